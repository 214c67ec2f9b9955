"""An epithet ("the Dutchman", "the 41-year-old", "the former striker"): a person the story has named.

News names a person once and then, to vary the words, calls them by their
nationality, their age or what they are or were: "Ruud Haas, Oldcastle's
manager, said ... The Dutchman, who took over in October, said ...". Unlike
an office ("the judge", "the mayor"), which may bring in someone new, such an
epithet always points back to someone the story has named. Epithets are:

- a demonym ("the Dutchman", "the Norwegian");
- an age ("the 41-year-old");
- a describing noun ("the teenager", "the veteran", "the Oscar winner");
- a role someone used to have ("the former striker", "the then-minister",
  "the ex-chairman");
- a parent by children ("the mother of three", "the father of two").

The person is, among the named people of the last few paragraphs whose gender
and stated age ("Haas, 41,") do not contradict the epithet's: one whose age
it states; else the latest named subject of the mention's own paragraph; else
the one mentioned most often in the window (the story's subject, who is
the one an epithet spares the reader a repeated name for), the latest on a tie.
The ``speaker.epithet`` rule resolves speaker mentions this way; an epithet
that is a clause's subject outside speaker mentions ("The former striker
laughed. ... he said") is resolved the same way by :func:`epithet_subjects`
and :func:`epithet_mention`, so the pronouns after it follow. When some
entity already carries the word as a role, the role rules decide.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ...rules import rule
from ._evidence import content_gender, reported_gender

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ._groups import Group
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

EPITHET_NOUNS = frozenset(
    {"teenager", "youngster", "veteran", "peer", "pensioner", "newcomer", "rookie", "debutant", "octogenarian"}
    | {"nonagenarian", "centenarian", "septuagenarian", "winner", "champion", "medallist", "medalist", "laureate"}
    | {"defender", "midfielder", "goalkeeper", "keeper", "winger", "playmaker", "batsman", "bowler"}
)
"""Nouns that describe a person already named, never an office that brings someone new in.

Positions in a team ("the defender", "the winger") are among them: a match report names the player
("centre-back Kofi Mensah") and then calls them by their position. "The striker" stays with the role rules,
as an office would (session 8's decision).
"""

PEERAGE = frozenset({"Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess"})
"""Honorifics of a peer: "the peer" is a person named with one of them when anyone in reach is."""

INVARIANT_DEMONYM = re.compile(r"[A-Z][a-z]+ese\Z|Swiss\Z")
"""Demonyms whose singular is their plural ("the Portuguese", "the Swiss"), which the tagger tags plural."""

FORMER_WORDS = frozenset({"former", "then", "ex", "onetime", "one-time", "erstwhile", "retired"})
"""Words before a role that make it one the person used to have ("the former striker", "the then-minister")."""

PARENT_NOUNS = frozenset({"mother", "father", "grandmother", "grandfather", "mum", "dad", "grandparent", "parent"})
"""Nouns that, with "of" and a number ("the mother of three"), describe a person by their children."""

DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]{3,}(?:wo)?man\Z")
"""A capitalised word ending in "-man" or "-woman" ("Dutchman", "Frenchwoman") the tagger may take for a name."""

DEMONYM_GENDER = re.compile(r"(?:wo)?man\Z")
"""The ending of a gendered demonym ("Dutchman", "Frenchwoman")."""

REACH = 4
"""How many paragraphs before the mention's own the person named may be."""

NEAR_WEIGHT = 2
"""Weight of a subject mention in the epithet's paragraph or the one before."""

FAR_WEIGHT = 1
"""Weight of a subject mention further back (within :data:`REACH`)."""

ROLE_KINDS = frozenset({"noun", "former", "parent"})
"""Kinds of epithet that are a role word: the person is filed under it once resolved."""

AGE_WORDS = re.compile(r"(\d{1,3})\s*-?\s*years?\s*-?\s*old", re.IGNORECASE)
"""The age an epithet states ("41-year-old")."""

AGE_MENTION = re.compile(r"the\s+(\d{1,3})-year-old", re.IGNORECASE)
"""A whole mention that is an age epithet, however the parser hung its words ("the 52-year-old")."""


@dataclass(frozen=True)
class Epithet:
    """What an epithet says of the person it stands for.

    Args:
        kind: ``demonym``, ``age``, ``noun``, ``former`` or ``parent``.
        word: The lemma that a role rule would look the person up by.
        gender: The gender it marks ("Dutchman", "mother"), if any.
        age: The age it states, if any.

    """

    kind: str
    word: str
    gender: str | None = None
    age: int | None = None


def _definite(head: Token) -> bool:
    """Whether a singular noun is made definite by "the" ("the Dutchman", not "a Dutchman" nor "the Dutch").

    "The Portuguese" may be one person: the plural tag of an invariant demonym does not rule it out.
    """
    singular = head.tag_ not in {"NNS", "NNPS"} or INVARIANT_DEMONYM.match(head.text) is not None
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and singular


def _role_gender(word: str) -> str | None:
    """The gender the role lexicon gives a word ("mother": female), if any."""
    role = _lexicon.roles().get(word)
    return role.gender if role is not None else None


def epithet_of(head: Token) -> Epithet | None:
    """The epithet a definite mention's head word makes, or ``None`` when it is none.

    Args:
        head: The head word of a noun phrase.

    Returns:
        What the epithet says, or ``None``.

    """
    if head.pos_ not in {"NOUN", "PROPN", "ADJ"} or not _definite(head):
        return None
    lemma = head.lemma_.lower()
    if head.text[:1].isupper() and (head.ent_type_ == "NORP" or _demonym_shape(head)):
        match = DEMONYM_GENDER.search(head.lower_) if len(head.text) > 5 else None
        gender = None if match is None else ("female" if match.group().startswith("wo") else "male")
        return Epithet("demonym", lemma, gender)
    if head.lower_ == "old" and any(c.lower_ == "year" for c in head.children):
        found = AGE_WORDS.search(head.doc[head.left_edge.i : head.i + 1].text)
        return Epithet("age", lemma, None, int(found.group(1)) if found else None)
    return None if head.pos_ == "ADJ" else _role_epithet(head, lemma)


def _role_epithet(head: Token, lemma: str) -> Epithet | None:
    """The epithet a role word makes: a describing noun, a former role, a parent by children; else ``None``."""
    if any(c.lower_ in FORMER_WORDS and c.i < head.i for c in head.children) and lemma in _lexicon.roles():
        return Epithet("former", lemma, _role_gender(lemma))
    if lemma in EPITHET_NOUNS:
        return Epithet("noun", lemma, _role_gender(lemma))
    if lemma in PARENT_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in head.children
    ):
        return Epithet("parent", lemma, _role_gender(lemma))
    return None


