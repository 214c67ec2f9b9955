"""Source chains: every source a claim passes through, immediate speaker first.

:func:`link_sources` reads the attribution clause of each claim (the
sentences holding its cue and speaker, minus the claim's own words) and
turns what it states into :class:`~quoteextract.SourceLink` objects:

* the speaker with the cue's relation ("said", "told", "wrote", "according
  to");
* media frames: "in a statement", "in an interview with Y", "in the letter",
  "a statement from X", "a statement released by X";
* relays: "according to X", "as reported by Y", "Y reported", "citing X",
  "Y quoted X as saying";
* "X told Y" (``addressee`` Y; a news outlet told is also a relay);
* spokespeople: "X's spokesman said", "a spokeswoman for X" (X gets
  ``on_behalf_of``);
* nesting: "X said Y told him that ..." (the cue's clause hangs under
  another speech verb) and a quotation inside another quotation (the outer
  speaker ``quoted`` the inner words).

Every link carries the span of the words that state it and, when a source is
named, its mention; nothing is added that the text does not say. The chain
is ordered from the immediate speaker outward by :data:`RANK`, ties broken
by closeness to the claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import attrs

from ..._doctext import doc_text
from ..._model import Entity, Quotation, SourceLink, Span
from ...lang.en._lexicon import cue_noun, cue_verb
from ...lang.en._speaker_lexicon import roles

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from ...article import Article

RANK: dict[str, int] = {
    "said": 0,
    "statement": 0,
    "letter": 0,
    "interview": 0,
    "wrote": 0,
    "posted": 0,
    "told": 0,
    "unknown": 0,
    "on_behalf_of": 1,
    "according_to": 2,
    "citing": 2,
    "quoted": 3,
    "reported_by": 4,
}
"""Order of relations in a chain, innermost first."""

_FRAME_NOUNS = (
    r"statement|letter|interview|tweet|post|e-?mail|memo|op-ed|press\s+release|news\s+release|release"
    r"|speech|remarks|report|filing|message|posting|video"
)

_FRAME_RELATION: dict[str, str] = {
    "statement": "statement",
    "release": "statement",
    "letter": "letter",
    "interview": "interview",
    "tweet": "posted",
    "post": "posted",
    "posting": "posted",
    "video": "posted",
    "email": "wrote",
    "e-mail": "wrote",
    "memo": "wrote",
    "op-ed": "wrote",
    "filing": "wrote",
    "message": "wrote",
    "speech": "said",
    "remarks": "said",
    "report": "reported_by",
}
"""Relation stated by each frame noun (its last word)."""

PATTERNS: dict[str, re.Pattern[str]] = {
    # "according to a statement from X", "a letter released by X", "in an interview with Y".
    # The source follows the preposition; "with"/"to" name an addressee (an interviewer).
    "frame_source": re.compile(
        rf"\b(?:according\s+to\s+|in\s+|from\s+)?(?:a|an|the|his|her|their|its|a\s+new)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?P<frame>{_FRAME_NOUNS})s?\s*,?\s+"
        r"(?P<prep>from|by|of|released\s+by|issued\s+by|published\s+by|posted\s+by|sent\s+by|with|to|on)\s+",
        re.IGNORECASE,
    ),
    # "in a statement", "in the letter", "on Twitter": a medium without its own source.
    "frame_bare": re.compile(
        rf"\b(?:in|on|via|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}?(?P<frame>{_FRAME_NOUNS})s?\b"
        r"(?!\s+(?:from|by|of|released|issued|published|posted|sent|with|to)\b)",
        re.IGNORECASE,
    ),
    # "on social media", "on Twitter": posting.
    "social": re.compile(
        r"\b(?:on|via)\s+(?:social\s+media|twitter|facebook|instagram|X|truth\s+social|telegram|threads)\b", re.I
    ),
    # "according to X" not followed by a frame noun (handled above).
    "according": re.compile(
        rf"\baccording\s+to\s+(?!(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{_FRAME_NOUNS})s?\b)",
        re.IGNORECASE,
    ),
    # "as reported by Y", "first reported by Y", "reported in Y".
    "reported_by": re.compile(r"\b(?:as\s+)?(?:first\s+|previously\s+|also\s+)?reported\s+(?:by|in)\s+", re.I),
    # "Y reported", "Y reports", "Y has reported" (source before the verb).
    "reported": re.compile(r"\b(?:has\s+|had\s+|first\s+|also\s+|previously\s+)*report(?:ed|s)\b(?!\s+(?:by|in)\b)"),
    # "citing X".
    "citing": re.compile(r"\bciting\s+", re.IGNORECASE),
    # "Y quoted X as saying": Y before, X after.
    "quoted": re.compile(r"\bquot(?:ed|es|ing)\s+(?P<rest>.{1,80}?)\s+as\s+(?:saying|telling)\b"),
    # "told Y", "telling Y".
    "told": re.compile(r"\b(?:told|tells|telling)\s+", re.IGNORECASE),
    # "a spokeswoman for X", "spokesman of X": the speaker speaks for X.
    "spokes_for": re.compile(
        r"\b(?:spokes(?:man|woman|person|people|men|women)|representative|aide|lawyer|attorney|adviser|advisor)s?"
        r"\s+(?:for|of|at|to)\s+"
    ),
    # "X's spokesman": possessor before.
    "spokes_poss": re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|representative)\b"),
    # The words allowed between a construction and its source: articles, lower-case modifiers.
    "gap_after": re.compile(r"^(?:(?:the|a|an|[a-z][\w-]*)\s+){0,4}$"),
    # The words allowed between a source and a following verb ("the agency has reported").
    "gap_before": re.compile(r"^[\s,]*$"),
}
"""Every regular expression of this module, one construction each."""


@dataclass(frozen=True)
class _Found:
    """A source mention located in the text.

    Args:
        mention: Its span.
        entity: The entity it belongs to, if any.
        type: That entity's type ("" for none).

    """

    mention: Span
    entity: int | None
    type: str = ""


_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nmod", "punct", "nummod", "poss", "case", "advmod", "npadvmod"})
"""Dependency labels of words that only modify the name after them."""


class _Index:
    """Look-ups from text positions to entity mentions.

    Args:
        doc: The parsed article.
        entities: The resolved entities.

    """

    def __init__(self, doc: Doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.entities = {e.id: e for e in entities}
        self.spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._chunks: dict[int, int] | None = None

    def entity_of(self, start: int, end: int) -> int | None:
        """The entity with a mention overlapping ``start:end`` (the longest overlap)."""
        best, size = None, 0
        for s, e, ident in self.spans:
            overlap = min(e, end) - max(s, start)
            if overlap > size:
                best, size = ident, overlap
        return best

    def _found(self, start: int, end: int, ident: int | None) -> _Found:
        entity = self.entities.get(ident) if ident is not None else None
        return _Found(Span.of(self.text, start, end), ident, entity.type if entity else "")

    def after(self, pos: int, limit: int) -> _Found | None:
        """The source named right after ``pos`` (before ``limit``).

        An entity mention is taken when the words between ``pos`` and it only
        modify it (articles, adjectives, compounds: "according to the
        state-run X"); else the noun phrase starting there ("according to
        officials").
        """
        for s, e, ident in self.spans:
            if pos <= s < limit and e <= limit and PATTERNS["gap_after"].match(self.text[pos:s]):
                if self._modifies(pos, s, e):
                    return self._found(s, e, ident)
                break
        chunk = self._chunk_at(pos, limit)
        if chunk is None:
            return None
        start, end = chunk
        ident = self.entity_of(start, end)
        if ident is None:
            ident = self.role_holder(self.text[start:end], start)
        return self._found(start, end, ident)

    def role_holder(self, phrase: str, pos: int) -> int | None:
        """The entity a definite role phrase ("the agency") refers back to, if any.

        The latest entity mentioned before ``pos`` whose name or one of whose
        titles ends in the phrase's role noun.
        """
        words = phrase.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in roles():
            return None
        noun = words[1]
        best, best_at = None, -1
        for entity in self.entities.values():
            names = [entity.name, *entity.titles]
            if not any(n.lower().split()[-1:] == [noun] for n in names if n):
                continue
            before = [m.start for m in entity.mentions if m.start < pos]
            if before and max(before) > best_at:
                best, best_at = entity.id, max(before)
        return best

    def _modifies(self, pos: int, start: int, end: int) -> bool:
        """Whether every word in ``pos:start`` depends on a word up to ``end``."""
        if not self.text[pos:start].strip():
            return True
        gap = self.doc.char_span(pos, start, alignment_mode="expand")
        if gap is None:
            return False
        last = self.doc.char_span(start, end, alignment_mode="expand")
        if last is None or len(last) == 0:
            return False
        return all(
            t.is_space or (gap.start <= t.head.i < last.end and t.dep_ in _MODIFIER_DEPS)
            for t in gap
            if t.i < last.start
        )

    def before(self, pos: int, floor: int) -> _Found | None:
        """The entity mention ending right before ``pos`` (not before ``floor``)."""
        for s, e, ident in reversed(self.spans):
            if floor <= s and e <= pos and PATTERNS["gap_before"].match(self.text[e:pos]):
                return self._found(s, e, ident)
        return None

    def _chunk_at(self, pos: int, limit: int) -> tuple[int, int] | None:
        """The noun chunk starting at ``pos`` (after white space), within ``limit``."""
        while pos < limit and self.text[pos].isspace():
            pos += 1
        if self._chunks is None:
            parsed = self.doc.has_annotation("DEP")
            self._chunks = {c.start_char: c.end_char for c in self.doc.noun_chunks} if parsed else {}
        end = self._chunks.get(pos)
        if end is None or end > limit:
            return None
        return pos, end


def _segments(region: tuple[int, int], quote: Quotation) -> list[tuple[int, int]]:
    """The attribution region minus the claim's own words.

    For a mixed claim, the reporter's words before its first and after its
    last quoted fragment count as attribution text too ("In the letter, X
    “...”", "... “x,” according to Y" when the claim runs on past the marks).
    """
    start, end = region
    holes = sorted([(quote.content.start, quote.content.end), *((f.start, f.end) for f in quote.fragments)])
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


def _region(doc: Doc, quote: Quotation) -> tuple[int, int]:
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
        text = doc_text(doc)
        line_end = text.find("\n", end)
        return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end
    return first[0].sent.start_char, first[-1].sent.end_char


def _cue_relation(doc: Doc, quote: Quotation, speaker_type: str) -> tuple[str, Token | None]:
    """The relation the cue states for the speaker, and the cue's head token."""
    if quote.cue is None:
        return ("said" if quote.speaker is not None else "unknown"), None
    cue_text = quote.cue.text.lower()
    if cue_text.startswith("according"):
        return "according_to", None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    root = span.root if span is not None and len(span) else None
    if root is None:
        return "said", None
    word = cue_verb(root.lemma_) if root.pos_ in {"VERB", "AUX"} else cue_noun(root.lemma_)
    word = word or cue_verb(root.lemma_) or cue_noun(root.lemma_)
    relation = word.relation if word is not None else "unknown"
    if word is not None and word.cls not in {"speech", "stance", "question"} and relation == "said":
        relation = "unknown"
    if relation == "reported_by" and speaker_type not in {"organisation", ""}:
        relation = "said"
    if relation == "citing":  # a speaker who cites evidence says it; "citing" belongs to the cited source
        relation = "said"
    return relation, root


def _link(relation: str, words: Span, found: _Found | None, addressee: int | None = None) -> SourceLink:
    """Build one link from what was found."""
    return SourceLink(
        relation=relation,
        entity=found.entity if found else None,
        span=words,
        mention=found.mention if found else None,
        addressee=addressee,
    )


class _Chain:
    """The links found for one claim, before ordering.

    Args:
        index: Entity look-ups.
        quote: The claim.

    """

    def __init__(self, index: _Index, quote: Quotation) -> None:
        self.index = index
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
                        old, relation=link.relation, span=link.span, addressee=link.addressee or old.addressee
                    )
                    self.ranks[i] = rank
                elif old.addressee is None and link.addressee is not None:
                    self.links[i] = attrs.evolve(old, addressee=link.addressee)
                return
        self.links.append(link)
        self.ranks.append(rank)

    def replace(self, link: SourceLink) -> None:
        """Add a link, dropping any earlier link for the same entity."""
        keep = [i for i, old in enumerate(self.links) if link.entity is None or old.entity != link.entity]
        self.links = [self.links[i] for i in keep]
        self.ranks = [self.ranks[i] for i in keep]
        self.add(link)

    def ordered(self) -> tuple[SourceLink, ...]:
        """The links, innermost first (:data:`RANK`, then closeness to the claim)."""
        quote = self.quote

        def distance(link: SourceLink) -> int:
            if link.span is None:
                return 10**9
            if link.span.end <= quote.start:
                return quote.start - link.span.end
            return max(0, link.span.start - quote.end)

        order = sorted(range(len(self.links)), key=lambda i: (self.ranks[i], distance(self.links[i])))
        return tuple(self.links[i] for i in order)


def _speaker_link(doc: Doc, index: _Index, quote: Quotation, chain: _Chain) -> Token | None:
    """Add the speaker's own link; return the cue's head token."""
    speaker = quote.speaker
    entity = speaker.entity if speaker is not None else None
    entity_type = index.entities[entity].type if entity is not None and entity in index.entities else ""
    relation, cue_root = _cue_relation(doc, quote, entity_type)
    if speaker is None:
        return cue_root
    addressee = None
    if cue_root is not None and relation == "told":
        for child in cue_root.children:
            if child.dep_ in {"dobj", "dative"}:
                addressee = index.entity_of(child.idx, child.idx + len(child.text))
    words = quote.cue if quote.cue is not None else Span(speaker.start, speaker.end, speaker.text)
    chain.add(
        SourceLink(
            relation=relation,
            entity=entity,
            span=words,
            mention=Span(speaker.start, speaker.end, speaker.text),
            addressee=addressee,
        )
    )
    return cue_root


def _segment_links(doc: Doc, index: _Index, quote: Quotation, chain: _Chain, segment: tuple[int, int]) -> None:
    """Find the constructions of the module docstring in one stretch of attribution text."""
    text = index.text
    start, end = segment
    piece = text[start:end]
    taken: list[tuple[int, int]] = []
    speaker_entity = quote.speaker.entity if quote.speaker is not None else None

    def words(match: re.Match[str], found: _Found | None = None) -> Span:
        last = found.mention.end if found is not None else start + match.end()
        return Span.of(text, start + match.start(), max(last, start + match.end()))

    for match in PATTERNS["frame_source"].finditer(piece):
        frame = match["frame"].lower().split()[-1]
        relation = _FRAME_RELATION.get(frame, "statement")
        found = index.after(start + match.end(), end)
        if found is None:
            continue
        taken.append((start + match.start(), start + match.end()))
        if match["prep"].lower() in {"with", "to"}:
            addressee = found.entity
            chain.add(SourceLink(relation, speaker_entity, words(match, found), None, addressee))
            if found.type == "organisation":
                chain.add(_link("reported_by", words(match, found), found))
        else:
            relay = match.group(0).lower().startswith("according")
            chain.add(_link(relation, words(match, found), found), RANK["according_to"] if relay else None)
    for match in PATTERNS["frame_bare"].finditer(piece):
        if any(s <= start + match.start() < e for s, e in taken):
            continue
        frame = match["frame"].lower().split()[-1]
        relation = _FRAME_RELATION.get(frame, "statement")
        subject = _subject_of(doc, index, start + match.start())
        if subject is not None:
            chain.add(_link(relation, words(match), subject))
    for match in PATTERNS["social"].finditer(piece):
        if quote.speaker is not None and any(link.relation in {"said", "wrote"} for link in chain.links):
            chain.add(SourceLink("posted", speaker_entity, words(match), None))
    for name, relation in (("according", "according_to"), ("reported_by", "reported_by"), ("citing", "citing")):
        for match in PATTERNS[name].finditer(piece):
            if any(s <= start + match.start() < e for s, e in taken):
                continue
            found = index.after(start + match.end(), end)
            if found is not None:
                chain.add(_link(relation, words(match, found), found))
    for match in PATTERNS["reported"].finditer(piece):
        found = index.before(start + match.start(), start)
        if found is not None and found.type in {"organisation", ""}:
            chain.add(_link("reported_by", Span.of(text, found.mention.start, start + match.end()), found))
    for match in PATTERNS["told"].finditer(piece):
        found = index.after(start + match.end(), end)
        if found is not None and found.type == "organisation" and found.entity != speaker_entity:
            chain.add(_link("reported_by", words(match, found), found))
    for name in ("spokes_for", "spokes_poss"):
        for match in PATTERNS[name].finditer(piece):
            if quote.speaker is None or not (
                quote.speaker.start <= start + match.start() <= quote.speaker.end + 2
                or quote.speaker.start - 40 <= start + match.start() <= quote.speaker.end
            ):
                continue
            if name == "spokes_for":
                found = index.after(start + match.end(), end)
            else:
                found = index.before(start + match.start(), start)
            if found is not None and found.entity != speaker_entity:
                chain.add(_link("on_behalf_of", words(match, found), found))


def _quoted_links(index: _Index, chain: _Chain, region: tuple[int, int]) -> None:
    """Read "Y quoted X as saying ...": X said, Y quoted (across the claim, which often holds X)."""
    text = index.text
    start, end = region
    for match in PATTERNS["quoted"].finditer(text[start:end]):
        relay = index.before(start + match.start(), start)
        source = index.after(start + match.start("rest"), start + match.end("rest"))
        if source is not None:
            chain.add(_link("said", Span.of(text, start + match.end("rest") + 1, start + match.end()), source))
        if relay is not None:
            chain.add(_link("quoted", Span.of(text, relay.mention.start, start + match.start("rest")), relay))


def _embedded_links(doc: Doc, index: _Index, cue_root: Token | None, quote: Quotation, chain: _Chain) -> None:
    """A claim whose own words start with another attribution: "X said [Y told him that ...]".

    The inner speaker Y is the innermost source (``told``, addressed to X).
    """
    if cue_root is None:
        return
    for child in cue_root.children:
        if child.dep_ != "ccomp" or not quote.start <= child.idx < quote.end:
            continue
        word = cue_verb(child.lemma_)
        if word is None or word.cls != "speech":
            continue
        subjects = [c for c in child.children if c.dep_ == "nsubj"]
        complements = [c for c in child.children if c.dep_ == "ccomp"]
        if not subjects or not complements:
            continue
        subject = subjects[0]
        ident = index.entity_of(subject.idx, subject.idx + len(subject.text))
        if ident is None:
            continue
        addressee = None
        for c in child.children:
            if c.dep_ in {"dobj", "dative"}:
                addressee = index.entity_of(c.idx, c.idx + len(c.text))
        phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]
        found = _Found(Span.of(index.text, phrase.start_char, phrase.end_char), ident)
        words = Span.of(index.text, child.idx, child.idx + len(child.text))
        chain.add(_link(word.relation, words, found, addressee))


