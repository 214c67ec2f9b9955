"""A wire dateline opening a claim's paragraph is the agency's furniture, not the speaker's words.

"OTTAWA — The federal government will delay the decision, the minister said."
and "NEW DELHI, June 2 (Reuters) - Schools will close, an official said.": a
closing attribution reports the sentence before its comma, and the parser puts
the dateline in that sentence. The dateline says where the story was filed and
by which agency; it is never part of what was said. :func:`past_dateline` moves
the start of a content that begins at its line's start past such a dateline, as
:func:`~quoteextract.stages.claims.trim.one_paragraph` keeps a content on one
line.

A dateline is the place in capitals ("WASHINGTON", "NEW DELHI", "ST. LOUIS"),
then optionally a region (", Kenya", ", Mass."), a date (", June 2", ", Jan. 12")
and the agency in brackets (" (Reuters)", ", (PA Media)"), and a dash ("-", "–",
"—", "--"). The place alone before a dash needs three capitals or more, so that
an initialism ("US - ...") is not read as one.
"""

from __future__ import annotations

import regex

from ..._model import Span

DATELINE = regex.compile(
    r"""
    (?P<place>\p{Lu}[\p{Lu}.'’\-]*(?:[ ]\p{Lu}[\p{Lu}.'’\-]*){0,3})   # the place in capitals
    (?P<region>,[ ]\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,2})?       # ", Kenya", ", Mass."
    (?P<date>,[ ]\p{Lu}\p{Ll}{2,}\.?[ ]\d{1,2})?                     # ", June 2", ", Jan. 12"
    (?P<agency>,?[ ]\([^()\n]{1,30}\))?                               # " (Reuters)", ", (PA Media)"
    [ ]*(?:--|[—–-])[ ]+
    """,
    regex.VERBOSE,
)
"""A dateline at a line's start, up to and with the dash and the spaces after it."""

MIN_PLACE_LETTERS = 3
"""Fewest capitals a place needs when no region, date or agency follows it."""


def dateline_end(text: str, line_start: int) -> int | None:
    """Where the dateline opening the line at ``line_start`` ends (after its dash), if the line opens with one.

    Args:
        text: The article.
        line_start: Offset of the line's first character.

    Returns:
        The offset of the first character after the dateline's dash and spaces, or ``None``.

    """
    match = DATELINE.match(text, line_start)
    if match is None:
        return None
    letters = sum(c.isalpha() for c in match["place"])
    if letters < MIN_PLACE_LETTERS and not (match["region"] or match["date"] or match["agency"]):
        return None
    return match.end()


def past_dateline(text: str, content: Span) -> Span | None:
    """The content without the dateline its line opens with, when the content starts in that dateline.

    Args:
        text: The article.
        content: The content span.

    Returns:
        The content from the first character after the dateline; unchanged when its line has no dateline or the
        content starts after it; ``None`` when nothing is left.

    """
    line_start = text.rfind("\n", 0, content.start) + 1
    end = dateline_end(text, line_start)
    if end is None or content.start >= end:
        return content
    if end >= content.end:
        return None
    return Span.of(text, end, content.end)


__all__ = ["DATELINE", "dateline_end", "past_dateline"]
