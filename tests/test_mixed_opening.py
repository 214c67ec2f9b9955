"""``mixed.opening``: quoted words open a sentence that the writer finishes before the attribution.

"“Boots on the ground” would be the right call, the general said": the
general said the whole sentence, not only the quoted words, so the quotation
runs from the opening mark to the comma before the attribution. Every
sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

BOOTS = """
“ 7 punct PUNCT `` “ nospace
Boots 7 nsubj NOUN NNS boot
on 1 prep ADP IN on
the 4 det DET DT the
ground 2 pobj NOUN NN ground nospace
” 7 punct PUNCT '' ”
would 7 aux AUX MD would
be 14 ccomp AUX VB be
the 10 det DET DT the
right 10 amod ADJ JJ right
call 7 attr NOUN NN call nospace
, 14 punct PUNCT , ,
the 13 det DET DT the
general 14 nsubj NOUN NN general
said 14 ROOT VERB VBD say nospace
. 14 punct PUNCT . . nospace
"""

# "“Six new electric buses” will join the fleet in May, said the transit chief.": an inverted attribution.
BUSES = """
“ 7 punct PUNCT `` “ nospace
Six 4 nummod NUM CD six
new 4 amod ADJ JJ new
electric 4 amod ADJ JJ electric
buses 7 nsubj NOUN NNS bus nospace
” 7 punct PUNCT '' ”
will 7 aux AUX MD will
join 13 ccomp VERB VB join
the 9 det DET DT the
fleet 7 dobj NOUN NN fleet
in 7 prep ADP IN in
May 10 pobj PROPN NNP May nospace
, 13 punct PUNCT , ,
said 13 ROOT VERB VBD say
the 16 det DET DT the
transit 16 compound NOUN NN transit
chief 13 nsubj NOUN NN chief nospace
. 13 punct PUNCT . . nospace
"""

# "“The plan is dead,” she said, and left.": the attribution follows the closing mark directly.
NO_GAP = """
“ 8 punct PUNCT `` “ nospace
The 2 det DET DT the
plan 3 nsubj NOUN NN plan
is 8 ccomp AUX VBZ be
dead 3 acomp ADJ JJ dead nospace
, 8 punct PUNCT , , nospace
” 8 punct PUNCT '' ”
she 8 nsubj PRON PRP she
said 8 ROOT VERB VBD say nospace
, 8 punct PUNCT , ,
and 8 cc CCONJ CC and
left 8 conj VERB VBD leave nospace
. 8 punct PUNCT . . nospace
"""


def _quotes(rows: str, disable: tuple[str, ...] = ()):
    doc = parse(rows)
    quotes, _ = attribute(Article.build(doc, rules.as_rule_set(disable=disable)))
    for quote in quotes:
        assert doc.text[quote.start : quote.end] == quote.text
    return quotes


@pytest.mark.parametrize(
    ("rows", "expected", "cue"),
    [
        (BOOTS, "“Boots on the ground” would be the right call", "said"),
        (BUSES, "“Six new electric buses” will join the fleet in May", "said"),
    ],
    ids=["trailing", "inverted"],
)
def test_writers_words_after_an_opening_quotation_are_reported(rows, expected, cue):
    """The quotation runs from the opening mark to the comma before the attribution."""
    quotes = _quotes(rows)
    assert len(quotes) == 1, quotes
    quote = quotes[0]
    assert quote.rule == "mixed.opening"
    assert quote.kind == "mixed"
    assert quote.text == expected
    assert [f.text for f in quote.fragments] == [expected.split("”")[0].lstrip("“")]
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None


def test_attribution_right_after_the_marks_keeps_a_direct_quotation():
    """Nothing of the writer's between the closing mark and the attribution: still direct."""
    quotes = _quotes(NO_GAP)
    assert [(q.kind, q.text) for q in quotes if q.marks] == [("direct", "The plan is dead,")]


def test_rule_can_be_switched_off():
    """``disable=["mixed.opening"]`` really switches the rule off: the quoted words alone, direct."""
    quotes = _quotes(BOOTS, disable=("mixed.opening",))
    assert [(q.rule, q.kind, q.text) for q in quotes] == [("quote.trailing", "direct", "Boots on the ground")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Boots on the ground” would be the right call, the general said.",
            "“Boots on the ground” would be the right call",
        ),
        (
            "“We are shocked and saddened” by the attack on the school, the principal said.",
            "“We are shocked and saddened” by the attack on the school",
        ),
        (
            "“We don’t teach anything” of the kind in our classes, he said.",
            "“We don’t teach anything” of the kind in our classes",
        ),
        (
            "“There is a sense of calm now,” and sales began to rise again last week, Gilbert said.",
            "“There is a sense of calm now,” and sales began to rise again last week",
        ),
    ],
)
def test_model_opening_quotations(nlp, text, expected):
    """On the model: the words the writer adds before the attribution are part of the quotation."""
    result = quoteextract.Extractor(nlp)(text)
    assert [(q.kind, q.text) for q in result.quotes] == [("mixed", expected)]
    assert result.quotes[0].speaker is not None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“The plan is dead,” she said, and left the room.",
        "“It is over.” The crowd went quiet, police said.",
    ],
)
def test_model_no_words_of_the_writer_before_the_attribution(nlp, text):
    """An attribution right after the marks, or a sentence end between: no ``mixed.opening``."""
    result = quoteextract.Extractor(nlp)(text)
    assert not [q for q in result.quotes if q.rule == "mixed.opening"]
