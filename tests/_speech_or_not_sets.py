"""What the tests of the invented speech-or-not suites share: unsaid attributions measured, and the scope tests.

Each suite (tests/data/speech_or_not*.jsonl) holds speech as gold, what a speech-only annotator
does not count as ``non_quotes``, and the other attributions in each record's ``unsaid`` field.
A suite's own test module holds its measured figures and checks what it was written to cover;
:func:`speech_scope_test` and :func:`attribution_scope_test` make its two regression tests, and
:func:`generator_refusal_test` the test that its generator refuses a passage without its parts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from _invented_suites import load_generator, records

from quoteextract.evaluation import evaluate

SLACK = 0.02
"""How far past a measured ceiling or below a measured floor a run may go."""


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def measure(suite: Path, nlp: Any, scope: str) -> tuple[dict[str, float], Counter[str], Counter[str], int]:
    """The suite's figures in ``scope``: spans, unsaid covered and their totals by kind, non-quotes covered."""
    extractions: list[Any] = []
    report = evaluate(suite, nlp=nlp, scope=scope, on_extraction=extractions.append)
    figures = {
        "overlap precision": report.overlap.p,
        "overlap recall": report.overlap.r,
        "strict recall": report.strict.r,
    }
    covered: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    non_quotes = 0
    by_id = {e.id: e for e in extractions}
    for record in records(suite):
        spans = [(q.start, q.end) for q in by_id[record["id"]].quotes]
        for span in record["unsaid"]:
            totals[span["category"]] += 1
            covered[span["category"]] += any(_iou((span["start"], span["end"]), s) >= 0.5 for s in spans)
        non_quotes += sum(any(_iou((n["start"], n["end"]), s) >= 0.5 for s in spans) for n in record["non_quotes"])
    return figures, covered, totals, non_quotes


def speech_scope_test(
    suite: Path, measured: Mapping[str, float], unsaid_ceiling: float, non_quote_ceiling: int, label: str
) -> Callable[..., None]:
    """The speech-scope test of one suite: span floors, and ceilings on unsaid attributions and non-quotes covered."""

    @pytest.mark.model
    def test_speech_scope_keeps_speech_and_drops_the_rest(nlp: Any, capsys: Any) -> None:
        """Span figures stay at or above their floors; unsaid attributions and non-quotes stay under the ceilings."""
        figures, covered, totals, non_quotes = measure(suite, nlp, "speech")
        share = sum(covered.values()) / sum(totals.values())
        with capsys.disabled():
            print(f"\n{label} [speech]: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))
            kinds = ", ".join(f"{k} {covered[k]}/{n}" for k, n in sorted(totals.items()))
            print(f"  unsaid covered {share:.3f}: {kinds}\n  non-quotes covered {non_quotes}")
        assert [k for k, v in measured.items() if figures[k] < v - SLACK] == []
        assert share <= unsaid_ceiling + SLACK
        assert non_quotes <= non_quote_ceiling

    return test_speech_scope_keeps_speech_and_drops_the_rest


def attribution_scope_test(suite: Path, recall: float, non_quote_ceiling: int) -> Callable[..., None]:
    """The attribution-scope test of one suite: the speech items are found there too."""

    @pytest.mark.model
    def test_attribution_scope_still_finds_the_speech(nlp: Any) -> None:
        """The attribution scope finds the speech items too (it keeps the other attributions on purpose)."""
        figures, _, _, non_quotes = measure(suite, nlp, "attribution")
        assert figures["overlap recall"] >= recall - SLACK
        assert non_quotes <= non_quote_ceiling

    return test_attribution_scope_still_finds_the_speech


SOURCELESS_SPEECH_ONLY = "[[C|The court heard]] [[Q|that it rained]]."
"""A passage with nothing that is not speech, its one speech item without a source (allowed from the second suite)."""


def generator_refusal_test(generator: str, speech_only: str = SOURCELESS_SPEECH_ONLY) -> Callable[[], None]:
    """The test that the suite's generator refuses a passage without its parts.

    Args:
        generator: The generator's module name (``make_speech_or_not3``).
        speech_only: A passage with a whole speech item and nothing that is not speech.

    """

    def test_generator_refuses_a_passage_without_its_parts() -> None:
        """A speech item without its cue, or a passage with nothing that is not speech, is a ValueError."""
        module = load_generator(generator)
        text, spans = module.render("[[S|Ana]] said [[Q|that it rained]]. She thinks [[U:belief|it will snow]].", {})
        with pytest.raises(ValueError):
            module.record(1, "x", text, spans)
        text, spans = module.render(speech_only, {})
        with pytest.raises(ValueError):
            module.record(1, "x", text, spans)

    return test_generator_refuses_a_passage_without_its_parts
