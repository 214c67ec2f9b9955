"""Write tests/data/news_speech3.jsonl: the third invented news suite, annotated for speech only.

Run ``python3 tests/data/make_news_speech3.py`` from the repository root after editing the articles in
tests/data/news_speech3_articles_a.py and news_speech3_articles_b.py. Written in session 7 before the
quotation rules were read. Every article is invented (no corpus or seed text); beats and house styles:
an earnings call, a product launch, a flood with officials and survivors, a medical study, a school
board, a rail strike (union against employer), translated foreign news, a red-carpet piece, religion,
environment, a columnist quoting others, a diary quoted at length, a radio transcript, a present-tense
profile, and more. Typographies: straight single quotes as primary marks (with apostrophes inside
words), curly singles with nested doubles, straight doubles, guillemets, em-dash dialogue, block quotes
on their own lines, quotations running over paragraphs (an opening mark on each paragraph, the closing
one at the end only), ellipses and square-bracket insertions, quotations split once and twice, "said X"
inversions, colon introductions, quotations in parentheses, reported speech with and without "that".

Markup: ``⟦key|text⟧`` marks a span and keeps ``text`` (spans nest). Keys: ``q<n>`` the content of item
n (several ``q<n>`` spans are its fragments), ``c<n>`` its cue, ``s<n>`` its source mention, ``n<n>`` a
non-quote (its reason in the article's ``non_quotes``).

Annotation decisions (a speech-only news annotator's, kept consistent):

- Speech only: quotations, split and partial quotations, reported speech with or without "that",
  "according to" and written words (statements, letters, posts, a study's authors "wrote"). Not
  beliefs, hopes, findings ("the study found"), plans or intentions.
- One record per cue. Conjoined clauses under one cue are one record. A quotation split around its
  attribution is one record with its pieces as ``fragments``; so is a quotation that goes on, in the
  same paragraph, after its attribution (``"A," she said. "B."``).
- A quotation that runs over paragraphs (an opening mark on each, the closing one at the end) is one
  record from its first opening mark to its last closing mark.
- A quoted paragraph with no cue of its own that continues the previous speaker is a record of its own
  without cue or source (it counts in the attribution scope only). So are the unlabelled answers of a
  question-and-answer interview and the turns of a transcript (their source is the speaker's label when
  there is one).
- Content spans include the quote marks, an introducing "that", and an em dash that opens a dialogue
  turn; a colon introduction is the cue.
- Kind comes from the marks (none: indirect; the whole content quoted: direct; some: mixed); an item
  whose content holds only apostrophes says ``kind="indirect"`` itself.
- ``source`` is the mention nearest the cue (a pronoun when the cue has one); ``speaker`` is the full
  name, or a descriptive phrase for unnamed speakers; translated words keep the speaker who said them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import _generate
from _generate import dumps as dumps  # kept for the generators that import it from here
from _generate import sibling

parse_markup = sibling("make_news_speech2").parse_markup
"""The second suite's markup reader: ``⟦key|text⟧`` marks a span and keeps ``text`` (spans nest)."""

QUOTE_MARKS = "“”«»\"‘’'"


@dataclass(frozen=True)
class Item:
    """One annotated reported-speech item: its number in the markup and its gold speaker fields."""

    n: int
    speaker: str
    relation: str = "said"
    chain: tuple[tuple[str, str], ...] = ()
    titles: tuple[str, ...] = ()
    anonymous: bool = False
    kind: str | None = None


@dataclass(frozen=True)
class Article:
    """One invented article: id, style note, marked-up text, items and non-quote reasons by number."""

    id: str
    style: str
    markup: str
    items: list[Item]
    non_quotes: dict[int, str] = field(default_factory=dict)


def _is_quote_mark(text: str, i: int) -> bool:
    """Whether the character at ``i`` is a quote mark rather than an apostrophe inside a word."""
    char = text[i]
    if char not in QUOTE_MARKS:
        return False
    if char in "'’":
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        return not (before.isalnum() and after.isalnum()) and not (before.isalpha() and after == " ")
    return True


def kind_of(pieces: list[str]) -> str:
    """Direct when every piece is quoted whole (or is a dash turn), mixed when some marks, else indirect."""
    if all(p.startswith("—") or (p[0] in QUOTE_MARKS and p[-1] in QUOTE_MARKS) for p in pieces):
        return "direct"
    if any(_is_quote_mark(p, i) for p in pieces for i in range(len(p))):
        return "mixed"
    return "indirect"


def _one(spans: dict[str, list[tuple[int, int]]], key: str, article_id: str) -> tuple[int, int] | None:
    """The single span of ``key`` (None when absent)."""
    found = spans.get(key, [])
    if len(found) > 1:
        raise ValueError(f"{article_id}: {key} marked {len(found)} times")
    return found[0] if found else None


def _quote_record(article: Article, text: str, spans: dict[str, list[tuple[int, int]]], item: Item) -> dict[str, Any]:
    """The gold record of one item."""
    fragments = spans.get(f"q{item.n}")
    if not fragments:
        raise ValueError(f"{article.id}: item {item.n} has no q{item.n} span")
    start, end = fragments[0][0], fragments[-1][1]
    record: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
    record["kind"] = item.kind or kind_of([text[a:b] for a, b in fragments])
    record["fragments"] = [list(f) for f in fragments]
    for key, name in ((f"c{item.n}", "cue"), (f"s{item.n}", "source")):
        span = _one(spans, key, article.id)
        record[name] = text[span[0] : span[1]] if span else None
        record[f"{name}_start"] = span[0] if span else None
        record[f"{name}_end"] = span[1] if span else None
    record["source_aliases"] = []
    record["speaker"] = item.speaker
    record["speaker_titles"] = list(item.titles)
    record["anonymous"] = item.anonymous
    record["chain"] = [{"name": item.speaker, "relation": item.relation}] + [
        {"name": name, "relation": relation} for name, relation in item.chain
    ]
    return record


def build_article(article: Article) -> dict[str, Any]:
    """One article's gold record, checking that every marked key belongs to an item or a non-quote.

    Raises:
        ValueError: On an item without content, or a marked key with no item.

    """
    text, spans = parse_markup(article.markup.strip())
    numbers = {item.n for item in article.items}
    for key in spans:
        kind, n = key[0], int(key[1:])
        if (kind in "qcs" and n not in numbers) or (kind == "n" and n not in article.non_quotes):
            raise ValueError(f"{article.id}: {key} has no item")
    quotes = [_quote_record(article, text, spans, item) for item in article.items]
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    non_quotes = []
    for n, why in sorted(article.non_quotes.items()):
        span = _one(spans, f"n{n}", article.id)
        if span is None:
            raise ValueError(f"{article.id}: non-quote n{n} is not marked")
        non_quotes.append({"start": span[0], "end": span[1], "text": text[span[0] : span[1]], "why": why})
    return {"id": article.id, "style": article.style, "text": text, "quotes": quotes, "non_quotes": non_quotes}


def suite(name: str, *parts: str) -> tuple[_generate.Build, _generate.Main]:
    """The ``build`` and ``main`` of a suite written in this one's markup and decisions.

    Args:
        name: The suite's name (it is written to ``<name>.jsonl``).
        *parts: The data modules holding its articles, in order, as :func:`_generate.articles` takes them.

    """
    return _generate.generator(name, lambda: [build_article(article) for article in _generate.articles(*parts)])


build, main = suite("news_speech3", "news_speech3_articles_a", "news_speech3_articles_b")

if __name__ == "__main__":
    main()
