"""Gold annotations: the records and the JSON-lines reader.

The format is the one of the development data (``docs/accuracy.md``): one
article a line, ``{"id", "text", "quotes": [{"start", "end", "kind",
"fragments", "cue_start", "cue_end", "source", "source_start", "source_end",
"source_aliases"}]}``. Every malformed line raises
:class:`~quoteextract.GoldFormatError` naming the file and line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from .._errors import GoldFormatError
from .._model import QUOTE_KINDS
from ._speaker_gold import GoldLink, parse_speaker_fields


@attrs.frozen
class GoldQuote:
    """One annotated attribution.

    Args:
        start: Offset of the content's first character.
        end: Offset one past the content's last character.
        kind: ``direct``, ``mixed`` or ``indirect``.
        fragments: The exact pieces of the content, ``(start, end)`` each.
        cue: The cue's ``(start, end)``, if annotated.
        source: The source mention's ``(start, end)``, if annotated.
        source_text: The source mention as written.
        source_aliases: Other names of the source.
        speaker: The immediate speaker's canonical name (optional field).
        speaker_titles: The speaker's titles and descriptions (optional field).
        anonymous: Whether the source is unnamed (optional field).
        chain: The source chain, immediate speaker first (optional field).

    """

    start: int
    end: int
    kind: str
    fragments: tuple[tuple[int, int], ...] = ()
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    source_text: str | None = None
    source_aliases: tuple[str, ...] = ()
    speaker: str | None = None
    speaker_titles: tuple[str, ...] = ()
    anonymous: bool | None = None
    chain: tuple[GoldLink, ...] = ()


@attrs.frozen
class GoldArticle:
    """One annotated article.

    Args:
        id: The article's identifier (unique within a gold file).
        text: The article.
        quotes: Its attributions.

    """

    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = ()


def _where(source: str, line: int | None) -> str:
    return f"{source} line {line}" if line is not None else source


def _span(value: Any, text_length: int, what: str) -> tuple[int, int]:
    """Check one ``[start, end]`` pair against the text length."""
    if not (isinstance(value, list | tuple) and len(value) == 2 and all(type(v) is int for v in value)):
        raise ValueError(f"{what} must be a [start, end] pair of integers, got {value!r}")
    start, end = value
    if not 0 <= start <= end <= text_length:
        raise ValueError(f"{what} [{start}, {end}] is not inside a text of length {text_length}")
    return start, end


def _optional_span(record: Mapping[str, Any], prefix: str, text_length: int) -> tuple[int, int] | None:
    start, end = record.get(f"{prefix}_start"), record.get(f"{prefix}_end")
    if start is None and end is None:
        return None
    return _span([start, end], text_length, f"{prefix}_start/{prefix}_end")


def _kind(record: Mapping[str, Any]) -> str:
    """The quote's kind, one of :data:`~quoteextract._model.QUOTE_KINDS`."""
    kind = record.get("kind")
    if kind not in QUOTE_KINDS:
        raise ValueError(f"kind must be one of {', '.join(QUOTE_KINDS)}, got {kind!r}")
    return str(kind)


