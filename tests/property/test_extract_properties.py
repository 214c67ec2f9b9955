"""Property tests for the whole pipeline: any text, no crash, every offset valid."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quoteextract import Extraction, Span

pytestmark = pytest.mark.model

PIECES = st.sampled_from(
    [
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "«",
        "»",
        "„",
        ", ",
        ". ",
        ": ",
        " — ",
        "\n\n",
        "\r\n",
        "\u00a0",
        "\u200b",
        "said",
        "told reporters",
        "according to",
        "she",
        "he said",
        "Ana Ruiz",
        "Ms. Ruiz",
        "the mayor",
        "two officials",
        "the Springfield Gazette (SG)",
        "The plan is dead",
        "we will win",
        "that",
    ]
)
NEWSY = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map(" ".join)
"""Text built from quote marks, attributions, names and noise."""


def _spans(result: Extraction) -> list[Span]:
    spans: list[Span] = [r.span for r in result.rejected]
    for quote in result.quotes:
        spans += [quote.content, *quote.fragments, *quote.marks]
        spans += [s for s in (quote.cue, quote.speaker) if s is not None]
        for link in quote.sources:
            spans += [s for s in (link.span, link.mention) if s is not None]
    for entity in result.entities:
        spans += list(entity.mentions)
        spans += [d.span for d in entity.descriptors if d.span is not None]
    return spans


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NEWSY)
# Found by this test in CI: a quotation of marks only was dropped after the entities were indexed.
@example("“ “ “ “ “ “ “ ” told reporters Ana Ruiz „ “ said “ \r\n ” according to “ she")
def test_any_text_gives_valid_offsets(extractor, text: str) -> None:
    """Every span indexes the input exactly, ids point at real entities, and quotations nest but never cross."""
    result = extractor(text)
    for span in _spans(result):
        assert text[span.start : span.end] == span.text
    ids = {e.id for e in result.entities}
    assert len(ids) == len(result.entities)
    for index, quote in enumerate(result.quotes):
        if quote.speaker is not None and quote.speaker.entity is not None:
            assert quote.speaker.entity in ids
            assert index in result.entity(quote.speaker.entity).quotes
        for link in quote.sources:
            assert link.entity is None or link.entity in ids
    extents = [(q.start, q.end) for q in result.quotes]
    assert extents == sorted(extents)
    # A quotation inside another (quote.nested) or a claim inside a joined quotation lies wholly
    # within it; two results never overlap in part.
    for a, b in itertools.combinations(extents, 2):
        assert a[1] <= b[0] or b[1] <= a[1], f"quotations cross: {a} and {b}"
