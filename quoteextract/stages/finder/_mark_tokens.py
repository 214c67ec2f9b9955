"""Reading quote marks: where they are, what surrounds them, which paragraph.

The first half of the quotation finder. :func:`read_paragraphs` splits a
text into paragraphs (lines) and lists each paragraph's quote marks with the
visible characters on either side; :func:`lookaheads` says, for each mark,
what follows it in its paragraph. The pairing itself is in
:mod:`quoteextract.stages.finder._marks`; the character tables in
:mod:`quoteextract.stages.finder._mark_table`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ._mark_table import (
    CLOSING_CONTEXT,
    DOUBLE_CLOSING,
    DOUBLE_OPENING,
    KIND,
    NO_CONTINUATION_AFTER,
    OPENING_CONTEXT,
    PATTERNS,
    SINGLE_CLOSING,
    SINGLE_OPENING,
    ZERO_WIDTH,
)


class Mark:
    """One quote mark with its context.

    Args:
        pos: Offset of the mark's first character.
        char: The mark (one character, or ``''`` or two backticks).
        before: The nearest visible character before it ("" at the start).
        after: The nearest visible character after it ("" at the end).

    """

    __slots__ = ("after", "before", "char", "end", "left", "pos", "right")

    def __init__(self, pos: int, char: str, before: str, after: str) -> None:
        self.pos = pos
        self.end = pos + len(char)
        self.char = char
        self.before = before
        self.after = after
        # left: the context before the mark is a gap (opener-like side);
        # right: the context after it is a gap (closer-like side).
        self.left = before == "" or before.isspace() or before in OPENING_CONTEXT
        self.right = after == "" or after.isspace() or after in CLOSING_CONTEXT

    @property
    def opener_like(self) -> bool:
        """Gap before, word after: ``␣"word``."""
        return self.left and not self.right

    @property
    def closer_like(self) -> bool:
        """Word before, gap after: ``word"␣``."""
        return self.right and not self.left

    @property
    def intraword(self) -> bool:
        """Letter or digit on both sides: ``don't``."""
        return self.before.isalnum() and self.after.isalnum()


class Lookahead(NamedTuple):
    """What lies ahead of one mark in its paragraph.

    Built backwards over a paragraph, one per mark (a tuple of ints, cheap
    to create and ignored by the garbage collector).

    Args:
        single_close: Offset of the next single closing mark, or -1.
        single_open: Offset of the next single opening mark, or -1.
        double_close: Offset of the next double closing mark, or -1.
        double_open: Offset of the next double opening mark, or -1.
        singles: How many single closing marks are still to come.
        doubles: How many double closing marks are still to come.

    """

    single_close: int = -1
    single_open: int = -1
    double_close: int = -1
    double_open: int = -1
    singles: int = 0
    doubles: int = 0

    def after(self, mark: Mark) -> Lookahead:
        """The lookahead seen by the mark just before ``mark``."""
        # A left mark (“ «) closes only when it clearly follows a word.
        closing = mark.closer_like if KIND[mark.char] == "left" else mark.right and not mark.opener_like
        if mark.char in SINGLE_CLOSING and closing:
            return self._replace(single_close=mark.pos, singles=self.singles + 1)
        if mark.char in SINGLE_OPENING and mark.opener_like:
            return self._replace(single_open=mark.pos)
        if mark.char in DOUBLE_CLOSING and closing:
            return self._replace(double_close=mark.pos, doubles=self.doubles + 1)
        if mark.char in DOUBLE_OPENING and not mark.closer_like:
            return self._replace(double_open=mark.pos)
        return self


class Paragraph(NamedTuple):
    """One non-blank paragraph (one line of the text).

    Args:
        start: Offset of its first character.
        end: Offset one past its last character (before the line break).
        first: Offset of its first visible character.
        last: Offset one past its last visible character.
        marks: Its quote marks, in text order.

    """

    start: int
    end: int
    first: int
    last: int
    marks: list[Mark]


def visible_before(text: str, pos: int) -> str:
    """The nearest character before ``pos`` that is not zero-width.

    Args:
        text: The text.
        pos: An offset into it.

    Returns:
        The character, or "" at the start of the text.

    """
    j = pos - 1
    while j >= 0 and text[j] in ZERO_WIDTH:
        j -= 1
    return text[j] if j >= 0 else ""


def visible_after(text: str, end: int) -> tuple[str, int]:
    """The nearest character at or after ``end`` that is not zero-width.

    Args:
        text: The text.
        end: An offset into it.

    Returns:
        The character ("" at the end of the text) and its offset.

    """
    j = end
    while j < len(text) and text[j] in ZERO_WIDTH:
        j += 1
    return (text[j] if j < len(text) else ""), j


def trim_end(text: str, start: int, end: int) -> int:
    """Move ``end`` back over white space and zero-width characters, not past ``start``.

    Args:
        text: The text.
        start: The lowest offset to return.
        end: Where to start from.

    Returns:
        One past the last visible character of ``text[start:end]``, or ``start``.

    """
    while end > start and (text[end - 1].isspace() or text[end - 1] in ZERO_WIDTH):
        end -= 1
    return end


