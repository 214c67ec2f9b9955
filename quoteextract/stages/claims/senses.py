"""Sense checks: a cue word used in a sense that reports nothing gives no claim.

Registered rules of stage ``"claim_filters"`` (see :mod:`.filters`): each
returns ``True`` to drop a candidate claim whose cue is a reporting word in
another sense. The word lists are language data
(:mod:`quoteextract.lang.en.senses`).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.polarity import NEGATORS
from ...lang.en.senses import (
    ANONYMITY_CUES,
    ANONYMITY_LEMMAS,
    NAME_NOUNS,
    NAMING_VERBS,
    WITHHOLD_LEMMAS,
    is_not_source,
)
from ...rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate


@rule("claim_filter.not_a_source", stage="claim_filters", order=900)
def not_a_source(candidate: Candidate) -> bool:
    """Drops "according to" whose object is a plan or a rule, not a source ("according to plan")."""
    info = candidate.info
    if info is None or info.phrase is None or info.phrase.kind != "source_object":
        return False
    last = info.span[-1]
    obj = next((c for c in last.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ != "PROPN" and is_not_source(obj.lemma_)


@rule("claim_filter.anonymity_request", stage="claim_filters", order=910)
def anonymity_request(candidate: Candidate) -> bool:
    """Drops a request not to be named ("a source who asked not to be named"): a condition, not content."""
    info = candidate.info
    if info is None or info.word is None or info.token.lemma_.lower() not in ANONYMITY_CUES:
        return False
    return asks_for_anonymity(candidate.tokens)


def asks_for_anonymity(tokens: tuple[Token, ...]) -> bool:
    """Whether a content is a request for anonymity.

    Args:
        tokens: The content's tokens.

    Returns:
        True for "not to be named", "that her name not be used", "that his
        name be withheld", "anonymity", "to remain anonymous".

    """
    lemmas = {t.lemma_.lower() for t in tokens}
    if lemmas & ANONYMITY_LEMMAS:
        return True
    negated = any(t.lower_ in NEGATORS for t in tokens)
    named = any(t.lemma_.lower() in NAMING_VERBS and t.tag_ == "VBN" for t in tokens)
    about_name = bool(lemmas & NAME_NOUNS)
    if named and negated:
        return True  # "not to be named", "not be identified"
    return about_name and (negated or bool(lemmas & WITHHOLD_LEMMAS))  # "that her name not be used"


__all__ = ["anonymity_request", "asks_for_anonymity", "not_a_source"]
