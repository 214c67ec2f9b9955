"""The outermost-claim sweep and the quotation regions, checked against the plain quadratic definitions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteextract._model import Quotation, Span
from quoteextract.stages.claims.filters import Quoted
from quoteextract.stages.claims.outermost import outermost

TEXT = "x" * 200


def _claim(start: int, end: int, confidence: float) -> Quotation:
    return Quotation(content=Span.of(TEXT, start, end), kind="indirect", confidence=confidence, rule="claim.ccomp")


def _reference(candidates: list[tuple[Quotation, int]]) -> list[Quotation]:
    """The definition: every candidate against every other (the 0.1 code)."""
    kept = []
    for claim, cue in candidates:
        nested = any(
            other.content.start <= cue < other.content.end
            for other, other_cue in candidates
            if other is not claim and not (claim.content.start <= other_cue < claim.content.end)
        )
        if not nested:
            kept.append(claim)
    kept.sort(key=lambda q: (q.start, -q.end))
    result: list[Quotation] = []
    for claim in kept:
        clash = next((q for q in result if q.start < claim.end and claim.start < q.end), None)
        if clash is None:
            result.append(claim)
        elif claim.confidence > clash.confidence:
            result[result.index(clash)] = claim
    return sorted(result, key=lambda q: (q.start, q.end))


_candidate = st.tuples(
    st.integers(0, 60), st.integers(2, 40), st.sampled_from([0.3, 0.5, 0.6, 0.9]), st.integers(0, 110)
).map(lambda t: (_claim(t[0], t[0] + t[1], t[2]), t[3]))


@given(st.lists(_candidate, max_size=25))
def test_sweep_equals_the_definition(candidates):
    """The O(n log n) sweep keeps exactly the claims the all-pairs definition keeps."""
    assert [id(q) for q in outermost(candidates)] == [id(q) for q in _reference(candidates)]


def test_nested_cue_is_dropped_and_mutual_attributions_stay():
    """A cue inside another claim's content goes; two claims whose cues lie in each other's content stay."""
    outer, inner = _claim(10, 60, 0.9), _claim(30, 60, 0.9)
    assert outermost([(outer, 5), (inner, 20)]) == [outer]
    left, right = _claim(0, 20, 0.85), _claim(30, 50, 0.85)
    assert outermost([(left, 35), (right, 10)]) == [left, right]


def test_overlap_keeps_the_more_confident():
    """Of two overlapping claims the first stays unless the later one is more confident."""
    first, later = _claim(0, 30, 0.6), _claim(20, 50, 0.9)
    assert outermost([(first, 100), (later, 101)]) == [later]
    assert outermost([(_claim(0, 30, 0.9), 100), (_claim(20, 50, 0.6), 101)]) == [_claim(0, 30, 0.9)]


_region = st.tuples(st.integers(0, 150), st.integers(0, 40)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(_region, max_size=20), st.integers(0, 200), st.integers(0, 150), st.integers(2, 50))
def test_quoted_regions_answer_like_a_scan(regions, offset, start, length):
    """Quoted.holds and Quoted.wholly equal scanning every region."""
    quoted = Quoted(tuple(regions))
    assert quoted.holds(offset) == any(s <= offset < e for s, e in regions)
    content = Span.of(TEXT, start, start + length)
    expected = any(
        s <= content.start + 1 and e >= content.end - 1 and e - s >= 0.8 * (content.end - content.start)
        for s, e in regions
    )
    assert quoted.wholly(content) == expected
