"""The content of "Y quoted X as saying (that) ...": the clause after "as saying", not "X as saying ..." (session 9).

"The agency quoted the minister, Ana Ruiz, as saying that the border would reopen": the verb "quoted" takes
the person quoted as its object and what they said as the clause of the gerund after "as" ("as saying",
"as telling staff", "as writing"). The object frame (``claim.dobj``) read the whole "the minister, Ana Ruiz,
as saying that the border would reopen" as the content; the words are only "the border would reopen". The
passive ("X was quoted by Y as saying that ...") has the same clause. The speaker is X and the relay Y
(``speaker.quoted_as``, ``speaker.quoted_as_object``, ``sources.quoted``).

Registered frame of stage ``"claims"``: ``claim.quoted_as``, tried before every frame that reads a verb's
object or clause.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from .frames import FRAME_CONFIDENCE, NO_CLAIM, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

QUOTING_WORDS: frozenset[str] = frozenset({"quote", "quoted", "quotes", "quoting"})
"""A verb that passes someone's words on through an "as saying" complement (its lemma or form)."""

AS_GERUNDS: frozenset[str] = frozenset({"saying", "telling", "writing", "stating", "warning", "adding"})
"""Gerunds after "as" that introduce the words quoted ("as saying", "as telling staff", "as warning")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "parataxis"})
"""How the words quoted hang on the gerund."""


def as_gerund(verb: Token) -> Token | None:
    """The gerund of a quoting verb's "as saying" complement ("quoted X *as saying* ..."), if it has one."""
    if verb.lemma_.lower() not in QUOTING_WORDS and verb.lower_ not in QUOTING_WORDS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < verb.i:
            continue
        gerund = next((g for g in prep.children if g.lower_ in AS_GERUNDS), None)
        if gerund is not None:
            return gerund
    return None


@rule("claim.quoted_as", stage="claims", order=290, confidence=FRAME_CONFIDENCE["ccomp"])
def quoted_as(cue: CueInfo) -> Found | None:
    """The words of "Y quoted X as saying (that) ...": the clause after "as saying", without the one quoted.

    When the gerund has no clause of its own (a quotation after a colon, "as saying: “...”", which the
    quotation finder reports), there is no claim.
    """
    if cue.phrase is not None:
        return None
    gerund = as_gerund(cue.token)
    if gerund is None:
        return None
    clause = next((c for c in gerund.children if c.dep_ in CLAUSE_DEPS and c.i > gerund.i), None)
    if clause is None:
        return NO_CLAIM
    return Found(clause.subtree)


__all__ = ["as_gerund", "quoted_as"]
