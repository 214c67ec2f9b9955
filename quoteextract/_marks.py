"""The typographic quotation finder: quote-mark pairings, no parse needed.

:func:`find_quotes` walks the text once, paragraph by paragraph, and pairs
quote marks with a stack. Each mark is classified by its character (see
:mod:`quoteextract._mark_table`) and by its context: a mark after white space
and before a word looks like an opener, a mark after a word and before white
space or punctuation looks like a closer. Apostrophes (``don't``, ``’em``,
``the ’90s``, ``rock ’n’ roll``, ``students’``) are recognised and skipped.

Recovery is local: a quotation still open at the end of its paragraph either
continues (the next paragraph re-opens it, the news convention for long
quotations) or is closed there with ``close=None`` and a warning. Nothing in
the input makes the finder raise or stop early, and it runs in time linear in
the length of the text.
"""

from __future__ import annotations

from typing import NamedTuple

from ._errors import InputError
from ._mark_table import (
    APOSTROPHE_LIKE,
    CLOSERS,
    CLOSING_CONTEXT,
    DOUBLE_CLOSING,
    DOUBLE_FAMILY,
    DOUBLE_OPENING,
    KIND,
    LOOSE_CLOSERS,
    MAX_DEPTH,
    NEEDS_CLOSER_AHEAD,
    NO_CONTINUATION_AFTER,
    OPENING_CONTEXT,
    PATTERNS,
    POSSESSIVE_ENDINGS,
    REOPENERS,
    SINGLE_CLOSING,
    SINGLE_OPENING,
    SOFT_BREAKS,
    ZERO_WIDTH,
    elision_pattern,
)
from ._model import Problem, QuotedSpan, QuoteScan, Span

_MSG_UNCLOSED_PARAGRAPH = "unclosed quote mark {mark}: quotation ends at the end of its paragraph"
_MSG_UNCLOSED_REOPENED = "unclosed quote mark {mark}: quotation ends where another {mark} opens"
_MSG_UNCLOSED_OUTER = "unclosed quote mark {mark}: quotation ends where the enclosing one closes"
_MSG_STRAY = "stray closing quote mark {mark} ignored"
_MSG_MISMATCH = "mismatched quote marks {open}...{close} paired"
_MSG_DOUBLED = "doubled quote mark {mark} read as one"
_MSG_TURNED = "closing quote mark {mark} read as an opening mark"


class _Entry:
    """An opening mark waiting on the stack for its closer.

    Args:
        ident: Creation order, used to link children to parents.
        pos: Offset of the opening mark.
        char: The opening mark.
        parent: ``ident`` of the entry below it on the stack, if any.
        depth: Its height on the stack when pushed.

    """

    __slots__ = ("char", "depth", "ident", "parent", "pos", "reopens")

    def __init__(self, ident: int, pos: int, char: str, parent: int | None, depth: int) -> None:
        self.ident = ident
        self.pos = pos
        self.char = char
        self.parent = parent
        self.depth = depth
        self.reopens: list[_Mark] = []


class _Mark:
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


class _Lookahead(NamedTuple):
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

    def after(self, mark: _Mark) -> _Lookahead:
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


class _Paragraph(NamedTuple):
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
    marks: list[_Mark]


