"""The outlet that held an interview transcript: the ``interview`` link of every answer.

A transcript's answers (rule ``layout.transcript``) are the interviewee's
words given to an outlet, named in the introduction ("She spoke to the
Millbrook Mercury", "... talked to Radio Kestrel", "in an interview with
the Courier") or in the headline ("Transcript: The Morning Call, Radio
Kestrel"). The ``sources`` rule here adds that outlet to each answer's
chain, outside the speaker: ``[interviewee said, outlet interview]``. The
outlet is found once per article.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import regex

from ..._model import SourceLink, Span
from ..sources._site import ClaimSite, Proposal, source_rule
from .transcript import turn_label

if TYPE_CHECKING:
    from ..sources._index import MentionIndex

NAME = r"(?P<name>\p{Lu}[\p{L}&.'’\-]*(?:[ ]\p{Lu}[\p{L}&.'’\-]*){0,4})"
"""A capitalised name of one to five words (its group is ``name``)."""

PATTERNS: dict[str, regex.Pattern[str]] = {
    # "spoke to the Millbrook Mercury", "talked with Radio Kestrel", "in an interview with the Courier".
    "GAVE_INTERVIEW": regex.compile(
        r"\b(?:spoke|talked|speaks|talks|sat[ ]down|chatted|interview)[ ](?:to|with)[ ](?P<the>the[ ])?" + NAME
    ),
    # "Transcript: The Morning Call, Radio Kestrel": a transcript's headline; its parts after the label follow.
    "HEADLINE": regex.compile(r"^(?:Transcript|Interview|Q&A|Q[ ]and[ ]A)\b[^\n,]*,(?P<parts>[^\n]*)$"),
    # One comma-separated part of the headline that is a name ("Radio Kestrel", "the Week Ahead").
    "PART": regex.compile(r"[ ]*(?:the[ ])?" + NAME + r"[ ]*"),
    # A part that is a date or a time, never the outlet: "Thursday", "12 May", "Sunday 14 April 2024", "8 a.m.".
    "DATE": regex.compile(
        r"^[ ]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August"
        r"|(?:Sept|Octo|Novem|Decem)ber|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|\d{1,4}(?:st|nd|rd|th)?"
        r"|[ap]\.?m\.?|noon|GMT|BST|UTC|on|at|of|[ /:.\-]+)+[ ]*$"
    ),
    # Words that name a news outlet.
    "MEDIA": regex.compile(
        r"\b(?:Radio|TV|Television|News|Times|Post|Herald|Mercury|Gazette|Courier|Echo|Journal|Weekly|Daily|FM"
        r"|Magazine|Press|Tribune|Chronicle|Star|Standard|Observer|Guardian|Telegraph|Record|Sentinel|Wire|Network)\b"
    ),
}
"""Regular expressions of this module, each commented (bounded: linear time)."""

OUTLET_RANK = 1
"""The outlet's place in the chain: outside the speaker (rank 0)."""

_OUTLETS: weakref.WeakKeyDictionary[MentionIndex, tuple[int, int] | None] = weakref.WeakKeyDictionary()
"""Per article (its mention index), where the outlet is named, or ``None``."""


def _intro_end(text: str) -> int:
    """Where the transcript's first labelled turn starts (the end of the text when there is none)."""
    offset = 0
    for line in text.splitlines(keepends=True):
        if turn_label(line.strip()) is not None and offset > 0:
            return offset
        offset += len(line)
    return len(text)


def _is_outlet(index: MentionIndex, start: int, end: int, text: str, the: bool) -> bool:
    """Whether a name is an outlet: an organisation, or a name with a media word, or "the" and no person."""
    entity = index.entity_of(start, end)
    kind = index.entities[entity].type if entity is not None and entity in index.entities else ""
    if kind == "person":
        return False
    return kind == "organisation" or PATTERNS["MEDIA"].search(text, start, end) is not None or the


def find_outlet(index: MentionIndex) -> tuple[int, int] | None:
    """Where the article names the outlet of its interview (found once per article).

    Args:
        index: The article's mention index (its text and entities).

    Returns:
        ``(start, end)`` of the outlet's name, or ``None``.

    """
    if index in _OUTLETS:
        return _OUTLETS[index]
    text = index.text
    found: tuple[int, int] | None = None
    intro = text[: _intro_end(text)]
    for match in PATTERNS["GAVE_INTERVIEW"].finditer(intro):
        start, end = match.span("name")
        if _is_outlet(index, start, end, text, match.group("the") is not None):
            found = (start, end)
            break
    if found is None:
        found = _headline_outlet(text)
    _OUTLETS[index] = found
    return found


def _headline_outlet(text: str) -> tuple[int, int] | None:
    """The outlet a transcript's headline names: its last part after the first comma that is a name, not a date.

    "Transcript: The Morning Call, Radio Kestrel" names Radio Kestrel; "Transcript: Harbour Hour, Radio
    Carrick, Thursday" names Radio Carrick (a day, a date or a time is when, not who). A part with a media
    word ("Radio", "FM") wins over one without.
    """
    first = text.split("\n", 1)[0].rstrip()
    headline = PATTERNS["HEADLINE"].match(first)
    if headline is None:
        return None
    names: list[tuple[int, int]] = []
    offset = headline.start("parts")
    for part in headline.group("parts").split(","):
        match = PATTERNS["PART"].fullmatch(part)
        if match is not None and PATTERNS["DATE"].match(part) is None:
            names.append((offset + match.start("name"), offset + match.end("name")))
        offset += len(part) + 1
    media = [span for span in names if PATTERNS["MEDIA"].search(text, *span) is not None]
    chosen = media or names
    return chosen[-1] if chosen else None


@source_rule("sources.transcript_outlet", order=150)
def transcript_outlet(site: ClaimSite) -> list[Proposal]:
    """An interview transcript's answer: the outlet that held the interview ("She spoke to the Mercury")."""
    if site.quote.rule != "layout.transcript":
        return []
    where = find_outlet(site.index)
    if where is None:
        return []
    start, end = where
    span = Span(start, end, site.text[start:end])
    link = SourceLink("interview", site.index.entity_of(start, end), span, span)
    return [Proposal(link, rank=OUTLET_RANK)]
