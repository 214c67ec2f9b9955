"""Documents that an outlet obtained, saw or cited: their later quotations reach us through that outlet too.

"The Herald obtained the memo. In it, Tully wrote that ..." and "Citing a memo from the ministry, the
Sentinel reported that .... The memo said ..." : the words quoted from the document after it was
introduced were read by the outlet, though their own sentence does not say so. The rule reads the text
once for the introductions and every claim once, in text order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..._model import SourceLink
from ._chain import link
from ._index import Found
from ._outlets import OUTER_RANK, outlet_found
from ._patterns import DOCUMENT_NOUNS
from ._patterns import PATTERNS as SOURCE_PATTERNS
from ._site import ClaimSite, Proposal, source_rule

PATTERNS: dict[str, re.Pattern[str]] = {
    # "a memo seen by the Gazette", "documents obtained by the Post", "a copy obtained by the Post" (a copy of the
    # document named before it): the outlet follows "by".
    "seen_by": re.compile(
        rf"\b(?P<noun>{DOCUMENT_NOUNS}|copy|copies)\b[^.\n]{{0,60}}?\b(?:seen|obtained|reviewed|viewed|heard|(?:first\s+)?reported"
        r"|carried|published)\s+(?:by|in)\s+",
        re.IGNORECASE,
    ),
    # "The Herald obtained the memo", "The newspaper, which obtained a copy of the letter", "The Post has seen a
    # draft": the outlet precedes (seen only after "has" / "had").
    "obtained": re.compile(
        r"\b(?:obtained|seen|saw|reviewed)\s+"
        rf"(?:a\s+copy\s+of\s+|copies\s+of\s+)?(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,4}}?(?P<noun>{DOCUMENT_NOUNS})\b",
        re.IGNORECASE,
    ),
    # What may stand between the outlet and "obtained": ", which has", "also", "has".
    "obtained_gap": re.compile(r"(?:,\s*which\s+)?(?:has\s+|had\s+)?(?:also\s+)?(?:has\s+|had\s+)?\Z"),
    # "In the letter, X wrote", "In it, X wrote", "In that memo", "In one email", "In another," (one of the
    # documents held, named by the noun or not at all): a claim read from the document.
    "in_document": re.compile(
        r"\b(?:In|On)\s+(?:it|another(?=\s*,)|(?P<det>the|that|this|one|another|a\s+(?:second|third|later|further))\s+"
        rf"(?:[\w-]+\s+){{0,2}}?(?P<noun>{DOCUMENT_NOUNS}))\b",
        re.IGNORECASE,
    ),
    # "X wrote that ...", "she writes": a claim its author wrote, read from the document held in the passage.
    "wrote": re.compile(r"\A(?:wrote|writes|had\s+written|has\s+written)\Z", re.IGNORECASE),
    # "They show that X told ...", "The minutes record that ...", "It shows": what a document held shows.
    "document_shows": re.compile(
        rf"\b(?:they|it|(?:the|that|this)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{DOCUMENT_NOUNS}))\s+(?:also\s+)?"
        r"(?:show|shows|showed|record|records|recorded|reveal|reveals|revealed|suggest|suggests|suggested)\b",
        re.IGNORECASE,
    ),
    # "The memo said", "the letter says": the document as the speaker mention.
    "document_speaker": re.compile(
        rf"^(?:the|that|this)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{DOCUMENT_NOUNS})$", re.IGNORECASE
    ),
}
"""Regular expressions of this module, one construction each."""

PASSAGE_BREAKS = 1
"""Paragraph breaks a document's frame survives: it holds in its paragraph and the next."""


@dataclass(frozen=True)
class _Held:
    """A document an outlet holds: its noun, the outlet's link and where the introduction ends."""

    noun: str
    link: SourceLink
    end: int
    later: tuple[SourceLink, ...] = ()