def _demonym_shape(head: Token) -> bool:
    """Whether a capitalised word reads as a gendered demonym the tagger missed ("Dutchman"), not an office."""
    role = _lexicon.roles().get(head.lower_)
    return DEMONYM_SHAPE.match(head.text) is not None and not (role is not None and role.title)


def _fits(group: Group, epithet: Epithet) -> bool:
    """Whether a named person may be the one an epithet describes (one person, gender and age not contradicted)."""
    if group.kind != "name" or group.type != "person" or group.plural:
        return False
    if epithet.gender is not None and group.gender not in {None, epithet.gender}:
        return False
    if epithet.word in {"peer", "peeress"} and not any(
        PEERAGE.intersection((n.honorific or "").split() + list(n.title)) for n in group.names
    ):
        return False  # "the peer" is "Lord Fenwick", not the club or the player named since
    ages = AGE_NOUNS.get(epithet.word)
    if ages is not None and group.age is not None and not ages[0] <= group.age <= ages[1]:
        return False  # "the nonagenarian" is not "Kev, 19,"
    return epithet.age is None or group.age in {None, epithet.age}


AGE_NOUNS: dict[str, tuple[int, int]] = {
    "teenager": (13, 19),
    "septuagenarian": (70, 79),
    "octogenarian": (80, 89),
    "nonagenarian": (90, 99),
    "centenarian": (100, 130),
}
"""Describing nouns that state an age range: a person whose stated age is outside it is someone else."""


def _ranked(epithet: Epithet, group: Group, subjects: float) -> tuple[bool, float]:
    """How well a person fits an epithet: without another known role first, then by subject mentions in reach.

    "The former striker" is not the goalkeeper named just before.
    """
    free = epithet.kind not in ROLE_KINDS or not group.role_nouns or epithet.word in group.role_nouns
    return free, subjects


