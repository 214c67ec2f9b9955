"""Tests for reading quote marks and paragraphs (quoteextract.stages.finder._mark_tokens)."""

from __future__ import annotations

import pytest

from quoteextract.stages.finder._mark_tokens import (
    lookaheads,
    read_marks,
    read_paragraphs,
    trim_end,
    visible_after,
    visible_before,
)

MARKS = [
    ('He said "yes".', [(8, '"'), (12, '"')]),
    ("''Wire'' copy", [(0, "''"), (6, "''")]),
    ("said 'no.'''", [(5, "'"), (9, "'"), (10, "''")]),
    ("'''Tis,'' he said", [(0, "''"), (2, "'"), (7, "''")]),
    ("``TeX''", [(0, "``"), (5, "''")]),
    ("‘‘curly doubles’’", [(0, "‘‘"), (15, "’’")]),
    ('<a href="x">“ok”</a>', [(12, "“"), (15, "”")]),
    ("6'2\" and 5’11” tall", []),
    ("no marks here", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_read_marks(text: str, expected: list[tuple[int, str]]) -> None:
    """Marks are read as tokens, with tags and heights left out."""
    assert [(m.pos, m.char) for m in read_marks(text)] == expected


CONTEXT = [
    # text, index of the mark, opener-like, closer-like, inside a word
    ('a "b', 0, True, False, False),
    ('a" b', 0, False, True, False),
    ("don't", 0, False, False, True),
    ('a " b', 0, False, False, False),
    ('a\u200b"\u200bb', 0, False, False, True),
    ("(\u201cb", 0, True, False, False),
    ("b\u201d)", 0, False, True, False),
]


@pytest.mark.parametrize(("text", "index", "opener", "closer", "inside"), CONTEXT)
def test_mark_context(text: str, index: int, opener: bool, closer: bool, inside: bool) -> None:
    """A mark's context is read from the nearest visible characters on both sides."""
    mark = read_marks(text)[index]
    assert (mark.opener_like, mark.closer_like, mark.intraword) == (opener, closer, inside)


PARAGRAPHS = [
    ("one\ntwo", [(0, 3), (4, 7)]),
    ("one\r\n\r\ntwo\r\n", [(0, 3), (7, 10)]),
    ("  one  \n\n\n  two", [(2, 5), (12, 15)]),
    ("one\u2029two\u2028three", [(0, 3), (4, 7), (8, 13)]),
    ("\u200b\n \nx", [(4, 5)]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_read_paragraphs(text: str, expected: list[tuple[int, int]]) -> None:
    """Paragraphs are lines; blank ones are dropped; first and last visible characters are found."""
    assert [(p.first, p.last) for p in read_paragraphs(text)] == expected


def test_invisible_lines_are_blank() -> None:
    """A line of only white space and zero-width characters is no paragraph."""
    assert read_paragraphs("\u200b \ufeff\n\u00a0") == []


def test_lookaheads() -> None:
    """Each mark sees the next single and double closers and openers after it."""
    text = "“a ‘b’ c” d “e”"
    marks = read_marks(text)
    ahead = lookaheads(marks)
    assert ahead[0].single_close == text.index("’")
    assert ahead[0].double_close == text.index("”")
    assert ahead[0].doubles == 2
    assert ahead[2].double_open == text.rindex("“")
    assert ahead[-1].doubles == 0


def test_visible_neighbours() -> None:
    """Zero-width characters are skipped when looking left and right."""
    text = 'a\u200b\u200b"\u200bb'
    assert visible_before(text, 3) == "a"
    assert visible_after(text, 4) == ("b", 5)
    assert visible_before(text, 0) == ""
    assert visible_after(text, len(text)) == ("", len(text))
    assert trim_end("ab \u200b\n", 0, 5) == 2
