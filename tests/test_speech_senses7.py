"""Speech in unusual wording, and texts and orders that are no speech (session 17), end to end on the model.

Invented sentences, none taken from the suites: "let it be known that" and "made it known that" put a
statement about (``classify.class.made_known``); an attempt at a speech act is the speech act
("sought to reassure X that ...", ``claim_filter.attempted_speech``) while an attempt at a deed stays an
intention; an order to the reader in an opening clause ("Say what you like about X, ...") reports nobody's
words (``classify.polarity.imperative``); a notice put up somewhere is a standing text
(``classify.class.document``) while a body's notice is its document.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text: str, **settings) -> list[tuple[str, str | None, str | None]]:
    result = quoteextract.Extractor(nlp, **settings)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue_class, q.polarity) for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The duchess let it be known that she would not attend the gala.", "she would not attend the gala"),
        ("The striker made it known that he wanted a transfer.", "he wanted a transfer"),
    ],
)
def test_a_statement_let_known_is_speech(nlp, text, content):
    """A speaker who lets it be known, or makes it known, states the clause."""
    assert (content, "speech", "asserted") in _claims(nlp, text, scope="speech")


def test_what_evidence_makes_known_is_no_speech(nlp):
    """Evidence that makes a fact known is no speaker."""
    assert _claims(nlp, "The figures made it known that the scheme had failed.", scope="speech") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bank sought to reassure savers that their deposits were safe.", "their deposits were safe"),
        ("The ministry moved to deny that the envoy had been recalled.", "the envoy had been recalled"),
        ("The club tried to give assurances that the ground would not be sold.", "the ground would not be sold"),
    ],
)
def test_an_attempt_at_a_speech_act_is_the_speech_act(nlp, text, content):
    """The speech act under "sought to", "moved to", "tried to" is the claim, not the attempt."""
    claims = _claims(nlp, text, scope="speech")
    assert [c[0] for c in claims] == [content]
    assert claims[0][1] == "speech"


def test_an_attempt_at_a_deed_stays_an_intention(nlp):
    """An attempt at a deed ("sought to block the merger") is an intention, which the speech scope drops."""
    text = "The regulator sought to block the merger."
    assert ("to block the merger", "intention", "asserted") in _claims(nlp, text)
    assert _claims(nlp, text, scope="speech") == []


@pytest.mark.parametrize(
    "text",
    [
        "Say what you want about the coach, his teams win.",
        "A poster outside the library says that the building will close in June.",
        "The notice on the ticket office window says that all trains are cancelled.",
    ],
)
def test_orders_to_the_reader_and_displayed_notices_are_no_speech(nlp, text):
    """An order to the reader in an opening clause, and a notice put up somewhere, report nobody's words."""
    assert _claims(nlp, text, scope="speech") == []


def test_a_notice_a_body_served_is_its_document(nlp):
    """A notice with no place it is put up stays a body's document: its words are speech."""
    text = "The landlord's notice said that the rent would rise by a tenth."
    assert ("the rent would rise by a tenth", "speech", "asserted") in _claims(nlp, text, scope="speech")
