"""Worker processes for ``n_process > 1``: they parse and extract, and never outlive the caller.

Design (simple on purpose). The caller's process feeds batches of checked
texts into one task queue; each worker takes a batch, parses it and runs
every stage (:func:`quoteextract._batch.run_batch`) and sends back the
extractions, which are small, not the parsed ``Doc`` objects. Results are
yielded in input order, with a bounded number of batches in flight.

No worker is left behind:

- each worker ignores SIGINT (a Ctrl-C in the terminal reaches the whole
  process group: only the parent reacts, once), restores the default
  SIGTERM action, and on Linux asks the kernel to SIGKILL it when its
  parent dies (``prctl(PR_SET_PDEATHSIG)``), so even ``kill -9`` of the
  parent takes the workers with it; elsewhere a worker checks every second
  that its parent is still alive;
- when the caller stops reading (an exception, Ctrl-C, closing the
  iterator), every worker is stopped at once and killed if it lingers;
- a worker that dies (out of memory, a crash in native code) is replaced;
  the texts of the batch it held are redone one per task, so that only a
  text that kills a worker on its own gets an error.

Workers are forked where the platform allows it (they share the loaded
pipeline), else spawned (each loads the pipeline).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import signal
import sys
import warnings
from collections.abc import Generator, Iterable
from typing import TYPE_CHECKING, Any

from ._batch import Job, Result, portable, run_batch
from ._errors import QuoteExtractError, WorkerDiedError

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from spacy.language import Language

_PR_SET_PDEATHSIG = 1
"""``prctl`` option: the signal a process gets when its parent dies (Linux)."""

_POLL = 1.0
"""Seconds between checks that the other side is still alive."""


def _context() -> Any:
    """Fork where available (workers share the loaded pipeline), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _die_with_parent(parent: int) -> None:
    """In a worker: ignore Ctrl-C, default SIGTERM, and die when the parent does."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _work(nlp: Any, chunk_size: int, tasks: Any, results: Any, lock: Any, parent: int) -> None:
    """A worker's loop: take ``(key, jobs)`` tasks until ``None``, send ``(key, results)``.

    Messages go straight into the pipe (no feeder thread), so the parent
    knows which task a worker holds before the worker starts on it.
    """
    _die_with_parent(parent)
    if not hasattr(nlp, "pipe"):
        from ._pipeline import load_pipeline

        nlp = load_pipeline(nlp)
    while True:
        try:
            task = tasks.get(timeout=_POLL)
        except queue.Empty:
            if os.getppid() != parent:
                return
            continue
        if task is None:
            return
        key, jobs = task
        with lock:
            results.send(("took", key, os.getpid()))
        done = [portable(r) for r in run_batch(nlp, jobs, chunk_size)]
        with lock:
            results.send(("done", key, done))


class WorkerPool:
    """A fixed number of worker processes running :func:`~quoteextract._batch.run_batch`.

    Args:
        n_process: How many workers.
        nlp: The loaded pipeline (shared by fork, or pickled for spawn), or
            a pipeline name or ``None`` for each worker to load.
        chunk_size: Texts longer than this are parsed in chunks.

    """

    def __init__(self, n_process: int, nlp: Language | str | None, chunk_size: int) -> None:
        self._ctx = _context()
        self._nlp = nlp
        self._chunk_size = chunk_size
        self._tasks: Any = self._ctx.Queue()
        self._results, self._sender = self._ctx.Pipe(duplex=False)
        self._lock = self._ctx.Lock()
        self._deaths = 0
        self._procs: list[BaseProcess] = []
        self._held: dict[int, tuple[int, int]] = {}  # pid -> task key it is working on
        self._open: dict[tuple[int, int], list[Job]] = {}  # task key -> its jobs, until done
        for _ in range(n_process):
            self._start()

    def _start(self) -> None:
        """Start one worker."""
        args = (self._nlp, self._chunk_size, self._tasks, self._sender, self._lock, os.getpid())
        proc = self._ctx.Process(target=_work, args=args, daemon=True, name="quoteextract-worker")
        with warnings.catch_warnings():
            # Python 3.12+ warns about forking with threads running (the task queue's feeder
            # thread, when a dead worker is replaced): the worker uses none of their locks.
            warnings.filterwarnings("ignore", message=".*fork.*", category=DeprecationWarning)
            proc.start()
        self._procs.append(proc)

    def map(self, batches: Iterable[list[Job]]) -> Generator[list[Result], None, None]:
        """Extract from every batch, yielding each batch's results in input order.

        Args:
            batches: Batches of jobs.

        Yields:
            One list of results per batch.

        """
        source = iter(batches)
        slots: dict[int, list[Result | None]] = {}
        next_batch = sent = 0
        exhausted = False
        try:
            while True:
                while not exhausted and sent - next_batch < 2 * len(self._procs):
                    batch = next(source, None)
                    if batch is None:
                        exhausted = True
                        break
                    slots[sent] = [None] * len(batch)
                    self._submit((sent, 0), batch)
                    sent += 1
                while next_batch in slots and all(r is not None for r in slots[next_batch]):
                    yield slots.pop(next_batch)  # type: ignore[misc]
                    next_batch += 1
                if exhausted and next_batch == sent:
                    return
                self._receive(slots)
        finally:
            self.close()

    def _submit(self, key: tuple[int, int], jobs: list[Job]) -> None:
        """Queue one task: jobs of batch ``key[0]`` starting at position ``key[1]``."""
        self._open[key] = jobs
        self._tasks.put((key, jobs))

    def _receive(self, slots: dict[int, list[Result | None]]) -> None:
        """Wait for one message from the workers (or check on them) and record it."""
        if not self._results.poll(_POLL):
            self._check_workers(slots)
            return
        kind, key, payload = self._results.recv()
        if kind == "took":
            self._held[payload] = key
        elif key in self._open:
            del self._open[key]
            batch, start = key
            slots[batch][start : start + len(payload)] = payload

    def _check_workers(self, slots: dict[int, list[Result | None]]) -> None:
        """Replace dead workers; redo (or fail) the task each one held."""
        for proc in [p for p in self._procs if p.exitcode is not None]:
            self._procs.remove(proc)
            key = self._held.pop(proc.pid or -1, None)
            jobs = self._open.pop(key, None) if key is not None else None
            if key is None or jobs is None:
                self._deaths += 1
                if self._deaths > 2 * len(self._procs) + 2:
                    raise QuoteExtractError(
                        f"quoteextract's worker processes keep dying (exit code {proc.exitcode}) before "
                        "taking any work; run with n_process=1 to see why"
                    )
            self._start()
            if key is None or jobs is None:
                continue
            batch, start = key
            if len(jobs) == 1:
                slots[batch][start] = WorkerDiedError(
                    f"the worker process died (exit code {proc.exitcode}) while extracting from this text; "
                    "it may need more memory than the machine has"
                )
                continue
            for offset, job in enumerate(jobs):
                self._submit((batch, start + offset), [job])

    def close(self) -> None:
        """Stop every worker now; kill those that do not stop within a second."""
        self._tasks.cancel_join_thread()
        for proc in self._procs:
            if proc.exitcode is None:
                proc.terminate()
        for proc in self._procs:
            proc.join(timeout=1.0)
            if proc.exitcode is None:
                proc.kill()
                proc.join(timeout=1.0)
        self._procs.clear()
        self._tasks.close()
        self._results.close()
        self._sender.close()
