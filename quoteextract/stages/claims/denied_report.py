"""A denial of a report, a claim or a charge: the denied noun phrase is the content (session 10).

"The airline denied reports that it would cut 800 jobs", "The former mayor denied charges that he had taken
bribes", "Downing Street dismissed claims that the chancellor had offered to resign": the object is a noun cue
with its own "that" clause. For most verbs that noun reports the clause ("voiced concern that ...": the
concern is the speaker's, the noun frame reports it, :func:`~quoteextract.stages.claims.frames.dobj` gives no
claim). A denial is different: the reports, claims or charges are someone else's, and what the subject says
is that they are false; the noun frame alone credits the rumour to the one who denies it. The denied noun
phrase, its clause included, is the content of the denial; the noun's own claim lies inside it and gives
way to it (:mod:`.outermost`).

Registered frame of stage ``"claims"``: ``claim.denied_report``, reported as ``claim.dobj``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.polarity import DENIAL_LEMMAS
from ...rules import rule
from .complements import OBJECT_FOLLOWERS, verb_phrase_rest
from .content import noun_with_clause
from .frames import FRAME_CONFIDENCE, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

DENYING_LEMMAS: frozenset[str] = DENIAL_LEMMAS | frozenset({"dismiss"})
"""Verbs that say a report is false ("denied", "rejected", "refuted", "dismissed reports that ...")."""


@rule("claim.denied_report", stage="claims", order=790, confidence=FRAME_CONFIDENCE["dobj"])
def denied_report(cue: CueInfo) -> Found | None:
    """A denied report with its clause ("denied reports that ...", "dismissed claims that ..."); as claim.dobj."""
    word = cue.word
    if cue.phrase is not None or word is None or word.pos != "verb" or not word.takes("dobj"):
        return None
    token = cue.token
    if token.lemma_.lower() not in DENYING_LEMMAS:
        return None
    for child in token.children:
        if child.dep_ == "dobj" and child.i > token.i and noun_with_clause(child) and not _owned(child):
            return Found(verb_phrase_rest(token, child, OBJECT_FOLLOWERS))
    return None


def _owned(noun: Token) -> bool:
    """Whether the denied noun has an owner before it ("the company's claim", "his rival's allegation").

    Then the noun's own frame credits the clause to its owner, as it should: "The union rejected the company's
    claim that the site was losing money" reports the company's claim, not a denial by the union. An owner after
    it ("claims by the opposition") is left to this rule: the noun frame would credit those claims to the subject.
    """
    return any(c.dep_ == "poss" for c in noun.children)


__all__ = ["DENYING_LEMMAS", "denied_report"]
