"""The speech scope drops crowd chants, end to end on the model (invented sentences).

A crowd chanting a slogan is nobody's statement: a count of who gets quoted has
no "crowd" among its sources. The attribution scope keeps the chant (PolNeAR
annotates chants); one person shouting is speech in both scopes.
"""

from __future__ import annotations

import pytest
from _quoted import quoted_words

import quoteextract
from quoteextract.stages.scope import apply_scope

pytestmark = pytest.mark.model

CHANTS = [
    ("The crowd chanted “Keep it local” outside the town hall.", "Keep it local"),
    ("Protesters gathered at the gate, chanting “No more cuts.”", "No more cuts."),
    ("Hundreds of marchers sang “We shall overcome” as they crossed the bridge.", "We shall overcome"),
    ("Supporters roared “Four more years” when the governor appeared.", "Four more years"),
    ("A crowd chanting “Lock the gates” blocked the road.", "Lock the gates"),
]

SPEECH = [
    ("Lee shouted “Get out!” at the intruder.", "Get out!"),
    ("“We will not leave,” the protesters’ spokeswoman said.", "We will not leave,"),
    (
        "The crowd chanted “we will not leave this square until every one of the ministers has resigned and gone.”",
        "we will not leave this square until every one of the ministers has resigned and gone.",
    ),
]


@pytest.mark.parametrize(("text", "words"), CHANTS)
def test_a_crowd_chant_is_no_speech(nlp, text, words):
    assert any(words in found for found in quoted_words(nlp, text, "attribution"))
    assert not any(words in found for found in quoted_words(nlp, text, "speech"))


@pytest.mark.parametrize(("text", "words"), SPEECH)
def test_a_person_shouting_and_a_long_statement_stay(nlp, text, words):
    assert any(words in found for found in quoted_words(nlp, text, "speech"))


def test_without_a_parse_the_chant_stays(nlp):
    text, _ = CHANTS[0]
    quotes = list(quoteextract.Extractor(nlp)(text).quotes)
    assert apply_scope(quotes, "speech") == quotes
    assert apply_scope(quotes, "speech", nlp(text)) == []
