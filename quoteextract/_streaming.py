"""Input checks and batching helpers of :class:`~quoteextract.Extractor`'s streaming."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from ._batch import Job, Result
from ._errors import InputError
from ._model import Extraction

_END = object()
"""The context that marks the error which ended the input (see :meth:`Extractor._checked`)."""


def _jobs(batch: list[tuple[Any, Job | Exception]]) -> list[Job]:
    """The jobs of a checked batch (its refused texts left out)."""
    return [job for _, job in batch if isinstance(job, Job)]


def _paired(
    batch: list[tuple[Any, Job | Exception]], results: list[Result]
) -> Iterator[tuple[Any, Extraction | Exception]]:
    """``(context, result)`` for each item of a batch, given the results of its jobs in order."""
    done = iter(results)
    for context, job in batch:
        if context is _END:
            raise job  # type: ignore[misc]
        yield context, next(done) if isinstance(job, Job) else job


def _batched(items: Iterator[Any] | Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` consecutive items (the last one shorter)."""
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


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
