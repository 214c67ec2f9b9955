"""The pipeline that turns text into an :class:`~quoteextract.Extraction`.

Stages, in order (each its own module):

1. :func:`~quoteextract._marks.find_quotes`: quote-mark pairings (typography only);
2. :func:`~quoteextract._attribution.attribute`: which pairings are quotations,
   their cues and speaker mentions, and claims without quote marks;
3. :func:`~quoteextract._speakers.resolve_speakers`: one entity per speaker;
4. :func:`~quoteextract._sources.link_sources`: the chain of sources of each claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from ._attribution import attribute
from ._input import MAX_TEXT_LENGTH, coerce_text
from ._marks import find_quotes
from ._model import Entity, Extraction, Quotation
from ._pipeline import load_pipeline
from ._sources import link_sources
from ._speakers import resolve_speakers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def analyse(doc: Doc, id: str | None = None) -> Extraction:
    """Run every stage on a parsed spaCy ``Doc``.

    Args:
        doc: A Doc made by a pipeline with a dependency parser.
        id: The caller's identifier for the article.

    Returns:
        The extraction; offsets index ``doc.text``.

    .. versionadded:: 0.1.0

    """
    text = doc.text
    if not text.strip():
        return Extraction(id=id)
    scan = find_quotes(text)
    quotes, rejected = attribute(doc, scan)
    quotes, entities = resolve_speakers(doc, quotes)
    quotes = link_sources(doc, quotes, entities)
    quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    entities = _index_quotes(entities, quotes)
    return Extraction(
        id=id,
        quotes=tuple(quotes),
        entities=tuple(entities),
        rejected=tuple(sorted(rejected, key=lambda r: r.span.start)),
        warnings=scan.warnings,
    )


def _index_quotes(entities: Iterable[Entity], quotes: list[Quotation]) -> list[Entity]:
    """Fill each entity's ``quotes`` with the indices of the quotations it speaks."""
    spoken: dict[int, list[int]] = {}
    for index, quote in enumerate(quotes):
        if quote.speaker is not None and quote.speaker.entity is not None:
            spoken.setdefault(quote.speaker.entity, []).append(index)
    return [attrs.evolve(e, quotes=tuple(spoken.get(e.id, ()))) for e in entities]


class Extractor:
    """A reusable extractor bound to one spaCy pipeline.

    Args:
        nlp: A loaded pipeline, a pipeline name, or ``None`` for the default
            (see :func:`~quoteextract.load_pipeline`). Loaded on first use.
        max_length: Longest text accepted, in characters.

    Example:
        >>> extractor = Extractor()                      # doctest: +SKIP
        >>> result = extractor("“It works,” she said.")  # doctest: +SKIP

    .. versionadded:: 0.1.0

    """

    def __init__(self, nlp: Language | str | None = None, *, max_length: int = MAX_TEXT_LENGTH) -> None:
        self._nlp_spec = nlp
        self._nlp: Language | None = None
        self.max_length = max_length

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded (once) on first access."""
        if self._nlp is None:
            self._nlp = load_pipeline(self._nlp_spec)
            if self._nlp.max_length < self.max_length:
                self._nlp.max_length = self.max_length
        return self._nlp

    def __call__(self, text: str | bytes, id: str | None = None) -> Extraction:
        """Extract quotations, speakers and sources from one article.

        Args:
            text: The article (``str``, or UTF-8 ``bytes``).
            id: An identifier to carry into the result.

        Returns:
            The extraction. Empty or blank text gives an empty extraction.

        Raises:
            InputError: For ``None``, non-text input or undecodable bytes.
            TextTooLongError: For text over ``max_length`` characters.

        """
        text = coerce_text(text, max_length=self.max_length)
        if not text.strip():
            return Extraction(id=id)
        return analyse(self.nlp(text), id=id)

    def pipe(
        self,
        texts: Iterable[str | bytes],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Extraction]:
        """Extract from many articles, streaming results in input order.

        Memory stays constant however long ``texts`` is: spaCy's
        ``nlp.pipe`` parses in batches, optionally in several processes.

        Args:
            texts: Any iterable of articles.
            batch_size: Articles per parse batch.
            n_process: Parser processes (spaCy's ``n_process``).

        Yields:
            One :class:`~quoteextract.Extraction` per input text.

        Raises:
            InputError: When an item is not text (raised when reached).

        """
        checked = (coerce_text(t, max_length=self.max_length) for t in texts)
        for doc in self.nlp.pipe(checked, batch_size=batch_size, n_process=n_process):
            yield analyse(doc)


_DEFAULT: dict[object, Extractor] = {}


def _extractor_for(nlp: Language | str | None) -> Extractor:
    key: object = nlp if nlp is None or isinstance(nlp, str) else id(nlp)
    extractor = _DEFAULT.get(key)
    if extractor is None or (nlp is not None and not isinstance(nlp, str) and extractor.nlp is not nlp):
        extractor = _DEFAULT[key] = Extractor(nlp)
    return extractor


def extract(text: str | bytes, nlp: Language | str | None = None, *, id: str | None = None) -> Extraction:
    """Extract quotations, speakers and sources from one article.

    The pipeline is loaded once and reused by later calls.

    Args:
        text: The article.
        nlp: A spaCy pipeline, a pipeline name, or ``None`` for the default.
        id: An identifier to carry into the result.

    Returns:
        The :class:`~quoteextract.Extraction`.

    Raises:
        InputError: For non-text input.
        TextTooLongError: For text over :data:`~quoteextract.MAX_TEXT_LENGTH`.
        ModelNotFoundError: If no pipeline is installed.

    .. versionadded:: 0.1.0

    """
    return _extractor_for(nlp)(text, id=id)


def extract_many(
    texts: Iterable[str | bytes],
    nlp: Language | str | None = None,
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Extract from many articles, in input order, in constant memory.

    See :meth:`Extractor.pipe`.

    .. versionadded:: 0.1.0
    """
    return _extractor_for(nlp).pipe(texts, batch_size=batch_size, n_process=n_process)
