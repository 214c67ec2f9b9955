"""A wire dateline opening a line: "BERLIN (Reuters) -", "PARIS, March 3 (AFP) –", "NAIROBI, Kenya (AP) —".

A dateline says where a story was filed and by which agency; it is page furniture, never a speaker's words nor a
speaker: the claims stage cuts it off a content that starts in it
(:func:`~quoteextract.stages.claims.dateline.past_dateline`), and the speakers stage takes no name from it.

A dateline is the place in capitals ("WASHINGTON", "NEW DELHI", "ST. LOUIS"), then optionally a region (", Kenya",
", Mass."), a date (", June 2", ", Jan. 12") and the agency in brackets (" (Reuters)", ", (PA Media)"), and a dash
("-", "–", "—", "--"). The place alone before a dash needs three capitals or more, so that an initialism ("US -
...") is not read as one. A dateline alone on its line is a ``byline`` (:mod:`.roles`).
"""

from __future__ import annotations

import regex

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


__all__ = ["DATELINE", "dateline_end"]
