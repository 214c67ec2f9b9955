"""A wire dateline opening a claim's paragraph is the agency's furniture, not the speaker's words.

"OTTAWA — The federal government will delay the decision, the minister said."
and "NEW DELHI, June 2 (Reuters) - Schools will close, an official said.": a
closing attribution reports the sentence before its comma, and the parser puts
the dateline in that sentence. The dateline says where the story was filed and
by which agency; it is never part of what was said. :func:`past_dateline` moves
the start of a content that begins in its line's dateline
(:mod:`quoteextract.stages.layout.dateline`) past it, as
:func:`~quoteextract.stages.claims.trim.one_paragraph` keeps a content on one
line.
"""

from __future__ import annotations

from ..._model import Span
from ..layout.dateline import dateline_end


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


__all__ = ["past_dateline"]
