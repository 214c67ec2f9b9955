"""A verb of telling's content clause misread as a relative clause of the one told (session 7).

"The head told parents in a letter the school would close" and "told the call the company expected
profits to rise": with no "that", a small model hangs the content clause on the last noun before it
("a letter", "the call") as a relative clause. After a verb of telling (tell, remind, assure, warn ...)
that has no content clause of its own, such a "relative clause" is its content when it is a whole clause:
its own subject, no relative word, and nothing missing (a modal, an object or a clause of its own). A
real contact relative ("told reporters the story the family had kept") has a gap and stays as it is.
When the one told is a person or a group ("told officers he had only been waiting for a bus", "told the
court she had heard two shots", "told the jury he had acted in self-defence": an audience counts as a group,
session 10), a clause right after it with a subject of its own is the content even
without an object: a relative clause on the addressee would leave "told officers" reporting nothing
(session 8).

Registered frame of stage ``"claims"``: ``claim.told_clause``, reported as ``claim.ccomp``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en._lexicon import AUDIENCE_NOUNS
from ...lang.en._speaker_lexicon import roles
from ...rules import rule
from .frames import FRAME_CONFIDENCE, TOLD, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

RELATIVE_WORDS: frozenset[str] = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "why"})
"""Words that open a real relative clause."""

MODALS: frozenset[str] = frozenset({"will", "would", "could", "can", "should", "must", "may", "might", "shall"})
"""Auxiliaries that make a clause a forecast or a claim rather than a description of the noun."""

WHOLE_DEPS: frozenset[str] = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp"})
"""Dependents that fill the verb's object slot: no gap left for a relative clause."""

CONTENT_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp"})
"""A cue's own content clause."""

OBJECT_PRONOUNS: frozenset[str] = frozenset({"me", "us", "him", "her", "them"})
"""Pronouns of the one told ("told *them* the plan had failed")."""


def _is_addressee(noun: Token) -> bool:
    """Whether the one told is a person, a group or a named party ("officers", "the court", "Reuters")."""
    if noun.lower_ in OBJECT_PRONOUNS or noun.pos_ == "PROPN":
        return True
    table = roles()
    lemma = noun.lemma_.lower()
    return lemma in table or noun.lower_ in table or lemma in AUDIENCE_NOUNS


def _clause_after_addressee(noun: Token, clause: Token) -> bool:
    """Whether a "relative clause" right after a person told opens with its own subject ("officers he had ...")."""
    first = clause.doc[clause.left_edge.i]
    if first.i != noun.i + 1 or first.lower_ in RELATIVE_WORDS or not _is_addressee(noun):
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i), None)
    return subject is not None and subject.lower_ not in RELATIVE_WORDS and subject.left_edge.i == first.i


def _whole_clause(clause: Token) -> bool:
    """Whether a "relative clause" is a whole clause: a subject, no relative word, and no gap."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ in RELATIVE_WORDS:
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i), None)
    if subject is None or subject.lower_ in RELATIVE_WORDS:
        return False
    children = list(clause.children)
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in children) or any(
        c.dep_ in WHOLE_DEPS and c.i > clause.i for c in children
    )


def _nouns_after(token: Token, told: Token) -> list[Token]:
    """The one told and the objects of the cue's prepositions after it ("in a letter", "on a call")."""
    nouns = [told]
    for child in token.children:
        if child.dep_ == "prep" and child.i > told.i:
            nouns.extend(c for c in child.children if c.dep_ == "pobj")
    return nouns


@rule("claim.told_clause", stage="claims", order=715, confidence=FRAME_CONFIDENCE["ccomp"])
def told_clause(cue: CueInfo) -> Found | None:
    """A content clause the parser hung on the one told ("told parents in a letter the school would close")."""
    word = cue.word
    if cue.phrase is not None or word is None or word.pos == "noun" or word.relation != TOLD:
        return None
    token = cue.token
    children = list(token.children)
    if any(c.dep_ in CONTENT_DEPS and c.i > token.i for c in children):
        return None
    told = next((c for c in children if c.dep_ in {"dobj", "dative"} and c.i > token.i), None)
    if told is None:
        return None
    for noun in _nouns_after(token, told):
        clause = next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i), None)
        if clause is not None and (_whole_clause(clause) or (noun is told and _clause_after_addressee(noun, clause))):
            return Found(list(clause.subtree))
    return None


__all__ = ["told_clause"]
