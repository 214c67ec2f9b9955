"""Partitioned corpus runs: split JSON-lines inputs into partitions, write each atomically, resume.

A run over ``OUT/`` writes one file per partition (``part-00000.jsonl`` or
``.parquet``). A partition is written under a temporary name and renamed when
complete, so a file with its final name is always whole: after a crash,
``--resume`` recomputes only the partitions without one, and no record is
written twice. ``_manifest.json`` pins the inputs and the partitioning, so a
resumed run splits the corpus exactly as the first did; ``_SUCCESS`` marks a
finished run.
"""

from __future__ import annotations

import glob
import io
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from .._errors import InputError, QuoteExtractError
from ..outputs._corpus import Record, output_record, read_jsonl
from ._flat import error_row, flat_frame, flat_rows
from ._worker import WorkerSettings, extract_records

MANIFEST = "_manifest.json"
"""The name of the file that records a run's inputs and partitions."""

SUCCESS = "_SUCCESS"
"""The name of the (empty) file written when every partition is complete."""

SUFFIXES = {"jsonl": ".jsonl", "parquet": ".parquet"}
"""The file suffix of each output format."""


@attrs.frozen
class Partition:
    """A run of consecutive lines of one JSON-lines input.

    Args:
        number: The partition's number in the run, from 0.
        path: The input file's absolute path (workers may run in another folder).
        name: The input file as named (made-up ids use it, as the local run does).
        start: Byte offset of the first line.
        end: Byte offset just after the last line.
        first_line: Line number of the first line, from 1.
        records: Non-blank lines (records) in the partition.
        first_record: Position of its first record among all the run's records
            (written as each record's ``position``, as the local run does).

    """

    number: int
    path: str
    name: str
    start: int
    end: int
    first_line: int
    records: int
    first_record: int = 0

    def file_name(self, fmt: str) -> str:
        """The name of the partition's output file in format ``fmt``."""
        return f"part-{self.number:05d}{SUFFIXES[fmt]}"


def expand_inputs(names: list[str]) -> list[str]:
    """The JSON-lines files named by files, folders and glob patterns, in order.

    Args:
        names: Paths of ``.jsonl`` files, folders (every ``*.jsonl`` below,
            sorted) or glob patterns (``data/2024-*.jsonl``, matches sorted).

    Returns:
        The files.

    Raises:
        InputError: For standard input, or a name that matches no file.

    """
    files: list[str] = []
    for name in names:
        if name == "-":
            raise InputError("a partitioned run cannot read standard input; name the corpus files")
        if os.path.isdir(name):
            found = sorted(str(p) for p in Path(name).rglob("*.jsonl") if p.is_file())
        elif os.path.isfile(name):
            found = [name]
        else:
            found = sorted(p for p in glob.glob(name, recursive=True) if os.path.isfile(p))
        if not found:
            raise InputError(f"{name}: no such file, and no .jsonl file matches it")
        files.extend(found)
    return files


def plan_partitions(files: list[str], size: int) -> list[Partition]:
    """Split the files into partitions of ``size`` records (the last of each file may be smaller).

    Reads each file once, without parsing it.

    Args:
        files: JSON-lines files.
        size: Records per partition.

    Returns:
        The partitions, numbered in file and line order.

    """
    partitions: list[Partition] = []
    before = 0  # records in the partitions planned so far
    for name in files:
        path = os.path.abspath(name)
        with open(path, "rb") as stream:
            start = offset = 0
            first_line = line = 1
            records = 0
            for raw in stream:
                offset += len(raw)
                line += 1
                records += bool(raw.strip())
                if records == size:
                    number = len(partitions)
                    partitions.append(Partition(number, path, name, start, offset, first_line, records, before))
                    before += records
                    start, first_line, records = offset, line, 0
            if records:
                partitions.append(Partition(len(partitions), path, name, start, offset, first_line, records, before))
                before += records
    return partitions


