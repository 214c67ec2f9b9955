"""Quoted fragments inside a sentence: the reporting clause around them.

He called the deal “a disaster for workers”: the fragment hangs (through the
parse) off a cue verb, and the quotation is that verb's complement, the
words it reports ("the deal “a disaster for workers”"). The kind is
``mixed`` when the complement holds words outside the marks and ``direct``
when the complement is exactly the quoted words. Rule names:

``mixed.complement``
    the fragment lies in a cue verb's complement;
``mixed.according_to``
    the sentence carries "according to X" and no cue verb governs the fragment;
``mixed.parenthetical``
    a cue inserted in the reported sentence ("The rules, the lawyers said,
    “all point one way”"): the whole sentence.

The rules for fragments no lexicon cue governs (``mixed.verb``,
``mixed.detached``) are in :mod:`._mixed_verbs`; the frame and the walk up to
a fragment's cue are in :mod:`._mixed_frame`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..._model import Quotation, Span
from ...rules import rule
from ._complement import clip, complement, cut_after, trim, widen
from ._context import Scene, Setting
from ._heard import heard_not_said
from ._mention import quote_cue, speaker_of
from ._mixed_frame import CONFIDENCE, Frame, attachments, beyond, fragment_bounds, governing_cue
from ._quotes import LONG_PARAGRAPH, cue_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._cues import CueInfo

PARATAXIS: frozenset[str] = frozenset({"parataxis"})
"""The label the parser gives a cue inserted in the sentence it reports."""

MAX_PARENTHETICAL_HOPS = 3
"""How far up from the quoted words a clause may carry an inserted cue."""


def frame_of(scene: Scene, setting: Setting) -> Frame | None:
    """The reporting clause of an embedded fragment: the first frame the active ``"mixed"`` rules find.

    Args:
        scene: The article.
        setting: The fragment in its sentence.

    Returns:
        The frame, or ``None`` when no rule finds one.

    """
    for found in scene.active("mixed"):
        frame: Frame | None = found.func(scene, setting)
        if frame is not None:
            return None if heard_not_said(scene.text, frame.cue.token, setting.quote.open.start) else frame
    return None


@rule("mixed.complement", stage="mixed", order=10, confidence=CONFIDENCE["mixed.complement"])
def complement_frame(scene: Scene, setting: Setting) -> Frame | None:
    """The fragment lies in a cue verb's complement ("He called the deal “a disaster for workers”")."""
    found = governing_cue(scene.doc, setting.quote.content.start, setting.quote.content.end, fragment_bounds(setting))
    if found is None:
        return None
    cue, child = found
    text = scene.text
    content = clip(scene, complement(text, cue, child), setting)
    content = cut_after(scene, content, setting.outer_end)
    content = widen(text, content, setting)
    avoid = (min(content.start, setting.quote.open.start), max(content.end, setting.outer_end))
    return Frame(cue=cue, content=content, speaker=speaker_of(cue, avoid=avoid), rule="mixed.complement")


@rule("mixed.according_to", stage="mixed", order=20, confidence=CONFIDENCE["mixed.according_to"])
def according_to(scene: Scene, setting: Setting) -> Frame | None:
    """The sentence carries "according to X" and no cue verb governs the fragment."""
    quote = setting.quote
    for start, info in _source_phrases_in(scene, setting):
        if quote.open.start <= start < setting.outer_end:
            continue
        region = (setting.pre.start, start) if start >= setting.outer_end else (setting.pre.start, setting.post.end)
        content = widen(scene.text, trim(scene.text, *region), setting)
        return Frame(cue=info, content=content, speaker=speaker_of(info), rule="mixed.according_to")
    return None


def _source_phrases_in(scene: Scene, setting: Setting) -> Iterator[tuple[int, CueInfo]]:
    """``(offset, cue)`` of the "according to"-like phrases starting on tokens of the fragment's sentence."""
    lo, hi = setting.pre.start, setting.post.end
    if setting.last_para.end - setting.para.start <= LONG_PARAGRAPH:
        for token in scene.tokens_in(lo, hi):  # a short paragraph: scanned
            info = quote_cue(token)
            if info is not None and _source_object(info):
                yield token.idx, info
        return
    for para in scene.layout.paragraphs[setting.para.index : setting.last_para.index + 1]:
        phrases = _source_phrases(scene, para.index)
        k = bisect.bisect_left(phrases, lo, key=lambda p: p[0])
        for start, end, info in phrases[k:]:
            if end > hi:
                return
            yield start, info


