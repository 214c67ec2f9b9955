"""The stack of open quote marks the finder pairs closers against (see :mod:`._marks`).

:class:`MarkStack` holds the opening marks still waiting for a closer and three
indexes over them (by the closers that close them properly, loosely, and by
their own character), so that pushing, popping and finding the quotation a
closer ends each take constant time. Ending quotations early (unclosed at a
paragraph's end, or inside one that closes) records them with a warning.
"""

from __future__ import annotations

from ..._model import Problem
from ._mark_table import CLOSERS, DOUBLE_FAMILY, LOOSE_CLOSERS, MAX_DEPTH, SINGLE_OPENING
from ._mark_tokens import Lookahead, Mark, trim_end

_MSG_UNCLOSED_REOPENED = "unclosed quote mark {mark}: quotation ends where another {mark} opens"
_MSG_UNCLOSED_OUTER = "unclosed quote mark {mark}: quotation ends where the enclosing one closes"
_MSG_MISMATCH = "mismatched quote marks {open}...{close} paired"
_MSG_DOUBLED = "doubled quote mark {mark} read as one"


class Entry:
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
        self.reopens: list[Mark] = []


class MarkStack:
    """The open quotations of one pass of the finder, and the pairings and warnings it has recorded.

    Args:
        text: The caller's text.

    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[Entry] = []
        # closer character -> stack positions of entries it closes (ascending)
        self.exact: dict[str, list[int]] = {}
        self.loose: dict[str, list[int]] = {}
        # opening character -> stack positions of entries it opened
        self.same: dict[str, list[int]] = {}
        # (entry, closing mark or None, content end)
        self.records: list[tuple[Entry, Mark | None, int]] = []
        self.warnings: list[Problem] = []
        self.count = 0

    def _push(self, mark: Mark, look: Lookahead) -> None:
        """Open a quotation at ``mark``, first ending any it shows to be unclosed.

        Args:
            mark: The opening mark.
            look: What follows it in its paragraph.

        """
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
        entry = Entry(self.count, pos, char, parent, len(self.stack))
        self.count += 1
        height = len(self.stack)
        self.stack.append(entry)
        for closer in CLOSERS.get(char, ()):
            self.exact.setdefault(closer, []).append(height)
        for closer in LOOSE_CLOSERS.get(char, ()):
            self.loose.setdefault(closer, []).append(height)
        self.same.setdefault(char, []).append(height)

    def _pop(self) -> Entry:
        """Take the innermost open quotation off the stack and its indexes.

        Returns:
            The entry removed.

        """
        entry = self.stack.pop()
        for closer in CLOSERS.get(entry.char, ()):
            self.exact[closer].pop()
        for closer in LOOSE_CLOSERS.get(entry.char, ()):
            self.loose[closer].pop()
        self.same[entry.char].pop()
        return entry

    def _abandon_to(self, height: int, recovery: int, message: str) -> None:
        """End every open quotation at ``height`` or above without a closing mark.

        Args:
            height: The lowest stack position to end.
            recovery: Where their content ends (trailing white space is
                trimmed off).
            message: The warning for each, with ``{mark}`` for its mark.

        """
        while len(self.stack) > height:
            entry = self._pop()
            start = entry.pos + len(entry.char)
            end = trim_end(self.text, start, recovery)
            if end > start:  # a lone mark with nothing after it quotes nothing: only the warning
                self.records.append((entry, None, end))
            self.warnings.append(Problem(entry.pos, message.format(mark=entry.char)))

    def _close(self, height: int, mark: Mark) -> None:
        """Close the quotation at stack ``height`` with ``mark``.

        Quotations open inside it end there, unclosed, with a warning; a
        closer of another style than the opener adds a warning.

        Args:
            height: Its position on the stack.
            mark: The closing mark.

        """
        self._abandon_to(height + 1, mark.pos, _MSG_UNCLOSED_OUTER)
        entry = self._pop()
        if mark.char not in CLOSERS.get(entry.char, ()):
            self.warnings.append(Problem(mark.pos, _MSG_MISMATCH.format(open=entry.char, close=mark.char)))
        self.records.append((entry, mark, mark.pos))

    def _target(self, char: str) -> tuple[int | None, bool]:
        """The stack height this closer would close, and whether exactly.

        Args:
            char: A closing mark.

        Returns:
            The height of the innermost quotation it closes properly, else of
            the innermost it closes loosely (``None`` if neither), and whether
            the match is proper.

        """
        exact = self.exact.get(char)
        if exact:
            return exact[-1], True
        loose = self.loose.get(char)
        if loose:
            return loose[-1], False
        return None, False
