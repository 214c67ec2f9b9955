"""Attribution: quotations, their cues and speakers, and unmarked claims."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Quotation, QuoteScan, Rejection, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def attribute(doc: Doc, scan: QuoteScan) -> tuple[list[Quotation], list[Rejection]]:
    """Decide quotations, cues and speaker mentions for one parsed article.

    PLACEHOLDER: every outermost pairing becomes a direct quotation with no
    cue or speaker. Replaced by the attribution work (issue 3).
    """
    quotes = [
        Quotation(content=q.content, kind="direct", fragments=(q.content,), marks=(q.open,), rule="placeholder")
        for q in scan.quotes
        if q.depth == 0
    ]
    return quotes, []


__all__ = ["Span", "attribute"]
