"""Source chains: every source a claim passes through, immediate speaker first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._model import Entity, Quotation

if TYPE_CHECKING:
    from spacy.tokens import Doc


def link_sources(doc: Doc, quotes: list[Quotation], entities: list[Entity]) -> list[Quotation]:
    """Attach the chain of sources to each quotation.

    PLACEHOLDER until issue 5: returns the quotations unchanged.
    """
    return list(quotes)
