"""Saying and telling verbs in set phrases that report nothing (``claims/set_phrases.py``, session 7).

Hand-built parses state the reading a small English model gives; the sentences are invented for these
tests (none is taken from the suites), in several phrasings each:

- "I dare say ...", "Suffice it to say ..." (``claim_filter.hedge_say``);
- "All told, ..." (``claim_filter.all_told``);
- "You can tell the players are tired", "too early to tell whether ..." (``claim_filter.perception_tell``);
  "The minister told reporters ..." and "I can tell you ..." stay claims;
- "told parents in a letter the school would close": the content clause the model hangs on "letter" as a
  relative clause (``claim.told_clause``, reported as ``claim.ccomp``).
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

DARE_SAY = """
I        1   nsubj   PRON   PRP   I
dare     1   ROOT    VERB   VBP   dare
say      1   xcomp   VERB   VB    say
the      4   det     DET    DT    the
council  6   nsubj   NOUN   NN    council
will     6   aux     AUX    MD    will
find     2   ccomp   VERB   VB    find
the      8   det     DET    DT    the
money    6   dobj    NOUN   NN    money
.        1   punct   PUNCT  .     .
"""

ALL_TOLD = """
All      1   nsubj   DET    DT    all
told     1   ROOT    VERB   VBN   tell
,        5   punct   PUNCT  ,     ,
the      4   det     DET    DT    the
repairs  5   nsubj   NOUN   NNS   repair
cost     1   ccomp   VERB   VBD   cost
millions 5   dobj    NOUN   NNS   million
.        1   punct   PUNCT  .     .
"""

YOU_CAN_TELL = """
You      2   nsubj   PRON   PRP   you
can      2   aux     AUX    MD    can
tell     2   ROOT    VERB   VB    tell
the      4   det     DET    DT    the
players  2   dobj    NOUN   NNS   player
are      2   ccomp   AUX    VBP   be
tired    5   acomp   ADJ    JJ    tired
.        2   punct   PUNCT  .     .
"""

TOO_EARLY = """
It       1   nsubj   PRON   PRP   it
is       1   ROOT    AUX    VBZ   be
too      3   advmod  ADV    RB    too
early    1   acomp   ADJ    JJ    early
to       5   aux     PART   TO    to
tell     3   xcomp   VERB   VB    tell
if       10  mark    SCONJ  IN    if
the      8   det     DET    DT    the
cuts     10  nsubj   NOUN   NNS   cut
will     10  aux     AUX    MD    will
hold     5   ccomp   VERB   VB    hold
.        1   punct   PUNCT  .     .
"""

TOLD_REPORTERS = """
The      1   det     DET    DT    the
minister 2   nsubj   NOUN   NN    minister
told     2   ROOT    VERB   VBD   tell
reporters 2  dobj    NOUN   NNS   reporter
the      5   det     DET    DT    the
budget   6   nsubj   NOUN   NN    budget
balanced 2   ccomp   VERB   VBD   balance
.        2   punct   PUNCT  .     .
"""

I_CAN_TELL_YOU = """
I        2   nsubj   PRON   PRP   I
can      2   aux     AUX    MD    can
tell     2   ROOT    VERB   VB    tell
you      2   dative  PRON   PRP   you
the      5   det     DET    DT    the
plan     6   nsubj   NOUN   NN    plan
works    2   ccomp   VERB   VBZ   work
.        2   punct   PUNCT  .     .
"""


def _contents(rows: str, disable: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set(disable=disable)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.cue.text, c.rule) for c in claims]


def test_handbuilt_sentences_read_as_written():
    assert parse(DARE_SAY).text == "I dare say the council will find the money."
    assert parse(ALL_TOLD).text == "All told, the repairs cost millions."
    assert parse(YOU_CAN_TELL).text == "You can tell the players are tired."


def test_i_dare_say_is_a_hedge():
    assert _contents(DARE_SAY) == []
    assert _contents(DARE_SAY, disable=("claim_filter.hedge_say",)) == [
        ("the council will find the money", "say", "claim.ccomp")
    ]


def test_all_told_is_in_total():
    assert _contents(ALL_TOLD) == []
    assert _contents(ALL_TOLD, disable=("claim_filter.all_told",)) != []


def test_you_can_tell_is_perception():
    assert _contents(YOU_CAN_TELL) == []
    assert _contents(YOU_CAN_TELL, disable=("claim_filter.perception_tell",)) != []
    assert _contents(TOO_EARLY) == []
    assert _contents(TOO_EARLY, disable=("claim_filter.perception_tell",)) != []


def test_someone_told_stays_a_claim():
    assert _contents(TOLD_REPORTERS) == [("the budget balanced", "told", "claim.ccomp")]
    assert _contents(I_CAN_TELL_YOU) == [("the plan works", "tell", "claim.ccomp")]
    named = YOU_CAN_TELL.replace("You      2   nsubj   PRON   PRP   you", "Lee      2   nsubj   PROPN  NNP   Lee")
    assert _contents(named) != []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "I dare say the ferry will be late again.",
        "We dare say the voters have noticed.",
        "Suffice it to say the board was not pleased.",
        "All told, more than 300 families were moved out of the estate.",
        "You could tell the orchard had been neglected for years.",
        "One can tell the bridge has not been painted in a decade.",
        "It is hard to tell whether the scheme works.",
        "It was too early to tell if the cuts would hold.",
        "There is no way to tell who sent the letter.",
        "Who can tell whether the tide will turn?",
    ],
)
def test_set_phrases_report_nothing(nlp, text):
    """No claim from a hedge, a total or a perception "tell" (speech scope)."""
    assert quoteextract.Extractor(nlp, scope="speech")(text).quotes == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister told reporters that the budget was balanced.", "the budget was balanced"),
        ("The mayor told the council that all the roads would reopen.", "all the roads would reopen"),
        ("Lee was quick to tell reporters that the deal was off.", "the deal was off"),
    ],
)
def test_telling_someone_stays_a_claim(nlp, text, content):
    assert any(q.text == content for q in quoteextract.Extractor(nlp, scope="speech")(text).quotes)


# "The head told parents in a letter the school would close.": the content clause misread as a relative
# clause of "letter" (the model's reading).
TOLD_IN_A_LETTER = """
The      1   det     DET    DT    the
head     2   nsubj   NOUN   NN    head
told     2   ROOT    VERB   VBD   tell
parents  2   dobj    NOUN   NNS   parent
in       2   prep    ADP    IN    in
a        6   det     DET    DT    a
letter   4   pobj    NOUN   NN    letter
the      8   det     DET    DT    the
school   10  nsubj   NOUN   NN    school
would    10  aux     AUX    MD    would
close    6   relcl   VERB   VB    close
.        2   punct   PUNCT  .     .
"""

# "The police told reporters the story the family had kept.": a real contact relative (a gap after "kept").
TOLD_A_STORY = """
The      1   det     DET    DT    the
police   2   nsubj   NOUN   NNS   police
told     2   ROOT    VERB   VBD   tell
reporters 2  dative  NOUN   NNS   reporter
the      5   det     DET    DT    the
story    2   dobj    NOUN   NN    story
the      7   det     DET    DT    the
family   9   nsubj   NOUN   NN    family
had      9   aux     AUX    VBD   have
kept     5   relcl   VERB   VBN   keep
.        2   punct   PUNCT  .     .
"""


def test_a_told_clause_misread_as_a_relative_clause_is_the_content():
    assert parse(TOLD_IN_A_LETTER).text == "The head told parents in a letter the school would close."
    assert _contents(TOLD_IN_A_LETTER) == [("the school would close", "told", "claim.ccomp")]
    assert _contents(TOLD_IN_A_LETTER, disable=("claim.told_clause",)) == []


def test_a_real_relative_clause_with_a_gap_is_not_content():
    assert _contents(TOLD_A_STORY) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The chief executive told the call the company expected profits to rise.", "the company expected profits"),
        ("Lee told investors on a call the firm expected sales to fall.", "the firm expected sales to fall"),
        ("The council told residents in a leaflet the bins would be collected weekly.", "the bins would be"),
        ("The mayor reminded voters in a speech the city had balanced its books.", "the city had balanced its books"),
    ],
)
def test_told_clauses_without_that(nlp, text, content):
    assert any(q.text.startswith(content) for q in quoteextract.Extractor(nlp, scope="speech")(text).quotes)
