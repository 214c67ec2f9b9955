"""Character classes and patterns for the quotation finder, in one table.

Every quote-mark character the finder knows is listed here with its *kind*
(how it behaves), the marks that close it, the marks that may re-open it at
a new paragraph, and the context characters that make a mark look like an
opener or a closer. :mod:`quoteextract._marks` holds the pairing logic; this
module holds only data, so the whole typographic model can be reviewed in one
place.
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

# Kinds of mark ------------------------------------------------------------
#   straight: " ' and their full-width forms; direction inferred from context.
#   left:     “ ‟ ‘ ‛ « ‹ — opens in English/French, closes the German „ ‚ and
#             the Danish » ›.
#   right:    ” ’ » › — closes; ” and » may open in Swedish/Danish style.
#   open:     „ ‚ 「 『 — always opens.
#   close:    」 』 — always closes.
KIND: dict[str, str] = {
    '"': "straight",
    "'": "straight",
    "\uff02": "straight",  # ＂ full-width quotation mark
    "\uff07": "straight",  # ＇ full-width apostrophe
    "\u201c": "left",  # “
    "\u201f": "left",  # ‟
    "\u2018": "left",  # ‘
    "\u201b": "left",  # ‛
    "\u00ab": "left",  # «
    "\u2039": "left",  # ‹
    "\u201d": "right",  # ”
    "\u2019": "right",  # ’
    "\u00bb": "right",  # »
    "\u203a": "right",  # ›
    "\u201e": "open",  # „
    "\u201a": "open",  # ‚
    "\u300c": "open",  # 「
    "\u300e": "open",  # 『
    "\u300d": "close",  # 」
    "\u300f": "close",  # 』
}
"""How each quote-mark character behaves (see the comment above)."""

MARK_CHARS: str = "".join(KIND)
"""Every character the finder treats as a possible quote mark."""

CLOSERS: dict[str, str] = {
    "\u201c": "\u201d",  # “ … ”
    "\u201f": "\u201d",  # ‟ … ”
    "\u201e": "\u201c\u201d",  # „ … “ (German) or „ … ” (Polish, Hungarian)
    '"': '"',
    "\uff02": "\uff02",
    "\u201d": "\u201d",  # ” … ” (Swedish, Finnish)
    "\u2018": "\u2019",  # ‘ … ’
    "\u201b": "\u2019",  # ‛ … ’
    "\u201a": "\u2018\u2019",  # ‚ … ‘ (German) or ‚ … ’
    "'": "'",
    "\uff07": "\uff07",
    "\u00ab": "\u00bb",  # « … »
    "\u00bb": "\u00ab",  # » … « (German, Danish)
    "\u2039": "\u203a",  # ‹ … ›
    "\u203a": "\u2039",  # › … ‹
    "\u300c": "\u300d",  # 「 … 」
    "\u300e": "\u300f",  # 『 … 』
}
"""The marks that properly close a quotation opened by each mark."""

LOOSE_CLOSERS: dict[str, str] = {
    "\u201c": '"\uff02',  # “ … " : curly and straight mixed by careless editing
    "\u201f": '"',
    "\u201e": '"',
    '"': "\u201d\uff02",  # " … ”
    "\uff02": '"\u201d',
    "\u201d": '"',
    "\u2018": "'",  # ‘ … '
    "\u201b": "'",
    "\u201a": "'",
    "'": "\u2019\uff07",  # ' … ’
    "\uff07": "'\u2019",
}
"""Marks accepted as closers of a different style, with a warning."""

REOPENERS: dict[str, str] = {
    "\u201c": '\u201c"',
    '"': '"\u201c',
    "\u201f": "\u201f\u201c",
    "\u201e": "\u201e",
    "\u201d": "\u201d",
    "\u2018": "\u2018'",
    "'": "'\u2018",
    "\u201b": "\u201b\u2018",
    "\u201a": "\u201a",
    "\u00ab": "\u00ab\u00bb",  # French continues a paragraph with « or »
    "\u00bb": "\u00bb",
    "\u2039": "\u2039\u203a",
    "\u203a": "\u203a",
    "\u300c": "\u300c",
    "\u300e": "\u300e",
    "\uff02": '\uff02"',
    "\uff07": "\uff07'",
}
"""Marks that may open a new paragraph to continue a quotation (news style)."""

SINGLE_MARKS: frozenset[str] = frozenset("'\u2018\u2019\u201a\u201b\u2039\u203a\uff07")
"""Marks of the single family (apostrophe look-alikes among them)."""

APOSTROPHE_LIKE: frozenset[str] = frozenset("'\u2018\u2019\u201b\uff07")
"""Marks that may be an apostrophe rather than a quote mark."""

SINGLE_CLOSING: frozenset[str] = frozenset("'\u2019\uff07")
"""Single marks that may close a quotation when they follow a word."""

DOUBLE_CLOSING: frozenset[str] = frozenset('"\u201d\u00bb\uff02\u201c')
"""Double marks that may close a quotation when they follow a word."""

ZERO_WIDTH: frozenset[str] = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
"""Invisible characters skipped when looking at a mark's neighbours."""