def _stem(noun: str) -> str:
    """A document noun without case, hyphen or plural ending ("E-mails": "email")."""
    word = noun.lower().replace("-", "")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _introductions(site: ClaimSite) -> list[_Held]:
    """The documents the article says an outlet obtained or saw, in text order."""
    text, index = site.text, site.index
    held = []
    for match in PATTERNS["seen_by"].finditer(text):
        line_end = text.find("\n", match.end())
        found = index.after(match.end(), len(text) if line_end < 0 else line_end)
        outlet = outlet_found(site, found) if found is not None else None
        if outlet is not None and found is not None:
            later = _later_relays(site, found.mention.end)
            noun = _copied(text, match.start()) if match["noun"].lower() in _COPIES else _stem(match["noun"])
            held.append(_Held(noun, link("reported_by", found.mention, outlet), match.end(), later))
    for match in PATTERNS["obtained"].finditer(text):
        gap = PATTERNS["obtained_gap"].search(text, max(0, match.start() - 30), match.start())
        if gap is None or (match.group(0).lower().startswith("seen") and not re.search(r"ha[sd]\s+\Z", gap.group(0))):
            continue  # "seen" only as "has seen": "a memo seen by" is the other construction
        found = index.before(gap.start(), max(0, match.start() - 200))
        outlet = outlet_found(site, found) if found is not None else None
        if outlet is not None:
            held.append(_Held(_stem(match["noun"]), link("reported_by", outlet.mention, outlet), match.end()))
    return sorted(held, key=lambda h: h.end)


_DOCUMENT_WORD = re.compile(rf"\b(?P<noun>{DOCUMENT_NOUNS})\b", re.IGNORECASE)
"""A document noun anywhere ("memo", "letters")."""


def _copied(text: str, at: int) -> str:
    """The document a copy is of: the one named earlier in its sentence, else "copy".

    "A memo from X warned ..., according to a copy obtained by Y": Y holds the memo.
    """
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), at - 400, 0)
    for match in _DOCUMENT_WORD.finditer(text, start, at):
        return _stem(match["noun"])
    return "copy"


_COPIES = frozenset({"copy", "copies"})
"""A copy of a document: the document named before it ("a memo ..., according to a copy obtained by Y")."""


_LATER = re.compile(
    r"[ ]*,?[ ]+(?:and[ ]+)?(?:(?:later|since|subsequently|independently|also|then)[ ]+)?"
    r"(?:confirmed|verified|corroborated|authenticated|published|reported)[ ]+(?:by|in)[ ]+"
)
"""A further hop after the outlet that holds a document: "first obtained by Y and later confirmed by Z"."""


def _later_relays(site: ClaimSite, at: int) -> tuple[SourceLink, ...]:
    """The outlets that confirmed or published a document after the one that obtained it (in text order)."""
    out: list[SourceLink] = []
    text = site.text
    while len(out) < 3:
        match = _LATER.match(text, at)
        line_end = text.find("\n", at)
        found = site.index.after(match.end(), len(text) if line_end < 0 else line_end) if match else None
        outlet = outlet_found(site, found) if found is not None else None
        if outlet is None or found is None:
            break
        out.append(link("reported_by", found.mention, outlet))
        at = found.mention.end
    return tuple(out)


def _cited(site: ClaimSite) -> _Held | None:
    """The document a claim's outlet cites ("Citing a memo from X, the Sentinel reported"), if any."""
    pairs = zip(site.chain.links, site.chain.ranks, strict=True)
    for old, rank in pairs:
        if old.relation == "citing" and rank >= OUTER_RANK and old.span is not None:
            noun = re.search(rf"\b({DOCUMENT_NOUNS})\b", old.span.text, re.IGNORECASE)
            if noun is not None:
                return _Held(_stem(noun.group(1)), old, site.quote.end)
    return None


def _reads_document(site: ClaimSite) -> str | None:
    """The document noun a claim is read from ("In the letter, X wrote": "letter"; "In it": ""), else ``None``."""
    speaker = site.quote.speaker
    if speaker is not None:
        named = PATTERNS["document_speaker"].match(speaker.text.strip())
        if named is not None:
            return _stem(named["noun"])
    start, end = site.region
    for match in PATTERNS["in_document"].finditer(site.text, start, end):
        if not site.quote.content.start <= match.start() < site.quote.content.end:
            definite = match["det"] is not None and match["det"].lower() in {"the", "that", "this"}
            return _stem(match["noun"]) if match["noun"] and definite else ""  # "In one message": any held
    shows = PATTERNS["document_shows"].search(site.text, start, site.quote.start)
    if shows is not None:  # "They show that the chair told directors ...": the claim is read from the document
        return _stem(shows["noun"]) if shows["noun"] else ""
    cue = site.quote.cue
    if (
        cue is not None
        and PATTERNS["wrote"].match(cue.text)
        and not SOURCE_PATTERNS["frame_bare"].search(site.text, start, end)
    ):
        return ""  # "Quill wrote that ..." in the passage about the memo: what she wrote is the memo
    return None


LOOK_BACK = 6
"""How many of the latest documents a claim is matched against (a bounded look-back keeps the rule linear)."""


