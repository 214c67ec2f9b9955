"""Frames that carry over: an interview or a "told OUTLET" frame holds for the speaker's next quotations.

"In an interview with the Tarnby Courier, Vos denied it. “Nonsense,” he said."
The second quotation was given to the Courier too, though its own sentence
does not say so. The rule reads every claim once, in text order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..._model import SourceLink
from ...lang.en._speaker_lexicon import pronouns
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ._outlets import OUTER_RANK
from ._site import ClaimSite, Proposal, source_rule

_HEADING = re.compile(r"^[^\S\n]*(?:[*#=~_-]{3,}|[^\n.!?:;,“”\"'’)]{1,60}[^\W\d.!?,;]?)[^\S\n]*$", re.MULTILINE)
"""A line that breaks a passage: a rule ("* * *", "---") or a short line without final punctuation (a subheading)."""

_FRAMES = frozenset({"interview", "told"})
"""Outer relations that set a frame."""


@dataclass
class _Frame:
    """The frame in force: its speaker, its link, and where it was set."""

    entity: int | None
    link: SourceLink
    end: int


def _section_breaks(text: str) -> list[int]:
    """Offsets of the lines that break a passage (subheadings, rules), in order."""
    return [m.start() for m in _HEADING.finditer(text) if m.group(0).strip() and _isolated(text, m.start(), m.end())]


def _isolated(text: str, start: int, end: int) -> bool:
    """Whether a line stands alone: a blank line, or the text's edge, on both sides."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (start == 0 or before == "\n\n") and (end == len(text) or after == "\n\n")


def _frame_link(site: ClaimSite) -> SourceLink | None:
    """The outer interview or told link of a claim's own chain, if it has one."""
    pairs = zip(site.chain.links, site.chain.ranks, strict=True)
    return next((link for link, rank in pairs if link.relation in _FRAMES and rank >= OUTER_RANK), None)


def _carries(frame: _Frame, site: ClaimSite, text: str, breaks: list[int]) -> bool:
    """Whether the frame holds for this claim: same speaker, same passage, no outer link of its own.

    An interview holds for the passage; a "told OUTLET" only for the direct
    quotations that continue it in the same paragraph with a pronoun ("“...,”
    he said"), not for a new report ("He said that ...").
    """
    if any(rank >= 2 for rank in site.chain.ranks):
        return False
    if bisect.bisect_left(breaks, site.quote.start) != bisect.bisect_left(breaks, frame.end):
        return False
    pronoun = _pronoun(site)
    same_paragraph = "\n" not in text[frame.end : site.quote.start]
    if site.speaker_entity is None or site.speaker_entity != frame.entity:
        # an unresolved (or differently resolved) pronoun right after the frame continues it
        return pronoun and same_paragraph and frame.link.relation == "interview"
    return frame.link.relation == "interview" or (pronoun and same_paragraph and site.quote.kind == "direct")


def _pronoun(site: ClaimSite) -> bool:
    """Whether the claim's speaker mention is a pronoun ("she said")."""
    speaker = site.quote.speaker
    return speaker is not None and speaker.text.lower() in pronouns()


def _frame_entity(site: ClaimSite, link: SourceLink) -> int | None:
    """Who gave the interview: the claim's speaker, else the named subject of the clause the frame opens."""
    if site.speaker_entity is not None or link.span is None:
        return site.speaker_entity
    span = site.doc.char_span(link.span.start, link.span.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span.root.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
        if subject is not None:
            return site.index.entity_of(subject.idx, subject.idx + len(subject.text))
        if verb.head is verb:
            break
        verb = verb.head
    return None


@source_rule("sources.frame_carry", order=910, scope="article")
def frame_carry(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """Carry-over: the speaker's next quotations keep an interview (or "told OUTLET") link until the frame ends.

    A frame ends at another frame, a new speaker named, or a section break;
    a quotation inside another one's words neither takes nor ends it.
    """
    if not sites:
        return []
    text = sites[0].text
    breaks = _section_breaks(text)
    order = sorted(range(len(sites)), key=lambda i: (sites[i].quote.start, -sites[i].quote.end))
    out: list[tuple[int, Proposal]] = []
    frame: _Frame | None = None
    covered = -1
    for i in order:
        site = sites[i]
        if site.quote.end <= covered:
            continue  # inside an earlier claim's words
        covered = max(covered, site.quote.end)
        own = _frame_link(site)
        if own is not None:
            frame = _Frame(_frame_entity(site, own), own, site.quote.end)
        elif frame is not None and _carries(frame, site, text, breaks):
            out.append((i, Proposal(frame.link, OUTER_RANK)))
            frame.end = site.quote.end
        elif frame is not None and site.speaker_entity not in {None, frame.entity} and not _pronoun(site):
            frame = None  # a new speaker, named (a pronoun resolved elsewhere does not end the frame)
    return out
