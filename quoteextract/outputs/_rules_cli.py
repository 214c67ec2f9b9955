"""``quoteextract rules``: list the registered rules (name, stage, order, description)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from wasabi import table  # type: ignore[attr-defined]

from ..rules import all_rules


def rules_main(argv: Sequence[str]) -> int:
    """List every registered rule, in the order the pipeline runs them.

    Args:
        argv: The arguments after ``rules``: ``--stage NAME`` keeps one
            stage; ``--json`` prints JSON lines instead of a table.

    Returns:
        The exit status (0).

    """
    parser = argparse.ArgumentParser(prog="quoteextract rules", description="List the registered rules.")
    parser.add_argument("--stage", help="only the rules of this stage")
    parser.add_argument("--json", action="store_true", help="one JSON object per rule")
    args = parser.parse_args(list(argv))
    found = [r for r in all_rules() if args.stage is None or r.stage == args.stage]
    if args.json:
        for r in found:
            row = {
                "name": r.name,
                "stage": r.stage,
                "order": r.order,
                "language": r.language,
                "confidence": r.confidence,
                "default": r.default,
                "description": r.description,
            }
            print(json.dumps(row, ensure_ascii=False))
        return 0
    rows = [(r.name, r.stage, r.order, "on" if r.default else "off", r.description) for r in found]
    header = ("rule", "stage", "order", "default", "description")
    sys.stdout.write(table(rows, header=header, divider=True, max_col=72) + "\n")
    return 0
