"""What the tests of the invented hard-negative suites share: reasons covered, and false positives measured.

``tests/test_hard_negative_suites.py`` holds each suite's measured limits; the generator and span
checks every invented suite shares are in ``_invented_suites`` (re-exported here).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
from _invented_suites import DATA, assert_exact_record, load_generator, records

import quoteextract
from quoteextract.evaluation import read_gold, score
from quoteextract.evaluation._nonquotes import non_quote_hits, read_non_quotes
from quoteextract.evaluation._predictions import from_extraction

__all__ = ["DATA", "SLACK", "Measured", "assert_exact_record", "load_generator", "measure", "reason_counts", "records"]

SLACK = 0.02
"""How far past a measured ceiling or below a measured floor a run may go."""


def reason_counts(suite: Path) -> dict[str, int]:
    """How many non-quotes the suite has for each reason."""
    counts: dict[str, int] = {}
    for record in records(suite):
        for span in record["non_quotes"]:
            counts[span["why"]] = counts.get(span["why"], 0) + 1
    return counts


@attrs.frozen
class Measured:
    """One scope's run over a suite.

    Args:
        hits: Non-quotes covered, by reason: ``(covered, total)``.
        asserted: Non-quotes covered by a prediction reported as a plain assertion.
        recall: Overlap recall of the positive controls.

    """

    hits: dict[str, tuple[int, int]]
    asserted: int
    recall: float

    @property
    def rate(self) -> float:
        """Share of all non-quotes covered."""
        hit, total = self.hits["all"]
        return hit / total

    @property
    def asserted_rate(self) -> float:
        """Share of all non-quotes covered by a plain assertion."""
        return self.asserted / self.hits["all"][1]


def measure(suite: Path, nlp: Any, scope: str) -> Measured:
    """Run the library over the suite in ``scope`` and count its false positives and found controls."""
    articles = list(read_gold(suite))
    results = quoteextract.extract_many([a.text for a in articles], nlp, ids=[a.id for a in articles], scope=scope)
    predictions = {r.id: from_extraction(r) for r in results}
    texts = {a.id: a.text for a in articles}
    hits = non_quote_hits(texts, read_non_quotes(suite), predictions)
    asserted, _ = non_quote_hits(texts, read_non_quotes(suite), predictions, asserted_only=True)["all"]
    return Measured(hits, asserted, score(articles, predictions).overlap.r)
