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

from ._errors import InputError
from ._mark_table import (
    APOSTROPHE_LIKE,
    CLOSERS,
    CLOSING_CONTEXT,
    DOUBLE_CLOSING,
    KIND,
    LOOSE_CLOSERS,
    MAX_DEPTH,
    OPENING_CONTEXT,
    PATTERNS,
    POSSESSIVE_ENDINGS,
    REOPENERS,
    SINGLE_CLOSING,
    ZERO_WIDTH,
    elision_pattern,
)
from ._model import Problem, QuotedSpan, QuoteScan, Span

_MSG_UNCLOSED_PARAGRAPH = "unclosed quote mark {mark}: quotation ends at the end of its paragraph"
_MSG_UNCLOSED_REOPENED = "unclosed quote mark {mark}: quotation ends where another {mark} opens"
_MSG_UNCLOSED_OUTER = "unclosed quote mark {mark}: quotation ends where the enclosing one closes"
_MSG_STRAY = "stray closing quote mark {mark} ignored"
_MSG_MISMATCH = "mismatched quote marks {open}...{close} paired"


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
        self.reopens: list[int] = []


class _Mark:
    """One quote-mark character with its context.

    Args:
        pos: Offset of the mark.
        char: The mark.
        before: The nearest visible character before it ("" at the start).
        after: The nearest visible character after it ("" at the end).

    """

    __slots__ = ("after", "before", "char", "left", "pos", "right")

    def __init__(self, pos: int, char: str, before: str, after: str) -> None:
        self.pos = pos
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
        self.records: list[tuple[_Entry, int | None, int]] = []
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

    def _after(self, i: int) -> tuple[str, int]:
        text = self.text
        j = i + 1
        while j < len(text) and text[j] in ZERO_WIDTH:
            j += 1
        return (text[j] if j < len(text) else ""), j

    def _trim(self, start: int, end: int) -> int:
        text = self.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in ZERO_WIDTH):
            end -= 1
        return end

    # -- stack -----------------------------------------------------------

    def _push(self, pos: int, char: str) -> None:
        same = self.same.get(char)
        if same and (same[-1] == len(self.stack) - 1 or len(self.stack) >= MAX_DEPTH):
            # The same mark again, with nothing between or too deep to be a
            # real nesting: the earlier quotation was never closed.
            self._abandon_to(same[-1], pos, _MSG_UNCLOSED_REOPENED)
        parent = self.stack[-1].ident if self.stack else None
        entry = _Entry(self.count, pos, char, parent, len(self.stack))
        self.count += 1
        height = len(self.stack)
        self.stack.append(entry)
        for closer in CLOSERS.get(char, ""):
            self.exact.setdefault(closer, []).append(height)
        for closer in LOOSE_CLOSERS.get(char, ""):
            self.loose.setdefault(closer, []).append(height)
        self.same.setdefault(char, []).append(height)

    def _pop(self) -> _Entry:
        entry = self.stack.pop()
        for closer in CLOSERS.get(entry.char, ""):
            self.exact[closer].pop()
        for closer in LOOSE_CLOSERS.get(entry.char, ""):
            self.loose[closer].pop()
        self.same[entry.char].pop()
        return entry

    def _abandon_to(self, height: int, recovery: int, message: str) -> None:
        """Close every entry at ``height`` or above without a closing mark."""
        while len(self.stack) > height:
            entry = self._pop()
            end = self._trim(entry.pos + 1, recovery)
            self.records.append((entry, None, end))
            self.warnings.append(Problem(entry.pos, message.format(mark=entry.char)))

    def _close(self, height: int, mark: _Mark) -> None:
        self._abandon_to(height + 1, mark.pos, _MSG_UNCLOSED_OUTER)
        entry = self._pop()
        if mark.char not in CLOSERS.get(entry.char, ""):
            self.warnings.append(Problem(mark.pos, _MSG_MISMATCH.format(open=entry.char, close=mark.char)))
        self.records.append((entry, mark.pos, mark.pos))

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

    def _is_elision(self, mark: _Mark, after_pos: int) -> bool:
        """Whether a leading apostrophe starts ``'em``, ``'n'``, ``'90s``."""
        if not mark.left or mark.after == "" or mark.after.isspace():
            return False
        match = elision_pattern().match(self.text, after_pos)
        if match:
            if match.group("close") is not None:
                self.skip.add(match.start("close"))
            return True
        return PATTERNS["YEAR"].match(self.text, after_pos) is not None

    def _possessive(self, marks: list[_Mark], k: int, next_single: list[int], next_double: list[int]) -> bool:
        """Whether a single closing mark after a word is an apostrophe instead.

        ``the students’ union`` or ``goin’ home`` inside a single-quoted
        passage: the mark follows a word ending in s, z, x or in, a word
        follows it, and another single closing mark comes later in the
        paragraph (before the next double closing mark).
        """
        mark = marks[k]
        if not mark.after.isspace():
            return False
        text = self.text
        j = mark.pos + 1
        while j < len(text) and (text[j] == " " or text[j] == "\u00a0"):
            j += 1
        if j >= len(text) or not text[j].isalnum():
            return False
        word_end = text[max(0, mark.pos - 2) : mark.pos].lower()
        if not word_end.endswith(POSSESSIVE_ENDINGS):
            return False
        later = next_single[k]
        return later >= 0 and (next_double[k] < 0 or later < next_double[k])

    def _paragraph(self, marks: list[_Mark]) -> None:
        """Pair the marks of one paragraph, continuing the open stack."""
        n = len(marks)
        next_single = [-1] * n
        next_double = [-1] * n
        ns = nd = -1
        for k in range(n - 1, -1, -1):
            next_single[k] = ns
            next_double[k] = nd
            mark = marks[k]
            if mark.closer_like or (mark.left and mark.right):
                if mark.char in SINGLE_CLOSING:
                    ns = k
                elif mark.char in DOUBLE_CLOSING:
                    nd = k
        for k, mark in enumerate(marks):
            if mark.pos in self.skip:
                continue
            self._mark(marks, k, next_single, next_double)

    def _mark(self, marks: list[_Mark], k: int, next_single: list[int], next_double: list[int]) -> None:
        mark = marks[k]
        char = mark.char
        if char in APOSTROPHE_LIKE:
            if mark.intraword:
                return
            after_pos = self._after(mark.pos)[1]
            if self._is_elision(mark, after_pos):
                return
        kind = KIND[char]
        height, exact = self._target(char)
        if kind == "open":
            self._push(mark.pos, char)
        elif kind == "close":
            if height is not None:
                self._close(height, mark)
            else:
                self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=char)))
        elif kind == "left":
            # “ closes a German „ unless it clearly opens; else it opens.
            if height is not None and exact and not mark.opener_like:
                self._close(height, mark)
            elif not mark.closer_like:
                self._push(mark.pos, char)
            elif height is not None:
                self._close(height, mark)
            elif char not in APOSTROPHE_LIKE:
                self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=char)))
        elif kind == "right":
            if char in APOSTROPHE_LIKE and mark.opener_like:
                return  # ’tis, ’Cause: a leading apostrophe
            if height is not None:
                if char in SINGLE_CLOSING and self._possessive(marks, k, next_single, next_double):
                    return
                self._close(height, mark)
            elif char in APOSTROPHE_LIKE:
                return
            elif mark.opener_like:
                self._push(mark.pos, char)  # ”Swedish” or »Danish« style
            else:
                self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=char)))
        else:  # straight
            if mark.opener_like:
                self._push(mark.pos, char)
            elif height is not None:
                if char in SINGLE_CLOSING and self._possessive(marks, k, next_single, next_double):
                    return
                self._close(height, mark)
            elif char in APOSTROPHE_LIKE:
                if mark.left and mark.right:
                    self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=char)))
            elif mark.closer_like:
                self.warnings.append(Problem(mark.pos, _MSG_STRAY.format(mark=char)))
            else:
                self._push(mark.pos, char)

    # -- driver ----------------------------------------------------------

    def _first_visible(self, start: int, end: int) -> int | None:
        text = self.text
        for j in range(start, end):
            if not text[j].isspace() and text[j] not in ZERO_WIDTH:
                return j
        return None

    def run(self) -> QuoteScan:
        """Scan the whole text and build the result."""
        text = self.text
        positions = [m.start() for m in PATTERNS["MARK"].finditer(text)]
        paragraphs: list[tuple[int, int, int]] = []
        for m in PATTERNS["PARAGRAPH"].finditer(text):
            first = self._first_visible(m.start(), m.end())
            if first is not None:
                paragraphs.append((m.start(), m.end(), first))
        p = 0
        for index, (start, end, _first) in enumerate(paragraphs):
            while p < len(positions) and positions[p] < start:
                p += 1
            marks = []
            while p < len(positions) and positions[p] < end:
                pos = positions[p]
                marks.append(_Mark(pos, text[pos], self._before(pos), self._after(pos)[0]))
                p += 1
            self._paragraph(marks)
            if self.stack:
                self._end_paragraph(end, paragraphs[index + 1][2] if index + 1 < len(paragraphs) else None)
        return self._result()

    def _end_paragraph(self, end: int, next_first: int | None) -> None:
        """Continue the outermost open quotation into the next paragraph, or close it."""
        bottom = self.stack[0]
        if next_first is not None and self.text[next_first] in REOPENERS.get(bottom.char, bottom.char):
            self._abandon_to(1, end, _MSG_UNCLOSED_PARAGRAPH)
            bottom.reopens.append(next_first)
            self.skip.add(next_first)
        else:
            self._abandon_to(0, end, _MSG_UNCLOSED_PARAGRAPH)

    def _result(self) -> QuoteScan:
        text = self.text
        records = sorted(self.records, key=lambda r: r[0].pos)
        index = {entry.ident: i for i, (entry, _c, _e) in enumerate(records)}
        quotes = []
        for entry, close, end in records:
            start = entry.pos + 1
            quotes.append(
                QuotedSpan(
                    content=Span(start, end, text[start:end]),
                    open=Span(entry.pos, start, text[entry.pos]),
                    close=None if close is None else Span(close, close + 1, text[close]),
                    reopen=tuple(Span(r, r + 1, text[r]) for r in entry.reopens),
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
