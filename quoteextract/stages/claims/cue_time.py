"""When the cue was spoken is not what was said: "said on Monday it would ..." reports "it would ...".

News puts the day of a statement right after its verb: "Beijing said on
Monday it would halve the tariffs", "the ministry said Tuesday the plant
would close". Without a "that" the small parser often hangs the day on the
reported clause's verb, so the content would open with "on Monday". When a
content starts right after its cue with a time phrase (a date or time, after
"on", "at", "in", "during" or bare) and the reported clause's subject follows
it, the time phrase belongs to the cue: :func:`drop_cue_time` takes it off.
With a "that" between them ("said that on Monday it would ...") the phrase is
inside the clause and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

TIME_PREPS: frozenset[str] = frozenset({"on", "at", "in", "during", "earlier", "late", "early"})
"""Words that may open the time phrase before the time itself ("on Monday", "late Tuesday")."""

TIME_ENTS: frozenset[str] = frozenset({"DATE", "TIME"})
"""Entity types of a date or time."""

SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
"""Relations of the reported clause's subject."""


def _time_run(tokens: Sequence[Token]) -> int:
    """How many tokens at the start make a time phrase ("on Monday", "Tuesday", "late on Friday"), or 0."""
    k = 0
    while k < len(tokens) and tokens[k].lower_ in TIME_PREPS and not tokens[k].ent_type_:
        k += 1
    start = k
    while k < len(tokens) and tokens[k].ent_type_ in TIME_ENTS:
        k += 1
    return k if k > start else 0


def _opens_subject(token: Token, ids: set[int]) -> bool:
    """Whether ``token`` starts the subject of a verb among the content's tokens."""
    for subject in (token, *token.ancestors):
        if subject.dep_ in SUBJECT_DEPS:
            return subject.left_edge.i == token.i and subject.head.i in ids
        if subject.i not in ids:
            return False
    return False


def drop_cue_time(cue: Token, tokens: Sequence[Token]) -> list[Token]:
    """The content's tokens without the time phrase of the cue that opens them.

    Args:
        cue: The cue.
        tokens: The content tokens.

    Returns:
        The tokens after the time phrase when the content starts right after the cue with one and the reported
        clause's subject follows it; else the tokens unchanged (in text order).

    """
    ordered = sorted(tokens, key=lambda t: t.i)
    if len(ordered) < 3 or ordered[0].i != cue.i + 1:
        return ordered
    run = _time_run(ordered)
    if run == 0 or run >= len(ordered) - 1:
        return ordered
    ids = {t.i for t in ordered}
    if not _opens_subject(ordered[run], ids):
        return ordered
    return ordered[run:]


__all__ = ["drop_cue_time"]
