"""Confidence calibration: predicted confidence band against measured precision.

Each prediction is matched to the gold as the span-overlap score does
(intersection over union >= 0.5, greedy, one to one); the predictions are then
grouped by confidence band and each band's precision is the share matched.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from .._model import Extraction
from ._gold import GoldArticle
from ._matching import greedy_match, units

BANDS: tuple[float, ...] = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
"""Band edges: ``[0, 0.3)``, ``[0.3, 0.5)``, ... ``[0.9, 1.0]``."""


@attrs.frozen
class Band:
    """One confidence band.

    Args:
        low: Lowest confidence in the band.
        high: Highest (exclusive, except for the last band).
        predicted: Predictions in the band.
        precise: Of those, how many match a gold item.

    """

    low: float
    high: float
    predicted: int = 0
    precise: int = 0

    @property
    def precision(self) -> float | None:
        """The band's precision, or ``None`` when it is empty."""
        return self.precise / self.predicted if self.predicted else None


def _band_index(confidence: float) -> int:
    """Which band a confidence falls in."""
    for index in range(len(BANDS) - 2, -1, -1):
        if confidence >= BANDS[index]:
            return index
    return 0


def calibrate(articles: Sequence[GoldArticle], extractions: Mapping[str, Extraction]) -> list[Band]:
    """Precision by confidence band.

    Args:
        articles: The gold articles.
        extractions: The library's extractions by article id.

    Returns:
        One :class:`Band` per band of :data:`BANDS`, lowest first.

    """
    counts = [[0, 0] for _ in BANDS[:-1]]
    for article in articles:
        extraction = extractions.get(article.id)
        if extraction is None:
            continue
        text = article.text
        gold_units = [units(text, q.start, q.end, q.fragments) for q in article.quotes]
        quotes = extraction.quotes
        pred_units = [units(text, q.start, q.end, [(f.start, f.end) for f in q.fragments]) for q in quotes]
        matched = {p for p, _ in greedy_match(gold_units, pred_units, strict=False).values()}
        for index, quote in enumerate(quotes):
            band = counts[_band_index(quote.confidence)]
            band[0] += 1
            band[1] += index in matched
    return [Band(BANDS[i], BANDS[i + 1], n, k) for i, (n, k) in enumerate(counts)]


def format_calibration(bands: Sequence[Band], title: str = "") -> str:
    """The calibration table as text (Markdown-compatible rows).

    Args:
        bands: The bands.
        title: A line to put above the table.

    Returns:
        The table, no trailing newline.

    """
    lines = [title] if title else []
    lines += ["| confidence | predicted | precision |", "| --- | ---: | ---: |"]
    for band in bands:
        closing = "]" if band.high == BANDS[-1] else ")"
        precision = "–" if band.precision is None else f"{band.precision:.3f}"
        lines.append(f"| [{band.low:.1f}, {band.high:.1f}{closing} | {band.predicted} | {precision} |")
    return "\n".join(lines)
