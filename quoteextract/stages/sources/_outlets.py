"""Which sources are news outlets, and which outlet a back-reference ("the station") stands for.

An outlet a speaker told or gave an interview to is an outer link of the
chain (``told``, ``interview``); a person told ("told reporters", "told the
jury") is only the addressee. The words of the source decide
(:mod:`quoteextract.lang.en._outlets`), since the named-entity layer types
local papers and call signs unreliably.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ...lang.en._outlets import outlet_noun, staff_noun
from ...lang.en._speaker_lexicon import org_suffixes, roles
from ...lang.en._tables import read_table
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
    channel = channel_of(site, found)  # "CNBC's Squawk Box", "the Today programme on BBC Radio 4"
    if channel is not None:
        return channel
    index = site.index
    names = [found.mention.text]
    if site.text[max(0, found.mention.start - 4) : found.mention.start].lower() == "the ":
        names.append("the " + found.mention.text)  # "the Dale Post" is a paper, "Dale Post" may be a person
    if found.entity is not None and found.entity in index.entities:
        names.append(index.entities[found.entity].name)
    if any(staff_noun(n) for n in names[:1]):
        return None
    if _named_as_outlet(site, found, names):
        return found
    local = index.local_outlet(found.mention.start, found.mention.end)
    if local is not None:
        return local  # "told the local Hollis Clarion"
    if _says_itself(site, found):
        return _named_part(site, found)
    if (found.entity is not None and found.entity in index.agencies) or index.wire_agency(found.mention.text):
        return found
    if PATTERNS["agency_back"].match(found.mention.text):  # "told the agency": the news agency named before
        return index.latest_outlet(found.mention.start, agency=True)
    if not outlet_noun(found.mention.text):
        return None
    if any(w[:1].isupper() for w in found.mention.text.split()[1:-1]):
        return found  # "the Overlap podcast": a name with its noun, not a back-reference
    return outlet_meant(site, found)


def _named_as_outlet(site: ClaimSite, found: Found, names: list[str]) -> bool:
    """Whether a name is an outlet's by its words, by a description where it is written, or by one elsewhere.

    "the Dunmore Herald"; "the local news site Alston Live"; "told Alston Live" after that description.
    """
    return (
        any(outlet_name(n) for n in names)
        or described_outlet(site.text, found.mention.start, found.mention.end)
        or site.index.described_name(found.mention.text)
    )


def _says_itself(site: ClaimSite, found: Found) -> bool:
    """Whether a name says it is an outlet by what is written with it.

    "an interview with Al Sharq television" (the name, then what it is), "the business daily Finanzblatt"
    (description and name in one), "Politico Europe", "Bloomberg Television" (a news brand, then more name).
    """
    text = found.mention.text
    if _BROADCAST_AFTER.match(site.text, found.mention.end) and text[:1].isupper():
        return True
    return _describes_itself(text) or (found.type != "person" and _brand_led(text))


def outlet_meant(site: ClaimSite, found: Found) -> Found:
    """The outlet a common-noun description stands for ("the programme", "the student newspaper, the Voice,").

    The name set in apposition right after it, else the outlet named last before it in its paragraph, else the
    latest outlet named before it with the same noun ("the Grandstand programme" for "the programme"), else the
    latest outlet named before it, else itself.
    """
    named = _named_after(site, found)
    if named is not None:
        return named
    nearest = site.index.latest_outlet(found.mention.start)
    if nearest is not None and "\n" not in site.text[nearest.mention.end : found.mention.start]:
        return nearest  # "told Channel 4 News ... “...,” she said on the programme": the outlet of its paragraph
    noun = found.mention.text.split()[-1].lower()
    latest = site.index.latest_outlet(found.mention.start, noun=noun)
    if latest is not None and _titled_with(site, latest, noun):
        return latest
    return _titled_before(site, found, noun) or latest or found


def _titled_with(site: ClaimSite, found: Found, noun: str) -> bool:
    """Whether an outlet's name is written with the noun ("the Grandstand programme", "Grandstand, the programme")."""
    after = site.text[found.mention.end : found.mention.end + len(noun) + 8].lower()
    return (
        noun in found.mention.text.lower().split()
        or re.match(rf"(?:,\s+the)?\s+{re.escape(noun)}\b", after) is not None
    )


_DETERMINERS = r"(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|My)"
"""Capitalised words that begin a description, no part of a title ("The podcast")."""


