"""Cues that name an act, not words: "responded by closing the road", "called the governor".

Rule tests run on hand-built parses (the parse is stated); the model tests run
invented sentences through the whole pipeline, each negative next to a control.
"""

from __future__ import annotations

import pytest
from _handbuilt import hand_claims

import quoteextract

RESPONDED_BY_CLOSING = """
The       1 det    DET   DT  the
council   2 nsubj  NOUN  NN  council
responded 2 ROOT   VERB  VBD respond
by        2 prep   ADP   IN  by
closing   3 pcomp  VERB  VBG close
the       6 det    DET   DT  the
road      4 dobj   NOUN  NN  road
.         2 punct  PUNCT .   .
"""

RESPONDED_BY_SAYING = """
The       1 det    DET   DT  the
council   2 nsubj  NOUN  NN  council
responded 2 ROOT   VERB  VBD respond
by        2 prep   ADP   IN  by
saying    3 pcomp  VERB  VBG say
the       6 det    DET   DT  the
road      8 nsubj  NOUN  NN  road
was       8 aux    AUX   VBD be
unsafe    4 ccomp  ADJ   JJ  unsafe
.         2 punct  PUNCT .   .
"""

CALLED_THE_GOVERNOR = """
The       1 det    DET   DT  the
mayor     2 nsubj  NOUN  NN  mayor
called    2 ROOT   VERB  VBD call
the       4 det    DET   DT  the
governor  2 dobj   NOUN  NN  governor
on        2 prep   ADP   IN  on
Tuesday   5 pobj   PROPN NNP Tuesday
.         2 punct  PUNCT .   .
"""

CALLED_THE_GOVERNOR_A_COWARD = """
The       1 det    DET   DT  the
mayor     2 nsubj  NOUN  NN  mayor
called    2 ROOT   VERB  VBD call
the       4 det    DET   DT  the
governor  2 dobj   NOUN  NN  governor
a         6 det    DET   DT  a
coward    2 oprd   NOUN  NN  coward
.         2 punct  PUNCT .   .
"""


def test_a_response_by_an_act_is_no_claim():
    """claim_filter.response_act: "responded by closing the road" answers with an act."""
    assert hand_claims(RESPONDED_BY_CLOSING) == []
    assert hand_claims(RESPONDED_BY_CLOSING, disable=["claim_filter.response_act"]) == [
        ("claim.prep", "closing the road", "responded")
    ]


def test_a_response_by_saying_stays():
    """A gerund of saying is a statement: the claim stays."""
    assert hand_claims(RESPONDED_BY_SAYING) == [("claim.prep", "saying the road was unsafe", "responded")]


def test_calling_a_person_is_no_claim():
    """claim_filter.phoned_person: "called the governor on Tuesday" names who was rung."""
    assert hand_claims(CALLED_THE_GOVERNOR) == []
    assert hand_claims(CALLED_THE_GOVERNOR, disable=["claim_filter.phoned_person"]) == [
        ("claim.dobj", "the governor", "called")
    ]


def test_calling_a_person_something_stays():
    """A predicate on the object ("called the governor a coward") is a view of the caller's."""
    assert hand_claims(CALLED_THE_GOVERNOR_A_COWARD) == [("claim.dobj", "the governor a coward", "called")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The water board responded by shutting off supplies to the estate.", False),
        ("The water board responded by saying that supplies were safe.", True),
        ("Fishermen reacted by blocking the harbour entrance with their boats.", False),
        ("Fishermen reacted by pointing out that the quotas had been cut twice.", True),
        ("The head teacher called the parents on Thursday evening.", False),
        ("The head teacher called the inspection report unfair.", True),
        ("She called him shortly after the result was declared.", False),
        ("The candidate called his rival a liar shortly after the result was declared.", True),
    ],
)
def test_acts_on_the_model(nlp, text, kept):
    """An answer by an act and a telephone call give no claim; their spoken neighbours do."""
    assert bool(quoteextract.extract(text, nlp).quotes) is kept
