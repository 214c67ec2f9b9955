"""One of a family picked by age: "the elder Garside", "the younger Okafor".

News tells apart relatives who share a surname by comparing their ages ("Malcolm Garside, 63, and his son, Adam
Garside, 35, ... “...,” the elder Garside said"). The ``speaker.compared`` rule (order 99, before
``speaker.name``, which would take the one most recently named) reads an age comparison before a bare surname
and takes, among the people named in full with that surname, the oldest ("elder", "older", "eldest", "oldest")
or the youngest ("younger", "youngest"): by the ages written after their names (of those whose age is given),
else by the kin words that describe them ("his son" is younger than the father named with him, "her father"
older). When neither tells them apart, the rule passes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule

if TYPE_CHECKING:
    from ._groups import Group
    from ._speaker_rules import Outcome, SpeakerSite

OLDER = frozenset({"elder", "older", "eldest", "oldest"})
"""Comparisons that pick the oldest."""

YOUNGER = frozenset({"younger", "youngest"})
"""Comparisons that pick the youngest."""

KIN_RANKS = {
    "grandfather": 2,
    "grandmother": 2,
    "father": 1,
    "mother": 1,
    "son": -1,
    "daughter": -1,
    "grandson": -2,
    "granddaughter": -2,
}
"""How much older a kin word makes the person it describes than the one it relates to."""


@rule("speaker.compared", stage="speakers", order=99)
def compared_speaker(site: SpeakerSite) -> Outcome:
    """A bare surname after "the elder" or "the younger": the oldest or youngest person named with that surname."""
    doc = site.reader.doc
    span = doc.char_span(site.speaker.start, site.speaker.end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    words = [t.lower_ for t in span]
    at = next((i for i, w in enumerate(words[:-1]) if w in OLDER | YOUNGER), None)
    if at is None or at + 2 != len(words):
        return None
    surname = words[-1]
    family = [g for g in site.reader.groups if _named_in_full(g, surname)]
    if len(family) < 2:
        return None
    ranked = _ranked(family)
    if ranked is None:
        return None
    group = ranked[-1] if words[at] in OLDER else ranked[0]
    site.reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group


def _named_in_full(group: Group, surname: str) -> bool:
    """Whether a group is a person named in full with this surname."""
    if group.kind != "name" or group.type == "organisation":
        return False
    return any(len(n.tokens) >= 2 and n.last == surname for n in group.names)


def _ranked(family: list[Group]) -> list[Group] | None:
    """The family from youngest to oldest, by written ages, else by kin words; ``None`` when they do not tell."""
    aged = [g for g in family if g.age is not None]  # "Malcolm Garside, 63, and his son, Adam Garside, 35"
    if len(aged) >= 2 and len({g.age for g in aged}) == len(aged):
        return sorted(aged, key=lambda g: g.age or 0)
    ranks = [_kin_rank(g) for g in family]
    if len(set(ranks)) != len(ranks):
        return None
    return [g for _, g in sorted(zip(ranks, family, strict=True), key=lambda pair: pair[0])]


def _kin_rank(group: Group) -> int:
    """How old the kin words describing a group make it (a father 1, a son -1, none 0)."""
    for descriptor in group.descriptors:
        for word in descriptor.text.lower().split():
            if word in KIN_RANKS:
                return KIN_RANKS[word]
    return 0
