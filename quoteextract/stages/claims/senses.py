"""Sense checks: a cue word used in a sense that reports nothing gives no claim.

Registered rules of stage ``"claim_filters"`` (see :mod:`.filters`): each
returns ``True`` to drop a candidate claim whose cue is a reporting word in
another sense. The word lists are language data
(:mod:`quoteextract.lang.en.senses`).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.polarity import NEGATORS, REFUSAL_LEMMAS
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


SPEECH_ACTS: frozenset[str] = frozenset(
    {
        "comment", "say", "discuss", "elaborate", "speak", "talk", "respond", "answer", "reply", "explain",
        "specify", "detail", "confirm", "disclose", "reveal", "speculate", "interview", "address",
    }
)  # fmt: skip
"""Verbs of speaking whose refusal ("declined to comment", "would not say") reports nothing unless a topic follows."""

NAMING_ACTS: frozenset[str] = frozenset({"name", "identify", "quote"})
"""Verbs whose refusal is a request for anonymity ("declined to be named"): no content either."""

REPLY_LEMMAS: frozenset[str] = frozenset({"respond", "reply", "react"})
"""Verbs whose "to" object is what they answer ("did not respond to the charges"), unless it is a request."""

REQUEST_NOUNS: frozenset[str] = frozenset(
    {
        "request", "query", "question", "call", "message", "email", "e-mail", "inquiry", "enquiry", "attempt",
        "invitation", "comment", "interview", "phone", "voicemail",
    }
)  # fmt: skip
"""Nouns of an approach for comment ("did not respond to requests for comment", "declined an interview request")."""

GENERIC_OBJECTS: frozenset[str] = frozenset(
    {
        "matter", "issue", "subject", "case", "topic", "detail", "specific", "specifics", "it", "that", "this",
        "anything", "more", "further", "question", "questions", "record",
    }
)  # fmt: skip
"""Objects that name no topic ("to discuss the matter", "to give details", "on the record")."""

VENUE_NOUNS: frozenset[str] = frozenset(
    {"story", "article", "report", "column", "piece", "publication", "newspaper", "book", "broadcast", "program"}
)
"""What a refusal was for, not about ("declined to comment for this story")."""

TOPIC_PREPS: frozenset[str] = frozenset({"on", "about", "regarding", "concerning", "over", "into", "of", "whether"})
"""Prepositions that introduce what a refusal is about ("declined to comment on the merger")."""

SEEK_LEMMAS: frozenset[str] = frozenset({"seek", "request", "ask"})
"""Verbs that say what a request was for ("messages seeking comment"): what was asked, not said."""

QUESTION_LEMMA = "ask"
"""The question cue of "Asked about the fine, she declined to comment" (the one asked said nothing)."""

OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "attr", "oprd", "dative"})
"""Dependents that name what is spoken about when they are not generic ("to discuss the budget")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "csubj", "pcomp"})
"""Dependents that are a clause: a refusal with one names its topic ("to say when the library would reopen")."""

VERB_POS: frozenset[str] = frozenset({"VERB", "AUX"})
"""Parts of speech of a cue that can be refused ("declined", "did not respond"; not the noun "talk")."""


@rule("claim_filter.bare_refusal", stage="claim_filters", order=930, default=False)
def bare_refusal(candidate: Candidate) -> bool:
    """Drops a refusal to speak that names no topic ("declined to comment", "did not respond to requests")."""
    info = candidate.info
    if info is None or info.word is None:
        return False
    token = info.token
    if token.lemma_.lower() == QUESTION_LEMMA and token.dep_ == "advcl" and token.tag_ == "VBN":
        return refuses_to_speak(token.head)  # "Asked about the fine, she declined to comment."
    if token.dep_ == "acl" and token.head.lemma_.lower() in REQUEST_NOUNS:
        return _asks_for_comment(token)  # "requests to comment on ...", "calls seeking comment"
    return refuses_to_speak(token)


