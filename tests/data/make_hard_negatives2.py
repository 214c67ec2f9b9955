"""Write ``tests/data/hard_negatives2.jsonl``: a second, unseen suite of things that are not quotations.

The first suite (``make_hard_negatives.py``) was written alongside the rules it
tests. This one was written before reading the rules, in new phrasings and
layouts: short news snippets with headlines (ALL CAPS, Title Case, quoted words,
"Name: ..." colons), sub-heads, bylines, captions ("Photo:", "(AP Photo/...)",
"Image caption", credits), teasers and web boilerplate ("READ MORE:",
"Advertisement", "Share this article", "Copyright ..."), scare quotes, titles of
works, nicknames, words as words, slogans, refusals, negated or hypothetical
speech and non-reporting senses of cue verbs, in straight, curly, single,
guillemet and low-9 quote marks.

Each record is in the gold format of the development data (see the bench
README): ``non_quotes`` (``why`` from the README's list, ``category`` a finer
case) and, in most passages, positive controls in ``quotes``, annotated for
speech only: only reported speech is a quotation here. The passages are in
``hard_negatives2_passages.py``; offsets are computed while the text is
assembled, so they are exact by construction (and checked again).

Run from the repository root: ``python3 tests/data/make_hard_negatives2.py``.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

MARKUP = re.compile(r"\[\[(N:[a-z_]+(?:/[a-z_]+)?|[QCS]\d?)\|(.*?)\]\]", re.DOTALL)
"""An inline span: its tag (``N:why[/category]`` or a control letter with an optional number), bar, text."""

OPENING = "“‘«„\"'"
CLOSING = "”’»“\"'"


def _passages(name: str = "hard_negatives2_passages"):
    """The passage module ``name`` next to this script."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def render(
    template: str, filler: dict[str, str], markup: re.Pattern[str] = MARKUP
) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Fill a template and strip its markup (``markup``: the inline-span pattern, :data:`MARKUP` unless given).

    Returns:
        The text and its marked spans as ``(tag, start, end, text)``.

    """
    filled = template.format(**filler)
    out: list[str] = []
    spans: list[tuple[str, int, int, str]] = []
    position = at = 0
    for match in markup.finditer(filled):
        plain = filled[at : match.start()]
        out.append(plain)
        position += len(plain)
        tag, words = match.group(1), match.group(2)
        spans.append((tag, position, position + len(words), words))
        out.append(words)
        position += len(words)
        at = match.end()
    out.append(filled[at:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced markup in {template!r}")
    return text, spans


def kind_of(content: str) -> str:
    """``direct`` when the content is one quotation, ``mixed`` when it holds quoted words, else ``indirect``."""
    inner = content.strip().rstrip(".,")
    if inner[:1] in OPENING and inner[-1:] in CLOSING and sum(inner.count(c) for c in "“«„") <= 1:
        return "direct"
    return "mixed" if any(c in inner for c in "“«„") else "indirect"


def _quote(
    text: str, content: tuple[int, int, str], cue: tuple[int, int, str], source: tuple[int, int, str]
) -> dict[str, object]:
    start, end, words = content
    return {
        "start": start,
        "end": end,
        "text": words,
        "kind": kind_of(words),
        "fragments": [[start, end]],
        "cue": cue[2],
        "cue_start": cue[0],
        "cue_end": cue[1],
        "source": source[2],
        "source_start": source[0],
        "source_end": source[1],
        "source_aliases": [],
    }


def record(
    number: int, group: str, text: str, spans: list[tuple[str, int, int, str]], prefix: str = "hn2"
) -> dict[str, object]:
    """One gold record, id ``<prefix>-<number>-<group>``: its controls (``Q``/``C``/``S`` by number), its non-quotes."""
    controls: dict[str, dict[str, tuple[int, int, str]]] = {}
    non_quotes = []
    for tag, start, end, words in spans:
        if tag.startswith("N:"):
            why, _, category = tag[2:].partition("/")
            non_quotes.append({"start": start, "end": end, "text": words, "why": why, "category": category or why})
        else:
            controls.setdefault(tag[1:] or "1", {})[tag[0]] = (start, end, words)
    quotes = []
    for key in sorted(controls):
        parts = controls[key]
        if set(parts) != set("QCS"):
            raise ValueError(f"control {key} of {text!r} needs Q, C and S")
        quotes.append(_quote(text, parts["Q"], parts["C"], parts["S"]))
    if not non_quotes:
        raise ValueError(f"{text!r} has no non-quote")
    return {"id": f"{prefix}-{number:03d}-{group}", "text": text, "quotes": quotes, "non_quotes": non_quotes}


def check(item: dict[str, object]) -> None:
    """Raise ``AssertionError`` unless every offset of ``item`` is exact."""
    text = item["text"]
    assert isinstance(text, str)
    for quote in item["quotes"]:  # type: ignore[attr-defined]
        assert text[quote["start"] : quote["end"]] == quote["text"], quote
        assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"], quote
        assert text[quote["source_start"] : quote["source_end"]] == quote["source"], quote
    for span in item["non_quotes"]:  # type: ignore[attr-defined]
        assert text[span["start"] : span["end"]] == span["text"], span


def build(passages: str = "hard_negatives2_passages", prefix: str = "hn2") -> list[dict[str, object]]:
    """Every passage of the module ``passages``, in group order, each filled with the next filler in turn."""
    module = _passages(passages)
    items: list[dict[str, object]] = []
    for group, templates in module.PASSAGES:
        for template in templates:
            filler = module.FILLERS[len(items) % len(module.FILLERS)]
            text, spans = render(template, filler)
            item = record(len(items) + 1, group, text, spans, prefix)
            check(item)
            items.append(item)
    return items


def main(suite: str = "hard_negatives2", prefix: str = "hn2") -> None:
    """Write the suite ``<suite>.jsonl`` from ``<suite>_passages.py``, next to this script."""
    target = Path(__file__).with_name(f"{suite}.jsonl")
    items = build(f"{suite}_passages", prefix)
    with target.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} passages to {target}")


if __name__ == "__main__":
    main()
