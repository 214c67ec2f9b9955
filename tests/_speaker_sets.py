"""What the tests of the invented speaker and chain sets share: their size, and their figures as floors.

Each set (tests/data/speakers_unseen*.jsonl, chains_unseen*.jsonl) is written by a generator
script built on ``make_speakers_suite.py`` (``tests/test_invented_suites.py`` checks that the file
is what it writes, with exact spans). A set's test module holds the figures measured on it and
binds :func:`size_test` and :func:`floors_test` to its own test names.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from _invented_suites import DATA, generated_lines
from _invented_suites import assert_exact_record as assert_exact_spans

from quoteextract.evaluation import evaluate, read_gold
from quoteextract.evaluation._nonquotes import non_quote_hits, read_non_quotes
from quoteextract.evaluation._predictions import from_extraction

__all__ = [
    "DATA",
    "SLACK",
    "assert_exact_spans",
    "failed_floors",
    "figures",
    "floors_test",
    "generated",
    "measure_with_non_quotes",
    "size_test",
]

SLACK = 0.02
"""How far below a measured figure a floor lets a run fall."""


def generated(name: str) -> str:
    """The JSON lines the generator ``name`` (``make_<suite>``) writes."""
    return "".join(line + "\n" for line in generated_lines(name.removeprefix("make_")))


def figures(speakers: Any) -> dict[str, float]:
    """The floored figures of an evaluation's speakers report."""
    return {
        "resolved speaker": speakers.resolved_accuracy or 0.0,
        "pronoun resolution": speakers.pronoun_accuracy or 0.0,
        "titles recall": speakers.titles_recall or 0.0,
        "anonymous sources": speakers.anonymous_accuracy or 0.0,
        "chain": speakers.chain_accuracy or 0.0,
        "chain, strict": speakers.chain_strict_accuracy or 0.0,
    }


def measure_with_non_quotes(path: Path, nlp: Any, scope: str) -> tuple[dict[str, float], int, int]:
    """A set's floored figures in ``scope``, and how many of its non-quotes a prediction covers (of all)."""
    extractions: list[Any] = []
    report = evaluate(path, nlp=nlp, scope=scope, on_extraction=extractions.append)
    found = {"overlap precision": report.overlap.p, "overlap recall": report.overlap.r}
    found.update(figures(report.speakers))
    predictions = {e.id: from_extraction(e) for e in extractions}
    texts = {a.id: a.text for a in read_gold(path)}
    covered, total = non_quote_hits(texts, read_non_quotes(path), predictions)["all"]
    return found, covered, total


def failed_floors(found: dict[str, float], measured: dict[str, float]) -> list[str]:
    """The figures that fell more than :data:`SLACK` below their measured value, described."""
    return [
        f"{name} fell to {found[name]:.3f} (measured {value:.3f})"
        for name, value in measured.items()
        if found[name] < value - SLACK
    ]


def size_test(
    path: Path, *, articles: int, quotes: int = 0, chained: int = 0, words: tuple[int, int] | None = None
) -> Callable[[], None]:
    """The size test of one set: how many articles and quotations, how many with outer links, how long each article.

    Args:
        path: The set's JSON-lines file.
        articles: Least number of articles.
        quotes: Least number of quotations.
        chained: Least number of quotations with a chain of more than one link.
        words: Least and most words an article has, when the set says.

    Returns:
        A test function for the set's module to bind to a ``test_`` name.

    """

    def test_set_is_as_large_as_written() -> None:
        """The gold reader accepts every article, and the set is as large as it was written to be."""
        found = read_gold(path)
        assert len(found) >= articles
        assert sum(len(a.quotes) for a in found) >= quotes
        assert sum(len(q.chain) > 1 for a in found for q in a.quotes) >= chained
        if words is not None:
            assert all(words[0] <= len(a.text.split()) <= words[1] for a in found)

    return test_set_is_as_large_as_written


def floors_test(path: Path, measured: Mapping[str, float], spurious: int, label: str) -> Callable[..., None]:
    """The regression test of one set: its speaker, title and chain figures stay at or above ``measured`` (less 0.02).

    Args:
        path: The set's JSON-lines file.
        measured: The figures measured on it (names of :func:`figures`).
        spurious: Most quotations whose gold chain is the speaker alone that may get an outer link.
        label: How the printed figures name the set.

    Returns:
        A test function for the set's module to bind to a ``test_`` name.

    """

    @pytest.mark.model
    def test_regression_floors(nlp: Any, capsys: Any) -> None:
        """Speaker, title and chain metrics on the set stay at or above the figures measured (less 0.02)."""
        speakers = evaluate(path, nlp=nlp).speakers
        found = figures(speakers)
        with capsys.disabled():
            print(f"\n{label}:\n" + "\n".join(f"  {k:<20} {v:.3f}" for k, v in found.items()))
        assert failed_floors(found, measured) == []
        assert speakers.spurious_chains[0] <= spurious

    return test_regression_floors
