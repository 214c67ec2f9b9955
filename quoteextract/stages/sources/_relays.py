"""Relays the first rules miss: a statement read out by someone, and unnamed sources known through one outlet.

"In a statement read out by her lawyer, Vell said ...": the lawyer passed the
singer's words on (``reported_by``). "Two people familiar with the talks told
the Ledger ... A deal could come next month, the two people said": an unnamed
source exists for the reader only through the outlet that spoke to it, so its
later claims keep that outlet's link.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..._model import Span
from ...lang.en._speaker_lexicon import pronouns
from ._chain import link
from ._documents import document_maker
from ._index import Found
from ._outlets import OUTER_RANK, outlet_found
from ._patterns import DOCUMENT_NOUNS
from ._site import ClaimSite, Proposal, SegmentSite, source_rule

if TYPE_CHECKING:
    from spacy.tokens import Token

_THROUGH_OUTLET = frozenset({"told", "citing", "interview", "reported_by"})
"""Outer relations by which an outlet got an unnamed source's words: told, cited, interviewed, or quoted and
reported ("A senior official, quoted by the Daily, said"; "according to three people ..., as first reported by
Y"): the reader knows the unnamed source only through that outlet (an outlet, :func:`_outlet_link`)."""


@source_rule("sources.read_out", order=243, scope="segment")
def read_out(seg: SegmentSite) -> list[Proposal]:
    """Reader: in "a statement read out by her lawyer, X said", the lawyer relays X's words (``reported_by``).

    Anyone may read a statement out (a lawyer, a prosecutor, a spokesman, a presenter), so the reader need
    not be an outlet; a speaker reading out their own statement is no relay.
    """
    out = []
    claim = seg.claim
    for match in seg.matches("read_out"):
        found = _reader(claim, seg.start + match.end(), seg.end) or claim.index.after(seg.start + match.end(), seg.end)
        if found is None or (found.entity is not None and found.entity == claim.speaker_entity):
            continue
        out.append(Proposal(link("reported_by", seg.words(match, found), found)))
    for match in seg.matches("read_out_active"):  # "Her agent read out a statement in which X said"
        found = claim.index.before(seg.start + match.start(), seg.start)
        if found is not None and (found.entity is None or found.entity != claim.speaker_entity):
            words = Span.of(claim.text, found.mention.start, seg.start + match.end())
            out.append(Proposal(link("reported_by", words, found)))
    return out


def _reader(claim: ClaimSite, pos: int, limit: int) -> Found | None:
    """Who read a statement out, from the parse: the name set in apposition ("her lawyer, Jo Pierce"), else the phrase.

    "her lawyer" alone would be found as "her", the author herself; the reader is the phrase's head noun.
    """
    span = claim.doc.char_span(pos, min(limit, pos + 1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span[0] if span[0].dep_ == "pobj" else span[0].head
    if head.dep_ != "pobj" or head.idx >= limit:
        return None
    for child in head.children if head.pos_ != "PROPN" else ():  # "prosecutor Lena Hartwig" is named already
        if child.dep_ == "appos" and any(t.pos_ == "PROPN" for t in child.subtree):
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            if end <= limit:
                return claim.index.found(start, end, claim.index.entity_of(start, end))
    start = head.left_edge.idx
    end = head.idx + len(head.text)
    return claim.index.found(start, end, claim.index.entity_of(head.idx, end))


def _unnamed(site: ClaimSite, seen: dict[int, bool]) -> bool:
    """Whether the claim's speaker is an unnamed person ("two people familiar with the talks", "the official").

    Speaker resolution marks some such sources ``anonymous``; others are told by their mentions: no mention
    holds a proper noun ("Two engineers who took part", "the engineers"), and none is an organisation's.
    Each entity is judged once per article (``seen``), so the rule stays linear.
    """
    ident = site.speaker_entity
    entity = site.index.entities.get(ident) if ident is not None else None
    speaker = site.quote.speaker
    if entity is None:  # "the two people", left without an entity: its own words tell
        return speaker is not None and _no_name(site, [speaker])
    if entity.id not in seen:
        seen[entity.id] = entity.type != "organisation" and (
            entity.anonymous is not None or _no_name(site, entity.mentions)
        )
    return seen[entity.id]


def _no_name(site: ClaimSite, mentions: Sequence[Span]) -> bool:
    """Whether no mention holds a proper noun (and there is one)."""
    for mention in mentions:
        span = site.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or any(token.pos_ == "PROPN" and token.ent_type_ != "NORP" for token in span):
            return False  # a name; a nationality ("a senior Eshtari negotiator") is no name
    return bool(mentions)


def _outlet_link(site: ClaimSite) -> Proposal | None:
    """The outer link by which an outlet got the claim's words itself ("told the Ledger", "the Ledger, citing")."""
    for old, rank in zip(site.chain.links, site.chain.ranks, strict=True):
        if rank < OUTER_RANK or old.relation not in _THROUGH_OUTLET or old.mention is None:
            continue
        found = site.index.found(old.mention.start, old.mention.end, old.entity)
        if outlet_found(site, found) is not None:
            return Proposal(old, OUTER_RANK)
    return None


def _bare(site: ClaimSite) -> bool:
    """Whether a claim's chain is its speaker alone, saying it ("..., the two people said"): no frame, no relay."""
    links = site.chain.links
    return len(links) == 1 and links[0].relation in {"said", "unknown"}


@source_rule("sources.unnamed_outlet", order=912, scope="article")
def unnamed_outlet(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """Unnamed sources: the outlet an unnamed source spoke to holds for its later claims ("the two people said").

    "Two people familiar with the review told Reuters that ... The review could take three months, the two
    people said": the reader knows the two people only through Reuters, so the later claim keeps
    "Reuters (told)", also across paragraphs and after other speakers' claims. Only a claim whose chain
    is its speaker alone takes the link (one with its own frame or relay keeps that); named speakers are
    left to the carry-over of frames (``sources.frame_carry``).
    """
    order = sorted(range(len(sites)), key=lambda i: sites[i].quote.start)
    known: dict[int | str, Proposal] = {}
    firsts: dict[str, tuple[int, Proposal]] = {}  # the first unnamed source of each head noun, for "the first ..."
    last: Proposal | None = None
    seen: dict[int, bool] = {}
    out: list[tuple[int, Proposal]] = []
    for i in order:
        site = sites[i]
        ident = site.speaker_entity
        cited = _cited_people(site)
        if cited is not None:  # "Y reported, citing two Chinese officials": known through Y, whoever got the name
            known.setdefault(cited[0], cited[1])
            last = cited[1]
            continue
        if site.quote.speaker is None or not _unnamed(site, seen):
            continue
        head = _head_noun(site, site.quote.speaker)
        own = _outlet_link(site)
        if own is not None:
            if ident is not None:
                known.setdefault(ident, own)
            if head is not None:
                firsts.setdefault(head, (site.quote.start, own))
                known[head] = own
            last = own
        elif _bare(site) and last is not None and _one_of_them(site):
            out.append((i, last))  # "One of them said", "The other said": of the unnamed group just named
        elif _bare(site) and (_definite(site) or _pronoun(site)):
            # the same entity ("they", "the official"), or "the two people" after "Two people familiar with ...":
            # the same head noun; a full new description ("the spokesman for the rival firm") is someone else
            later = _said_again(site, head, known, firsts)
            if later is not None:
                out.append((i, later))
    return out


def _pronoun(site: ClaimSite) -> bool:
    """Whether the claim's speaker mention is a pronoun ("they said")."""
    speaker = site.quote.speaker
    return speaker is not None and speaker.text.lower() in pronouns()


def _cited_people(site: ClaimSite) -> tuple[str, Proposal] | None:
    """The head noun of the people an outlet cites for the claim, with the outlet's ``citing`` link.

    "The port will be sold, the Post reported, citing two Danish executives": the innermost link names the
    people (``sources.citing`` reads their whole phrase), whatever entity speaker resolution gave them.
    """
    pairs = list(zip(site.chain.links, site.chain.ranks, strict=True))
    outlet = next((old for old, rank in pairs if old.relation == "citing" and rank >= OUTER_RANK), None)
    named = sorted((rank, i) for i, (old, rank) in enumerate(pairs) if rank <= 0 and old.mention is not None)
    if outlet is None or not named:
        return None
    head = _head_noun(site, pairs[named[0][1]][0].mention)  # the innermost link: the speaker
    return None if head is None else (head, Proposal(outlet, OUTER_RANK))


def _head_noun(site: ClaimSite, mention: Span | None) -> str | None:
    """The lemma of the head noun of a mention ("Two engineers who ...": "engineer").

    "one of the officials" names its noun after "of".
    """
    speaker = mention
    span = site.doc.char_span(speaker.start, speaker.end, alignment_mode="expand") if speaker is not None else None
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.lower_ in _PARTS:
        root = next((t for c in root.children if c.dep_ == "prep" for t in c.children if t.dep_ == "pobj"), root)
    if root.pos_ not in {"NOUN", "PROPN"}:
        return None
    return root.lemma_.lower()


_FIRST = re.compile(r"(?:the\s+)?first\s", re.IGNORECASE)
"""A back-reference to the first of several unnamed sources ("The first person said")."""

_ONE_OF = {"person": ("person", "people")}
"""Head nouns a singular back-reference may take up: "the person" is one of "the people" named before."""


def _said_again(
    site: ClaimSite, head: str | None, known: dict[int | str, Proposal], firsts: dict[str, tuple[int, Proposal]]
) -> Proposal | None:
    """The outlet link of the unnamed source a bare claim names again, if any.

    The same entity ("they", "the official"), else the latest source with the same head noun ("the two people"
    after "Two people familiar with ..."; "the person" after "One of the people told Y"); "the first person"
    takes the first such source, not the latest.
    """
    heads = _ONE_OF.get(head, (head,)) if head is not None and _definite(site) else ()
    speaker = site.quote.speaker
    if heads and speaker is not None and _FIRST.match(speaker.text):
        earliest = [firsts[h] for h in heads if h in firsts]
        if earliest:
            return min(earliest, key=lambda first: first[0])[1]
    ident = site.speaker_entity
    if ident is not None and ident in known:
        return known[ident]
    return next((known[h] for h in heads if h in known), None)


_PARTS = frozenset({"one", "two", "three", "some", "all", "both", "each", "neither", "either", "none", "another"})
"""Words that pick some of a group named after "of" ("one of the officials")."""

_DEFINITE_GROUP = re.compile(
    rf"(?:(?:the|these|those|both)|(?:{'|'.join(sorted(_PARTS))})\s+of\s+(?:the|these|those))"
    r"\s+(?:(?:two|three|four|five|six|\d+|first|second|third|other)\s+)?[a-z][\w-]*",
    re.IGNORECASE,
)
"""A bare definite back-reference to people named before: "the two people", "the official", "one of the
officials", "the first person" (not "the spokesman for the rival firm", which may be someone else)."""


_ONE_OF_THEM = re.compile(
    r"(?:(?:one|two|some|each|both|neither|either|none|another|several|most)\s+of\s+them|another|the\s+others?)",
    re.IGNORECASE,
)
"""Some of the unnamed group named just before: "One of them said", "The other said", "Another said"."""


def _one_of_them(site: ClaimSite) -> bool:
    """Whether the claim's speaker mention picks some of the group named before ("one of them", "the other")."""
    speaker = site.quote.speaker
    return speaker is not None and _ONE_OF_THEM.fullmatch(speaker.text.strip()) is not None


def _definite(site: ClaimSite) -> bool:
    """Whether the claim's speaker mention is a definite back-reference ("the two people", "one of the officials")."""
    speaker = site.quote.speaker
    return speaker is not None and _DEFINITE_GROUP.fullmatch(speaker.text.strip()) is not None


@source_rule("sources.document_maker", order=335)
def document_speaker_maker(site: ClaimSite) -> list[Proposal]:
    """A document credited with a claim names who made it public: "according to a screenshot captured by Y".

    "X wrote that ..., according to a screenshot of the post captured by the Echo": speaker resolution may
    leave the claim to the document; the Echo, which holds it, relays it (``reported_by``), as for a
    document named after "according to" elsewhere in the sentence.
    """
    quote, speaker = site.quote, site.quote.speaker
    if speaker is None or quote.cue is None or not quote.cue.text.lower().startswith("according"):
        return []
    found = site.index.found(speaker.start, speaker.end, speaker.entity)
    maker = document_maker(site, found, site.region[1])
    if maker is None or (maker.entity is not None and maker.entity == speaker.entity):
        return []
    words = Span.of(site.text, min(quote.cue.start, speaker.start), max(speaker.end, maker.mention.end))
    return [Proposal(link("reported_by", words, maker), OUTER_RANK)]


_REPORTED_AFTER = re.compile(
    r"(?P<owner>\b(?:His|Her|Their|Its|The|These|Those)|\b[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,2}['’]s)[ ]+"
    r"(?:comments|remarks|words|statement|quotes|interview|post|speech)[ ]+(?:were|was|had[ ]+been|have[ ]+been)[ ]+"
    r"(?:(?:first|initially|originally|earlier|later)[ ]+)?(?:reported|published|broadcast|aired|carried|quoted)"
    r"[ ]+(?:by|in|on)[ ]+"
)
"""A sentence naming the relay of the words just quoted: "Her comments were first reported by Ward Weekly"."""


@source_rule("sources.reported_after", order=906, scope="article")
def reported_after(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """A relay named after the words: "“...,” Okoro said at a briefing. Her comments were first reported by Y".

    The outlet relays (``reported_by``) the claims of that speaker written before the sentence in its
    paragraph that have no relay of their own; "her" is the speaker of the claim just before, a name
    ("Okoro's comments") the entity it names.
    """
    if not sites:
        return []
    first = sites[0]
    text = first.text
    order = sorted(range(len(sites)), key=lambda i: sites[i].quote.start)
    starts = [sites[i].quote.start for i in order]
    out: list[tuple[int, Proposal]] = []
    for match in _REPORTED_AFTER.finditer(text):
        line_end = text.find("\n", match.end())
        found = first.index.after(match.end(), len(text) if line_end < 0 else line_end)
        outlet = outlet_found(first, found) if found is not None else None
        if outlet is None:
            continue
        paragraph = text.rfind("\n", 0, match.start()) + 1
        before = order[bisect.bisect_left(starts, paragraph) : bisect.bisect_left(starts, match.start())]
        owner = _owner(first, match, before, sites)
        words = Span.of(text, match.start(), outlet.mention.end)
        for i in before:
            site = sites[i]
            relayed = any(rank >= 2 for rank in site.chain.ranks)
            if owner is not None and site.speaker_entity == owner and site.quote.end <= match.start() and not relayed:
                out.append((i, Proposal(link("reported_by", words, outlet), OUTER_RANK)))
    return out


_BACK = frozenset({"His", "Her", "Their", "Its", "The", "These", "Those"})
"""Words that point back to the speaker of the claim just before ("Her comments", "The remarks")."""


def _owner(first: ClaimSite, match: re.Match[str], before: list[int], sites: list[ClaimSite]) -> int | None:
    """Whose words the sentence means: the entity a name names, else the speaker of the claim just before."""
    if match["owner"] not in _BACK:
        return first.index.entity_of(match.start("owner"), match.end("owner"))
    return sites[before[-1]].speaker_entity if before else None


_SHOWS = frozenset({"show", "reveal", "record", "indicate", "suggest"})
"""Lemmas of the verbs by which a document relays what someone said ("Court records show X told police ...")."""

_DOCUMENT_HEADS = re.compile(rf"\A(?:{DOCUMENT_NOUNS}|records?|filings?|papers|transcripts?|recordings?)\Z", re.I)
"""Head nouns of documents that can show what someone said."""


_DEFINITE = frozenset({"the", "these", "those", "this", "that", "they", "it"})
"""First words of a document named again ("The minutes show"), whose holder an earlier sentence names."""


def _document_subject(site: ClaimSite, verb: Token) -> Found | None:
    """The document subject of a "show" verb ("Documents filed in court"), as a source, or ``None``."""
    if verb.lemma_.lower() not in _SHOWS:
        return None
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and _DOCUMENT_HEADS.match(child.text):
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            ident = site.index.entity_of(child.idx, child.idx + len(child.text))
            head = site.index.found(start, child.idx + len(child.text), ident)  # "Emails" (released by the committee)
            maker = document_maker(site, head, site.region[1])
            if maker is None and child.left_edge.lower_ in _DEFINITE:
                return None  # "The minutes show": a document introduced before, left to ``sources.document_carry``
            return maker or site.index.found(start, end, ident)
    return None


@source_rule("sources.document_shows", order=335)
def document_shows(site: ClaimSite) -> list[Proposal]:
    """A document that shows what someone said relays it: "Court records show the driver told police that ...".

    The document (or whoever made it public) is ``reported_by``, outside the people told; it reads both the
    claim "the driver told police that ..." under "show" and the claim "that ..." under "told".
    """
    verb = site.cue_root
    if verb is None:
        return []
    if verb.lemma_.lower() in _SHOWS and any(rank < 0 for rank in site.chain.ranks):  # the inner speaker is known
        found = _document_subject(site, verb)
    elif verb.dep_ in {"ccomp", "xcomp"} and verb.head is not verb:
        found = _document_subject(site, verb.head)
    else:
        found = None
    if found is None or (found.entity is not None and found.entity == site.speaker_entity and verb.lemma_ == "tell"):
        return []
    words = Span.of(site.text, found.mention.start, found.mention.end)
    return [Proposal(link("reported_by", words, found), OUTER_RANK, replace=True)]
