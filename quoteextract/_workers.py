"""Worker processes for ``n_process > 1``: they parse and extract, and never outlive the caller.

Design (simple on purpose). Each worker has two pipes of its own, one for
tasks and one for results, so no lock is shared and a worker that dies
cannot block the others. The caller's process hands a batch of checked texts
to each idle worker; the worker parses it, runs every stage
(:func:`quoteextract._batch.run_batch`) and sends back the extractions,
which are small, not the parsed ``Doc`` objects. Results are yielded in
input order, with a bounded number of batches in flight.

No worker is left behind:

- each worker ignores SIGINT (a Ctrl-C in the terminal reaches the whole
  process group: only the parent reacts, once), restores the default
  SIGTERM action, and on Linux asks the kernel to SIGKILL it when its
  parent dies (``prctl(PR_SET_PDEATHSIG)``), so even ``kill -9`` of the
  parent takes the workers with it; elsewhere a worker checks every second
  that its parent is still alive;
- when the caller stops reading (an exception, Ctrl-C, closing the
  iterator), every worker is stopped at once and killed if it lingers;
- a worker that dies (out of memory, a crash in native code) closes its
  result pipe, which the parent notices at once; the worker is replaced and
  the texts of the batch it held are redone one per task, so that only a
  text that kills a worker on its own gets an error
  (:class:`~quoteextract.WorkerDiedError`).

Workers are forked on Linux (they share the loaded pipeline), spawned
elsewhere (each loads the pipeline, or unpickles the one it was given).
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import warnings
from collections import deque
from collections.abc import Generator, Iterable
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from ._batch import Job, Result, portable, run_batch
from ._errors import QuoteExtractError, WorkerDiedError

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from spacy.language import Language

    from ._settings import Settings

_PR_SET_PDEATHSIG = 1
"""``prctl`` option: the signal a process gets when its parent dies (Linux)."""

_POLL = 1.0
"""Seconds between checks that the other side is still alive."""


def forks() -> bool:
    """Whether workers are forked (Linux: they share the loaded pipeline) rather than spawned."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _context() -> Any:
    """Fork on Linux, spawn elsewhere (forking is unsafe on macOS, impossible on Windows)."""
    return multiprocessing.get_context("fork" if forks() else "spawn")


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


def _work(nlp: Any, settings: Settings, tasks: Connection, results: Connection, parent: int) -> None:
    """A worker's loop: receive job lists until ``None`` (or the parent is gone), send back results."""
    _die_with_parent(parent)
    if not hasattr(nlp, "pipe"):
        from ._pipeline import load_pipeline

        nlp = load_pipeline(nlp)
    while True:
        if not tasks.poll(_POLL):
            if os.getppid() != parent:
                return
            continue
        try:
            jobs = tasks.recv()
        except EOFError:  # the parent closed the pipe
            return
        if jobs is None:
            return
        results.send([portable(r) for r in run_batch(nlp, jobs, settings)])


class _Worker:
    """One worker process, its two pipes, and the task it holds."""

    def __init__(self, ctx: Any, nlp: Any, settings: Settings) -> None:
        task_reader, self.tasks = ctx.Pipe(duplex=False)
        self.results, result_writer = ctx.Pipe(duplex=False)
        args = (nlp, settings, task_reader, result_writer, os.getpid())
        self.proc: BaseProcess = ctx.Process(target=_work, args=args, daemon=True, name="quoteextract-worker")
        with warnings.catch_warnings():
            # Python 3.12+ warns about forking while threads run; the workers touch no lock of theirs.
            warnings.filterwarnings("ignore", message=".*fork.*", category=DeprecationWarning)
            self.proc.start()
        task_reader.close()  # the worker's ends: with them closed here, its death closes the pipes
        result_writer.close()
        self.task: tuple[tuple[int, int], list[Job]] | None = None

    def give(self, key: tuple[int, int], jobs: list[Job]) -> bool:
        """Send the worker a task; ``False`` if it is gone."""
        self.task = (key, jobs)
        try:
            self.tasks.send(jobs)
        except OSError:
            return False
        return True

    def stop(self) -> None:
        """Stop the process (SIGTERM, then SIGKILL after a second) and close the pipes."""
        if self.proc.exitcode is None:
            self.proc.terminate()
            self.proc.join(timeout=1.0)
        if self.proc.exitcode is None:
            self.proc.kill()
            self.proc.join(timeout=1.0)
        self.tasks.close()
        self.results.close()


