"""A definite "the union" or "their union" that speaks: the union the workers were said to belong to.

"Most of the dockers belong to the Port Workers' Guild. Their union said it had not been consulted": news names
the union once, often as the object of "belong to" or "are members of", and then calls it "their union" or "the
union". The ``speaker.union`` rule takes the latest organisation named in the pronoun window
(:mod:`._pronouns`) that can be a union: its name has a union's word ("Guild", "Union", "Federation") or it is
what people belong to ("belong to Unite", "members of Unite", "represented by Unite"). A union already called
"the union" is the role rule's; "the union's members" and "the rail union" are new descriptions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from ._company import MODIFIERS, _name_token
from ._names import looks_like_person
from ._pronouns import PARAGRAPH_WINDOW

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._groups import Group
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

UNION_NOUNS = frozenset({"union"})
"""Nouns that name a trade union by its kind."""

DETERMINERS = frozenset({"the", "their"})
"""Words before the noun that make it a back-reference ("the union", "their union")."""

UNION_NAME_WORDS = frozenset({"union", "guild", "federation", "brotherhood", "congress", "association"})
"""Words of a union's own name ("the Port Workers' Guild")."""

MEMBERSHIP = frozenset({("belong", "to"), ("member", "of"), ("represent", "by"), ("join", "")})
"""``(lemma, preposition)`` pairs that make a name what people belong to ("belong to Unite", "members of Unite",
"represented by Unite", "joined Unite")."""


@rule("speaker.union", stage="speakers", order=592)
def union_speaker(site: SpeakerSite) -> Outcome:
    """A definite "the union" or "their union" with no holder of that role: the union named last."""
    head = site.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in UNION_NOUNS or head.tag_ in {"NNS", "NNPS"}:
        return None
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in DETERMINERS for c in head.children):
        return None
    if any(c.dep_ in MODIFIERS - {"poss"} for c in head.children):
        return None
    reader = site.reader
    if reader.holder({"union"}, plural=False) is not None:
        return None
    group = latest_union(reader, site.speaker.start)
    if group is None:
        return None
    reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group


def latest_union(reader: Reader, offset: int) -> Group | None:
    """The latest organisation before ``offset`` in the pronoun window that can be a union."""
    paragraph = reader.layout.paragraph(offset)
    for item in reversed(reader.history):
        if item.paragraph < paragraph - PARAGRAPH_WINDOW:
            break
        if item.offset >= offset or item.quoted or not _an_organisation(item.group):
            continue
        if (_union_name(item.group) and not item.group.place) or _belonged_to(reader, item.offset):
            return item.group
    return None


def _an_organisation(group: Group) -> bool:
    """Whether a named group can be an organisation: no person's name or gender.

    The tagger's place is not trusted for what people belong to ("belong to Unite").
    """
    if group.kind != "name" or group.gender is not None:
        return False
    return not any(looks_like_person(name) for name in group.names)


def _union_name(group: Group) -> bool:
    """Whether a group's own name has a union's word ("Guild", "Union")."""
    return any(w.lower() in UNION_NAME_WORDS for name in group.names for w in name.tokens)


def _belonged_to(reader: Reader, offset: int) -> bool:
    """Whether the name at ``offset`` is what people belong to ("belong to Unite", "members of Unite")."""
    token = _name_token(reader, offset)
    if token is None:
        return False
    return _membership(token.head, token.dep_)


def _membership(head: Token, dep: str) -> bool:
    """Whether a name hanging from ``head`` by ``dep`` is the object of a membership word."""
    if dep == "dobj":
        return (head.lemma_.lower(), "") in MEMBERSHIP
    if dep != "pobj":
        return False
    return (head.head.lemma_.lower(), head.lower_) in MEMBERSHIP
