"""Look-ups from text positions to the entity mentions speaker resolution found, indexed once.

Every question (which entity overlaps these words, which source is named
right after or right before a position, which entity a definite role phrase
points back to) costs a binary search over the mentions sorted once, so the
stage stays linear in the article's length.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..._model import Entity, Span
from ...lang.en._outlets import is_outlet_name
from ...lang.en._speaker_lexicon import org_suffixes, roles
from ._patterns import PATTERNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nmod", "punct", "nummod", "poss", "case", "advmod", "npadvmod"})
"""Dependency labels of words that only modify the name after them."""


_TIME_LABELS = frozenset({"DATE", "TIME"})
"""Named-entity labels of dates and times."""


DESCRIPTION_NOUNS = (
    "agency",
    "service",
    "paper",
    "daily",
    "weekly",
    "tabloid",
    "magazine",
    "broadcaster",
    "station",
    "channel",
    "site",
    "website",
    "outlet",
    "portal",
    "podcast",
    "network",
)
"""The last words of an outlet's description (a cheap test before the ``described_before`` pattern)."""

MAKER_PARAGRAPHS = 6
"""Paragraph breaks between a document introduced with its maker and a back-reference to it ("the book")."""

DESCRIPTION_WINDOW = 80
"""How many characters before a name are read for its description ("the state news agency")."""


