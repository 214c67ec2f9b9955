"""One claim's chain of sources while it is being built, and the text its rules read."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..._model import Quotation, SourceLink, Span
from ._patterns import PATTERNS, RANK

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ._index import Found


def plain(span: Span) -> Span:
    """``span`` as a plain :class:`Span` (a cue or a mention loses its extra fields)."""
    return Span(span.start, span.end, span.text)


def link(relation: str, words: Span, found: Found | None, addressee: int | None = None) -> SourceLink:
    """One link from what a rule found: the relation, the words that state it, the source named."""
    return SourceLink(
        relation=relation,
        entity=found.entity if found else None,
        span=words,
        mention=found.mention if found else None,
        addressee=addressee,
    )


class Chain:
    """The links found for one claim, before ordering.

    Args:
        quote: The claim.

    """

    def __init__(self, quote: Quotation) -> None:
        self.quote = quote
        self.links: list[SourceLink] = []
        self.ranks: list[int] = []

    def add(self, link: SourceLink, rank: int | None = None) -> None:
        """Add a link; a link for an entity already linked refines or is dropped.

        Args:
            link: The link.
            rank: Its place in the chain, if not its relation's :data:`RANK`
                ("according to a statement from X" is a relay, rank 2).

        """
        rank = RANK.get(link.relation, 0) if rank is None else rank
        for i, old in enumerate(self.links):
            same = (link.entity is not None and old.entity == link.entity) or (
                link.mention is not None and old.mention == link.mention
            )
            if same:
                if RANK.get(link.relation, 0) == 0 and old.relation in {"said", "unknown", "according_to"}:
                    self.links[i] = attrs.evolve(
                        old,
                        relation=link.relation,
                        span=link.span,
                        addressee=link.addressee if link.addressee is not None else old.addressee,
                    )
                    self.ranks[i] = rank
                elif old.addressee is None and link.addressee is not None:
                    self.links[i] = attrs.evolve(old, addressee=link.addressee)
                return
        self.links.append(link)
        self.ranks.append(rank)

    def replace(self, link: SourceLink, rank: int | None = None) -> None:
        """Add a link, dropping any earlier link for the same entity (or for the same mention, left unresolved)."""

        def same(old: SourceLink) -> bool:
            if link.mention is not None and old.mention == link.mention:
                return True  # the same words, now read as another source ("the filing": who filed it)
            if link.entity is not None:
                return old.entity == link.entity or _describes(old, link)
            return link.mention is not None and old.mention == link.mention

        keep = [i for i, old in enumerate(self.links) if not same(old)]
        self.links = [self.links[i] for i in keep]
        self.ranks = [self.ranks[i] for i in keep]
        self.add(link, rank)

    def ordered(self) -> tuple[SourceLink, ...]:
        """The links, innermost first (:data:`RANK`, then closeness to the claim)."""
        quote = self.quote

        def distance(link: SourceLink) -> int:
            if link.span is None:
                return 10**9
            if link.span.end <= quote.start:
                return quote.start - link.span.end
            return max(0, link.span.start - quote.end)

        def relayed(i: int) -> int:  # an outlet told or interviewing is inside a relay of the same rank
            return int(self.ranks[i] >= RANK["reported_by"] and self.links[i].relation not in _GIVEN_TO)

        order = sorted(range(len(self.links)), key=lambda i: (self.ranks[i], relayed(i), distance(self.links[i])))
        links = [self.links[i] for i in order]
        outer = (_outer(link) for link in links[1:])
        return tuple(links[:1]) + tuple(link for link in outer if not own_outlet_relay(link))


_GIVEN_TO = frozenset({"told", "interview"})
"""Outer relations of the outlet the words were first given to: "X said in an interview with Y, later broadcast by
Z" is Y's interview relayed by Z, however close to the claim Z is named."""


def own_outlet_relay(link: SourceLink) -> bool:
    """Whether an outer link relays through the publishing outlet itself ("a memo seen by this newspaper").

    The paper that prints the story is no relay between the speaker and its reader: "seen by this newspaper",
    "obtained by our reporters" add no link. A speaker who "told this newspaper" keeps the ``told`` link.
    """
    return (
        link.relation in {"reported_by", "citing"}
        and link.mention is not None
        and PATTERNS["own_outlet"].fullmatch(link.mention.text.strip()) is not None
    )


