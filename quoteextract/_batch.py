"""Extracting from a batch of checked texts, one failure never costing another text.

The unit of work of :meth:`~quoteextract.Extractor.stream`, run in this
process or in a worker process (:mod:`quoteextract._workers`). A batch is
parsed with one ``nlp.pipe`` call; if the parser fails on it, every text is
parsed again alone so that only the culprit gets the error. Texts longer than
the chunk size are parsed chunk by chunk (:mod:`quoteextract._chunks`).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from ._chunks import chunk_bounds, merge
from ._errors import QuoteExtractError
from ._model import Extraction, Problem

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ._settings import Settings


class Job(NamedTuple):
    """One checked text to extract from.

    Args:
        text: The text, already coerced and repaired (see :mod:`quoteextract._input`).
        id: The id of its result.
        problems: Warnings from the repair of the input, added to the result.

    """

    text: str
    id: str | None
    problems: tuple[Problem, ...] = ()


Result = Extraction | Exception
"""What one job gives: its extraction, or the error that stopped it."""


def run_batch(nlp: Language, jobs: Sequence[Job], settings: Settings) -> list[Result]:
    """Extract from every job, in order.

    Args:
        nlp: The spaCy pipeline.
        jobs: The checked texts.
        settings: Chunk size, rules, scope and model to extract with.

    Returns:
        One extraction or exception per job.

    """
    results: list[Result | None] = [None] * len(jobs)
    short = []
    for index, job in enumerate(jobs):
        if not job.text.strip():
            results[index] = Extraction(id=job.id, warnings=job.problems, model=settings.model)
        elif len(job.text) > settings.chunk_size:
            results[index] = _guarded(extract_long, nlp, job, settings)
        else:
            short.append(index)
    docs = parse_all(nlp, [jobs[i].text for i in short])
    for index, doc in zip(short, docs, strict=True):
        results[index] = doc if isinstance(doc, Exception) else _guarded(_analysed, doc, jobs[index], settings)
    return [r if r is not None else RuntimeError("no result") for r in results]


def parse_all(nlp: Language, texts: list[str]) -> list[Doc | Exception]:
    """Parse texts in one ``nlp.pipe`` call, or one by one if that fails.

    Args:
        nlp: The spaCy pipeline.
        texts: The texts.

    Returns:
        One ``Doc`` per text, or the exception its parse raised.

    """
    if not texts:
        return []
    try:
        return list(nlp.pipe(texts, batch_size=len(texts)))
    except Exception:
        pass
    docs: list[Doc | Exception] = []
    for text in texts:
        try:
            docs.append(nlp(text))
        except Exception as err:
            docs.append(err)
    return docs


def extract_long(nlp: Language, job: Job, settings: Settings) -> Extraction:
    """Extract from a text longer than ``settings.chunk_size``, chunk by chunk.

    Only one chunk's parse is in memory at a time.

    Args:
        nlp: The spaCy pipeline.
        job: The text.
        settings: The most characters per chunk, and how to extract.

    Returns:
        The merged extraction, its offsets indexing the whole text.

    """
    bounds = chunk_bounds(job.text, settings.chunk_size)
    texts = (job.text[start:end] for start, end in bounds)
    docs = nlp.pipe(texts, batch_size=1)
    parts = ((start, _analyse(doc, None, settings)) for (start, _), doc in zip(bounds, docs, strict=True))
    return _with_problems(merge(parts, job.id), job.problems)


def _analysed(doc: Doc, job: Job, settings: Settings) -> Extraction:
    """Run the stages on a parsed job."""
    return _with_problems(_analyse(doc, job.id, settings), job.problems)


def _analyse(doc: Doc, id: str | None, settings: Settings) -> Extraction:
    """:func:`~quoteextract.analyse` with the settings' rules, scope and model."""
    from ._extractor import analyse

    return analyse(doc, id=id, rules=settings.rules, scope=settings.scope, model=settings.model)


def _with_problems(result: Extraction, problems: tuple[Problem, ...]) -> Extraction:
    """``result`` with the input's repair warnings added, in offset order."""
    if not problems:
        return result
    warnings = tuple(sorted(problems + result.warnings, key=lambda w: w.offset))
    return attrs.evolve(result, warnings=warnings)


def _guarded(work: Callable[..., Extraction], *args: Any) -> Result:
    """Run ``work(*args)``, returning the exception it raises instead of raising it."""
    try:
        return work(*args)
    except Exception as err:
        return err


def portable(result: Result) -> Result:
    """``result``, or its exception made picklable, to send between processes.

    Args:
        result: An extraction or an exception.

    Returns:
        The same, or a :class:`QuoteExtractError` describing an exception
        that cannot be pickled.

    """
    if isinstance(result, Exception):
        try:
            pickle.loads(pickle.dumps(result))
        except Exception:
            return QuoteExtractError(f"{type(result).__name__}: {result}")
    return result
