"""Speech whose object announces the content after a colon (session 14).

"Mira Castell said one thing to the workers: the plant stays open", "The chief executive told analysts
two things: sales had peaked ...", "Police gave drivers a clear warning: stay off the coast road",
"The coach had a simple message for his players: keep the ball": the object of the speech verb ("one
thing", "two things", "only this") or the speech noun itself ("a clear warning", "a simple message")
stands in for what was said, and the words after the colon are the content. The parser hangs them
anywhere (a clause of the verb, a relative clause of the object, the root of the sentence), so the frame
reads the words, not the tree: from the cue to the colon there must be only the verb's object, the one
told and their modifiers (no verb, no "that", no quote mark, no comma), and the cue must have a source
(the verb's subject, or the subject of the verb whose object the noun is). Words after the colon that
carry their own attribution ("... set off a round of fireworks: Republicans said ...") are not its
content. A colon right after the cue ("She wrote: ...", "said Tuesday:") is
:func:`~.content.after_colon`'s (``claim.colon``). A reporting idiom ("put it bluntly:",
``claim_cue_idioms.tsv``) needs no object: the idiom itself announces the words.

Registered frame of stage ``"claims"``: ``claim.colon_object`` (order 150, before the nominal frames, so
that "a clear warning: ..." reports the words after the colon rather than nothing).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import VERB_POS
from ...rules import rule
from ._tokens import new_speech, subject_of, words_of
from .content import after_colon
from .frames import FRAME_CONFIDENCE, SPEECH_LIKE, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

RULE_NAME = "claim.colon_object"
"""The rule name of the frame."""

MAX_BRIDGE = 10
"""Most tokens between the cue and its colon."""

PLACEHOLDER_POS: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
"""Parts of speech of the object that stands in for the content ("one thing", "this")."""

OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "pobj", "attr", "nsubj"})
"""How a speech noun hangs on the light verb whose subject is its source ("gave a warning", "had a message")."""

BRIDGE_STOPS: frozenset[str] = frozenset({"that", ",", ";", "—", "–", '"', "“", "”", "'", "‘", "’", "(", ")"})
"""Words that end the object before any colon: a content clause, a pause, a quotation, an aside."""


def _colon_after(start: int, cue: Token) -> int | None:
    """The index of the colon that closes the object after ``start``, or ``None`` if anything else intervenes."""
    doc = cue.doc
    end = min(start + MAX_BRIDGE, cue.sent.end, len(doc))
    for k in range(start, end):
        token = doc[k]
        if token.text == ":":
            return k
        if token.pos_ in VERB_POS or token.lower_ in BRIDGE_STOPS or "\n" in token.text:
            return None
    return None


def _has_source(cue: CueInfo) -> bool:
    """Whether the cue names who speaks: a verb's subject, or the subject of the verb a speech noun is object of."""
    token = cue.token
    if cue.kind != "noun":
        return subject_of(token) is not None
    return token.dep_ in OBJECT_DEPS and subject_of(token.head) is not None


def _content(colon: int, cue: Token) -> list[Token] | None:
    """The words after the colon up to the end of the paragraph (the claim finder keeps one sentence)."""
    doc = cue.doc
    end = colon + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    tokens = list(doc[colon + 1 : end])
    if not words_of(tokens) or any(new_speech(t) for t in tokens):
        return None  # "... set off fireworks: Republicans said ...": the words carry their own attribution
    return tokens


@rule(RULE_NAME, stage="claims", order=150, confidence=FRAME_CONFIDENCE["colon"])
def colon_object(cue: CueInfo) -> Found | None:
    """A speech cue whose object stands in for the content reports the words after the colon."""
    word = cue.word
    if cue.phrase is not None or word is None or word.cls not in SPEECH_LIKE or word.pos == "adjective":
        return None
    if not _has_source(cue) or (cue.kind == "verb" and after_colon(cue.token) is not None):
        return None
    start = cue.span.end
    colon = _colon_after(start, cue.token)
    if colon is None:
        return None
    bridge = cue.token.doc[start:colon]
    if cue.kind == "verb" and len(cue.span) == 1 and not any(t.pos_ in PLACEHOLDER_POS for t in bridge):
        return None
    content = _content(colon, cue.token)
    return None if content is None else Found(content)
