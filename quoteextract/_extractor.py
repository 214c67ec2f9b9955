"""Extraction entry points: :func:`analyse` a parsed Doc, :class:`Extractor`, :func:`extract`, :func:`extract_many`.

:func:`analyse` builds the :class:`~quoteextract.article.Article` context once
and hands it to :func:`quoteextract.stages.run`, which runs the stages in order
(finder → attribution → speakers → sources). The rest of this module loads the
pipeline, checks inputs and streams many articles.
"""

from __future__ import annotations

import collections
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from . import stages
from ._batch import Job, extract_long, run_batch
from ._chunks import DEFAULT_CHUNK_SIZE
from ._errors import InputError, PipelineError, QuoteExtractError
from ._input import MAX_TEXT_LENGTH, coerce_text, has_visible, repair_text
from ._model import Extraction, ModelInfo
from ._pipeline import check_pipeline, load_pipeline, pipeline_info, pipeline_name
from ._settings import Settings
from ._streaming import _END, _batched, _check_id, _iterable, _jobs, _n_process, _paired, _pairs, _positive_int
from .article import Article
from .lang import check_language
from .rules import DEFAULT_RULES, RuleSet, as_rule_set
from .stages.scope import DEFAULT_SCOPE, check_scope

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def analyse(
    doc: Doc,
    id: str | None = None,
    *,
    rules: RuleSet = DEFAULT_RULES,
    scope: str = DEFAULT_SCOPE,
    model: ModelInfo | None = None,
) -> Extraction:
    """Run every stage on a parsed spaCy ``Doc``.

    Args:
        doc: A Doc made by a pipeline with a dependency parser.
        id: The caller's identifier for the article.
        rules: The rules to run (default: the built-in ones).
        scope: ``"attribution"`` (every attribution) or ``"speech"``
            (reported speech only; see the "Scope" page of the docs).
        model: The pipeline that made ``doc``, recorded in the result
            (a Doc does not know it; ``None`` records it as unknown).

    Returns:
        The extraction; offsets index ``doc.text``.

    Raises:
        InputError: If ``doc`` is not a spaCy ``Doc``, ``id`` not a string
            or ``scope`` not a scope.
        PipelineError: If a non-blank ``doc`` has no dependency parse.
        UnsupportedLanguageError: If the Doc's language has no rules.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 The ``rules``, ``scope`` and ``model`` arguments.

    """
    _check_doc(doc)
    _check_id(id)
    check_scope(scope)
    if not has_words(doc):
        return Extraction(id=id, model=model)
    check_language(doc.lang_)
    result = stages.run(Article.build(doc, rules), id=id, scope=scope)
    result = keep_quotes(result, [i for i, q in enumerate(result.quotes) if has_visible(q.text)])
    return result if model is None else attrs.evolve(result, model=model)


def keep_quotes(result: Extraction, keep: list[int]) -> Extraction:
    """The extraction with only the quotations at the indices ``keep`` (ascending), entities re-indexed.

    Args:
        result: The full extraction.
        keep: Indices of the quotations kept, in ascending order.

    Returns:
        ``result`` itself when nothing is dropped, else a copy whose entities' ``quotes`` point at the kept
        quotations' new indices.

    """
    if len(keep) == len(result.quotes):
        return result
    new_index = {old: new for new, old in enumerate(keep)}
    entities = tuple(
        attrs.evolve(e, quotes=tuple(new_index[i] for i in e.quotes if i in new_index)) for e in result.entities
    )
    return attrs.evolve(result, quotes=tuple(result.quotes[i] for i in keep), entities=entities)


def has_words(doc: Doc) -> bool:
    """Whether ``doc`` holds anything but white space (without rebuilding ``doc.text``)."""
    return any(not token.is_space for token in doc)


def _check_doc(doc: object) -> None:
    """Raise unless ``doc`` is a spaCy ``Doc`` that is blank or has a dependency parse."""
    from spacy.tokens import Doc

    if not isinstance(doc, Doc):
        raise InputError(
            f"analyse() needs a parsed spaCy Doc, not {type(doc).__name__}; for a string use quoteextract.extract(text)"
        )
    if has_words(doc) and not doc.has_annotation("DEP"):
        raise PipelineError(
            "the Doc has no dependency parse; make it with a pipeline that has a parser, such as en_core_web_sm"
        )


