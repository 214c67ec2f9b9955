"""What runs inside a Dask or Spark worker: one cached Extractor, and partitions in, results out.

Only a :class:`WorkerSettings` (the pipeline's name and a few numbers) is
sent with each task. The first task a worker process runs builds an
:class:`~quoteextract.Extractor` from it and loads the pipeline; later tasks
with the same settings reuse it (:func:`worker_extractor`). Parsing stays in
the worker's own process (``n_process=1``): worker processes are daemonic and
cannot start parser processes of their own, and the engine already runs one
worker per core.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._errors import InputError, PipelineError, QuoteExtractError
from .._extractor import Extractor
from .._input import MAX_TEXT_LENGTH
from .._model import Extraction
from .._pipeline import pipeline_name
from .._streaming import _positive_int
from ..outputs._corpus import Record, output_record
from ._flat import error_row, flat_frame, flat_id, flat_rows

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]
    from spacy.language import Language

Errors = Literal["raise", "record"]
"""What a failed article gives: an exception that fails the task, or an error record."""

SCOPES = ("attribution", "speech")
"""The values of ``scope`` (see issue 11: every attributed claim, or speech only)."""


@attrs.frozen
class WorkerSettings:
    """Everything a worker needs to build its Extractor and process a partition.

    Args:
        model: The spaCy pipeline's name or path, or ``None`` for the default.
        scope: ``"attribution"`` or ``"speech"``; forwarded to the Extractor
            when it has a ``scope`` setting.
        batch_size: Articles per parse batch.
        max_length: Longest article accepted, in characters.
        errors: ``"raise"`` or ``"record"``.

    """

    model: str | None = None
    scope: str = "attribution"
    batch_size: int = 32
    max_length: int = MAX_TEXT_LENGTH
    errors: Errors = "raise"


def worker_settings(
    nlp: Language | str | None,
    *,
    scope: str,
    batch_size: int,
    max_length: int,
    errors: str,
) -> WorkerSettings:
    """Check the caller's settings (on the client, before any task runs) and pack them.

    Args:
        nlp: A pipeline name, ``None``, or a pipeline loaded by
            :func:`~quoteextract.load_pipeline` (sent as its name).
        scope: ``"attribution"`` (default) or ``"speech"``.
        batch_size: Articles per parse batch.
        max_length: Longest article accepted.
        errors: ``"raise"`` or ``"record"``.

    Returns:
        The settings.

    Raises:
        InputError: For a setting out of range.
        PipelineError: For a pipeline object that no name rebuilds.

    """
    if nlp is not None and not isinstance(nlp, str):
        name = pipeline_name(nlp)
        if name is None:
            raise PipelineError(
                "workers load the pipeline themselves from its name: pass nlp='en_core_web_sm' (or a path), "
                "not a pipeline object built in this process"
            )
        nlp = name
    if scope not in SCOPES:
        raise InputError(f"scope must be one of {', '.join(map(repr, SCOPES))}, not {scope!r}")
    if scope != "attribution" and not _extractor_has_scope():
        raise InputError(f"scope={scope!r} needs an Extractor with a scope setting; this version has none")
    if errors not in ("raise", "record"):
        raise InputError(f"errors must be 'raise' or 'record', not {errors!r}")
    return WorkerSettings(
        model=nlp,
        scope=scope,
        batch_size=_positive_int(batch_size, "batch_size"),
        max_length=_positive_int(max_length, "max_length"),
        errors=errors,  # type: ignore[arg-type]
    )


def _extractor_has_scope() -> bool:
    """Whether this version's Extractor takes a ``scope`` setting."""
    return "scope" in inspect.signature(Extractor).parameters


_EXTRACTORS: dict[tuple[str | None, str, int], Extractor] = {}
"""This process's extractors, keyed by the settings that shape them."""


def worker_extractor(settings: WorkerSettings) -> Extractor:
    """The Extractor of this process for ``settings``, built (and its pipeline loaded) once.

    Args:
        settings: The task's settings.

    Returns:
        The cached extractor.

    """
    key = (settings.model, settings.scope, settings.max_length)
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        options: dict[str, Any] = {"max_length": settings.max_length}
        if _extractor_has_scope():
            options["scope"] = settings.scope
        extractor = _EXTRACTORS[key] = Extractor(settings.model, **options)
    return extractor


