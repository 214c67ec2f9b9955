"""A reporting verb the parser made the subject or a modifier of its own content (session 8).

"The head teacher insisted pupils would not lose any lessons": with no "that", a small model may read
"insisted pupils" as a clausal subject of "lose" (``csubj``, "pupils" its object), or "insisted players" as
an adjective of the content's subject ("The coach insisted players would be rested": ``amod``). The verb
still has its own subject before it (the speaker), so it is a cue, and its content is the clause that
follows it: from the noun after the cue to the end of the verb the parser made the head.

Registered frame of stage ``"claims"``: ``claim.cue_misparse``, reported as ``claim.ccomp``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS, is_verb
from ...rules import rule
from .frames import FRAME_CONFIDENCE, Found
from .trim import cut_trailing

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo


PAST_OR_PRESENT: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "VBN"})
"""Tags of a misread cue: a finite verb, or the past form the tagger takes for a participle ("insisted")."""


def _speaker_before(token: Token) -> bool:
    """Whether the cue's words open with an active subject of its own ("*The coach* insisted").

    A clausal subject opened by a question or relative word ("*How* he answers that question will ...",
    "*what* I told the FBI is ...") is a real one.
    """
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    return subject is not None and subject.left_edge.i == token.left_edge.i


def _content_head(token: Token) -> Token | None:
    """The verb of the content the parser hung the cue on, if the cue is misread.

    ``csubj``: the cue is the clausal subject of a later verb, with the next noun as its object.
    ``amod``: the cue modifies the next noun, which is the subject of a later verb.
    """
    if token.dep_ == "csubj":
        verb = token.head
        if verb.i <= token.i + 1 or not is_verb(verb):
            return None
        noun = next((c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1), None)
        others = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
        return verb if noun is not None and noun.i < verb.i and not others else None
    noun = token.head  # "amod": the cue modifies the noun after it
    verb = noun.head
    if noun.i <= token.i or noun.dep_ not in NOMINAL_SUBJECT_DEPS:
        return None
    if any(t.head.i != noun.i for t in token.doc[token.i + 1 : noun.i]):
        return None  # only the noun's own determiners and modifiers between the cue and the noun
    return verb if is_verb(verb) and verb.i > noun.i else None


@rule("claim.cue_misparse", stage="claims", order=520, confidence=FRAME_CONFIDENCE["ccomp"])
def cue_misparse(cue: CueInfo) -> Found | None:
    """A cue parsed as the subject or a modifier of its own content ("insisted pupils would ..."); as claim.ccomp."""
    word = cue.word
    if cue.phrase is not None or word is None or word.pos != "verb" or not word.takes("ccomp"):
        return None
    token = cue.token
    if token.dep_ not in {"csubj", "amod"} or token.tag_ not in PAST_OR_PRESENT or not _speaker_before(token):
        return None  # a gerund or participle ("taxpayers reporting gains would pay") is no misread cue
    verb = _content_head(token)
    if verb is None:
        return None
    tokens = list(token.doc[token.i + 1 : verb.right_edge.i + 1])
    return Found(cut_trailing(tokens, verb))


__all__ = ["cue_misparse"]
