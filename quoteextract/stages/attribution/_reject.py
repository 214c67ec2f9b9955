"""Quote-mark pairings that are not quotations: scare quotes, titles, nicknames, words, headlines.

Each test looks only at the pairing and the words around it. The word lists
live in ``quoteextract/data/reject_cues.tsv``. The last resort, a short
fragment with no reporting verb and no claim around it, is decided by the
caller (:func:`quoteextract.stages.attribution.attribute`), which knows about cues.
"""

from __future__ import annotations

import functools
from importlib import resources

import regex

from ._context import Paragraph, Setting, word_count

REASONS: tuple[str, ...] = ("scare_quote", "title", "nickname", "word_as_word", "headline", "unattributed")
"""Reasons a pairing is rejected (see :class:`quoteextract.Rejection`)."""

MAX_LEXICAL_WORDS = 10
"""Longest content (in words) that a marker word such as "the term" can reject."""

MAX_TITLE_WITH_PERIOD = 5
"""Longest title-like content (in words) that may end with the sentence's period."""

PATTERNS: dict[str, regex.Pattern[str]] = {
    # Words (with inner hyphens, periods and apostrophes) before an opening mark.
    "WORD": regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}.\-'’]*"),
    # A capitalised word, or a short function word allowed inside a title.
    "TITLE_WORD": regex.compile(
        r"^(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.\-]*|of|the|a|an|and|or|in|on|at|to|for|with|by|from|vs\.?|&)$"
    ),
    # Sentence-final punctuation at the end of a paragraph (after closing marks).
    "FINAL_PUNCT": regex.compile(r"[.!?:;,…][\"”’')\]]*\s*$"),
    # A capitalised word right before or after a mark (for nicknames).
    "CAPITALISED": regex.compile(r"^\p{Lu}[\p{L}'’\-]*$"),
}


@functools.cache
def _table() -> dict[str, frozenset[tuple[str, ...]]]:
    """The marker words of ``reject_cues.tsv``, grouped by reason (loaded once)."""
    text = resources.files("quoteextract.lang.en").joinpath("data/reject_cues.tsv").read_text(encoding="utf-8")
    table: dict[str, set[tuple[str, ...]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        reason, phrase = (f.strip() for f in line.split("\t"))
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
            if tail in table.get(reason, frozenset()):
                return reason
    return None


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
    if quote.content.text.rstrip().endswith((".", "!", "?")):
        return False  # a name part never ends a sentence
    return bool(PATTERNS["CAPITALISED"].match(before[-1]) and PATTERNS["CAPITALISED"].match(after[0]))


def is_headline(text: str, setting: Setting, paras: list[Paragraph]) -> bool:
    """Whether the pairing is in a headline: a short title-like line without final punctuation.

    Args:
        text: The article.
        setting: The pairing in its sentence.
        paras: The article's paragraphs.

    Returns:
        True when the quote's paragraph is a heading line.

    """
    para = setting.para
    if setting.last_para.index != para.index:
        return False
    line = text[para.start : para.end].strip()
    if word_count(line) > 20 or PATTERNS["FINAL_PUNCT"].search(line):
        return False
    after = text[setting.outer_end : para.end].strip()
    if after.startswith(("—", "–", "-")):
        return False  # "“...” — Commissioner Lee": a quotation credited with a dash
    outside = (text[para.start : setting.quote.open.start] + " " + after).strip()
    if not outside:
        # A quote alone on a line without final punctuation: a heading only when title-like.
        return is_title_case(setting.quote.content.text) and para.index == 0
    words = [w for w in outside.split() if PATTERNS["WORD"].search(w)]
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return bool(words) and capitals / len(words) >= 0.6


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
