"""Character classes and patterns for the quotation finder, in one table.

Every quote mark the finder knows is listed here with its *kind* (how it
behaves), the marks that close it, the marks that may re-open it at a new
paragraph, and the context characters that make a mark look like an opener
or a closer. :mod:`quoteextract.stages.finder._marks` holds the pairing logic; this module
holds only data, so the whole typographic model can be reviewed in one place.

A mark is a *token*: one character, or two apostrophes (``''``, which some
wire services write for a double quote) or two backticks (TeX style).
"""

from __future__ import annotations

import functools

import regex

from ...lang.en._tables import read_table

# Kinds of mark ------------------------------------------------------------
#   straight: " ' '' and the full-width forms; direction inferred from context.
#   (‘‘ and ’’, two curly singles typed for a double, are "left" and "right".)
#   left:     “ ‟ ‘ ‛ « ‹ — opens in English/French, closes the German „ ‚ and
#             the Danish » ›.
#   right:    ” ’ » › — closes; ” and » may open in Swedish/Danish style.
#   open:     „ ‚ 「 『 `` — always opens.
#   close:    」 』 — always closes.
KIND: dict[str, str] = {
    '"': "straight",
    "'": "straight",
    "''": "straight",  # two apostrophes written for a double quote
    "\uff02": "straight",  # ＂ full-width quotation mark
    "\uff07": "straight",  # ＇ full-width apostrophe
    "\u201c": "left",  # “
    "\u201f": "left",  # ‟
    "\u2018": "left",  # ‘
    "\u201b": "left",  # ‛
    "\u2018\u2018": "left",  # ‘‘ two curly singles typed for “
    "\u00ab": "left",  # «
    "\u2039": "left",  # ‹
    "\u201d": "right",  # ”
    "\u2019": "right",  # ’
    "\u2019\u2019": "right",  # ’’ two curly singles typed for ”
    "\u00bb": "right",  # »
    "\u203a": "right",  # ›
    "\u201e": "open",  # „
    "\u201a": "open",  # ‚
    "\u300c": "open",  # 「
    "\u300e": "open",  # 『
    "``": "open",  # two backticks (TeX style), closed by ''
    "\u300d": "close",  # 」
    "\u300f": "close",  # 』
}
"""How each quote mark behaves (see the comment above)."""

MARK_TOKENS: frozenset[str] = frozenset(KIND)
"""Every token the finder treats as a quote mark."""

MARK_CHARS: str = "".join(sorted({char for token in KIND for char in token}))
"""Every character that is, or is part of, a possible quote mark."""

CLOSERS: dict[str, tuple[str, ...]] = {
    "\u201c": ("\u201d",),  # “ … ”
    "\u2018\u2018": ("\u2019\u2019",),  # ‘‘ … ’’
    "\u201f": ("\u201d",),  # ‟ … ”
    "\u201e": ("\u201c", "\u201d"),  # „ … “ (German) or „ … ” (Polish, Hungarian)
    '"': ('"',),
    "''": ("''",),
    "``": ("''",),
    "\uff02": ("\uff02",),
    "\u201d": ("\u201d",),  # ” … ” (Swedish, Finnish)
    "\u2018": ("\u2019",),  # ‘ … ’
    "\u201b": ("\u2019",),  # ‛ … ’
    "\u201a": ("\u2018", "\u2019"),  # ‚ … ‘ (German) or ‚ … ’
    "'": ("'",),
    "\uff07": ("\uff07",),
    "\u00ab": ("\u00bb",),  # « … »
    "\u00bb": ("\u00ab",),  # » … « (German, Danish)
    "\u2039": ("\u203a",),  # ‹ … ›
    "\u203a": ("\u2039",),  # › … ‹
    "\u300c": ("\u300d",),  # 「 … 」
    "\u300e": ("\u300f",),  # 『 … 』
}
"""The marks that properly close a quotation opened by each mark."""

LOOSE_CLOSERS: dict[str, tuple[str, ...]] = {
    # Curly and straight mixed by careless editing, or a left mark typed
    # where a right one belongs (“word“). Paired, with a warning.
    "\u201c": ('"', "''", "\uff02", "\u201c", "\u2019\u2019"),
    "\u2018\u2018": ("\u201d", '"'),
    "\u201f": ('"',),
    "\u201e": ('"',),
    '"': ("\u201d", "''", "\uff02", "\u2019\u2019"),
    "''": ('"', "\u201d"),
    "``": ('"', "\u201d"),
    "\uff02": ('"', "\u201d"),
    "\u201d": ('"',),
    "\u2018": ("'", "\u2018"),
    "\u201b": ("'",),
    "\u201a": ("'",),
    "'": ("\u2019", "\uff07"),
    "\uff07": ("'", "\u2019"),
}
"""Marks accepted as closers of a different style, with a warning."""

