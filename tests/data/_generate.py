"""What every suite generator in tests/data shares: importing its sibling modules, and writing the suite.

A suite ``tests/data/<name>.jsonl`` is written by its generator script ``tests/data/make_<name>.py``
from data modules next to it (``<name>_articles*.py`` or ``<name>_passages*.py``: the invented text and
its annotations, as plain Python data). tests/data is not a package: a generator run as a script finds
this module because the script's folder comes first on ``sys.path``, and the tests' loader
(``tests/_invented_suites.py``) puts the folder there while it imports a generator. A generator needs
only two names at module level, the ones the tests call, and its family's base generator makes both:

- ``build()``: every gold record of the suite, in order;
- ``main()``: write them to ``tests/data/<name>.jsonl`` (:func:`write`).

So a new suite of an existing family is its docstring (what it covers, the annotation decisions it
takes) and one call naming its data modules, for example a speaker set::

    from _generate import sibling

    build, main = sibling("make_speakers_suite").suite(
        "speakers_unseen8", "speakers_unseen8_articles:ARTICLES_A", "speakers_unseen8_articles_b:ARTICLES_B"
    )

    if __name__ == "__main__":
        main()

The families, their base generators and how to add a suite: ``docs/testing.md``.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
"""tests/data, where the generators, their data modules and the suites are."""

Record = dict[str, Any]
"""One gold record of a suite (an article or a passage), as written to its JSON line."""

Build = Callable[[], list[Record]]
"""A generator's ``build``: every gold record of its suite, in order."""

Main = Callable[[], None]
"""A generator's ``main``: write its suite."""


@contextmanager
def _on_path() -> Iterator[None]:
    """Put tests/data first on ``sys.path`` for the time of an import (the modules import each other by name)."""
    folder = str(HERE)
    added = folder not in sys.path
    if added:
        sys.path.insert(0, folder)
    try:
        yield
    finally:
        if added:
            sys.path.remove(folder)


def sibling(name: str) -> ModuleType:
    """The module ``tests/data/<name>.py``, imported once and then shared (a generator or a data module).

    Args:
        name: The module's file name without ``.py`` (``"make_speakers_suite"``, ``"speakers_unseen7_articles"``).

    """
    if name in sys.modules:
        return sys.modules[name]
    with _on_path():
        return importlib.import_module(name)


def articles(*parts: str) -> list[Any]:
    """The items of several data modules, part after part.

    Args:
        *parts: ``"module"`` (its list ``ARTICLES``) or ``"module:NAME"`` (its list ``NAME``), each a
            module of tests/data.

    """
    items: list[Any] = []
    for part in parts:
        name, _, attribute = part.partition(":")
        items.extend(getattr(sibling(name), attribute or "ARTICLES"))
    return items


def dumps(records: Sequence[Record]) -> str:
    """The records as JSON lines (UTF-8 kept as it is, one record a line, each line ended)."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def summary(records: Sequence[Record]) -> str:
    """How much a suite holds: records, quotations, those with outer links, non-quotes and unsaid spans."""
    quotes = [quote for record in records for quote in record["quotes"]]
    counts = {
        "records": len(records),
        "quotations": len(quotes),
        "with outer links": sum(1 for quote in quotes if len(quote.get("chain") or ()) > 1),
        "non-quotes": sum(len(record.get("non_quotes") or ()) for record in records),
        "unsaid": sum(len(record.get("unsaid") or ()) for record in records),
    }
    return ", ".join(f"{value} {what}" for what, value in counts.items() if value or what == "quotations")


def write(name: str, records: Sequence[Record]) -> Path:
    """Write the suite ``tests/data/<name>.jsonl`` and say what it holds.

    Returns:
        The path written.

    """
    target = HERE / f"{name}.jsonl"
    target.write_text(dumps(records), encoding="utf-8")
    print(f"wrote {target.relative_to(HERE.parent.parent)} ({summary(records)})")
    return target


def generator(name: str, records: Build) -> tuple[Build, Main]:
    """The ``build`` and ``main`` of the generator of ``tests/data/<name>.jsonl`` (a family's base calls it).

    Args:
        name: The suite's name.
        records: Builds every gold record of the suite, in order.

    Returns:
        ``build`` (``records``, named for the tests and for a reader) and ``main`` (:func:`write` them).

    """

    def build() -> list[Record]:
        return records()

    def main() -> None:
        write(name, build())

    build.__doc__ = f"Every gold record of ``{name}.jsonl``, in order."
    main.__doc__ = f"Write ``tests/data/{name}.jsonl`` and say what it holds."
    return build, main


def check(record: Record) -> None:
    """Raise ``AssertionError`` unless every span of ``record`` slices its text exactly.

    The spans: each quotation, its cue and its source (when it has them), each non-quote and unsaid span.
    """
    text = record["text"]
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"], quote
        for key in ("cue", "source"):
            if quote.get(key) is not None:
                assert text[quote[f"{key}_start"] : quote[f"{key}_end"]] == quote[key], quote
    for span in [*(record.get("non_quotes") or ()), *(record.get("unsaid") or ())]:
        assert text[span["start"] : span["end"]] == span["text"], span
