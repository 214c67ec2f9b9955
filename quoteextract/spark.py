"""Run quoteextract on Spark: a DataFrame of articles in, a DataFrame of quotations out.

Install with ``pip install 'quoteextract-nlp[spark]'`` on the driver and on every
executor. The articles go to Python through ``mapInPandas`` (Arrow batches);
only the pipeline's name and the settings travel with the tasks, and each
Python worker process builds one :class:`~quoteextract.Extractor` and loads
the pipeline once (see ``docs/scaling.md``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ._errors import InputError
from ._input import MAX_TEXT_LENGTH
from .scale import missing_engine
from .scale._flat import FLAT_COLUMNS
from .scale._worker import flat_batches, worker_settings

try:
    from pyspark.sql import DataFrame
    from pyspark.sql import types as T
except ImportError as err:  # pragma: no cover - the test extra installs pyspark
    raise missing_engine("PySpark", "spark", err) from err

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["FLAT_SCHEMA", "extract_dataframe"]

_SPARK_TYPES: dict[str, T.DataType] = {"string": T.StringType(), "int64": T.LongType(), "float64": T.DoubleType()}

FLAT_SCHEMA: T.StructType = T.StructType(
    [T.StructField(name, _SPARK_TYPES[kind], nullable=True) for name, kind, _ in FLAT_COLUMNS]
)
"""The flat schema (one row per quotation) as a Spark ``StructType``."""


def extract_dataframe(
    df: DataFrame,
    text_col: str = "text",
    id_col: str | None = "id",
    *,
    nlp: Language | str | None = None,
    scope: str = "attribution",
    batch_size: int = 32,
    errors: str = "raise",
    max_length: int = MAX_TEXT_LENGTH,
) -> DataFrame:
    """Extract from every article of a Spark DataFrame: one output row per quotation.

    The result has :data:`FLAT_SCHEMA`, the same columns as
    :func:`quoteextract.dask.extract_dataframe`. Rows keep the order of their
    input partitions; an article without quotations gives no row.

    Args:
        df: The articles, one per row.
        text_col: The string column holding the article text.
        id_col: The column holding the article id (any type; written as
            text), or ``None`` for none.
        nlp: The spaCy pipeline's name (or path), ``None`` for the default,
            or a pipeline loaded by :func:`~quoteextract.load_pipeline` (sent
            to the executors as its name).
        scope: ``"attribution"`` or ``"speech"`` (issue 11's setting,
            forwarded to the executors' Extractor).
        batch_size: Articles per parse batch inside an executor.
        errors: ``"raise"``: a failing article fails its task; ``"record"``:
            it gives one row with its ``id`` and ``error``, every other column null.
        max_length: Longest article accepted, in characters.

    Returns:
        A lazy Spark DataFrame of quotations.

    Raises:
        InputError: If ``df`` is not a Spark DataFrame, lacks a column, or a
            setting is out of range.
        PipelineError: If ``nlp`` is a pipeline object no name rebuilds.

    .. versionadded:: 0.2.0

    """
    if not isinstance(df, DataFrame):
        raise InputError(f"extract_dataframe() needs a pyspark.sql.DataFrame, not {type(df).__name__}")
    for role, column in (("text_col", text_col), ("id_col", id_col)):
        if column is not None and column not in df.columns:
            hint = "" if role == "text_col" else "; pass id_col=None for articles without ids"
            raise InputError(f"{role}={column!r} is not a column (columns: {', '.join(df.columns)}){hint}")
    settings = worker_settings(nlp, scope=scope, batch_size=batch_size, max_length=max_length, errors=errors)
    columns = [text_col] if id_col is None else [text_col, id_col]
    work = functools.partial(flat_batches, settings=settings, text_col=text_col, id_col=id_col)
    return df.select(*columns).mapInPandas(work, schema=FLAT_SCHEMA)
