"""Who a common noun names: a family by its plural surname ("The Patels say"), a role by a participle.

News calls a household or a couple by the plural of their surname. The
``speaker.family`` rule (order 96) reads a capitalised plural ("Patels",
"Joneses") with "the" before it whose singular is the surname of people the
article names ("Meera Patel", "her husband, Dev Patel"): the speaker is the
family, one plural group named by its members ("Meera and Dev Patel"; "the
Jones family" when only one of them is named in full). A
plural no one named in full bears as a surname ("the Smiths" as a band) is
left to the other rules.

The ``speaker.named`` rule (order 98) reads a role noun followed by a
participle naming the person ("Their organiser, a retired porter named Bill
Hanlon, said"; "A local man called Dave Rudd said"): the speaker is that
person, titled by the role phrases.

The ``speaker.family_firm`` rule (order 97) reads a possessive name that
speaks with no noun after it ("Marchetti's said"): a business named after
its founder, not the person of that surname.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import regex

from ...rules import rule
from ._groups import Group

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

_FAMILIES: weakref.WeakKeyDictionary[Reader, dict[str, Group]] = weakref.WeakKeyDictionary()
"""Per reader (one article), the family groups made, by surname."""


def _singulars(word: str) -> list[str]:
    """The surnames a capitalised plural can be ("Patels": Patel; "Joneses": Jones, Jonese)."""
    if not (word[:1].isupper() and word.endswith("s") and len(word) > 3 and word[1:].islower()):
        return []
    found = [word[:-1]]
    if word.endswith("es"):
        found.append(word[:-2])
    return found


def _definite(token: Token) -> bool:
    """Whether a word has "the" before it (a child or the word right before)."""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return True
    return token.i > 0 and token.nbor(-1).lower_ == "the"


def _members(reader: Reader, surname: str) -> list[Group]:
    """The people named in full whose last name is ``surname``, in order of first mention."""
    key = surname.lower()
    found = [
        g
        for g in reader.groups
        if g.kind == "name" and not g.plural and g.type == "person" and len(g.name.split()) >= 2
        if g.name.split()[-1].lower() == key
    ]
    return sorted(found, key=lambda g: min(g.mentions)[0] if g.mentions else 0)


def _label(members: list[Group], surname: str) -> str:
    """The family's name: its members' first names and the surname ("Meera and Dev Patel"), or "the Jones family"."""
    if len(members) < 2:
        return f"the {surname} family"
    firsts = [m.name.split()[0] for m in members]
    joined = firsts[0] if len(firsts) == 1 else ", ".join(firsts[:-1]) + " and " + firsts[-1]
    return f"{joined} {surname}"


@rule("speaker.family", stage="speakers", order=96)
def family_speaker(site: SpeakerSite) -> Outcome:
    """A surname in the plural with "the" ("The Patels say"): the family of that name, named by its members."""
    head = site.head
    if head.pos_ not in {"PROPN", "NOUN"} or not _definite(head):
        return None
    reader = site.reader
    for surname in _singulars(head.text):
        members = _members(reader, surname)
        if not members:
            continue
        families = _FAMILIES.setdefault(reader, {})
        group = families.get(surname)
        if group is None:
            group = Group(kind="set", label=_label(members, surname), salient=True, plural=True)
            group.votes["person"] += 1
            reader.groups.append(group)
            families[surname] = group
        reader.add_mention(group, site.speaker.start, site.speaker.end)
        return group
    return None


NAMING_VERBS = frozenset({"name", "call"})
"""Verbs of a participle that names the person a role noun stands for ("a porter named Bill Hanlon")."""

NAME_DEPS = frozenset({"oprd", "dobj", "attr", "appos"})
"""Dependency labels of the name a naming participle gives."""

_SEEN_TITLES: weakref.WeakKeyDictionary[Reader, set[tuple[int, int, int]]] = weakref.WeakKeyDictionary()
"""Per reader (one article), the titles this module recorded."""


def _named_by(reader: Reader, noun: Token) -> Group | None:
    """The named group a participle after a noun names ("porter named Bill Hanlon": Bill Hanlon's group)."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in NAMING_VERBS or verb.i < noun.i:
            continue
        for name in verb.children:
            group = reader.owner.get(name.i) if name.dep_ in NAME_DEPS else None
            if group is not None and group.type != "organisation":
                return group
    return None


PICKED_ONE = frozenset({"one", "another"})
"""Words that pick one person out of a group, named by an appositive's participle ("One of the marchers, a
theatre nurse named Grace Ampofo, said")."""


@rule("speaker.named", stage="speakers", order=98)
def named_speaker(site: SpeakerSite) -> Outcome:
    """A role noun and a participle naming who it is ("a retired porter named Bill Hanlon"): that person.

    The role phrases before the participle ("Their organiser", "a retired porter") are the person's titles.
    """
    head, reader = site.head, site.reader
    if head.pos_ != "NOUN" and head.lower_ not in PICKED_ONE:
        return None
    for noun in [head, *(c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN")]:
        group = _named_by(reader, noun)
        if group is None:
            continue
        seen = _SEEN_TITLES.setdefault(reader, set())
        for role in [head] if noun is head else [head, noun]:
            start, end = role.left_edge.idx, role.idx + len(role.text)
            reader.add_title(group, start, end, seen)
        reader.add_mention(group, site.speaker.start, site.speaker.end)
        return group
    return None


FIRM_SAYS = regex.compile(
    r"['’]s[ ]+(?:said|says|told|added|announced|confirmed|insisted|stated|warned|explained|declined)\b"
)
"""A possessive name speaking with no noun after it ("Marchetti's said", "Sainsbury's told"): a business."""


def _firm_name(text: str, start: int, end: int) -> str | None:
    """The name of a business written as a possessive that speaks ("Marchetti" of "Marchetti's said"), if it is one."""
    words = text[start:end]
    at = end - 2 if words.endswith(("'s", "’s")) else end
    if FIRM_SAYS.match(text, at) is None:
        return None
    name = text[start:at].strip()
    name = name[4:] if name.startswith(("The ", "the ")) else name
    return name if name[:1].isupper() else None


@rule("speaker.family_firm", stage="speakers", order=97)
def family_firm_speaker(site: SpeakerSite) -> Outcome:
    """A possessive name that speaks ("Marchetti's said"): the business, not the person of that surname.

    Shops and firms named after a founder are written as the founder's possessive ("Sainsbury's",
    "Marchetti's"); when one speaks it is the business: the organisation named before whose name opens with
    the same word ("Marchetti & Sons"), else an organisation of that name.
    """
    reader = site.reader
    name = _firm_name(reader.text, site.speaker.start, site.speaker.end)
    if name is None:
        return None
    first = name.split()[0].lower()
    group = next(
        (
            g
            for g in reader.groups
            if g.kind == "name" and g.type == "organisation" and g.name.split()[0].lower() == first
        ),
        None,
    )
    if group is None:
        group = Group(kind="name", label=f"{name}'s", salient=True)
        group.votes["organisation"] += 1
        reader.groups.append(group)
    reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group
