"""Saying and telling verbs in set phrases where nobody reports anything (session 7).

Registered rules of stage ``"claim_filters"`` (see :mod:`.filters`); each returns ``True`` to drop a
candidate claim:

- ``claim_filter.hedge_say``: "I dare say ...", "I daresay ...", "Suffice it to say ...": a hedge on the
  writer's own statement, not a report of anyone's words;
- ``claim_filter.all_told``: "All told, the repairs cost £2.4 million" ("all told" = in total);
- ``claim_filter.perception_tell``: "You can tell the players are tired", "One could tell ...", "Who can
  tell whether ...", "It is hard (too early) to tell whether ...": "tell" meaning "make out", with a
  generic or no teller. "The minister told reporters ...", "Officials could tell us ..." and "I can tell
  you ..." (someone told) stay claims.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

HEDGE_HEADS: frozenset[str] = frozenset({"dare", "suffice"})
"""Verbs over "say" in a hedge ("I dare say", "Suffice it to say")."""

HEDGE_WORDS: frozenset[str] = frozenset({"daresay"})
"""One-word hedges the model may read as a cue ("I daresay ...")."""

GENERIC_TELLERS: frozenset[str] = frozenset({"you", "one", "who", "nobody", "anyone", "anybody"})
"""Subjects of a perception "can tell": anyone at all, or a rhetorical "who"."""

ABILITY_MODALS: frozenset[str] = frozenset({"can", "could", "ca"})
"""Modals of "can tell" ("ca" is the model's token for "can't")."""

JUDGING_WORDS: frozenset[str] = frozenset(
    {"hard", "difficult", "impossible", "easy", "early", "possible", "tough", "way", "soon"}
)
"""Words an infinitive "to tell" hangs on when it means "to make out" ("too early to tell", "no way to tell")."""

LISTENER_DEPS: frozenset[str] = frozenset({"dative", "iobj"})
"""Dependents that name the one told ("tell you", "tell us")."""


def _word(candidate: Candidate, lemma: str) -> Token | None:
    info = candidate.info
    if info is None or info.word is None or info.token.lemma_.lower() != lemma:
        return None
    return info.token


@rule("claim_filter.hedge_say", stage="claim_filters", order=989)
def hedge_say(candidate: Candidate) -> bool:
    """Drops "I dare say ...", "I daresay ..." and "Suffice it to say ...": a hedge, not a report."""
    info = candidate.info
    if info is None or info.word is None:
        return False
    token = info.token
    if token.lower_ in HEDGE_WORDS:
        return True
    if token.lemma_.lower() != "say":
        return False
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in HEDGE_HEADS


@rule("claim_filter.all_told", stage="claim_filters", order=990)
def all_told(candidate: Candidate) -> bool:
    """Drops "All told, ..." and "..., 300 homes all told": "all told" means "in total", nobody tells."""
    token = _word(candidate, "tell")
    if token is None or token.i == 0 or token.tag_ not in {"VBN", "VBD"}:
        return False
    doc = token.doc
    if doc[token.i - 1].lower_ != "all":
        return False
    return token.i + 1 >= len(doc) or doc[token.i + 1].is_punct


def _judged(head: Token) -> bool:
    if head.lower_ in JUDGING_WORDS:
        return True
    return head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in JUDGING_WORDS for c in head.children)


@rule("claim_filter.perception_tell", stage="claim_filters", order=991)
def perception_tell(candidate: Candidate) -> bool:
    """Drops "You can tell the players are tired", "too early to tell whether ...": "tell" as "make out"."""
    token = _word(candidate, "tell")
    if token is None or any(c.dep_ in LISTENER_DEPS for c in token.children):
        return False
    if token.dep_ in {"xcomp", "acl", "relcl"} and _judged(token.head):
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in GENERIC_TELLERS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ABILITY_MODALS for c in token.children)


__all__ = ["all_told", "hedge_say", "perception_tell"]
