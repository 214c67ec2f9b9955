"""claim_filter.hedge_say, session 14: "I must say", "It is fair to say", "as they say" are the writer's hedges."""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

I_MUST_SAY = """
I     2 nsubj PRON  PRP I
must  2 aux   AUX   MD  must
say   2 ROOT  VERB  VB  say
the   4 det   DET   DT  the
plan  5 nsubj NOUN  NN  plan
is    2 ccomp AUX   VBZ be
dead  5 acomp ADJ   JJ  dead
.     2 punct PUNCT .   .
"""

I_SAID = """
I     1 nsubj PRON  PRP I
said  1 ROOT  VERB  VBD say
the   3 det   DET   DT  the
plan  4 nsubj NOUN  NN  plan
was   1 ccomp AUX   VBD be
dead  4 acomp ADJ   JJ  dead
.     1 punct PUNCT .   .
"""

FAIR_TO_SAY = """
It     1 nsubj PRON  PRP it
is     1 ROOT  AUX   VBZ be
fair   1 acomp ADJ   JJ  fair
to     4 aux   PART  TO  to
say    1 xcomp VERB  VB  say
the    6 det   DET   DT  the
plan   7 nsubj NOUN  NN  plan
failed 4 ccomp VERB  VBD fail
.      1 punct PUNCT .   .
"""

AS_THEY_SAY = """
The     1 det    DET   DT  the
rest    7 nsubj  NOUN  NN  rest
,       7 punct  PUNCT ,   ,
as      5 mark   SCONJ IN  as
they    5 nsubj  PRON  PRP they
say     7 advcl  VERB  VBP say
,       7 punct  PUNCT ,   ,
is      7 ROOT   AUX   VBZ be
history 7 attr   NOUN  NN  history
.       7 punct  PUNCT .   .
"""


def _contents(rows: str, **switches: list[str]) -> list[str]:
    return [c.content.text for c in find_claims(Article.build(parse(rows), rules.as_rule_set(**switches)))]


def test_i_must_say_is_a_hedge():
    """The hedge "I must say the plan is dead" reports nobody's words; switched off, claim.ccomp reports it."""
    assert _contents(I_MUST_SAY) == []
    assert _contents(I_MUST_SAY, disable=["claim_filter.hedge_say"]) == ["the plan is dead"]


def test_i_said_stays_a_claim():
    """The writer's report of their own words ("I said the plan was dead") stays a claim."""
    assert _contents(I_SAID) == ["the plan was dead"]


def test_it_is_fair_to_say_is_a_hedge():
    """Nobody says "It is fair to say the plan failed"."""
    assert _contents(FAIR_TO_SAY) == []
    assert _contents(FAIR_TO_SAY, disable=["claim_filter.hedge_say"]) == ["the plan failed"]


def test_as_they_say_is_a_saying():
    """A saying ("The rest, as they say, is history") reports nobody's words."""
    assert _contents(AS_THEY_SAY) == []
