"""Citation: "Y reported, citing X", "citing the paper Z, which cited X" (scope ``segment``).

X is the speaker and each outlet that cites is a ``citing`` link, the innermost nearest X: "the daily Y
reported, citing the website Z, which cited two officials" is the officials › Z citing › Y citing. A speaker
citing evidence ("the minister said, citing police figures") is the claim's own source, with no link.
"""

from __future__ import annotations

import re

from ._chain import link
from ._index import Found
from ._outlets import OUTER_RANK, outlet_found, outlet_text
from ._patterns import RANK
from ._site import Proposal, SegmentSite, source_rule


@source_rule("sources.citing", order=250, scope="segment")
def citing(seg: SegmentSite) -> list[Proposal]:
    """Citation: in "Y reported, citing X" X is the speaker and the outlet Y relays X (``citing``).

    Only when speaker resolution credited the claim to X (the source an outlet
    cites); a speaker citing evidence ("the minister said, citing police
    figures") is the claim's own source, with no link for the evidence.
    """
    claim = seg.claim
    speaker = claim.quote.speaker
    if speaker is None:
        return []
    out = []
    matches = list(seg.matches("citing"))
    relayers = [_relative_citer(seg, match) for match in matches]
    for k, match in enumerate(matches):
        found = _cited_people(seg, seg.start + match.end()) or claim.index.after(seg.start + match.end(), seg.end)
        relayer = relayers[k]
        if found is not None and relayer is not None:  # "Y reported, citing Z, which cited X": Z cites X
            out.extend(_relative_citing(seg, match, found, relayer))
            continue
        cites_on = k + 1 < len(matches) and relayers[k + 1] is not None  # Z, cited here, cites someone in turn
        if found is not None and (claim.speaker_entity is None or found.entity != claim.speaker_entity):
            out.extend(_outlet_citing(seg, match, found, speaks=not cites_on))  # the claim left to the outlet
        if found is None or claim.speaker_entity is None or found.entity != claim.speaker_entity:
            continue
        citer = claim.index.entity_of(speaker.start, speaker.end)
        if citer != claim.speaker_entity and (citer is not None or outlet_text(speaker.text)):
            named = claim.index.found(speaker.start, speaker.end, citer)
            outlet = outlet_found(claim, named) or named  # "the newspaper": the outlet named before
            out.append(Proposal(link("citing", seg.words(match, found), outlet), OUTER_RANK, replace=True))
    return out


def _relative_citing(seg: SegmentSite, match: re.Match[str], found: Found, relayer: Found) -> list[Proposal]:
    """Z's ``citing`` link inside the outer outlet's, and X's own link when speaker resolution left the claim."""
    claim = seg.claim
    words = seg.words(match, found)
    out = [Proposal(link("citing", words, relayer), RANK["citing"])]
    speaker = claim.quote.speaker
    own = claim.index.entity_of(speaker.start, speaker.end) if speaker is not None else None
    if found.entity is None or found.entity != claim.speaker_entity:
        if claim.speaker_entity is None or claim.speaker_entity in {own, relayer.entity}:
            out.append(Proposal(link("said", words, found), rank=-1))
    return out


def _relative_citer(seg: SegmentSite, match: re.Match[str]) -> Found | None:
    """The outlet a relative "which cited" hangs on ("citing the website Port9, which cited two people").

    Only a news outlet other than the claim's speaker mention: that outlet cited the people, and the outlet
    that cited it relays the two (three deep: the people, then it, then the outer outlet).
    """
    if not match.group(0).lower().startswith(("which", "who")):
        return None
    claim = seg.claim
    at = seg.start + match.start()
    span = claim.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span[0].head
    if verb.dep_ != "relcl" or verb.head.i >= span[0].i:
        return None
    noun = verb.head  # the phrase the relative clause hangs on ("the news website Port9")
    start, end = noun.left_edge.idx, noun.idx + len(noun.text)
    speaker = claim.quote.speaker
    if speaker is not None and speaker.start <= start < speaker.end:
        return None
    return outlet_found(claim, claim.index.found(start, end, claim.index.entity_of(start, end)))


_CITED_PEOPLE = re.compile(
    r"\b(?:sources?|officials?|people|persons|executives?|aides?|diplomats?|officers?|insiders?|employees?"
    r"|advisers?|advisors?|lawyers?|ministers?|members?|staff|negotiators?|investigators?|managers?|directors?)\b",
    re.IGNORECASE,
)
"""Heads of the unnamed sources an outlet cites ("citing two officials"), as against evidence ("citing figures")."""


_PEOPLE_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "nmod", "quantmod", "advmod"})
"""Dependents before a noun inside its phrase ("two *senior Danish* executives")."""


def _cited_people(seg: SegmentSite, at: int) -> Found | None:
    """The whole phrase of the people an outlet cites ("citing two Danish executives"), from the parse.

    "which cited three council officials involved in the talks": the mention index alone may offer a word
    inside the phrase ("Danish", a nationality) or nothing at all. ``None`` when the words at ``at`` are not
    people.
    """
    claim = seg.claim
    span = claim.doc.char_span(at, min(seg.end, at + 1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span[0]
    for _ in range(4):
        if head.dep_ not in _PEOPLE_MODIFIERS or head.head is head:
            break
        head = head.head
    if head.pos_ != "NOUN" or not _CITED_PEOPLE.fullmatch(head.text) or head.idx < at:
        return None
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    if start < at or end > seg.end:
        return None
    ident = claim.index.entity_of(head.idx, head.idx + len(head.text))  # not a nationality's ("Danish")
    entity = claim.index.entities.get(ident) if ident is not None else None
    if entity is not None and not any(start <= m.start and m.end <= end for m in entity.mentions):
        ident = None  # a longer mention that only holds the phrase ("the Gazette, which cited three officials")
    return claim.index.found(start, end, ident)


def _outlet_citing(seg: SegmentSite, match: re.Match[str], found: Found, speaks: bool = True) -> list[Proposal]:
    """An outlet left with a claim it reports "citing Z" ("X ..., the daily Y reported, citing Z"): Z said it.

    Y is then ``citing``. Only when the speaker mention is a news outlet and the source cited is a named one
    or people ("two executives", "sources familiar with the plans"), not evidence ("citing police figures").
    Z does not speak (``speaks`` false) when it cites someone in turn ("citing Z, which cited two officials").
    """
    claim = seg.claim
    speaker = claim.quote.speaker
    assert speaker is not None
    own = claim.index.entity_of(speaker.start, speaker.end)  # the outlet's own entity, not the speaker credited
    outlet = outlet_found(claim, claim.index.found(speaker.start, speaker.end, own))
    if outlet is None or (speaks and found.entity is None and not _CITED_PEOPLE.search(found.mention.text)):
        return []  # (an outlet that cites someone in turn is cited, whatever its name)
    if re.search(r"\b(?:from|of|by|in|on)\b", claim.text[seg.start + match.end() : found.mention.start]):
        return []  # "citing figures from the port": evidence, whoever issued it
    if found.entity is not None and found.entity == outlet.entity:
        return []
    words = seg.words(match, found)
    cited = Proposal(link("citing", words, outlet), OUTER_RANK, replace=True)
    if not speaks or (claim.speaker_entity is not None and claim.speaker_entity not in {own, outlet.entity}):
        return [cited]  # speaker resolution already credited the claim to the people cited
    return [Proposal(link("said", words, found), rank=-1), cited]
