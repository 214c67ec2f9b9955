"""Tests of benchmarks/suite_summary.py, the script that prints every figure of docs/results.md.

The script is imported from its path; its end-to-end test runs it on one small suite and the two-article
evaluation fixture, and checks that its tables report what ``quoteextract evaluate`` measures.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteextract.evaluation import evaluate

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FIXTURE = ROOT / "tests" / "fixtures" / "eval_gold.jsonl"


@pytest.fixture(scope="module")
def summary() -> Any:
    """The script as a module."""
    spec = importlib.util.spec_from_file_location("suite_summary", ROOT / "benchmarks" / "suite_summary.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["suite_summary"] = module
    spec.loader.exec_module(module)
    return module


def test_every_suite_belongs_to_one_family(summary):
    """Every gold file in tests/data is counted in exactly one family, and every family has a suite.

    A suite of a new family must get its row (and key figures) in the script, or docs/results.md leaves it out.
    """
    stems = [path.stem for path in DATA.glob("*.jsonl")]
    assert stems
    for stem in stems:
        assert sum(family.matches(stem) for family in summary.FAMILIES) == 1, stem
    for family in summary.FAMILIES:
        assert any(family.matches(stem) for stem in stems), family.name


def test_pooled_figure_sums_counts_and_gives_the_range(summary):
    """A pooled figure is the sum of the counts over the sum of the totals, with the weakest and best suite."""
    family = summary.FAMILIES[0]

    def suite(name: str, precise: int, predicted: int) -> Any:
        results = {"speech": {"overlap": {"precise": precise, "predicted": predicted}}}
        return summary.SuiteResult(name, family, 1, predicted, results)

    suites = [suite("a", 9, 10), suite("b", 1, 4), suite("c", 0, 0)]
    assert summary.pooled(summary.SPEECH_P, suites) == "0.714 (10/14), 0.250–0.900"
    assert summary.pooled(summary.SPEECH_P, suites[:1]) == "0.900 (9/10)"
    assert summary.pooled(summary.FP_SPEECH, suites) == "– (0/0)"


@pytest.mark.model
@pytest.mark.slow
def test_summary_prints_what_evaluate_measures(summary, nlp, tmp_path, capsys):
    """On one suite and the fixture, the script prints every table, with the counts ``evaluate`` gives."""
    argv = ["--polnear", str(FIXTURE), "--only", "interviews_unseen2", "--per-suite", "--cache", str(tmp_path)]
    assert summary.main(argv) == 0
    out = capsys.readouterr().out
    assert out.startswith("Measured at ")
    for heading in ("attribution scope", "### Speech scope", "### Calibration", "### Invented suites"):
        assert heading in out
    assert "| recall, mixed | – | – | 0.93 |" in out  # the fixture has no mixed quotation
    assert "**expected calibration error**" in out
    speech = evaluate(DATA / "interviews_unseen2.jsonl", nlp=nlp, scope="speech").overlap
    expected = f"speech P {speech.p:.3f} ({speech.precise}/{speech.predicted})"
    assert f"| interviews_unseen* | 1 | 8 articles | {speech.gold} | {expected};" in out
    assert f"| interviews_unseen2 | 8 | {speech.gold} | speech P {speech.p:.3f};" in out
