"""Tests that the throughput benchmark runs end to end on a small fixture (as CI does)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.model
@pytest.mark.slow
def test_throughput_benchmark_runs(nlp):
    """The benchmark reports every mode, the overhead ratio and the scaling rows in JSON."""
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "throughput.py"),
            str(ROOT / "tests" / "fixtures" / "eval_gold.jsonl"),
            "--n-process",
            "1",
            "--lengths",
            "1,2",
            "--repeat",
            "1",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result = json.loads(done.stdout)
    assert [(r["mode"], r["n_process"]) for r in result["throughput"]] == [
        ("spacy", 1),
        ("quoteextract", 1),
        ("regex", 1),
    ]
    assert all(r["docs"] == 2 and r["peak_mb"] > 0 for r in result["throughput"])
    assert result["ratio_b_over_a"][0]["ratio"] > 0
    assert [row["length"] for row in result["scaling"]] == [1, 2]
