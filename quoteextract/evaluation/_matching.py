"""Greedy one-to-one matching of gold and predicted quotations.

Each quotation is scored through its *units*: its whole extent and each of
its fragments, all trimmed (:func:`~._spans.trim`). A gold quotation matches
at most once; each unit of a prediction matches at most once, so a
prediction whose two fragments are two gold quotations matches both. Pairs
are taken best overlap first.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._spans import iou, trim

Interval = tuple[int, int]


def units(text: str, start: int, end: int, fragments: Sequence[Interval]) -> tuple[Interval, ...]:
    """The trimmed, distinct, non-empty intervals through which a quotation can match.

    Args:
        text: The article.
        start: The quotation's start.
        end: Its end.
        fragments: Its pieces.

    Returns:
        The whole extent first, then the fragments, trimmed; duplicates and
        empty intervals dropped.

    """
    seen: list[Interval] = []
    for s, e in ((start, end), *fragments):
        unit = trim(text, s, e)
        if unit[0] < unit[1] and unit not in seen:
            seen.append(unit)
    return tuple(seen)


def greedy_match(
    gold: Sequence[Sequence[Interval]],
    predicted: Sequence[Sequence[Interval]],
    *,
    strict: bool,
) -> dict[int, tuple[int, float]]:
    """Match gold quotations to predictions, best overlap first.

    Args:
        gold: The units of each gold quotation.
        predicted: The units of each prediction.
        strict: Require equal boundaries (score 1); otherwise require
            intersection over union of at least 0.5.

    Returns:
        ``{gold index: (prediction index, score)}`` for every matched gold
        quotation.

    """
    candidates: list[tuple[float, int, int, int, int]] = []
    for g, g_units in enumerate(gold):
        for gu in g_units:
            for p, p_units in enumerate(predicted):
                for pu_index, pu in enumerate(p_units):
                    if pu[1] <= gu[0] or pu[0] >= gu[1]:
                        continue
                    score = (1.0 if pu == gu else 0.0) if strict else iou(gu, pu)
                    if (strict and score == 1.0) or (not strict and score >= 0.5):
                        candidates.append((score, g, gu[0], p, pu_index))
    # Best first; ties in text order so the result never depends on set order.
    candidates.sort(key=lambda c: (-c[0], c[2], c[1], c[3], c[4]))
    matched: dict[int, tuple[int, float]] = {}
    used: set[tuple[int, int]] = set()
    for score, g, _, p, pu_index in candidates:
        if g in matched or (p, pu_index) in used:
            continue
        matched[g] = (p, score)
        used.add((p, pu_index))
    return matched


def greedy_pair(gold: Sequence[Interval | None], predicted: Sequence[Interval | None]) -> dict[int, int]:
    """Pair single intervals one to one, largest overlap first, any shared character counting.

    Used for cues.

    Args:
        gold: One interval (or ``None``) per gold item.
        predicted: One interval (or ``None``) per predicted item.

    Returns:
        ``{gold index: prediction index}``.

    """
    candidates = []
    for g, gi in enumerate(gold):
        if gi is None:
            continue
        for p, pi in enumerate(predicted):
            if pi is None:
                continue
            score = iou(gi, pi)
            if score > 0:
                candidates.append((score, gi[0], g, p))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2], c[3]))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, g, p in candidates:
        if g in pairs or p in used:
            continue
        pairs[g] = p
        used.add(p)
    return pairs
