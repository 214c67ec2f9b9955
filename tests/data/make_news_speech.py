"""Write ``news_speech.jsonl``: invented news articles annotated for reported speech only.

Run from the repository root::

    python3 tests/data/make_news_speech.py

A suite of whole news articles (300 to 700 words; courts, sport, business, science, weather, local
council, foreign affairs, health, culture, obituaries and more) in several house styles: UK single
quotes, US curly double quotes, straight quotes, guillemets, em-dash dialogue, multi-paragraph
quotations, quotations split once or twice around the attribution, "said X" inversion, colon
introductions, Q&A interviews, statements and posts quoted, quotations inside quotations, partial
quotations inside reported speech, reported speech with and without "that", and "according to".

Every reported-speech item is annotated (quotations, split and partial quotations, reported speech and
"according to"; not beliefs, findings or intentions), with the conventions of ``make_speakers_suite.py``
(imported from it): a direct quotation's span includes its marks; a quotation split around its
attribution is one record with its pieces as ``fragments``; a quotation running over several paragraphs
(only the last paragraph closed) is one record from its first mark to its last; an indirect claim's span
is the reported clause without an introducing "that". A few ``non_quotes`` (a headline, a caption, a
chant, scare quotes, a title) are annotated where they occur.

The articles live in ``news_speech_articles_a.py``, ``_b.py`` to ``_e.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SUITE = HERE / "news_speech.jsonl"
PARTS = ("a", "b", "c", "d", "e")


def _import(name: str) -> Any:
    sys.path.insert(0, str(HERE))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(HERE))


def _non_quotes(text: str, spans: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The gold records of the non-quotes: each string's first occurrence in the text."""
    records = []
    for needle, why in spans:
        start = text.index(needle)
        records.append({"start": start, "end": start + len(needle), "text": needle, "why": why})
    return records


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order, with offsets checked."""
    suite = _import("make_speakers_suite")
    records = []
    for part in PARTS:
        module = _import(f"news_speech_articles_{part}")
        for article in module.ARTICLES:
            record = suite.build_article(article)
            record["non_quotes"] = _non_quotes(article.text, module.NON_QUOTES.get(article.id, []))
            records.append(record)
    for record in records:
        text = record["text"]
        for item in record["quotes"] + record["non_quotes"]:
            assert text[item["start"] : item["end"]] == item["text"], (record["id"], item["text"])
        for item in record["quotes"]:
            for start, end in item["fragments"]:
                assert item["start"] <= start < end <= item["end"], (record["id"], item["text"])
            for key in ("cue", "source"):
                if item.get(key) is not None:
                    assert text[item[f"{key}_start"] : item[f"{key}_end"]] == item[key], (record["id"], item[key])
    return records


def dumps(records: list[dict[str, Any]]) -> str:
    """The suite as JSON lines."""
    return str(_import("make_speakers_suite").dumps(records))


def main() -> None:
    """Write the suite next to this script."""
    records = build()
    SUITE.write_text(dumps(records), encoding="utf-8")
    quotes = sum(len(r["quotes"]) for r in records)
    words = [len(r["text"].split()) for r in records]
    print(f"wrote {SUITE} ({len(records)} articles, {quotes} quotations, {min(words)}-{max(words)} words)")


if __name__ == "__main__":
    main()
