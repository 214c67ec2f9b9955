"""Only the outermost attribution is a claim: nested cues and overlapping claims go.

"He said analysts believe the market will fall" gives one claim (what he
said), not a second one for "believe". Two sweeps over the candidates sorted
by offset do it in ``O(n log n)``:

1. a claim whose cue lies inside another claim's content is dropped, unless
   that other claim's cue lies inside its own content (each reports the
   other: "The talks, he said, will resume");
2. of claims that overlap, the first (by start, the longer first) stays,
   unless a later one is more confident.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from ..._model import Quotation


def outermost(candidates: Sequence[tuple[Quotation, int]]) -> list[Quotation]:
    """Drop claims whose cue lies inside another claim's content, then resolve overlaps.

    Args:
        candidates: ``(claim, cue_offset)`` pairs, in the order the frames found them.

    Returns:
        The kept claims in text order, no two overlapping.

    """
    nested = _nested(candidates)
    kept = [claim for k, (claim, _) in enumerate(candidates) if k not in nested]
    kept.sort(key=lambda q: (q.start, -q.end))
    result: list[Quotation] = []
    for claim in kept:
        # ``result`` is sorted and non-overlapping, and every claim in it starts
        # no later than this one: only the last can overlap it.
        if not result or result[-1].end <= claim.start:
            result.append(claim)
        elif claim.confidence > result[-1].confidence:
            result[-1] = claim
    return sorted(result, key=lambda q: (q.start, q.end))


def _nested(candidates: Sequence[tuple[Quotation, int]]) -> set[int]:
    """Indices of the candidates whose cue lies inside another's content, that one's cue not inside theirs.

    A candidate A is nested when some B has ``B.start <= A.cue < B.end`` and
    B's cue lies outside A's content: that is, when the smallest or the
    largest cue offset among the claims whose content holds A's cue lies
    outside A's content. (A itself may be among them only with its cue
    inside its own content, so it never decides.) The claims holding a
    point are swept with two heaps as the points increase.
    """
    by_start = sorted(range(len(candidates)), key=lambda k: candidates[k][0].content.start)
    by_cue = sorted(range(len(candidates)), key=lambda k: candidates[k][1])
    lowest: list[tuple[int, int]] = []  # (cue offset, content end) of the claims started so far
    highest: list[tuple[int, int]] = []  # (-cue offset, content end)
    nested: set[int] = set()
    i = 0
    for k in by_cue:
        claim, point = candidates[k]
        while i < len(by_start) and candidates[by_start[i]][0].content.start <= point:
            other, other_cue = candidates[by_start[i]]
            heapq.heappush(lowest, (other_cue, other.content.end))
            heapq.heappush(highest, (-other_cue, other.content.end))
            i += 1
        while lowest and lowest[0][1] <= point:
            heapq.heappop(lowest)  # ends before this point, and so before every later one
        while highest and highest[0][1] <= point:
            heapq.heappop(highest)
        if (lowest and lowest[0][0] < claim.content.start) or (highest and -highest[0][0] >= claim.content.end):
            nested.add(k)
    return nested


__all__ = ["outermost"]
