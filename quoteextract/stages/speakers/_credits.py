"""Byline and credit lines: the article's own journalists are not speakers."""

from __future__ import annotations

from ...lang.en import _speaker_lexicon as _lexicon


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """Find the lines that credit the article's own writers.

    A line (text between line breaks) is a credit line when it matches a
    pattern of ``data/credit_lines.tsv`` ("CNN’s A and B contributed to this
    report", "Reporting by A; Editing by B", "By A and B") and is short
    (under 300 characters), so a long paragraph that merely mentions
    "reporting by" is not swallowed.

    Args:
        text: The article.

    Returns:
        ``(start, end)`` of every credit line, in text order.

    """
    ranges = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and len(body) < 300 and any(p.search(body) for p in _lexicon.credit_patterns()):
            ranges.append((offset, offset + len(body)))
        offset += len(line)
    return ranges
