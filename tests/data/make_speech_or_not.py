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

import re
from collections.abc import Callable

from _generate import Build, Main, Record, articles, generator, sibling, write

MARKUP = re.compile(r"\[\[(N:[a-z_]+(?:/[a-z_]+)?|U:[a-z_]+|[QCS]\d?)\|(.*?)\]\]", re.DOTALL)
"""An inline span: a non-quote (``N:why/category``), an unsaid attribution (``U:category``) or a speech item's part."""

_BASE = sibling("make_hard_negatives2")
"""The second hard-negative suite's generator, whose markup and record helpers these suites use (the generators
written in the earlier shape reach it as ``_BASE`` of this module or of ``make_speech_or_not2.py``)."""

Spans = list[tuple[str, int, int, str]]
"""A rendered template's marked spans, as ``(tag, start, end, text)``."""


def render(template: str, filler: dict[str, str]) -> tuple[str, Spans]:
    """Fill a template and strip its markup: the text and its spans ``(tag, start, end, text)``."""
    return _BASE.render(template, filler, MARKUP)


def _speech_item(text: str, key: str, parts: dict[str, tuple[int, int, str]], sourceless: bool) -> Record:
    """The gold record of speech item ``key`` from its ``Q``, ``C`` and ``S`` spans.

    Raises:
        ValueError: If a part is missing or empty (the source may be missing when ``sourceless``).

    """
    needed, named = ({"Q", "C"}, "Q and C") if sourceless else ({"Q", "C", "S"}, "Q, C and S")
    if not needed <= set(parts) or any(not part[2] for part in parts.values()):
        raise ValueError(f"speech item {key} of {text!r} needs {named}")
    if "S" in parts:
        return dict(_BASE._quote(text, parts["Q"], parts["C"], parts["S"]))
    quote = dict(_BASE._quote(text, parts["Q"], parts["C"], (0, 0, "x")))
    quote.update({"source": None, "source_start": None, "source_end": None})  # "The court heard that ..."
    return quote


def record(
    number: int, group: str, text: str, spans: Spans, prefix: str = "son", *, sourceless: bool = False
) -> Record:
    """One gold record, id ``<prefix>-<number>-<group>``: its speech items, non-quotes and unsaid attributions.

    Args:
        number: The passage's number.
        group: Its group.
        text: Its text.
        spans: Its marked spans.
        prefix: The suite's identifier prefix.
        sourceless: Whether a speech item may lack its source (from the second suite on: its source is null).

    Raises:
        ValueError: If a speech item lacks its content, cue or source, or the passage has no speech
            item or nothing that is not speech.

    """
    items, non_quotes, unsaid = _BASE.split(spans)
    quotes = [_speech_item(text, key, items[key], sourceless) for key in sorted(items)]
    if not quotes or not (non_quotes or unsaid):
        raise ValueError(f"{text!r} needs a speech item and something that is not speech")
    quotes.sort(key=lambda quote: (quote["start"], quote["end"]))
    return {
        "id": f"{prefix}-{number:03d}-{group}",
        "text": text,
        "quotes": quotes,
        "non_quotes": non_quotes,
        "unsaid": unsaid,
    }


def build() -> list[Record]:
    """Every passage of ``speech_or_not_passages.py``, in group order, each with the next filler in turn."""
    module = sibling("speech_or_not_passages")
    return list(_BASE.records(module.PASSAGES, record, fillers=module.FILLERS, render=render))


def main() -> None:
    """Write ``speech_or_not.jsonl`` next to this script."""
    write("speech_or_not", build())


def suite(name: str, prefix: str, *parts: str) -> tuple[Callable[[int, str, str, Spans], Record], Build, Main]:
    """The ``record``, ``build`` and ``main`` of a later speech-or-not suite (its speech items may lack a source).

    Args:
        name: The suite's name (it is written to ``<name>.jsonl``).
        prefix: The records' identifier prefix (``son3``: ``son3-<number>-<group>``).
        *parts: Its passages' ``(group, templates)`` lists, in order, as :func:`_generate.articles` takes
            them (``"speech_or_not3_passages:PASSAGES_A"``); their names are written out (no fillers).

    """

    def suite_record(number: int, group: str, text: str, spans: Spans) -> Record:
        return record(number, group, text, spans, prefix, sourceless=True)

    suite_record.__doc__ = f"One gold record of ``{name}`` (id ``{prefix}-<number>-<group>``)."
    return (suite_record, *generator(name, lambda: _BASE.records(articles(*parts), suite_record, render=render)))


if __name__ == "__main__":
    main()
