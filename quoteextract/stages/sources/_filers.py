"""Court papers named again: "the filing", "the lawsuit" relay for whoever filed them.

"A lawsuit filed on Thursday by the state attorney general, Rosa Delacroix, accuses .... In an email cited in
the lawsuit, X told Y that ...": the words reach the reader through the attorney general, who put them in the
lawsuit. The paper is the medium, its filer the relay, as "according to court documents filed by prosecutors"
makes the prosecutors the source.
"""

from __future__ import annotations

import re

from ._chain import link
from ._index import Found
from ._site import ClaimSite, Proposal, source_rule

_COURT_PAPERS = r"lawsuit|suit|complaint|filing|filings|documents|indictment|affidavit|papers|petition|claim"
"""Nouns of papers filed in a court, by their author (a prosecutor, a plaintiff, a regulator)."""

PATTERNS: dict[str, re.Pattern[str]] = {
    # "charging documents filed by the Crown Prosecution Service", "A lawsuit filed on Thursday by the state
    # attorney general, X,": the filer follows "by".
    "filed_by": re.compile(
        rf"\b(?P<noun>{_COURT_PAPERS})\s+(?:(?:was|were|that\s+was|which\s+was)\s+)?filed\b"
        r"(?:\s+(?:on|in|last|this|late|early|earlier)\s+\w+)?\s+(?:in\s+(?:[\w'’-]+\s+){1,3})?by\s+",
        re.IGNORECASE,
    ),
    # A court paper named again: "the filing", "the same filing", "the lawsuit", "the documents".
    "paper_again": re.compile(
        rf"^(?:the|this|that)\s+(?:same\s+|original\s+|amended\s+|civil\s+|court\s+|charging\s+)?(?P<noun>{_COURT_PAPERS})$",
        re.IGNORECASE,
    ),
}
"""Regular expressions of this module, one construction each."""

_RELAYS = frozenset({"reported_by", "according_to", "quoted", "citing"})
"""Relations of a relay link that a court paper may hold."""


def _stem(noun: str) -> str:
    """A court-paper noun, lower-cased, without a plural ending ("Filings": "filing")."""
    word = noun.lower()
    return word[:-1] if word.endswith("s") and word not in {"papers", "documents"} else word


def _filers(site: ClaimSite) -> list[tuple[int, str, Found]]:
    """The court papers the article says someone filed: (where the filer is named, the paper's noun, the filer)."""
    text, index = site.text, site.index
    out = []
    for match in PATTERNS["filed_by"].finditer(text):
        line_end = text.find("\n", match.end())
        limit = len(text) if line_end < 0 else line_end
        found = index.after(match.end(), limit)
        if found is not None and found.entity is None:  # "by the state attorney general, X,": the name set after
            comma = re.compile(r",\s*").match(text, found.mention.end)
            found = index.after(comma.end(), limit) if comma is not None else None
        if found is not None and found.entity is not None:
            out.append((match.end(), _stem(match["noun"]), found))
    return out


def _filer_of(filers: list[tuple[int, str, Found]], noun: str, before: int) -> Found | None:
    """The filer of the latest paper filed before an offset, the same noun first ("the lawsuit": the lawsuit's)."""
    earlier = [(at, paper, found) for at, paper, found in filers if at <= before]
    same = [found for _, paper, found in earlier if paper == noun]
    if same:
        return same[-1]
    return earlier[-1][2] if earlier else None


def _only_paper(site: ClaimSite, entity: int) -> bool:
    """Whether an entity is the court paper itself ("the filing" taken for a speaker), no one who filed it."""
    known = site.index.entities.get(entity)
    return known is not None and PATTERNS["paper_again"].match(known.name.strip()) is not None


@source_rule("sources.paper_filer", order=920, scope="article")
def paper_filer(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """A court paper named again as a relay ("cited in the same filing", "According to the complaint") is its filer.

    The article said who filed it ("charging documents filed by the Crown Prosecution Service", "A lawsuit filed
    by the state attorney general, X"); the relay link keeps its words and gets the filer as its source. A paper
    whose filer the article never names stays as it is.
    """
    if not sites:
        return []
    filers = _filers(sites[0])
    if not filers:
        return []
    out = []
    for i, site in enumerate(sites):
        for old, rank in zip(site.chain.links, site.chain.ranks, strict=True):
            if rank < 2 or old.relation not in _RELAYS or old.mention is None:
                continue
            paper = PATTERNS["paper_again"].match(old.mention.text.strip())
            if paper is None or (old.entity is not None and not _only_paper(site, old.entity)):
                continue
            filer = _filer_of(filers, _stem(paper["noun"]), old.mention.start)
            if filer is None or filer.entity == site.speaker_entity:
                continue
            found = Found(old.mention, filer.entity)
            out.append((i, Proposal(link(old.relation, old.span or old.mention, found), rank, replace=True)))
    return out