def person_for(reader: Reader, offset: int, epithet: Epithet) -> Group | None:
    """The named person an epithet at ``offset`` stands for (see the module's docstring), or ``None``.

    Args:
        reader: The pass over the article (its history so far).
        offset: Where the epithet starts.
        epithet: What it says.

    Returns:
        The person's group, or ``None`` when nobody in reach fits.

    """
    paragraphs = reader.article.layout
    if not paragraphs.paragraphs:
        return None
    here = paragraphs.paragraph_at(offset).index
    subjects: Counter[int] = Counter()  # subject mentions in reach, weighed by nearness
    latest: list[Group] = []  # each fitting person once, latest first
    own: Group | None = None
    for item in reversed(reader.history):
        if item.offset >= offset or item.quoted:
            continue
        paragraph = paragraphs.paragraph_at(item.offset).index
        if paragraph < here - REACH:
            break
        group = item.group
        if not _fits(group, epithet):
            continue
        if epithet.age is not None and group.age == epithet.age:
            return group  # "Venn, 83, ... the 83-year-old"
        if paragraph == here and item.subject and own is None:
            own = group
        if id(group) not in subjects:
            latest.append(group)
        subjects[id(group)] += item.subject * (NEAR_WEIGHT if here - paragraph <= 1 else FAR_WEIGHT)
    if own is not None:
        return own  # the latest named subject of the mention's own paragraph
    return _best(epithet, latest, subjects)


def _best(epithet: Epithet, latest: list[Group], subjects: Counter[int]) -> Group | None:
    """The best ranked of the people in reach (latest first), the latest of those on a tie."""
    last_subject = next((g for g in latest if subjects[id(g)]), None)
    for group in latest:
        subjects[id(group)] += NEAR_WEIGHT * (group is last_subject)  # the latest subject: one more near mention
    best: Group | None = None
    for group in latest:
        if best is None or _ranked(epithet, group, subjects[id(group)]) > _ranked(epithet, best, subjects[id(best)]):
            best = group
    return best


def _learn(group: Group, epithet: Epithet) -> None:
    """Keep what an epithet says of the person it stands for: its role word and its age.

    "The former striker" is theirs from now on, for the role rules.
    """
    if epithet.kind in ROLE_KINDS:
        group.role_nouns.add(epithet.word)
    if epithet.age is not None and group.age is None:
        group.age = epithet.age


def _named_beside(reader: Reader, head: Token) -> bool:
    """Whether a name stands in apposition to the epithet ("The former mayor, Jane Hill,"): the name speaks."""
    return any(c.dep_ == "appos" and c.i in reader.owner for c in head.children)


def _someone_holds(reader: Reader, epithet: Epithet) -> bool:
    """Whether some entity carries the epithet's word as a role (then "the striker" is theirs: the role rules')."""
    return epithet.kind in ROLE_KINDS and reader.holder({epithet.word}, plural=False) is not None


@rule("speaker.epithet", stage="speakers", order=95)
def epithet_speaker(site: SpeakerSite) -> Outcome:
    """An epithet ("the Dutchman", "the 41-year-old", "the former striker"): a person named in the paragraphs before."""
    head = site.head
    epithet = epithet_of(head)
    if epithet is None and (whole := AGE_MENTION.fullmatch(site.speaker.text)) is not None:
        epithet = Epithet("age", "old", None, int(whole.group(1)))  # the parser split its words apart
    reader = site.reader
    if epithet is None or _someone_holds(reader, epithet) or _named_beside(reader, head):
        return None
    if epithet.gender is None:
        gender = reported_gender(head) or content_gender(head)  # "the 38-year-old said he ...", "... how she plays"
        epithet = dataclasses.replace(epithet, gender=gender)
    group = person_for(reader, site.speaker.start, epithet)
    if group is None:
        return None
    _learn(group, epithet)
    reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group


def epithet_subjects(reader: Reader) -> list[Span]:
    """Noun phrases that are an epithet and a clause's subject ("The former striker laughed"), found once.

    Args:
        reader: The article's reader.

    Returns:
        The noun chunks, in text order.

    """
    found = []
    for chunk in reader.noun_chunks():
        root = chunk.root
        if root.dep_ in NOMINAL_SUBJECT_DEPS and epithet_of(root) is not None:
            found.append(chunk)
    return found


def epithet_mention(reader: Reader, chunk: Span) -> None:
    """Record an epithet subject outside speaker mentions as a mention of the person it stands for.

    Args:
        reader: The pass over the article.
        chunk: The epithet's noun phrase.

    """
    if reader.speaker_spans.holds(chunk.start_char) or reader.layout.in_quote(chunk.start_char, chunk.end_char):
        return
    epithet = epithet_of(chunk.root)
    if epithet is None or _someone_holds(reader, epithet) or _named_beside(reader, chunk.root):
        return
    group = person_for(reader, chunk.start_char, epithet)
    if group is not None:
        _learn(group, epithet)
        reader.add_mention(group, chunk.start_char, chunk.end_char)
