"""The speaker of a report under a passive verb of hearsay: "X is said to have told ..." (session 9).

"The coach is alleged to have told players that ...", "The envoy is understood to have warned that ...", "The
founder was reported to have told staff ...", "The mayor is quoted as saying that ...": the reporting verb
("told", "warned", "saying") has no subject of its own; its speaker is the passive subject of the verb of
hearsay above it, which the raising construction moved there (the subject of "said"/"alleged" is the one who
told, not the one told, as it is after "was told"). The claim finder takes that subject as the speaker mention
when the cue names none, and the report under the hearsay, not the hearsay, is the claim
(``claim_filter.hearsay_over_speech``): what the coach told players is the speech a reader counts.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import EXPLETIVES
from ...rules import rule
from ..attribution._cues import is_cue, mention_span
from ._tokens import is_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..attribution._cues import CueInfo
    from .filters import Candidate

HEARSAY_VERBS: frozenset[str] = frozenset(
    {"say", "allege", "report", "understand", "believe", "think", "rumour", "rumor", "claim", "quote"}
)
"""Passive verbs of hearsay that raise the reporter's subject ("is *said* to have told", "is *quoted* as saying")."""


def _hearsay_verb(token: Token) -> Token | None:
    """The verb of hearsay ``token`` is the complement of ("is said *to have told*", "is quoted as *saying*")."""
    head = token.head
    if token.dep_ == "xcomp" and is_infinitive(token):
        return head  # "is said to have told"
    if token.dep_ == "pcomp" and head.lower_ == "as" and head.dep_ == "prep":
        return head.head  # "is quoted as saying"
    return None


def _passive_subject(verb: Token) -> Token | None:
    """The passive subject of a verb of hearsay without an agent (not an expletive), if it has one."""
    if verb.lemma_.lower() not in HEARSAY_VERBS:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return None  # active "said to ...", or "was quoted by the paper as saying": the agent is a relay
    subject = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    return None if subject is None or subject.lower_ in EXPLETIVES else subject


def raised_speaker(cue: CueInfo) -> Span | None:
    """The passive subject of the verb of hearsay above a cue without a subject, as the cue's speaker mention.

    Args:
        cue: A verb cue (or the phrase "quoted as saying").

    Returns:
        The subject's noun phrase, or ``None`` when the cue is not under a passive verb of hearsay.

    """
    verb = _hearsay_verb(cue.token)
    subject = None if verb is None else _passive_subject(verb)
    return None if subject is None else mention_span(subject)


@rule("claim_filter.hearsay_over_speech", stage="claim_filters", order=992)
def hearsay_over_speech(candidate: Candidate) -> bool:
    """Drops the hearsay verb over a speech report ("is said to have told X that ..."): the report is the claim."""
    info = candidate.info
    if info is None or info.phrase is not None or _passive_subject(info.token) is None:
        return False
    for child in info.token.children:
        report = child if child.dep_ == "xcomp" and is_infinitive(child) else None
        if child.dep_ == "prep" and child.lower_ == "as":
            report = next((g for g in child.children if g.dep_ == "pcomp"), None)
        said = None if report is None else is_cue(report)
        if said is not None and said.cls == "speech" and said.word is not None and said.word.takes("ccomp"):
            return True
    return False


__all__ = ["hearsay_over_speech", "raised_speaker"]
