"""The typographic quotation finder: quote-mark pairings, no parse needed.

:func:`find_quotes` walks the text once, paragraph by paragraph, and pairs
quote marks with a stack. Each mark (read by :mod:`quoteextract.stages.finder._mark_tokens`)
is classified by its character (see :mod:`quoteextract.stages.finder._mark_table`) and by
its context: a mark after white space
and before a word looks like an opener, a mark after a word and before white
space or punctuation looks like a closer. Apostrophes (``don't``, ``’em``,
``the ’90s``, ``rock ’n’ roll``, ``students’``) are recognised and skipped.

Recovery is local: a quotation still open at the end of its paragraph either
continues (the next paragraph re-opens it, the news convention for long
quotations) or is closed there with ``close=None`` and a warning (an
unclosed mark with nothing visible after it gives the warning only: it
quotes nothing). Nothing in
the input makes the finder raise or stop early, and it runs in time linear in
the length of the text.
"""

from __future__ import annotations

from ..._errors import InputError
from ..._model import Problem, QuotedSpan, QuoteScan, Span
from ..._wrapping import wraps_line
from ._mark_stack import Entry, MarkStack
from ._mark_table import (
    APOSTROPHE_LIKE,
    CLOSERS,
    DOUBLE_FAMILY,
    KIND,
    LOOSE_CLOSERS,
    NEEDS_CLOSER_AHEAD,
    NO_CONTINUATION_AFTER,
    PATTERNS,
    POSSESSIVE_ENDINGS,
    REOPENERS,
    SINGLE_CLOSING,
    SINGLE_OPENING,
    SOFT_BREAKS,
    elision_pattern,
)
from ._mark_tokens import Lookahead, Mark, Paragraph, lookaheads, read_paragraphs, reopener, visible_after

_MSG_UNCLOSED_PARAGRAPH = "unclosed quote mark {mark}: quotation ends at the end of its paragraph"
_MSG_STRAY = "stray closing quote mark {mark} ignored"
_MSG_TURNED = "closing quote mark {mark} read as an opening mark"


