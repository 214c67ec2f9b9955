"""``mixed.verb``: a passive verb outside the lexicon with no agent reports nobody's words.

"The case was closed with the verdict ‘death by misadventure’" quotes a label, not a
speaker: the verb has a passive subject and no "by" agent outside the quoted words
(the parser may take the quoted "by misadventure" for one). "The scheme was branded by
opposition leaders as ‘a tax on the poor’" names its speakers and stays a quotation.
"""

from __future__ import annotations

import pytest

from quoteextract import Extractor

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The case was closed with the verdict 'death by misadventure'.",
        "The file was stamped with the words 'top secret, do not copy'.",
        "The bridge was reopened with a banner reading 'open for business again'.",
    ],
)
def test_a_passive_verb_without_agent_reports_no_words(extractor, text):
    """No quotation: nobody is said to have spoken."""
    assert not [q for q in extractor(text).quotes if q.rule == "mixed.verb"]


def test_a_passive_verb_with_an_agent_still_reports_words(extractor):
    """The phrase "was branded by opposition leaders as ‘...’" names who spoke."""
    text = 'The scheme was branded by opposition leaders as "a tax on the poor".'
    (quote,) = extractor(text).quotes
    assert quote.kind == "mixed"
    assert "a tax on the poor" in quote.text
    assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    "text",
    [
        'Ask a teenager and the verdict is simply "mid", which is slang for unremarkable.',
        'Tell a local you like the new stadium and you will get a lecture on "wasted millions".',
    ],
)
def test_an_order_to_the_reader_is_not_speech(nlp, text):
    """An imperative cue ("Ask a teenager and ...") is hypothetical: the speech scope drops it."""
    speech = Extractor(nlp, scope="speech")(text).quotes
    assert speech == ()
    hypothetical = [q.polarity for q in Extractor(nlp)(text).quotes]
    assert hypothetical and set(hypothetical) == {"hypothetical"}


def test_a_passive_verb_with_an_infinitive_still_reports_words(extractor):
    """In "the speech had been reframed to “...”" the quoted words are no phrase of their own."""
    text = 'The speech had been reframed to "further address this attack and its victims".'
    assert [q.rule for q in extractor(text).quotes] == ["mixed.verb"]


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ("The company denied any wrongdoing.", True),
        ("Tolland, 34, denies two counts of fraud.", False),  # a plea: classify.class.plea
        ("The minister has denied the allegations.", True),
        ("The court denied the request for a retrial.", False),
        ("The council denied him entry to the meeting.", False),
    ],
)
def test_a_denial_of_a_claim_is_speech_a_thing_withheld_is_not(nlp, text, speech):
    """The speech scope keeps "denied any wrongdoing", not "denied the request" or "denied him entry"."""
    assert bool(Extractor(nlp, scope="speech")(text).quotes) == speech
    assert Extractor(nlp)(text).quotes[0].polarity == "denied"


def test_think_is_no_order_to_speak(extractor):
    """The phrase "Think ‘Jaws’ meets ‘Moby Dick’" compares; it is not an order to the reader to speak."""
    polarities = {q.polarity for q in extractor('Think "Jaws" meets "Moby Dick".').quotes}
    assert "hypothetical" not in polarities