def _source_object(info: CueInfo) -> bool:
    """Whether a cue is a phrase whose object is the source ("according to X")."""
    return info.kind == "phrase" and info.phrase is not None and info.phrase.kind == "source_object"


def _source_phrases(scene: Scene, index: int) -> list[tuple[int, int, CueInfo]]:
    """``(start, end, cue)`` of the "according to"-like phrases of one paragraph (cached on the scene)."""
    key = ("mixed.according_to", index)
    cached = scene.memo.get(key)
    if isinstance(cached, list):
        return cached
    para = scene.layout.paragraphs[index]
    found: list[tuple[int, int, CueInfo]] = []
    for token in scene.tokens_in(para.start, para.end):
        info = quote_cue(token)
        if info is not None and _source_object(info):
            found.append((token.idx, token.idx + len(token.text), info))
    scene.memo[key] = found
    return found


@rule("mixed.parenthetical", stage="mixed", order=30, confidence=CONFIDENCE["mixed.parenthetical"])
def parenthetical(scene: Scene, setting: Setting) -> Frame | None:
    """A cue inserted in the sentence it reports ("The rules, the lawyers said, “all point one way”").

    The parser hangs such a cue off the reported clause (``parataxis``), so
    it is a child, not an ancestor, of the quoted words; the whole sentence is
    the content.
    """
    quote = setting.quote
    start, end = quote.content.start, quote.content.end
    seen: set[int] = set()
    for token in attachments(scene.tokens_in(start, end), start, end):
        node = token
        for _ in range(MAX_PARENTHETICAL_HOPS):
            if node.i in seen:
                break
            seen.add(node.i)
            cue = _inserted_cue(scene.children(node, PARATAXIS), start, end, fragment_bounds(setting))
            if cue is not None:
                stop = scene.layout.sentence_end(setting.outer_end, setting.last_para.end)
                content = widen(scene.text, trim(scene.text, setting.pre.start, stop), setting)
                speaker = speaker_of(cue, avoid=(quote.open.start, setting.outer_end))
                return Frame(cue=cue, content=content, speaker=speaker, rule="mixed.parenthetical")
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _inserted_cue(children: list[Token], start: int, end: int, bounds: tuple[int, int]) -> CueInfo | None:
    """A cue verb among a node's ``parataxis`` children outside the fragment, if any."""
    for child in children:
        if start <= child.idx < end or beyond(child, bounds):
            continue
        cue = quote_cue(child)
        if cue is not None and cue.kind == "verb":
            return cue
    return None


def quotation(text: str, frame: Frame, settings: list[Setting]) -> Quotation:
    """Build the quotation for a frame and the fragments inside it.

    Args:
        text: The article.
        frame: The reporting clause.
        settings: The fragments inside it, in order.

    Returns:
        A ``mixed`` quotation, or ``direct`` when the content is exactly the
        one quoted fragment.

    """
    marks = [mark for s in settings for mark in s.marks]
    fragments = tuple(s.quote.content for s in settings)
    content = frame.content
    kind = "mixed"
    if len(settings) == 1 and _same_words(text, content, settings[0]):
        kind = "direct"
        content = settings[0].quote.content
    confidence = CONFIDENCE.get(frame.rule, 0.6)
    if frame.speaker is None:
        confidence = min(confidence, 0.45)
    return Quotation(
        content=content,
        kind=kind,
        fragments=fragments,
        marks=tuple(marks),
        cue=cue_of(text, frame.cue),
        speaker=frame.speaker,
        confidence=confidence,
        rule=frame.rule,
    )


def _same_words(text: str, content: Span, setting: Setting) -> bool:
    """Whether ``content`` is the fragment with at most its marks and edge punctuation."""
    outside = text[content.start : setting.quote.open.start] + text[setting.outer_end : content.end]
    return not any(ch.isalnum() for ch in outside)


__all__ = ["CONFIDENCE", "Frame", "according_to", "frame_of", "governing_cue", "parenthetical", "quotation"]
