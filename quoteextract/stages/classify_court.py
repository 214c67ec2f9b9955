"""Classify rules for speech acts of courts, hearings and people in authority.

The cue lexicon lists some verbs under a class that is right for most of their
uses but not for these, where news reports what was said:

- what a court, a jury, an inquest or a committee "heard" is the evidence given
  to it ("The court heard that the van had been stolen", "An inquest heard how
  ...", "MPs heard that ..."): speech, although the speaker is often unnamed.
  What a person "heard" stays a belief ("Residents heard that the plant would
  close": hearsay they picked up);
- an order, an instruction, a plea or an appeal made to someone ("The judge
  *ordered* the landlord to repay the deposits", "The coach *instructed* his
  players to ...", "Fire chiefs *begged* people not to ...") is a directive
  said by its subject: speech, with an object and an infinitive as content. The
  lexicon lists "order" as an intention and "press" as a stance because of
  "ordered a new boiler" and "pressed the button"; those have no infinitive, and
  the passive ("was ordered to pay") names no one who spoke;
- an accusation ("The regulator *accused* the company of pumping sewage into the
  river") says that someone did something: speech, and its content ("the company
  of pumping sewage ...") states a proposition, so its content type is
  ``clause`` when "of" takes a gerund. "accused the mayor of corruption" keeps a
  noun phrase; "was accused of" names no accuser.

Each is a rule of stage ``classify`` that answers before the lexicon's
``classify.class.word``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.syntax import is_verb
from ..rules import rule
from .classify_acts import active_subject, is_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

HEARING_BODIES: frozenset[str] = frozenset(
    {
        "court",
        "jury",
        "juror",
        "inquest",
        "tribunal",
        "hearing",
        "trial",
        "inquiry",
        "committee",
        "panel",
        "commission",
        "magistrate",
        "judge",
        "coroner",
        "meeting",
        "conference",
        "parliament",
        "assembly",
        "senate",
        "mp",
        "lawmaker",
        "senator",
        "councillor",
        "councilor",
    }
)
"""Bodies and officials whose hearing is evidence given to them ("the court heard that ...")."""

HEARING_LEMMAS: frozenset[str] = frozenset({"hear"})
"""Verbs of receiving evidence."""

DIRECTIVE_LEMMAS: frozenset[str] = frozenset(
    {
        "order",
        "instruct",
        "command",
        "direct",
        "press",
        "beg",
        "implore",
        "plead",
        "appeal",
        "advise",
        "request",
        "exhort",
        "entreat",
        "beseech",
    }
)
"""Verbs of a directive said to someone ("ordered the firm to pay", "begged people not to ...")."""

ACCUSATION_LEMMAS: frozenset[str] = frozenset({"accuse"})
"""Verbs that say someone did something ("accused the firm of hiding the losses")."""

INFINITIVE_DEPS: frozenset[str] = frozenset({"xcomp", "ccomp", "advcl", "oprd"})
"""Relations of the infinitive a directive hangs on its verb or its object ("ordered X *to pay*")."""


def _hearing_body(subject: Token | None) -> bool:
    """Whether a subject is a court, a jury, an inquest, a committee or one of their members."""
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma in HEARING_BODIES or (lemma.endswith("s") and lemma[:-1] in HEARING_BODIES)


@rule("classify.class.hearing", stage="classify", order=4)
def class_hearing(target: Target) -> Answer:
    """What a court, a jury, an inquest or a committee "heard" ("The court heard that ...") is ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in HEARING_LEMMAS:
        return None
    return ("cue_class", "speech") if _hearing_body(active_subject(token)) else None


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive ("to pay", "not to light")."""
    return is_verb(verb) and any(c.tag_ == "TO" and c.i < verb.i for c in verb.children)


def _directs(verb: Token) -> bool:
    """Whether a directive verb takes an infinitive, on itself or on its object ("ordered the firm to pay")."""
    for child in verb.children:
        if child.dep_ in INFINITIVE_DEPS and _infinitive(child):
            return True
        if child.dep_ in {"dobj", "pobj", "prep"} and any(
            g.dep_ in INFINITIVE_DEPS and _infinitive(g) for g in child.children
        ):
            return True  # "appealed to parents to stop": the parse may hang the infinitive on the object
    return False


@rule("classify.class.directive", stage="classify", order=9)
def class_directive(target: Target) -> Answer:
    """An order, instruction, plea or appeal a speaker made to someone ("ordered the firm to pay") is ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in DIRECTIVE_LEMMAS:
        return None
    if not _directs(token):
        return None
    subject = active_subject(token)
    return ("cue_class", "speech") if is_speaker(subject) or _hearing_body(subject) else None


def _charge(verb: Token) -> Token | None:
    """The gerund an accusation charges ("accused the firm of *hiding* ..."), if any."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG"), None)
    for child in verb.children:  # the parse may hang "of" on the accused
        if child.dep_ == "dobj":
            found = _charge(child)
            if found is not None:
                return found
    return None


def _accuses(target: Target) -> bool:
    """Whether the cue is an accusation by a speaker that someone did something."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in ACCUSATION_LEMMAS:
        return False
    return _charge(token) is not None and is_speaker(active_subject(token))


@rule("classify.class.accusation", stage="classify", order=9)
def class_accusation(target: Target) -> Answer:
    """An accusation a speaker made that someone did something ("accused the firm of hiding losses") is ``speech``."""
    return ("cue_class", "speech") if _accuses(target) else None


@rule("classify.content.accusation", stage="classify", order=125)
def content_accusation(target: Target) -> Answer:
    """The content of such an accusation ("the firm of hiding the losses") states a proposition: a ``clause``."""
    return ("content_type", "clause") if _accuses(target) else None
