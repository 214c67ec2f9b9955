"""A credit line that names the outlet a passage came through: "(via The Information)" after its sentence.

News copy and blogs credit the outlet they took a report from with a bare "(via Y)" or a line "Via Y" at the
end of the passage. The sentence just before it (on its line, or ending the paragraph before when the credit
stands alone) reached the writer through Y: Y is the outermost ``reported_by`` link of its claims.
A hat tip ("h/t Y", "hat tip to Y") credits a pointer to a post or story, not a relay of the words: no link.
"""

from __future__ import annotations

import bisect
import re

from ..._model import Span
from ._chain import link
from ._index import Found
from ._outlets import OUTER_RANK
from ._site import ClaimSite, Proposal, source_rule

_VIA = re.compile(
    r"\([ ]*via[ ]+(?:the[ ]+)?(?P<paren>[A-Z@][^()\n]{0,60}?)[ ]*\)"
    r"|^[ \t]*[Vv]ia[ ]+(?:the[ ]+)?(?P<line>[A-Z@][^\n]{0,60}?)[ \t.]*$",
    re.MULTILINE,
)
"""A credit to the outlet a passage came through: "(via The Information)" or a line "Via Music Week"."""

_SENTENCE_END = re.compile(r"[.!?”\"’)][ \t]*\Z")
"""What a parenthesised credit follows when it credits the passage, not a word ("sent (via email)")."""

CREDIT_RANK = OUTER_RANK + 1
"""A credit names the last hop: after every link the passage's own words state."""


def _credit_name(site: ClaimSite, match: re.Match[str]) -> Found | None:
    """The outlet a credit names, as a source (its entity when speaker resolution made one)."""
    group = "paren" if match["paren"] is not None else "line"
    start, end = match.span(group)
    text = site.text
    if text[start : start + 4].lower() == "the ":
        start += 4
    if end <= start:
        return None
    return site.index.found(start, end, site.index.entity_of(start, end))


def _credited_stretch(site: ClaimSite, match: re.Match[str]) -> tuple[int, int]:
    """The text a credit covers: the sentence just before it (on its line, or ending the paragraph before)."""
    end = len(site.text[: match.start()].rstrip())
    if end == 0:
        return 0, 0
    span = site.doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return end, end
    return span[0].sent.start_char, end


@source_rule("sources.via_credit", order=907, scope="article")
def via_credit(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """Credit line: "(via Y)" after a passage, or a line "Via Y": Y is the outermost ``reported_by`` link.

    Every claim of the sentence the credit closes (on its line, or ending the paragraph before when the
    credit stands on a line of its own) gets the link, after its own relays ("X said in an
    interview with Z that ... (via Y)": X › Z ``interview`` › Y ``reported_by``). "sent (via email)" after a
    word, not a sentence, and a hat tip ("h/t Y") are no credit.
    """
    if not sites:
        return []
    first = sites[0]
    text = first.text
    order = sorted(range(len(sites)), key=lambda i: sites[i].quote.start)
    starts = [sites[i].quote.start for i in order]
    out: list[tuple[int, Proposal]] = []
    for match in _VIA.finditer(text):
        if match["paren"] is not None and not _SENTENCE_END.search(text, 0, match.start()):
            continue
        outlet = _credit_name(first, match)
        if outlet is None:
            continue
        start, end = _credited_stretch(first, match)
        words = Span.of(text, match.start(), match.end())
        for i in order[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]:
            site = sites[i]
            if site.quote.end > end or (outlet.entity is not None and outlet.entity in _linked(site)):
                continue
            out.append((i, Proposal(link("reported_by", words, outlet), CREDIT_RANK)))
    return out


def _linked(site: ClaimSite) -> set[int]:
    """The entities a claim's chain already links."""
    return {found.entity for found in site.chain.links if found.entity is not None}
