"""Questions about positions in a text answered in order or by binary search, so the regex mode stays linear."""

from __future__ import annotations

import bisect
import itertools


class Intervals:
    """Half-open intervals sorted by start, asked whether any overlaps a range (in log time).

    Args:
        intervals: ``(start, end)`` pairs, in any order.

    """

    def __init__(self, intervals: list[tuple[int, int]]) -> None:
        ordered = sorted(intervals)
        self.starts = [start for start, _ in ordered]
        self.max_end = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some interval shares a character with ``[start, end)``."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.max_end[i - 1] > start

    def strictly_contains(self, pos: int) -> bool:
        """Whether some interval has ``start < pos < end``."""
        i = bisect.bisect_left(self.starts, pos)
        return i > 0 and self.max_end[i - 1] > pos