def _opening_attribution(doc: Doc, index: _Index, quote: Quotation, chain: _Chain) -> None:
    """A claim whose words are themselves an attribution: "According to Y, [X said that ...]".

    The content's own root is a speech verb with a subject and a reported
    clause, so its subject X is the innermost source and Y relays it.
    """
    if quote.kind == "direct" or quote.cue is None or (quote.cue.start < quote.end and quote.cue.end > quote.start):
        return
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return
    root = span.root
    word = cue_verb(root.lemma_)
    if word is None or word.cls != "speech" or (root.dep_ in {"ccomp", "xcomp"} and root.head.i >= span.start):
        return
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    if not subjects or not any(c.dep_ in {"ccomp", "parataxis"} for c in root.children):
        return
    subject = subjects[0]
    ident = index.entity_of(subject.idx, subject.idx + len(subject.text))
    phrase = doc[subject.left_edge.i : subject.right_edge.i + 1]
    found = _Found(Span.of(index.text, phrase.start_char, phrase.end_char), ident)
    words = Span.of(index.text, root.idx, root.idx + len(root.text))
    chain.add(_link(word.relation, words, found), rank=-1)


def _subject_of(doc: Doc, index: _Index, offset: int) -> _Found | None:
    """The named subject of the clause a prepositional phrase at ``offset`` attaches to."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span[0].head
    for child in head.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            ident = index.entity_of(child.idx, child.idx + len(child.text))
            if ident is not None:
                return index._found(child.idx, child.idx + len(child.text), ident)
    return None


def _nested_links(doc: Doc, index: _Index, cue_root: Token | None, chain: _Chain) -> None:
    """Speech verbs above the cue's clause: "X said Y told him that ..." adds X."""
    if cue_root is None:
        return
    token = cue_root
    for _ in range(4):
        if token.dep_ not in {"ccomp", "xcomp"} or token.head is token:
            return
        token = token.head
        word = cue_verb(token.lemma_)
        if word is None or word.cls != "speech":
            continue
        for child in token.children:
            if child.dep_ == "nsubj":
                subject = doc[child.left_edge.i : child.right_edge.i + 1]
                ident = index.entity_of(child.idx, child.idx + len(child.text))
                found = _Found(Span.of(index.text, subject.start_char, subject.end_char), ident)
                chain.add(_link(word.relation, Span.of(index.text, token.idx, token.idx + len(token.text)), found))