class WorkerPool:
    """A fixed number of worker processes running :func:`~quoteextract._batch.run_batch`.

    Args:
        n_process: How many workers.
        nlp: The loaded pipeline (shared by fork, or pickled for spawn), or
            a pipeline name or ``None`` for each worker to load.
        settings: Chunk size, rules, scope and model to extract with.

    """

    def __init__(self, n_process: int, nlp: Language | str | None, settings: Settings) -> None:
        self._ctx = _context()
        self._nlp = nlp
        self._settings = settings
        self._size = n_process
        self._deaths = 0
        self._workers: list[_Worker] = []
        self._waiting: deque[tuple[tuple[int, int], list[Job]]] = deque()  # tasks not yet given
        self._slots: dict[int, list[Result | None]] = {}  # batch number -> its results so far
        for _ in range(n_process):
            self._workers.append(_Worker(self._ctx, nlp, settings))

    def map(self, batches: Iterable[list[Job]]) -> Generator[list[Result], None, None]:
        """Extract from every batch, yielding each batch's results in input order.

        Args:
            batches: Batches of jobs.

        Yields:
            One list of results per batch.

        """
        source = iter(batches)
        next_batch = sent = 0
        exhausted = False
        try:
            while True:
                while not exhausted and sent - next_batch < 2 * self._size:
                    batch = next(source, None)
                    if batch is None:
                        exhausted = True
                        break
                    self._slots[sent] = [None] * len(batch)
                    self._waiting.append(((sent, 0), batch))
                    sent += 1
                while next_batch in self._slots and all(r is not None for r in self._slots[next_batch]):
                    yield self._slots.pop(next_batch)  # type: ignore[misc]
                    next_batch += 1
                if exhausted and next_batch == sent:
                    return
                self._dispatch()
                self._receive()
        finally:
            self.close()

    def _dispatch(self) -> None:
        """Give waiting tasks to idle workers."""
        for worker in list(self._workers):
            if worker.task is None and self._waiting:
                key, jobs = self._waiting.popleft()
                if not worker.give(key, jobs):
                    self._lost(worker)

    def _receive(self) -> None:
        """Wait up to a second for results (or deaths) and record them."""
        by_pipe = {worker.results: worker for worker in self._workers if worker.task is not None}
        for pipe in wait(list(by_pipe), timeout=_POLL):
            worker = by_pipe[pipe]
            try:
                results = worker.results.recv()
            except (EOFError, OSError):
                self._lost(worker)
                continue
            key, _jobs = worker.task  # type: ignore[misc]
            worker.task = None
            batch, start = key
            self._slots[batch][start : start + len(results)] = results
        for worker in [w for w in self._workers if w.task is None and w.proc.exitcode is not None]:
            self._lost(worker)  # died while idle

    def _lost(self, worker: _Worker) -> None:
        """Replace a dead worker; redo its task text by text, or fail the one text that killed it."""
        self._workers.remove(worker)
        worker.stop()
        code = worker.proc.exitcode
        if worker.task is None:
            self._deaths += 1
            if self._deaths > 2 * self._size + 2:
                raise QuoteExtractError(
                    f"quoteextract's worker processes keep dying (exit code {code}) before taking any work; "
                    "run with n_process=1 to see why"
                )
        self._workers.append(_Worker(self._ctx, self._nlp, self._settings))
        if worker.task is None:
            return
        (batch, start), jobs = worker.task
        if len(jobs) == 1:
            self._slots[batch][start] = WorkerDiedError(
                f"the worker process died (exit code {code}) while extracting from this text; "
                "it may need more memory than the machine has"
            )
            return
        # redo them first, one per task, in their order
        self._waiting.extendleft(((batch, start + i), [jobs[i]]) for i in reversed(range(len(jobs))))

    def close(self) -> None:
        """Stop every worker now; kill those that do not stop within a second."""
        for worker in self._workers:
            if worker.proc.exitcode is None:
                worker.proc.terminate()
        for worker in self._workers:
            worker.stop()
        self._workers.clear()
