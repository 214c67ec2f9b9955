"""Quote-mark pairings that are not quotations: scare quotes, titles, nicknames, words, headlines.

Each test looks only at the pairing and the words around it. The word lists
live in ``quoteextract/data/reject_cues.tsv``. The last resort, a short
fragment with no reporting verb and no claim around it, is decided by the
caller (:func:`quoteextract.stages.attribution.attribute`), which knows about cues.
"""

from __future__ import annotations

import functools

import attrs
import regex

from ...lang.en._tables import read_table
from ...rules import rule
from ._context import CLOSING_MARKS, Paragraph, Scene, Setting, word_count

REASONS: tuple[str, ...] = ("scare_quote", "title", "nickname", "word_as_word", "headline", "slogan", "unattributed")
"""Reasons a pairing is rejected (see :class:`quoteextract.Rejection`)."""

MAX_LEXICAL_WORDS = 10
"""Longest content (in words) that a marker word such as "the term" can reject."""

MAX_TITLE_WITH_PERIOD = 5
"""Longest title-like content (in words) that may end with the sentence's period."""

PATTERNS: dict[str, regex.Pattern[str]] = {
    # Words (with inner hyphens, periods and apostrophes) before an opening mark.
    "WORD": regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.\-'’]*"),
    # A capitalised word, or a function word house styles keep in lower case inside a title (articles,
    # conjunctions and prepositions: "The Art of the Ferry", "Moonlight over the Bay", "Back into the Light").
    "TITLE_WORD": regex.compile(
        r"^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.\-]*|of|the|a|an|and|or|but|nor|as|in|on|at|to|for|with|by|from|vs\.?|&"
        r"|over|under|into|onto|upon|up|off|after|through|without|via|per)$"
    ),
    # Sentence-final punctuation at the end of a paragraph (after closing marks).
    "FINAL_PUNCT": regex.compile(r"[.!?:;,…][" + regex.escape(CLOSING_MARKS) + r")\]]*\s*$"),
    # A capitalised word right before or after a mark (for nicknames).
    "CAPITALISED": regex.compile(r"^\p{Lu}[\p{L}'’\-]*$"),
    # A run of characters without white space (what str.split() gives).
    "CHUNK": regex.compile(r"\S+"),
    # White space.
    "SPACE": regex.compile(r"\s*"),
}


@functools.cache
def _table() -> dict[str, frozenset[tuple[str, ...]]]:
    """The marker words of ``reject_cues.tsv``, grouped by reason (loaded once)."""
    table: dict[str, set[tuple[str, ...]]] = {}
    for reason, phrase in read_table("reject_cues.tsv", 2):
        table.setdefault(reason, set()).add(tuple(phrase.split()))
    return {reason: frozenset(phrases) for reason, phrases in table.items()}


def _words_before(text: str, start: int, lo: int) -> list[str]:
    """Up to six lower-case words ending just before ``start``, filler words dropped from the end."""
    window = text[max(lo, start - 80) : start]
    words = [
        w.lower().rstrip(".") if w.lower() not in ("a.k.a.",) else w.lower() for w in PATTERNS["WORD"].findall(window)
    ]
    fillers = {p[0] for p in _table().get("filler", frozenset())}
    while words and words[-1] in fillers:
        words.pop()
    return words[-6:]


def marker_reason(text: str, setting: Setting) -> str | None:
    """The reason named by a marker word right before the pairing ("so-called", "the book").

    Args:
        text: The article.
        setting: The pairing in its sentence.

    Returns:
        A reason from :data:`REASONS`, or ``None``.

    """
    content = setting.quote.content.text
    if word_count(content) > MAX_LEXICAL_WORDS:
        return None
    gap = text[setting.pre.start : setting.quote.open.start]
    if gap.rstrip().endswith((":", ";")):
        return None
    words = _words_before(text, setting.quote.open.start, setting.pre.start)
    table = _table()
    for length in (3, 2, 1):
        if len(words) < length:
            continue
        tail = tuple(words[-length:])
        for reason in ("scare_quote", "word_as_word", "nickname", "headline", "title"):
            if tail in table.get(reason, frozenset()) and (reason != "title" or _title_like(content)):
                return reason
    return None


def _title_like(content: str) -> bool:
    """Whether quoted words can be a work's title: they start with a capital or a digit.

    "the ferry program “back on schedule”" and "called the show “the best
    news hour on air”" describe; "the novel “Quiet Rivers”" names.
    """
    first = content.lstrip(" “‘\"'([¿¡")[:1]
    return first.isupper() or first.isdigit()