def as_record(item: object) -> Record:
    """Turn one input item (a string, or a ``{"id", "text", ...}`` mapping) into a :class:`Record`.

    Args:
        item: The item.

    Returns:
        The record; one with an ``error`` when the item has no text.

    """
    if isinstance(item, str):
        return Record(None, item)
    if isinstance(item, dict):
        fields = dict(item)
        id = fields.pop("id", None)
        text = fields.pop("text", None)
        if isinstance(text, str):
            return Record(id, text, fields)
        problem = "has no 'text'" if text is None else f"has a 'text' that is a {type(text).__name__}"
        return Record(id, fields=fields, error=f"the record {problem}; each record needs a string 'text'")
    return Record(None, error=f"items must be strings or {{'id', 'text'}} dicts, not {type(item).__name__}")


def extract_records(
    records: Iterable[Record], settings: WorkerSettings
) -> Iterator[tuple[Record, Extraction | None, str | None]]:
    """Extract from records in input order, yielding ``(record, result, error)``.

    Args:
        records: The partition's records.
        settings: The task's settings.

    Yields:
        For each record, its extraction and ``None``, or ``None`` and why it
        failed (only with ``errors="record"``).

    Raises:
        QuoteExtractError: With ``errors="raise"``, for the first record that fails.

    """
    extractor = worker_extractor(settings)
    pairs = ((record.text or "", record) for record in records)
    stream = extractor.stream(
        pairs,
        batch_size=settings.batch_size,
        n_process=1,
        id_of=lambda record: flat_id(record.id),
    )
    for record, result in stream:
        error = record.error or (describe(result) if isinstance(result, Exception) else None)
        if error is None:
            yield record, result, None  # type: ignore[misc]
        elif settings.errors == "record":
            yield record, None, error
        elif isinstance(result, Exception) and not record.error:
            raise result
        else:
            raise InputError(f"record {record.id!r}: {error}")


def describe(err: Exception) -> str:
    """A one-line message for an error met while processing a record."""
    if isinstance(err, QuoteExtractError):
        return str(err)
    return f"internal error ({type(err).__name__}: {err}); please report it with this record"


def extract_partition(items: Iterable[object], settings: WorkerSettings) -> list[dict[str, Any]]:
    """A Bag partition: items in, JSON documents out, in order.

    Args:
        items: Strings or ``{"id", "text", ...}`` records.
        settings: The task's settings.

    Returns:
        :func:`~quoteextract.to_dict` of each extraction (its ``id`` the
        record's, other record fields passed through as the command line
        does), or ``{"id": ..., "error": ...}`` for a failed record.

    """
    documents = []
    for record, result, error in extract_records(map(as_record, items), settings):
        documents.append(output_record(record, result, error))
    return documents


def flat_partition(frame: pd.DataFrame, settings: WorkerSettings, text_col: str, id_col: str | None) -> pd.DataFrame:
    """A DataFrame partition (or Arrow batch): articles in, one row per quotation out.

    Args:
        frame: The articles, with a text column and optionally an id column.
        settings: The task's settings.
        text_col: The text column's name.
        id_col: The id column's name, or ``None``.

    Returns:
        The flat frame (see :data:`~quoteextract.scale._flat.FLAT_COLUMNS`).

    """
    texts = frame[text_col].tolist()
    ids = frame[id_col].tolist() if id_col is not None else [None] * len(texts)
    records = (
        as_record({"id": _missing_to_none(id), "text": _missing_to_none(text)})
        for text, id in zip(texts, ids, strict=True)
    )
    rows: list[dict[str, Any]] = []
    for record, result, error in extract_records(records, settings):
        if result is None:
            rows.append(error_row(record.id, error or "unknown error"))
        else:
            rows.extend(flat_rows(result, record.id))
    return flat_frame(rows)


def _missing_to_none(value: object) -> object:
    """``None`` for pandas' missing values (``NaN``, ``NA``), the value otherwise."""
    import pandas as pd

    return None if value is None or pd.isna(value) is True else value


def flat_batches(
    batches: Iterable[pd.DataFrame], settings: WorkerSettings, text_col: str, id_col: str | None
) -> Iterator[pd.DataFrame]:
    """Spark's ``mapInPandas`` function: Arrow batches of articles in, flat frames out.

    Args:
        batches: The partition's articles, one pandas frame per Arrow batch.
        settings: The task's settings.
        text_col: The text column's name.
        id_col: The id column's name, or ``None``.

    Yields:
        One flat frame per batch.

    """
    for batch in batches:
        yield flat_partition(batch, settings, text_col, id_col)
