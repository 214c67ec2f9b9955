"""Write ``speakers_unseen.jsonl``: invented articles for speaker cases the speakers suite did not cover.

Run from the repository root::

    python3 tests/data/make_speakers_unseen.py

The articles live in ``speakers_unseen_articles.py``; the annotation conventions and the offset finder
are those of ``make_speakers_suite.py`` (imported from it). The classes:

- ``relative_who``: a name followed by a relative "who" ("X, who chairs the group, said"): person evidence;
- ``addressee``: the person asked or told answers with a pronoun ("I asked the ranger whether ... She said");
- ``nested_i``: a pronoun speaker of a quotation inside a quotation ("“She said, ‘I will not resign,’”");
- ``relatives``: kin named only by their relation ("his wife said", "Mr and Mrs X");
- ``they_org``: "they" for an organisation;
- ``frame_apposition``: an interview frame whose speaker is written with an age or a title
  ("In an interview with the X, Y, now 72, said");
- ``according_carry``: "According to ..." does not carry over to the next speakers of the paragraph;
- ``plain``, ``first_person``, ``nesting``, ``told_outlet``, ``pronoun``: as in the speakers suite.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
UNSEEN = HERE / "speakers_unseen.jsonl"


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order."""
    sys.path.insert(0, str(HERE))
    try:
        import make_speakers_suite as suite
        import speakers_unseen_articles as part
    finally:
        sys.path.remove(str(HERE))
    return [suite.build_article(article) for article in part.ARTICLES]


def dumps(records: list[dict[str, Any]]) -> str:
    """The set as JSON lines."""
    sys.path.insert(0, str(HERE))
    try:
        import make_speakers_suite as suite
    finally:
        sys.path.remove(str(HERE))
    return suite.dumps(records)


def main() -> None:
    """Write the set next to this script."""
    records = build()
    UNSEEN.write_text(dumps(records), encoding="utf-8")
    quotes = sum(len(r["quotes"]) for r in records)
    print(f"wrote {UNSEEN} ({len(records)} articles, {quotes} quotations)")


if __name__ == "__main__":
    main()
