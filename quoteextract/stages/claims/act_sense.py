"""Cues that name an act, not words: registered rules of stage ``"claim_filters"``.

Two verbs of reporting are as often used for an act as for something said:

- ``claim_filter.response_act``: "respond", "react", "reply", "retaliate" with
  "by" and a gerund tell *how* the subject answered. When the gerund is an act
  ("The council responded by cutting the grant", "Police reacted by closing
  the bridge"), nothing was said; when it is a cue or carries one ("responded
  by saying that ...", "replied by pointing out that ...", "answered by
  using the figures to show that ..."), the answer is a statement and stays.
- ``claim_filter.phoned_person``: "call" with a person or an organisation as
  its only object and nothing said of it ("The mayor called the governor on
  Tuesday", "She called her lawyer") is the telephone sense: the object is
  who was rung, not what was said. "called the governor a coward", "called
  him dishonest" (a view of the object), "called out the senator" (a
  rebuke) and "called for a ban" (another frame) stay.
- ``claim_filter.convened_event``: "call" with an event as its object ("The
  unions called a week-long strike", "The premier called a snap election",
  "called a news conference") convenes it: nothing was said. "called the
  strike a disgrace" (a view of the event) and "called for a strike" (another
  frame) stay.

See :mod:`.filters` for the filter protocol (``True`` drops the candidate).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en._speaker_lexicon import roles
from ...rules import rule
from ..attribution._cues import is_cue
from ._tokens import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

RESPONSE_LEMMAS: frozenset[str] = frozenset({"respond", "react", "reply", "answer", "retaliate", "counter"})
"""Verbs of answering whose "by" gerund says how the subject answered."""

MANNER_PREPOSITION = "by"
"""The preposition of the manner of answering ("responded *by* closing the road")."""

GERUND_TAG = "VBG"
"""The tag of a gerund ("closing")."""

PHONE_LEMMA = "call"
"""The verb whose plain person object is who was rung ("called the governor")."""

OBJECT_FRAME = "claim.dobj"
"""The frame that reports a verb's object as its content."""

PREDICATE_DEPS: frozenset[str] = frozenset({"oprd", "acomp", "xcomp", "ccomp", "dative", "attr"})
"""Dependents of "call" that say something of its object ("called him a liar", "called it wrong")."""

KEPT_PARTICLES: frozenset[str] = frozenset({"out"})
"""Particles that make "call" a rebuke ("called out the senator")."""

PEOPLE_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP"})
"""Entity types of one who can be rung ("Ms Okafor", "the council", "Democrats")."""

CONVENED_EVENTS: frozenset[str] = frozenset(
    {
        "strike", "walkout", "stoppage", "lockout", "boycott", "protest", "rally", "march", "demonstration",
        "election", "by-election", "vote", "referendum", "ballot", "poll", "recount", "runoff", "primary",
        "meeting", "session", "summit", "conference", "briefing", "hearing", "inquiry", "debate", "recess",
        "halt", "ceasefire", "truce", "pause", "moratorium", "timeout", "time-out", "shutdown", "curfew",
    }
)  # fmt: skip
"""Events one calls in the sense of convening them ("called a strike", "called a snap election")."""

EVENT_RIGHT_DEPS: frozenset[str] = frozenset({"prep", "punct"})
"""What may follow a convened event ("a strike *at the port*"); anything else may say something of it."""

PERSONAL_OBJECTS: frozenset[str] = frozenset({"him", "her", "them", "me", "us", "you"})
"""Object pronouns of people ("She called him")."""


def _says_something(tokens: tuple[Token, ...]) -> bool:
    """Whether any word of a gerund clause is a cue ("saying", "pointing out", "show that")."""
    return any(is_cue(t) is not None for t in tokens if t.pos_ in {"VERB", "AUX", "NOUN", "ADP"})


@rule("claim_filter.response_act", stage="claim_filters", order=994)
def response_act(candidate: Candidate) -> bool:
    """Drops "responded by cutting the grant": an answer by an act, not words ("responded by saying" stays)."""
    info = candidate.info
    if info is None or info.word is None or info.token.lemma_.lower() not in RESPONSE_LEMMAS:
        return False
    words = words_of(candidate.tokens)
    if not words:
        return False
    ids = {t.i for t in words}
    root = next((t for t in words if t.head.i not in ids or t.head.i == t.i), None)
    if root is None or root.tag_ != GERUND_TAG:
        return False
    preposition = root.head
    if preposition.lower_ != MANNER_PREPOSITION or preposition.head.i != info.token.i:
        return False
    return not _says_something(candidate.tokens)


