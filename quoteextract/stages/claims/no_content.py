"""Speech acts with no reported content: an infinitive of commenting or of being named as the whole content.

Registered rule of stage ``"claim_filters"`` (see :mod:`.filters`); it returns
``True`` to drop a candidate claim.

- ``claim_filter.withheld_content``: a claim whose content is only an infinitive of
  speaking that names nothing, or of being named ("declined to comment", "refused
  to say more", "declined to discuss the matter", "who did not want to be named",
  "asked not to be identified", "declined to give her name"), reports no content:
  the speaker withheld it. A refusal with a topic or a refused matter of its own
  ("declined to comment on the plan", "refused to say whether she had been
  charged") is kept (as negated), and so is any other infinitive ("declined to
  attend", "vowed to fight on"): PolNeAR annotates refusals and intentions in its
  attribution scope. It annotates most bare refusals too (on train, 18 of 21
  "declined/refused to comment|elaborate|speculate" are attributions); this check
  follows issue 11 (a withheld comment is no claim) and costs those.
  Unlike the opt-in ``claim_filter.bare_refusal`` (:mod:`.senses`), it looks
  at the content, not the cue ("who did not want to be named" goes whatever the
  cue), and it leaves a noun phrase ("did not respond to requests for comment",
  which PolNeAR annotates) alone.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

SPEECH_LEMMAS: frozenset[str] = frozenset(
    {"comment", "elaborate", "speculate", "say", "discuss", "reveal", "disclose", "add", "answer", "speak", "talk",
     "respond", "go"}
)  # fmt: skip
"""Verbs of saying whose infinitive carries no content when it names nothing ("to comment", "to say more")."""

GENERIC_WORDS: frozenset[str] = frozenset(
    {"more", "further", "anything", "much", "it", "so", "matter", "details", "detail", "specifics", "specific",
     "question", "questions", "case", "issue", "subject", "topic", "that", "this", "record"}
)  # fmt: skip
"""Objects that name no matter of their own ("to say more", "to discuss the matter", "to speak on the record")."""

NAMING_LEMMAS: frozenset[str] = frozenset({"name", "identify", "quote"})
"""Verbs of being named: their passive infinitive asks for anonymity ("to be named")."""

NAMED_AS_DEPS: frozenset[str] = frozenset({"oprd", "attr", "dobj", "prep"})
"""Dependents that make being named a role, not anonymity ("to be named captain", "to be named as the buyer")."""

NAME_NOUNS: frozenset[str] = frozenset({"name", "names", "identity"})
"""Objects of "give" that ask for anonymity ("declined to give her name")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "advcl", "csubj", "relcl"})
"""Dependents that carry a refused matter of its own ("to say whether ...", "to say how many ...")."""


def _infinitive_verb(tokens: tuple[Token, ...]) -> Token | None:
    """The verb of content that starts "to VERB" (or "to be VERBed"), or ``None``."""
    if len(tokens) < 2 or tokens[0].lower_ != "to":
        return None
    verb = tokens[1]
    if verb.lower_ == "be" and len(tokens) > 2:
        verb = tokens[2]
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _objects(verb: Token) -> list[Token]:
    """The verb's nominal objects and its prepositions' objects ("to comment on the plan": "plan")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "dative", "attr"}]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _clause_topic(verb: Token) -> bool:
    """Whether a preposition of the verb introduces a clause ("on whether ...", "about how ...")."""
    return any(g.dep_ == "pcomp" for c in verb.children if c.dep_ == "prep" for g in c.children)


def _generic(noun: Token) -> bool:
    """Whether an object names no matter of its own ("more", "the matter", "the details")."""
    return noun.lemma_.lower() in GENERIC_WORDS or noun.lower_ in GENERIC_WORDS


def _withheld(verb: Token, passive: bool) -> bool:
    """Whether the infinitive's verb withholds its content: no topic of its own, or a request not to be named."""
    if any(c.dep_ in CLAUSE_DEPS for c in verb.children) or _clause_topic(verb):
        return False  # "to say whether she had been charged": a refused matter of its own
    lemma = verb.lemma_.lower()
    if passive:
        return lemma in NAMING_LEMMAS and not any(c.dep_ in NAMED_AS_DEPS for c in verb.children)
    objects = _objects(verb)
    if lemma == "give":
        return any(o.lower_ in NAME_NOUNS for o in objects)  # "declined to give her name"
    return lemma in SPEECH_LEMMAS and all(
        o.lemma_.lower() in GENERIC_WORDS or o.lower_ in GENERIC_WORDS for o in objects
    )


@rule("claim_filter.withheld_content", stage="claim_filters", order=993)
def withheld_content(candidate: Candidate) -> bool:
    """Drops "declined to comment", "refused to say more", "did not want to be named": no content."""
    verb = _infinitive_verb(candidate.tokens)
    if verb is None:
        return False
    return _withheld(verb, candidate.tokens[1].lower_ == "be")


__all__ = ["withheld_content"]