REOPENERS: dict[str, tuple[str, ...]] = {
    # Only the same mark re-opens: an excerpt whose paragraphs start with
    # a straight " often quotes people inside it with curly “ ”, and that
    # “ must open a nested quotation, not continue the excerpt.
    "''": ("''", "``"),
    "``": ("``", "''"),
    "\u00ab": ("\u00ab", "\u00bb"),  # French may continue a paragraph with » too
    "\u2039": ("\u2039", "\u203a"),
}
"""Marks that may open a new paragraph to continue a quotation (news style).
A mark not listed is continued only by itself."""

APOSTROPHE_LIKE: frozenset[str] = frozenset("'\u2018\u2019\u201b\uff07")
"""Marks that may be an apostrophe rather than a quote mark."""

NEEDS_CLOSER_AHEAD: frozenset[str] = frozenset("'\u2018\uff07")
"""Single opening marks that open only if a single closing mark follows later
in the paragraph (or they start the paragraph); otherwise they are taken for
apostrophes."""

SINGLE_OPENING: frozenset[str] = frozenset("'\u2018\u201a\u201b\uff07")
"""Single marks that may open a quotation when they precede a word."""

SINGLE_CLOSING: frozenset[str] = frozenset("'\u2019\u2018\uff07")
"""Single marks that may close a quotation when they follow a word."""

DOUBLE_FAMILY: frozenset[str] = frozenset(
    (
        '"',
        "''",
        "``",
        "\u201c",
        "\u201d",
        "\u201e",
        "\u201f",
        "\u2018\u2018",
        "\u2019\u2019",
        "\u00ab",
        "\u00bb",
        "\uff02",
    )
)
"""Double quote marks (the family of the outer quotation in American news)."""

DOUBLE_OPENING: frozenset[str] = frozenset(
    ('"', "''", "``", "\u201c", "\u201e", "\u201f", "\u2018\u2018", "\u00ab", "\uff02")
)
"""Double marks that may open a quotation when they precede a word."""

DOUBLE_CLOSING: frozenset[str] = frozenset(('"', "''", "\u201d", "\u201c", "\u2019\u2019", "\u00bb", "\uff02"))
"""Double marks that may close a quotation when they follow a word."""

ZERO_WIDTH: frozenset[str] = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width spaces and joiners, BOM, soft hyphen
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls
)
"""Invisible characters skipped when looking at a mark's neighbours."""

OPENING_CONTEXT: frozenset[str] = frozenset("([{<\u2014\u2013\u2012\u2010-/\u2026" + MARK_CHARS)
"""Characters before a mark that make it look like an opener (besides
white space and the start of the text)."""

CLOSING_CONTEXT: frozenset[str] = frozenset(".,;:!?)]}>\u2014\u2013\u2012\u2010-/\u2026" + MARK_CHARS)
"""Characters after a mark that make it look like a closer (besides white
space and the end of the text)."""

MAX_DEPTH: int = 6
"""The deepest nesting the finder builds. A mark that would nest deeper than
this is read as re-opening after a missing closer. (Keeps the stack, and so
the running time, bounded.)"""

SOFT_BREAKS: frozenset[str] = frozenset(("\n", "\r\n", "\r", "\u2028"))
"""Line breaks that may wrap a line inside a paragraph."""

NO_CONTINUATION_AFTER: str = ","
"""Besides letters and digits, the characters after which a paragraph cannot
end a part of a multi-paragraph quotation (the news convention re-opens only
after a complete sentence)."""

POSSESSIVE_ENDINGS: tuple[str, ...] = ("s", "z", "x", "in")
"""Word endings (lower case) after which a single closing mark may be a
plural possessive (students') or a dropped g (goin'), not a closer."""

_QUOTE_CHARS = regex.escape(MARK_CHARS)
"""Every quote-mark character, escaped for a character class."""

