"""A quote-mark pair rejected once stays rejected: no claim is made of it.

The attribution stage decides first which quote-mark pairs are not
quotations (a nickname, a coined term, a title, a slogan, a scare quote) and
hands them to the claim finder (:func:`quoteextract.stages.claims.find_claims`,
``rejected=``). The filter :func:`rejected_marks` (stage ``claim_filters``)
then drops a claim that only re-reports such a pair:

- its content is headed inside the pair, or is a noun phrase at least half of
  whose letters are the pair's ("Locals call it “the Pit”" gives no claim "it “the Pit”");
- its cue reads the name out, with at most marker words between them
  ("Planners coined the term “desk drift” for ...", "stickers saying “No to
  the toll” have appeared").

A larger claim that merely mentions the pair keeps its place ("She said the
so-called “reform” had failed" is still her claim; "The island was known as
“the Poorhouse”" is an attribution in PolNeAR), and the pair inside it stays
rejected: it never becomes one of the claim's fragments.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import bisect
import functools
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs
import regex

from ...lang.en.syntax import VERB_POS
from ...rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

NAME_REASONS: frozenset[str] = frozenset({"nickname", "word_as_word", "title", "slogan"})
"""Rejection reasons that make the pair a name or written words, never somebody's words."""

MOSTLY = 0.5
"""Share of a claim's letters inside rejected pairs that makes the claim a re-extraction of them."""

CHAR_SLACK = 0.8
"""Letters are counted only when the pairs' characters come near :data:`MOSTLY` of the content's."""

NEAR_CHARS = 40
"""How far after a cue a rejected pair may start for the cue to read it out."""

MAX_GAP_WORDS = 1
"""Most words between a cue and a name it introduces ("saying “...”", "that read “...”")."""

WORD = regex.compile(r"[\p{L}\p{N}]+")
"""A word."""

LETTER = regex.compile(r"[\p{L}\p{N}]")
"""A letter or digit."""


def _sorted(items: Iterable[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    return tuple(sorted(items))


@attrs.frozen
class Rejected:
    """The rejected quote-mark pairs of an article, sorted, for logarithmic look-ups.

    Args:
        spans: ``(start, end, reason)`` of each rejected pair's words.
        text: The article's text (the offsets index it).

    """

    spans: tuple[tuple[int, int, str], ...] = attrs.field(default=(), converter=_sorted)
    text: str = ""

    def holding(self, offset: int) -> bool:
        """Whether a rejected pair's words hold ``offset`` (the pairs never overlap)."""
        k = bisect.bisect_right(self.spans, (offset, sys.maxsize, "")) - 1
        return k >= 0 and self.spans[k][0] <= offset < self.spans[k][1]

    def starting(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The rejected pairs whose words start within ``[start, end)``."""
        lo = bisect.bisect_left(self.spans, (start, -1, ""))
        hi = bisect.bisect_left(self.spans, (end, -1, ""))
        return list(self.spans[lo:hi])

    def inside(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The rejected pairs lying within ``[start, end)``.

        Args:
            start: First offset.
            end: Offset one past the last.

        Returns:
            The pairs, in text order.

        """
        k = bisect.bisect_left(self.spans, (start, -1, ""))
        found = []
        while k < len(self.spans) and self.spans[k][0] < end:
            if self.spans[k][1] <= end:
                found.append(self.spans[k])
            k += 1
        return found


NO_REJECTIONS = Rejected()
"""No rejected pairs (a claim finder run on its own)."""


def _letters(text: str, start: int, end: int) -> int:
    """How many letters and digits ``text[start:end]`` has."""
    return len(LETTER.findall(text, start, end))


def _root(tokens: tuple[Token, ...]) -> Token | None:
    """The content's head: its first token whose head lies outside it."""
    indices = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in indices or t.head.i == t.i), None)


@rule("claim_filter.rejected_marks", stage="claim_filters", order=920)
def rejected_marks(candidate: Candidate) -> bool:
    """Drops a claim that re-reports a rejected quote-mark pair: its content is mostly the pair, or its cue reads it."""
    if candidate.info is None or not candidate.tokens or not candidate.rejected.spans:
        return False
    content = candidate.content
    root = _root(candidate.tokens)
    if root is None or candidate.rejected.holding(root.idx):
        return root is not None  # the content is the rejected words themselves
    text = candidate.rejected.text
    if root.pos_ not in VERB_POS:
        pairs = candidate.rejected.inside(content.start - 1, content.end + 1)
        inside_chars = sum(end - start for start, end, _ in pairs)
        if (
            pairs
            and inside_chars >= MOSTLY * (content.end - content.start) * CHAR_SLACK
            and (
                sum(_letters(text, start, end) for start, end, _ in pairs)
                >= MOSTLY * _letters(text, content.start, content.end)
            )
        ):
            return True  # "it “the Pit”": the claim would be the name again; "the island was known as “...”" stays
    if root.pos_ not in VERB_POS and _object_and_name(candidate, root):
        return True  # "Residents describe the flooding as “a nightmare”": the naming again, object and name
    if candidate.info.kind != "verb":
        return False  # "according to “Salt Roads” by ...": the title is the source, not the content
    cue_end = candidate.cue.end
    near = candidate.rejected.starting(cue_end, min(content.end, cue_end + NEAR_CHARS))
    # A name inside the content before its verb is what the clause is about: "said the ship “X” would be sold".
    clause_about = root.pos_ in VERB_POS
    return any(
        reason in NAME_REASONS
        and _gap_words(text, cue_end, start) <= MAX_GAP_WORDS
        and not (clause_about and content.start < start and root.idx >= end)
        for start, end, reason in near
    )


NAMING_LINKS: frozenset[str] = frozenset({"as", "to", "be"})
"""Words a naming verb may put between its object and the name ("describe X as “...”", "find X to be “...”")."""


def _object_and_name(candidate: Candidate, root: Token) -> bool:
    """Whether the claim is only the cue's object and a rejected name after it ("the flooding as “a nightmare”").

    Args:
        candidate: The claim.
        root: The content's head, a noun.

    Returns:
        True when the head is the cue's object and the content ends with a rejected pair of
        :data:`NAME_REASONS`, with at most "as" or "to be" between the object and the marks.

    """
    if candidate.info is None or root.head.i != candidate.info.token.i or root.dep_ not in ("dobj", "obj"):
        return False
    content = candidate.content
    pairs = candidate.rejected.inside(content.start - 1, content.end + 1)
    if not pairs:
        return False
    start, end, reason = pairs[-1]
    if reason not in NAME_REASONS or _letters(candidate.rejected.text, end, content.end) > 0:
        return False
    between = [t for t in candidate.tokens if t.i > root.i and t.idx < start and not t.is_punct]
    return all(t.lower_ in NAMING_LINKS for t in between)


def _gap_words(text: str, start: int, end: int) -> int:
    """Words in ``text[start:end]`` other than marker and filler words ("the term", "the slogan")."""
    markers = _marker_words()
    return sum(1 for w in WORD.findall(text, start, end) if w.lower() not in markers)


@functools.cache
def _marker_words() -> frozenset[str]:
    """The one-word markers and fillers of the rejection table ("term", "phrase", "the", ...), loaded once."""
    from ..attribution._reject import _table

    return frozenset(phrase[0] for phrases in _table().values() for phrase in phrases if len(phrase) == 1)
