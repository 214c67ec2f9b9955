"""The merge: quotations made from quote marks, and claims found without them, become one list.

- a claim whose content is (nearly) exactly a quotation is that quotation:
  the ``direct`` result is kept;
- a quoted sentence with its own attribution inside a claim wins over the claim;
- a claim whose content holds quoted fragments becomes ``mixed``, with those
  fragments and marks (rule ``mixed.claim``, stage ``"merge"``);
- a short fragment that nothing reports and no claim holds is rejected
  (the late rules of stage ``"reject"``);
- of two results covering the same words the one with quote marks, else the
  more confident, stays; quoted fragments of the dropped one inside it
  become its fragments.

Every lookup goes through sorted intervals (binary search, then a short
walk), so the merge costs ``n log n`` in the number of quotations and claims,
not their product. Nothing it receives is changed: it returns new lists.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs

from ..._model import Quotation, Rejection, Span
from ...rules import rule
from . import _reject
from ._apposed import apposed_name
from ._complement import cut_after
from ._context import Scene, Setting
from ._join import BORROWING_RULES

NEAR_EXACT = 0.85
"""Share of a claim's characters inside one quotation for the two to be the same."""

MERGED_CLAIM_CONFIDENCE = 0.85
"""Confidence of a claim that became ``mixed`` through its quoted fragments."""


@rule("mixed.claim", stage="merge", order=10, confidence=MERGED_CLAIM_CONFIDENCE)
def mixed_claim(scene: Scene, claim: Quotation, fragments: list[Span], marks: list[Span]) -> Quotation:
    """A claim whose content holds quoted fragments (but is not one quotation) becomes ``mixed``."""
    last_mark = max(m.end for m in marks)
    content = cut_after(scene, claim.content, last_mark)
    if content.end < last_mark:
        content = Span.of(scene.text, content.start, last_mark)  # the fragments with their closing marks
    return attrs.evolve(
        claim,
        content=content,
        kind="mixed",
        fragments=tuple(sorted(fragments, key=lambda f: f.start)),
        marks=tuple(sorted(marks, key=lambda m: m.start)),
        confidence=max(claim.confidence, MERGED_CLAIM_CONFIDENCE),
        rule="mixed.claim",
    )


class _Quotes:
    """The quotations made from marks, indexed for the merge's three questions."""

    def __init__(self, quotes: Sequence[Quotation]) -> None:
        self.quotes = quotes
        by_fragment = sorted(range(len(quotes)), key=lambda k: min(f.start for f in quotes[k].fragments))
        self._fragment_order = by_fragment
        self._fragment_starts = [min(f.start for f in quotes[k].fragments) for k in by_fragment]
        by_start = sorted(range(len(quotes)), key=lambda k: quotes[k].content.start)
        self._start_order = by_start
        self._starts = [quotes[k].content.start for k in by_start]
        reach, top = [], -1
        for k in by_start:
            top = max(top, quotes[k].content.end)
            reach.append(top)
        self._reach = reach  # the furthest end among the quotations up to each position
        self._by_cue: dict[tuple[int, int], list[Quotation]] = {}
        for quote in quotes:
            if quote.cue is not None:
                self._by_cue.setdefault((quote.cue.start, quote.cue.end), []).append(quote)

    def within(self, outer: Span) -> list[int]:
        """Indices (in order) of the quotations whose fragments lie inside ``outer`` (marks may stick out)."""
        lo = bisect.bisect_left(self._fragment_starts, outer.start - 1)
        hi = bisect.bisect_right(self._fragment_starts, outer.end + 1)
        found = [k for k in self._fragment_order[lo:hi] if _within(self.quotes[k], outer)]
        return sorted(found)

    def overlapping(self, span: Span) -> Iterable[Quotation]:
        """The quotations whose content shares characters with ``span`` (and some that touch it)."""
        i = bisect.bisect_left(self._starts, span.end) - 1
        while i >= 0 and self._reach[i] > span.start:
            yield self.quotes[self._start_order[i]]
            i -= 1

    def cue_taken(self, claim: Quotation, joining: bool = False) -> bool:
        """Whether the claim's cue already introduces a quotation lying outside the claim.

        In "“...,” she told reporters at the summit" the cue reports the
        quotation; what the claim finder took as the cue's other complement
        ("the summit") is no claim. With ``joining``, a quoted sentence after
        the claim that borrows its cue ("Park said the talks went well. “We
        found common ground.”") does not take it: the two join (``quote.join``).
        """
        if claim.cue is None:
            return False
        same = self._by_cue.get((claim.cue.start, claim.cue.end), [])
        return any(
            not _overlaps(q.content, claim.content)
            and not (joining and q.rule in BORROWING_RULES and q.start >= claim.end)
            for q in same
        )


