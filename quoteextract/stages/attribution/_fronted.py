"""A fronted phrase or clause the parser took for, or hid, a cue's subject ("Outside court, his sister, said").

The small English models read "Outside court," at the start of a sentence as an
adjective and a noun, make "court" the subject of the verb and hang the real
speaker off it as an appositive. Such a "subject" names no speaker: its
appositive does. A participle clause opening the sentence ("Speaking by phone
after the hearing, Ray Osei, of the police, said") may take the speaker as a
loose noun of its own and leave the cue without a subject: that noun speaks.
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

PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})
"""Tags of the participle opening a clause before the cue ("Speaking by phone, ...", "Asked about it, ...")."""

LOOSE_NOUN_DEPS = frozenset({"npadvmod", "appos"})
"""Labels of a speaker the parser hung off such a clause instead of making it the cue's subject."""


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


def opening_clause_speaker(verb: Token) -> Token | None:
    """The speaker the parser hung off a participle clause opening the sentence ("Speaking by phone, X, said").

    The small models read "Speaking by phone after the hearing, Ray Osei, of Hollybridge Police, said" as
    a clause holding a loose name ("Osei" as an ``npadvmod`` or an ``appos`` of "hearing"), leaving "said"
    without a subject: the last name set off by a comma in that clause is the speaker.

    Args:
        verb: A finite cue verb without a subject.

    Returns:
        That noun, or ``None``.

    """
    doc = verb.doc
    clause = next((c for c in verb.lefts if c.dep_ == "advcl" and c.tag_ in PARTICIPLE_TAGS), None)
    if clause is None:
        return None
    loose = [
        t
        for t in clause.subtree
        if t.dep_ in LOOSE_NOUN_DEPS and t.pos_ == "PROPN" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
    ]
    return loose[-1] if loose else None


__all__ = ["FRONTED_PREPOSITIONS", "fronted_speaker", "opening_clause_speaker"]
