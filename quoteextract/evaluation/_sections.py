"""The optional parts of ``quoteextract evaluate``: scope scores, non-quote false positives, calibration.

Each part is computed from what the main run already made (the gold articles
and the library's extractions, or a prediction file) and printed under the
main table; in ``--json`` mode each adds a key to the JSON object.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._model import Extraction
from ._calibration import calibrate, calibration_error, format_calibration
from ._nonquotes import format_non_quotes, non_quote_hits, read_non_quotes
from ._predictions import PredictedQuote, from_extraction, read_predictions
from ._run import load_gold
from ._scope import format_scope, score_scope
from ._scoring import EvaluationReport

if TYPE_CHECKING:
    from spacy.language import Language


def extra_sections(
    report: EvaluationReport,
    gold: str | os.PathLike[str],
    extractions: Mapping[str, Extraction],
    *,
    predictions_path: str | None = None,
    nlp: Language | str | None = None,
    cache: str | None = None,
    limit: int | None = None,
    scope: str = "attribution",
    calibration: bool = False,
) -> tuple[list[str], dict[str, Any]]:
    """Compute the optional parts of the evaluation.

    Args:
        report: The main report (predictions against all gold).
        gold: The gold file.
        extractions: The library's extractions by id (empty for a prediction file).
        predictions_path: The prediction file, if one was scored.
        nlp: The pipeline (to parse the gold for the speech scope).
        cache: The parse cache directory.
        limit: How many gold articles were scored.
        scope: The scope the predictions were made in.
        calibration: Whether to add the calibration table.

    Returns:
        The text sections and the JSON keys.

    """
    articles = load_gold(gold, limit)
    predictions: Mapping[str, list[PredictedQuote]]
    if predictions_path is not None:
        predictions = read_predictions(Path(predictions_path))
    else:
        predictions = {key: from_extraction(value) for key, value in extractions.items()}
    texts: list[str] = []
    data: dict[str, Any] = {}
    if scope != "attribution":
        from .._pipeline import load_pipeline
        from ._cache import parse_texts

        pipeline = load_pipeline(nlp)
        docs = list(parse_texts(pipeline, [a.text for a in articles], cache))
        scoped = score_scope(scope, articles, docs, predictions, report)
        texts.append(format_scope(scoped))
        data.update(scoped.to_dict())
    if isinstance(gold, str | os.PathLike) and os.fspath(gold).endswith(".jsonl"):
        ids = {a.id for a in articles}
        non_quotes = {k: v for k, v in read_non_quotes(gold).items() if k in ids}
        if non_quotes:
            hits = non_quote_hits({a.id: a.text for a in articles}, non_quotes, predictions)
            texts.append(format_non_quotes(hits))
            data["non_quotes"] = {key: {"false_positives": h, "total": t} for key, (h, t) in hits.items()}
            asserted = non_quote_hits({a.id: a.text for a in articles}, non_quotes, predictions, asserted_only=True)
            texts.append(format_non_quotes(asserted, "... of which reported as plain assertions (polarity asserted):"))
            data["non_quotes_asserted"] = {key: {"false_positives": h, "total": t} for key, (h, t) in asserted.items()}
    if calibration and extractions:
        bands = calibrate(articles, extractions)
        texts.append(format_calibration(bands, f"calibration ({scope} scope): confidence band vs overlap precision"))
        data["calibration"] = [
            {
                "low": b.low,
                "high": b.high,
                "predicted": b.predicted,
                "precision": b.precision,
                "mean_confidence": b.mean_confidence,
            }
            for b in bands
        ]
        data["calibration_error"] = calibration_error(bands)
    return texts, data
