"""Mutable groups of mentions, built up while reading an article.

A :class:`Group` becomes one :class:`~quoteextract.Entity` at the end. The
name-matching rules live in :func:`cluster_names`; they need only parsed names,
so they are tested without a spaCy model.
"""

from __future__ import annotations

from collections import Counter
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
        compared: Whether an age comparison comes before it ("the elder Hale", "the younger Okafor"): it picks
            one of a family by age, not the one the bare surname has been calling.

    """

    start: int
    end: int
    name: Name
    label: str = ""
    gender: str | None = None
    compared: bool = False


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
        generation: The first generation suffix its names carry ("Jr."), else "".

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
    generation: str = ""
    _spellings: set[tuple[str, ...]] = field(default_factory=set)

    def absorb(self, names: list[Name]) -> None:
        """Count in the names after the first ``count``."""
        for name in names[self.count :]:
            self._add(name)
        self.count = len(names)

    def _add(self, name: Name) -> None:
        self.tokens.update(t.lower() for t in name.tokens)
        self.generation = self.generation or name.generation
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
        age: The age written after one of its names ("Venn, 83,"), if any (an
            epithet's age must agree: :mod:`._epithets`).
        they: One person the article says goes by "they" ("Sam Okoye, who
            uses they/them pronouns"): "they" may stand for them.
        document: Speaks through a document: one with no named author ("an
            internal memo", "the report") or the author a document is credited
            to ("a letter from the chief inspector"): a speaker "it" may stand
            for it.

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
    age: int | None = None
    they: bool = False
    document: bool = False
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
    def generation(self) -> str:
        """The suffix its names carry that tells a father from a son ("Jr.", "Sr."), else ""."""
        return self._names().generation

    @property
    def name(self) -> str:
        """The canonical name: the longest proper name, with its generation ("Robert Hale Sr."), else the label."""
        if self.names:
            best = max(self.names, key=lambda n: (len(n.tokens), len(" ".join(n.tokens))))
            if best.tokens:
                generation = self.generation if len(best.tokens) >= 2 else ""
                return " ".join((*best.tokens, generation)).strip()
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
        if gender is None and len(mention.name.tokens) >= 2:
            gender = mention.gender  # "his brother, Jurek Kowalczyk": the words around a full name
        if gender is not None and self.gender is None:
            self.gender = gender


def _personal_word(word: str, outlets: frozenset[str]) -> bool:
    """Whether a name word could be a person's: capitalised letters (a hyphen or apostrophe inside), no outlet word."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return word[:1].isupper() and letters.isalpha() and word not in outlets
