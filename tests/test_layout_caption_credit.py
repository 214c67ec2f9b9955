"""A caption sentence beside a credit-only line (rule ``layout.caption_under_credit``).

Invented lines, in several house styles; none is taken from the hard-negative suites.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.article import Article

CAPTIONS = [
    "Photo: Ana Ruiz/The Ledger\nMayor Lee says the pier ‘has a future’ as she opens the market.\nIt opens weekly.",
    "Image: Getty\nResidents watch as the mill is demolished, which the council calls ‘unsafe’.\nWork took four days.",
    "Photograph: Tom Bell\nVolunteers clearing debris from the beach at Sandwell on Sunday.\nOver 200 people came.",
]

TEXT = [
    "Photo: AP\nThe mayor said on Tuesday that the pier would be rebuilt.\nWork starts in May.",
    "Photograph: Tom Bell\nThe city has spent £4m on the scheme, officials say.\nCritics say it is too much.",
    "Image: Getty\nResidents watch as the mill is demolished.",
]


def _roles(nlp, text):
    return [p.role for p in Article.build(nlp(text)).layout.paragraphs]


@pytest.mark.model
@pytest.mark.parametrize("text", CAPTIONS, ids=["says", "watch", "participle"])
def test_a_present_tense_sentence_under_a_credit_is_a_caption(nlp, text):
    """The sentence under "Photo: ..." is a caption and reports nothing; the text below stays body."""
    roles = _roles(nlp, text)
    assert roles[:2] == ["caption", "caption"]
    assert roles[2] == "body"
    second = text.split("\n")[1]
    start = text.index(second)
    extraction = quoteextract.extract(text, nlp)
    assert not [q for q in extraction.quotes if start <= q.start < start + len(second)]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXT, ids=["past_tense", "lead_source", "last_line"])
def test_a_lead_under_a_credit_stays_text(nlp, text):
    """A first paragraph in the past tense, one with a lead's trailing source, or the last line stays body."""
    assert _roles(nlp, text)[1] == "body"


@pytest.mark.model
def test_switching_the_rule_off(nlp):
    """``Extractor(disable=["layout.caption_under_credit"])`` really turns the rule off."""
    text = CAPTIONS[0]
    start = text.index("Mayor")
    on = quoteextract.extract(text, nlp)
    off = quoteextract.Extractor(nlp, disable=["layout.caption_under_credit"])(text)
    assert not [q for q in on.quotes if q.start >= start and q.start < text.index("\nIt opens")]
    assert [q for q in off.quotes if q.start >= start and q.start < text.index("\nIt opens")]


ABOVE = [
    "Pier plan approved\nMayor Lee says the pier ‘has a future’ as she opens the market.\nPhoto: Ana Ruiz/The Ledger\n"
    "The council approved the plan on Tuesday, officials said.",
    "Flood defences to be raised\nResidents, who say they were ‘forgotten’, watch the water rise.\nImage: Getty\n"
    "The agency said work would start in spring.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", ABOVE, ids=["says", "watch"])
def test_a_present_tense_sentence_between_headline_and_credit_is_a_caption(nlp, text):
    """Under the headline and above "Photo: ...", one present-tense sentence is the photo's caption."""
    assert _roles(nlp, text) == ["headline", "caption", "caption", "body"]


@pytest.mark.model
def test_a_body_paragraph_above_a_credit_stays_text(nlp):
    """A paragraph of the story above a photo credit further down is not in the photo block."""
    text = (
        "Pier plan approved\nThe council approved the plan on Tuesday.\n"
        "Mayor Lee says the pier has a future.\nPhoto: Ana Ruiz/The Ledger\nWork starts in May."
    )
    assert _roles(nlp, text)[2] == "body"