def merge(
    scene: Scene,
    quotes: Sequence[Quotation],
    claims: Sequence[Quotation],
    loose: Sequence[Setting],
    embedded: frozenset[int],
) -> tuple[list[Quotation], list[Rejection]]:
    """Merge quotations from marks with claims; see the module docstring.

    Args:
        scene: The article.
        quotes: Quotations made from quote marks.
        claims: Claims found without quote marks.
        loose: Short fragments that nothing reports, in text order.
        embedded: Starts of quotations that are phrases of a sentence.

    Returns:
        ``(results, rejections)``: the merged results, no two covering the
        same words, and the loose fragments no claim holds, rejected.

    """
    index = _Quotes(quotes)
    names, loose = _split_names(scene, loose)  # "delete the app «Spindle»": a name, no fragment
    loose_starts = [s.quote.open.start for s in loose]
    merging = scene.is_on("mixed.claim", "merge")
    joining = scene.is_on("quote.join", "merge")
    removed: set[int] = set()
    added: list[Quotation] = []
    used_loose: set[int] = set()
    for claim in claims:
        inside = index.within(claim.content)
        inner = _inner_loose(loose, loose_starts, claim.content)
        if _superseded(scene, index, claim, inside, embedded):
            continue
        if (not inside and not inner) or not merging:
            if not index.cue_taken(claim, joining):
                added.append(claim)
            continue
        fragments = [f for k in inside for f in quotes[k].fragments] + [loose[k].quote.content for k in inner]
        marks = [m for k in inside for m in quotes[k].marks] + [m for k in inner for m in loose[k].marks]
        used_loose.update(inner)
        removed.update(inside)
        added.append(mixed_claim(scene, claim, fragments, marks))
    results = [q for k, q in enumerate(quotes) if k not in removed] + added
    return resolve_overlaps(results), _rejections(scene, loose, used_loose, names)


def _split_names(scene: Scene, loose: Sequence[Setting]) -> tuple[list[Setting], list[Setting]]:
    """``(names, others)``: the loose fragments that name the noun before them (``mixed.apposed_name``), the rest."""
    if not scene.is_on("mixed.apposed_name", "merge"):
        return [], list(loose)
    names: list[Setting] = []
    others: list[Setting] = []
    for setting in loose:
        (names if apposed_name(scene, setting) else others).append(setting)
    return names, others


def _rejections(scene: Scene, loose: Sequence[Setting], used: set[int], names: list[Setting]) -> list[Rejection]:
    """The loose fragments no claim holds, rejected, and the names rejected as titles, in text order."""
    rejected = [_unreported(scene, s) for k, s in enumerate(loose) if k not in used]
    if not names:
        return rejected
    rejected += [Rejection(s.quote.content, "title") for s in names]
    return sorted(rejected, key=lambda r: r.span.start)


def _superseded(scene: Scene, index: _Quotes, claim: Quotation, inside: list[int], embedded: frozenset[int]) -> bool:
    """Whether a quotation from marks already says what the claim says.

    Either the claim is (nearly) one quotation, or a quoted sentence with its
    own attribution lies inside it (and wins over the claim around it).
    """
    if any(_near_same(scene.text, q, claim) for q in index.overlapping(claim.content)):
        return True
    return any(_wins(index.quotes[k], claim, embedded) for k in inside)


def _wins(quote: Quotation, claim: Quotation, embedded: frozenset[int]) -> bool:
    """Whether a quoted sentence inside a claim has its own attribution, so the claim goes."""
    return quote.rule.startswith("quote.") and quote.start not in embedded and not _same_cue(quote, claim)


def _inner_loose(loose: Sequence[Setting], starts: list[int], outer: Span) -> list[int]:
    """Indices of the loose fragments (marks included) inside ``outer``."""
    k = bisect.bisect_left(starts, outer.start)
    found = []
    while k < len(loose) and starts[k] <= outer.end + 1:
        if loose[k].outer_end <= outer.end + 1:
            found.append(k)
        k += 1
    return found


