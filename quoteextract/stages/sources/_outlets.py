"""Which sources are news outlets, and which outlet a back-reference ("the station") stands for.

An outlet a speaker told or gave an interview to is an outer link of the
chain (``told``, ``interview``); a person told ("told reporters", "told the
jury") is only the addressee. The words of the source decide
(:mod:`quoteextract.lang.en._outlets`), since the named-entity layer types
local papers and call signs unreliably.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en._outlets import outlet_noun, staff_noun
from ._index import Found, described_outlet, outlet_name
from ._patterns import PATTERNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._site import ClaimSite

OUTER_RANK = 4
"""Chain rank of an outlet the words were told or given to: outermost, with ``reported_by``."""


def outlet_text(text: str) -> bool:
    """Whether a source's words name an outlet ("the Dunmore Herald", "KWPX", "this newspaper")."""
    return not staff_noun(text) and (outlet_name(text) or outlet_noun(text))


_STATE_MEDIA = re.compile(
    r"(?:the\s+)?state(?:-run|-owned|-controlled)?\s+(?:media|television|TV|radio|broadcaster|news\s+agency|press)"
    r"|(?:the\s+)?(?:local|national|regional|foreign|international)\s+(?:news\s+)?(?:media|press|television|TV|radio"
    r"|outlets|newspapers)",
    re.IGNORECASE,
)
"""Media named by what they are, not by a name ("in remarks carried by state television", "in comments to local
media", "told foreign media"): an outlet with no name."""

_BROADCAST_AFTER = re.compile(r"[ ]+(?:television|TV|channel|broadcaster)\b")
"""What a broadcaster is, written right after its name ("Al Sharq television")."""

_OWN_PLATFORM = re.compile(
    r"(?:the\s+)?(?P<owner>his|her|their|its|our|(?:[\w'’-]+\s+){0,3}?[\w'’-]+['’]s?)\s+(?:own\s+|official\s+"
    r"|personal\s+)?(?:website|site|web\s+page|page|account|blog|feed)",
    re.IGNORECASE,
)
"""A platform someone owns ("the club's website", "her own page"): the speaker's own medium, not an outlet."""


def own_platform(text: str) -> bool:
    """Whether a mention is a website, page or channel of someone not an outlet ("the club's website")."""
    match = _OWN_PLATFORM.fullmatch(text.strip())
    if match is None:
        return False
    owner = re.sub(r"['’]s?\Z", "", match["owner"])
    return not (outlet_text(owner) or outlet_text("the " + owner))


def outlet_found(site: ClaimSite, found: Found) -> Found | None:
    """The outlet a located source stands for, or ``None`` when it is not one.

    A named outlet stands for itself; a common-noun back-reference ("the
    station", "this newspaper") stands for the latest outlet entity named
    before it, or for itself when none was. State media named by what it is
    ("state television") is an outlet.
    """
    if _STATE_MEDIA.fullmatch(found.mention.text.strip()):
        return found
    index = site.index
    names = [found.mention.text]
    if site.text[max(0, found.mention.start - 4) : found.mention.start].lower() == "the ":
        names.append("the " + found.mention.text)  # "the Dale Post" is a paper, "Dale Post" may be a person
    if found.entity is not None and found.entity in index.entities:
        names.append(index.entities[found.entity].name)
    if any(staff_noun(n) for n in names[:1]):
        return None
    if any(outlet_name(n) for n in names) or described_outlet(site.text, found.mention.start, found.mention.end):
        return found
    if _BROADCAST_AFTER.match(site.text, found.mention.end) and found.mention.text[:1].isupper():
        return found  # "an interview with Al Sharq television": the name, then what it is
    if _describes_itself(found.mention.text):  # "the business daily Finanzblatt": description and name in one
        return found
    if (found.entity is not None and found.entity in index.agencies) or index.wire_agency(found.mention.text):
        return found
    if PATTERNS["agency_back"].match(found.mention.text):  # "told the agency": the news agency named before
        return index.latest_outlet(found.mention.start, agency=True)
    if not outlet_noun(found.mention.text):
        return None
    return outlet_meant(site, found)


def outlet_meant(site: ClaimSite, found: Found) -> Found:
    """The outlet a common-noun description stands for ("the programme", "the student newspaper, the Voice,").

    The name set in apposition right after it, else the latest outlet named before it with the same noun
    ("the Grandstand programme" for "the programme"), else the latest outlet named before it, else itself.
    """
    named = _named_after(site, found)
    if named is not None:
        return named
    noun = found.mention.text.split()[-1].lower()
    return site.index.latest_outlet(found.mention.start, noun=noun) or found


def _named_after(site: ClaimSite, found: Found) -> Found | None:
    """The capitalised name set in apposition right after an outlet's description ("the club's podcast, The End")."""
    match = PATTERNS["appositive_name"].match(site.text, found.mention.end, found.mention.end + 60)
    if match is None:
        return None
    start, end = match.span("name")
    return site.index.found(start, end, site.index.entity_of(start, end))


def object_outlet(site: ClaimSite, verb: Token) -> Found | None:
    """The outlet a speech verb's object names ("told the Herald", "tells KWPX"), if any."""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            ident = site.index.entity_of(start, end)
            found = outlet_found(site, site.index.found(start, end, ident))
            if found is not None:
                return found
    return None


def _describes_itself(text: str) -> bool:
    """Whether a mention is an outlet's description followed by its name ("the business daily Finanzblatt")."""
    name = re.search(r"\s(?=[A-Z])", text)
    return name is not None and PATTERNS["described_before"].search(text[: name.start()] + " ") is not None
