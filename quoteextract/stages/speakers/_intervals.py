"""Sorted character ranges answering "is this offset inside one of them?" by binary search.

Speaker resolution asks, for every mention, whether it lies in quoted words,
in a credit line or in a speaker's words. Scanning every range per question
made the stage quadratic in the article's length; :class:`Intervals` sorts
the ranges once and keeps the running maximum of their ends, so each question
costs one binary search, with exactly the answers of the scan.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable


class Intervals:
    """A fixed set of ``(start, end)`` ranges, indexed once.

    Args:
        ranges: The ranges, in any order; overlapping and nested ones are fine.

    """

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(ranges)
        self._starts = [s for s, _ in pairs]
        self._reach = list(itertools.accumulate((e for _, e in pairs), max))

    def _furthest(self, count: int) -> int | None:
        """The largest end among the first ``count`` ranges (by start), if any."""
        return self._reach[count - 1] if count > 0 else None

    def contains(self, start: int, end: int) -> bool:
        """Whether one range holds all of ``start:end`` (``s <= start`` and ``end <= e``)."""
        reach = self._furthest(bisect.bisect_right(self._starts, start))
        return reach is not None and reach >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some range shares a character with ``start:end`` (``s < end`` and ``start < e``)."""
        reach = self._furthest(bisect.bisect_left(self._starts, end))
        return reach is not None and reach > start

    def holds(self, offset: int) -> bool:
        """Whether some range holds the character at ``offset`` (``s <= offset < e``)."""
        reach = self._furthest(bisect.bisect_right(self._starts, offset))
        return reach is not None and reach > offset
