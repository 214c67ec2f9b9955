"""claim_filter.bare_attribution keeps a closing cue's host with a modal ("She will testify, her lawyer said")."""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

WILL_TESTIFY = """
She     2 nsubj PRON  PRP she
will    2 aux   AUX   MD  will
testify 6 ccomp VERB  VB  testify
,       6 punct PUNCT ,   ,
her     5 poss  PRON  PRP$ her
lawyer  6 nsubj NOUN  NN  lawyer
said    6 ROOT  VERB  VBD say
.       6 punct PUNCT .   .
"""

TESTIFIED = """
She       1 nsubj PRON  PRP she
testified 5 ccomp VERB  VBD testify
,         5 punct PUNCT ,   ,
her       4 poss  PRON  PRP$ her
lawyer    5 nsubj NOUN  NN  lawyer
said      5 ROOT  VERB  VBD say
.         5 punct PUNCT .   .
"""


def _contents(rows: str) -> list[str]:
    return [c.content.text for c in find_claims(Article.build(parse(rows), rules.as_rule_set()))]


def test_a_forecast_of_speech_is_the_claim():
    """The host "She will testify" says what she will do: the lawyer's claim."""
    assert _contents(WILL_TESTIFY) == ["She will testify"]


def test_a_bare_report_is_still_an_attribution():
    """The host "She testified" is only another attribution, as "she noted" is."""
    assert _contents(TESTIFIED) == []
