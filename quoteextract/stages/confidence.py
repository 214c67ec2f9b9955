"""The ``confidence`` stage: how likely each result is to be right.

The stages before this one score a result by how much each rule trusts its own
construction, which says little about how often that kind of result is right:
on PolNeAR a claim found through a belief verb with a noun-phrase object and one
found through a speech verb with a clause both came out near 0.55, yet the
second is right far more often. This stage sets ``Quotation.confidence`` from
the *kind of evidence* behind a result, after classification and speaker
resolution, so that a confidence reads as a precision in either scope:

- ``confidence.evidence``: the rule that found a direct or partial quotation,
  or the cue's class and the content's form for a claim without quote marks,
  and whether a speaker was found, looked up in ``lang/en/data/confidence.tsv``;
- ``confidence.polarity``: negated, denied and hypothetical speech are reported
  less reliably than assertions;
- ``confidence.rule_score``: the finding rule's own score moves the result a
  little (at most ±0.06), so results of one kind keep their order.

A result of a rule the table does not know (a plug-in's rule) keeps its rule's
own score, scaled by its polarity.

Disable a rule with ``Extractor(disable=["confidence.evidence"])``; with every
rule of the stage disabled the rules' own scores are kept.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

import attrs

from .._model import Quotation
from ..lang.en._tables import LexiconError, read_table
from ..rules import rule

if TYPE_CHECKING:
    from ..article import Article

ANY = "*"
"""The table's wildcard."""

POLARITY_FACTORS: Mapping[str, float] = {"negated": 0.85, "denied": 0.8, "hypothetical": 0.8}
"""How much a non-asserted claim's confidence is scaled by (asserted: unchanged)."""

RULE_SCORE_WEIGHT = 0.1
"""How far the finding rule's own score (0 to 1) moves a result, around its typical 0.6."""

RULE_SCORE_CENTRE = 0.6
"""The rules' typical own score: a result scored so by its rule is not moved."""

LOWEST, HIGHEST = 0.01, 0.99
"""A confidence never claims certainty either way."""


@attrs.frozen
class Evidence:
    """One row of the evidence table.

    Args:
        sourced: The confidence of a result whose speaker was found.
        unsourced: The confidence of one without a speaker.

    """

    sourced: float
    unsourced: float


@cache
def evidence_table() -> dict[tuple[str, str], Evidence]:
    """The evidence table, keyed by ``(evidence, content type)`` (read once).

    Raises:
        LexiconError: If a row's confidence is not a number in [0, 1].

    """
    table = {}
    for evidence, content_type, sourced, unsourced in read_table("confidence.tsv", 4):
        try:
            row = Evidence(float(sourced), float(unsourced))
        except ValueError:
            raise LexiconError(f"confidence.tsv: {evidence!r}: confidences must be numbers") from None
        if not all(0.0 <= value <= 1.0 for value in (row.sourced, row.unsourced)):
            raise LexiconError(f"confidence.tsv: {evidence!r}: confidences must lie in [0, 1]")
        table[evidence, content_type] = row
    return table


def evidence_key(quote: Quotation) -> str:
    """The evidence a result rests on: its rule, or ``claim:`` and the cue's class for a claim."""
    if quote.rule.startswith("claim."):
        return f"claim:{quote.cue_class or ANY}"
    return quote.rule


def lookup(quote: Quotation) -> Evidence | None:
    """The most specific row of the evidence table for a result (``None``: a rule it does not know)."""
    table = evidence_table()
    key = evidence_key(quote)
    content_type = quote.content_type or ANY
    candidates = [(key, content_type), (key, ANY)]
    if key.startswith("claim:"):
        candidates += [("claim:*", content_type), ("claim:*", ANY)]
    for candidate in candidates:
        if candidate in table:
            return table[candidate]
    return None


@rule("confidence.evidence", stage="confidence", order=10, language="*")
def by_evidence(quote: Quotation, raw: float, value: float) -> float:
    """Sets the confidence to how often results of this kind of evidence are right."""
    row = lookup(quote)
    if row is None:
        return value
    return row.sourced if quote.speaker is not None else row.unsourced


@rule("confidence.polarity", stage="confidence", order=20, language="*")
def by_polarity(quote: Quotation, raw: float, value: float) -> float:
    """Lowers the confidence of negated, denied and hypothetical claims."""
    return value * POLARITY_FACTORS.get(quote.polarity or "", 1.0)


@rule("confidence.rule_score", stage="confidence", order=30, language="*")
def by_rule_score(quote: Quotation, raw: float, value: float) -> float:
    """Moves the confidence a little with the finding rule's own score (at most ±0.06)."""
    if lookup(quote) is None:
        return value
    return value + RULE_SCORE_WEIGHT * (raw - RULE_SCORE_CENTRE)


def score(article: Article, quotes: list[Quotation]) -> list[Quotation]:
    """Set every result's confidence from its evidence.

    Args:
        article: The article (its rule set says which rules run).
        quotes: The results, classified and with their speakers.

    Returns:
        The same results in the same order, with new confidences (rounded to
        three places); unchanged when the stage's rules are all disabled.

    """
    active = article.rules.active("confidence")
    if not active:
        return quotes
    out = []
    for quote in quotes:
        raw = value = quote.confidence
        for entry in active:
            value = entry.func(quote, raw, value)
        out.append(attrs.evolve(quote, confidence=round(min(HIGHEST, max(LOWEST, value)), 3)))
    return out