def _fragments(record: Mapping[str, Any], text_length: int, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The quote's fragments (the whole span when none are given), each inside the quote."""
    raw_fragments = record.get("fragments") or [[start, end]]
    if not isinstance(raw_fragments, list):
        raise ValueError("fragments must be a list of [start, end] pairs")
    fragments = tuple(_span(f, text_length, "fragment") for f in raw_fragments)
    for f_start, f_end in fragments:
        if f_start < start or f_end > end:
            raise ValueError(f"fragment [{f_start}, {f_end}] lies outside the quote [{start}, {end}]")
    return fragments


def _source(record: Mapping[str, Any], text: str) -> tuple[tuple[int, int] | None, str | None]:
    """The source mention's span and text (the text defaults to the span's)."""
    source = _optional_span(record, "source", len(text))
    source_text = record.get("source")
    if source_text is not None and not isinstance(source_text, str):
        raise ValueError("source must be a string or null")
    if source is None and source_text is not None:
        raise ValueError("source is given without source_start/source_end")
    if source is not None and source_text is None:
        source_text = text[source[0] : source[1]]
    return source, source_text


def _aliases(record: Mapping[str, Any]) -> tuple[str, ...]:
    """The source's other names."""
    aliases = record.get("source_aliases") or []
    if not (isinstance(aliases, list) and all(isinstance(a, str) for a in aliases)):
        raise ValueError("source_aliases must be a list of strings")
    return tuple(aliases)


def _parse_quote_fields(record: Mapping[str, Any], text: str) -> GoldQuote:
    """Check every field of one quote record, in order, and build the quote."""
    start, end = _span([record.get("start"), record.get("end")], len(text), "start/end")
    kind = _kind(record)
    if "text" in record and record["text"] != text[start:end]:
        raise ValueError(f"text does not equal text[{start}:{end}]")
    fragments = _fragments(record, len(text), start, end)
    source, source_text = _source(record, text)
    aliases = _aliases(record)
    return GoldQuote(
        start=start,
        end=end,
        kind=kind,
        fragments=fragments,
        cue=_optional_span(record, "cue", len(text)),
        source=source,
        source_text=source_text,
        source_aliases=aliases,
        **parse_speaker_fields(record),
    )


def parse_quote(record: Any, text: str, index: int) -> GoldQuote:
    """Build one :class:`GoldQuote` from its JSON record, checking every field.

    Args:
        record: The decoded JSON object.
        text: The article it belongs to.
        index: Its position in the article's ``quotes`` (for messages).

    Returns:
        The quote.

    Raises:
        ValueError: With a message naming the quote and the field at fault.

    """
    if not isinstance(record, dict):
        raise ValueError(f"quote {index} must be an object, got {type(record).__name__}")
    try:
        return _parse_quote_fields(record, text)
    except ValueError as err:
        raise ValueError(f"quote {index}: {err}") from None


def parse_article(record: Any) -> GoldArticle:
    """Build one :class:`GoldArticle` from its decoded JSON object.

    Args:
        record: The decoded JSON line.

    Returns:
        The article.

    Raises:
        ValueError: With a message naming the field at fault.

    """
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("'text' must be a string")
    article_id = record.get("id")
    if not isinstance(article_id, str | int) or isinstance(article_id, bool):
        raise ValueError("'id' must be a string")
    quotes = record.get("quotes", [])
    if not isinstance(quotes, list):
        raise ValueError("'quotes' must be a list")
    parsed = tuple(parse_quote(q, text, i) for i, q in enumerate(quotes))
    return GoldArticle(id=str(article_id), text=text, quotes=parsed)


def iter_gold_jsonl(lines: Iterable[str], source: str = "<gold>") -> Iterator[GoldArticle]:
    """Read gold articles from JSON lines (blank lines are skipped).

    Args:
        lines: The lines of the file.
        source: The file name, for messages.

    Yields:
        One :class:`GoldArticle` per non-blank line.

    Raises:
        GoldFormatError: For a line that is not valid JSON or not a valid
            article, or a repeated id; the message names file and line.

    """
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            # The standard library, not srsly: ujson rejects integers past 64 bits and NaN,
            # rounds floats and words its errors differently, and these messages are checked.
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldFormatError(f"{_where(source, number)}: not valid JSON ({err.msg})") from None
        try:
            article = parse_article(record)
        except ValueError as err:
            raise GoldFormatError(f"{_where(source, number)}: {err}") from None
        if article.id in seen:
            raise GoldFormatError(
                f"{_where(source, number)}: id {article.id!r} already used on line {seen[article.id]}"
            )
        seen[article.id] = number
        yield article


def read_gold(path: str | os.PathLike[str]) -> list[GoldArticle]:
    """Read a gold file: JSON lines, or PolNeAR/BRAT standoff annotations.

    A path ending in ``.ann``, or a directory, is read as BRAT standoff
    (see :func:`~quoteextract.evaluation._brat.read_brat`); anything else as
    JSON lines.

    Args:
        path: The gold file or directory.

    Returns:
        The articles, in file order.

    Raises:
        GoldFormatError: If the file is malformed.
        OSError: If it cannot be read.

    """
    from ._brat import read_brat

    path = Path(path)
    if path.is_dir() or path.suffix == ".ann":
        return read_brat(path)
    with path.open(encoding="utf-8") as handle:
        return list(iter_gold_jsonl(handle, str(path)))
