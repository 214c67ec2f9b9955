"""Write ``speakers_unseen2.jsonl``: a second held-out set of invented news articles for speakers and chains.

Run from the repository root::

    python3 tests/data/make_speakers_unseen2.py

The articles live in ``speakers_unseen2_articles.py``; the annotation conventions and the offset finder
are those of ``make_speakers_suite.py`` (imported from it). The set was written before the speaker rules
were read again, as an honest unseen check; besides the suite's classes it tags:

- ``relatives``: kin named by their relation ("Her husband said", "the couple" after "Mr and Mrs X");
- ``groups``: unnamed groups ("Two trustees, who said ...", "the families", "residents", "staff");
- ``org_spokesperson``: an organisation's unnamed spokesperson ("a spokeswoman for X said");
- ``anonymous``: sources who asked not to be named;
- ``chain_three``: chains of three links ("X told Y, according to Z");
- ``long_appositive``: long descriptions of the speaker ("X, the mayor's younger sister and deputy ...");
- ``shared_gender``: two people of the same gender answering with pronouns across paragraphs;
- ``gender_from_words``: gender known only from the speaker's own reported words ("said her team ...").
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
UNSEEN = HERE / "speakers_unseen2.jsonl"


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order."""
    sys.path.insert(0, str(HERE))
    try:
        import make_speakers_suite as suite
        import speakers_unseen2_articles as part
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