class _Scanner(MarkStack):
    """One pass of the finder over one text (see :func:`find_quotes`).

    Args:
        text: The caller's text.

    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.skip: set[int] = set()
        self.reopener: str | None = None

    # -- marks -----------------------------------------------------------

    def _is_elision(self, mark: Mark) -> bool:
        """Whether a leading apostrophe starts ``'em``, ``'n'``, ``'90s``.

        The closing apostrophe of ``'n'`` is skipped from then on.
        """
        if not mark.left or mark.after == "" or mark.after.isspace():
            return False
        after_pos = visible_after(self.text, mark.end)[1]
        match = elision_pattern().match(self.text, after_pos)
        if match:
            if match.group("close") is not None:
                self.skip.add(match.start("close"))
            return True
        return PATTERNS["YEAR"].match(self.text, after_pos) is not None

    def _apostrophe(self, mark: Mark) -> bool:
        """Whether a mark is an apostrophe (inside a word or eliding one), not a quote mark.

        Free of side effects, so the paragraph's lookahead can ask it
        before the mark's turn comes: ``in '08`` is no single opening mark.
        """
        if mark.char not in APOSTROPHE_LIKE:
            return False
        if mark.intraword:
            return True
        if not mark.left or mark.after == "" or mark.after.isspace():
            return False
        after_pos = visible_after(self.text, mark.end)[1]
        return bool(elision_pattern().match(self.text, after_pos) or PATTERNS["YEAR"].match(self.text, after_pos))

    def _possessive(self, mark: Mark, look: Lookahead) -> bool:
        """Whether a single closing mark after a word is an apostrophe instead.

        ``the students’ union`` or ``goin’ home`` inside a single-quoted
        passage: the mark follows a word ending in s, z, x or in, a word
        follows it, and another single closing mark comes later in the
        paragraph, before any single opening mark or double closing mark.
        """
        if not mark.after.isspace():
            return False
        text = self.text
        j = mark.end
        while j < len(text) and text[j] in " \u00a0":
            j += 1
        if j >= len(text) or not text[j].isalnum():
            return False
        if not text[max(0, mark.pos - 2) : mark.pos].lower().endswith(POSSESSIVE_ENDINGS):
            return False
        later = look.single_close
        return later >= 0 and all(other < 0 or later < other for other in (look.single_open, look.double_close))

    def _paragraph(self, marks: list[Mark], first: int, last: int) -> None:
        """Pair the marks of one paragraph, continuing the open stack.

        Args:
            marks: The paragraph's marks in text order.
            first: Offset of the paragraph's first visible character.
            last: Offset one past its last visible character.

        """
        for mark, after in zip(marks, lookaheads(marks, self._apostrophe), strict=True):
            if mark.pos not in self.skip:
                self._mark(mark, after, mark.pos == first, mark.end == last)

    def _mark(self, mark: Mark, look: Lookahead, starts_paragraph: bool, ends_paragraph: bool) -> None:
        """Open, close or skip one mark, by the kind of its character.

        Args:
            mark: The mark.
            look: What follows it in its paragraph.
            starts_paragraph: Whether it is the paragraph's first visible character.
            ends_paragraph: Whether it is the paragraph's last visible character.

        """
        if mark.char in APOSTROPHE_LIKE and (mark.intraword or self._is_elision(mark)):
            return
        kind = KIND[mark.char]
        if kind == "open":
            self._push(mark, look)
        elif kind == "close":
            self._closing_mark(mark)
        elif kind == "left":
            self._left_mark(mark, look, starts_paragraph, ends_paragraph)
        elif kind == "right":
            self._right_mark(mark, look)
        else:
            self._straight_mark(mark, look, starts_paragraph)

    def _closing_mark(self, mark: Mark) -> None:
        """A mark that only closes: close what it can, else warn it is stray."""
        height, _exact = self._target(mark.char)
        if height is not None:
            self._close(height, mark)
        else:
            self._warn_stray(mark)

    def _left_mark(self, mark: Mark, look: Lookahead, starts_paragraph: bool, ends_paragraph: bool) -> None:
        """A left mark such as “: closes a German „ unless it clearly opens.

        It also closes anything it can at the end of a paragraph; else it opens.
        """
        height, exact = self._target(mark.char)
        if height is not None and ((exact and not mark.opener_like) or ends_paragraph):
            self._close(height, mark)
        elif not mark.closer_like:
            self._push_if_opens(mark, look, starts_paragraph)
        elif height is not None:
            self._close(height, mark)
        elif mark.char not in APOSTROPHE_LIKE:
            self._warn_stray(mark)

    def _right_mark(self, mark: Mark, look: Lookahead) -> None:
        """A right mark such as ”: closes, unless it is an apostrophe.

        With nothing open it opens (”Swedish” or »Danish« style) or is a stray closer.
        """
        if mark.char in APOSTROPHE_LIKE and mark.opener_like:
            return  # ’tis, ’Cause: a leading apostrophe
        height, _exact = self._target(mark.char)
        if height is not None:
            self._close_unless_possessive(height, mark, look)
        elif mark.char in APOSTROPHE_LIKE:
            return
        elif mark.opener_like:
            self._push(mark, look)
        else:
            self._stray_closer(mark, look)

    def _straight_mark(self, mark: Mark, look: Lookahead, starts_paragraph: bool) -> None:
        """A straight mark (" or '): its context decides whether it opens or closes."""
        height, _exact = self._target(mark.char)
        if mark.opener_like:
            self._push_if_opens(mark, look, starts_paragraph)
        elif height is not None:
            self._close_unless_possessive(height, mark, look)
        elif mark.char in APOSTROPHE_LIKE:
            if mark.left and mark.right:
                self._warn_stray(mark)
        elif mark.closer_like:
            self._stray_closer(mark, look)
        else:
            self._push(mark, look)

    def _push_if_opens(self, mark: Mark, look: Lookahead, starts_paragraph: bool) -> None:
        """Open a quotation at ``mark`` if it has the closer it needs ahead (see :meth:`_opens`)."""
        if self._opens(mark, look, starts_paragraph):
            self._push(mark, look)

    def _close_unless_possessive(self, height: int, mark: Mark, look: Lookahead) -> None:
        """Close the quotation at ``height``, unless ``mark`` is a single closer read as an apostrophe."""
        if not (mark.char in SINGLE_CLOSING and self._possessive(mark, look)):
            self._close(height, mark)

    def _warn_stray(self, mark: Mark) -> None:
        """Ignore ``mark`` as a stray closer, with a warning."""
        self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=mark.char)))

    def _stray_closer(self, mark: Mark, look: Lookahead) -> None:
        """A double closing mark with nothing open: a misprinted opener, or stray.

        If another double closing mark follows in the paragraph before any
        double opening mark (``He said,” it is over.”``), this one is read as
        the opener; otherwise it is ignored. Either way, with a warning.
        """
        if look.double_close >= 0 and (look.double_open < 0 or look.double_close < look.double_open):
            self.warnings.append(Problem(mark.pos, _MSG_TURNED.format(mark=mark.char)))
            self._push(mark, look)
        else:
            self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=mark.char)))

    def _opens(self, mark: Mark, look: Lookahead, starts_paragraph: bool) -> bool:
        """Whether a single mark that looks like an opener has a closer ahead.

        A lone ``'`` or ``‘`` with no single closing mark later in its paragraph is an apostrophe,
        unless it starts the paragraph, or the next paragraph opens with the same mark after a full
        sentence (``self.reopener``): a quotation running over paragraphs may begin there.
        """
        if mark.char not in NEEDS_CLOSER_AHEAD or starts_paragraph or look.single_close >= 0:
            return True
        return self.reopener == mark.char

    # -- driver ----------------------------------------------------------

    def run(self) -> QuoteScan:
        """Scan the whole text and build the result.

        Returns:
            The pairings and warnings.

        """
        paragraphs = read_paragraphs(self.text)
        for index, para in enumerate(paragraphs):
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            self.reopener = reopener(self.text, para, following)
            self._paragraph(para.marks, para.first, para.last)
            if self.stack:
                self._end_paragraph(para, following)
        return self._result()

    def _end_paragraph(self, para: Paragraph, following: Paragraph | None) -> None:
        """Carry the open quotations past the end of a paragraph, or close them.

        The outermost quotation continues if the next paragraph re-opens it
        (the news convention; only after a complete sentence), or if only a
        soft line break separates the two and the next line closes it before
        opening anything, or goes on with the sentence (hard-wrapped copy: a
        lower-case word, or a line ending on a comma or joining word) without
        opening anything. Otherwise every open quotation ends here.
        """
        text = self.text
        bottom = self.stack[0]
        if following is not None:
            marks = following.marks
            head = marks[0] if marks and marks[0].pos == following.first else None
            last = text[para.last - 1]
            if (
                head is not None
                and head.char in REOPENERS.get(bottom.char, (bottom.char,))
                and not (last.isalnum() or last in NO_CONTINUATION_AFTER)
            ):
                self._abandon_to(1, para.end, _MSG_UNCLOSED_PARAGRAPH)
                bottom.reopens.append(head)
                self.skip.add(head.pos)
                return
            if self._soft_break(para.end, following.start) and (
                self._closes_first(bottom, marks) or (wraps_line(text, para.end) and self._opens_none(bottom, marks))
            ):
                return
        self._abandon_to(0, para.end, _MSG_UNCLOSED_PARAGRAPH)

    def _soft_break(self, end: int, start: int) -> bool:
        """Whether one soft line break (and only spaces) lies between two paragraphs."""
        breaks = PATTERNS["LINE_BREAK"].findall(self.text, end, start)
        return len(breaks) == 1 and breaks[0] in SOFT_BREAKS

    @staticmethod
    def _closer_comes_first(entry: Entry, marks: list[Mark]) -> bool | None:
        """Whether ``marks`` reach a closer for ``entry`` before an opener of its family (``None``: neither)."""
        closers = CLOSERS.get(entry.char, ()) + LOOSE_CLOSERS.get(entry.char, ())
        family = DOUBLE_FAMILY if entry.char in DOUBLE_FAMILY else SINGLE_OPENING | SINGLE_CLOSING
        for mark in marks:
            if mark.char in closers and mark.right and not mark.opener_like:
                return True
            if mark.char in family and mark.opener_like:
                return False
        return None

    @classmethod
    def _closes_first(cls, entry: Entry, marks: list[Mark]) -> bool:
        """Whether ``marks`` hold a closer for ``entry`` before any opener of its family."""
        return cls._closer_comes_first(entry, marks) is True

    @classmethod
    def _opens_none(cls, entry: Entry, marks: list[Mark]) -> bool:
        """Whether ``marks`` hold no opener of ``entry``'s family before a closer of it (or none at all)."""
        return cls._closer_comes_first(entry, marks) is not False

    def _result(self) -> QuoteScan:
        """Build the frozen result from the recorded pairings.

        Returns:
            Pairings ordered by opening mark, parents as indices, and
            warnings ordered by offset.

        """
        text = self.text
        records = sorted(self.records, key=lambda r: r[0].pos)
        index = {entry.ident: i for i, (entry, _c, _e) in enumerate(records)}
        quotes = []
        for entry, close, end in records:
            start = entry.pos + len(entry.char)
            quotes.append(
                QuotedSpan(
                    content=Span(start, end, text[start:end]),
                    open=Span(entry.pos, start, entry.char),
                    close=None if close is None else Span(close.pos, close.end, close.char),
                    reopen=tuple(Span(r.pos, r.end, r.char) for r in entry.reopens),
                    depth=entry.depth,
                    parent=index.get(entry.parent) if entry.parent is not None else None,
                )
            )
        warnings = sorted(self.warnings, key=lambda w: w.offset)
        return QuoteScan(tuple(quotes), tuple(warnings))


