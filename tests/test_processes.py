"""Worker processes (``--n-process 2``) never outlive the command, however it is stopped."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

psutil = pytest.importorskip("psutil")

ROOT = Path(__file__).resolve().parent.parent


def start(tmp_path: Path) -> tuple[subprocess.Popen[str], list]:
    """Start a two-process corpus run and wait until both workers are running."""
    corpus = tmp_path / "corpus.jsonl"
    text = "“We will win,” the mayor said on Monday. " * 40
    corpus.write_text("".join(json.dumps({"id": i, "text": text}) + "\n" for i in range(2000)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-m", "quoteextract", str(corpus), "-o", str(tmp_path / "out.jsonl")]
    proc = subprocess.Popen(
        [*args, "--n-process", "2", "--batch-size", "4"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(parent.children()) < 2:
        time.sleep(0.1)
    workers = parent.children(recursive=True)
    assert len(workers) >= 2, "the workers did not start"
    deadline = time.monotonic() + 60
    out = tmp_path / "out.jsonl"
    while time.monotonic() < deadline and not (out.exists() and out.stat().st_size):
        time.sleep(0.1)  # the workers are busy: results are being written
    return proc, workers


def alive_after(workers: list, seconds: float = 10) -> list:
    """The workers still running after ``seconds``."""
    _gone, alive = psutil.wait_procs(workers, timeout=seconds)
    return alive


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="kill -9 of the parent is handled with a Linux prctl")
def test_sigkill_of_the_parent_takes_the_workers_with_it(tmp_path):
    """Kill -9 of the command leaves no worker behind (parent-death signal)."""
    proc, workers = start(tmp_path)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert alive_after(workers) == []


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize(
    ("signum", "status", "message"), [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")]
)
def test_a_signal_to_the_parent_alone_stops_everything(tmp_path, signum, status, message):
    """SIGINT or SIGTERM to the parent alone: it stops the workers and exits with one line on stderr."""
    proc, workers = start(tmp_path)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == status
    assert err.splitlines() == [f"quoteextract: {message}"]
    assert alive_after(workers) == []


@pytest.mark.model
@pytest.mark.slow
def test_ctrl_c_gives_one_line_and_status_130(tmp_path):
    """Ctrl-C (SIGINT to the whole process group) prints one line, no worker tracebacks, and exits 130."""
    proc, workers = start(tmp_path)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err.splitlines() == ["quoteextract: interrupted"]
    assert alive_after(workers) == []
