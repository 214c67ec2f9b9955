"""Small questions about tokens that the claim frames and the trimming share.

Each function reads the parse and nothing else; the English label sets come
from :mod:`quoteextract.lang.en.syntax`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS, VERB_POS, is_verb
from ..attribution._cues import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAUSE_SUBJECT_DEPS: frozenset[str] = NOMINAL_SUBJECT_DEPS | {"expl"}
"""Dependents that make a non-verb head a clause ("There was ...")."""


def is_clause(token: Token) -> bool:
    """Whether ``token`` heads a clause: a verb, or a word with a subject or an expletive."""
    return token.pos_ in VERB_POS or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in token.children)


def subject_of(token: Token) -> Token | None:
    """The first nominal subject (active or passive) among ``token``'s children."""
    for child in token.children:
        if child.dep_ in NOMINAL_SUBJECT_DEPS:
            return child
    return None


def is_infinitive(token: Token) -> bool:
    """Whether ``token`` has an infinitival "to" ("to help states")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def has_mark(token: Token, words: frozenset[str] | set[str]) -> bool:
    """Whether ``token`` has a subordinating ``mark`` child among ``words`` ("that", "if")."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in token.children)


def is_clause_with_that(token: Token) -> bool:
    """A coordinated content clause of the same cue (", but that he would not ...")."""
    return is_clause(token) and has_mark(token, {"that"})


def is_but_continuation(token: Token) -> bool:
    """A "but ..." clause coordinated with the cue that goes on with the claim, not a new cue."""
    cc = next((c for c in token.lefts if c.dep_ == "cc"), None)
    return cc is not None and cc.lower_ == "but" and is_verb(token) and is_cue(token) is None


def after_but(verb: Token, conj: Token) -> bool:
    """Whether a clause coordinated with the cue follows "but" ("said X, but she knows Y")."""
    return any(c.dep_ == "cc" and c.lower_ == "but" and c.i < conj.i for c in verb.rights)


def new_speech(token: Token) -> bool:
    """A coordinated speech cue with its own subject (", and three-quarters said ...")."""
    info = is_cue(token)
    return info is not None and info.cls == "speech" and subject_of(token) is not None


def starts_new_attribution(token: Token) -> bool:
    """Whether a dependent is itself a cue verb (its own attribution)."""
    return is_verb(token) and is_cue(token) is not None and token.tag_ != "TO"


def words_of(tokens: list[Token] | tuple[Token, ...]) -> list[Token]:
    """The tokens that are neither punctuation nor white space."""
    return [t for t in tokens if not t.is_punct and not t.is_space]


__all__ = [
    "after_but",
    "has_mark",
    "is_but_continuation",
    "is_clause",
    "is_clause_with_that",
    "is_infinitive",
    "new_speech",
    "starts_new_attribution",
    "subject_of",
    "words_of",
]
