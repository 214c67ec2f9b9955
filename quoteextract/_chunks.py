"""Long texts in chunks: where to cut, and how to put the extractions together again.

spaCy's parser needs about 3 GB of memory per million characters, and our
stages look across a whole document. A text longer than the extractor's
``chunk_size`` is therefore cut into paragraph-aligned chunks (at a blank
line if there is one near the chunk size, else at a line break, else at a
space), each chunk is parsed and analysed alone, and the extractions are
merged: offsets are moved back into the whole text, entity ids renumbered so
they stay unique. Entities of different chunks are never merged (the same
person quoted in two chunks is two entities), and a quotation that runs
across a cut is split in two.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from ._model import (
    Descriptor,
    Entity,
    Extraction,
    Mention,
    Problem,
    Quotation,
    Rejection,
    SourceLink,
    Span,
)

DEFAULT_CHUNK_SIZE = 200_000
"""Characters per chunk (the parse of one takes about 700 MB)."""

_SEPARATORS = ("\n\n", "\n", " ")
"""Where a chunk may end, best first: after a blank line, a line break, a space."""


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """Cut ``text`` into consecutive chunks of at most ``size`` characters.

    Each cut is made after the last separator (blank line, else line break,
    else space) in the second half of the window; a window with none of them
    is cut at ``size`` characters exactly.

    Args:
        text: The text.
        size: The most characters a chunk may have.

    Returns:
        ``(start, end)`` of each chunk; together they cover the text.

    """
    bounds = []
    start, length = 0, len(text)
    while length - start > size:
        limit = start + size
        cut = limit
        for separator in _SEPARATORS:
            found = text.rfind(separator, start + size // 2, limit)
            if found >= 0:
                cut = found + len(separator)
                break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, length))
    return bounds


def merge(parts: Iterable[tuple[int, Extraction]], id: str | None) -> Extraction:
    """Merge the extractions of consecutive chunks into one for the whole text.

    Args:
        parts: ``(offset of the chunk in the text, its extraction)``, in text order.
        id: The id of the merged extraction.

    Returns:
        One extraction whose offsets index the whole text; entity ids and
        the quotation indices of each entity are renumbered.

    """
    quotes: list[Quotation] = []
    entities: list[Entity] = []
    rejected: list[Rejection] = []
    warnings: list[Problem] = []
    next_id = 0
    for offset, part in parts:
        mover = _Mover(offset, next_id, len(quotes))
        next_id = max([next_id, *(e.id + next_id + 1 for e in part.entities)])
        quotes.extend(mover.quotation(q) for q in part.quotes)
        entities.extend(mover.entity(e) for e in part.entities)
        rejected.extend(attrs.evolve(r, span=mover.span(r.span)) for r in part.rejected)
        warnings.extend(attrs.evolve(w, offset=w.offset + offset) for w in part.warnings)
    return Extraction(
        id=id, quotes=tuple(quotes), entities=tuple(entities), rejected=tuple(rejected), warnings=tuple(warnings)
    )


@attrs.frozen
class _Mover:
    """Moves one chunk's results into the whole text's numbering.

    Args:
        offset: Added to every character offset.
        entities: Added to every entity id.
        quotes: Added to every quotation index.

    """

    offset: int
    entities: int
    quotes: int

    def span(self, span: Span) -> Span:
        """The span (or mention) moved by ``offset``, its entity renumbered."""
        if isinstance(span, Mention):
            return self.mention(span)
        return Span(span.start + self.offset, span.end + self.offset, span.text)

    def mention(self, mention: Mention) -> Mention:
        """The mention moved by ``offset``, its entity renumbered."""
        start, end = mention.start + self.offset, mention.end + self.offset
        return Mention(start, end, mention.text, self.entity_id(mention.entity))

    def maybe_span(self, span: Span | None) -> Span | None:
        """:meth:`span`, passing ``None`` through."""
        return None if span is None else self.span(span)

    def entity_id(self, entity: int | None) -> int | None:
        """The entity id renumbered (``None`` stays ``None``)."""
        return None if entity is None else entity + self.entities

    def quotation(self, quote: Quotation) -> Quotation:
        """The quotation with every span and entity id moved."""
        speaker = quote.speaker
        return attrs.evolve(
            quote,
            content=self.span(quote.content),
            fragments=tuple(self.span(s) for s in quote.fragments),
            marks=tuple(self.span(s) for s in quote.marks),
            cue=self.maybe_span(quote.cue),
            speaker=None if speaker is None else self.mention(speaker),
            sources=tuple(self.link(link) for link in quote.sources),
        )

    def link(self, link: SourceLink) -> SourceLink:
        """The source link with its spans and entity ids moved."""
        return attrs.evolve(
            link,
            entity=self.entity_id(link.entity),
            span=self.maybe_span(link.span),
            mention=self.maybe_span(link.mention),
            addressee=self.entity_id(link.addressee),
        )

    def entity(self, entity: Entity) -> Entity:
        """The entity renumbered, with its mentions, descriptors and quotation indices moved."""
        return attrs.evolve(
            entity,
            id=entity.id + self.entities,
            descriptors=tuple(self.descriptor(d) for d in entity.descriptors),
            mentions=tuple(self.span(s) for s in entity.mentions),
            quotes=tuple(i + self.quotes for i in entity.quotes),
        )

    def descriptor(self, descriptor: Descriptor) -> Descriptor:
        """The descriptor with its span and related entity moved."""
        return attrs.evolve(
            descriptor, span=self.maybe_span(descriptor.span), related=self.entity_id(descriptor.related)
        )