def is_title_case(content: str) -> bool:
    """Whether ``content`` looks like a title: capitalised words, no final full stop.

    Args:
        content: The words between the marks.

    Returns:
        True for "Good Evening Harbour Town" or "The Art of the Ferry" (also with
        the sentence's period inside the marks, for up to five words).

    """
    stripped = content.strip().rstrip(",")
    if stripped.endswith(".") and word_count(stripped) <= MAX_TITLE_WITH_PERIOD:
        stripped = stripped[:-1]  # American style puts the sentence's period inside the marks
    if not stripped or stripped[-1] in ".?!" or word_count(stripped) < 2:
        return False
    words = stripped.split()
    if not all(PATTERNS["TITLE_WORD"].match(w.strip("()[]:;,")) for w in words if w.strip("()[]:;,")):
        return False
    return bool(PATTERNS["CAPITALISED"].match(words[0].strip("()[]")))


def is_nickname(text: str, setting: Setting) -> bool:
    """Whether the pairing sits between parts of a name (Joe “The Plumber” Smith).

    Args:
        text: The article.
        setting: The pairing in its sentence.

    Returns:
        True when capitalised words touch both marks and the content is short.

    """
    quote = setting.quote
    if quote.close is None or word_count(quote.content.text) > 4:
        return False
    before = PATTERNS["WORD"].findall(text[max(setting.para.start, quote.open.start - 30) : quote.open.start])
    after = PATTERNS["WORD"].findall(text[quote.close.end : quote.close.end + 30])
    if not before or not after or not text[quote.open.start - 1 : quote.open.start].isspace():
        return False
    if not text[quote.close.end : quote.close.end + 1].isspace():
        return False
    gap = text[quote.close.end : quote.close.end + 30]
    if "\n" in gap[: len(gap) - len(gap.lstrip())]:
        return False  # the next capitalised word starts a new line: a sentence, not the rest of a name
    if quote.content.text.rstrip().endswith((".", "!", "?", ",", ";", ":")):
        return False  # a name part never ends a sentence or a clause ("calling Lee “a menace,” Ortiz said")
    return bool(PATTERNS["CAPITALISED"].match(before[-1]) and PATTERNS["CAPITALISED"].match(after[0]))


def is_headline(scene: Scene, setting: Setting) -> bool:
    """Whether the pairing is in a headline: a short title-like line without final punctuation.

    The line's facts (word count, final punctuation, its words) are worked
    out once per paragraph, so many pairings on one line cost no rescans.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True when the quote's paragraph is a heading line.

    """
    para = setting.para
    if setting.last_para.index != para.index or para.words > MAX_HEADLINE_WORDS:
        return False
    line = _line(scene, para)
    if line.final_punct:
        return False
    text, quote = scene.text, setting.quote
    first, end = scene.visible(para)
    after_blank = end <= setting.outer_end
    if not after_blank and text[_first_visible(text, setting.outer_end, end)] in "—–-":
        return False  # "“...” — Commissioner Lee": a quotation credited with a dash
    if first >= quote.open.start and after_blank:
        # A quote alone on a line without final punctuation: a heading only when title-like.
        return is_title_case(quote.content.text) and para.index == 0
    words = [
        w for w in _outside_pieces(text, line.pieces, quote.open.start, setting.outer_end) if PATTERNS["WORD"].search(w)
    ]
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return bool(words) and capitals / len(words) >= HEADLINE_CAPITALS


MAX_HEADLINE_WORDS = 20
"""Longest line (in words) that can be a headline."""

HEADLINE_CAPITALS = 0.6
"""Share of capitalised words outside the marks that makes a short line a headline."""


@attrs.frozen
class _Line:
    """What :func:`is_headline` needs of a line, worked out once."""

    final_punct: bool
    pieces: tuple[tuple[int, int], ...]  # white-space separated chunks holding a word


def _line(scene: Scene, para: Paragraph) -> _Line:
    """The line facts of ``para`` (cached on the scene)."""
    key = ("headline", para.index)
    found = scene.memo.get(key)
    if not isinstance(found, _Line):
        text = scene.text
        line = text[para.start : para.end].strip()
        pieces = tuple(
            (m.start(), m.end())
            for m in PATTERNS["CHUNK"].finditer(text, para.start, para.end)
            if PATTERNS["WORD"].search(m.group())
        )
        found = _Line(PATTERNS["FINAL_PUNCT"].search(line) is not None, pieces)
        scene.memo[key] = found
    return found


def _first_visible(text: str, start: int, end: int) -> int:
    """The first non-space offset in ``[start, end)`` (there is one)."""
    match = PATTERNS["SPACE"].match(text, start, end)
    return match.end() if match is not None else start


