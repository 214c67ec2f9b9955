"""Session-6 claim boundaries and non-reporting senses end to end on the model (invented sentences).

Several phrasings of each case: an object's "as" predication, a date after an
object, a passive "have been told", a closing attribution read as an
appositive, a relative clause that only says someone was not named, an
instrument, a map, a timetable or a recipe as the source, "which tells you",
and a sentence end after "p.m." that the parser missed.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text: str, **settings) -> list[tuple[str, str]]:
    result = quoteextract.Extractor(nlp, **settings)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue.text if q.cue else "") for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The inspector described the footbridge as structurally unsound.",
            "the footbridge as structurally unsound",
            "described",
        ),
        (
            "Critics portrayed the mayor as out of touch with voters.",
            "the mayor as out of touch with voters",
            "portrayed",
        ),
        ("The union endorsed Okafor in early June.", "Okafor", "endorsed"),
        ("The survey showed no rise in rents in September.", "no rise in rents", "showed"),
        (
            "Residents have been told the water supply will be cut on Thursday.",
            "the water supply will be cut on Thursday",
            "told",
        ),
        (
            "Pupils were told the exams would be moved to the sports hall.",
            "the exams would be moved to the sports hall",
            "told",
        ),
        ("Holders have been told the tickets remain valid.", "the tickets remain valid", "told"),
        (
            "The mayor was asked about the closures during a radio interview on Monday.",
            "The mayor was asked about the closures",
            "asked",
        ),
        (
            "Two wards at the hospital will close next month, the health trust announced on Monday.",
            "Two wards at the hospital will close next month",
            "announced",
        ),
        (
            "Schools will close early on Friday, the local education authority announced on Thursday.",
            "Schools will close early on Friday",
            "announced",
        ),
    ],
)
def test_boundaries(nlp, text, content, cue):
    assert (content, cue) in _claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A cyclist who has not been named was taken to hospital.",
        "A woman who has not been named was arrested on Sunday.",
        "A man, who has not been named, was taken to hospital.",
        "The recipe calls for two cups of flour.",
        "This dish calls for fresh basil.",
        "The fuel gauge indicated that the tank was almost empty.",
        "The map shows a footpath along the river.",
        "According to the menu, the soup contains nuts.",
        "The office overlooks the railway, which tells you why the rent is so low.",
        "That tells you everything about the council's priorities.",
        "The mayor resigned in May, a decision announced on Friday.",
        "The company cut 300 jobs last year, a figure reported on Monday.",
    ],
)
def test_no_claim(nlp, text):
    assert _claims(nlp, text) == []


def test_a_person_who_tells_us_still_reports(nlp):
    assert _claims(nlp, "She told us that the ferry would be late.") == [("the ferry would be late", "told")]


def test_figures_that_suggest_are_still_evidence(nlp):
    assert _claims(nlp, "The figures suggest that unemployment is falling.") == [("unemployment is falling", "suggest")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the council, the last ferry leaves at 10.15 p.m. Islanders said it was often cancelled.",
            [("the last ferry leaves at 10.15 p.m.", "According to"), ("it was often cancelled", "said")],
        ),
        (
            "According to the timetable, the last ferry leaves at 10.15 p.m. Islanders said it was often cancelled.",
            [("it was often cancelled", "said")],
        ),
    ],
)
def test_a_content_stops_at_a_sentence_end_after_pm(nlp, text, expected):
    assert _claims(nlp, text) == expected


def test_the_appositive_tail_can_be_switched_off(nlp):
    text = "Two wards at the hospital will close next month, the health trust announced on Monday."
    assert _claims(nlp, text, disable=["claim.appos_tail", "claim.participle_tail"]) == []