def _titled_before(site: ClaimSite, found: Found, noun: str) -> Found | None:
    """The latest title written with the description's noun before it ("the Full Ninety podcast" for "the podcast").

    A podcast or a programme is often named only with its noun ("speaking on the Full Ninety podcast"), so it is
    no entity of its own; "the podcast" later is that one, not the last newspaper named.
    """
    start = max(0, found.mention.start - 2000)
    titled = re.compile(rf"\b(?:(?!{_DETERMINERS}\s)[A-Z][\w'’&.-]*\s+){{1,4}}{re.escape(noun)}\b")
    matches = list(titled.finditer(site.text, start, found.mention.start))
    if not matches:
        return None
    match = matches[-1]
    return site.index.found(match.start(), match.end(), site.index.entity_of(match.start(), match.end()))


def _named_after(site: ClaimSite, found: Found) -> Found | None:
    """The capitalised name set in apposition right after an outlet's description ("the club's podcast, The End")."""
    match = PATTERNS["appositive_name"].match(site.text, found.mention.end, found.mention.end + 60)
    if match is None:
        return None
    start, end = match.span("name")
    ident = site.index.entity_of(start, end)
    if ident is not None and ident == site.speaker_entity:
        return None  # "which she shared with the paper, Hale wrote": the speaker, not the paper's name
    return site.index.found(start, end, ident)


@functools.cache
def _table(kind: str) -> frozenset[str]:
    """The values of one kind of row of ``outlets.tsv``."""
    return frozenset(value for row_kind, value in read_table("outlets.tsv", 2) if row_kind == kind)


def _brands() -> frozenset[str]:
    """News organisations known by their first name word ("Politico Europe", "CNBC's Squawk Box")."""
    return _table("brand")