def read_partition(partition: Partition) -> Iterator[Record]:
    """The records of one partition, as the local run reads them (same made-up ids and messages).

    Args:
        partition: The partition.

    Yields:
        Its records.

    """
    with open(partition.path, "rb") as stream:
        stream.seek(partition.start)
        data = stream.read(partition.end - partition.start)
    records = read_jsonl(io.BytesIO(data), partition.name, partition.first_line)
    for index, record in enumerate(records):
        yield attrs.evolve(record, position=partition.first_record + index)


def manifest(files: list[str], partitions: list[Partition], size: int, fmt: str) -> dict[str, Any]:
    """The manifest of a run: what a resumed run must find unchanged.

    Args:
        files: The input files.
        partitions: Their partitions.
        size: Records per partition.
        fmt: The output format.

    Returns:
        JSON-ready data.

    """
    return {
        "format": fmt,
        "partition_size": size,
        "inputs": [{"path": os.path.abspath(f), "bytes": os.path.getsize(f)} for f in files],
        "partitions": len(partitions),
    }


def prepare_output(folder: Path, plan: dict[str, Any], *, resume: bool) -> None:
    """Create the output folder, or check that a run to resume used the same plan.

    Args:
        folder: The output folder.
        plan: The run's :func:`manifest`.
        resume: Whether to complete an earlier run.

    Raises:
        QuoteExtractError: If the folder holds another run's output (without
            ``resume``), or a run with a different plan (with it).

    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / MANIFEST
    if path.exists():
        if not resume:
            raise QuoteExtractError(
                f"{folder} already holds a run's output; pass --resume to complete it, or choose an empty folder"
            )
        earlier = json.loads(path.read_text(encoding="utf-8"))
        if earlier != plan:
            raise QuoteExtractError(
                f"cannot resume {folder}: its run had other inputs or settings ({path}); use a new folder"
            )
    else:
        if any(folder.glob("part-*")):
            raise QuoteExtractError(f"{folder} holds partition files but no {MANIFEST}; use an empty folder")
        _write_atomically(path, json.dumps(plan, indent=2).encode("utf-8"))
    for stale in folder.glob(".part-*.tmp"):  # left by a crashed run
        stale.unlink()
    (folder / SUCCESS).unlink(missing_ok=True)


def pending(folder: Path, partitions: list[Partition], fmt: str) -> list[Partition]:
    """The partitions whose output file is not yet complete."""
    return [p for p in partitions if not (folder / p.file_name(fmt)).exists()]


def write_partition(
    partition: Partition, settings: WorkerSettings, folder: str, fmt: str
) -> tuple[int, list[tuple[Any, str]]]:
    """Extract one partition and write its output file atomically (runs on a worker).

    Args:
        partition: The partition.
        settings: The extraction settings (``errors="record"``).
        folder: The output folder (shared by the workers, for a cluster).
        fmt: ``jsonl`` (one JSON document per record, as the local run
            writes) or ``parquet`` (the flat schema, one row per quotation).

    Returns:
        The number of records, and ``(id, error)`` of each that failed.

    """
    failures: list[tuple[Any, str]] = []
    documents: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    count = 0
    for record, result, error in extract_records(read_partition(partition), settings):
        count += 1
        if error is not None:
            failures.append((record.id, error))
        if fmt == "jsonl":
            documents.append(output_record(record, result, error))
        elif result is None:
            rows.append(error_row(record.id, error or "unknown error"))
        else:
            rows.extend(flat_rows(result, record.id))
    target = Path(folder) / partition.file_name(fmt)
    if fmt == "jsonl":
        _write_atomically(target, "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents).encode())
    else:
        temp = _temp_name(target)
        flat_frame(rows).to_parquet(temp, index=False)
        os.replace(temp, target)
    return count, failures


def _temp_name(target: Path) -> Path:
    """A fresh temporary name beside ``target``, hidden and unique to this writer."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")


def _write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that it appears whole or not at all."""
    temp = _temp_name(target)
    with open(temp, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temp, target)


def finish(folder: Path) -> None:
    """Mark the run complete."""
    (folder / SUCCESS).touch()
