"""What the tests of the invented news, reported-speech and speech-or-not suites share: figures and floors.

Each suite's own test module holds its measured figures and checks what it was written to cover;
:func:`floors_test` makes its regression test, :func:`markup_errors_test` the test of a generator in the
``⟦key|text⟧`` markup of ``make_news_speech3.py``. The generator and span checks every invented suite
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

__all__ = ["DATA", "assert_exact_record", "floors_test", "load_generator", "markup_errors_test", "measure", "records"]

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


def markup_errors_test(
    generator: str,
    marked: str = "⟦s1|Lee⟧ ⟦c1|said⟧ ⟦q1|'Yes.'⟧",
    plain: str = "Lee said 'Yes.'",
    content: tuple[int, int] = (9, 15),
) -> Callable[[], None]:
    """The test that a generator in the third news suite's markup reads it, and names bad spans.

    Args:
        generator: The generator's module name (``make_news_speech4``).
        marked: A marked-up sentence with an item ``q1``.
        plain: Its text without the markup.
        content: The offsets of ``q1`` in ``plain``.

    """

    def test_markup_errors_are_reported() -> None:
        """The generator's markup reader names unbalanced, unclosed or orphan spans instead of writing bad offsets."""
        module = load_generator(generator)
        text, spans = module.parse_markup(marked)
        assert text == plain and spans["q1"] == [content]
        with pytest.raises(ValueError, match="unbalanced"):
            module.parse_markup("Lee said⟧")
        with pytest.raises(ValueError, match="unclosed"):
            module.parse_markup("⟦q1|Lee said")
        orphan = module.Article("x", "test", "⟦q1|'Yes,'⟧ ⟦s2|Lee⟧ ⟦c1|said⟧.", [module.Item(1, "Lee")])
        with pytest.raises(ValueError, match="s2 has no item"):
            module.build_article(orphan)
        no_content = module.Article("x", "test", "Lee ⟦c1|said⟧ so.", [module.Item(1, "Lee")])
        with pytest.raises(ValueError, match="no q1 span"):
            module.build_article(no_content)

    return test_markup_errors_are_reported
