"""Session-10 claim rules end to end on the model (invented sentences, none taken from the suites).

Several phrasings of each case: reporting idioms ("made (it) plain/clear that", "let (it) slip that", "raised
the alarm that"; ``claim.idiom``); "per X" as "according to" and "per" as a rate (``claim.per_source``);
denied reports and allegations (``claim.denied_report``); a fronted claim whose speaker the parser read as the
object (``claim.inverted_object``); an audience told; "was adamant/emphatic that"; "even as" opening a second
report. Each speech case is checked in the ``speech`` scope.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text: str, **settings) -> list[tuple[str, str, str]]:
    result = quoteextract.Extractor(nlp, **settings)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue.text if q.cue else "", q.speaker.text if q.speaker else "") for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The chancellor made plain that there would be no more borrowing.",
            "there would be no more borrowing",
            "made plain",
            "The chancellor",
        ),
        (
            "Union leaders have made it abundantly clear that they will strike.",
            "they will strike",
            "made it abundantly clear",
            "Union leaders",
        ),
        (
            "In a radio interview, the coach let it slip that two players had tested positive.",
            "two players had tested positive",
            "let it slip",
            "the coach",
        ),
        (
            "Residents raised the alarm that the river was rising fast.",
            "the river was rising fast",
            "raised the alarm",
            "Residents",
        ),
        (
            "The shop will close at the end of June, per a notice on its door.",
            "The shop will close at the end of June",
            "per",
            "a notice on its door",
        ),
        (
            "Per Reuters, the merger talks collapsed on Friday.",
            "the merger talks collapsed on Friday",
            "Per",
            "Reuters",
        ),
        (
            "The firm denied allegations that it had dumped waste in the estuary.",
            "allegations that it had dumped waste in the estuary",
            "denied",
            "The firm",
        ),
        (
            "The singer told the audience she would retire next year.",
            "she would retire next year",
            "told",
            "The singer",
        ),
        (
            "Prices would keep rising, cautioned Mara Feld, an economist at Halden Bank.",
            "Prices would keep rising",
            "cautioned",
            "Mara Feld",
        ),
        ("The plan has failed, conceded the minister.", "The plan has failed", "conceded", "the minister"),
        (
            "The driver was emphatic that the lights had been green.",
            "the lights had been green",
            "emphatic",
            "The driver",
        ),
    ],
)
def test_new_shapes_give_speech_claims(nlp, text, content, cue, speaker):
    assert (content, cue, speaker) in _claims(nlp, text, scope="speech")


@pytest.mark.parametrize(
    "text",
    [
        "The striker earns £200,000 per week.",
        "Spending per head is the lowest in the region.",
        "As per usual, the fair raised more than £2,000.",
        "The works have made clear progress since June.",
        "It will not be easy, as was made clear last week when the board met.",
    ],
)
def test_look_alikes_give_no_claim(nlp, text):
    assert _claims(nlp, text) == []


def test_even_as_opens_a_second_report(nlp):
    text = "The council said it would review the scheme, even as residents complained that nothing had changed."
    claims = _claims(nlp, text, scope="speech")
    assert ("it would review the scheme", "said", "The council") in claims
    assert ("nothing had changed", "complained", "residents") in claims


def test_switching_the_idioms_off(nlp):
    text = "The chancellor made plain that there would be no more borrowing."
    assert _claims(nlp, text, disable=["claim.idiom"]) == []