def _describes(old: SourceLink, new: SourceLink) -> bool:
    """Whether an unresolved mention is a description set right before the new link's name.

    "the newspaper Kapital Dnes": "the newspaper" and the name are one outlet, so a link the description
    made goes when the name's link replaces it.
    """
    if old.entity is not None or old.mention is None or new.mention is None:
        return False
    gap = new.mention.start - old.mention.end
    return 0 < gap <= 2 and old.mention.text[:1].islower()


OUTER_RELATIONS: dict[str, str] = {"according_to": "reported_by", "quoted": "reported_by"}
"""Relations renamed when a link is not the first: a relay of someone else's words is ``reported_by``.

"According to Y, X said", "X said, according to Y" and "Y quoted X as saying" all say that Y passed X's
words on; the outer links of a chain use one vocabulary (``reported_by``, ``citing``, ``told``,
``interview``, ``on_behalf_of``), and ``according_to`` / ``quoted`` name how a first link's words were
produced.
"""


def _outer(link: SourceLink) -> SourceLink:
    """An outer link with the outer relation vocabulary (:data:`OUTER_RELATIONS`)."""
    relation = OUTER_RELATIONS.get(link.relation)
    return link if relation is None else attrs.evolve(link, relation=relation)


def segments(region: tuple[int, int], quote: Quotation) -> list[tuple[int, int]]:
    """The attribution region minus the claim's own words.

    The words between the halves of a split quotation ("“...,” X told the
    Herald. “...”") are attribution text.

    For a mixed claim, the reporter's words before its first and after its
    last quoted fragment count as attribution text too ("In the letter, X
    “...”", "... “x,” according to Y" when the claim runs on past the marks).
    """
    start, end = region
    if quote.kind == "direct" and len(quote.fragments) > 1:  # a split quotation: the words between are the writer's
        holes = sorted((f.start, f.end) for f in quote.fragments)
    else:
        content_end = quote.content.end - relay_tail(quote)
        holes = sorted([(quote.content.start, content_end), *((f.start, f.end) for f in quote.fragments)])
    out = []
    cursor = start
    for s, e in holes:
        if s > cursor:
            out.append((cursor, min(s, end)))
        cursor = max(cursor, e)
    if cursor < end:
        out.append((cursor, end))
    if quote.kind == "mixed" and quote.fragments:
        head, tail = min(f.start for f in quote.fragments), max(f.end for f in quote.fragments)
        if quote.content.start < head:
            out.append((quote.content.start, head))
        if tail < quote.content.end:
            out.append((tail, quote.content.end))
    return sorted((s, e) for s, e in out if e > s)


def relay_tail(quote: Quotation) -> int:
    """How many characters at the end of a claim are the writer's sourcing, not the speaker's words.

    A claim whose clause runs on to ", in remarks carried by Y", ", in an email obtained by Y", ", according to
    Y" or ", as reported by Y" holds its own attribution: those words are read as attribution text (0 when the
    claim ends otherwise, or is a direct quotation).
    """
    if quote.kind == "direct":
        return 0
    text = quote.content.text
    found = PATTERNS["relay_tail"].search(text)
    return 0 if found is None else len(text) - found.start()


def region(doc: Doc, text: str, quote: Quotation) -> tuple[int, int]:
    """The sentences holding the claim's cue and speaker (or its end when it has neither)."""
    anchors = [s for s in (quote.cue, quote.speaker) if s is not None]
    if not anchors:
        last = quote.content
        anchors = [Span(last.end - 1, last.end, last.text[-1]) if last.text else last]
    start = min(a.start for a in anchors)
    end = max(a.end for a in anchors)
    first = doc.char_span(start, max(start + 1, end), alignment_mode="expand")
    if first is None or len(first) == 0:
        return start, end
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):  # no sentences: use the line
        line_end = text.find("\n", end)
        return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end
    return first[0].sent.start_char, first[-1].sent.end_char