def described_outlet(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is described as a news outlet where it is written.

    "the French news agency Agence Lumiere", "the independent newspaper Kalvo Times", "the state broadcaster
    ETV", "the Final Whistle podcast": news writing introduces an outlet whose name does not say so by what
    it is, just before or after the name. Reads a bounded window on either side.
    """
    before = text[max(0, start - DESCRIPTION_WINDOW) : start]
    if before.rstrip(" ,").lower().endswith(DESCRIPTION_NOUNS) and PATTERNS["described_before"].search(before):
        return True
    if PATTERNS["described_after"].match(text, end, min(len(text), end + 30)) is not None:
        return True
    return PATTERNS["described_apposed"].match(text, end, min(len(text), end + DESCRIPTION_WINDOW)) is not None


PLACE_OUTLET_WORDS = frozenset({"Hill"})
"""Outlet words that also end place names: "The Hill" is a publication, "Castle Hill" and "Tower Hill" places."""


TITLE_OUTLET_WORDS = frozenset({"Leader"})
"""Outlet words that also end titles: "the Wrexham Leader" is a paper, "the Majority Leader" a title."""

_TITLE_HEADS = frozenset(
    {"majority", "minority", "opposition", "party", "house", "senate", "deputy", "floor", "squadron", "team", "group"}
    | {"council", "supreme", "spiritual", "assembly", "parliamentary", "commons", "lords", "union", "ring"}
)
"""Words that make a title of a following "Leader" ("the Opposition Leader", "Squadron Leader")."""

_BROADCAST_TAILS = frozenset({"television", "TV", "channel", "broadcaster"})
"""Words written after a broadcaster's name to say what it is ("Al Sharq television")."""


def outlet_name(phrase: str) -> bool:
    """Whether a name is an outlet's (:func:`~quoteextract.lang.en._outlets.is_outlet_name`), not a place's.

    A name whose only outlet word is a place word after another name word ("Castle Hill", "on Tower Hill") is
    a place; the word alone ("The Hill") or with an outlet word ("the Castle Hill Herald") is an outlet.
    """
    words = [w.strip(".,;:'’\"“”()") for w in phrase.split()]
    words = [w for w in words if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 1 and words[0][:1].isupper() and words[-1] in _BROADCAST_TAILS:
        return True  # "Al Sharq television", "Tamsin TV channel": a name, then what it is
    if not is_outlet_name(phrase):
        return False
    if len(words) > 1 and words[-1] in TITLE_OUTLET_WORDS and words[-2].lower() in _TITLE_HEADS:
        return is_outlet_name(" ".join(words[:-1]))  # "the Majority Leader" is a title
    return not (len(words) > 1 and words[-1] in PLACE_OUTLET_WORDS and not is_outlet_name(" ".join(words[:-1])))


def _document_stem(noun: str) -> str:
    """A document noun without case, hyphen or plural ending ("E-mails": "email")."""
    word = noun.lower().replace("-", "")
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _bare(name: str) -> str:
    """A name lower-cased, without a leading "the" ("the Dunmore Courier" and "Dunmore Courier" are one)."""
    words = name.lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
"""Pronouns only a person is named by: an entity named so is no outlet."""


def _local_audiences(text: str) -> set[tuple[int, int]]:
    """Where outlets told as local are named ("told the local Hollis Clarion", "speaking to the regional X").

    Only a capitalised name that is no body or role by its last word ("told the local Rotary Club", "the local
    Water Board", "the local Mayor" are audiences).
    """
    found = set()
    for match in PATTERNS["local_audience"].finditer(text):
        last = match["name"].split()[-1].strip(".,")
        if last not in org_suffixes() and last.lower() not in roles():
            found.add(match.span("name"))
    return found


def _agency_described(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is introduced as a news agency.

    Before the name ("the state news agency Pressa") or in apposition after it ("TNB, the national news agency").
    """
    after = PATTERNS["described_apposed"].match(text, end, min(len(text), end + DESCRIPTION_WINDOW))
    if after is not None:
        return "agency" in after["noun"].lower()
    before = text[max(0, start - DESCRIPTION_WINDOW) : start]
    if not before.rstrip(" ,").lower().endswith("agency"):
        return False
    match = PATTERNS["described_before"].search(before)
    return match is not None and "agency" in match.group(0).lower()


@dataclass(frozen=True)
class Found:
    """A source mention located in the text.

    Args:
        mention: Its span.
        entity: The entity it belongs to, if any.
        type: That entity's type ("" for none).

    """

    mention: Span
    entity: int | None
    type: str = ""


class MentionIndex:
    """The entities' mentions, sorted once, and the noun chunks of the parse.

    Args:
        doc: The parsed article.
        text: Its text (``Article.text``).
        entities: The resolved entities.

    """

    def __init__(self, doc: Doc, text: str, entities: Sequence[Entity]) -> None:
        self.doc = doc
        self.text = text
        self.entities = {e.id: e for e in entities}
        self.spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._starts = [s for s, _, _ in self.spans]
        self._longest = max((e - s for s, e, _ in self.spans), default=0)
        self._chunks: dict[int, int] | None = None
        self._by_role: dict[str, list[tuple[int, list[int]]]] = {}
        self._by_name = {_bare(e.name): e.id for e in reversed(entities) if len(_bare(e.name).split()) > 1}
        self._unnamed_agencies: set[int] = set()  # where a news agency with no entity is named
        self._makers: list[tuple[int, str, int]] | None = None  # documents introduced with their maker, lazily
        self._described_names: frozenset[str] | None = None  # names of outlets described as such, lazily
        self.wire_names = {_bare(m["name"]) for m in PATTERNS["dateline_agency"].finditer(text)}
        self._outlets, self.agencies = self._find_outlets(entities)
        self._outlet_starts = [s for s, _, _ in self._outlets]
        for entity in entities:
            starts = sorted(m.start for m in entity.mentions)
            for last in {n.lower().split()[-1] for n in (entity.name, *entity.titles) if n and n.split()}:
                self._by_role.setdefault(last, []).append((entity.id, starts))

    def _find_outlets(self, entities: Sequence[Entity]) -> tuple[list[tuple[int, int, int | None]], set[int]]:
        """The mentions of news outlets (named or described as one), and which outlets are news agencies."""
        text = self.text
        outlets = {
            e.id for e in entities if e.type != "anonymous" and (outlet_name(e.name) or self.wire_agency(e.name))
        }
        persons = {e.id for e in entities if any(m.text.lower() in _PERSONAL for m in e.mentions)}
        # "which she shared with the paper, Hale wrote": a name after an outlet's noun is no outlet if it is "she"
        outlets |= {ident for s, e, ident in self.spans if ident not in persons and described_outlet(text, s, e)}
        self.local_outlets = _local_audiences(text)
        outlets |= {ident for start, end in self.local_outlets if (ident := self.entity_of(start, end)) is not None}
        mentions: list[tuple[int, int, int | None]] = [(s, e, ident) for s, e, ident in self.spans if ident in outlets]
        agencies = {
            ident
            for s, e, ident in mentions
            if ident is not None
            and (
                "agency" in self.entities[ident].name.lower()
                or _agency_described(text, s, e)
                or self.wire_agency(self.entities[ident].name)
            )
        }
        mentions += self._unnamed_outlets()
        return sorted(mentions, key=lambda m: m[0]), agencies

    def _unnamed_outlets(self) -> list[tuple[int, int, int | None]]:
        """Outlets named with no entity: "the KRT Sportsdesk programme", "told the local Hollis Clarion", an agency."""
        text = self.text
        spans = [m.span("name") for m in PATTERNS["programme_named"].finditer(text)] + sorted(self.local_outlets)
        mentions: list[tuple[int, int, int | None]] = [(s, e, None) for s, e in spans if self.entity_of(s, e) is None]
        for match in PATTERNS["described_named"].finditer(text):  # a news agency named with no entity
            start, end = match.span("name")
            if self.entity_of(start, end) is None:
                mentions.append((start, end, None))
                self._unnamed_agencies.add(start)
        for match in PATTERNS["described_outlet_named"].finditer(text):  # "the local news site Deltaside Live"
            start, end = match.span("name")
            if self.entity_of(start, end) is None:
                mentions.append((start, end, None))
        for match in PATTERNS["apposed_named"].finditer(text):  # "Strandpost, a Tromsø-based news service,"
            start, end = match.span("name")
            if self.entity_of(start, end) is None and match["name"] != "The":
                mentions.append((start, end, None))
                if "agency" in match["noun"].lower():
                    self._unnamed_agencies.add(start)
        return mentions

    def document_maker(self, noun: str, pos: int) -> Found | None:
        """Who made public the latest document of this noun introduced with its maker before ``pos``.

        "a transcript released by the union ... according to the transcript": the union; "a new book by Y ...
        The book quotes X": Y. Only a document introduced in the last :data:`MAKER_PARAGRAPHS` paragraphs
        counts (an article about a book or a transcript refers back to it all along).
        """
        if self._makers is None:
            self._makers = [
                (m.start(), _document_stem(m["noun"]), m.end()) for m in PATTERNS["document_by"].finditer(self.text)
            ]
        i = bisect.bisect_left(self._makers, (pos,))
        while i > 0:
            start, stem, end = self._makers[i - 1]
            if self.text.count("\n\n", start, pos) > MAKER_PARAGRAPHS:
                return None
            if stem == noun:
                line_end = self.text.find("\n", end)
                return self.after(end, len(self.text) if line_end < 0 else line_end)
            i -= 1
        return None

    def wire_agency(self, name: str) -> bool:
        """Whether a name is the news agency of the article's wire dateline ("LORNVIK, June 9 (Tidewire) -")."""
        return bool(self.wire_names) and _bare(name) in self.wire_names

    def entity_of(self, start: int, end: int) -> int | None:
        """The entity with a mention overlapping ``start:end`` (the longest overlap; the first on ties)."""
        best: int | None = None
        size = 0
        lo = bisect.bisect_right(self._starts, start - self._longest)
        for s, e, ident in self.spans[lo : bisect.bisect_left(self._starts, end)]:
            overlap = min(e, end) - max(s, start)
            if overlap > size:
                best, size = ident, overlap
        return best

    def local_outlet(self, start: int, end: int) -> Found | None:
        """The outlet told as local whose name ``start:end`` overlaps ("the local Hollis Clarion"), if any."""
        for s, e in self.local_outlets:
            if s < end and start < e:
                return self.found(s, e, self.entity_of(s, e))
        return None

    def names_within(self, ident: int, start: int, end: int) -> bool:
        """Whether entity ``ident`` has a mention inside ``start:end`` ("Daily" in "The People's Daily")."""
        lo = bisect.bisect_left(self._starts, start)
        return any(i == ident and e <= end for s, e, i in self.spans[lo : bisect.bisect_left(self._starts, end)])

    def latest_outlet(self, pos: int, agency: bool = False, noun: str | None = None) -> Found | None:
        """The latest mention before ``pos`` of an entity named as a news outlet ("the Ashby Gleaner").

        Args:
            pos: Where the back-reference is.
            agency: Only a news agency ("the agency" after "the state news agency Pressa").
            noun: The back-reference's noun ("programme"): an outlet named with that noun next to it ("the
                Grandstand programme") is preferred to a later one named without it.

        """
        i = bisect.bisect_left(self._outlet_starts, pos)
        latest = None
        while i > 0:
            start, end, ident = self._outlets[i - 1]
            if pos - start > 2000:  # a back-reference points to an outlet named in the last paragraphs
                break
            if not agency or (ident in self.agencies if ident is not None else start in self._unnamed_agencies):
                if noun is None or self._named_with(noun, start, end):
                    return self.found(start, end, ident)
                latest = latest or self.found(start, end, ident)
            i -= 1
        return latest if noun is not None else None

    def described_name(self, name: str) -> bool:
        """Whether the article describes an outlet by this name somewhere ("the local news site Alston Live").

        News describes an outlet once and then names it bare ("told Alston Live"), where the name alone may
        read as a place or a person's.
        """
        if self._described_names is None:
            found = set()
            for pattern in ("described_outlet_named", "described_named", "apposed_named"):
                found |= {_bare(m["name"]) for m in PATTERNS[pattern].finditer(self.text) if m["name"] != "The"}
            self._described_names = frozenset(found)
        return _bare(name) in self._described_names

    def _named_with(self, noun: str, start: int, end: int) -> bool:
        """Whether an outlet's mention has ``noun`` in it or just around it ("the Grandstand programme")."""
        near = self.text[max(0, start - 40) : min(len(self.text), end + 30)].lower()
        return noun in near.split() or f"{noun}," in near or f"{noun}." in near

    def found(self, start: int, end: int, ident: int | None) -> Found:
        """A :class:`Found` for ``start:end``, typed by its entity."""
        entity = self.entities.get(ident) if ident is not None else None
        return Found(Span.of(self.text, start, end), ident, entity.type if entity else "")

    def after(self, pos: int, limit: int) -> Found | None:
        """The source named right after ``pos`` (before ``limit``).

        An entity mention is taken when the words between ``pos`` and it only
        modify it (articles, adjectives, compounds: "according to the
        state-run X"); else the noun phrase starting there ("according to
        officials").
        """
        for s, e, ident in self.spans[bisect.bisect_left(self._starts, pos) :]:
            if s >= limit:
                break
            if e <= limit and PATTERNS["gap_after"].match(self.text[pos:s]):
                if self._modifies(pos, s, e):
                    return self.found(s, e, ident)
                break
        chunk = self._chunk_at(pos, limit)
        if chunk is None or self._is_time(*chunk):
            return None
        start, end = chunk
        named_after = self._described_name(start, end, limit)
        if named_after is not None:  # "the French news agency Agence Lumiere": the name the description introduces
            return named_after
        named = self.entity_of(start, end)
        if named is None:
            named = self._by_name.get(_bare(self.text[start:end]))  # the entity named so elsewhere
        if named is None:
            named = self.role_holder(self.text[start:end], start)
        return self.found(start, end, named)

    def _described_name(self, start: int, end: int, limit: int) -> Found | None:
        """The entity mention right after a noun phrase that describes an outlet ("the state broadcaster" ETV)."""
        if not PATTERNS["described_before"].search(self.text[start:end] + " "):
            return None
        i = bisect.bisect_left(self._starts, end)
        if i < len(self.spans):
            s, e, ident = self.spans[i]
            if e <= limit and not self.text[end:s].strip(" ,"):
                return self.found(s, e, ident)
        name = PATTERNS["described_name"].match(self.text, end, limit)
        if name is None:
            return None
        start, end = name.span("name")
        return self.found(start, end, self.entity_of(start, end))

    def role_holder(self, phrase: str, pos: int) -> int | None:
        """The entity a definite role phrase ("the agency") refers back to, if any.

        The latest entity mentioned before ``pos`` whose name or one of whose
        titles ends in the phrase's role noun.
        """
        words = phrase.lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in roles():
            return None
        best, best_at = None, -1
        for ident, starts in self._by_role.get(words[1], ()):
            before = bisect.bisect_left(starts, pos)
            if before and starts[before - 1] > best_at:
                best, best_at = ident, starts[before - 1]
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

    def before(self, pos: int, floor: int) -> Found | None:
        """The entity mention ending right before ``pos`` (not before ``floor``)."""
        for i in range(bisect.bisect_right(self._starts, pos) - 1, -1, -1):
            s, e, ident = self.spans[i]
            if s < floor:
                break
            if e <= pos and PATTERNS["gap_before"].match(self.text[e:pos]):
                return self.found(s, e, ident)
        return None

    def _is_time(self, start: int, end: int) -> bool:
        """Whether the words at ``start:end`` are a date or a time ("Wednesday", "last week"): never a source."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.ent_type_ in _TIME_LABELS

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