def _asks_for_comment(verb: Token) -> bool:
    """Whether a verb under a request noun says what was asked for ("requests to comment", "calls seeking comment")."""
    if verb.lemma_.lower() in SEEK_LEMMAS:
        return True
    return verb.lemma_.lower() in SPEECH_ACTS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def refuses_to_speak(verb: Token) -> bool:
    """Whether a verb is a refusal to speak that names no topic.

    Args:
        verb: A cue verb ("declined", "respond", "say").

    Returns:
        True for "declined to comment", "refused to elaborate", "declined to be
        interviewed for this article", "declined to be named", "declined
        comment", "declined requests for an interview", "did not respond to
        requests for comment", "would not comment further"; False when the
        refusal names what it is about ("declined to comment on the merger",
        "refused to say when the library would reopen", "did not respond to
        the charges"), for a refusal to act ("refused to sign the bill") and
        for any asserted or passive speech verb.

    """
    if verb.pos_ not in VERB_POS:
        return False
    lemma = verb.lemma_.lower()
    if lemma in REFUSAL_LEMMAS:
        act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if act is not None:
            refused = act.lemma_.lower()
            if refused in NAMING_ACTS:
                return any(c.dep_ == "auxpass" for c in act.children)  # "declined to be named"
            return refused in SPEECH_ACTS and not _names_topic(act)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.lemma_.lower() in REQUEST_NOUNS and not _names_topic(obj)
    if lemma not in SPEECH_ACTS:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_LEMMAS:
        return refuses_to_speak(verb.head)  # "declined to discuss the matter" seen from "discuss"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return not passive and _negated(verb) and not _names_topic(verb)


def _negated(verb: Token) -> bool:
    """Whether a verb, or the verb it is the infinitive of, is negated ("did not respond", "chose not to say")."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATORS) for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and any(c.dep_ == "neg" for c in verb.head.children)


def _names_topic(head: Token, depth: int = 0) -> bool:
    """Whether the words under a refused speech act (or a request noun) name what it is about."""
    if depth > 3:
        return True  # a long chain of modifiers is content enough
    for child in head.children:
        dep = child.dep_
        if dep in CLAUSE_DEPS or (dep == "xcomp" and child.lemma_.lower() not in SPEECH_ACTS):
            return True  # "to say whether ...", "to say when ...", "declined to give details of ..."
        if dep in OBJECT_DEPS and _topic_object(child, depth):
            return True
        if dep == "prep" and _topic_prep(child, head, depth):
            return True
        if dep in ("acl", "relcl") and child.lemma_.lower() not in SPEECH_ACTS and _names_topic(child, depth + 1):
            return True
    return False


def _topic_object(noun: Token, depth: int) -> bool:
    """Whether an object names a topic: not a generic word, or a request with a topic of its own."""
    lemma = noun.lemma_.lower()
    if lemma in REQUEST_NOUNS or lemma in GENERIC_OBJECTS:
        return _names_topic(noun, depth + 1)  # "requests for comment on the merger", "questions about the fire"
    return noun.pos_ not in ("PRON", "NUM", "DET") and noun.ent_type_ not in ("DATE", "TIME")


def _topic_prep(prep: Token, head: Token, depth: int) -> bool:
    """Whether a preposition introduces a topic ("on the merger") or a request that has one ("for comment on ...")."""
    word = prep.lower_
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if word in TOPIC_PREPS:
        return any(c.dep_ == "pcomp" or c.lemma_.lower() not in GENERIC_OBJECTS for c in objects)
    if word == "for":
        return any(c.lemma_.lower() not in VENUE_NOUNS and _topic_object(c, depth) for c in objects)
    if word == "to" and head.lemma_.lower() in REPLY_LEMMAS:
        return any(_topic_object(c, depth) for c in objects)  # "respond to the charges", not "to requests for comment"
    return False


__all__ = [
    "anonymity_request",
    "asks_for_anonymity",
    "bare_refusal",
    "not_a_source",
    "refuses_to_speak",
]
