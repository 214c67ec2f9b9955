"""The ``quoteextract`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from ._errors import QuoteExtractError
from ._extractor import Extractor
from ._model import Extraction
from ._serialize import to_dict


def _readable(result: Extraction) -> str:
    lines = [f"# {result.id}"]
    for quote in result.quotes:
        entity = result.entity(quote.speaker.entity if quote.speaker else None)
        speaker = entity.name if entity else (quote.speaker.text if quote.speaker else "?")
        cue = quote.cue.text if quote.cue else "-"
        lines.append(f"[{quote.start}:{quote.end}] {quote.kind:8} {speaker} ({cue}): {quote.text}")
        for link in quote.sources[1:]:
            source = result.entity(link.entity)
            lines.append(f"    via {link.relation}: {source.name if source else link.span.text if link.span else '?'}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    .. versionadded:: 0.1.0
    """
    parser = argparse.ArgumentParser(
        prog="quoteextract", description="Find quotations, speakers and sources in news text."
    )
    parser.add_argument("files", nargs="+", help="text files to read; - for standard input")
    parser.add_argument("--format", choices=["text", "json", "jsonl"], default="text")
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: en_core_web_sm)")
    args = parser.parse_args(argv)
    extractor = Extractor(args.model)
    status = 0
    for name in args.files:
        try:
            text = sys.stdin.read() if name == "-" else open(name, encoding="utf-8").read()
            result = extractor(text, id=name)
        except (OSError, UnicodeDecodeError, QuoteExtractError) as err:
            print(f"quoteextract: {name}: {err}", file=sys.stderr)
            status = 1
            continue
        if args.format == "json":
            print(json.dumps(to_dict(result), ensure_ascii=False, indent=2))
        elif args.format == "jsonl":
            print(json.dumps(to_dict(result), ensure_ascii=False))
        else:
            print(_readable(result))
    return status
