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

from typing import Any

from _generate import generator, sibling

PARTS = ("a", "b", "c", "d", "e")
"""The data modules ``news_speech_articles_<part>.py``, in order: each has its ``ARTICLES`` and the
``NON_QUOTES`` of some of them, by article id (each the first occurrence of its text)."""


def _records() -> list[dict[str, Any]]:
    """Every article's gold record with its non-quotes, in order."""
    suite = sibling("make_speakers_suite")
    records = []
    for part in PARTS:
        module = sibling(f"news_speech_articles_{part}")
        non_quotes = module.NON_QUOTES
        records += [suite.with_non_quotes(a, non_quotes.get(a.id, []), in_order=False) for a in module.ARTICLES]
    return records


build, main = generator("news_speech", _records)

if __name__ == "__main__":
    main()