def _latest(available: list[_Held], noun: str, text: str, at: int) -> _Held | None:
    """The latest document introduced before ``at``, in its paragraph or the one before, that the noun names."""
    for document in reversed(available[-LOOK_BACK:]):
        if document.end > at:
            continue
        if text.count("\n\n", document.end, at) > PASSAGE_BREAKS:
            return None
        if noun in {"", document.noun}:
            return document
    return None


@source_rule("sources.document_carry", order=908, scope="article")
def document_carry(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """Documents an outlet obtained, saw or cited: a later claim read from one ("In the letter", "The memo said").

    The claim gets the outlet's link (``reported_by``, or ``citing`` for a cited document) when the
    document was introduced in its paragraph or the one before, and it has no relay of its own; the outlets
    that later confirmed or published it ("first obtained by Y and later confirmed by Z") follow, outermost.
    """
    if not sites:
        return []
    text = sites[0].text
    held = _introductions(sites[0])
    available: list[_Held] = []  # the documents introduced so far, by where their introduction ends
    out: list[tuple[int, Proposal]] = []
    cursor = 0
    for i in sorted(range(len(sites)), key=lambda i: sites[i].quote.start):
        site = sites[i]
        while cursor < len(held) and held[cursor].end <= site.quote.start:
            bisect.insort(available, held[cursor], key=lambda h: h.end)
            cursor += 1
        own = _cited(site)
        if own is not None:
            bisect.insort(available, own, key=lambda h: h.end)
            continue
        noun = _reads_document(site)
        if noun is None or any(rank >= 2 for rank in site.chain.ranks):
            continue
        document = _latest(available, noun, text, site.quote.start)
        if document is not None:  # a holder credited as the speaker of "They show ..." becomes the relay it is
            out.append((i, Proposal(document.link, OUTER_RANK, replace=any(r < 0 for r in site.chain.ranks))))
            out.extend((i, Proposal(later, OUTER_RANK + 1 + n)) for n, later in enumerate(document.later))
    return out


def document_maker(site: ClaimSite, found: Found, limit: int) -> Found | None:
    """Who made public the document a relay names: "according to a transcript released by Y" (Y), else ``None``.

    The maker is named right after the document ("a new book by the journalist Y"); a definite document
    with no maker of its own ("according to the transcript") is the latest one of that noun introduced with
    its maker in its paragraph or the one before.

    Args:
        site: The claim.
        found: The relay's source, a document phrase or not.
        limit: Where the attribution stretch ends.

    """
    phrase = SOURCE_PATTERNS["document_phrase"].match(found.mention.text.strip())
    if phrase is None:
        return None
    text, index = site.text, site.index
    after = SOURCE_PATTERNS["document_by"].match(text, _noun_start(found, phrase), min(limit, found.mention.end + 60))
    if after is not None:
        maker = index.after(after.end(), limit)
    elif found.mention.text.lower().startswith(("the ", "this ", "that ")):
        maker = index.document_maker(_stem(phrase["noun"]), found.mention.start)
    else:
        return None
    return _role_named(site, _possessed(site, maker)) if maker is not None else None


_POSSESSIVES = frozenset({"his", "her", "their", "its", "our"})
"""Possessive pronouns, found as a mention of their owner although they open another noun phrase."""


def _possessed(site: ClaimSite, found: Found) -> Found:
    """A possessive pronoun's whole phrase ("his office", not "his": the minister), else the mention as found."""
    if found.mention.text.lower() not in _POSSESSIVES:
        return found
    span = site.doc.char_span(found.mention.start, found.mention.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].dep_ != "poss":
        return found
    head = span[0].head
    end = head.idx + len(head.text)
    return site.index.found(found.mention.start, end, site.index.entity_of(head.idx, end))


_ROLE_THEN_NAME = re.compile(r"(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\Z")
"""A role written before a name with no comma: "the journalist" (Ruth Ekwall)."""

_NAME_AFTER = re.compile(r"[ ]+(?P<name>[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,3})")
"""The capitalised name right after such a role."""


def _role_named(site: ClaimSite, found: Found) -> Found:
    """The person a role phrase introduces ("the journalist Ruth Ekwall": Ruth Ekwall), else the phrase itself."""
    if not _ROLE_THEN_NAME.fullmatch(found.mention.text):
        return found
    name = _NAME_AFTER.match(site.text, found.mention.end)
    if name is None:
        return found
    start, end = name.span("name")
    return site.index.found(start, end, site.index.entity_of(start, end))


def _noun_start(found: Found, phrase: re.Match[str]) -> int:
    """Where the document noun of a relay's mention starts in the text."""
    return found.mention.start + (len(found.mention.text) - len(found.mention.text.lstrip())) + phrase.start("noun")