def _names_people(noun: Token) -> bool:
    """Whether an object names people or an organisation ("the governor", "Ms Okafor", "him")."""
    if noun.pos_ == "PRON":
        return noun.lower_ in PERSONAL_OBJECTS
    if noun.ent_type_ in PEOPLE_ENTITIES:
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in roles()


@rule("claim_filter.phoned_person", stage="claim_filters", order=995)
def phoned_person(candidate: Candidate) -> bool:
    """Drops "called the governor on Tuesday": who was rung, not what was said ("called him a liar" stays)."""
    info = candidate.info
    if candidate.rule != OBJECT_FRAME or info is None or info.word is None:
        return False
    verb = info.token
    if verb.lemma_.lower() != PHONE_LEMMA or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in PREDICATE_DEPS or (c.dep_ == "prt" and c.lower_ in KEPT_PARTICLES) for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].i not in {t.i for t in candidate.tokens}:
        return False
    noun = objects[0]
    if any(c.dep_ in PREDICATE_DEPS or c.dep_ == "appos" for c in noun.children):
        return False
    return _names_people(noun)


def _convened_object(verb: Token) -> Token | None:
    """The event "call" convenes: its object ("called a strike"), or the noun the parse made its predicate."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    predicates = [c for c in verb.children if c.dep_ in PREDICATE_DEPS]
    if len(objects) == 1 and not predicates:
        noun = objects[0]
    elif not objects and len(predicates) == 1 and predicates[0].dep_ == "oprd":
        noun = predicates[0]  # "unions on Tuesday called a strike": the small parser may read an oprd
    else:
        return None
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in CONVENED_EVENTS else None


@rule("claim_filter.convened_event", stage="claim_filters", order=996)
def convened_event(candidate: Candidate) -> bool:
    """Drops "called a strike", "called a snap election": an event convened, not words ("called for a strike" stays)."""
    info = candidate.info
    if info is None or info.word is None:
        return False
    verb = info.token
    if verb.lemma_.lower() != PHONE_LEMMA or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1) for c in verb.children):
        return False  # "called off", "called for a strike"
    noun = _convened_object(verb)
    if noun is None:
        return False
    return all(c.dep_ in EVENT_RIGHT_DEPS for c in noun.rights)  # not "called the vote rigged"


MARKING_LEMMAS: frozenset[str] = frozenset({"brand"})
"""Verbs that report speech only with a label for their object ("branded the offer an insult"); with a plain
object they mark it ("branded the cattle")."""

LABEL_DEPS: frozenset[str] = frozenset({"oprd", "npadvmod", "dobj", "xcomp", "acomp"})
"""Relations of a label the parser hangs on the verb after its object ("branded it *a disgrace*")."""


def _labels_object(verb: Token, obj: Token) -> bool:
    """Whether a label follows the verb's object: a noun or adjective after it, or "as" with one."""
    for child in (*verb.rights, *obj.rights):
        if child.i <= obj.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "as":
            return True
        if child.dep_ in LABEL_DEPS and child.left_edge.i == obj.right_edge.i + 1 and child.pos_ in {"NOUN", "ADJ"}:
            return True
    return False


@rule("claim_filter.marked_object", stage="claim_filters", order=997)
def marked_object(candidate: Candidate) -> bool:
    """Drops "branded the cattle": an object marked, not labelled ("branded the offer an insult" stays).

    Session 18 (suite ``reported_speech7``): "brand" joined the cue lexicon for the label a speaker
    gives; without a label after its object the verb burns a mark, and nothing is said.
    """
    info = candidate.info
    if candidate.rule != OBJECT_FRAME or info is None or info.word is None:
        return False
    verb = info.token
    if verb.lemma_.lower() not in MARKING_LEMMAS or verb.pos_ not in {"VERB", "AUX"}:
        return False
    obj = next((c for c in verb.children if c.dep_ in {"dative", "dobj"} and c.i > verb.i), None)
    return obj is None or not _labels_object(verb, obj)


__all__ = ["convened_event", "marked_object", "phoned_person", "response_act"]
