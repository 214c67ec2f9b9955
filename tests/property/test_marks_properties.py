"""Property tests for the quotation finder: any text, valid and well-nested output."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteextract._model import QuotedSpan
from quoteextract.stages.finder._mark_table import MARK_CHARS, MARK_TOKENS
from quoteextract.stages.finder._marks import find_quotes

# Text made mostly of quote marks, letters, spaces, punctuation, line breaks
# and invisible characters, so that every branch of the finder is exercised.
QUOTEY = st.text(
    alphabet=st.one_of(
        st.sampled_from(MARK_CHARS),
        st.sampled_from("ab s09 .,;:!?()-—\n\r\u00a0\u200b\u2029\t"),
        st.characters(),
    ),
    max_size=120,
)


def extent(q: QuotedSpan) -> tuple[int, int]:
    """The characters a pairing covers, from its opening mark to its closing mark (or content end)."""
    return q.open.start, (q.close.end if q.close is not None else q.content.end)


@given(QUOTEY)
def test_offsets_always_valid(text: str) -> None:
    """Every span slices the input exactly and marks sit around the content."""
    scan = find_quotes(text)
    for q in scan.quotes:
        for span in (q.content, q.open, q.close, *q.reopen):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.text
        assert q.open.end == q.content.start
        assert q.open.text in MARK_TOKENS
        if q.close is not None:
            assert q.close.start == q.content.end
            assert q.close.text in MARK_TOKENS
        for r in q.reopen:
            assert q.content.start <= r.start < q.content.end
    for w in scan.warnings:
        assert 0 <= w.offset <= len(text)


@given(QUOTEY)
def test_pairs_never_cross(text: str) -> None:
    """Any two pairings are either disjoint or one contains the other."""
    quotes = find_quotes(text).quotes
    extents = [extent(q) for q in quotes]
    for i, (a0, a1) in enumerate(extents):
        for b0, b1 in extents[i + 1 :]:
            assert a1 <= b0 or b1 <= a0 or (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)


@given(QUOTEY)
def test_children_inside_parents(text: str) -> None:
    """A nested pairing lies inside its parent's content, one level deeper, after it in order."""
    quotes = find_quotes(text).quotes
    starts = [q.open.start for q in quotes]
    assert starts == sorted(starts)
    for i, q in enumerate(quotes):
        if q.parent is None:
            assert q.depth == 0
            continue
        assert 0 <= q.parent < i
        parent = quotes[q.parent]
        assert q.depth == parent.depth + 1
        c0, c1 = extent(q)
        assert parent.content.start <= c0 and c1 <= parent.content.end


@given(QUOTEY)
def test_marks_used_once(text: str) -> None:
    """No quote-mark character opens, closes or re-opens more than one pairing."""
    used: list[int] = []
    for q in find_quotes(text).quotes:
        used.append(q.open.start)
        used.extend(r.start for r in q.reopen)
        if q.close is not None:
            used.append(q.close.start)
    assert len(used) == len(set(used))


@given(st.text(max_size=200))
def test_any_unicode_never_raises(text: str) -> None:
    """Arbitrary Unicode text scans without error and every content slices the input."""
    for q in find_quotes(text).quotes:
        assert text[q.start : q.end] == q.text


@given(st.lists(st.text(alphabet="abc ,.", min_size=1, max_size=12), min_size=1, max_size=6))
def test_well_formed_curly_quotes_found(pieces: list[str]) -> None:
    """Well-formed “…” pairs separated by plain words are each found with their exact content."""
    text = " said ".join(f"“{p}”" for p in pieces)
    assert [q.text for q in find_quotes(text).quotes] == pieces
