"""An attempt to say something is the saying: "sought to reassure investors that ..." (session 17).

"The minister sought to give assurances that the pensions were safe", "The firm moved to reassure investors that
the merger was on track", "The club was quick to deny ..." is not, but "The club rushed to deny that ...": the
verb of trying ("seek", "try", "attempt", "move", "rush", "hasten", "scramble") is an intention cue whose
infinitive is itself a speech act with content. Only the outermost attribution is kept (:mod:`.outermost`), so
the intention would swallow the speech; the speech act is what a reader counts (it was said), and PolNeAR
annotates the speech act. So the attempt gives way when its infinitive is a speech verb that reports a clause,
or gives, offers or makes a speech noun with its own "that" clause ("sought to give assurances that ...").
An attempt at a deed ("sought to block the merger") stays an intention.

Registered rule of stage ``"claim_filters"``: ``claim_filter.attempted_speech``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from ..attribution._cues import is_cue
from ._tokens import is_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

ATTEMPT_LEMMAS: frozenset[str] = frozenset({"seek", "try", "attempt", "move", "rush", "hasten", "scramble"})
"""Verbs of trying whose infinitive may be the speech act itself ("*sought* to reassure ...")."""

GIVING_LEMMAS: frozenset[str] = frozenset({"give", "offer", "make", "issue", "provide"})
"""Verbs that put a speech noun into words ("to *give* assurances that ...")."""

SPEECH_NOUN_CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "acl", "relcl"})
"""Relations of the "that" clause of a speech noun given or of the one told (the parser hangs it off the noun, the
one told or the verb, and may read it as a relative clause: "to reassure savers [that their deposits were safe]")."""


def _has_that_clause(token: Token) -> bool:
    """Whether ``token`` has a "that" clause after it among its children."""
    clauses = (c for c in token.children if c.dep_ in SPEECH_NOUN_CLAUSE_DEPS and c.i > token.i)
    return any(any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in clauses)


def is_speech_with_content(verb: Token) -> bool:
    """Whether an infinitive is a speech act with content: a speech verb taking a clause, or a speech noun given.

    Args:
        verb: The head of the infinitive ("reassure" in "to reassure investors that ...").

    Returns:
        ``True`` for "to reassure investors that ...", "to insist that ...", "to give assurances that ...";
        ``False`` for "to block the merger", "to say more" (no clause), "to give evidence" (no clause).

    """
    said = is_cue(verb)
    if said is not None and said.cls == "speech" and said.word is not None and said.word.takes("ccomp"):
        return _has_that_clause(verb) or any(c.dep_ == "dobj" and _has_that_clause(c) for c in verb.children)
    if verb.lemma_.lower() not in GIVING_LEMMAS:
        return False
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        given = is_cue(noun)
        if given is not None and given.word is not None and given.word.pos == "noun":
            return _has_that_clause(noun) or _has_that_clause(verb)
    return False


@rule("claim_filter.attempted_speech", stage="claim_filters", order=994)
def attempted_speech(candidate: Candidate) -> bool:
    """Drops "sought to" over a speech act with content ("sought to reassure X that ..."): the speech is the claim."""
    info = candidate.info
    if info is None or info.phrase is not None or info.token.lemma_.lower() not in ATTEMPT_LEMMAS:
        return False
    return any(c.dep_ == "xcomp" and is_infinitive(c) and is_speech_with_content(c) for c in info.token.children)


__all__ = ["attempted_speech", "is_speech_with_content"]
