"""A fronted claim with its speaker after the cue, misparsed as the cue's object (session 10).

"Nobody had given up, insisted the captain." and "Services would not return to normal until Monday, warned the
rail operator, which blamed a signal fault": news puts the claim first and the speaker after the verb. A small
model often reads the speaker as the verb's direct object, so the verb has a content clause before it, an
"object" after it and no subject. The object frame would then report the speaker as what was warned, and the
fronted clause would have no cue. When a speech verb right after a comma has no subject, a clause of its own
before it that opens the sentence, and a noun object after it, the fronted clause is the content and the
object is the speaker. The parser may also make the verb a conjunct of the fronted clause ("We lost the game,
admitted the coach"); then the object must be someone who can speak (a name, a role, a group) and nothing
may be coordinated with "and" ("opened the fair, announced the winners and left" is two deeds).

Registered frame of stage ``"claims"``: ``claim.inverted_object`` (its confidence is that of a closing
attribution, ``claim.parataxis``).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import SUBJECT_DEPS
from ...rules import rule
from ..attribution._cues import mention_span
from ..classify_acts import is_speaker
from .content import PRONOUN_OBJECTS
from .frames import FRAME_CONFIDENCE, Found

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..attribution._cues import CueInfo

RULE_NAME = "claim.inverted_object"
"""The frame's rule name."""

SPEAKER_POS: frozenset[str] = frozenset({"NOUN", "PROPN"})
"""Parts of speech of a speaker the parser took for an object."""


def _speech_verb(cue: CueInfo) -> bool:
    """Whether a cue is a speech verb that may close a fronted claim."""
    word = cue.word
    if cue.phrase is not None or word is None or word.pos != "verb" or word.cls != "speech":
        return False
    return word.takes("parataxis") or word.takes("ccomp")


def _object_speaker(token: Token) -> Token | None:
    """The noun after a subjectless cue right after a comma ("..., insisted *the captain*"), if there is one."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "," or any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    speaker = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if speaker is None or speaker.pos_ not in SPEAKER_POS or speaker.lower_ in PRONOUN_OBJECTS:
        return None
    return speaker


def _inverted_object(cue: CueInfo) -> tuple[Token, Token] | None:
    """The fronted clause's head and the speaker the parser took for the cue's object, if the shape is there."""
    if not _speech_verb(cue):
        return None
    token = cue.token
    speaker = _object_speaker(token)
    if speaker is None:
        return None
    clause = next((c for c in token.children if c.dep_ in {"ccomp", "parataxis"} and c.i < token.i), None)
    if clause is None and _last_conjunct(token) and is_speaker(speaker):
        clause = token.head  # "We lost the game, admitted the coach": the parser made the cue a conjunct
    if clause is None or clause.left_edge.i != token.sent.start:
        return None
    return (clause, speaker) if any(c.dep_ in SUBJECT_DEPS for c in clause.children) else None


def _last_conjunct(token: Token) -> bool:
    """Whether a cue is an asyndetic last conjunct of the sentence's first clause, with nothing coordinated after it.

    "We lost the game, admitted the coach" (no "and" anywhere), not "opened the fair, announced the winners and
    left".
    """
    head = token.head
    if token.dep_ != "conj" or head.i >= token.i or any(c.dep_ in {"cc", "conj"} for c in token.children):
        return False
    return not any(c.dep_ == "cc" for c in head.children)


def inverted_speaker(cue: CueInfo) -> Span | None:
    """The speaker after the cue that the parser took for its object ("..., insisted *the captain*")."""
    found = _inverted_object(cue)
    return None if found is None else mention_span(found[1])


@rule(RULE_NAME, stage="claims", order=390, confidence=FRAME_CONFIDENCE["parataxis"])
def inverted_object(cue: CueInfo) -> Found | None:
    """A fronted claim whose speaker the parser took for the cue's object ("..., insisted the captain")."""
    found = _inverted_object(cue)
    if found is None:
        return None
    token = cue.token
    return Found(token.doc[token.sent.start : token.i - 1])


__all__ = ["RULE_NAME", "inverted_object", "inverted_speaker"]
