"""Several people named together: "Mia Holt and Reza Qadir said they ...".

A coordination of people's names ("X and Y", "the chair, X, and her deputy,
Y") is one plural antecedent: the "they" after it stands for both, and so do
"both", "the two" and "one of them" (see the ``speaker.partitive`` rule). Each
coordination becomes a plural group of its own, found once per article from
the parse, so reading it is linear in the article's length.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ._groups import Group

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._reader import Reader

BETWEEN_TWO = re.compile(
    r"""
    (?:,[ ][^,.;:\n“”"]{1,30},)?                          # an age or a title of the first ("Gwilym Harte, 71,")
    [ ]and[ ]
    (?:(?:his|her|their|the|a|an)[ ][\w’'-]+(?:[ ][\w’'-]+){0,2},[ ])?  # the second's title ("his neighbour, ")
    \Z""",
    re.VERBOSE,
)
"""The words between two people's names written together ("X and Y", "X, 71, and his neighbour, Y")."""

_NAME_PARTS = frozenset({"compound", "flat"})
"""Dependency labels of the non-head words of a name."""


def _member(reader: Reader, token: Token) -> Group | None:
    """The named group a conjunct stands for: its own name, or a name in apposition ("her deputy, Owen Bright")."""
    owner = reader.owner
    if token.i in owner:
        return owner[token.i]
    return next((owner[c.i] for c in token.children if c.dep_ == "appos" and c.i in owner), None)


def _conjuncts(token: Token) -> list[Token]:
    """The token and every conjunct hanging from it, in text order."""
    found = [token]
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(c for c in item.children if c.dep_ == "conj")
    return sorted(found, key=lambda t: t.i)


@dataclass(frozen=True)
class Together:
    """People named together: their plural group and where the coordination is.

    Args:
        token: The token heading the first conjunct (the key of ``Reader.sets``).
        group: The plural group.
        start: Offset of the first member's name.
        end: Offset one past the last member's name.

    """

    token: int
    group: Group
    start: int
    end: int


def _plural_group(reader: Reader, members: list[Group]) -> Group:
    """A new plural person group named by its members' names joined with "and"."""
    group = Group(kind="set", label=" and ".join(m.name for m in members), salient=True, plural=True)
    group.votes["person"] += 1
    reader.groups.append(group)
    return group


def _people(groups: list[Group | None]) -> list[Group]:
    """The distinct groups, in order, if every one is a person (or untyped), else none.

    A lone first name the tagger took for a place or an organisation ("Imogen and Clemmie Fforde-Lacey") is a
    person beside someone the tagger took for a person.
    """
    members: list[Group] = []
    for group in groups:
        if group is None or ((group.type == "organisation" or group.place) and not _first_name(group)):
            return []
        if group not in members:
            members.append(group)
    if len(members) < 2 or not any(m.type != "organisation" and not m.place for m in members):
        return []
    return members


def _first_name(group: Group) -> bool:
    """Whether a group was only ever called by one word, a known first name ("Imogen")."""
    names = _lexicon.first_names()
    return bool(group.names) and all(len(n.tokens) == 1 and n.tokens[0] in names for n in group.names)


def _parsed_sets(reader: Reader) -> list[Together]:
    """Coordinations the parse shows ("X and Y", "the chair, X, and her deputy, Y,")."""
    found = []
    tokens = reader.tokens
    for i in sorted({t.head.i for t in tokens if t.dep_ == "conj"}):  # the heads of coordinations, in order
        token = tokens[i]
        if token.dep_ in _NAME_PARTS or token.dep_ == "conj":
            continue
        conjuncts = _conjuncts(token)
        members = _people([_member(reader, c) for c in conjuncts])
        if not members:
            continue
        owned = [t for c in conjuncts for t in c.subtree if t.i in reader.owner]
        if not owned:
            continue
        first, last = min(owned, key=lambda t: t.i), max(owned, key=lambda t: t.i)
        group = _plural_group(reader, members)
        found.append(Together(token.i, group, first.idx, last.idx + len(last.text)))
        head = token.head
        if token.dep_ == "appos" and head.pos_ == "NOUN":  # "Two parents, X and Y,": their title
            opening = min((t for t in head.subtree if t.i <= head.i), key=lambda t: t.i)
            reader.add_title(group, opening.idx, head.idx + len(head.text), set())
    return found


def _written_sets(reader: Reader, parsed: set[int]) -> list[Together]:
    """Two names written together ("X and Y", "X, 71, and his neighbour, Y") that the parse did not coordinate."""
    found = []
    for (one, ent, group), (other, _, second) in itertools.pairwise(reader.items):
        if not BETWEEN_TWO.match(reader.text[one.end : other.start]):
            continue
        heads = [t for t in ent if one.start <= t.idx < one.end]
        members = _people([group, second])
        if not heads or heads[-1].i in parsed or not members:
            continue
        found.append(Together(heads[-1].i, _plural_group(reader, members), one.start, other.end))
    return found


def find_sets(reader: Reader) -> list[Together]:
    """Plural groups for people named together, each with the token heading its first conjunct.

    Args:
        reader: The article's reader (names grouped).

    Returns:
        The coordinations, in no particular order; each group is plural,
        typed a person, and named by its members' names joined with "and".

    """
    parsed = _parsed_sets(reader)
    return parsed + _written_sets(reader, _member_tokens(reader, parsed))


def _member_tokens(reader: Reader, sets: list[Together]) -> set[int]:
    """Tokens inside coordinations already found (so a written pair inside one is not found twice)."""
    starts = reader.token_starts()
    return {i for s in sets for i in range(bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end))}


def set_of(reader: Reader, root: Token, end: int) -> Group | None:
    """The plural group a speaker mention's head stands for ("Two parents, X and Y,": X and Y), if any.

    Args:
        reader: The article's reader (``sets`` found).
        root: The head of the speaker mention.
        end: Where the speaker mention ends: a mention of the first name
            alone ("Howard" of "Howard and Austin Powers") is that person.

    Returns:
        The plural group, or ``None``.

    """
    sets = reader.sets
    if root.i in sets:
        return sets[root.i].group if sets[root.i].end <= end else None
    return next((sets[c.i].group for c in root.children if c.dep_ == "appos" and c.i in sets), None)
