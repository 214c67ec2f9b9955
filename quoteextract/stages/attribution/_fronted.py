"""A fronted place or time phrase the parser took for a cue's subject ("Outside court, his sister, Ann Lee, said").

The small English models read "Outside court," at the start of a sentence as an
adjective and a noun, make "court" the subject of the verb and hang the real
speaker off it as an appositive. Such a "subject" names no speaker: its
appositive does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FRONTED_PREPOSITIONS: frozenset[str] = frozenset(
    {"outside", "inside", "after", "before", "behind", "beyond", "near", "during", "later", "earlier"}
)
"""Words that open a fronted place or time phrase and that the parser may tag as an adjective or adverb."""

MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "advmod", "compound", "npadvmod"})
"""Labels the parser gives such a word when it folds the phrase into a noun phrase."""


def fronted_speaker(subject: Token) -> Token:
    """The appositive of a "subject" that is really a fronted place or time phrase, else ``subject`` itself.

    Args:
        subject: The parser's subject of a cue verb.

    Returns:
        The first appositive after a comma ("Outside court, *sister*, ..."),
        when the subject opens with one of :data:`FRONTED_PREPOSITIONS` and
        is followed by a comma; otherwise ``subject``.

    """
    opener = subject.doc[subject.left_edge.i]
    if opener.i == subject.i or opener.lower_ not in FRONTED_PREPOSITIONS or opener.dep_ not in MODIFIER_DEPS:
        return subject
    after = subject.i + 1
    if after >= len(subject.doc) or subject.doc[after].text != ",":
        return subject
    return next((child for child in subject.rights if child.dep_ == "appos"), subject)


__all__ = ["FRONTED_PREPOSITIONS", "fronted_speaker"]
