"""Run quoteextract on a Dask cluster: a Bag of articles in, JSON documents or a table of quotations out.

Install with ``pip install 'quoteextract-nlp[dask]'`` (on the client and on every
worker). Only the pipeline's name and the settings travel with the tasks:
each worker process builds one :class:`~quoteextract.Extractor`, loads the
pipeline once and reuses it for every partition (see ``docs/scaling.md``).

Example:
    >>> import dask.bag as db                                      # doctest: +SKIP
    >>> from quoteextract.dask import extract_bag                  # doctest: +SKIP
    >>> bag = db.read_text("corpus-*.jsonl").map(json.loads)       # doctest: +SKIP
    >>> extract_bag(bag).map(json.dumps).to_textfiles("out/*.jsonl")  # doctest: +SKIP

.. versionadded:: 0.2.0

"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._errors import InputError
from ._input import MAX_TEXT_LENGTH
from .scale import missing_engine
from .scale._flat import flat_frame
from .scale._worker import extract_partition, flat_partition, worker_settings

try:
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as err:  # pragma: no cover - the test extra installs dask
    raise missing_engine("Dask", "dask", err) from err

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract_bag", "extract_dataframe"]


def extract_bag(
    bag: db.Bag,
    *,
    nlp: Language | str | None = None,
    scope: str = "attribution",
    batch_size: int = 32,
    errors: str = "raise",
    max_length: int = MAX_TEXT_LENGTH,
) -> db.Bag:
    """Extract from every article of a Dask Bag, keeping its order and partitions.

    Args:
        bag: A Bag of article strings, or of ``{"id": ..., "text": ...}``
            records (other fields are passed through to the output, as the
            command line does).
        nlp: The spaCy pipeline's name (or path), ``None`` for the default,
            or a pipeline loaded by :func:`~quoteextract.load_pipeline` (sent
            to the workers as its name).
        scope: ``"attribution"`` (every attributed claim) or ``"speech"``;
            forwarded to the workers' Extractor (issue 11's setting).
        batch_size: Articles per parse batch inside a worker.
        errors: ``"raise"``: a failing article fails its task (and the
            compute); ``"record"``: it gives ``{"id": ..., "error": ...}``.
        max_length: Longest article accepted, in characters.

    Returns:
        A Bag of the JSON documents of :func:`~quoteextract.to_dict`, one per
        article, in input order; each carries its record's ``id`` (``None``
        for plain strings).

    Raises:
        InputError: If ``bag`` is not a Dask Bag or a setting is out of range.
        PipelineError: If ``nlp`` is a pipeline object no name rebuilds.

    .. versionadded:: 0.2.0

    """
    if not isinstance(bag, db.Bag):
        raise InputError(f"extract_bag() needs a dask.bag.Bag, not {type(bag).__name__}")
    settings = worker_settings(nlp, scope=scope, batch_size=batch_size, max_length=max_length, errors=errors)
    documents: db.Bag = bag.map_partitions(extract_partition, settings)  # type: ignore[no-untyped-call]
    return documents


def extract_dataframe(
    ddf: dd.DataFrame,
    text_col: str = "text",
    id_col: str | None = "id",
    *,
    nlp: Language | str | None = None,
    scope: str = "attribution",
    batch_size: int = 32,
    errors: str = "raise",
    max_length: int = MAX_TEXT_LENGTH,
) -> dd.DataFrame:
    """Extract from every article of a Dask DataFrame: one output row per quotation.

    The result has the flat schema (``id``, ``index``, ``kind``, ``start``,
    ``end``, ``text``, ``cue``, ``cue_class``, ``speaker``, ``speaker_name``,
    ``speaker_type``, ``sources``, ``confidence``, ``rule``, ``error``;
    see ``docs/scaling.md``), declared as ``meta`` so nothing is computed to
    learn it. Each input partition gives one output partition, in order;
    an article without quotations gives no row.

    Args:
        ddf: The articles, one per row.
        text_col: The column holding the article text.
        id_col: The column holding the article id (any type; written as
            text), or ``None`` for none.
        nlp: See :func:`extract_bag`.
        scope: See :func:`extract_bag`.
        batch_size: See :func:`extract_bag`.
        errors: ``"raise"``, or ``"record"``: a failed article gives one row
            with its ``id`` and ``error`` and every other column null.
        max_length: See :func:`extract_bag`.

    Returns:
        A Dask DataFrame of quotations.

    Raises:
        InputError: If ``ddf`` is not a Dask DataFrame, lacks a column, or a
            setting is out of range.
        PipelineError: If ``nlp`` is a pipeline object no name rebuilds.

    .. versionadded:: 0.2.0

    """
    if not isinstance(ddf, dd.DataFrame):
        raise InputError(f"extract_dataframe() needs a dask.dataframe.DataFrame, not {type(ddf).__name__}")
    for role, column in (("text_col", text_col), ("id_col", id_col)):
        if column is not None and column not in ddf.columns:
            hint = "" if role == "text_col" else "; pass id_col=None for articles without ids"
            raise InputError(f"{role}={column!r} is not a column (columns: {', '.join(map(str, ddf.columns))}){hint}")
    settings = worker_settings(nlp, scope=scope, batch_size=batch_size, max_length=max_length, errors=errors)
    quotations: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
        flat_partition, settings, text_col, id_col, meta=flat_frame([]), align_dataframes=False
    )
    return quotations
