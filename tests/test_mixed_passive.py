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
    """"was branded by opposition leaders as ‘...’" names who spoke."""
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
