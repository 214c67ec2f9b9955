"""Classify rules for speech that the lexicon's class of the cue word hides.

The cue lexicon gives a word one class; these words report speech when a speaker is
named with them:

- a speech noun with its speaker, as the subject or object of a sentence: "*The
  mayor's pledge* to build 300 homes was dropped", "*His promise* to cut fares won him
  the election", "*the union's threat* to strike", "a pledge *by the mayor* to ...";
  the lexicon lists these nouns as intentions because "the season's promise" or "the
  threat of rain" have no speaker (``classify.class.speech_noun``);
- a question asked as a wish to know: "Councillor Tal *wanted to know why* the library
  had closed", "MPs *demanded to know how much* ... had been paid": speech, its content
  the question (``classify.class.asked_to_know``, ``classify.content.asked_to_know``);
- an account given by a speaker: "The pilot *described how* the engine had caught
  fire", "The survivor *described what* happened" (the lexicon's stance, for "described
  the plan as bold") (``classify.class.account``);
- a ruling of a court or of an official who decides: "The judge *ruled* that the search
  had been unlawful", "The tribunal *held* that ...", "The coroner *concluded* that ...":
  a published judgment in the body's name, so speech. What a court, a tribunal or a
  jury "found" stays a finding of fact (the earlier suites' decision), and so does what
  a regulator, a test, an inspection, a study or an audit found or concluded
  (``classify.class.ruling``).

.. versionadded:: 0.4.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.syntax import SUBJECT_DEPS, is_verb
from ..rules import rule
from .classify_acts import active_subject, is_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

SPEECH_ACT_NOUNS: frozenset[str] = frozenset(
    {"pledge", "promise", "vow", "threat", "demand", "proposal", "recommendation", "prediction", "ultimatum"}
)
"""Nouns of a speech act that the lexicon lists as intentions ("the mayor's *pledge* to ...")."""

POSSESSIVE_SPEAKERS: frozenset[str] = frozenset({"my", "our", "your", "his", "her", "their", "its"})
"""Possessive pronouns that name the speaker of a speech noun ("*her* promise to ...")."""

WANTING_LEMMAS: frozenset[str] = frozenset({"want", "demand", "wish", "ask"})
"""Verbs whose "to know" asks a question ("wanted to know why", "demanded to know how")."""

WH_WORDS: frozenset[str] = frozenset({"why", "how", "what", "whether", "if", "who", "when", "where", "which"})
"""Words that open a question or an account ("why the library closed", "how the engine caught fire")."""

ACCOUNT_LEMMAS: frozenset[str] = frozenset({"describe"})
"""Verbs of giving an account whose lexicon class is a stance ("described the plan as bold")."""

RULING_LEMMAS: frozenset[str] = frozenset({"rule", "hold", "conclude", "determine", "declare"})
"""Verbs of a ruling ("ruled that", "held that", "concluded that"). Not "found that": what a court, a tribunal
or a jury "found" is a finding of fact, as the earlier suites decided ("The jury found that the company had been
negligent")."""

RULING_BODIES: frozenset[str] = frozenset(
    {
        "court",
        "judge",
        "justice",
        "tribunal",
        "coroner",
        "magistrate",
        "ombudsman",
        "arbitrator",
        "adjudicator",
        "sheriff",
        "bench",
        "panel",
    }
)
"""Bodies and officials whose findings are published rulings ("The tribunal held that ...")."""


def _speaker_of_noun(noun: Token) -> bool:
    """Whether a speech noun names its speaker: a possessive ("the mayor's", "her") or "by" a speaker."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child.lower_ in POSSESSIVE_SPEAKERS or is_speaker(child)
        if child.dep_ == "prep" and child.lower_ == "by":
            return any(is_speaker(g) for g in child.children if g.dep_ == "pobj")
        if child.dep_ == "relcl" and child.i > noun.i and not any(g.dep_ == "dobj" for g in child.children):
            return is_speaker(active_subject(child))  # "a promise *it gave* in May that ...": the noun is its object
    return False


@rule("classify.class.speech_noun", stage="classify", order=9)
def class_speech_noun(target: Target) -> Answer:
    """A pledge, promise, threat or vow with its speaker ("the mayor's pledge to build homes") is ``speech``."""
    token = target.cue_token
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in SPEECH_ACT_NOUNS:
        return None
    return ("cue_class", "speech") if _speaker_of_noun(token) else None


def _knowing(token: Token) -> Token | None:
    """The "know" of "wanted to know why ...", with its question, if ``token`` is such a wish."""
    if token.lemma_.lower() not in WANTING_LEMMAS:
        return None
    know = next((c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() == "know"), None)
    if know is None:
        return None
    return know if any(_questioned(c) for c in know.children if c.dep_ == "ccomp") else None


def _questioned(clause: Token) -> bool:
    """Whether a clause opens with a question word ("why the library closed", "whether it would open")."""
    first = clause.left_edge
    opened = any(c.dep_ in {"advmod", "mark"} and c.lower_ in WH_WORDS for c in clause.children)
    return opened or first.lower_ in WH_WORDS


@rule("classify.class.asked_to_know", stage="classify", order=9)
def class_asked_to_know(target: Target) -> Answer:
    """A speaker who "wanted to know why" or "demanded to know how" asks a question: ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token) or _knowing(token) is None:
        return None
    return ("cue_class", "speech") if is_speaker(active_subject(token)) else None


@rule("classify.content.asked_to_know", stage="classify", order=115)
def content_asked_to_know(target: Target) -> Answer:
    """The question of "wanted to know why the library closed" is a ``clause``, not an infinitive."""
    token = target.cue_token
    if token is None or not is_verb(token) or target.quote.kind == "direct":
        return None
    return ("content_type", "clause") if _knowing(token) is not None else None


@rule("classify.class.account", stage="classify", order=9)
def class_account(target: Target) -> Answer:
    """A speaker's account ("The pilot described how the engine caught fire") is ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in ACCOUNT_LEMMAS:
        return None
    if not any(c.dep_ == "ccomp" and _questioned(c) for c in token.children):
        return None
    return ("cue_class", "speech") if is_speaker(active_subject(token)) else None


def _ruling_body(subject: Token | None) -> bool:
    """Whether a subject is a court, a judge or an official who rules."""
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma in RULING_BODIES or (lemma.endswith("s") and lemma[:-1] in RULING_BODIES)


@rule("classify.class.ruling", stage="classify", order=9)
def class_ruling(target: Target) -> Answer:
    """A ruling of a court, a judge, a tribunal or a coroner ("the judge ruled that ...") is ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in RULING_LEMMAS:
        return None
    if not any(c.dep_ == "ccomp" for c in token.children):
        return None  # "found him guilty", "held the licence": no clause ruled
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    return ("cue_class", "speech") if _ruling_body(subject) else None
