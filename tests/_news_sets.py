"""What the tests of the invented news, reported-speech and speech-or-not suites share: figures and floors.

Each suite's own test module holds its measured figures and checks what it was written to cover;
:func:`floors_test` makes its regression test. The generator and span checks every invented suite
shares are in ``_invented_suites`` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from _invented_suites import DATA, assert_exact_record, load_generator, records
from _speaker_sets import failed_floors

from quoteextract.evaluation import evaluate, read_gold
from quoteextract.evaluation._nonquotes import non_quote_hits, read_non_quotes
from quoteextract.evaluation._predictions import from_extraction

__all__ = ["DATA", "assert_exact_record", "floors_test", "load_generator", "measure", "records"]

SCOPES = ("attribution", "speech")


def measure(suite: Path, nlp: Any, scope: str) -> tuple[dict[str, float], int, int]:
    """The suite's floored figures in ``scope``, and how many of its non-quotes a prediction covers (of all)."""
    extractions: list[Any] = []
    report = evaluate(suite, nlp=nlp, scope=scope, on_extraction=extractions.append)
    speakers = report.speakers
    figures = {
        "overlap precision": report.overlap.p,
        "overlap recall": report.overlap.r,
        "overlap F1": report.overlap.f1,
        "strict F1": report.strict.f1,
        "end to end F1": report.end_to_end.f1,
        "speaker accuracy": report.speaker_correct / report.speaker_total,
        "resolved speaker": (speakers.resolved_accuracy or 0.0) if speakers else 0.0,
    }
    predictions = {e.id: from_extraction(e) for e in extractions}
    texts = {a.id: a.text for a in read_gold(suite)}
    covered, total = non_quote_hits(texts, read_non_quotes(suite), predictions)["all"]
    return figures, covered, total


def floors_test(
    suite: Path, measured: Mapping[str, Mapping[str, float]], ceiling: Mapping[str, int] | int, label: str
) -> Callable[..., None]:
    """The regression test of one suite: its figures in both scopes stay at or above ``measured`` (less 0.02).

    Args:
        suite: The suite's JSON-lines file.
        measured: The figures measured on it, by scope.
        ceiling: Most of its non-quotes a prediction may cover, by scope (or one number for both).
        label: How the printed figures name the suite.

    Returns:
        A test function for the suite's module to bind to a ``test_`` name.

    """

    @pytest.mark.model
    @pytest.mark.parametrize("scope", SCOPES)
    def test_regression_floors(nlp: Any, scope: str, capsys: Any) -> None:
        """Span, end-to-end and speaker figures stay at or above those measured; non-quotes covered stay capped."""
        figures, covered, total = measure(suite, nlp, scope)
        with capsys.disabled():
            print(f"\n{label} [{scope}]: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))
            print(f"  non-quotes covered {covered}/{total}")
        assert failed_floors(figures, measured[scope]) == []
        assert covered <= (ceiling if isinstance(ceiling, int) else ceiling[scope])

    return test_regression_floors
