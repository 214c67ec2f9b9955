"""Sentence ends the parser missed after an abbreviation: a claim's content does not cross them.

"According to the timetable, the last train leaves at 11.40 p.m. Drivers said
the service was unreliable": the small English models read "p.m." as an
abbreviation inside the sentence and run it on into the next one, so "according
to the timetable" would report the drivers' words too. A lower-case
abbreviation that often ends a sentence ("a.m.", "p.m.", "etc.") followed by a
capitalised word that is no date, time zone or time word ("at 7 p.m. Tuesday",
"9 a.m. ET") ends the sentence. :func:`one_sentence` keeps the part of a
content on the cue's side of such an end, as
:func:`~quoteextract.stages.claims.trim.one_paragraph` does for line breaks.
"""

from __future__ import annotations

import regex

from ..._model import Span
from .trim import trim_end

MIN_CHARS = 2
"""Fewest characters a content keeps."""

SENTENCE_ABBREVIATIONS = r"a\.m\.|p\.m\.|etc\."
"""Lower-case abbreviations that often end a sentence (a pattern of alternatives)."""

TIME_WORDS: frozenset[str] = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "et", "est", "edt",
        "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "gmt", "bst", "cet", "cest", "utc", "eastern",
        "central", "mountain", "pacific", "local", "today", "tonight", "tomorrow", "yesterday", "sharp",
    }
)  # fmt: skip
"""Capitalised words that go on with a time ("7 p.m. Tuesday", "9 a.m. Eastern"): no sentence end."""

BREAK = regex.compile(rf"(?<=\b(?:{SENTENCE_ABBREVIATIONS}))[ \t]+(?=[\"“‘']?(\p{{Lu}}[\p{{L}}'’-]*))")
"""An abbreviation, space, and a capitalised word (captured)."""


def missed_breaks(text: str, start: int, end: int) -> list[int]:
    """The offsets in ``text[start:end]`` where a sentence the parser ran on starts.

    Args:
        text: The article.
        start: Offset of the first character to look at.
        end: Offset one past the last.

    Returns:
        The offsets of the first character after each missed sentence end, in order.

    """
    found = []
    for match in BREAK.finditer(text, start, end):
        if match.group(1).lower().rstrip(".") not in TIME_WORDS:
            found.append(match.end())
    return found


def one_sentence(text: str, content: Span, cue_offset: int) -> Span | None:
    """The part of the content in the sentence nearest the cue, across sentence ends the parser missed.

    Args:
        text: The article.
        content: The content span.
        cue_offset: Where the cue starts.

    Returns:
        The content unchanged when it crosses no missed sentence end; else its
        last sentence when the cue comes after it, its first sentence when the
        cue comes before it, and the sentence that holds the cue when the cue is
        inside it; ``None`` when too little is left.

    """
    breaks = missed_breaks(text, content.start, content.end)
    if not breaks:
        return content
    bounds = [content.start, *breaks, content.end]
    if cue_offset >= content.end:
        k = len(bounds) - 2
    elif cue_offset < content.start:
        k = 0
    else:
        k = max(i for i, b in enumerate(bounds[:-1]) if b <= cue_offset)
    start, end = bounds[k], bounds[k + 1]
    if end == content.end:
        return trim_end(text, start, end)
    while end > start and text[end - 1].isspace():
        end -= 1  # the abbreviation keeps its full stop ("11.40 p.m.")
    return Span.of(text, start, end) if end - start >= MIN_CHARS else None


__all__ = ["missed_breaks", "one_sentence"]
