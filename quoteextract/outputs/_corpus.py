"""Reading a corpus (JSON lines, folders of ``.txt`` files, text files) and resuming runs.

A corpus is read lazily, one :class:`Record` at a time, so a million articles
take no more memory than one. A record that cannot be read (invalid JSON, no
text, undecodable bytes) becomes a record with an ``error`` instead of
stopping the run.
"""

from __future__ import annotations

import collections
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import attrs

from ._serialize import to_dict, version_fields

if TYPE_CHECKING:
    from .._model import Extraction

InputFormat = Literal["auto", "text", "jsonl"]
"""How to read an input: by its name (``auto``), as one article, or as JSON lines."""

RESERVED_FIELDS: frozenset[str] = frozenset(
    {"id", "text", "quotes", "entities", "rejected", "warnings", "error", "position"}
    | {"schema_version", "quoteextract_version", "model"}
)
"""Output fields an input record's own fields may not overwrite (see :func:`output_record`)."""

PASSTHROUGH_PREFIX = "input_"
"""Prefix given to an input field whose name is taken by an output field."""


@attrs.frozen
class Record:
    """One article of a corpus, or the reason it could not be read.

    Args:
        id: The record's id as given in the input (any JSON value), or one
            made up from where it was found (``"corpus.jsonl:17"``, a file
            path).
        text: The article, or ``None`` when ``error`` is set.
        fields: The input record's other fields, passed through to the output.
        error: Why the record cannot be processed, or ``None``.
        position: Its 0-based position among all the records of the run's
            inputs (set by the command line; written to the output so that
            ``--resume`` can tell records with the same id apart).

    .. versionadded:: 0.1.0

    .. versionchanged:: 0.2.0
       ``position``.

    """

    id: Any
    text: str | None = None
    fields: dict[str, Any] = attrs.field(factory=dict)
    error: str | None = None
    position: int | None = None


def input_kind(name: str, input_format: InputFormat = "auto") -> Literal["text", "jsonl", "folder"]:
    """Decide how to read one command-line input.

    Args:
        name: A path, or ``-`` for standard input.
        input_format: ``auto`` reads names ending in ``.jsonl`` as JSON lines
            and everything else (standard input included) as one article;
            ``text`` and ``jsonl`` force the choice for files and standard input.

    Returns:
        ``text`` (one article), ``jsonl`` (one record per line) or ``folder``
        (every ``.txt`` file below it, one article each).

    """
    if name != "-" and os.path.isdir(name):
        return "folder"
    if input_format != "auto":
        return input_format
    return "jsonl" if name != "-" and name.lower().endswith(".jsonl") else "text"


def read_inputs(
    names: Iterable[str], input_format: InputFormat = "auto", stdin: IO[bytes] | None = None
) -> Iterator[Record]:
    """Read every record of every input, in order, lazily.

    Args:
        names: Paths of text files, ``.jsonl`` files or folders; ``-`` is
            standard input.
        input_format: See :func:`input_kind`.
        stdin: The binary stream read for ``-``.

    Yields:
        One :class:`Record` per article (or per unreadable line or file).

    """
    for name in names:
        kind = input_kind(name, input_format)
        if kind == "folder":
            yield from read_folder(Path(name))
        elif name == "-":
            if stdin is None:
                yield Record("-", error="standard input is closed; pass a file name instead of -")
                continue
            if kind == "jsonl":
                yield from read_jsonl(stdin, "<stdin>")
            else:
                yield _decoded("-", stdin.read())
        elif kind == "jsonl":
            try:
                with open(name, "rb") as stream:
                    yield from read_jsonl(stream, name)
            except OSError as err:
                yield Record(name, error=f"cannot read {name}: {err.strerror or err}")
        else:
            yield read_text_file(Path(name), name)


def read_text_file(path: Path, id: str) -> Record:
    """Read one article from a UTF-8 text file.

    Args:
        path: The file.
        id: The id to give the record.

    Returns:
        The record, or one with an ``error`` if the file cannot be read or decoded.

    """
    try:
        data = path.read_bytes()
    except OSError as err:
        return Record(id, error=f"cannot read {path}: {err.strerror or err}")
    return _decoded(id, data)


