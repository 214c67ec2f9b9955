"""Quotations that continue the one before: one quotation, the pieces its fragments.

News continues a speaker's words in two ways the quotation rules see as
separate quoted sentences with no attribution of their own:

- the next paragraph is all quotation ("“...,” Vos said.¶“And we will.”"),
  attributed by ``quote.continuation``;
- after "X said." the next quoted sentence of the same paragraph goes on
  ("Vos called it “a disgrace,” she said. “We will fight it.”"), attributed by
  ``quote.previous_sentence`` (or, after a sentence of the writer's,
  ``quote.paragraph``) through the cue of the quotation before it.

Both are one quotation, as a reader and annotators (PolNeAR records one span
from the first piece to the last) take them: the later piece joins the
quotation whose attribution it borrows (rule ``quote.join``, stage
``"merge"``). A piece joins only the quotation right before it, and only
when both hang off the same cue; a claim without quote marks ("Lynch
announced the lawsuit. “We are seeking ...”") is continued only by the quoted
sentence right after it, which makes it ``mixed``. Claims in the first quotation's attribution
("..., Ramos said, referring to the census.¶“So ...”") are stepped over and
kept. One pass over the results in text order.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ..._model import Quotation, Span
from ...rules import rule
from ..layout import is_silent
from ._context import Scene
from ._mixed_opening import extend_openings

BORROWING_RULES: frozenset[str] = frozenset({"quote.continuation", "quote.previous_sentence", "quote.paragraph"})
"""Rules whose quotation borrows the attribution of the quotation before it."""

MAX_TAIL_CLAIMS = 2
"""Most claims in the first quotation's attribution ("..., Ramos said, citing ...") a continuing piece steps over."""

MAX_PARAGRAPH_STEP = 1
"""How many paragraph breaks may separate a continuing piece from the quotation it continues."""


@rule("quote.join", stage="merge", order=20)
def join(scene: Scene, first: Quotation, later: Quotation) -> Quotation:
    """A quoted sentence attributed only through the quotation before it continues that quotation.

    The joined quotation runs from the first quotation's start to the later
    piece's end; its fragments and marks are both pieces', its cue and
    speaker the first's. Two direct pieces stay ``direct``; a piece after a
    reported clause with quoted words makes it ``mixed``.
    """
    kind = "direct" if first.kind == "direct" and later.kind == "direct" else "mixed"
    return attrs.evolve(
        first,
        content=Span.of(scene.text, first.start, later.end),
        kind=kind,
        fragments=(*first.fragments, *later.fragments),
        marks=(*first.marks, *later.marks),
        rule="quote.join",
    )


def join_continued(scene: Scene, quotes: Sequence[Quotation]) -> list[Quotation]:
    """Join each borrowing quotation to the quotation before it, when it continues it.

    First, a quotation that opens a sentence the writer finishes before the
    attribution takes the writer's words (``mixed.opening``, see
    :mod:`._mixed_opening`).

    Args:
        scene: The article.
        quotes: The results, in text order, no two overlapping.

    Returns:
        The results, in text order, with continuing pieces joined.

    """
    quotes = extend_openings(scene, quotes)
    if not scene.is_on("quote.join", "merge"):
        return quotes
    found: list[Quotation] = []
    for quote in quotes:
        k = _continued(scene, found, quote)
        if k is None:
            found.append(quote)
        else:
            found[k] = join(scene, found[k], quote)
    return sorted(found, key=lambda q: (q.start, q.end))


def _continued(scene: Scene, found: list[Quotation], later: Quotation) -> int | None:
    """Index in ``found`` of the quotation ``later`` continues, if any.

    That quotation is the last result, or lies before at most
    :data:`MAX_TAIL_CLAIMS` results that all follow its cue in its
    attribution's paragraph ("..., Aguilar said, who also said that ...").
    """
    if later.rule not in BORROWING_RULES or later.kind != "direct":
        return None
    anchor = _anchor(later)
    if anchor is None:
        return None
    layout = scene.layout
    for k in range(len(found) - 1, max(-1, len(found) - 2 - MAX_TAIL_CLAIMS), -1):
        first = found[k]
        if _anchor(first) == anchor:
            return k if _joinable(scene, first, later) else None
        same_paragraph = layout.paragraph_at(first.start).index == layout.paragraph_at(anchor[0]).index
        if first.start < anchor[1] or not same_paragraph:
            return None
    return None


def _joinable(scene: Scene, first: Quotation, later: Quotation) -> bool:
    """Whether ``later`` may join ``first``: it follows it, within one paragraph break.

    A quotation signed off on the line under it (a dash sign-off) is its own; a piece in a line that
    reports nothing (a pull quote repeating the story's words, a quoted sub-head) continues nothing, so the
    layout stage drops it alone.

    A claim without marks is continued only by the quoted sentence right
    after it in its paragraph ("Lynch announced the lawsuit. “We are seeking
    ...”"), not across a sentence of the writer's.
    """
    if first.end > later.start or (not first.marks and later.rule != "quote.previous_sentence"):
        return False
    layout = scene.layout
    if is_silent(layout, later.start):
        return False  # a pull quote or a quoted sub-head repeats or labels the story: it goes on nothing
    line = layout.paragraph_at(later.start).index
    if line + 1 < len(layout.paragraphs) and layout.paragraphs[line + 1].role == "signoff":
        return False  # "— Marta Nowak, 47": the line under it names its own speaker
    step = line - layout.paragraph_at(max(first.start, first.end - 1)).index
    return step <= (MAX_PARAGRAPH_STEP if first.marks else 0)


def _anchor(quote: Quotation) -> tuple[int, int] | None:
    """Where a quotation's attribution hangs: its cue's span, else its speaker mention's."""
    if quote.cue is not None:
        return (quote.cue.start, quote.cue.end)
    if quote.speaker is not None:
        return (quote.speaker.start, quote.speaker.end)
    return None