def _inner_links(quotes: list[Quotation], chains: list[_Chain]) -> None:
    """A quotation inside another one: the outer speaker quoted the inner words."""
    for i, inner in enumerate(quotes):
        for j, outer in enumerate(quotes):
            if i == j or outer.speaker is None:
                continue
            holders = outer.fragments or (outer.content,)
            if any(
                f.start <= inner.start and inner.end <= f.end and (f.start, f.end) != (inner.start, inner.end)
                for f in holders
            ):
                chains[i].replace(
                    SourceLink(
                        relation="quoted",
                        entity=outer.speaker.entity,
                        span=outer.cue or Span(outer.speaker.start, outer.speaker.end, outer.speaker.text),
                        mention=Span(outer.speaker.start, outer.speaker.end, outer.speaker.text),
                    )
                )


def link_sources(article: Article, quotes: Sequence[Quotation], entities: Sequence[Entity]) -> list[Quotation]:
    """Attach the chain of sources to each quotation.

    Args:
        doc: The parsed article.
        quotes: Quotations with resolved speakers.
        entities: The article's entities (from speaker resolution).

    Returns:
        The quotations with ``sources`` set: an ordered chain from the
        immediate speaker outward; empty when the text states no source.

    """
    if not quotes:
        return []
    doc = article.doc
    assert doc is not None
    index = _Index(doc, list(entities))
    chains = []
    for quote in quotes:
        chain = _Chain(index, quote)
        cue_root = _speaker_link(doc, index, quote, chain)
        for segment in _segments(_region(doc, quote), quote):
            _segment_links(doc, index, quote, chain, segment)
        _quoted_links(index, chain, _region(doc, quote))
        _nested_links(doc, index, cue_root, chain)
        _embedded_links(doc, index, cue_root, quote, chain)
        _opening_attribution(doc, index, quote, chain)
        chains.append(chain)
    _inner_links(list(quotes), chains)
    return [attrs.evolve(q, sources=chain.ordered()) for q, chain in zip(quotes, chains, strict=True)]
