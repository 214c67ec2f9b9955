"""The pipeline that turns text into an :class:`~quoteextract.Extraction`.

Stages, in order (each its own module):

1. :func:`~quoteextract.stages.finder._marks.find_quotes`: quote-mark pairings (typography only);
2. :func:`~quoteextract.stages.attribution.attribute`: which pairings are quotations,
   their cues and speaker mentions, and claims without quote marks;
3. :func:`~quoteextract.stages.speakers.resolve_speakers`: one entity per speaker;
4. :func:`~quoteextract.stages.sources._links.link_sources`: the chain of sources of each claim.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._doctext import doc_text
from ._errors import InputError, PipelineError, QuoteExtractError
from ._input import MAX_TEXT_LENGTH, coerce_text
from ._model import Entity, Extraction, Quotation
from ._pipeline import check_pipeline, load_pipeline, pipeline_name
from .stages.attribution import attribute
from .stages.finder._marks import find_quotes
from .stages.sources._links import link_sources
from .stages.speakers import resolve_speakers

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

    Raises:
        InputError: If ``doc`` is not a spaCy ``Doc`` or ``id`` not a string.
        PipelineError: If a non-blank ``doc`` has no dependency parse.

    .. versionadded:: 0.1.0

    """
    _check_doc(doc)
    _check_id(id)
    text = doc_text(doc)
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


