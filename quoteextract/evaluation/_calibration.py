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
        confidence_total: The sum of their confidences.

    """

    low: float
    high: float
    predicted: int = 0
    precise: int = 0
    confidence_total: float = 0.0

    @property
    def mean_confidence(self) -> float | None:
        """The band's mean predicted confidence, or ``None`` when it is empty."""
        return self.confidence_total / self.predicted if self.predicted else None

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
    counts: list[list[float]] = [[0, 0, 0.0] for _ in BANDS[:-1]]
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
            band[2] += quote.confidence
    return [Band(BANDS[i], BANDS[i + 1], int(n), int(k), total) for i, (n, k, total) in enumerate(counts)]


def calibration_error(bands: Sequence[Band]) -> float | None:
    """The expected calibration error: the gap between confidence and precision.

    The mean over predictions of ``|band precision - band mean confidence|``
    (each band weighted by its size); 0 is perfectly calibrated.

    Args:
        bands: The bands of :func:`calibrate`.

    Returns:
        The error, or ``None`` when there are no predictions.

    """
    total = sum(b.predicted for b in bands)
    if not total:
        return None
    gaps = sum(
        b.predicted * abs(b.precise / b.predicted - b.mean_confidence)
        for b in bands
        if b.predicted and b.mean_confidence is not None
    )
    return gaps / total


def format_calibration(bands: Sequence[Band], title: str = "") -> str:
    """The calibration table as text (Markdown-compatible rows).

    Args:
        bands: The bands.
        title: A line to put above the table.

    Returns:
        The table, no trailing newline.

    """
    lines = [title] if title else []
    lines += ["| confidence | predicted | precision | mean confidence |", "| --- | ---: | ---: | ---: |"]
    for band in bands:
        closing = "]" if band.high == BANDS[-1] else ")"
        precision = "–" if band.precision is None else f"{band.precision:.3f}"
        mean = "–" if band.mean_confidence is None else f"{band.mean_confidence:.3f}"
        lines.append(f"| [{band.low:.1f}, {band.high:.1f}{closing} | {band.predicted} | {precision} | {mean} |")
    error = calibration_error(bands)
    if error is not None:
        lines.append(f"expected calibration error: {error:.3f}")
    return "\n".join(lines)
