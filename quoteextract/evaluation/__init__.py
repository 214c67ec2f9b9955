"""Evaluation: score quoteextract against annotated news, as ``quoteextract evaluate`` does.

Gold data are read from JSON lines (the development data's format) or from
PolNeAR/BRAT standoff files; predictions come from running the library, from
the regex-only mode, or from a JSON-lines file in the library's output shape.
The metrics are defined in :mod:`._scoring` and ``docs/accuracy.md``.
"""

from __future__ import annotations

from ._cli import cli_main
from ._gold import GoldArticle, GoldQuote, read_gold
from ._predictions import PredictedQuote, read_predictions
from ._run import evaluate
from ._scoring import ErrorCase, EvaluationReport, Scores, score
from ._speaker_metrics import SpeakerCase, SpeakerScores

__all__ = [
    "ErrorCase",
    "EvaluationReport",
    "GoldArticle",
    "GoldQuote",
    "PredictedQuote",
    "Scores",
    "SpeakerCase",
    "SpeakerScores",
    "cli_main",
    "evaluate",
    "read_gold",
    "read_predictions",
    "score",
]
