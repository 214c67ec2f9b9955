"""Several people named together: "Mia Holt and Reza Qadir said they ...".

A coordination of people's names ("X and Y", "the chair, X, and her deputy,
Y") is one plural antecedent: the "they" after it stands for both, and so do
"both", "the two" and "one of them" (see the ``speaker.partitive`` rule). Each
coordination becomes a plural group of its own, found once per article from
the parse, so reading it is linear in the article's length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._groups import Group

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._reader import Reader

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


def find_sets(reader: Reader) -> dict[int, Group]:
    """Plural groups for coordinated people's names, by the token heading the first conjunct.

    Args:
        reader: The article's reader (names grouped).

    Returns:
        ``{token index: group}``; the group is plural, typed a person, and
        named by its members' names joined with "and".

    """
    sets: dict[int, Group] = {}
    for token in reader.doc:
        if token.dep_ in _NAME_PARTS or token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        members: list[Group] = []
        for conjunct in _conjuncts(token):
            group = _member(reader, conjunct)
            if group is None or group.type == "organisation" or group.place:
                members = []
                break
            if group not in members:
                members.append(group)
        if len(members) < 2:
            continue
        label = " and ".join(m.name for m in members)
        group = Group(kind="set", label=label, salient=True, plural=True)
        group.votes["person"] += 1
        reader.groups.append(group)
        sets[token.i] = group
        head = token.head
        if token.dep_ == "appos" and head.pos_ == "NOUN":  # "Two parents, X and Y,": their title
            first = min((t for t in head.subtree if t.i <= head.i), key=lambda t: t.i)
            reader.add_title(group, first.idx, head.idx + len(head.text), set())
    return sets


def set_of(reader: Reader, root: Token) -> Group | None:
    """The plural group a speaker mention's head stands for ("Two parents, X and Y,": X and Y), if any."""
    sets = reader.sets
    if root.i in sets:
        return sets[root.i]
    return next((sets[c.i] for c in root.children if c.dep_ == "appos" and c.i in sets), None)