def _decoded(id: str, data: bytes) -> Record:
    """Decode ``data`` as UTF-8 (dropping a byte-order mark) into a record."""
    try:
        return Record(id, data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        return Record(id, error=f"not UTF-8 text (byte {err.start}: {err.reason}); convert it with iconv first")


def read_folder(folder: Path) -> Iterator[Record]:
    """Read every ``.txt`` file below ``folder``, in sorted path order.

    Args:
        folder: The folder.

    Yields:
        One record per file; its id is the path relative to ``folder``.

    """
    for path in sorted(folder.rglob("*.txt")):
        if path.is_file():
            yield read_text_file(path, path.relative_to(folder).as_posix())


def read_jsonl(stream: IO[bytes], name: str, first_line: int = 1) -> Iterator[Record]:
    """Read JSON-lines records ``{"id": ..., "text": ..., ...}`` from a binary stream.

    Blank lines are skipped. A line that is not a JSON object with a string
    ``text`` becomes an error record; its id is the record's ``id`` when it
    has one, else ``"<name>:<line number>"``, as is a good record's without one.

    Args:
        stream: The binary stream.
        name: The input's name, for made-up ids and messages.
        first_line: The line number of the stream's first line (for a
            stream that starts inside the file, such as a partition's).

    Yields:
        One :class:`Record` per non-blank line.

    """
    for number, raw in enumerate(stream, first_line):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            data = json.loads(raw)
        except UnicodeDecodeError as err:
            yield Record(where, error=f"line {number} is not UTF-8 ({err.reason})")
            continue
        except json.JSONDecodeError as err:
            yield Record(where, error=f"line {number} is not valid JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(data, dict):
            yield Record(where, error=f"line {number} is a JSON {type(data).__name__}, not an object with a 'text'")
            continue
        id = data.pop("id", None)
        if id is None:
            id = where
        text = data.pop("text", None)
        if not isinstance(text, str):
            problem = "has no 'text' field" if text is None else f"has a 'text' that is a {type(text).__name__}"
            yield Record(id, fields=data, error=f"line {number} {problem}; each record needs a string 'text'")
            continue
        yield Record(id, text, data)


def id_key(id: Any) -> str:
    """A hashable key for a record id that tells ``1`` from ``"1"``.

    Args:
        id: A JSON value.

    Returns:
        Its canonical JSON text.

    """
    return json.dumps(id, sort_keys=True, ensure_ascii=False)


def done_ids(path: Path) -> set[str]:
    """Read the ids already written to a JSON-lines output file, for ``--resume``.

    A last line cut short by an interrupted run is removed from the file, so
    that appending starts on a fresh line and the record is done again.

    Args:
        path: The output file (it may not exist yet).

    Returns:
        The :func:`id_key` of every record in the file.

    """
    if not path.exists():
        return set()
    done: set[str] = set()
    good_end = 0
    with open(path, "rb") as stream:
        offset = 0
        for raw in stream:
            offset += len(raw)
            if not raw.endswith(b"\n"):
                break
            try:
                data = json.loads(raw)
            except ValueError:
                continue
            good_end = offset
            if isinstance(data, dict) and "id" in data:
                done.add(id_key(data["id"]))
    if good_end < path.stat().st_size:
        with open(path, "r+b") as stream:
            stream.truncate(good_end)
    return done


@attrs.define
class Done:
    """The records an earlier run already wrote to an output file (see :func:`read_done`).

    Args:
        positions: Input positions of the records written with a ``position``.
        legacy: For lines written without one (by quoteextract 0.1.0), how
            many lines each record id (its :func:`id_key`) has; the first
            that many input records with that id count as done.

    .. versionadded:: 0.2.0

    """

    positions: set[int] = attrs.field(factory=set)
    legacy: collections.Counter[str] = attrs.field(factory=collections.Counter)

    def take(self, position: int, id: Any) -> bool:
        """Whether the input record at ``position`` with ``id`` is already done.

        Args:
            position: The record's position among all input records.
            id: The record's id.

        Returns:
            ``True`` if the output holds it (an id without position is
            used up by the first input record that has it).

        """
        if position in self.positions:
            return True
        if self.legacy:
            key = id_key(id)
            if self.legacy[key] > 0:
                self.legacy[key] -= 1
                return True
        return False


def read_done(path: Path, *, retry_errors: bool = False, warn: Callable[[str], None] = print) -> Done:
    """Read what an output file already holds, for ``--resume``, and clean the file.

    A record is done when the file has a valid line for it: matched by its
    ``position`` (so records with the same id are told apart), or, for
    lines without one, by id. Three kinds of line are removed from the file
    so that their records are done again and appended: a last line cut
    short by an interrupted run (silently), a line that is not a JSON object
    with an ``id`` (reported through ``warn``), and with ``retry_errors`` a
    line recording an error.

    Args:
        path: The output file (it may not exist yet).
        retry_errors: Whether error lines are removed and their records redone.
        warn: Called with a message for each corrupt line.

    Returns:
        The records done.

    .. versionadded:: 0.2.0

    """
    done = Done()
    if not path.exists():
        return done
    drop: set[int] = set()
    good_end = 0
    with open(path, "rb") as stream:
        for number, raw in enumerate(stream, 1):
            if not raw.endswith(b"\n"):
                break
            good_end += len(raw)
            data = _json_object(raw)
            if data is None or "id" not in data:
                if raw.strip():
                    warn(f"{path} line {number} is not a complete JSON record; it is removed and its record done again")
                drop.add(number)
            elif retry_errors and "error" in data and "quotes" not in data:
                drop.add(number)
            elif isinstance(data.get("position"), int):
                done.positions.add(data["position"])
            else:
                done.legacy[id_key(data["id"])] += 1
    if drop:
        _remove_lines(path, drop, good_end)
    elif good_end < path.stat().st_size:
        with open(path, "r+b") as stream:
            stream.truncate(good_end)
    return done


def _json_object(raw: bytes) -> dict[str, Any] | None:
    """The JSON object on one line, or ``None`` if the line is not one."""
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _remove_lines(path: Path, drop: set[int], good_end: int) -> None:
    """Rewrite ``path`` without the lines numbered in ``drop`` and without anything after ``good_end``."""
    handle, temporary = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out, open(path, "rb") as stream:
            offset = 0
            for number, raw in enumerate(stream, 1):
                offset += len(raw)
                if offset > good_end:
                    break
                if number not in drop:
                    out.write(raw)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def output_record(record: Record, result: Extraction | None = None, error: str | None = None) -> dict[str, Any]:
    """The JSON object written for one record.

    It is :func:`~quoteextract.to_dict` of the result with the input's id, or
    ``{"schema_version": ..., "quoteextract_version": ..., "id": ..., "error": ...}``,
    then the record's ``position`` if it has one; the input record's other fields follow.
    An input field whose name is an output field (``quotes``, for example a
    gold annotation) is renamed with the prefix ``input_``.

    Args:
        record: The input record.
        result: Its extraction (``None`` for a failed record).
        error: Why it failed, when it did.

    Returns:
        The JSON-ready dictionary.

    """
    out: dict[str, Any]
    if result is None or error is not None:
        out = {**version_fields(), "id": record.id, "error": error or record.error or "unknown error"}
    else:
        out = to_dict(result)
        out["id"] = record.id
    if record.position is not None:
        out["position"] = record.position
    for key, value in record.fields.items():
        if key in RESERVED_FIELDS or key in out:
            key = PASSTHROUGH_PREFIX + key
        out[key] = value
    return out


def count_records(names: Iterable[str], input_format: InputFormat = "auto") -> int | None:
    """Count the records the inputs will give, for a progress bar's total.

    Args:
        names: The command-line inputs.
        input_format: See :func:`input_kind`.

    Returns:
        The count (non-blank lines of JSON-lines files, ``.txt`` files in
        folders, one per text file), or ``None`` when standard input is read.

    """
    total = 0
    for name in names:
        if name == "-":
            return None
        kind = input_kind(name, input_format)
        if kind == "folder":
            total += sum(1 for p in Path(name).rglob("*.txt") if p.is_file())
        elif kind == "jsonl":
            try:
                with open(name, "rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total
