"""What the layout rules read of each line: its words and typography, worked out once per line.

A :class:`Line` holds the facts every ``layout`` rule asks about (word count,
final punctuation, share of capitalised words, a leading label), computed
in one pass over the paragraphs; a :class:`Page` holds the lines, the parse
and a memo for article-wide facts (is this a transcript?), so a rule looking
at a line's neighbours costs constant time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...article import Paragraph

PATTERNS: dict[str, regex.Pattern[str]] = {
    # A word: letters or digits, with inner apostrophes and hyphens.
    "WORD": regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*"),
    # Punctuation that ends a sentence or opens what follows, at the end of a line
    # (before closing quote marks or brackets: "... 'Terrifying.'" ends, "... “Back down”" does not).
    "FINAL": regex.compile(r"[.!?:;,…][\"”’'»)\]]*\s*$"),
    # "LABEL: rest" with a label in capitals of one to four words ("CURRENCIES:",
    # "JAKE TAPPER:", "WEATHER WATCH:"); bounded repetition: linear.
    "CAPS_LABEL": regex.compile(
        r"""
        ^(?P<label>\p{Lu}[\p{Lu}'’.\-]*(?:[ ]\p{Lu}[\p{Lu}'’.\-]*){0,3})   # words in capitals
        [ \t]*:(?:[ \t\xa0]+|$)                                          # a colon, then space or the end
        """,
        regex.VERBOSE,
    ),
    # "Q:" / "A." / "Question:" opening an interview line.
    "QA_LABEL": regex.compile(
        r"^(?P<label>Q|A|Question|Answer)[ \t]*[:.](?:[ \t]+|$)",
    ),
    # "Ruiz: rest" with a label of one to three words in title case (a transcript's speaker,
    # counted only when several labels take turns: "Editorial: ..." heads one line).
    "TITLE_LABEL": regex.compile(r"^(?P<label>\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+){0,2})[ \t]*:[ \t]+\S"),
    # One opening quote mark (and spaces) before a turn's label ("“MARLOWE: ..." in a quoted transcript).
    "LEADING_MARK": regex.compile(r"[\"“‘«„][ \t]*(?=\p{Lu})"),
    # A timestamp before a turn's label in a recorded transcript ("[00:14:32] Oduya: ...", "(12:05) HOST: ...",
    # "00:14:32 - Oduya: ..."): hours or minutes, minutes and optional seconds, in optional brackets.
    "TIMESTAMP": regex.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]*(?:[—–-][ \t]*)?(?=\p{Lu})"),
    # An opening quote mark at the start of a line.
    "OPENS_QUOTE": regex.compile(r"^[\"“‘'«]"),
    # A closing quote mark (after optional final punctuation) at the end of a line.
    "CLOSES_QUOTE": regex.compile(r"[\"”’'»][.!?]?$"),
    # A dash opening a line: em dash, en dash, or two hyphens.
    "DASH_START": regex.compile(r"^(?:—|–|--?)[ \t]*"),
    # A word in title case ("Benenson"), to tell a speaker's label from a section's.
    "TITLE_WORD": regex.compile(r"\b\p{Lu}\p{Ll}+\b"),
}
"""Regular expressions of the line facts, each commented (linear time)."""

CAPITALISED_SHARE = 0.6
"""Share of capitalised words (small words aside) that makes a line title case."""

SMALL_WORDS: frozenset[str] = frozenset(
    "a an the and or but nor of in on at to for by with from as into over under after about vs v. is are was be "
    "up off out than via per".split()
)
"""Words a title-case line may leave in lower case."""


@dataclass(frozen=True)
class Line:
    """One paragraph (line) of the article and its typography.

    Args:
        index: The paragraph's position.
        start: Offset of its first visible character.
        end: Offset one past its last visible character.
        text: Its visible characters (``article.text[start:end]``).
        words: Its words.
        final: Whether it ends with sentence or clause punctuation, a closing mark or bracket.
        title_case: Whether most of its words (small words aside) start with a capital.
        caps: Whether every letter of it is a capital (and it has at least two letters).

    """

    index: int
    start: int
    end: int
    text: str
    words: tuple[str, ...]
    final: bool
    title_case: bool
    caps: bool

    @property
    def opens_quote(self) -> bool:
        """Whether the line starts with an opening quote mark."""
        return PATTERNS["OPENS_QUOTE"].match(self.text) is not None

    @property
    def is_quotation(self) -> bool:
        """Whether the line is a quotation standing alone: opening mark first, closing mark last."""
        return self.opens_quote and PATTERNS["CLOSES_QUOTE"].search(self.text) is not None


def make_line(text: str, para: Paragraph) -> Line:
    """The facts of one paragraph.

    Args:
        text: The article.
        para: The paragraph.

    Returns:
        Its :class:`Line`.

    """
    raw = text[para.start : para.end]
    lead = len(raw) - len(raw.lstrip())
    visible = raw.strip()
    start = para.start + lead
    words = tuple(PATTERNS["WORD"].findall(visible))
    big = [w for w in words if w.lower() not in SMALL_WORDS and not w[0].isdigit()]
    capitalised = sum(1 for w in big if w[0].isupper())
    letters = [c for c in visible if c.isalpha()]
    return Line(
        index=para.index,
        start=start,
        end=start + len(visible),
        text=visible,
        words=words,
        final=PATTERNS["FINAL"].search(visible) is not None,
        title_case=bool(big) and capitalised / len(big) >= CAPITALISED_SHARE,
        caps=len(letters) >= 2 and all(c.isupper() for c in letters),
    )


@dataclass
class Page:
    """The lines of one article, its parse, and facts worked out once about the whole article.

    Args:
        lines: Every line, in order.
        doc: The parse (``None`` in the regex-only mode).
        memo: Article-wide facts, computed by the first rule that needs them.
        roles: The roles given so far (lines before the current one), by line index.
        body_seen: Whether a line above the current one is text (not a heading,
            byline, label, link or caption).
        seen: The roles given to the lines above the current one.

    """

    lines: tuple[Line, ...]
    doc: Doc | None = None
    memo: dict[str, object] = field(default_factory=dict)
    roles: dict[int, str] = field(default_factory=dict)
    body_seen: bool = False
    seen: set[str] = field(default_factory=set)

    def line(self, index: int) -> Line | None:
        """The line at ``index``, or ``None`` outside the article."""
        return self.lines[index] if 0 <= index < len(self.lines) else None

    def title_words(self) -> frozenset[str]:
        """Every word written in title case anywhere in the article ("Benenson"), found once."""
        found = self.memo.get("title_words")
        if not isinstance(found, frozenset):
            found = frozenset(w for line in self.lines for w in PATTERNS["TITLE_WORD"].findall(line.text))
            self.memo["title_words"] = found
        return found

    def role_of(self, index: int) -> str | None:
        """The role already given to an earlier line (``None`` for later ones or outside the article)."""
        return self.roles.get(index)


@dataclass(frozen=True)
class LineSite:
    """One line to give a role, in its page: what a ``layout`` rule receives.

    Args:
        page: The article's lines.
        line: The line.

    """

    page: Page
    line: Line

    @property
    def previous(self) -> Line | None:
        """The line before, or ``None`` for the first."""
        return self.page.line(self.line.index - 1)

    @property
    def next(self) -> Line | None:
        """The line after, or ``None`` for the last."""
        return self.page.line(self.line.index + 1)

    @property
    def is_first(self) -> bool:
        """Whether this is the article's first line."""
        return self.line.index == 0
