"""Write ``tests/data/speech_or_not2.jsonl``: a second suite of what counts as speech.

Session 8 wrote this suite before reading the classify and scope stages or the cue
lexicons, and without reading the first suite's passages. Its 176 invented news
passages each pair speech that a speech-only annotator counts with a sentence that the
annotator does not count, by group: court and inquest language ("the court heard
that", "the jury was told", "prosecutors alleged", "accused X of", "charges that"),
orders and requests ("ordered X to", "urged", "called on", "asked X to", "demanded",
"warned X not to"), promises, pledges, vows and threats, the speech of institutions
(statements, filings, letters, tweets, posts, reports: "the report said" against
"the report found"), testimony and confessions, questions ("asked whether"), denials,
admissions and concessions, predictions said aloud against forecasts in numbers,
"too early to tell" and "could not say" said by someone against refusals, beliefs with
a say-like surface ("feels", "is convinced", "reckons", "fears"; "maintains" is
speech), intentions ("plans to" against "vowed to"), perception and evidence ("data
show", "footage shows", "records indicate", "a study found"), hearsay ("is said to",
"reportedly", "is understood to"; "sources say" is speech), mixed quotations whose cue
is evidence or belief, and polarity (negated, hypothetical and rhetorical "say").

The decisions follow the first suite's (``make_speech_or_not.py``), with these more:

- What a court, a jury or an inquest "heard" or "was told" is speech even when the
  text names no speaker: such an item has no source (``source`` is ``null``).
- An order, a request or a plea to someone ("ordered the firm to pay", "urged parents
  to", "asked residents to") is speech; its content is the object and the infinitive.
  "accused X of Y" is speech; its content is "X of Y". Other senses ("ordered a new
  boiler", "called in engineers", "charged with fraud") are ``non_reporting``.
- "said it was too early to tell" and "said she could not say when" are speech: the
  speaker asserts something. "declined to say", "would not say", "did not say how
  many" are refusals or negated speech.
- Hearsay without a speaker ("is said to", "reportedly", "is understood to", "is
  rumoured to") is listed as ``unsaid`` with category ``hearsay``; "sources say" and
  "people familiar with the matter said" are speech.

The markup is the first suite's (see ``speech_or_not2_passages.py``), and so are the
record fields (``quotes``, ``non_quotes``, ``unsaid``). Offsets are computed while the
text is assembled, so they are exact by construction (and are checked again).

Run from the repository root: ``python3 tests/data/make_speech_or_not2.py``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path


def _first_generator():
    """``make_speech_or_not.py``, next to this script, imported as a module."""
    spec = importlib.util.spec_from_file_location(
        "make_speech_or_not", Path(__file__).with_name("make_speech_or_not.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_speech_or_not", module)
    spec.loader.exec_module(module)
    return module


_FIRST = _first_generator()
_BASE = _FIRST._BASE


def render(template: str, filler: dict[str, str]) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Fill a template and strip its markup: the text and its spans ``(tag, start, end, text)``."""
    return _FIRST.render(template, filler)


def _sourceless(text: str, content: tuple[int, int, str], cue: tuple[int, int, str]) -> dict[str, object]:
    """A speech item whose text names no speaker ("The court heard that ..."): its source is null."""
    quote = _BASE._quote(text, content, cue, (0, 0, "x"))
    quote.update({"source": None, "source_start": None, "source_end": None})
    return quote


def record(number: int, group: str, text: str, spans: list[tuple[str, int, int, str]]) -> dict[str, object]:
    """One gold record, id ``son2-<number>-<group>``: its speech items, non-quotes and unsaid attributions.

    Raises:
        ValueError: If a speech item lacks its content or cue, or the passage has no speech item or
            nothing that is not speech.

    """
    items: dict[str, dict[str, tuple[int, int, str]]] = {}
    non_quotes: list[dict[str, object]] = []
    unsaid: list[dict[str, object]] = []
    for tag, start, end, words in spans:
        if tag.startswith("N:"):
            why, _, category = tag[2:].partition("/")
            non_quotes.append({"start": start, "end": end, "text": words, "why": why, "category": category or why})
        elif tag.startswith("U:"):
            unsaid.append({"start": start, "end": end, "text": words, "category": tag[2:]})
        else:
            items.setdefault(tag[1:] or "1", {})[tag[0]] = (start, end, words)
    quotes = []
    for key in sorted(items):
        parts = items[key]
        if not {"Q", "C"} <= set(parts) or any(not part[2] for part in parts.values()):
            raise ValueError(f"speech item {key} of {text!r} needs Q and C")
        if "S" in parts:
            quotes.append(_BASE._quote(text, parts["Q"], parts["C"], parts["S"]))
        else:
            quotes.append(_sourceless(text, parts["Q"], parts["C"]))
    if not quotes or not (non_quotes or unsaid):
        raise ValueError(f"{text!r} needs a speech item and something that is not speech")
    quotes.sort(key=lambda quote: (quote["start"], quote["end"]))
    return {
        "id": f"son2-{number:03d}-{group}",
        "text": text,
        "quotes": quotes,
        "non_quotes": non_quotes,
        "unsaid": unsaid,
    }


def check(item: dict[str, object]) -> None:
    """Raise ``AssertionError`` unless every offset of ``item`` is exact."""
    text = item["text"]
    assert isinstance(text, str)
    for quote in item["quotes"]:  # type: ignore[attr-defined]
        assert text[quote["start"] : quote["end"]] == quote["text"], quote
        assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"], quote
        if quote["source"] is not None:
            assert text[quote["source_start"] : quote["source_end"]] == quote["source"], quote
    for key in ("non_quotes", "unsaid"):
        for span in item[key]:  # type: ignore[attr-defined]
            assert text[span["start"] : span["end"]] == span["text"], span


def build() -> list[dict[str, object]]:
    """Every passage of ``speech_or_not2_passages.py``, in group order."""
    module = _BASE._passages("speech_or_not2_passages")
    items: list[dict[str, object]] = []
    for group, templates in module.PASSAGES:
        for template in templates:
            filler = module.FILLERS[len(items) % len(module.FILLERS)]
            text, spans = render(template, filler)
            item = record(len(items) + 1, group, text, spans)
            check(item)
            items.append(item)
    return items


def main() -> None:
    """Write ``speech_or_not2.jsonl`` next to this script."""
    target = Path(__file__).with_name("speech_or_not2.jsonl")
    items = build()
    with target.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} passages to {target}")


if __name__ == "__main__":
    main()