def _check_doc(doc: object) -> None:
    """Raise unless ``doc`` is a spaCy ``Doc`` that is blank or has a dependency parse."""
    from spacy.tokens import Doc

    if not isinstance(doc, Doc):
        raise InputError(
            f"analyse() needs a parsed spaCy Doc, not {type(doc).__name__}; for a string use quoteextract.extract(text)"
        )
    if doc_text(doc).strip() and not doc.has_annotation("DEP"):
        raise PipelineError(
            "the Doc has no dependency parse; make it with a pipeline that has a parser, such as en_core_web_sm"
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
            (see :func:`~quoteextract.load_pipeline`). A name or ``None`` is
            loaded on first use; a loaded pipeline is checked at once.
        max_length: Longest text accepted, in characters.

    Raises:
        PipelineError: If ``nlp`` is neither ``None``, a name nor a spaCy
            pipeline, or is a pipeline without a dependency parser.
        InputError: If ``max_length`` is not a positive integer.

    Example:
        >>> extractor = Extractor()                      # doctest: +SKIP
        >>> result = extractor("“It works,” she said.")  # doctest: +SKIP

    .. versionadded:: 0.1.0

    """

    def __init__(self, nlp: Language | str | None = None, *, max_length: int = MAX_TEXT_LENGTH) -> None:
        if isinstance(nlp, str):
            if not nlp.strip():
                raise PipelineError("the pipeline name is empty; pass a name such as 'en_core_web_sm', or None")
        elif nlp is not None:
            check_pipeline(nlp)
        self._nlp_spec = nlp
        self._nlp: Language | None = None
        self.max_length = _positive_int(max_length, "max_length")

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded (once) on first access."""
        if self._nlp is None:
            self._nlp = load_pipeline(self._nlp_spec)
            if self._nlp.max_length < self.max_length:
                self._nlp.max_length = self.max_length
        return self._nlp

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the settings, not the loaded pipeline: it is loaded again on first use.

        A pipeline given by name, or loaded by :func:`~quoteextract.load_pipeline`,
        travels as its name (a few bytes instead of 16 MB); only a pipeline
        built elsewhere travels whole, since no name would rebuild it.
        """
        state = dict(self.__dict__)
        state["_nlp"] = None
        spec = state["_nlp_spec"]
        if spec is not None and not isinstance(spec, str):
            state["_nlp_spec"] = pipeline_name(spec) or spec
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __call__(self, text: str | bytes, id: str | None = None) -> Extraction:
        """Extract quotations, speakers and sources from one article.

        Args:
            text: The article (``str``, or UTF-8 ``bytes``).
            id: An identifier to carry into the result.

        Returns:
            The extraction. Empty or blank text gives an empty extraction
            (no quotations, no entities), without loading the pipeline.

        Raises:
            InputError: For ``None``, non-text input, undecodable bytes or an
                ``id`` that is not a string.
            TextTooLongError: For text over ``max_length`` characters.
            ModelNotFoundError: If the pipeline cannot be loaded.
            PipelineError: If the pipeline has no parser.

        """
        _check_id(id)
        text = coerce_text(text, max_length=self.max_length)
        if not text.strip():
            return Extraction(id=id)
        return analyse(self.nlp(text), id=id)

    def pipe(
        self,
        texts: Iterable[str | bytes],
        *,
        ids: Iterable[str | None] | None = None,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Extraction]:
        """Extract from many articles, streaming results in input order.

        Memory stays constant however long ``texts`` is: the texts are read
        lazily and spaCy's ``nlp.pipe`` parses them in batches, optionally
        in several processes, keeping the input order.

        Args:
            texts: Any iterable of articles (a list, a generator, a file
                object's lines...), but not a single ``str`` or ``bytes``.
            ids: Identifiers to carry into the results, one per text, read
                in step with ``texts``; ``None`` leaves every ``id`` empty.
            batch_size: Articles per parse batch.
            n_process: Parser processes (spaCy's ``n_process``; ``-1`` for
                one per CPU).

        Returns:
            An iterator of one :class:`~quoteextract.Extraction` per text.

        Raises:
            InputError: At once, when ``texts`` or ``ids`` is not an iterable
                of items, or a setting is out of range; while iterating, when
                an item is not text or an id not a string (every result
                before it has been yielded by then).
            TextTooLongError: While iterating, for a text that is too long.

        """
        items = _iterable(texts, "texts")
        id_items = None if ids is None else _iterable(ids, "ids")
        batch_size = _positive_int(batch_size, "batch_size")
        n_process = _n_process(n_process)
        return self._raise_errors(_pairs(items, id_items), batch_size=batch_size, n_process=n_process)

    def _raise_errors(
        self, pairs: Iterator[tuple[Any, Any]], *, batch_size: int, n_process: int
    ) -> Iterator[Extraction]:
        """Yield :meth:`stream` results, raising each error where it occurs."""
        for _, result in self.stream(pairs, batch_size=batch_size, n_process=n_process):
            if isinstance(result, BaseException):
                raise result
            yield result

    def stream(
        self,
        items: Iterable[tuple[Any, Any]],
        *,
        batch_size: int = 32,
        n_process: int = 1,
        id_of: Callable[[Any], str | None] | None = None,
    ) -> Iterator[tuple[Any, Extraction | Exception]]:
        """Process ``(text, context)`` pairs, yielding ``(context, result)`` in input order.

        The low-level loop under :meth:`pipe` and the command line: a text
        that fails (bad input, or an error in a stage) yields the exception
        as its result instead of stopping the stream.

        Args:
            items: ``(text, context)`` pairs; the context is any object and
                never leaves this process.
            batch_size: Articles per parse batch.
            n_process: Parser processes.
            id_of: Gives the result's ``id`` from a context; by default the
                context itself is the id.

        Yields:
            ``(context, Extraction)`` or ``(context, exception)``.

        """
        get_id = id_of or (lambda context: context)

        def checked() -> Iterator[tuple[str, tuple[Any, Exception | None]]]:
            for text, context in items:
                try:
                    _check_id(get_id(context))
                    yield coerce_text(text, max_length=self.max_length), (context, None)
                except QuoteExtractError as err:
                    yield "", (context, err)

        docs = self.nlp.pipe(checked(), as_tuples=True, batch_size=batch_size, n_process=n_process)
        for doc, (context, error) in docs:
            if error is not None:
                yield context, error
                continue
            try:
                yield context, analyse(doc, id=get_id(context))
            except Exception as err:  # a stage failed on this article: report it, go on
                yield context, err


def _pairs(texts: Iterator[Any], ids: Iterator[Any] | None) -> Iterator[tuple[Any, Any]]:
    """Pair each text with its id, raising :class:`InputError` if the counts differ."""
    if ids is None:
        yield from zip(texts, itertools.repeat(None))
        return
    missing = object()
    for text, id in itertools.zip_longest(texts, ids, fillvalue=missing):
        if text is missing or id is missing:
            raise InputError("texts and ids have different lengths; pass exactly one id per text")
        yield text, id


def _check_id(id: object) -> None:
    """Raise :class:`InputError` unless ``id`` is a string or ``None``."""
    if id is not None and not isinstance(id, str):
        raise InputError(f"id must be a str or None, not {type(id).__name__}; convert it with str(id)")


def _positive_int(value: object, name: str) -> int:
    """Return ``value`` if it is a positive ``int``, else raise :class:`InputError`."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputError(f"{name} must be a positive integer, not {value!r}")
    return value


def _n_process(value: object) -> int:
    """Return a valid ``n_process`` (a positive ``int``, or -1 for one per CPU)."""
    if value == -1 and isinstance(value, int) and not isinstance(value, bool):
        return -1
    return _positive_int(value, "n_process (or -1 for one process per CPU)")


def _iterable(values: object, name: str) -> Iterator[Any]:
    """Return an iterator over ``values``, refusing single texts and non-iterables."""
    if isinstance(values, str | bytes | bytearray):
        raise InputError(
            f"{name} must be an iterable of items, not a single {type(values).__name__}; "
            "use extract() for one article, or wrap it in a list"
        )
    try:
        return iter(values)  # type: ignore[call-overload, no-any-return]
    except TypeError:
        raise InputError(f"{name} must be an iterable (a list, a generator...), not {type(values).__name__}") from None


_DEFAULT: dict[object, Extractor] = {}


def _extractor_for(nlp: Language | str | None) -> Extractor:
    """Return a cached :class:`Extractor` for ``nlp`` (by name, or by identity)."""
    key: object = nlp if nlp is None or isinstance(nlp, str) else id(nlp)
    extractor = _DEFAULT.get(key)
    if extractor is None or (nlp is not None and not isinstance(nlp, str) and extractor._nlp_spec is not nlp):
        extractor = _DEFAULT[key] = Extractor(nlp)
    return extractor


def extract(text: str | bytes, nlp: Language | str | None = None, *, id: str | None = None) -> Extraction:
    """Extract quotations, speakers and sources from one article.

    The pipeline is loaded once and reused by later calls.

    Args:
        text: The article (``str``, or UTF-8 ``bytes``).
        nlp: A spaCy pipeline, a pipeline name, or ``None`` for the default.
        id: An identifier to carry into the result.

    Returns:
        The :class:`~quoteextract.Extraction`; empty for empty or blank text.

    Raises:
        InputError: For ``None``, non-text input, undecodable bytes or a
            non-string ``id``.
        TextTooLongError: For text over :data:`~quoteextract.MAX_TEXT_LENGTH`.
        ModelNotFoundError: If no pipeline is installed.
        PipelineError: If ``nlp`` is not a pipeline or has no parser.

    .. versionadded:: 0.1.0

    """
    return _extractor_for(nlp)(text, id=id)


def extract_many(
    texts: Iterable[str | bytes],
    nlp: Language | str | None = None,
    *,
    ids: Iterable[str | None] | None = None,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Extraction]:
    """Extract from many articles, in input order, in constant memory.

    Args:
        texts: Any iterable of articles (not a single string).
        nlp: A spaCy pipeline, a pipeline name, or ``None`` for the default.
        ids: Identifiers for the results, read in step with ``texts``.
        batch_size: Articles per parse batch.
        n_process: Parser processes (``-1``: one per CPU).

    Returns:
        An iterator of extractions, one per text, in input order.

    Raises:
        InputError: See :meth:`Extractor.pipe`.
        PipelineError: If ``nlp`` is not a pipeline or has no parser.

    .. versionadded:: 0.1.0

    """
    return _extractor_for(nlp).pipe(texts, ids=ids, batch_size=batch_size, n_process=n_process)
