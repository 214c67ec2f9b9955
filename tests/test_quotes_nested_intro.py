"""An inner quotation introduced by a cue and a comma is attributed by that cue, not by the words after it.

“He said, ‘I miss it.’ I said yes,” Baird said.: ‘I miss it.’ is his (rule ``quote.nested``); "I said yes"
is the outer speaker going on.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

INTRODUCED = """
“ 2 punct PUNCT `` “ nospace
He 2 nsubj PRON PRP he
said 2 ROOT VERB VBD say nospace
, 2 punct PUNCT , ,
‘ 2 punct PUNCT `` ‘ nospace
I 6 nsubj PRON PRP I
miss 2 ccomp VERB VBP miss
it 6 dobj PRON PRP it nospace
. 2 punct PUNCT . . nospace
’ 2 punct PUNCT '' ’
I 11 nsubj PRON PRP I
said 16 ccomp VERB VBD say
yes 11 intj INTJ UH yes nospace
, 16 punct PUNCT , , nospace
” 16 punct PUNCT '' ”
Baird 16 nsubj PROPN NNP Baird
said 16 ROOT VERB VBD say nospace
. 16 punct PUNCT . . nospace
"""
"""“He said, ‘I miss it.’ I said yes,” Baird said."""


def _nested(quotes):
    return [q for q in quotes if q.rule == "quote.nested"]


def test_the_parse_spells_its_sentence():
    """The hand-built parse has the text its docstring gives."""
    assert parse(INTRODUCED).text == "“He said, ‘I miss it.’ I said yes,” Baird said."


def test_the_introducing_cue_attributes_the_inner_quotation():
    """The cue before the comma and its subject, not the outer speaker's next clause."""
    quotes, _ = attribute(Article.build(parse(INTRODUCED), rules.as_rule_set()))
    inner = _nested(quotes)
    assert [q.text for q in inner] == ["I miss it."]
    assert inner[0].speaker is not None and inner[0].speaker.text == "He"
    assert inner[0].cue is not None and inner[0].cue.start == 4


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "inner", "speaker"),
    [
        (
            "“Then the manager rang. She said, ‘Your flat is ready.’ I burst into tears,” said Odile Frey.",
            "Your flat is ready.",
            "She",
        ),
        (
            "‘We watched the pilot turn round and say, “Brace,” just before the wheels hit,’ Tamsin Orde said.",
            "Brace,",
            "the pilot",
        ),
        (
            "\"My father told me: 'Keep the receipts.' I have kept every one since,\" said Ravi Bhatt.",
            "Keep the receipts.",
            "My father",
        ),
    ],
)
def test_an_introduced_inner_quotation_on_the_model(nlp, text, inner, speaker):
    """In several phrasings, the inner quotation's speaker is the one introducing it."""
    found = _nested(quoteextract.analyse(nlp(text)).quotes)
    assert [q.text for q in found] == [inner]
    assert found[0].speaker is not None and found[0].speaker.text == speaker
