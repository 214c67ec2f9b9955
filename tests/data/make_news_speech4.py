"""Write tests/data/news_speech4.jsonl: the fourth invented news suite, annotated for speech only.

Run ``python3 tests/data/make_news_speech4.py`` from the repository root after editing the articles in
tests/data/news_speech4_articles_*.py. Written in session 8 before the quotation rules were read. Every
article is invented (no corpus or seed text); beats and house styles the first three suites covered lightly:
a court report, an inquest, a football match report with post-match quotes, an earnings story quoting
analysts and a statement, a science story quoting a paper and its authors, an obituary with tributes, a
council meeting, storm live updates with timestamps, a feature interview, a broadcast transcript turned into
prose, a press-release rewrite, an op-ed quoting others, and more. Typographies: curly doubles, straight
doubles, UK curly singles with nested doubles, straight singles, guillemets, em-dash dialogue; quotations
running over paragraphs, split once and twice, colon introductions, "In a statement," openings, reported
speech with and without "that", "according to".

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

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

OUT = Path(__file__).parent / "news_speech4.jsonl"
OPEN, CLOSE, SEP = "⟦", "⟧", "|"
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


def parse_markup(markup: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The plain text and each key's spans (in order) from ``⟦key|text⟧`` markup.

    Raises:
        ValueError: On a closing bracket without an opening one, or an unclosed span.

    """
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    i = 0
    while i < len(markup):
        char = markup[i]
        if char == OPEN:
            bar = markup.index(SEP, i)
            stack.append((markup[i + 1 : bar], length))
            i = bar + 1
            continue
        if char == CLOSE:
            if not stack:
                raise ValueError(f"unbalanced {CLOSE} at {i}: {markup[max(0, i - 40) : i]!r}")
            key, start = stack.pop()
            spans.setdefault(key, []).append((start, length))
            i += 1
            continue
        out.append(char)
        length += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed span {stack[-1][0]!r}")
    return "".join(out), spans


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


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order."""
    from news_speech4_articles_a import ARTICLES as A
    from news_speech4_articles_b import ARTICLES as B
    from news_speech4_articles_c import ARTICLES as C
    from news_speech4_articles_d import ARTICLES as D

    return [build_article(article) for article in [*A, *B, *C, *D]]


def dumps(records: list[dict[str, Any]]) -> str:
    """The JSON-lines text of the records."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


if __name__ == "__main__":
    OUT.write_text(dumps(build()), encoding="utf-8")
    print(f"wrote {OUT}")