_POSSESSOR = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,3})['’]s?\s+(?=[A-Z])")
"""A programme named with its broadcaster first: "NBC's Meet the Press", "BBC Radio Wales's Good Morning Wales"."""

_ON_CHANNEL = re.compile(r"(?:[ ]+(?:programme|program|show|bulletin))?[ ]*,?[ ]+on[ ]+(?:the[ ]+)?")
"""The "on" that names a programme's broadcaster after it ("the Today programme on BBC Radio 4"), also after
the programme's noun when the name stops before it ("the Valley Tonight programme on Channel 7")."""


def _brand_led(text: str) -> bool:
    """Whether a name opens with a news brand ("Politico Europe", "Sky Sports", "CNBC")."""
    words = text.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and re.sub(r"['’]s?\Z", "", words[0]) in _brands()


def _known_outlet(text: str) -> bool:
    """Whether a name is an outlet by its own words alone (an outlet word, a call sign, a news brand)."""
    return outlet_name(text) or _brand_led(text) or _STATE_MEDIA.fullmatch(text.strip()) is not None


def channel_of(site: ClaimSite, found: Found) -> Found | None:
    """The broadcaster of a programme named with it: its possessor, or the outlet after "on".

    "told NBC's Meet the Press", "on CBS's Face the Nation": NBC, CBS; "told the Today programme on BBC
    Radio 4", "told the World at One on Radio Kestrel": the station. The news reaches us through the
    broadcaster; a programme's name alone often says nothing.
    """
    mention = found.mention
    owner = _POSSESSOR.match(mention.text)
    if owner is not None and _known_outlet(owner["owner"]):
        start = mention.start + owner.start("owner")
        end = mention.start + owner.end("owner")
        return site.index.found(start, end, site.index.entity_of(start, end))
    on = _ON_CHANNEL.match(site.text, mention.end, mention.end + 24)
    if on is None or not (mention.text[:1].isupper() or mention.text.lower().startswith("the ")):
        return None
    channel = site.index.after(on.end(), min(len(site.text), on.end() + 60))
    if channel is None or not _known_outlet(channel.mention.text):
        return None
    return channel


_ACRONYM = re.compile(r"[A-Z][A-Z&.-]+s?")
"""A short capital name, a body's more often than an outlet's ("told NATO", "told MPs", "told the FBI")."""

_AUDIENCE_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT", "LAW", "LANGUAGE"})
"""Named-entity labels of names that are no outlet when told something (people, places, dates)."""


_NAMED_MEDIUM = re.compile(r"(?:[A-Z][\w'’&.-]*[ ]){1,4}(?:radio|television|TV|newspaper|magazine|news[ ]agency)\b")
"""A capitalised name and the medium it is ("France Inter radio", "Rai television"): an outlet, whatever its words."""


def _named_medium(site: ClaimSite, found: Found) -> Found | None:
    """The outlet a name and its medium make from ``found`` on ("told France Inter radio": not the place France)."""
    match = _NAMED_MEDIUM.match(site.text, found.mention.start)
    if match is None:
        return None
    start, end = match.start(), match.end()
    return site.index.found(start, end, site.index.entity_of(start, end))


_UNNAMED_OUTLET = re.compile(r"(?i:a|an|another|one)\s+(?![^\n]*\b[A-Z])")
"""An indefinite description that names no outlet ("a radio station", "a local newspaper", not "a Dutch daily,
De Post" or "a BBC reporter")."""


def audience_outlet(site: ClaimSite, found: Found) -> Found | None:
    """The outlet a speaker told or spoke to, also when its name says nothing ("told the Lusk Tidende").

    News writing names the outlet a speaker told without saying what it is ("told NRK", "speaking to Sky
    Sports", "told Politico Europe"). A proper name that is no person, place or date, and no body or
    organisation by its words ("told Congress", "told the Harbour Authority"), is taken for an outlet after
    "told" or "speaking to": a person or a body told is named by a common noun or a person's name far more
    often than by a bare proper name. A capital short name ("told NATO", "told MPs", "told the FBI") is left alone.
    """
    if _UNNAMED_OUTLET.match(found.mention.text):
        return None  # "told a local radio station": no outlet the reader could find, no link
    outlet = outlet_found(site, found) or _named_medium(site, found)
    if outlet is not None:
        return outlet
    words = found.mention.text.split()
    the = bool(words) and words[0].lower() == "the"
    name = words[1:] if the else words
    the = the or site.text[max(0, found.mention.start - 4) : found.mention.start].lower() == "the "
    if not _bare_name(name) or (found.entity is not None and found.entity == site.speaker_entity):
        return None
    if found.type == "person" and not the:
        return None  # "the Vardo Kurier" is no one's name: a person's takes no article
    span = site.doc.char_span(found.mention.start, found.mention.end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in _AUDIENCE_LABELS and not (the and t.ent_type_ == "PERSON") for t in span):
        return None
    return found


def _bare_name(name: list[str]) -> bool:
    """Whether words are a proper name that says nothing about what it names (no body, event or title word).

    "told NATO", "told MPs" (a capital short name), "told the Harbour Authority", "told the Shangri-La
    Dialogue" (a body's or an event's word), "told the President" (a title) are audiences, not outlets.
    """
    if not 1 <= len(name) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in name):
        return False
    bodies = org_suffixes() | _table("audience")
    if (len(name) == 1 and _ACRONYM.fullmatch(name[0])) or any(w.strip(".,") in bodies for w in name):
        return False
    return not (any(w.lower().strip(".,") in roles() for w in name) or " ".join(name).lower() in roles())


def object_outlet(site: ClaimSite, verb: Token) -> Found | None:
    """The outlet a speech verb's object names ("told the Herald", "tells KWPX"), if any."""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            ident = site.index.entity_of(start, end)
            found = audience_outlet(site, site.index.found(start, end, ident))
            if found is not None:
                return found
    return None


def _describes_itself(text: str) -> bool:
    """Whether a mention is an outlet's description followed by its name ("the business daily Finanzblatt")."""
    return _described_name_at(text) is not None


def _described_name_at(text: str) -> int | None:
    """Where the name starts in an outlet's description followed by its name, if the mention is one.

    The description may hold a capitalised word of its own: "the Ostland broadcaster OTV" (a place's) names OTV.
    """
    for name in re.finditer(r"\s(?=[A-Z])", text):
        if PATTERNS["described_before"].search(text[: name.start()] + " ") is not None:
            return name.end()
    return None


def _named_part(site: ClaimSite, found: Found) -> Found:
    """The name of an outlet written with its description ("OTV" of "the Ostland broadcaster OTV"), else itself."""
    at = _described_name_at(found.mention.text)
    if at is None or at == 0:
        return found
    start, end = found.mention.start + at, found.mention.end
    ident = site.index.entity_of(start, end)
    return site.index.found(start, end, ident) if ident is not None else found
