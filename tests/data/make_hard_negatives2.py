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

import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from types import ModuleType

import _generate
from _generate import Build, Main, Record, check, sibling

MARKUP = re.compile(r"\[\[(N:[a-z_]+(?:/[a-z_]+)?|[QCS]\d?)\|(.*?)\]\]", re.DOTALL)
"""An inline span: its tag (``N:why[/category]`` or a control letter with an optional number), bar, text."""

OPENING = "“‘«„\"'"
CLOSING = "”’»“\"'"


Spans = list[tuple[str, int, int, str]]
"""A rendered template's marked spans, as ``(tag, start, end, text)``."""

Recorder = Callable[[int, str, str, Spans], Record]
"""Makes the gold record of passage ``number`` of ``group`` from its text and spans."""


def _passages(name: str = "hard_negatives2_passages") -> ModuleType:
    """The passage module ``name`` next to this script (the generators written in the earlier shape call it)."""
    return sibling(name)


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


def split(
    spans: Spans,
) -> tuple[dict[str, dict[str, tuple[int, int, str]]], list[dict[str, object]], list[dict[str, object]]]:
    """Sort a passage's marked spans into its controls, its non-quotes and its unsaid attributions.

    Returns:
        The controls (or speech items) by number, each ``{letter: (start, end, text)}`` of its ``Q``, ``C``
        and ``S`` spans; the non-quotes (``N:why[/category]``) and the unsaid spans (``U:category``) as records.

    """
    controls: dict[str, dict[str, tuple[int, int, str]]] = {}
    non_quotes: list[dict[str, object]] = []
    unsaid: list[dict[str, object]] = []
    for tag, start, end, words in spans:
        if tag.startswith("N:"):
            why, _, category = tag[2:].partition("/")
            non_quotes.append({"start": start, "end": end, "text": words, "why": why, "category": category or why})
        elif tag.startswith("U:"):
            unsaid.append({"start": start, "end": end, "text": words, "category": tag[2:]})
        else:
            controls.setdefault(tag[1:] or "1", {})[tag[0]] = (start, end, words)
    return controls, non_quotes, unsaid


def record(
    number: int, group: str, text: str, spans: list[tuple[str, int, int, str]], prefix: str = "hn2"
) -> dict[str, object]:
    """One gold record, id ``<prefix>-<number>-<group>``: its controls (``Q``/``C``/``S`` by number), its non-quotes."""
    controls, non_quotes, _ = split(spans)
    quotes = []
    for key in sorted(controls):
        parts = controls[key]
        if set(parts) != set("QCS"):
            raise ValueError(f"control {key} of {text!r} needs Q, C and S")
        quotes.append(_quote(text, parts["Q"], parts["C"], parts["S"]))
    if not non_quotes:
        raise ValueError(f"{text!r} has no non-quote")
    return {"id": f"{prefix}-{number:03d}-{group}", "text": text, "quotes": quotes, "non_quotes": non_quotes}


def records(
    groups: Iterable[tuple[str, Sequence[str]]],
    recorder: Recorder,
    *,
    fillers: Sequence[dict[str, str]] = ({},),
    render: Callable[[str, dict[str, str]], tuple[str, Spans]] = render,
) -> list[Record]:
    """Every passage of ``groups`` (``(group, templates)`` pairs) as a checked gold record, numbered from 1.

    Args:
        groups: The passages' templates, group by group.
        recorder: Makes a passage's record (this module's :func:`record`, or a later suite's).
        fillers: The names filled into the templates, the next one for each passage in turn.
        render: Fills a template and strips its markup.

    """
    items: list[Record] = []
    for group, templates in groups:
        for template in templates:
            text, spans = render(template, fillers[len(items) % len(fillers)])
            item = recorder(len(items) + 1, group, text, spans)
            check(item)
            items.append(item)
    return items


def build(passages: str = "hard_negatives2_passages", prefix: str = "hn2") -> list[Record]:
    """Every passage of the module ``passages``, in group order, each filled with the next filler in turn."""
    module = _passages(passages)
    return records(module.PASSAGES, partial(record, prefix=prefix), fillers=module.FILLERS)


def main(suite: str = "hard_negatives2", prefix: str = "hn2") -> None:
    """Write the suite ``<suite>.jsonl`` from ``<suite>_passages.py``, next to this script."""
    _generate.write(suite, build(f"{suite}_passages", prefix))


def suite(
    name: str, prefix: str
) -> tuple[Callable[[str, dict[str, str]], tuple[str, Spans]], Callable[[int, str, str, Spans], Record], Build, Main]:
    """The ``render``, ``record``, ``build`` and ``main`` of a later hard-negative suite, written in this one's markup.

    Args:
        name: The suite's name: it is written to ``<name>.jsonl`` from the passages of ``<name>_passages.py``
            (its ``PASSAGES`` and ``FILLERS``).
        prefix: The records' identifier prefix (``hn3``: ``hn3-<number>-<group>``).

    """

    def suite_record(number: int, group: str, text: str, spans: Spans) -> Record:
        return record(number, group, text, spans, prefix)

    suite_record.__doc__ = f"One gold record of ``{name}`` (id ``{prefix}-<number>-<group>``)."
    return (render, suite_record, *_generate.generator(name, lambda: build(f"{name}_passages", prefix)))


if __name__ == "__main__":
    main()
