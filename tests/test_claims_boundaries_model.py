"""Claim boundaries end to end on the model (invented sentences, several phrasings).

A parser error inside the content clause ("roadworks" or "do" read as its
verb), a contrast set off by commas inside the claim, and "that," before a
fronted contrast no longer cut the content short; a contrast or participle
that closes the sentence still ends it.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text: str) -> list[tuple[str, str]]:
    result = quoteextract.Extractor(nlp)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue.text if q.cue else "") for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Greythorn Buses said on Monday that roadworks on the ring road had added twenty minutes to the trip.",
            "roadworks on the ring road had added twenty minutes to the trip",
            "said",
        ),
        (
            "Most riders say they don’t yet know enough about the new timetable.",
            "they don’t yet know enough about the new timetable",
            "say",
        ),
        (
            "The treasurer said the merger, though painful, had saved the club.",
            "the merger, though painful, had saved the club",
            "said",
        ),
        (
            "Engineers said it was likely, though not certain, that the dam would hold.",
            "it was likely, though not certain, that the dam would hold",
            "said",
        ),
        (
            "A spokeswoman said the ferry, while slower, was cheaper than the bridge toll.",
            "the ferry, while slower, was cheaper than the bridge toll",
            "said",
        ),
        (
            "The mayor said the new depot, while expensive, would save money in the long run.",
            "the new depot, while expensive, would save money in the long run",
            "said",
        ),
        (
            "Planners argued that, while the levy may cut traffic, shops will lose trade.",
            "while the levy may cut traffic, shops will lose trade",
            "argued",
        ),
    ],
)
def test_the_content_is_not_cut_inside_the_claim(nlp, text, content, cue):
    assert _claims(nlp, text) == [(content, cue)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coach said the squad was tired, though he would not rest anyone.", "the squad was tired"),
        ("The board said the plan had stalled, forcing the mayor to step in.", "the plan had stalled"),
        ("Growers said the harvest was late, while prices kept falling.", "the harvest was late"),
    ],
)
def test_a_closing_contrast_or_participle_still_ends_the_content(nlp, text, content):
    assert _claims(nlp, text)[0] == (content, "said")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Bus fares rose by a fifth last year, according to the council, forcing many riders onto bikes.",
            "Bus fares rose by a fifth last year",
        ),
        (
            "Turnout fell to 41 percent, according to the election office - the lowest in two decades.",
            "Turnout fell to 41 percent",
        ),
        (
            "Rents in the harbour district doubled, according to a tenants' survey, even as wages stayed flat.",
            "Rents in the harbour district doubled",
        ),
        (
            "The mill employs 300 people, according to its owners, and plans to hire more.",
            "The mill employs 300 people, according to its owners, and plans to hire more",
        ),
        (
            "The talks, according to two officials, will resume in May.",
            "The talks, according to two officials, will resume in May",
        ),
    ],
)
def test_according_to_in_mid_sentence(nlp, text, content):
    """The clause before the source phrase; the whole clause when it goes on after the phrase."""
    assert _claims(nlp, text) == [(content, "according to")]
