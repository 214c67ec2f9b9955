"""Span arithmetic for scoring: trimming, intersection over union, name tokens."""

from __future__ import annotations

import functools
import importlib.resources
import unicodedata

import regex

#: The regular expressions of this module, one named, commented entry each.
_PATTERNS: dict[str, regex.Pattern[str]] = {
    # A leading complementiser "that" followed by white space ("said that he ...").
    "LEADING_THAT": regex.compile(r"that\s+", regex.IGNORECASE),
    # A word of a name: letters, digits, inner apostrophes, hyphens and dots ("O'Neill", "St.").
    "WORD": regex.compile(r"\w[\w'’.\-]*"),
    # A possessive ending to drop from a name word ("Smith's" -> "Smith").
    "POSSESSIVE": regex.compile(r"['’]s?$"),
}

_QUOTE_MARKS = frozenset("\"'`´“”‘’‚‛„‟«»‹›「」『』")


def _is_edge_char(char: str) -> bool:
    """Whether ``char`` is trimmed from the edges of a span (space, quote mark or punctuation)."""
    if char.isspace() or char in _QUOTE_MARKS:
        return True
    return unicodedata.category(char).startswith(("P", "Z"))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a span as the scoring conventions require.

    White space, quote marks and punctuation are removed from both edges, then
    a leading "that " (any case), repeatedly until nothing changes.

    Args:
        text: The whole article.
        start: Offset of the span's first character.
        end: Offset one past its last character.

    Returns:
        The trimmed ``(start, end)``; ``start == end`` when nothing is left.

    """
    while True:
        before = (start, end)
        while start < end and _is_edge_char(text[start]):
            start += 1
        while end > start and _is_edge_char(text[end - 1]):
            end -= 1
        match = _PATTERNS["LEADING_THAT"].match(text, start, end)
        if match is not None:
            start = match.end()
        if (start, end) == before:
            return start, end


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Intersection over union of two half-open character intervals.

    Args:
        a: ``(start, end)`` of the first interval.
        b: ``(start, end)`` of the second.

    Returns:
        A number in [0, 1]; 0 when either interval is empty.

    """
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two intervals share at least one character (``None`` never overlaps).

    Args:
        a: ``(start, end)`` or ``None``.
        b: ``(start, end)`` or ``None``.

    Returns:
        True when both exist and intersect.

    """
    if a is None or b is None:
        return False
    return min(a[1], b[1]) > max(a[0], b[0])


@functools.cache
def _non_name_words() -> frozenset[str]:
    """Capitalised words that are not names (articles, honorifics), from the data file."""
    data = importlib.resources.files("quoteextract.lang.en") / "data" / "eval_non_name_words.txt"
    words = set()
    for line in data.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return frozenset(words)


def name_tokens(*names: str | None) -> frozenset[str]:
    """The name tokens of some names: capitalised words, lower-cased, without possessives.

    Pronouns, articles, honorifics and lower-case words ("officials") are not
    name tokens, so "the officials" and "Mr. Smith" share nothing with "he".

    Args:
        *names: Names or mention texts; ``None`` is skipped.

    Returns:
        The set of lower-cased name words.

    """
    tokens = set()
    stop = _non_name_words()
    for name in names:
        if not name:
            continue
        for match in _PATTERNS["WORD"].finditer(name):
            word = _PATTERNS["POSSESSIVE"].sub("", match.group().rstrip(".-"))
            if len(word) < 2 or not word[0].isupper():
                continue
            word = word.lower()
            if word not in stop:
                tokens.add(word)
    return frozenset(tokens)