OPENING_CONTEXT: frozenset[str] = frozenset("([{<\u2014\u2013\u2012\u2010-/\u2026" + MARK_CHARS)
"""Characters before a mark that make it look like an opener (besides
white space and the start of the text)."""

CLOSING_CONTEXT: frozenset[str] = frozenset(".,;:!?)]}>\u2014\u2013\u2012\u2010-/\u2026" + MARK_CHARS)
"""Characters after a mark that make it look like a closer (besides white
space and the end of the text)."""

MAX_DEPTH: int = 6
"""The deepest nesting the finder builds. A mark that would nest deeper than
this, or directly inside a quotation opened by the same mark, is read as
re-opening after a missing closer. (Keeps the stack, and so the running
time, bounded.)"""

POSSESSIVE_ENDINGS: tuple[str, ...] = ("s", "z", "x", "in")
"""Word endings (lower case) after which a single closing mark may be a
plural possessive (students') or a dropped g (goin'), not a closer."""

PATTERNS: dict[str, regex.Pattern[str]] = {
    # One quote-mark character; the finder looks at each in text order.
    "MARK": regex.compile("[" + regex.escape(MARK_CHARS) + "]"),
    # A paragraph: a run of characters up to a line break (CRLF, CR, LF,
    # the Unicode line and paragraph separators, NEL, VT, FF). News text
    # puts one paragraph on a line; blank lines are skipped.
    "PARAGRAPH": regex.compile(r"[^\r\n\u2028\u2029\x85\x0b\x0c]+"),
    # A two-digit year after an apostrophe: '90s, ’08, ‘16 (no letter or
    # digit may follow except the plural s).
    "YEAR": regex.compile(r"\d\d(?:s|\u2019s|'s)?(?![\w])"),
}
"""The finder's regular expressions; none can backtrack catastrophically
(each is a character class or a fixed-length look-ahead)."""


@functools.cache
def elision_pattern() -> regex.Pattern[str]:
    """The pattern for words after a leading apostrophe (``'em``, ``'n'``).

    Built once from ``quoteextract/data/elisions.tsv``. The pattern is
    matched at the character after the mark; group ``close`` is set when the
    word ends in an apostrophe of its own (``n'``).

    Returns:
        A compiled, case-insensitive pattern of literal alternatives.

    """
    words = []
    raw = resources.files("quoteextract").joinpath("data/elisions.tsv").read_text(encoding="utf-8")
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        words.append(line.split("\t", 1)[0].strip())
    plain = sorted((w for w in words if not w.endswith("'")), key=len, reverse=True)
    closed = sorted((w[:-1] for w in words if w.endswith("'")), key=len, reverse=True)
    alternatives = []
    if closed:
        alternatives.append("(?:" + "|".join(regex.escape(w) for w in closed) + ")(?P<close>['\u2019\u2018])(?![\\w])")
    if plain:
        alternatives.append(
            "(?:" + "|".join(regex.escape(w).replace("'", "['\u2019]") for w in plain) + ")(?![\\w'\u2019])"
        )
    return regex.compile("|".join(alternatives), regex.IGNORECASE)
