"""Speaker resolution: one entity per person, organisation or anonymous source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._model import Entity, Quotation

if TYPE_CHECKING:
    from spacy.tokens import Doc


def resolve_speakers(doc: Doc, quotes: list[Quotation]) -> tuple[list[Quotation], list[Entity]]:
    """Group mentions into entities and point each speaker mention at one.

    PLACEHOLDER until issue 4: returns the quotations unchanged and no entities.
    """
    return list(quotes), []
