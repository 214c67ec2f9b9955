"""Chants (rule ``reject.chant``, off by default): a crowd voicing a slogan is no one's quotation."""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.rules import all_rules
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_chant import chant, crowd_chant
from tests._handbuilt import parse

CROWD_CHANTED = """
The 1 det DET DT the
crowd 2 nsubj NOUN NN crowd
chanted 2 ROOT VERB VBD chant
“_ 4 punct PUNCT `` “
Ferries 5 nsubj NOUN NNS ferry
now_ 2 ccomp ADV RB now
” 5 punct PUNCT '' ”
. 2 punct PUNCT . .
"""

LEE_SHOUTED = """
Lee 1 nsubj PROPN NNP Lee
shouted 1 ROOT VERB VBD shout
“_ 3 punct PUNCT `` “
Stop_ 1 ccomp VERB VB stop
!_ 3 punct PUNCT . !
” 3 punct PUNCT '' ”
"""


def _run(rows, check):
    doc = parse(rows)
    quote = next(q for q in find_quotes(doc.text).quotes if q.depth == 0)
    return check(Scene(Article.build(doc)), setting_of(Layout.of(doc.text), quote, None))


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(CROWD_CHANTED).text == "The crowd chanted “Ferries now”."
    assert parse(LEE_SHOUTED).text == "Lee shouted “Stop!”"


@pytest.mark.parametrize(("rows", "expected"), [(CROWD_CHANTED, True), (LEE_SHOUTED, False)])
def test_crowd_chant(rows, expected):
    """A crowd's chant is a slogan; a named person's shout is speech."""
    assert _run(rows, crowd_chant) is expected
    assert _run(rows, chant) == ("slogan" if expected else None)


def test_off_by_default():
    """PolNeAR counts crowd chants as attributions: the rule must be asked for."""
    found = next(r for r in all_rules() if r.name == "reject.chant")
    assert found.default is False


CHANTS = [
    (
        "The crowd chanted “Fix the ferry” outside the town hall. “We heard them,” said Ana Ruiz.",
        "Fix the ferry",
        "We heard them",
    ),
    (
        "Protesters gathered at the gates, chanting “Save our pier”. Tom Hale said the gates would stay shut.",
        "Save our pier",
        "the gates would stay shut",
    ),
    (
        "Hundreds of marchers sang “We shall not be moved” on the bridge. Police said the march was peaceful.",
        "We shall not be moved",
        "the march was peaceful",
    ),
    (
        "A crowd chanting “No more tolls” blocked the road. “It was calm,” a driver said.",
        "No more tolls",
        "It was calm",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "slogan", "control"), CHANTS, ids=[s for _, s, _ in CHANTS])
def test_chants_when_enabled(nlp, text, slogan, control):
    """With the rule on, the chant is a rejected slogan and the real quotation is kept; by default it is quoted."""
    start = text.index(slogan)
    on = quoteextract.Extractor(nlp, enable=["reject.chant"])(text)
    assert not any(q.start <= start < q.end for q in on.quotes if q.fragments or q.kind == "direct")
    assert any(r.span.start == start and r.reason == "slogan" for r in on.rejected)
    c_start = text.index(control)
    assert any(q.start <= c_start < q.end for q in on.quotes)
    default = quoteextract.Extractor(nlp)(text)
    assert any(q.start <= start < q.end for q in default.quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["Councillor Lee shouted “Get out!” at the intruder.", "“Get out!” Ana Ruiz yelled from the pier."],
)
def test_a_person_shouting_is_quoted(nlp, text):
    """One named person shouting is speech, with the rule on too."""
    extraction = quoteextract.Extractor(nlp, enable=["reject.chant"])(text)
    start = text.index("Get out")
    assert any(q.start <= start < q.end for q in extraction.quotes)
