"""Saying and telling verbs in set phrases where nobody reports anything (session 7).

Registered rules of stage ``"claim_filters"`` (see :mod:`.filters`); each returns ``True`` to drop a
candidate claim:

- ``claim_filter.hedge_say``: "I dare say ...", "I daresay ...", "Suffice it to say ...": a hedge on the
  writer's own statement, not a report of anyone's words; so are (session 14) "I must say", "I have to
  say", "I would say", "I'd say", "It is fair (safe) to say", "Needless to say", "that is to say", "It goes
  without saying" and "as they say" (a saying, nobody's words). "I said ..." (the writer's report
  of their own words) and "as officials say" stay claims;
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

HEDGE_MODALS: frozenset[str] = frozenset({"must", "would", "'d"})
"""Modals of a first-person hedge ("I must say", "I would say", "I'd say"); "I should say that ..." goes on to
tell the reader something (PolNeAR annotates it), so it stays a claim."""

OBLIGATION_HEADS: frozenset[str] = frozenset({"have", "get", "got"})
"""Verbs over "to say" in a first-person hedge ("I have to say", "I've got to say")."""

FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})
"""Subjects of a writer's hedge."""

HEDGE_ADJECTIVES: frozenset[str] = frozenset({"fair", "safe", "needless"})
"""Adjectives over "to say" in an impersonal hedge ("It is fair to say", "Needless to say")."""

IMPERSONAL_SUBJECTS: frozenset[str] = frozenset({"it", "that", "this"})
"""Subjects of "It is fair to say" and "that is to say"."""

SAYING_SUBJECTS: frozenset[str] = frozenset({"they", "you", "one"})
"""Subjects of a saying quoted as such ("as they say", "as you say")."""

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
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in HEDGE_HEADS:
        return True
    return _first_person_hedge(token) or _impersonal_hedge(token) or _saying(token)


def _subject(token: Token) -> str:
    """The lower-case text of ``token``'s nominal subject ("" when it has none)."""
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return "" if subject is None else subject.lower_


def _first_person_hedge(say: Token) -> bool:
    """The writer hedging their own words: "I must say", "I would say", "I'd say", "I have to say"."""
    if _subject(say) in FIRST_PERSON:
        return any(c.dep_ == "aux" and c.lower_ in HEDGE_MODALS for c in say.children)
    head = say.head
    return say.dep_ == "xcomp" and head.lemma_.lower() in OBLIGATION_HEADS and _subject(head) in FIRST_PERSON


def _impersonal_hedge(say: Token) -> bool:
    """Nobody speaks: "It is fair to say", "Needless to say", "that is to say", "It goes without saying"."""
    head = say.head
    if say.dep_ == "pcomp":
        return head.lower_ == "without" and head.head.lemma_.lower() == "go"
    if say.dep_ != "xcomp":
        return False
    if head.lower_ in HEDGE_ADJECTIVES:
        return True
    if head.lemma_.lower() != "be" or _subject(head) not in IMPERSONAL_SUBJECTS:
        return False
    return _subject(head) != "it" or any(c.lower_ in HEDGE_ADJECTIVES for c in head.children)


def _saying(say: Token) -> bool:
    """A saying quoted as such ("as they say"), not anyone's words."""
    return _subject(say) in SAYING_SUBJECTS and any(c.dep_ == "mark" and c.lower_ == "as" for c in say.children)


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
