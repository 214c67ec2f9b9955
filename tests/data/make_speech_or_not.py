"""Write ``tests/data/speech_or_not.jsonl``: what counts as speech, in invented news passages.

Session 7 wrote this suite before reading the classify and scope stages or the cue
lexicons. Each passage (two to five sentences) mixes reported speech with
attributions that a speech-only annotator does not count. The speech has cue verbs
and nouns across the whole range: said, told, added, argued, claimed, insisted,
warned, announced, confirmed, admitted, conceded, pledged, vowed, urged, called for,
boasted, complained, joked, tweeted, posted, wrote, testified, alleged, noted,
explained, replied, "in a statement", "according to", "the announcement that", "his
claim that", "her warning that", "raised concerns that". The attributions that are
not speech are beliefs, knowledge and perception, intentions and plans, findings and
evidence, forecasts and hypothetical speech, rhetorical or generic "say", negated or
refused speech, and senses of cue words that do not report anything.

The gold is annotated for speech only. These decisions are the ones the bench README
leaves open; they were made as a speech-only news annotator would make them:

- Every reported speech act is a quotation: direct, mixed or indirect, with a clause,
  an infinitive ("urged ministers to act", "pledged to cut") or a noun phrase as content
  ("accused her of a cover-up"). A denial ("denied that she had leaked it") is a
  speech act. So is "raised concerns that", when a person or a body voices them.
- A document a person or a body issued ("in a statement", "wrote in an opinion
  piece", "in a memo") is speech. Findings of studies, data, polls, records, tests,
  images and inspections are not. Neither is what a forecast or a label "says".
- Negated or refused speech ("did not say whether", "declined to say", "would not
  confirm", "refused to be drawn on") is a ``non_quotes`` entry with why ``negated``
  or ``refusal``.
- A cue word in a sense that reports nothing ("tell apart", "claimed the title",
  "posted a loss", "the sign said") is a ``non_quotes`` entry with why
  ``non_reporting``.
- Beliefs, knowledge, perception, plans, findings, forecasts ("is expected to say",
  "will announce"), hypothetical speech ("could argue", "may claim", "would say") and
  rhetorical or generic "say" ("some might say", "they say", "What would you say to")
  are not annotated, as in PolNeAR's speech scope: a prediction over them is a false
  positive. Their spans are listed in each record's ``unsaid`` field (``category``:
  belief, knowledge, perception, intention, finding, document, forecast,
  hypothetical, rhetorical). The scorer ignores this field; it is there to count
  false positives by kind.
- A speech report whose content is a belief or a finding ("Nobody was aware that ...,
  the board said") is speech: the speaker asserts it.
- The content span runs from the introducing "that" (or the opening mark) to the end
  of the reported words, as in PolNeAR. Each cue is one record.

The passages are in ``speech_or_not_passages.py``. This script uses the second
hard-negative suite's markup and record helpers (``make_hard_negatives2.py``), with one
more tag, ``[[U:category|...]]``, for the attributions that are not speech. Offsets
are computed while the text is assembled, so they are exact by construction (and are
checked again).

Run from the repository root: ``python3 tests/data/make_speech_or_not.py``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

MARKUP = re.compile(r"\[\[(N:[a-z_]+(?:/[a-z_]+)?|U:[a-z_]+|[QCS]\d?)\|(.*?)\]\]", re.DOTALL)
"""An inline span: a non-quote (``N:why/category``), an unsaid attribution (``U:category``) or a speech item's part."""


def _second_generator():
    """``make_hard_negatives2.py``, next to this script, imported as a module."""
    spec = importlib.util.spec_from_file_location(
        "make_hard_negatives2", Path(__file__).with_name("make_hard_negatives2.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_hard_negatives2", module)
    spec.loader.exec_module(module)
    return module


_BASE = _second_generator()


def render(template: str, filler: dict[str, str]) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Fill a template and strip its markup: the text and its spans ``(tag, start, end, text)``."""
    return _BASE.render(template, filler, MARKUP)


def record(number: int, group: str, text: str, spans: list[tuple[str, int, int, str]]) -> dict[str, object]:
    """One gold record, id ``son-<number>-<group>``: its speech items, non-quotes and unsaid attributions.

    Raises:
        ValueError: If a speech item lacks its content, cue or source, or the passage has no speech
            item or nothing that is not speech.

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
        if set(parts) != set("QCS") or any(not part[2] for part in parts.values()):
            raise ValueError(f"speech item {key} of {text!r} needs Q, C and S")
        quotes.append(_BASE._quote(text, parts["Q"], parts["C"], parts["S"]))
    if not quotes or not (non_quotes or unsaid):
        raise ValueError(f"{text!r} needs a speech item and something that is not speech")
    quotes.sort(key=lambda quote: (quote["start"], quote["end"]))
    return {
        "id": f"son-{number:03d}-{group}",
        "text": text,
        "quotes": quotes,
        "non_quotes": non_quotes,
        "unsaid": unsaid,
    }


def check(item: dict[str, object]) -> None:
    """Raise ``AssertionError`` unless every offset of ``item`` is exact."""
    _BASE.check(item)
    text = item["text"]
    assert isinstance(text, str)
    for span in item["unsaid"]:  # type: ignore[attr-defined]
        assert text[span["start"] : span["end"]] == span["text"], span


def build() -> list[dict[str, object]]:
    """Every passage of ``speech_or_not_passages.py``, in group order, each with the next filler in turn."""
    module = _BASE._passages("speech_or_not_passages")
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
    """Write ``speech_or_not.jsonl`` next to this script."""
    target = Path(__file__).with_name("speech_or_not.jsonl")
    items = build()
    with target.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} passages to {target}")


if __name__ == "__main__":
    main()