def find_quotes(text: str) -> QuoteScan:
    """Find every quote-mark pairing in ``text``.

    Handles curly, straight, low-9, angle and corner marks, mixed in one
    text; apostrophes; nested quotations; quotations split around their
    attribution (two pairings); multi-paragraph quotations in the news
    convention (one pairing whose ``reopen`` lists the re-opening marks).
    A quotation never closed ends at the end of its paragraph with
    ``close=None`` and a warning; an unclosed mark followed by nothing
    visible gives only the warning. Quote-like characters inside markup
    tags, heights, web and e-mail addresses and code between backticks are
    not quote marks. Offsets index ``text`` exactly as given.
    See ``docs/finder.md`` for the rules and their limits.

    Args:
        text: The article.

    Returns:
        The pairings ordered by the offset of their opening mark (so an
        outer quotation comes before the ones nested in it), and warnings
        about marks the finder worked around.

    Raises:
        InputError: If ``text`` is not a string.

    Example:
        >>> scan = find_quotes('"The plan," she said, "is dead."')
        >>> [q.text for q in scan.quotes]
        ['The plan,', 'is dead.']

    .. versionadded:: 0.1.0

    """
    if not isinstance(text, str):
        raise InputError(f"find_quotes needs a str, got {type(text).__name__}")
    return _Scanner(text).run()
