"""Quoted words that open a sentence the writer goes on with, up to an attribution after them.

News often quotes the first words of a reported sentence and finishes it in
its own words before the attribution: "“Boots on the ground” would be the
right call, the general said", "“We are shocked” by the attack, the
principal said". The quotation rules find the attribution after the closing
mark and report the quoted words alone as a direct quotation; but the
attribution reports the whole sentence before it, so the quotation is the
sentence up to the attribution, quoted words and the writer's (``mixed``;
rule ``mixed.opening``, stage ``"merge"``). One pass over the results in
text order.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..._model import Quotation, Span
from ...rules import rule
from ._context import Scene

AFTER_MARK_RULES: frozenset[str] = frozenset(
    {"quote.trailing", "quote.inverted", "quote.trailing_verb", "quote.according_to"}
)
"""Rules whose quotation is attributed by words after its closing mark."""

GAP_BREAKS: frozenset[str] = frozenset('.!?;:()[]—–\n"“”‘«»')
"""Characters that may not lie between the closing mark and the attribution (a new sentence, clause or quotation)."""

CONFIDENCE = 0.8
"""How sure the rule is."""


@rule("mixed.opening", stage="merge", order=30, confidence=CONFIDENCE)
def opening(scene: Scene, quote: Quotation, stop: int) -> Quotation | None:
    """Quoted words open the sentence, the writer's words go on to the attribution ("“Boots on the ground” would ...").

    "“Boots on the ground” would be the right call, the general said": the
    quotation was attributed by a cue after its closing mark; when words
    of the writer's lie between the closing mark and the attribution (no
    sentence end, clause break or other quote mark, ending with the comma
    before the attribution), they finish the reported sentence, and the
    quotation runs from its opening mark to them.

    Args:
        scene: The article.
        quote: A direct quotation.
        stop: Where the next result starts (the extended quotation may not reach it).

    Returns:
        The ``mixed`` quotation, or ``None`` when the shape does not apply.

    """
    if quote.kind != "direct" or quote.rule not in AFTER_MARK_RULES or len(quote.fragments) != 1 or not quote.marks:
        return None
    attribution = _attribution_start(quote)
    first, last = min(m.start for m in quote.marks), max(m.end for m in quote.marks)
    if attribution is None or attribution <= last or not _opens_sentence(scene, first):
        return None
    text = scene.text
    gap = text[last:attribution]
    words = gap.rstrip()
    if not words.endswith(",") or not any(ch.isalnum() for ch in words) or any(ch in GAP_BREAKS for ch in words):
        return None
    end = last + len(words) - 1  # before the comma that leads into the attribution
    while end > last and text[end - 1].isspace():
        end -= 1
    if end > stop:
        return None
    return attrs.evolve(
        quote,
        content=Span.of(text, first, end),
        kind="mixed",
        confidence=min(quote.confidence, CONFIDENCE),
        rule="mixed.opening",
    )


def _attribution_start(quote: Quotation) -> int | None:
    """Where the attribution after a quotation starts: its cue or its speaker mention, whichever comes first."""
    starts = [s.start for s in (quote.cue, quote.speaker) if s is not None]
    return min(starts) if starts else None


def _opens_sentence(scene: Scene, offset: int) -> bool:
    """Whether ``offset`` (an opening mark) starts its sentence."""
    para = scene.layout.paragraph_at(offset)
    return scene.layout.sentence_start(para.start, offset) >= offset


def extend_openings(scene: Scene, quotes: Sequence[Quotation]) -> list[Quotation]:
    """Apply :func:`opening` to each result (when the rule is on).

    Args:
        scene: The article.
        quotes: The results, in text order, no two overlapping.

    Returns:
        The results, in the same order, the quotations that open a sentence
        the writer goes on with made ``mixed``.

    """
    if not scene.is_on("mixed.opening", "merge"):
        return list(quotes)
    found: list[Quotation] = []
    for k, quote in enumerate(quotes):
        stop = quotes[k + 1].start if k + 1 < len(quotes) else len(scene.text)
        found.append(opening(scene, quote, stop) or quote)
    return found
