"""What the tests of the invented news speech suites share: generator, offsets, figures and floors.

Each suite (tests/data/news_speech*.jsonl) is written by a generator script; its test checks
that the file is what the generator writes, that every span is exact, and that the span,
end-to-end and speaker figures and the non-quotes covered hold in both scopes (floors are
checked with ``_speaker_sets.failed_floors``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from quoteextract.evaluation import evaluate, read_gold
from quoteextract.evaluation._nonquotes import non_quote_hits, read_non_quotes
from quoteextract.evaluation._predictions import from_extraction

DATA = Path(__file__).parent / "data"


def load_generator(name: str) -> Any:
    """Import a generator script from tests/data (not a package) as a module."""
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def records(suite: Path) -> list[dict[str, Any]]:
    """The suite's raw JSON records."""
    return [json.loads(line) for line in suite.read_text(encoding="utf-8").splitlines() if line.strip()]


def assert_exact_record(record: dict[str, Any]) -> None:
    """Quotation, fragment, cue, source and non-quote spans each slice the text to what the record says."""
    text = record["text"]
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"], record["id"]
        for start, end in quote["fragments"]:
            assert quote["start"] <= start < end <= quote["end"], record["id"]
        for key in ("cue", "source"):
            if quote.get(key) is not None:
                assert text[quote[f"{key}_start"] : quote[f"{key}_end"]] == quote[key], record["id"]
    for span in record["non_quotes"]:
        assert text[span["start"] : span["end"]] == span["text"], record["id"]


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
