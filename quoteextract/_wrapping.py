"""Hard-wrapped copy: whether a single line break only wraps a sentence, read from the text alone.

Wire copy and e-mailed press releases often come hard-wrapped at about seventy
characters, so a sentence, or a quotation, runs on over a line break. The
pipeline's line-break component (:mod:`quoteextract._line_breaks`), the
quotation finder, the claim trimmer and the speaker layout all ask the same
question of a line break; this module answers it without a parse.
"""

from __future__ import annotations

JOINING_ENDS: frozenset[str] = frozenset({",", ";", "-", "–", "(", "and", "or", "but", "of", "the", "a", "an", "to"})
"""Line endings that show a single line break falls inside a sentence (a hard-wrapped line)."""

WRAP_LOOK = 40
"""How many characters either side of a line break :func:`wraps_line` reads."""

MIN_WRAPPED_LINE = 40
"""Fewest characters in a line that copy wrapped at a fixed width breaks (a short line is a heading or a list item)."""


def wraps_line(text: str, at: int) -> bool:
    """Whether the line break at ``at`` only wraps a sentence of hard-wrapped copy.

    Args:
        text: The article.
        at: Offset of a line feed.

    Returns:
        True when the line is long enough to have been wrapped at a fixed
        width and the next line goes on in lower case, or the line ends with a
        joining word or character (``,``, ``and``, ``the``); False at a blank
        line, the end of the text, or after a short line ("Council warns" over
        a line whose capital a feed lost).

    """
    rest = text[at + 1 : at + 1 + WRAP_LOOK].lstrip(" \t")
    if not rest or rest[0] in "\r\n" or at - (text.rfind("\n", 0, at) + 1) < MIN_WRAPPED_LINE:
        return False
    words = text[max(0, at - WRAP_LOOK) : at].rstrip(" \t\r").split()
    last = words[-1].lower() if words else ""
    return rest[0].islower() or last in JOINING_ENDS or last[-1:] in JOINING_ENDS