def _outside_pieces(text: str, pieces: tuple[tuple[int, int], ...], start: int, end: int) -> list[str]:
    """The line's chunks with the stretch ``[start, end)`` cut out (a chunk crossing it gives two)."""
    found: list[str] = []
    for lo, hi in pieces:
        if lo < start:
            found.append(text[lo : min(hi, start)])
        if hi > end:
            found.append(text[max(lo, end) : hi])
    return found


TITLE_PREPOSITIONS: frozenset[str] = frozenset({"on", "in", "at", "with", "to", "from", "for", "of", "by"})
"""Words before a title-like fragment that make it a title ("told ABC's “This Week”")."""


def title_context(text: str, setting: Setting) -> bool:
    """Whether the words before a title-like fragment make it a title.

    Args:
        text: The article.
        setting: The pairing in its sentence.

    Returns:
        True after a possessive ("the network's “Evening Roundup”") or a
        preposition ("appeared on “Meet the Voters”").

    """
    before = text[max(setting.para.start, setting.quote.open.start - 20) : setting.quote.open.start].rstrip()
    if before.endswith(("'s", "’s", "s'", "s’")):
        return True
    words = PATTERNS["WORD"].findall(before)
    return bool(words) and words[-1].lower() in TITLE_PREPOSITIONS


# Rules -------------------------------------------------------------------
# Stage "reject": each rule takes the scene and a pairing's setting and
# returns a reason from REASONS or None; the first reason given wins.
# Orders below LATE run on every pairing before any parse rule; orders from
# LATE on run on the short fragments that nothing reports and no claim holds.

VERDICT_RULE = "reject.verdict"
"""The rule that keeps a speaker's verdict in title case from the ``title`` rejections (:mod:`._reject_named`)."""

LATE = 100
"""First order of the rules for unreported fragments (run at the merge)."""

LONELY = 200
"""First order of the rules for a quoted sentence with no attribution in its own sentence
(run before its neighbours are asked, :mod:`._reject_markers`)."""


@rule("reject.marker", stage="reject", order=10)
def marker(scene: Scene, setting: Setting) -> str | None:
    """A marker word right before the marks names the reason ("so-called", "the book", "the word")."""
    return marker_reason(scene.text, setting)


@rule("reject.nickname", stage="reject", order=20)
def nickname(scene: Scene, setting: Setting) -> str | None:
    """Capitalised name parts touch both marks (Joe “The Plumber” Smith): a nickname."""
    return "nickname" if is_nickname(scene.text, setting) else None


@rule("reject.headline", stage="reject", order=30)
def headline(scene: Scene, setting: Setting) -> str | None:
    """The pairing sits in a short title-like line without final punctuation: a headline."""
    return "headline" if is_headline(scene, setting) else None


@rule("reject.title", stage="reject", order=40)
def title(scene: Scene, setting: Setting) -> str | None:
    """A title-case phrase inside a sentence after a possessive or preposition ("on “Meet the Voters”")."""
    from ._quotes import is_standalone

    content = setting.quote.content.text
    if is_title_case(content) and title_context(scene.text, setting) and not is_standalone(scene.text, setting):
        return "title"
    return None


@rule("reject.unreported_title", stage="reject", order=LATE + 10)
def unreported_title(scene: Scene, setting: Setting) -> str | None:
    """A short title-case fragment that nothing reports and no claim holds: a title."""
    return "title" if is_title_case(setting.quote.content.text) else None


@rule("reject.scare_quote", stage="reject", order=LATE + 20)
def scare_quote(scene: Scene, setting: Setting) -> str | None:
    """A short fragment (four words or fewer) that nothing reports and no claim holds: a scare quote."""
    return "scare_quote"


def rejection(scene: Scene, setting: Setting, *, late: bool = False, lonely: bool = False) -> str | None:
    """The reason the first active rejection rule gives for a pairing, or ``None``.

    Args:
        scene: The article.
        setting: The pairing in its sentence.
        late: Run the rules for unreported fragments (orders from :data:`LATE`)
            instead of the rules for every pairing.
        lonely: Run the rules for a quoted sentence without an attribution in
            its own sentence (orders from :data:`LONELY`).

    Returns:
        A reason from :data:`REASONS`, or ``None`` when no active rule rejects it.

    """
    band = 2 if lonely else 1 if late else 0
    keeper = None
    for found in scene.active("reject"):
        if found.name == VERDICT_RULE:
            keeper = found  # never rejects: it vetoes a "title" below
            continue
        if (found.order >= LONELY) + (found.order >= LATE) != band:
            continue
        reason: str | None = found.func(scene, setting)
        if reason == "title" and keeper is not None and keeper.func(scene, setting) is not None:
            continue  # a speaker's verdict in title case ("called the album “Our Best Yet”"): not a title
        if reason is not None:
            return reason
    return None
