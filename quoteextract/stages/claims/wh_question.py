"""A reported wh-question the parser hung away from its question verb (session 8).

"Users asked on the forum when the update would arrive", "Parents asked at the meeting why the school had
closed", "Residents asked the council when the bins would be collected": with a noun between the verb and the
question, a small model hangs the question on the verb as an adverbial clause, or on the noun as a relative
clause, so the content clause frame does not see it and the object or prepositional frame reports the noun
("the forum", "the council") instead. After a question verb (ask, wonder, inquire ...) with no content clause
of its own, such a clause is the question asked when it opens with a question word and has a subject of its
own that is not that word ("the man who called" is a real relative clause, and so is "at the hotel where they
stayed": "where" and "when" after a preposition's noun name a place or a time).

Registered frame of stage ``"claims"``: ``claim.wh_question``, reported as ``claim.ccomp``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ...rules import rule
from .complements import CCOMP_FOLLOWERS, verb_phrase_rest
from .frames import FRAME_CONFIDENCE, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

QUESTION_WORDS: frozenset[str] = frozenset({"why", "how", "when", "where", "what", "who", "which", "whether", "if"})
"""Words that open a reported question."""

PLACE_OR_TIME_WORDS: frozenset[str] = frozenset({"when", "where"})
"""Question words that also open a relative clause about a place or a time ("at the hotel where ...")."""

OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "dative"})
"""The one asked ("asked *the council* when ...")."""

REQUEST_DEPS: frozenset[str] = frozenset({"xcomp", "prt", "ccomp", "oprd"})
"""Complements of "ask" that make it a request ("asked them to leave when ...", "asked her out when ...")."""

REQUEST_PREPOSITIONS: frozenset[str] = frozenset({"for", "about", "after"})
"""Prepositions of "ask" that name what was asked ("asked for help when ..."): a later "when" is a time."""


def _opener(clause: Token) -> Token | None:
    """The question word that opens ``clause``, when it is not the clause's subject ("who called" is a relative)."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ not in QUESTION_WORDS or first.dep_ in NOMINAL_SUBJECT_DEPS:
        return None
    subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i > first.i), None)
    return first if subject is not None and subject.i < clause.i else None


def _asks_at_a_time(token: Token, clause: Token, opener: Token) -> bool:
    """Whether a "when"/"where" adverbial is when or where the asking happened, not the question.

    "asked for help when the car broke down", "asked them to leave when the alarm rang", "asked, when
    pressed, ...": the verb already has what was asked, or a comma sets the clause off.
    """
    if opener.lower_ not in PLACE_OR_TIME_WORDS:
        return False
    before = token.doc[opener.i - 1]
    if before.is_punct:
        return True
    for child in token.children:
        if child.dep_ in REQUEST_DEPS or (child.dep_ == "prep" and child.lower_ in REQUEST_PREPOSITIONS):
            return True
    return False


def _hung_on_noun(token: Token) -> Token | None:
    """A question hung as a relative clause on the one asked, or on the noun of the cue's preposition."""
    for child in token.children:
        if child.i < token.i:
            continue
        nouns = [child] if child.dep_ in OBJECT_DEPS else []
        if child.dep_ == "prep":
            nouns = [g for g in child.children if g.dep_ == "pobj"]
        for noun in nouns:
            clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
            opener = None if clause is None else _opener(clause)
            if clause is None or opener is None:
                continue
            if opener.lower_ in PLACE_OR_TIME_WORDS and child.dep_ == "prep":
                continue  # "asked at the hotel where they stayed": a relative clause about the place
            return clause
    return None


@rule("claim.wh_question", stage="claims", order=505, confidence=FRAME_CONFIDENCE["ccomp"])
def wh_question(cue: CueInfo) -> Found | None:
    """A question verb's question hung on a noun after it ("asked on the forum when ..."); reported as claim.ccomp."""
    word = cue.word
    if cue.phrase is not None or word is None or word.pos == "noun" or word.cls != "question":
        return None
    token = cue.token
    if any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
        return None  # the content clause frame reports it
    for child in token.children:
        opener = _opener(child) if child.dep_ == "advcl" and child.i > token.i else None
        if opener is not None and not _asks_at_a_time(token, child, opener):
            return Found(verb_phrase_rest(token, child, CCOMP_FOLLOWERS))
    clause = _hung_on_noun(token)
    return None if clause is None else Found(list(clause.subtree))


__all__ = ["wh_question"]
