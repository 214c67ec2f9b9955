"""Property tests for the layout stage: any text gets one known role per line, and no crash."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteextract.article import LINE_ROLES, Article, Layout
from quoteextract.rules import DEFAULT_RULES
from quoteextract.stages.layout import apply_layout, assign_roles

PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        "Q: ",
        "A. ",
        "OKAFOR: ",
        "Okafor: ",
        "— ",
        "-- ",
        "By ",
        "READ MORE: ",
        "(Photo: Ana Ruiz)",
        "Pictured: ",
        "“",
        "”",
        '"',
        ". ",
        "? ",
        ", ",
        "Ana Ruiz",
        "the depot",
        "said",
        "Story continues below advertisement",
        "CURRENCIES",
        "The Herald",
        " ",
        "x",
    ]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


@given(TEXTS)
def test_every_line_gets_one_known_role(text):
    """Whatever the text, each paragraph gets exactly one role of LINE_ROLES."""
    layout = assign_roles(Layout.of(text), None, DEFAULT_RULES)
    assert len(layout.paragraphs) == len(Layout.of(text).paragraphs)
    assert all(p.role in LINE_ROLES for p in layout.paragraphs)


@given(TEXTS)
def test_applying_the_roles_keeps_offsets_exact(text):
    """The quotations the roles make (transcript answers) slice the text exactly."""
    quotes, rejected = apply_layout(Article.build(text), [], [])
    assert rejected == []
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is not None
        assert text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