def _unreported(scene: Scene, setting: Setting) -> Rejection:
    """The rejection of a short fragment that nothing reports and no claim holds."""
    reason = _reject.rejection(scene, setting, late=True)
    return Rejection(setting.quote.content, reason if reason is not None else "unattributed")


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _same_cue(quote: Quotation, claim: Quotation) -> bool:
    """Whether a quotation and a claim around it hang off the same cue word.

    "She adds that voters have two choices: “Stay or go.”": the quoted words
    end the clause the cue reports, so the claim is the quotation (mixed).

    Args:
        quote: A quotation made from quote marks.
        claim: A claim whose content holds the quotation.

    Returns:
        True when both cues are the same span of text and the claim starts
        before the quotation's marks.

    """
    if quote.cue is None or claim.cue is None:
        return False
    first = min((m.start for m in quote.marks), default=quote.content.start)
    if not any(ch.isalnum() for ch in _between(claim, quote.cue.end, first)):
        return False  # "X boasted, “...”": the cue introduces the quoted sentence directly
    return (quote.cue.start, quote.cue.end) == (claim.cue.start, claim.cue.end) and claim.content.start < first


def _between(claim: Quotation, start: int, end: int) -> str:
    """The claim's words from ``start`` to ``end`` (empty when outside the claim)."""
    lo, hi = max(start, claim.content.start), min(end, claim.content.end)
    return claim.content.text[lo - claim.content.start : hi - claim.content.start] if lo < hi else ""


def _within_span(start: int, end: int, outer: Span) -> bool:
    return outer.start <= start and end <= outer.end + 1


def _within(quote: Quotation, outer: Span) -> bool:
    """Whether every fragment of ``quote`` lies inside ``outer`` (marks may stick out by one)."""
    return all(outer.start - 1 <= f.start and f.end <= outer.end + 1 for f in quote.fragments)


def _near_same(text: str, quote: Quotation, claim: Quotation) -> bool:
    """Whether a claim's content is (nearly) exactly one quotation's words."""
    a, b = quote.content, claim.content
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    if inter == 0:
        return False
    outside = text[b.start : max(b.start, a.start)] + text[min(b.end, a.end) : b.end]
    letters = sum(ch.isalnum() for ch in outside)
    total = sum(ch.isalnum() for ch in b.text)
    return total > 0 and letters <= (1 - NEAR_EXACT) * total and inter > 0.5 * (a.end - a.start)


def resolve_overlaps(results: Sequence[Quotation]) -> list[Quotation]:
    """Keep, of results covering the same words, one with quote marks, else the most confident.

    Quoted fragments of a dropped result that lie inside the kept one become
    fragments of the kept one, so no quoted words are lost. The kept results
    never overlap, so they are found by binary search over their spans.

    Args:
        results: Quotations and claims, possibly overlapping.

    Returns:
        The kept results, in the order they were kept.

    """
    order = sorted(results, key=lambda q: (not q.marks, -q.confidence, q.start))
    kept: list[Quotation] = []
    spans: list[tuple[int, int, int]] = []  # (start, end, position in kept), sorted; their ends are sorted too
    for quote in order:
        hits = _hits(spans, quote.content)
        if not hits:
            bisect.insort(spans, (quote.content.start, quote.content.end, len(kept)))
            kept.append(quote)
            continue
        for k in hits:
            kept[k] = _absorb(kept[k], quote)
    return kept


def _hits(spans: list[tuple[int, int, int]], content: Span) -> list[int]:
    """Positions of the kept results whose content overlaps ``content``."""
    i = bisect.bisect_right(spans, content.start, key=lambda s: s[1])  # first kept ending after the start
    hits = []
    while i < len(spans) and spans[i][0] < content.end:
        start, end, k = spans[i]
        if start < content.end and content.start < end:
            hits.append(k)
        i += 1
    return hits


def _absorb(other: Quotation, quote: Quotation) -> Quotation:
    """``other`` with the fragments (and their marks) of an overlapping, dropped ``quote`` that lie inside it."""
    inside = [f for f in quote.fragments if _within_span(f.start, f.end, other.content)]
    new = [f for f in inside if f not in other.fragments]
    if not new or other.kind == "direct":
        return other
    marks = [m for m in quote.marks if other.content.start - 1 <= m.start < other.content.end + 1]
    return attrs.evolve(
        other,
        kind="mixed",
        fragments=tuple(sorted({*other.fragments, *new}, key=lambda f: f.start)),
        marks=tuple(sorted({*other.marks, *marks}, key=lambda m: m.start)),
    )
