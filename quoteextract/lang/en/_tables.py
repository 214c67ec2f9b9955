"""One reader for every word list and table under ``quoteextract/lang/en/data``.

The lexicons are small tab-separated files: one row per line, ``#`` starts a
comment line, blank lines are skipped, and each file's header says what its
columns mean. :func:`read_table` is the only code that parses them, so every
table reports a malformed row the same way: a :class:`LexiconError` naming
the file and the line.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from importlib import resources

PACKAGE = "quoteextract.lang.en"
"""The package whose ``data`` folder holds the tables."""


class LexiconError(ValueError):
    """A lexicon data file is malformed (a packaging bug, not a user error).

    .. versionadded:: 0.1.0

    """


def read_text(name: str) -> str:
    """The text of one data file.

    Args:
        name: The file name under ``quoteextract/lang/en/data``.

    Returns:
        Its contents, decoded as UTF-8.

    Raises:
        LexiconError: If the file is missing or not UTF-8.

    """
    try:
        return resources.files(PACKAGE).joinpath("data", name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(f"{name}: cannot be read ({error})") from None


def read_table(name: str, columns: int | tuple[int, int], *, strip: bool = True) -> list[tuple[str, ...]]:
    """The rows of a tab-separated data file, comments and blank lines skipped.

    Args:
        name: The file name under ``quoteextract/lang/en/data``.
        columns: How many tab-separated fields each row has, or the
            ``(fewest, most)`` it may have (for tables with optional columns).
        strip: Whether to strip white space around each field.

    Returns:
        One tuple of fields per row, in file order.

    Raises:
        LexiconError: If the file cannot be read or a row has the wrong
            number of fields (the message names the file and the line).

    Example:
        ``read_table("cue_phrases.tsv", 4)`` gives rows such as
        ``("according to", "source_object", "according_to", "1")``.

    """
    fewest, most = (columns, columns) if isinstance(columns, int) else columns
    rows: list[tuple[str, ...]] = []
    for number, line in enumerate(read_text(name).splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if not fewest <= len(fields) <= most:
            expected = str(fewest) if fewest == most else f"{fewest} to {most}"
            raise LexiconError(f"{name}:{number}: expected {expected} tab-separated fields, got {len(fields)}")
        rows.append(tuple(f.strip() for f in fields) if strip else tuple(fields))
    return rows


__all__ = ["LexiconError", "read_table", "read_text"]