class _Scanner:
    """One pass of the finder over one text (see :func:`find_quotes`).

    Args:
        text: The caller's text.

    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Entry] = []
        # closer character -> stack positions of entries it closes (ascending)
        self.exact: dict[str, list[int]] = {}
        self.loose: dict[str, list[int]] = {}
        # opening character -> stack positions of entries it opened
        self.same: dict[str, list[int]] = {}
        # (entry, closing mark or None, content end)
        self.records: list[tuple[_Entry, _Mark | None, int]] = []
        self.warnings: list[Problem] = []
        self.skip: set[int] = set()
        self.count = 0

    # -- context ---------------------------------------------------------

    def _before(self, i: int) -> str:
        text = self.text
        j = i - 1
        while j >= 0 and text[j] in ZERO_WIDTH:
            j -= 1
        return text[j] if j >= 0 else ""

    def _after(self, end: int) -> tuple[str, int]:
        text = self.text
        j = end
        while j < len(text) and text[j] in ZERO_WIDTH:
            j += 1
        return (text[j] if j < len(text) else ""), j

    def _trim(self, start: int, end: int) -> int:
        text = self.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in ZERO_WIDTH):
            end -= 1
        return end

    # -- stack -----------------------------------------------------------

    def _push(self, mark: _Mark, look: _Lookahead) -> None:
        pos, char = mark.pos, mark.char
        top = self.stack[-1] if self.stack else None
        if (
            top is not None
            and top.pos + len(top.char) == pos
            and (top.char == char or (top.char in DOUBLE_FAMILY and char in DOUBLE_FAMILY))
        ):
            # ““word or "“word: a stutter, not a nested quotation. The
            # second mark opens; the first is dropped.
            self.warnings.append(Problem(top.pos, _MSG_DOUBLED.format(mark=top.char)))
            self._pop()
        same = self.same.get(char)
        if same:
            # The same mark again while it is open: a nested quotation only
            # if it looks like an opener and enough closers follow in the
            # paragraph for both; otherwise the earlier one was never closed.
            ahead = look.singles if char in SINGLE_OPENING else look.doubles
            if not (mark.opener_like and ahead >= 2):
                self._abandon_to(same[-1], pos, _MSG_UNCLOSED_REOPENED)
        if len(self.stack) >= MAX_DEPTH:
            self._abandon_to(MAX_DEPTH - 1, pos, _MSG_UNCLOSED_REOPENED)
        parent = self.stack[-1].ident if self.stack else None
        entry = _Entry(self.count, pos, char, parent, len(self.stack))
        self.count += 1
        height = len(self.stack)
        self.stack.append(entry)
        for closer in CLOSERS.get(char, ()):
            self.exact.setdefault(closer, []).append(height)
        for closer in LOOSE_CLOSERS.get(char, ()):
            self.loose.setdefault(closer, []).append(height)
        self.same.setdefault(char, []).append(height)

    def _pop(self) -> _Entry:
        entry = self.stack.pop()
        for closer in CLOSERS.get(entry.char, ()):
            self.exact[closer].pop()
        for closer in LOOSE_CLOSERS.get(entry.char, ()):
            self.loose[closer].pop()
        self.same[entry.char].pop()
        return entry

    def _abandon_to(self, height: int, recovery: int, message: str) -> None:
        """Close every entry at ``height`` or above without a closing mark."""
        while len(self.stack) > height:
            entry = self._pop()
            end = self._trim(entry.pos + len(entry.char), recovery)
            self.records.append((entry, None, end))
            self.warnings.append(Problem(entry.pos, message.format(mark=entry.char)))

    def _close(self, height: int, mark: _Mark) -> None:
        self._abandon_to(height + 1, mark.pos, _MSG_UNCLOSED_OUTER)
        entry = self._pop()
        if mark.char not in CLOSERS.get(entry.char, ()):
            self.warnings.append(Problem(mark.pos, _MSG_MISMATCH.format(open=entry.char, close=mark.char)))
        self.records.append((entry, mark, mark.pos))

    def _target(self, char: str) -> tuple[int | None, bool]:
        """The stack height this closer would close, and whether exactly."""
        exact = self.exact.get(char)
        if exact:
            return exact[-1], True
        loose = self.loose.get(char)
        if loose:
            return loose[-1], False
        return None, False

    # -- marks -----------------------------------------------------------

    def _is_elision(self, mark: _Mark) -> bool:
        """Whether a leading apostrophe starts ``'em``, ``'n'``, ``'90s``."""
        if not mark.left or mark.after == "" or mark.after.isspace():
            return False
        after_pos = self._after(mark.end)[1]
        match = elision_pattern().match(self.text, after_pos)
        if match:
            if match.group("close") is not None:
                self.skip.add(match.start("close"))
            return True
        return PATTERNS["YEAR"].match(self.text, after_pos) is not None

    def _possessive(self, mark: _Mark, look: _Lookahead) -> bool:
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

    def _paragraph(self, marks: list[_Mark], first: int, last: int) -> None:
        """Pair the marks of one paragraph, continuing the open stack.

        Args:
            marks: The paragraph's marks in text order.
            first: Offset of the paragraph's first visible character.
            last: Offset one past its last visible character.

        """
        look = _Lookahead()
        ahead = []
        for mark in reversed(marks):
            ahead.append(look)
            look = look.after(mark)
        ahead.reverse()
        for mark, after in zip(marks, ahead, strict=True):
            if mark.pos not in self.skip:
                self._mark(mark, after, mark.pos == first, mark.end == last)

    def _mark(self, mark: _Mark, look: _Lookahead, starts_paragraph: bool, ends_paragraph: bool) -> None:
        """Open, close or skip one mark."""
        char = mark.char
        if char in APOSTROPHE_LIKE and (mark.intraword or self._is_elision(mark)):
            return
        kind = KIND[char]
        height, exact = self._target(char)
        if kind == "open":
            self._push(mark, look)
        elif kind == "close":
            if height is not None:
                self._close(height, mark)
            else:
                self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=char)))
        elif kind == "left":
            # “ closes a German „ unless it clearly opens, and closes
            # anything it can at the end of a paragraph; else it opens.
            if height is not None and ((exact and not mark.opener_like) or ends_paragraph):
                self._close(height, mark)
            elif not mark.closer_like:
                if self._opens(mark, look, starts_paragraph):
                    self._push(mark, look)
            elif height is not None:
                self._close(height, mark)
            elif char not in APOSTROPHE_LIKE:
                self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=char)))
        elif kind == "right":
            if char in APOSTROPHE_LIKE and mark.opener_like:
                return  # ’tis, ’Cause: a leading apostrophe
            if height is not None:
                if not (char in SINGLE_CLOSING and self._possessive(mark, look)):
                    self._close(height, mark)
            elif char in APOSTROPHE_LIKE:
                return
            elif mark.opener_like:
                self._push(mark, look)  # ”Swedish” or »Danish« style
            else:
                self._stray_closer(mark, look)
        else:  # straight
            if mark.opener_like:
                if self._opens(mark, look, starts_paragraph):
                    self._push(mark, look)
            elif height is not None:
                if not (char in SINGLE_CLOSING and self._possessive(mark, look)):
                    self._close(height, mark)
            elif char in APOSTROPHE_LIKE:
                if mark.left and mark.right:
                    self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=char)))
            elif mark.closer_like:
                self._stray_closer(mark, look)
            else:
                self._push(mark, look)

    def _stray_closer(self, mark: _Mark, look: _Lookahead) -> None:
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

    @staticmethod
    def _opens(mark: _Mark, look: _Lookahead, starts_paragraph: bool) -> bool:
        """Whether a single mark that looks like an opener has a closer ahead.

        A lone ``'`` or ``‘`` with no single closing mark later in its
        paragraph is taken for an apostrophe (unless it starts the
        paragraph, where a multi-paragraph quotation may begin).
        """
        return mark.char not in NEEDS_CLOSER_AHEAD or starts_paragraph or look.single_close >= 0

    # -- driver ----------------------------------------------------------

    def _tokens(self) -> list[_Mark]:
        """Every quote mark in the text, with its context."""
        text = self.text
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
                # After a word: ' closes first, then ''. Before one: '' opens first.
                before = self._before(pos)
                closing = before != "" and not before.isspace() and before not in OPENING_CONTEXT
                pieces = [(pos, "'"), (pos + 1, "''")] if closing else [(pos, "''"), (pos + 2, "'")]
            else:
                pieces = [(pos, token)]
            for start, piece in pieces:
                end = start + len(piece)
                marks.append(_Mark(start, piece, self._before(start), self._after(end)[0]))
        return marks

    def _first_visible(self, start: int, end: int) -> int | None:
        text = self.text
        for j in range(start, end):
            if not text[j].isspace() and text[j] not in ZERO_WIDTH:
                return j
        return None

    def run(self) -> QuoteScan:
        """Scan the whole text and build the result."""
        tokens = self._tokens()
        paragraphs: list[_Paragraph] = []
        p = 0
        for match in PATTERNS["PARAGRAPH"].finditer(self.text):
            start, end = match.span()
            while p < len(tokens) and tokens[p].pos < start:
                p += 1
            first = self._first_visible(start, end)
            if first is None:
                continue
            marks = []
            while p < len(tokens) and tokens[p].pos < end:
                marks.append(tokens[p])
                p += 1
            paragraphs.append(_Paragraph(start, end, first, self._trim(first, end), marks))
        for index, para in enumerate(paragraphs):
            self._paragraph(para.marks, para.first, para.last)
            if self.stack:
                following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
                self._end_paragraph(para, following)
        return self._result()

    def _end_paragraph(self, para: _Paragraph, following: _Paragraph | None) -> None:
        """Carry the open quotations past the end of a paragraph, or close them.

        The outermost quotation continues if the next paragraph re-opens it
        (the news convention; only after a complete sentence), or if only a
        soft line break separates the two and the next line closes it before
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
            if self._soft_break(para.end, following.start) and self._closes_first(bottom, marks):
                return
        self._abandon_to(0, para.end, _MSG_UNCLOSED_PARAGRAPH)

    def _soft_break(self, end: int, start: int) -> bool:
        """Whether one soft line break (and only spaces) lies between two paragraphs."""
        breaks = PATTERNS["LINE_BREAK"].findall(self.text, end, start)
        return len(breaks) == 1 and breaks[0] in SOFT_BREAKS

    @staticmethod
    def _closes_first(entry: _Entry, marks: list[_Mark]) -> bool:
        """Whether ``marks`` hold a closer for ``entry`` before any opener of its family."""
        closers = CLOSERS.get(entry.char, ()) + LOOSE_CLOSERS.get(entry.char, ())
        family = DOUBLE_FAMILY if entry.char in DOUBLE_FAMILY else SINGLE_OPENING | SINGLE_CLOSING
        for mark in marks:
            if mark.char in closers and mark.right and not mark.opener_like:
                return True
            if mark.char in family and mark.opener_like:
                return False
        return False

    def _result(self) -> QuoteScan:
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
                    parent=None if entry.parent is None else index[entry.parent],
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
    ``close=None`` and a warning. Offsets index ``text`` exactly as given.
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
