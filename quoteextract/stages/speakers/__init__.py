"""Speaker resolution: one entity per person, organisation or anonymous source.

:func:`resolve_speakers` reads the article once, in text order:

1. proper names from the named-entity layer are cleaned (honorifics,
   possessives, articles) and grouped by name (:mod:`._clustering`), whatever
   label the tagger gave each one; the type is decided from the name's own
   words (honorific, first name, organisation suffix, acronym) before the
   tagger's votes;
2. titles are read from the parse by the ``titles`` rules (:mod:`._descriptors`),
   and the signs around each name that it is a person (a role, an age, kin)
   are counted before the tagger's votes (:mod:`._evidence`);
3. speaker mentions (by the ``speakers`` rules, :mod:`._speaker_rules`),
   pronouns (:mod:`._pronouns`) and role references are resolved in text
   order against what came before (:mod:`._passes`, :mod:`._reader`);
   unnamed sources get an entity of their own (:mod:`._anonymous`); credit
   lines are skipped (:mod:`._credits`); an unnamed role group that a later
   title names joins the named group (:mod:`._titled`);
4. the groups worth reporting become entities (:mod:`._entities`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs

from ..._model import Entity, Quotation
from . import (  # noqa: F401  (register the ``titles`` and ``speakers`` rules)
    _company,
    _compared,
    _defendant,
    _descriptors,
    _documents,
    _epithets,
    _families,
    _framed,
    _generic_person,
    _headings,
    _hearing,
    _kin,
    _named_next,
    _nested,
    _offices,
    _speaker_rules,
    _titled,
    _transcript,
    _union,
    _words_of,
)
from ._entities import build_entities, mark_salient
from ._evidence import gather_evidence
from ._framed import framed_speakers
from ._passes import gather_titles, read
from ._reader import Reader
from ._titled import join_named_next, join_role_mentions, title_unnamed

if TYPE_CHECKING:
    from ...article import Article

__all__ = ["SpeakerResult", "resolve_speakers"]


def _quotations(quotes: Iterable[Quotation]) -> tuple[Quotation, ...]:
    return tuple(quotes)


def _entities(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(entities)


@attrs.frozen
class SpeakerResult:
    """What speaker resolution found.

    Args:
        quotes: The quotations, in the order given, each resolved speaker
            mention carrying its entity id (``speaker.entity``).
        entities: Every person and organisation named in the article, and
            every speaker, in order of first mention; ``Entity.quotes`` is
            left empty (filled when the extraction is assembled).
        speaker_entity: For each quotation (by index in ``quotes``) whose
            speaker was resolved to an entity, that entity's id.

    .. versionadded:: 0.2.0

    """

    quotes: tuple[Quotation, ...] = attrs.field(converter=_quotations)
    entities: tuple[Entity, ...] = attrs.field(converter=_entities)
    speaker_entity: Mapping[int, int] = attrs.field(factory=dict)


def resolve_speakers(article: Article, quotes: list[Quotation]) -> SpeakerResult:
    """Group mentions into entities and point each speaker mention at one.

    Args:
        article: The parsed article (``article.doc`` set).
        quotes: Quotations whose ``speaker`` mentions are not yet resolved.

    Returns:
        The quotations with ``speaker.entity`` set where a speaker was
        resolved (left unchanged for unresolved pronouns, credit lines and
        first-person speakers), the entities, and the explicit map from
        quotation to entity.

    """
    doc = article.doc
    assert doc is not None, "speaker resolution reads the parse"
    if not any(not t.is_space for t in doc):
        return SpeakerResult(quotes, ())
    quotes = framed_speakers(article, quotes)
    reader = Reader(article, list(quotes))
    gather_titles(reader)
    gather_evidence(reader)
    resolved = read(reader)
    title_unnamed(reader)
    join_role_mentions(reader, resolved)
    join_named_next(reader, resolved)
    mark_salient(reader)
    entities, ids = build_entities(reader)
    speaker_entity = {index: ids[id(group)] for index, group in resolved.items() if id(group) in ids}
    out = []
    for index, quote in enumerate(quotes):
        if quote.speaker is not None and index in resolved:
            quote = attrs.evolve(quote, speaker=attrs.evolve(quote.speaker, entity=speaker_entity.get(index)))
        out.append(quote)
    return SpeakerResult(out, entities, speaker_entity)
