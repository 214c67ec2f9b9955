"""Non-quote false positives: how often a prediction covers a span the gold says is not a quotation.

Gold files may list ``non_quotes`` (``{"start", "end", "text", "why"}``;
see the development data's README): headlines, captions, nicknames, refusals
and the like. A non-quote counts as a false positive when a prediction (its
whole extent or one of its fragments) overlaps it with intersection over union
>= 0.5, both trimmed as for span scoring. The rate is reported overall and by
``why``, and once more counting only predictions reported as plain assertions
(polarity ``asserted`` or unknown): issue 11 asks that refusals and negated or
hypothetical speech be "dropped or kept with their polarity, never reported as
plain assertions", so a ``negated`` claim over "did not say that …" is a
false positive of the first count but not of the second.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence

import attrs

from .._errors import GoldFormatError
from ._matching import units
from ._predictions import PredictedQuote
from ._spans import iou, trim

WHY: tuple[str, ...] = (
    "headline",
    "subheading",
    "byline",
    "caption",
    "teaser",
    "scare_quotes",
    "title",
    "nickname",
    "words_as_words",
    "slogan",
    "refusal",
    "negated",
    "non_reporting",
)
"""The reasons a gold non-quote may give."""


UNASSERTED: frozenset[str] = frozenset({"negated", "denied", "hypothetical"})
"""Polarities that mark a prediction as not a plain assertion."""


@attrs.frozen
class NonQuote:
    """A span that must not be reported.

    Args:
        start: Offset of its first character.
        end: Offset one past its last character.
        why: One of :data:`WHY`.

    """

    start: int
    end: int
    why: str


def parse_non_quotes(record: Mapping[str, object]) -> tuple[NonQuote, ...]:
    """The ``non_quotes`` of one gold record, checked.

    Args:
        record: A gold JSON record.

    Returns:
        Its non-quotes (empty when it has none).

    Raises:
        ValueError: If a non-quote's offsets, text or ``why`` are wrong.

    """
    text = record.get("text")
    items = record.get("non_quotes") or []
    if not isinstance(text, str) or not isinstance(items, list):
        raise ValueError("a record with non_quotes needs a text and a list of non_quotes")
    found = []
    for index, item in enumerate(items):
        start, end, why = item.get("start"), item.get("end"), item.get("why")
        if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
            raise ValueError(f"non_quotes[{index}]: offsets {start}, {end} are not inside the text")
        if "text" in item and text[start:end] != item["text"]:
            raise ValueError(f"non_quotes[{index}]: text does not match text[{start}:{end}]")
        if why not in WHY:
            raise ValueError(f"non_quotes[{index}]: unknown why {why!r}")
        found.append(NonQuote(start, end, why))
    return tuple(found)


def read_non_quotes(path: str | os.PathLike[str]) -> dict[str, tuple[NonQuote, ...]]:
    """The non-quotes of a JSON-lines gold file, by article id (articles without any left out).

    Raises:
        GoldFormatError: If a line is not JSON or a non-quote is malformed.

    """
    found: dict[str, tuple[NonQuote, ...]] = {}
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if record.get("non_quotes"):
                    found[str(record["id"])] = parse_non_quotes(record)
            except (ValueError, KeyError, AttributeError) as err:
                raise GoldFormatError(f"{os.fspath(path)} line {number}: {err}") from None
    return found


def non_quote_hits(
    texts: Mapping[str, str],
    non_quotes: Mapping[str, Sequence[NonQuote]],
    predictions: Mapping[str, Sequence[PredictedQuote]],
    *,
    asserted_only: bool = False,
) -> dict[str, tuple[int, int]]:
    """False positives on non-quotes, by ``why`` and overall (key ``"all"``).

    Args:
        texts: Article texts by id.
        non_quotes: Non-quotes by article id.
        predictions: Predicted quotations by article id.
        asserted_only: Count only predictions reported as plain assertions
            (polarity not in :data:`UNASSERTED`).

    .. versionchanged:: 0.2.0 ``asserted_only``.

    Returns:
        ``{why: (covered by a prediction, total)}``, plus ``"all"``.

    """
    tally: dict[str, list[int]] = {"all": [0, 0]}
    for article_id, items in non_quotes.items():
        text = texts[article_id]
        kept = [p for p in predictions.get(article_id, ()) if not (asserted_only and p.polarity in UNASSERTED)]
        pred_units = [u for p in kept for u in units(text, p.start, p.end, p.fragments)]
        for item in items:
            span = trim(text, item.start, item.end)
            hit = any(iou(span, unit) >= 0.5 for unit in pred_units)
            for key in ("all", item.why):
                counts = tally.setdefault(key, [0, 0])
                counts[0] += hit
                counts[1] += 1
    return {key: (hit, total) for key, (hit, total) in tally.items()}


NON_QUOTE_TITLE = "non-quote false positives (prediction overlaps a non-quote, IoU >= 0.5):"
"""The first line of :func:`format_non_quotes`'s table by default."""


def format_non_quotes(hits: Mapping[str, tuple[int, int]], title: str = NON_QUOTE_TITLE) -> str:
    """The non-quote false-positive rates as text.

    Args:
        hits: As returned by :func:`non_quote_hits`.
        title: The first line.

    Returns:
        One line per reason, overall first; no trailing newline.

    """
    lines = [title]
    for key in sorted(hits, key=lambda k: (k != "all", k)):
        hit, total = hits[key]
        lines.append(f"  {key:<15} {hit / total if total else 0.0:6.3f}   ({hit}/{total})")
    return "\n".join(lines)
