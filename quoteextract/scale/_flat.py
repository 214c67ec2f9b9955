"""The flat schema: one row per quotation, the same for Dask, Spark and Parquet output.

A JSON document (:func:`~quoteextract.to_dict`) nests entities, fragments and
source chains; a table wants one row per quotation with plain columns. This
module is the single definition of that table: its columns (name, type,
meaning), the rows of one extraction, and the pandas frame both engines return.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..outputs._textview import chain_label, speaker_name

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]

    from .._model import Extraction, Quotation

FLAT_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("id", "string", "the article's id, as text (null when the article has none)"),
    ("index", "int64", "the quotation's position among the article's quotations, from 0"),
    ("kind", "string", "direct, indirect, mixed (see Quotation.kind)"),
    ("start", "int64", "character offset of the quotation's content in the article"),
    ("end", "int64", "character offset just after the content"),
    ("text", "string", "the content, text[start:end]"),
    ("cue", "string", "the reporting words (said, according to...), or null"),
    ("cue_class", "string", "the class of the cue (speech, belief...), or null where not known"),
    ("speaker", "string", "the words that name the speaker in the article, or null"),
    ("speaker_name", "string", "the speaker's canonical name (else the first source's), or null"),
    ("speaker_type", "string", "the speaker entity's type (person, organisation...), or null"),
    ("sources", "string", "the source chain in words, immediate source first, joined by ' → '"),
    ("confidence", "float64", "the extractor's confidence, from 0 to 1"),
    ("rule", "string", "the rule that found the quotation"),
    ("error", "string", "why the article failed (errors='record' only; every other column is then null)"),
)
"""The flat schema: ``(column, type, meaning)``; types are ``string``, ``int64`` or ``float64``."""

COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _, _ in FLAT_COLUMNS)
"""The flat schema's column names, in order."""

_PANDAS_DTYPES = {"string": "string[pyarrow]", "int64": "Int64", "float64": "Float64"}
"""The pandas dtype of each schema type: nullable, so an error row can leave them empty."""


def flat_id(id: object) -> str | None:
    """An article id as the flat schema's text (``None`` stays null).

    Args:
        id: Any id: a string, a number, ``None``...

    Returns:
        The id as text, or ``None``.

    """
    return None if id is None else str(id)


def flat_rows(result: Extraction, id: object = None) -> list[dict[str, Any]]:
    """The flat rows of one article: one per quotation, in the extraction's order.

    Args:
        result: The article's extraction.
        id: The id to report (by default the extraction's own).

    Returns:
        One dictionary per quotation, keyed by :data:`COLUMN_NAMES`.

    """
    row_id = flat_id(result.id if id is None else id)
    return [_row(result, quote, index, row_id) for index, quote in enumerate(result.quotes)]


def _row(result: Extraction, quote: Quotation, index: int, row_id: str | None) -> dict[str, Any]:
    """The flat row of one quotation."""
    speaker = quote.speaker
    entity = result.entity(speaker.entity if speaker is not None else None)
    if entity is None and speaker is None and quote.sources:
        entity = result.entity(quote.sources[0].entity)
    return {
        "id": row_id,
        "index": index,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "cue": None if quote.cue is None else quote.cue.text,
        "cue_class": getattr(quote, "cue_class", None),
        "speaker": None if speaker is None else speaker.text,
        "speaker_name": speaker_name(result, quote),
        "speaker_type": None if entity is None else entity.type,
        "sources": chain_label(result, quote),
        "confidence": quote.confidence,
        "rule": quote.rule,
        "error": None,
    }


def error_row(id: object, error: str) -> dict[str, Any]:
    """The flat row standing for an article that failed.

    Args:
        id: The article's id.
        error: Why it failed.

    Returns:
        A row whose ``id`` and ``error`` are set and every other column null.

    """
    row: dict[str, Any] = dict.fromkeys(COLUMN_NAMES)
    row["id"] = flat_id(id)
    row["error"] = error
    return row


def flat_frame(rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """A pandas frame of flat rows, with the schema's columns and nullable dtypes.

    Args:
        rows: Rows from :func:`flat_rows` and :func:`error_row`.

    Returns:
        The frame; empty (but typed) when there are no rows. It is also the
        ``meta`` Dask needs to know the result's columns without computing it.

    """
    import pandas as pd

    frame = pd.DataFrame.from_records(list(rows), columns=list(COLUMN_NAMES))
    return frame.astype({name: _PANDAS_DTYPES[kind] for name, kind, _ in FLAT_COLUMNS})
