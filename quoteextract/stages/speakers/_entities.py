"""The end of speaker resolution: which groups become entities, and the entities themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..._model import Descriptor, Entity
from ..._model import Span as TextSpan
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from ._groups import Descriptor as Title
    from ._groups import Group
    from ._reader import Reader

_SALIENT_DEPS = NOMINAL_SUBJECT_DEPS | {"appos"}
"""Dependency labels that make a country or group worth an entity."""


def mark_salient(reader: Reader) -> None:
    """Decide which named groups are worth reporting as entities."""
    for mention, ent, group in reader.items:
        root = ent.root
        according = root.dep_ == "pobj" and root.head.lower_ in {"to", "by"}
        if mention.label in {"PERSON", "ORG"} or root.dep_ in _SALIENT_DEPS or according:
            group.salient = True


def build_entities(reader: Reader) -> tuple[list[Entity], dict[int, int]]:
    """Build the entities, in order of first mention.

    Args:
        reader: The article's reader, after its passes.

    Returns:
        The entities, and a map from each kept group's ``id()`` to its entity id.

    """
    kept = [g for g in reader.groups if g.mentions and (g.salient or reader.is_speaker_group(g))]
    kept.sort(key=lambda g: min(g.mentions))
    ids = {id(g): n for n, g in enumerate(kept)}
    return [_entity(reader.text, ids[id(g)], g, ids) for g in kept], ids


def _outermost(titles: list[Title]) -> list[Title]:
    """The titles, in order, less those inside a longer one ("chief of staff" in "the mayor's chief of staff").

    A title that names a related group is always kept. Sorted once, so linear
    but for the sort in the number of titles.
    """
    inside: set[int] = set()
    reach = -1
    for index in sorted(range(len(titles)), key=lambda k: (titles[k].start, -titles[k].end)):
        title = titles[index]
        if title.end <= reach and title.related is None:
            inside.add(index)
        reach = max(reach, title.end)
    return [t for k, t in enumerate(titles) if k not in inside]


def _joined_titles(text: str, titles: list[Title]) -> list[tuple[int, int, Group | None]]:
    """The group's title spans, once each: a title inside or touching another one is joined to it.

    The rules may find one title in pieces ("Officer" from the honorific and
    "Station Officer" from the parse; "Staff" and "Nurse"); those become one
    span, listed where its first piece was. Titles naming a related group are
    kept apart. One sweep in text order (linear but for the sort).
    """
    kept = _outermost(titles)
    spans: dict[int, list[Any]] = {}  # first piece's position in ``kept`` -> [start, end, related]
    current = -1
    for index in sorted(range(len(kept)), key=lambda k: (kept[k].start, -kept[k].end)):
        title = kept[index]
        span = spans.get(current)
        if span is not None and title.related is None and span[2] is None and not text[span[1] : title.start].strip():
            span[1] = max(span[1], title.end)
            first = min(index, current)
            spans[first] = spans.pop(current)
            current = first
            continue
        spans[index] = [title.start, title.end, title.related]
        current = index
    return [(spans[k][0], spans[k][1], spans[k][2]) for k in sorted(spans)]


def _entity(text: str, ident: int, group: Group, ids: dict[int, int]) -> Entity:
    """One group as an entity; titles once each, their related groups as entity ids."""
    spans = sorted(set(group.mentions))
    descriptors = []
    seen = set()
    for start, end, related_group in _joined_titles(text, group.descriptors):
        words = text[start:end]
        if words in seen:
            continue
        seen.add(words)
        related = ids.get(id(related_group)) if related_group is not None else None
        descriptors.append(Descriptor(words, TextSpan(start, end, words), related))
    return Entity(
        id=ident,
        name=group.name or text[spans[0][0] : spans[0][1]],
        type=group.type,
        titles=tuple(d.text for d in descriptors),
        descriptors=tuple(descriptors),
        mentions=tuple(TextSpan(s, e, text[s:e]) for s, e in spans),
        anonymous=group.anonymous,
        ambiguous=group.ambiguous,
    )