def first_visible(text: str, start: int, end: int) -> int | None:
    """The offset of the first visible character of ``text[start:end]``.

    Args:
        text: The text.
        start: Where to start.
        end: Where to stop.

    Returns:
        The offset, or ``None`` if the range is blank.

    """
    for j in range(start, end):
        if not text[j].isspace() and text[j] not in ZERO_WIDTH:
            return j
    return None


def read_marks(text: str) -> list[Mark]:
    """Every quote mark in ``text``, with its context, in text order.

    Marks inside markup tags and feet-and-inches heights are left out, and
    three apostrophes are split into a single and a double mark (the single
    one first after a word, the double one first before a word).

    Args:
        text: The text.

    Returns:
        The marks.

    """
    opaque = [match.span() for match in PATTERNS["OPAQUE"].finditer(text)]
    o = 0
    marks = []
    for match in PATTERNS["MARK"].finditer(text):
        pos, token = match.start(), match.group()
        while o < len(opaque) and opaque[o][1] <= pos:
            o += 1
        if o < len(opaque) and opaque[o][0] <= pos:
            continue  # inside a markup tag or a height
        if token == "'''":
            before = visible_before(text, pos)
            closing = before != "" and not before.isspace() and before not in OPENING_CONTEXT
            pieces = [(pos, "'"), (pos + 1, "''")] if closing else [(pos, "''"), (pos + 2, "'")]
        else:
            pieces = [(pos, token)]
        for start, piece in pieces:
            end = start + len(piece)
            marks.append(Mark(start, piece, visible_before(text, start), visible_after(text, end)[0]))
    return marks


def read_paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into its non-blank paragraphs (lines), each with its marks.

    Args:
        text: The text.

    Returns:
        The paragraphs in text order; blank lines are left out.

    """
    tokens = read_marks(text)
    inches = {match.start("mark") for match in PATTERNS["INCHES"].finditer(text)}
    paragraphs: list[Paragraph] = []
    p = 0
    for match in PATTERNS["PARAGRAPH"].finditer(text):
        start, end = match.span()
        while p < len(tokens) and tokens[p].pos < start:
            p += 1
        first = first_visible(text, start, end)
        if first is None:
            continue
        marks = []
        while p < len(tokens) and tokens[p].pos < end:
            marks.append(tokens[p])
            p += 1
        paragraphs.append(Paragraph(start, end, first, trim_end(text, first, end), without_inches(marks, inches)))
    return paragraphs


def without_inches(marks: list[Mark], inches: set[int]) -> list[Mark]:
    """A paragraph's marks less the inch marks (``a 12" sub``) that leave its straight doubles unpaired.

    A straight double after a number and before a lower-case word is read as
    inches only when the paragraph's other straight doubles pair among
    themselves (an even number of them): ``"We had 6" of snow and 2" of ice,"
    she said.`` keeps its two quote marks; ``the song "Route 66" was`` pairs
    as it is.

    Args:
        marks: One paragraph's marks, in text order.
        inches: Offsets of the straight doubles that may be inch marks.

    Returns:
        The marks, without the inch marks.

    """
    if not any(m.pos in inches for m in marks):
        return marks
    if sum(m.char == '"' and m.pos not in inches for m in marks) % 2:
        return marks
    return [m for m in marks if m.pos not in inches]


def lookaheads(marks: list[Mark], apostrophe: Callable[[Mark], bool] | None = None) -> list[Lookahead]:
    """What follows each of a paragraph's marks in the paragraph.

    Args:
        marks: One paragraph's marks, in text order.
        apostrophe: Tells the marks that are apostrophes (``'08``, ``'em``),
            which the lookahead does not count as quote marks.

    Returns:
        One :class:`Lookahead` per mark, describing the marks after it.

    """
    look = Lookahead()
    ahead = []
    for mark in reversed(marks):
        ahead.append(look)
        if apostrophe is None or not apostrophe(mark):
            look = look.after(mark)
    ahead.reverse()
    return ahead


def reopener(text: str, para: Paragraph, following: Paragraph | None) -> str | None:
    """The mark opening the next paragraph when it may continue a quotation of this one, else ``None``.

    The news convention re-opens a long quotation at the start of each of its
    paragraphs, and only after a complete sentence: not after a letter, a
    digit or :data:`~._mark_table.NO_CONTINUATION_AFTER`.

    Args:
        text: The text.
        para: A paragraph.
        following: The paragraph after it, if any.

    Returns:
        The next paragraph's first mark, or ``None``.

    """
    if following is None or not following.marks or following.marks[0].pos != following.first:
        return None
    last = text[para.last - 1] if para.last > para.first else ""
    if not last or last.isalnum() or last in NO_CONTINUATION_AFTER:
        return None
    return following.marks[0].char
