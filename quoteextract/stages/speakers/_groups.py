"""Mutable groups of mentions, built up while reading an article.

A :class:`Group` becomes one :class:`~quoteextract.Entity` at the end. The
name-matching rules live in :func:`cluster_names`; they need only parsed names,
so they are tested without a spaCy model.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..._model import AnonymousSource
from ...lang.en import _speaker_lexicon as _lexicon
from ._names import Name, acronym_of, is_acronym, looks_like_org, looks_like_person, name_gender

PERSON_LABELS = frozenset({"PERSON"})
"""NER labels voting for a person."""

ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
"""NER labels voting for an organisation (a country's government speaks as one)."""

PLACE_WORDS = frozenset(
    {"New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"}
    | {"Great", "Greater", "United", "San", "Santa", "Saint", "St", "Los", "Las", "Port", "Fort", "Mount", "Lake"}
    | {"Cape", "Glen", "Isle", "Isles", "Sierra", "Costa", "Puerto", "El", "La", "Le"}
)
"""First words of place names ("New Zealand", "San Marino"): such a name is never retyped a person."""

PLACE_LABELS = frozenset({"GPE", "FAC", "LOC"})
"""NER labels of places (counted apart: "they" never stands for a place)."""


@dataclass
class NameMention:
    """One proper-name mention found in the text.

    Args:
        start: Offset of its first character (honorific included).
        end: Offset one past its last character (possessive excluded).
        name: The parsed name.
        label: The NER label the parser gave it ("" for none).
        gender: The gender the words around it mark ("Rourke, a grandmother
            of six,", "Rourke said he ..."), used to choose among groups
            sharing a surname; ``None`` when they mark none.

    """

    start: int
    end: int
    name: Name
    label: str = ""
    gender: str | None = None


@dataclass
class Descriptor:
    """A title gathered for a group, before ids are final.

    Args:
        text: The words.
        start: Offset of the first character.
        end: Offset one past the last.
        related: The related group, if the title names one.

    """

    text: str
    start: int
    end: int
    related: Group | None = None


@dataclass
class _NameWords:
    """What a group's names say, kept up to date one added name at a time (linear, not quadratic).

    Args:
        count: How many of the group's names are counted in.
        keys: Lower-case full names.
        single: One-word names.
        last: Last words of longer names.
        first: First words of longer names.
        multi: Longer names, each spelling once.
        acronyms: Initials of longer names and acronyms used as names.
        tokens: Every name word, lower case.
        person: Some name's own words mark a person.
        org: Some name's own words mark an organisation.

    """

    count: int = 0
    keys: set[str] = field(default_factory=set)
    single: set[str] = field(default_factory=set)
    last: set[str] = field(default_factory=set)
    first: set[str] = field(default_factory=set)
    multi: list[Name] = field(default_factory=list)
    acronyms: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    person: bool = False
    org: bool = False
    _spellings: set[tuple[str, ...]] = field(default_factory=set)

    def absorb(self, names: list[Name]) -> None:
        """Count in the names after the first ``count``."""
        for name in names[self.count :]:
            self._add(name)
        self.count = len(names)

    def _add(self, name: Name) -> None:
        self.tokens.update(t.lower() for t in name.tokens)
        self.person = self.person or looks_like_person(name)
        self.org = self.org or looks_like_org(name)
        if name.tokens:
            self.keys.add(name.key)
        if len(name.tokens) == 1:
            self.single.add(name.first)
            if is_acronym(name.tokens[0]):
                self.acronyms.add(name.tokens[0].replace(".", ""))
        elif len(name.tokens) >= 2:
            self.last.add(name.last)
            self.first.add(name.first)
            if name.tokens not in self._spellings:
                self._spellings.add(name.tokens)
                self.multi.append(name)
            acronym = acronym_of(name.tokens)
            if acronym:
                self.acronyms.add(acronym)


@dataclass(eq=False)
class Group:
    """Everything known about one would-be entity.

    Args:
        names: The proper names it was called by.
        mentions: ``(start, end)`` of every mention.
        votes: NER-label votes for its type.
        kind: ``name``, ``role``, ``anonymous`` or ``unknown`` (how it was found).
        label: A description to use as its name when it has no proper name.
        gender: ``male``, ``female`` or ``None``.
        role_nouns: Role nouns that describe it ("mayor").
        descriptors: Titles and descriptions.
        anonymous: Details of an unnamed source.
        ambiguous: Some mention could also mean another group.
        salient: Worth reporting even if nobody quotes it.
        plural: Stands for several people ("two officials").
        person_evidence: Signs around its mentions that it is a person (a
            person's role, an age, kin; :mod:`._evidence`).
        org_evidence: Signs that it is an organisation (an organisation's role
            noun in a title).

    """

    names: list[Name] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    votes: Counter[str] = field(default_factory=Counter)
    kind: str = "name"
    label: str = ""
    gender: str | None = None
    role_nouns: set[str] = field(default_factory=set)
    descriptors: list[Descriptor] = field(default_factory=list)
    anonymous: AnonymousSource | None = None
    ambiguous: bool = False
    salient: bool = False
    plural: bool = False
    person_evidence: int = 0
    org_evidence: int = 0
    _derived: _NameWords = field(default_factory=lambda: _NameWords(), repr=False)

    def _names(self) -> _NameWords:
        """The word sets of ``names``, brought up to date with the names added since last asked."""
        self._derived.absorb(self.names)
        return self._derived

    @property
    def keys(self) -> set[str]:
        """Lower-case full names (name words joined)."""
        return self._names().keys

    @property
    def words(self) -> tuple[set[str], set[str], set[str]]:
        """``(single, last, first)`` name words: one-word names, then longer names' last and first words."""
        derived = self._names()
        return derived.single, derived.last, derived.first

    @property
    def name_words(self) -> set[str]:
        """Every word of its proper names, lower case."""
        return self._names().tokens

    @property
    def multi(self) -> list[Name]:
        """Names of two or more words (each spelling once)."""
        return self._names().multi

    @property
    def type(self) -> str:
        """``person``, ``organisation``, ``anonymous`` or ``unknown``, from all evidence."""
        if self.kind == "anonymous":
            return "anonymous"
        derived = self._names()
        if derived.person or self.gender is not None:
            return "person"
        if derived.org:
            return "organisation"
        if self.person_evidence != self.org_evidence:
            return "person" if self.person_evidence > self.org_evidence else "organisation"
        person = self.votes["person"]
        org = self.votes["organisation"]
        if person or org:
            return "person" if person >= org else "organisation"
        return "unknown"

    @property
    def organisation_by_votes_only(self) -> bool:
        """Typed an organisation by the tagger alone, though every name reads like a person's ("Ines Calloway").

        Its full name is two or three capitalised words (a bare surname may
        stand beside it), none an organisation's or an outlet's word, not
        opening like a place's ("New", "San", "Port"), and no title says
        otherwise (the tagger's place votes are as unreliable as its
        organisation votes).
        """
        derived = self._names()
        if self.type != "organisation" or derived.org or self.org_evidence or not self.names:
            return False
        outlets = _lexicon.outlet_words()
        full = derived.multi  # each spelling once: the check costs the distinct names, not every mention
        if not full or any(n.tokens[0] in PLACE_WORDS or len(n.tokens) > 3 for n in full):
            return False
        words = {t for n in full for t in n.tokens}
        return all(_personal_word(t, outlets) for t in words) and all(
            _personal_word(w.capitalize(), outlets) for w in derived.single
        )

    @property
    def place(self) -> bool:
        """Whether every organisation vote came from a place name (a country, a city)."""
        return self.votes["place"] > 0 and self.votes["place"] >= self.votes["organisation"]

    @property
    def name(self) -> str:
        """The canonical name: the longest proper name, else the label."""
        if self.names:
            best = max(self.names, key=lambda n: (len(n.tokens), len(" ".join(n.tokens))))
            if best.tokens:
                return " ".join(best.tokens)
        return self.label

    @property
    def acronyms(self) -> set[str]:
        """Initials of its multi-word names and acronyms it was called by."""
        return self._names().acronyms

    def add(self, mention: NameMention) -> None:
        """Add a name mention, its type vote and the gender its name marks."""
        self.names.append(mention.name)
        self.mentions.append((mention.start, mention.end))
        if mention.label in PERSON_LABELS:
            self.votes["person"] += 1
        elif mention.label in ORG_LABELS:
            self.votes["organisation"] += 1
            if mention.label in PLACE_LABELS:
                self.votes["place"] += 1
        gender = name_gender(mention.name)
        if gender is not None and self.gender is None:
            self.gender = gender


def _personal_word(word: str, outlets: frozenset[str]) -> bool:
    """Whether a name word could be a person's: capitalised letters (a hyphen or apostrophe inside), no outlet word."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return word[:1].isupper() and letters.isalpha() and word not in outlets


def _genders_clash(group: Group, name: Name, context: str | None = None) -> bool:
    """Whether a name's gender (else the one its context marks) contradicts the group's."""
    gender = name_gender(name) or context
    return gender is not None and group.gender is not None and gender != group.gender


def _bare_candidates(groups: list[Group], word: str) -> tuple[list[Group], list[Group], list[Group]]:
    """Groups a one-word name could denote.

    Args:
        groups: The groups so far.
        word: The one name word, lower case.

    Returns:
        ``(surname, exact, first)``: groups with a longer name ending in the
        word (a surname, or an organisation's head word: "the Post") or
        abbreviated by it;
        groups called by exactly this one word; groups with a longer name
        starting with it.

    """
    surname, exact, first = [], [], []
    for group in groups:
        single, last, starts = group.words
        if word in single and not group.multi:
            exact.append(group)
            continue
        if word in last or word.upper() in group.acronyms:
            surname.append(group)
        elif word in starts:
            first.append(group)
    return surname, exact, first


def _recent(groups: list[Group]) -> Group:
    """The group mentioned last."""
    return max(groups, key=lambda g: g.mentions[-1][0] if g.mentions else -1)


def _same_full_name(group: Group, name: Name) -> bool:
    """Whether a multi-word name is one of the group's names or a variant.

    "Maria T. Lopez" and "Maria Lopez" are variants: same first and last
    word, the shorter one's words all in the longer one.
    """
    if name.key in group.keys:
        return True
    for other in group.multi:
        if other.first == name.first and other.last == name.last:
            small, big = sorted((other, name), key=lambda n: len(n.tokens))
            if {t.lower() for t in small.tokens} <= {t.lower() for t in big.tokens}:
                return True
    return False


class _NameIndex:
    """Which groups carry a given name word or acronym.

    Placing a name then looks at a handful of groups instead of all of them,
    which keeps clustering linear in the article's length.
    """

    def __init__(self) -> None:
        self._groups: dict[str, list[Group]] = {}
        self._order: dict[int, int] = {}

    def candidates(self, *keys: str) -> list[Group]:
        """The groups filed under any of ``keys``, in the order they were made."""
        found = {id(g): g for key in keys for g in self._groups.get(key, ())}
        return sorted(found.values(), key=lambda g: self._order[id(g)])

    def file(self, group: Group, name: Name) -> None:
        """File ``group`` under the words of ``name`` and under its acronyms."""
        self._order.setdefault(id(group), len(self._order))
        keys = {f"w:{name.first}", f"w:{name.last}"}
        if name.tokens:
            keys.add(f"r:{name.tokens[0].replace('.', '')}")
        keys |= {f"a:{acronym}" for acronym in group.acronyms}
        for key in keys:
            filed = self._groups.setdefault(key, [])
            if not filed or (filed[-1] is not group and group not in filed):
                filed.append(group)


def place_name(groups: list[Group], mention: NameMention, index: _NameIndex | None = None) -> Group:
    """Put one name mention into an existing group or a new one.

    Rules, in order:

    1. A multi-word name joins the group that has the same full name (or a
       variant with the same first and last word).
    2. A multi-word name joins an earlier one-word group called by its last
       word (the surname seen first), or by its acronym, unless the genders
       its first name and the group mark disagree.
    Groups whose gender contradicts the one an honorific marks ("Mrs Rourke"
    beside "Tom Rourke"), or the words around the mention mark ("Rourke, a
    grandmother of six,"; "Rourke said he ..."), are never candidates for a
    one-word name.

    3. A one-word name joins the one group with a longer name ending in it
       (a surname, or an organisation's head word: "the Post") or
       abbreviated by it (an acronym). When several groups qualify the most
       recently mentioned one wins and all of them are marked ambiguous.
    4. Otherwise it joins the group called by exactly that word; if some
       group's longer name starts with that word too, the group is marked
       ambiguous (a bare "Park" beside "Park Ji Won").
    5. Otherwise a one-word name joins the one group whose longer name
       starts with it (a first name alone), else a new group starts.

    Args:
        groups: The groups so far (a new group is appended to it).
        mention: The mention to place.
        index: The name index of ``groups``, kept up to date here; without
            one every group is examined (same result, quadratic time).

    Returns:
        The group it was placed in.

    """
    name = mention.name

    def near(*keys: str) -> list[Group]:
        return groups if index is None else index.candidates(*keys)

    if len(name.tokens) >= 2:
        chosen = _place_full_name(name, near)
    elif name.tokens:
        chosen = _place_one_word(name, near, mention.gender)
    else:
        chosen = None
    if chosen is None:
        chosen = Group()
        groups.append(chosen)
    chosen.add(mention)
    if index is not None:
        index.file(chosen, name)
    return chosen


def _place_full_name(name: Name, near: Callable[..., list[Group]]) -> Group | None:
    """Rules 1 and 2 of :func:`place_name`: the same full name, else the one earlier bare surname or acronym."""
    for group in near(f"w:{name.first}"):
        if _same_full_name(group, name):
            return group
    acronym = acronym_of(name.tokens)

    def called_by_it(group: Group) -> bool:
        return any(
            n.tokens and (n.first == name.last or (acronym and n.tokens[0].replace(".", "") == acronym))
            for n in group.names
        )

    bare = [
        g
        for g in near(f"w:{name.last}", f"r:{acronym}")
        if not g.multi and g.kind == "name" and called_by_it(g) and not _genders_clash(g, name)
    ]
    return bare[0] if len(bare) == 1 else None


def _place_one_word(name: Name, near: Callable[..., list[Group]], context: str | None = None) -> Group | None:
    """Rules 3 to 5 of :func:`place_name` for a one-word name; ambiguous candidates are marked."""
    nearby = near(f"w:{name.first}", f"a:{name.first.upper()}")
    # "Mrs Rourke" is not "Tom Rourke": an honorific's gender rules out a group of the other
    fitting = [g for g in nearby if g.kind == "name" and not _genders_clash(g, name, context)]
    surname, exact, first = _bare_candidates(fitting, name.first)
    if surname:
        return _most_recent_of(surname)
    if exact:
        if first:
            exact[0].ambiguous = True
        return exact[0]
    if first:
        return _most_recent_of(first)
    return None


def _most_recent_of(candidates: list[Group]) -> Group:
    """The most recently mentioned candidate; all are marked ambiguous when there are several."""
    if len(candidates) > 1:
        for group in candidates:
            group.ambiguous = True
    return _recent(candidates)


def cluster_names(mentions: list[NameMention]) -> tuple[list[Group], list[Group]]:
    """Group name mentions, in text order, into would-be entities.

    Args:
        mentions: Name mentions; sorted by start here.

    Returns:
        The groups, and for each mention (in sorted order) its group.

    """
    groups: list[Group] = []
    index = _NameIndex()
    placed = [place_name(groups, m, index) for m in sorted(mentions, key=lambda m: m.start)]
    return groups, placed
