"""Write ``news_speech2.jsonl``: a second invented news suite annotated for reported speech only.

Run from the repository root::

    python3 tests/data/make_news_speech2.py

The articles live in ``news_speech2_articles_*.py``. They were written before the quotation rules
were read (session 6), as an honest unseen check, in house styles the first suite covered lightly:
wire copy with datelines, tabloid, magazine long-form, live blog, press-release rewrite, court and
parliamentary reports, sport, science, council meetings, a Q&A interview, an obituary, an explainer
with quoted posts. Every reported-speech item is annotated (quotations, split and partial quotations,
reported speech, "according to"), not beliefs or intentions.

Markup. An article's text marks spans inline as ``⟦label|text⟧`` (spans may nest):

- ``qN`` is the content of item N (its marks and an introducing "that" included); ``qN.1``,
  ``qN.2`` ... are the fragments of an interrupted quotation, one record from the first to the last;
- ``cN`` is item N's cue and ``sN`` its source mention (the mention nearest the cue);
- ``n:WHY`` is a non-quote (``WHY`` as in the gold README: ``headline``, ``caption``, ...).

Each item is then described by an :class:`Item` (speaker, titles, chain, kind when the marks do not
tell it, or another item's cue or source when it shares them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import _generate
from _generate import dumps as dumps  # kept for the generators that import it from here
from _generate import write

PARTS = ("a", "b", "c", "d")
OPEN, SEP, CLOSE = "⟦", "|", "⟧"
OPENING_MARKS = "“\"‘'«‹—–"
CLOSING_MARKS = "”\"’'»›"
EDGE = " \t\n.,;:!?)(…"


@dataclass(frozen=True)
class Item:
    """One reported-speech item of an article.

    Attributes:
        n: The item's number (its spans are ``qN``/``qN.k``, ``cN``, ``sN``).
        speaker: The canonical speaker ("a police spokesman" when unnamed).
        titles: The speaker's titles (appositives, roles before the name).
        chain: Outer links after the speaker, as ``(name, relation)`` pairs.
        relation: How the words were produced (``said``, ``statement``, ``wrote``, ``according_to``).
        kind: ``direct``/``mixed``/``indirect`` when the marks do not tell it (dash dialogue).
        cue: Another item's number whose cue this item shares; ``0`` when there is none.
        src: Another item's number whose source this item shares; ``0`` when there is none.
        anonymous: Whether the speaker is unnamed.

    """

    n: int
    speaker: str
    titles: tuple[str, ...] = ()
    chain: tuple[tuple[str, str], ...] = ()
    relation: str = "said"
    kind: str | None = None
    cue: int | None = None
    src: int | None = None
    anonymous: bool = False


@dataclass
class Article:
    """One invented article: marked-up text and its items."""

    id: str
    style: str
    text: str
    items: list[Item] = field(default_factory=list)


def parse_markup(marked: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The plain text and every label's spans (a label may repeat: ``n:caption`` twice).

    Raises:
        ValueError: On unbalanced markup.

    """
    out: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    stack: list[tuple[str, int]] = []
    length = 0
    i = 0
    while i < len(marked):
        char = marked[i]
        if char == OPEN:
            bar = marked.index(SEP, i)
            stack.append((marked[i + 1 : bar], length))
            i = bar + 1
            continue
        if char == CLOSE:
            if not stack:
                raise ValueError(f"unbalanced {CLOSE} at {i}: {marked[max(0, i - 40) : i]!r}")
            label, start = stack.pop()
            spans.setdefault(label, []).append((start, length))
            i += 1
            continue
        out.append(char)
        length += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed labels {[label for label, _ in stack]}")
    return "".join(out), spans


def _kind(text: str, pieces: list[tuple[int, int]]) -> str:
    """Direct when every piece is wholly quoted, indirect without marks, mixed otherwise."""
    contents = [text[s:e].strip(EDGE) for s, e in pieces]
    if all(c[:1] in OPENING_MARKS and c[-1:] in CLOSING_MARKS for c in contents):
        return "direct"
    joined = "".join(contents)
    if not any(mark in joined for mark in '“”"«»') and not re.search(r"(^|\W)‘|’(\W|$)", joined):
        return "indirect"
    return "mixed"


def _span(text: str, spans: dict[str, list[tuple[int, int]]], label: str, article: str) -> tuple[int, int]:
    found = spans.get(label)
    if not found or len(found) != 1:
        raise ValueError(f"article {article!r}: label {label!r} found {len(found or [])} times")
    return found[0]


def _item_record(article: Article, text: str, spans: dict[str, list[tuple[int, int]]], item: Item) -> dict[str, Any]:
    n = item.n
    if f"q{n}" in spans:
        pieces = [_span(text, spans, f"q{n}", article.id)]
    else:
        labels = sorted((k for k in spans if re.fullmatch(rf"q{n}\.\d+", k)), key=lambda k: int(k.split(".")[1]))
        if not labels:
            raise ValueError(f"article {article.id!r}: no content for item {n}")
        pieces = [_span(text, spans, label, article.id) for label in labels]
    start, end = pieces[0][0], pieces[-1][1]
    record: dict[str, Any] = {
        "start": start,
        "end": end,
        "text": text[start:end],
        "kind": item.kind or _kind(text, pieces),
        "fragments": [list(p) for p in pieces],
    }
    if item.cue != 0:
        cue_start, cue_end = _span(text, spans, f"c{item.cue or n}", article.id)
        record.update(cue=text[cue_start:cue_end], cue_start=cue_start, cue_end=cue_end)
    if item.src == 0:
        record.update(source=None)
    else:
        s_start, s_end = _span(text, spans, f"s{item.src or n}", article.id)
        record.update(source=text[s_start:s_end], source_start=s_start, source_end=s_end)
    record["source_aliases"] = []
    record["speaker"] = item.speaker
    record["speaker_titles"] = list(item.titles)
    record["anonymous"] = item.anonymous
    chain = [{"name": item.speaker, "relation": item.relation}]
    chain += [{"name": name, "relation": relation} for name, relation in item.chain]
    record["chain"] = chain
    return record


def build_article(article: Article) -> dict[str, Any]:
    """The gold record of one article.

    Raises:
        ValueError: On bad markup or an item whose spans are missing, naming the article.

    """
    text, spans = parse_markup(article.text.strip("\n"))
    numbers = {int(m.group(1)) for k in spans if (m := re.fullmatch(r"q(\d+)(?:\.\d+)?", k))}
    described = {item.n for item in article.items}
    if numbers != described:
        raise ValueError(f"article {article.id!r}: items marked {sorted(numbers ^ described)} vs described")
    quotes = [_item_record(article, text, spans, item) for item in sorted(article.items, key=lambda i: i.n)]
    quotes.sort(key=lambda q: (q["start"], -q["end"]))
    non_quotes = [
        {"start": s, "end": e, "text": text[s:e], "why": label.split(":", 1)[1]}
        for label, found in spans.items()
        if label.startswith("n:")
        for s, e in found
    ]
    non_quotes.sort(key=lambda n: n["start"])
    return {"id": article.id, "style": article.style, "text": text, "quotes": quotes, "non_quotes": non_quotes}


def articles() -> list[Article]:
    """Every article of the suite, part after part."""
    return list(_generate.articles(*(f"news_speech2_articles_{part}" for part in PARTS)))


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order."""
    return [build_article(article) for article in articles()]


def main() -> None:
    """Write the suite next to this script."""
    write("news_speech2", build())


if __name__ == "__main__":
    main()
