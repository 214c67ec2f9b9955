"""Session-9 claim rules on hand-built parses (the reading a small English model gives; invented sentences).

- ``claim.as_reported``: "The depot will shut, as announced by the company": a reporting verb in an "as"
  clause with a gap for its object reports the clause it hangs off; "as she announced her plans" (an object)
  and "as the mayor spoke" (an intransitive verb) are times;
- ``claim.prep_addressee``: "appealed to parents to keep ...": the addressee after the preposition stays
  with the infinitive;
- ``claim.extra_cues``: the claims-local cue verbs ("confessed to ...");
- a past "after"/"as" clause closing an urged infinitive is left out of the content.
"""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

AS_ANNOUNCED = """
The        1   det     DET    DT    the
depot      3   nsubj   NOUN   NN    depot
will       3   aux     AUX    MD    will
shut       3   ROOT    VERB   VB    shut
,          3   punct   PUNCT  ,     ,
as         6   mark    SCONJ  IN    as
announced  3   advcl   VERB   VBN   announce
by         6   agent   ADP    IN    by
the        9   det     DET    DT    the
company    7   pobj    NOUN   NN    company
.          3   punct   PUNCT  .     .
"""

AS_SHE_ANNOUNCED_HER_PLANS = """
The        1   det     DET    DT    the
hall       2   nsubj   NOUN   NN    hall
cheered    2   ROOT    VERB   VBD   cheer
as         5   mark    SCONJ  IN    as
she        5   nsubj   PRON   PRP   she
announced  2   advcl   VERB   VBD   announce
her        7   poss    PRON   PRP$  her
plans      5   dobj    NOUN   NNS   plan
.          2   punct   PUNCT  .     .
"""

AS_THE_MAYOR_SPOKE = """
The        1   det     DET    DT    the
lights     2   nsubj   NOUN   NNS   light
failed     2   ROOT    VERB   VBD   fail
as         6   mark    SCONJ  IN    as
the        5   det     DET    DT    the
mayor      6   nsubj   NOUN   NN    mayor
spoke      2   advcl   VERB   VBD   speak
.          2   punct   PUNCT  .     .
"""

APPEALED_TO_PARENTS = """
The        1   det     DET    DT    the
school     2   nsubj   NOUN   NN    school
appealed   2   ROOT    VERB   VBD   appeal
to         2   prep    ADP    IN    to
parents    3   pobj    NOUN   NNS   parent
to         6   aux     PART   TO    to
keep       2   advcl   VERB   VB    keep
pupils     6   dobj    NOUN   NNS   pupil
at         6   prep    ADP    IN    at
home       8   pobj    NOUN   NN    home
.          2   punct   PUNCT  .     .
"""

CONFESSED_TO_TAKING = """
The        1   det     DET    DT    the
clerk      2   nsubj   NOUN   NN    clerk
confessed  2   ROOT    VERB   VBD   confess
to         2   prep    ADP    IN    to
taking     3   pcomp   VERB   VBG   take
the        6   det     DET    DT    the
money      4   dobj    NOUN   NN    money
.          2   punct   PUNCT  .     .
"""

URGED_AFTER_THE_RESERVOIR_FELL = """
The        1   det     DET    DT    the
mayor      2   nsubj   NOUN   NN    mayor
urged      2   ROOT    VERB   VBD   urge
residents  2   dobj    NOUN   NNS   resident
to         5   aux     PART   TO    to
save       2   xcomp   VERB   VB    save
water      5   dobj    NOUN   NN    water
after      10  mark    SCONJ  IN    after
the        9   det     DET    DT    the
reservoir  10  nsubj   NOUN   NN    reservoir
fell       5   advcl   VERB   VBD   fall
.          2   punct   PUNCT  .     .
"""


def _contents(rows: str, disable: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set(disable=disable)))
    return [(q.content.text, q.cue.text if q.cue else "", q.rule) for q in claims]


def test_a_report_in_an_as_clause_names_its_host():
    assert _contents(AS_ANNOUNCED) == [("The depot will shut", "announced", "claim.as_reported")]
    assert _contents(AS_ANNOUNCED, disable=("claim.as_reported",)) == []


def test_an_as_clause_with_an_object_or_an_intransitive_verb_is_a_time():
    assert ("her plans", "announced", "claim.dobj") in _contents(AS_SHE_ANNOUNCED_HER_PLANS)
    assert all(rule != "claim.as_reported" for _, _, rule in _contents(AS_SHE_ANNOUNCED_HER_PLANS))
    assert _contents(AS_THE_MAYOR_SPOKE) == []


def test_the_addressee_after_a_directive_preposition_stays_with_the_infinitive():
    assert _contents(APPEALED_TO_PARENTS) == [("parents to keep pupils at home", "appealed", "claim.xcomp")]
    assert _contents(APPEALED_TO_PARENTS, disable=("claim.prep_addressee",)) == []


OWNED_TO_TAKING = CONFESSED_TO_TAKING.replace(
    "confessed  2   ROOT    VERB   VBD   confess", "owned      2   ROOT    VERB   VBD   own"
)


def test_a_claims_local_cue_verb_gives_a_claim_while_switched_on(monkeypatch):
    """The claims-local table's verbs give claims only while claim.extra_cues is on.

    Session 10 moved "confess", "appeal" and "query" to the shared lexicon, so the test puts a verb of its
    own in the table.
    """
    import sys

    from quoteextract.lang.en._lexicon import CueWord

    module = sys.modules["quoteextract.stages.claims.extra_cues"]
    owned = CueWord("own", "verb", "speech", "said", frozenset({"ccomp", "prep_to"}), 0.9)
    monkeypatch.setattr(module, "claim_cue_verbs", lambda: {"own": owned})
    assert _contents(OWNED_TO_TAKING) == [("taking the money", "owned", "claim.prep")]
    assert _contents(OWNED_TO_TAKING, disable=("claim.extra_cues",)) == []


def test_confess_is_a_shared_cue_verb():
    """Since session 10 "confessed to ..." comes from the shared lexicon: the claims-local switch keeps it."""
    assert _contents(CONFESSED_TO_TAKING, disable=("claim.extra_cues",)) == [
        ("taking the money", "confessed", "claim.prep")
    ]


def test_a_past_event_closing_an_urged_infinitive_is_left_out():
    assert _contents(URGED_AFTER_THE_RESERVOIR_FELL) == [("residents to save water", "urged", "claim.xcomp")]
