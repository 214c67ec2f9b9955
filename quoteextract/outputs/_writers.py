"""Writers of the command line's output formats: text, JSON, JSON lines, tables, HTML pages."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import IO

import attrs

from .._model import Extraction
from ._corpus import Record, output_record
from ._html import article_html, error_html, page_foot, page_head
from ._textview import readable, table

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
"""Characters not kept in a page's file name."""


class _Writer:
    """Writes records in one output format to a text stream, as they come."""

    def __init__(self, stream: IO[str], fmt: str, *, many: bool, title: str) -> None:
        self.stream = stream
        self.fmt = fmt
        self.many = many
        self.title = title
        self.count = 0

    def start(self) -> None:
        """Write what comes before the first record."""
        if self.fmt == "html":
            self.stream.write(page_head(self.title))
        elif self.fmt == "json" and self.many:
            self.stream.write("[")

    def write(self, record: Record, result: Extraction | None, error: str | None) -> None:
        """Write one record: its result, or the error that stopped it."""
        self.count += 1
        out = _Encodable(self.stream)
        if self.fmt in ("json", "jsonl"):
            data = output_record(record, result, error)
            if self.fmt == "jsonl":
                out.write(json.dumps(data, ensure_ascii=False) + "\n")
            else:
                text = json.dumps(data, ensure_ascii=False, indent=2)
                out.write(("\n" if self.count == 1 else ",\n") + text if self.many else text + "\n")
        elif self.fmt == "html":
            anchor = f"a{self.count}"
            if result is None:
                out.write(error_html(record.id, error or "", anchor))
            else:
                out.write(article_html(record.text or "", _with_id(result, record), anchor))
        else:
            if self.count > 1:
                out.write("\n")
            if result is None:
                out.write(f"== {record.id}: error: {error}\n")
            elif self.fmt == "table":
                out.write(f"== {record.id}\n{table(result)}\n")
            else:
                out.write(readable(result, str(record.id)) + "\n")
        out.flush()

    def finish(self) -> None:
        """Write what comes after the last record."""
        if self.fmt == "html":
            self.stream.write(page_foot())
        elif self.fmt == "json" and self.many:
            self.stream.write("\n]\n" if self.count else "]\n")


class _Encodable:
    r"""Writes to a text stream, escaping lone surrogates (``\udc80``) that UTF-8 cannot encode.

    Ids and passed-through fields of a JSON record may hold them (a broken
    ``\ud83d`` escape); in JSON output the escape reads back as the same
    string, so nothing is lost.
    """

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, text: str) -> None:
        """Write ``text``, escaped if it holds a surrogate."""
        if not text.isascii():
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        self.stream.write(text)

    def flush(self) -> None:
        """Flush the stream."""
        self.stream.flush()


def _with_id(result: Extraction, record: Record) -> Extraction:
    """The result with the record's id (as text) for display."""
    return result if result.id is not None else attrs.evolve(result, id=str(record.id))


class _PagesWriter(_Writer):
    """Writes one HTML page per record into a folder, and an index page linking them."""

    def __init__(self, index: IO[str], folder: Path, *, title: str) -> None:
        super().__init__(index, "html", many=True, title=title)
        self.folder = folder

    def write(self, record: Record, result: Extraction | None, error: str | None) -> None:
        """Write the record's own page and its line in the index."""
        self.count += 1
        name = f"{self.count:06d}_{_SAFE_NAME.sub('_', str(record.id))[-80:].strip('_')}.html"
        if result is None:
            body = error_html(record.id, error or "", "a1")
            summary = f"error: {error}"
        else:
            body = article_html(record.text or "", _with_id(result, record), "a1")
            summary = f"{len(result.quotes)} quotations"
        page = page_head(str(record.id)) + body + page_foot()
        (self.folder / name).write_text(page, encoding="utf-8", errors="backslashreplace")
        _Encodable(self.stream).write(
            f'<li><a href="{html.escape(name)}">{html.escape(str(record.id))}</a> '
            f'<span class="muted">{html.escape(summary)}</span></li>\n'
        )
        self.stream.flush()

    def start(self) -> None:
        """Write the start of the index page."""
        self.stream.write(page_head(self.title) + '<article><ul class="index">\n')

    def finish(self) -> None:
        """Write the end of the index page."""
        self.stream.write("</ul></article>\n" + page_foot())
