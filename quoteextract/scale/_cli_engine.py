"""The command line's ``--engine dask``: a corpus run spread over a Dask cluster, written in partitions.

``quoteextract CORPUS -o OUT --engine dask [--scheduler ADDRESS | --workers N]``
splits the JSON-lines inputs into partitions (:mod:`._partitions`), runs one
task per partition on the cluster, and writes ``OUT/part-NNNNN.jsonl`` (or
``.parquet``) as each task completes. ``--resume`` completes a crashed run.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._input import MAX_TEXT_LENGTH
from . import missing_engine
from ._partitions import (
    expand_inputs,
    finish,
    manifest,
    pending,
    plan_partitions,
    prepare_output,
    write_partition,
)
from ._worker import worker_settings

if TYPE_CHECKING:
    from distributed import Client

ENGINES = ("local", "dask")
"""Values of ``--engine``: this machine's processes (the default), or a Dask cluster."""

ENGINE_FORMATS = ("parquet",)
"""Output formats only a partitioned (engine) run writes."""

LOCAL_CLUSTER_OPTIONS: dict[str, Any] = {
    "threads_per_worker": 1,
    "processes": True,
    "host": "127.0.0.1",
    "dashboard_address": None,
    # No dashboard; the scheduler's small HTTP endpoint (health, metrics) takes a free
    # loopback port instead of 8787, which another cluster on the machine may hold.
    "scheduler_kwargs": {"dashboard": False, "dashboard_address": "127.0.0.1:0"},
}
"""How ``--workers N`` starts its local cluster: one single-threaded process per worker, loopback only."""

WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}
"""Dask settings for the workers of a local cluster: no statistical profiler, which samples
the worker's stack every 10 ms and slowed extraction by about a fifth in our measurements."""

EXIT_OK, EXIT_FAILED_RECORDS, EXIT_USAGE = 0, 1, 2
"""The command line's exit statuses (see :mod:`quoteextract.outputs._cli`)."""


def add_engine_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--engine``, ``--scheduler``, ``--workers`` and ``--partition-size`` to the parser."""
    group = parser.add_argument_group("scaling out (see docs/scaling.md)")
    group.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="local: this machine (default); dask: a Dask cluster, writing -o FOLDER one file per partition",
    )
    group.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler to use (tcp://...)")
    group.add_argument(
        "--workers", type=int, metavar="N", help="with --engine dask: start a local cluster of N worker processes"
    )
    group.add_argument(
        "--partition-size",
        type=int,
        default=1000,
        metavar="N",
        help="with --engine dask: records per partition and output file (default 1000)",
    )


def engine_problem(args: argparse.Namespace) -> str | None:
    """Say what is wrong with the engine options, or return ``None``."""
    if args.engine == "local":
        if args.scheduler or args.workers is not None:
            return "--scheduler and --workers need --engine dask"
        if args.format in ENGINE_FORMATS:
            return f"--format {args.format} needs --engine dask"
        return None
    if not args.output:
        return "--engine dask needs -o FOLDER (one output file per partition)"
    if args.format not in (None, "jsonl", *ENGINE_FORMATS):
        return "--engine dask writes jsonl or parquet (--format)"
    if args.scheduler and args.workers is not None:
        return "give --scheduler (an existing cluster) or --workers (a local one), not both"
    if args.workers is not None and args.workers < 1:
        return "--workers must be a positive number"
    if args.partition_size < 1 or args.batch_size < 1:
        return "--partition-size and --batch-size must be positive numbers"
    if args.regex_only or args.n_process != 1:
        return "--regex-only and --n-process are for --engine local (a Dask run has one process per worker)"
    return None


def run_engine(args: argparse.Namespace) -> int:
    """Run a partitioned corpus run on Dask; return the exit status.

    Raises:
        QuoteExtractError: For unreadable inputs or an output folder that
            holds another run (the command line reports it, exit status 2).

    """
    fmt = args.format or "jsonl"
    files = expand_inputs(args.files)
    partitions = plan_partitions(files, args.partition_size)
    folder = Path(args.output).resolve()
    prepare_output(folder, manifest(files, partitions, args.partition_size, fmt), resume=args.resume)
    todo = pending(folder, partitions, fmt)
    settings = worker_settings(
        args.model, scope="attribution", batch_size=args.batch_size, max_length=MAX_TEXT_LENGTH, errors="record"
    )
    try:
        from distributed import as_completed
    except ImportError as err:
        print(f"quoteextract: {missing_engine('Dask', 'dask', err)}", file=sys.stderr)
        return EXIT_USAGE
    from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]

    show = sys.stderr.isatty() if args.progress is None else args.progress
    failed = 0
    with (
        _client(args) as client,
        tqdm(
            total=sum(p.records for p in todo), unit="doc", file=sys.stderr, disable=not show, dynamic_ncols=True
        ) as bar,
    ):
        futures = client.map(write_partition, todo, settings=settings, folder=str(folder), fmt=fmt, pure=False)
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            count, failures = future.result()
            for id, error in failures:
                bar.write(f"quoteextract: {id}: {error}", file=sys.stderr)
            failed += len(failures)
            bar.update(count)
    finish(folder)
    return EXIT_FAILED_RECORDS if failed else EXIT_OK


@contextlib.contextmanager
def _client(args: argparse.Namespace) -> Iterator[Client]:
    """A Dask client: of the cluster at ``--scheduler``, or of a local cluster of ``--workers`` processes."""
    import dask
    from distributed import Client, LocalCluster

    if args.scheduler:
        with Client(args.scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    workers = args.workers or os.cpu_count() or 1
    with dask.config.set(WORKER_CONFIG):  # read by each worker process as it starts
        cluster = LocalCluster(n_workers=workers, **LOCAL_CLUSTER_OPTIONS)  # type: ignore[no-untyped-call]
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        yield client
