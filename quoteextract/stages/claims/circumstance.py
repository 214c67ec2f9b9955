"""A past event after an urged or vowed infinitive is when or why it was said, not what (session 9).

"The mayor urged residents to conserve water after the reservoir fell to a record low", "Forecasters implored
drivers to stay off the roads as the snow deepened", "She vowed to win back her title after losing the final":
what is urged or vowed lies ahead of the speaker, so a clause after it that tells of something already past
("after the reservoir fell", "as the snow deepened", "after losing the final") sets the scene of the speech;
the small parser hangs it on the infinitive all the same. The cut is made only after an infinitive content,
only at "after" or "as" with a finite past-tense verb and a subject of its own (or "after" with a gerund),
and only when that clause closes the content. Conditions and limits ("unless", "until", "if", "before",
"when") stay: "urged people to stay indoors until the storm passed" is what was urged.

Used by :func:`~quoteextract.stages.claims.trim.cut_trailing`.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._tokens import is_infinitive, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

CIRCUMSTANCE_MARKS: frozenset[str] = frozenset({"after", "as"})
"""Subordinators of a past circumstance ("after the reservoir fell", "as the snow deepened")."""

PAST_TAGS: frozenset[str] = frozenset({"VBD", "VBN"})
"""Tags of a past-tense verb (the small model tags some as participles: "as the snow *deepened*")."""

FUTURE_AUX: frozenset[str] = frozenset({"will", "would", "'ll", "shall", "can", "could", "may", "might", "must"})
"""Auxiliaries that put a clause ahead of the speech: it may be part of what was urged."""


def _past_clause(mark: Token) -> bool:
    """Whether ``mark`` ("after"/"as") opens a past event: a finite past verb with a subject, or "after" + gerund."""
    head = mark.head
    if mark.dep_ == "mark" and head.dep_ == "advcl":
        if head.tag_ not in PAST_TAGS or subject_of(head) is None:
            return False
        return not any(c.dep_ in {"aux", "auxpass"} and c.lower_ in FUTURE_AUX for c in head.children)
    if mark.dep_ == "prep" and mark.lower_ == "after":
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in mark.children)
    return False


def circumstance_cut(tokens: list[Token], k: int, first: Token) -> int | None:
    """Where to cut an infinitive content before a closing past circumstance opened at ``tokens[k]``.

    Args:
        tokens: The content tokens in order.
        k: The position of a candidate "after"/"as".
        first: The head of the content (the frame's dependent).

    Returns:
        ``k`` (the content ends before the word) or ``None``.

    """
    mark = tokens[k]
    if mark.lower_ not in CIRCUMSTANCE_MARKS or not is_infinitive(first) or not _past_clause(mark):
        return None
    clause = mark.head if mark.dep_ == "mark" else mark
    if not first.left_edge.i <= clause.head.i <= first.right_edge.i or clause.head.i < first.i:
        return None  # it must hang on the infinitive's own words, after its verb
    tail = (t for t in tokens[k:] if t.i > clause.right_edge.i)
    return k if all(t.is_punct or t.is_space for t in tail) else None


__all__ = ["circumstance_cut"]
