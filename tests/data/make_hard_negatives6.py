"""Write ``tests/data/hard_negatives6.jsonl``: a sixth, unseen suite of things that are not quotations.

The first five suites were fitted to rules after they were written (first honest speech-scope
figures 0.214, 0.257 and 0.135 for the third to fifth). This one was written in session 9 before
reading the rejection and layout rules and without reading the passages of the first five:
headlines ending with a quoted fragment and "inquest told" or "says", standfirsts, "Most read"
lists, alt text and video captions, result tables and race cards, recipes and tasting notes,
legal notices, grades, ratings and storm categories, operations, ships and horses, words
discussed as words, chants and banners, social-media embeds, transcripts and "Q&A with"
headers, refusals and negated or hypothetical speech in new phrasings, and the furniture of wire
copy, newsletters, live blogs and syndication footers (the full list is in docs/accuracy.md,
"A sixth suite"). The decisions the bench README does not settle are the fifth suite's (see
``make_hard_negatives5.py``).

Each record is in the gold format of the development data: ``non_quotes`` (``why`` from the
README's list, ``category`` a finer case) and, in most passages, positive controls in
``quotes``, annotated for speech only. The passages are in ``hard_negatives6_passages.py``;
the markup, the record format and the checks are the second suite's
(``make_hard_negatives2.py``); this script gives them its own passages and id prefix.

Run from the repository root: ``python3 tests/data/make_hard_negatives6.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _second_generator():
    """``make_hard_negatives2.py``, next to this script, imported as a module."""
    spec = importlib.util.spec_from_file_location(
        "make_hard_negatives2", Path(__file__).with_name("make_hard_negatives2.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_hard_negatives2", module)
    spec.loader.exec_module(module)
    return module


_BASE = _second_generator()
render = _BASE.render
kind_of = _BASE.kind_of
check = _BASE.check


def record(number: int, group: str, text: str, spans: list[tuple[str, int, int, str]]) -> dict[str, object]:
    """One gold record of this suite (id ``hn6-<number>-<group>``)."""
    return _BASE.record(number, group, text, spans, "hn6")


def build() -> list[dict[str, object]]:
    """Every passage of ``hard_negatives6_passages.py``, in group order."""
    return _BASE.build("hard_negatives6_passages", "hn6")


def main() -> None:
    """Write ``hard_negatives6.jsonl`` next to this script."""
    _BASE.main("hard_negatives6", "hn6")


if __name__ == "__main__":
    main()
