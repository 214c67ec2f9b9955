"""The pipeline's stages, one package each, in the order they run.

``finder`` (quote-mark pairings) → ``attribution`` (quotations, claims, their
cues and speaker mentions, merged) → ``speakers`` (one entity per speaker) →
``sources`` (the chain of sources of each claim). ``regex`` is the parse-free
mode. Everything below this package is internal: the public API is
``quoteextract.__all__``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._model import Entity, Extraction, Quotation
from .attribution import attribute
from .classify import classify
from .confidence import score
from .layout import apply_layout
from .scope import DEFAULT_SCOPE, apply_scope
from .sources import link_sources
from .speakers import resolve_speakers

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..article import Article


def run(article: Article, id: str | None = None, scope: str = DEFAULT_SCOPE) -> Extraction:
    """Run every stage on one article, in order, each on the previous stage's result.

    Args:
        article: The article context (parsed: ``article.doc`` is set).
        id: The caller's identifier for the article.
        scope: Which claims to keep (``"attribution"`` or ``"speech"``; see :mod:`.scope`).

    Returns:
        The extraction; offsets index ``article.text``.

    """
    assert article.doc is not None, "the parse-based stages need a Doc; the regex-only mode has its own rules"
    quotes, rejected = attribute(article)
    quotes, rejected = apply_layout(article, quotes, rejected)  # the line roles: see stages.layout
    quotes = classify(article, quotes)
    speakers = resolve_speakers(article, quotes)
    quotes = link_sources(article, speakers.quotes, speakers.entities)
    quotes = score(article, quotes)
    quotes = apply_scope(quotes, scope, article.doc)
    quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    entities = _index_quotes(speakers.entities, quotes)
    return Extraction(
        id=id,
        quotes=tuple(quotes),
        entities=tuple(entities),
        rejected=tuple(sorted(rejected, key=lambda r: r.span.start)),
        warnings=article.scan.warnings,
    )


def _index_quotes(entities: Iterable[Entity], quotes: list[Quotation]) -> list[Entity]:
    """Fill each entity's ``quotes`` with the indices of the quotations it speaks."""
    spoken: dict[int, list[int]] = {}
    for index, quote in enumerate(quotes):
        if quote.speaker is not None and quote.speaker.entity is not None:
            spoken.setdefault(quote.speaker.entity, []).append(index)
    return [attrs.evolve(e, quotes=tuple(spoken.get(e.id, ()))) for e in entities]
