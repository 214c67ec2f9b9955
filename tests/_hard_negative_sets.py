"""What the tests of the invented hard-negative suites 2 and 3 share: generator, offsets and false positives.

Each suite (tests/data/hard_negatives{2,3}.jsonl) is written by a generator script from a
passages module; its test checks that the file is what the generator writes, that every span
is exact, that every reason is covered, and that the false-positive rates and the positive
controls' recall hold in both scopes.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import attrs

import quoteextract
from quoteextract.evaluation import read_gold, score
from quoteextract.evaluation._nonquotes import WHY, non_quote_hits, parse_non_quotes, read_non_quotes
from quoteextract.evaluation._predictions import from_extraction

DATA = Path(__file__).parent / "data"
SLACK = 0.02
"""How far past a measured ceiling or below a measured floor a run may go."""


def load_generator(name: str) -> Any:
    """Import a generator script from tests/data (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def records(suite: Path) -> list[dict[str, Any]]:
    """The suite's raw JSON records."""
    return [json.loads(line) for line in suite.read_text(encoding="utf-8").splitlines()]


def assert_exact_record(record: dict[str, Any]) -> None:
    """Every quote, cue, source and non-quote span slices the text exactly; every reason is the README's."""
    text = record["text"]
    assert record["non_quotes"]
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"]
        assert text[quote["source_start"] : quote["source_end"]] == quote["source"]
    assert len(parse_non_quotes(record)) == len(record["non_quotes"])
    for span in record["non_quotes"]:
        assert text[span["start"] : span["end"]] == span["text"]
        assert span["why"] in WHY


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
