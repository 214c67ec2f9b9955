"""A second report joined to a noun cue's clause ends it (session 9).

"The general rejected claims that civilians had been targeted and blamed the rebels for the deaths", "She
dismissed reports that the plant would close and accused rivals of spreading rumours": the parser hangs the
second verb on the noun's "that" clause, but it is the speaker's second report, coordinated with the verb that
governs the noun, as "said A and stressed B" is with "said". The noun frame's content ends before it, as a
verb's content does (:func:`~quoteextract.stages.claims.trim.cut_trailing`).

Used by the noun frame (``claim.noun``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .trim import _cut_at_verb

if TYPE_CHECKING:
    from spacy.tokens import Token


def cut_second_report(tokens: list[Token]) -> list[Token]:
    """The content before a coordinated second report of the speaker's, if one follows.

    Args:
        tokens: The content tokens of a noun cue, in order.

    Returns:
        A prefix of ``tokens`` (all of them when no second report follows).

    """
    ordered = sorted(tokens, key=lambda t: t.i)
    inside = {t.i for t in ordered}
    first = next((t for t in ordered if t.head.i not in inside or t.head.i == t.i), None)
    if first is None:
        return ordered
    for k in range(1, len(ordered)):
        cut = _cut_at_verb(ordered, k, first)
        if cut is not None:
            return ordered[:cut]
    return ordered


__all__ = ["cut_second_report"]