PATTERNS: dict[str, regex.Pattern[str]] = {
    # One quote mark. Three apostrophes are split by the finder (' then ''
    # after a word, '' then ' before one); two are one double mark, and so
    # are two curly singles or two backticks. Fixed strings: no backtracking.
    "MARK": regex.compile(
        "'''|''|``|\u2018\u2018|\u2019\u2019|[" + regex.escape("".join(t for t in KIND if len(t) == 1)) + "]"
    ),
    # Text whose quote-like characters are not quote marks: markup tags
    # (<a href="...">, <tweet author="...">), feet-and-inches heights
    # (6'2", 5’11”), web addresses (https://x.org/a"b, www.x.org/it's), e-mail
    # addresses (o'brien@x.org) and code between backticks (`say "hi"`,
    # ```...```). A quote mark is part of an address only when a letter,
    # digit or URL character follows it, and an address never ends with
    # punctuation, so “See https://x.org,” she said keeps its closing mark.
    # Linear: [^<>]* stops at the next angle bracket, an address starts at a
    # fixed prefix or at the start of a word and is read once, a code span
    # stops at the next backtick.
    "OPAQUE": regex.compile(
        r"""</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>"""
        r"""|\d['\u2019\u2032]\s?\d{1,2}(?:\.\d+)?(?:"|''|\u201d|\u2033)"""
        rf"""|(?i:\b(?:https?|ftp)://|\bwww\.)(?:[^\s<>{_QUOTE_CHARS}]|[{_QUOTE_CHARS}](?=[\w/%#?=&~+-]))*"""
        r"""(?<![.,;:!?)\]])"""
        r"""|(?<![\w.+'\u2019-])\w[\w.+'\u2019-]*@\w[\w-]*(?:\.[\w-]+)+"""
        r"""|```[\s\S]*?```|(?<!`)`(?!`)[^`\n]+`(?!`)"""
    ),
    # A paragraph: a run of characters up to a line break (CRLF, CR, LF,
    # the Unicode line and paragraph separators, NEL, VT, FF). News text
    # puts one paragraph on a line; blank lines are skipped.
    "PARAGRAPH": regex.compile(r"[^\r\n\u2028\u2029\x85\x0b\x0c]+"),
    # A soft line break: one line break that may only wrap a line (a quote
    # still open may run on past it). Two breaks, or a paragraph separator,
    # end a paragraph for good.
    "LINE_BREAK": regex.compile(r"\r\n|[\r\n\u2028\u2029\x85\x0b\x0c]"),
    # A straight double mark right after a number and before a lower-case
    # word: inches (a 12" sub, 6" of snow, a 55"-screen) when the paragraph's
    # straight doubles do not pair without it. Group "mark" is the mark; the
    # number is one to three digits standing alone (not 1,200" or B12").
    "INCHES": regex.compile(r"""(?<![\w.,'\u2019])\d{1,3}(?:\.\d+)?(?P<mark>")(?=[ \u00a0]?-?[a-z])"""),
    # A two-digit year after an apostrophe: '90s, ’08, ‘16 (no letter or
    # digit may follow except the plural s).
    "YEAR": regex.compile(r"\d\d(?:s|\u2019s|'s)?(?!\w)"),
}
"""The finder's regular expressions; none can backtrack catastrophically
(each is a character class, fixed strings or a fixed-length look-ahead)."""


@functools.cache
def elision_pattern() -> regex.Pattern[str]:
    """The pattern for words after a leading apostrophe (``'em``, ``'n'``).

    Built once from ``quoteextract/data/elisions.tsv``. The pattern is
    matched at the character after the mark; group ``close`` is set when the
    word ends in an apostrophe of its own (``n'``).

    Returns:
        A compiled, case-insensitive pattern of literal alternatives.

    """
    words = [row[0] for row in read_table("elisions.tsv", (1, 2))]
    plain = sorted((w for w in words if not w.endswith("'")), key=len, reverse=True)
    closed = sorted((w[:-1] for w in words if w.endswith("'")), key=len, reverse=True)
    alternatives = []
    if closed:
        alternatives.append("(?:" + "|".join(map(regex.escape, closed)) + ")(?P<close>['\u2019\u2018])(?!\\w)")
    if plain:
        alternatives.append("(?:" + "|".join(map(regex.escape, plain)) + ")(?![\\w'\u2019])")
    return regex.compile("|".join(alternatives), regex.IGNORECASE)