class Extractor:
    """A reusable extractor bound to one spaCy pipeline.

    Args:
        nlp: A loaded pipeline, a pipeline name, or ``None`` for the default
            (see :func:`~quoteextract.load_pipeline`). A name or ``None`` is
            loaded on first use; a loaded pipeline is checked at once.
        max_length: Longest text accepted, in characters.
        enable: Names of registered rules to run although they are off by
            default (see :mod:`quoteextract.rules`).
        disable: Names of rules not to run.
        scope: ``"attribution"`` (default: every attribution) or
            ``"speech"`` (reported speech only).
        chunk_size: Texts longer than this many characters are parsed in
            paragraph-aligned chunks of at most this size, so that memory
            stays bounded (see :mod:`quoteextract._chunks`: entities are
            not merged across chunks). The pipeline's ``max_length`` is
            raised to it if needed.

    Raises:
        PipelineError: If ``nlp`` is neither ``None``, a name nor a spaCy
            pipeline, or is a pipeline without a dependency parser.
        InputError: If ``max_length`` or ``chunk_size`` is not a positive
            integer, ``enable``/``disable`` name an unknown rule, or
            ``scope`` is not a scope.

    Example:
        >>> extractor = Extractor()                      # doctest: +SKIP
        >>> result = extractor("“It works,” she said.")  # doctest: +SKIP

    .. versionadded:: 0.1.0

    """

    def __init__(
        self,
        nlp: Language | str | None = None,
        *,
        max_length: int = MAX_TEXT_LENGTH,
        enable: Iterable[str] = (),
        disable: Iterable[str] = (),
        scope: str = DEFAULT_SCOPE,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        if isinstance(nlp, str):
            if not nlp.strip():
                raise PipelineError("the pipeline name is empty; pass a name such as 'en_core_web_sm', or None")
        elif nlp is not None:
            check_pipeline(nlp)
        self._nlp_spec = nlp
        self._nlp: Language | None = None
        self.max_length = _positive_int(max_length, "max_length")
        self.rules = as_rule_set(enable, disable)
        self.scope = check_scope(scope)
        self.chunk_size = _positive_int(chunk_size, "chunk_size")

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded (once) on first access."""
        if self._nlp is None:
            self._nlp = load_pipeline(self._nlp_spec)
            if self._nlp.max_length < self.chunk_size:
                self._nlp.max_length = self.chunk_size
        return self._nlp

    @property
    def settings(self) -> Settings:
        """Chunk size, rules, scope and model (loading the pipeline): what each batch is extracted with."""
        return Settings(chunk_size=self.chunk_size, rules=self.rules, scope=self.scope, model=self.model)

    @property
    def model(self) -> ModelInfo | None:
        """Name, language and version of the pipeline (loading it), as recorded in results.

        .. versionadded:: 0.2.0
        """
        return pipeline_info(self.nlp)

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
            Lone surrogates are replaced with U+FFFD, with a warning (see
            :func:`~quoteextract._input.repair_text`).

        Raises:
            InputError: For ``None``, non-text input, undecodable bytes or an
                ``id`` that is not a string.
            TextTooLongError: For text over ``max_length`` characters.
            ModelNotFoundError: If the pipeline cannot be loaded.
            PipelineError: If the pipeline has no parser.

        """
        _check_id(id)
        text, problems = repair_text(coerce_text(text, max_length=self.max_length))
        if not text.strip():  # no parse needed: record the pipeline only if it is already loaded
            loaded = self._nlp if self._nlp is not None or isinstance(self._nlp_spec, str) else self._nlp_spec
            return Extraction(id=id, warnings=problems, model=None if loaded is None else pipeline_info(loaded))
        job = Job(text, id, problems)
        if len(text) > self.chunk_size:
            return extract_long(self.nlp, job, self.settings)
        result = run_batch(self.nlp, [job], self.settings)[0]
        if isinstance(result, Exception):
            raise result
        return result

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
        n_process = _n_process(n_process)
        if n_process == -1:
            n_process = os.cpu_count() or 1
        batches = _batched(self._checked(items, get_id), batch_size)
        if n_process == 1:
            for batch in batches:
                yield from _paired(batch, run_batch(self.nlp, _jobs(batch), self.settings))
            return
        from ._workers import WorkerPool

        pending: collections.deque[list[tuple[Any, Job | Exception]]] = collections.deque()

        def jobs_of() -> Iterator[list[Job]]:
            for batch in batches:
                pending.append(batch)
                yield _jobs(batch)

        pool = WorkerPool(n_process, self._worker_nlp(), self.settings)
        results = pool.map(jobs_of())
        try:
            for done in results:
                yield from _paired(pending.popleft(), done)
        finally:
            results.close()
            pool.close()

    def _checked(
        self, items: Iterable[tuple[Any, Any]], get_id: Callable[[Any], str | None]
    ) -> Iterator[tuple[Any, Job | Exception]]:
        """Check and repair each text: ``(context, Job)``, or ``(context, error)`` for a refused one.

        An error raised by ``items`` itself (ids and texts of different
        lengths, a failing generator) ends the stream as ``(_END, error)``,
        raised by :func:`_paired` after the results of the items before it.
        """
        iterator = iter(items)
        while True:
            try:
                text, context = next(iterator)
            except StopIteration:
                return
            except Exception as err:
                yield _END, err
                return
            try:
                id = get_id(context)
                _check_id(id)
                checked, problems = repair_text(coerce_text(text, max_length=self.max_length))
                yield context, Job(checked, id, problems)
            except QuoteExtractError as err:
                yield context, err

    def _worker_nlp(self) -> Language | str | None:
        """What worker processes get: the loaded pipeline if they are forked, else what to load."""
        from ._workers import forks

        return self.nlp if forks() else self._nlp_spec


_DEFAULT: dict[object, Extractor] = {}


def _extractor_for(nlp: Language | str | None, scope: str = DEFAULT_SCOPE) -> Extractor:
    """Return a cached :class:`Extractor` for ``nlp`` (by name, or by identity) and ``scope``.

    Extractors of the same pipeline in other scopes share its loaded pipeline.
    """
    check_scope(scope)
    nlp_key: object = nlp if nlp is None or isinstance(nlp, str) else id(nlp)
    extractor = _DEFAULT.get((nlp_key, scope))
    if extractor is None or (nlp is not None and not isinstance(nlp, str) and extractor._nlp_spec is not nlp):
        extractor = _DEFAULT[(nlp_key, scope)] = Extractor(nlp, scope=scope)
        sibling = _DEFAULT.get((nlp_key, "speech" if scope == "attribution" else "attribution"))
        if sibling is not None and sibling._nlp_spec is nlp:
            extractor._nlp = sibling._nlp
    return extractor


def extract(
    text: str | bytes, nlp: Language | str | None = None, *, id: str | None = None, scope: str = DEFAULT_SCOPE
) -> Extraction:
    """Extract quotations, speakers and sources from one article.

    The pipeline is loaded once and reused by later calls.

    Args:
        text: The article (``str``, or UTF-8 ``bytes``).
        nlp: A spaCy pipeline, a pipeline name, or ``None`` for the default.
        id: An identifier to carry into the result.
        scope: ``"attribution"`` (default: every attribution) or
            ``"speech"`` (reported speech only; see the "Scope" page).

    Returns:
        The :class:`~quoteextract.Extraction`; empty for empty or blank text.

    Raises:
        InputError: For ``None``, non-text input, undecodable bytes, a
            non-string ``id`` or an unknown ``scope``.
        TextTooLongError: For text over :data:`~quoteextract.MAX_TEXT_LENGTH`.
        ModelNotFoundError: If no pipeline is installed.
        PipelineError: If ``nlp`` is not a pipeline or has no parser.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 The ``scope`` argument.

    """
    return _extractor_for(nlp, scope)(text, id=id)


def extract_many(
    texts: Iterable[str | bytes],
    nlp: Language | str | None = None,
    *,
    ids: Iterable[str | None] | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    scope: str = DEFAULT_SCOPE,
) -> Iterator[Extraction]:
    """Extract from many articles, in input order, in constant memory.

    Args:
        texts: Any iterable of articles (not a single string).
        nlp: A spaCy pipeline, a pipeline name, or ``None`` for the default.
        ids: Identifiers for the results, read in step with ``texts``.
        batch_size: Articles per parse batch.
        n_process: Parser processes (``-1``: one per CPU).
        scope: ``"attribution"`` (default) or ``"speech"``.

    Returns:
        An iterator of extractions, one per text, in input order.

    Raises:
        InputError: See :meth:`Extractor.pipe`; also for an unknown ``scope``.
        PipelineError: If ``nlp`` is not a pipeline or has no parser.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 The ``scope`` argument.

    """
    return _extractor_for(nlp, scope).pipe(texts, ids=ids, batch_size=batch_size, n_process=n_process)
