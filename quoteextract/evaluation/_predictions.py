"""Predicted quotations, from :class:`~quoteextract.Extraction` objects or their JSON lines."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from .._errors import GoldFormatError
from .._model import Extraction, SourceLink


@attrs.frozen
class PredictedLink:
    """What the scorer needs of one predicted source link.

    Args:
        relation: The link's relation.
        names: Its entity's name and its mention's text, where known.

    """

    relation: str
    names: tuple[str, ...] = ()


@attrs.frozen
class PredictedQuote:
    """What the scorer needs of one predicted quotation.

    Args:
        start: Offset of the content's first character.
        end: Offset one past its last character.
        kind: The predicted kind.
        fragments: The pieces inside quote marks, ``(start, end)`` each.
        cue: The cue's ``(start, end)``, if any.
        speaker: The speaker mention's ``(start, end)``, if any.
        speaker_names: The speaker mention's text and its resolved entity's name.
        speaker_entity: The resolved speaker entity's name, if any.
        speaker_titles: That entity's titles and descriptor texts.
        sources: The source chain, immediate speaker first.
        polarity: The predicted polarity (``asserted``, ``negated``,
            ``denied``, ``hypothetical``), if given.

    .. versionchanged:: 0.2.0 ``polarity``.

    """

    start: int
    end: int
    kind: str
    fragments: tuple[tuple[int, int], ...] = ()
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    speaker_names: tuple[str, ...] = ()
    speaker_entity: str | None = None
    speaker_titles: tuple[str, ...] = ()
    sources: tuple[PredictedLink, ...] = ()
    polarity: str | None = None


def _links(extraction: Extraction, links: tuple[SourceLink, ...]) -> tuple[PredictedLink, ...]:
    """The source chain of one quotation with the names of its links."""
    result = []
    for link in links:
        entity = extraction.entity(link.entity)
        names = ([] if entity is None else [entity.name]) + ([] if link.mention is None else [link.mention.text])
        result.append(PredictedLink(link.relation, tuple(names)))
    return tuple(result)


def from_extraction(extraction: Extraction) -> list[PredictedQuote]:
    """Turn an extraction's quotations into :class:`PredictedQuote` records.

    Args:
        extraction: A result of :func:`quoteextract.extract` or friends.

    Returns:
        One record per quotation.

    """
    quotes = []
    for quote in extraction.quotes:
        names: list[str] = []
        speaker = None
        entity = None
        if quote.speaker is not None:
            speaker = (quote.speaker.start, quote.speaker.end)
            names.append(quote.speaker.text)
            entity = extraction.entity(quote.speaker.entity)
            if entity is not None:
                names.append(entity.name)
        quotes.append(
            PredictedQuote(
                start=quote.start,
                end=quote.end,
                kind=quote.kind,
                fragments=tuple((f.start, f.end) for f in quote.fragments),
                cue=None if quote.cue is None else (quote.cue.start, quote.cue.end),
                speaker=speaker,
                speaker_names=tuple(names),
                speaker_entity=None if entity is None else entity.name,
                speaker_titles=() if entity is None else (*entity.titles, *(d.text for d in entity.descriptors)),
                sources=_links(extraction, quote.sources),
                polarity=quote.polarity,
            )
        )
    return quotes


def _pair(value: Any, what: str) -> tuple[int, int]:
    if not (isinstance(value, list | tuple) and len(value) == 2 and all(type(v) is int for v in value)):
        raise ValueError(f"{what} must be a [start, end] pair of integers, got {value!r}")
    return value[0], value[1]


def _span_of(data: Any, what: str) -> tuple[int, int] | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise ValueError(f"{what} must be an object or null")
    return _pair([data.get("start"), data.get("end")], what)


def _entity_titles(entity: Mapping[str, Any]) -> tuple[str, ...]:
    titles = [t for t in entity.get("titles") or [] if isinstance(t, str)]
    for descriptor in entity.get("descriptors") or []:
        if isinstance(descriptor, dict) and isinstance(descriptor.get("text"), str):
            titles.append(descriptor["text"])
    return tuple(titles)


def _entity_id(value: Any) -> int | str | None:
    """An entity reference usable as a key (anything else, such as a list, refers to nothing)."""
    return value if isinstance(value, int | str) and not isinstance(value, bool) else None


def _speaker_extras(quote: Mapping[str, Any], entities: Mapping[Any, Mapping[str, Any]]) -> dict[str, Any]:
    """The speaker entity's name and titles and the source chain of one JSON quotation."""
    speaker = quote.get("speaker")
    entity = entities.get(_entity_id(speaker.get("entity"))) if isinstance(speaker, dict) else None
    links = []
    for link in quote.get("sources") or []:
        if not isinstance(link, dict) or not isinstance(link.get("relation"), str):
            raise ValueError("sources must be objects with a relation")
        names = []
        if _entity_id(link.get("entity")) in entities:
            names.append(entities[link["entity"]]["name"])
        mention = link.get("mention")
        if isinstance(mention, dict) and isinstance(mention.get("text"), str):
            names.append(mention["text"])
        links.append(PredictedLink(link["relation"], tuple(names)))
    return {
        "speaker_entity": None if entity is None else entity["name"],
        "speaker_titles": () if entity is None else _entity_titles(entity),
        "sources": tuple(links),
    }


def _speaker_names(speaker: Any, names: Mapping[Any, str]) -> tuple[str, ...]:
    """The JSON speaker mention's text and its entity's name, where given (none without a speaker)."""
    if not isinstance(speaker, dict):
        return ()
    found: list[str] = []
    if isinstance(speaker.get("text"), str):
        found.append(speaker["text"])
    if _entity_id(speaker.get("entity")) in names:
        found.append(names[speaker["entity"]])
    return tuple(found)


def from_dict(data: Any) -> list[PredictedQuote]:
    """Read the quotations of one extraction in the library's JSON shape.

    Only ``quotes[].start/end/kind/fragments/cue/speaker/sources/polarity`` and
    ``entities[].id/name/titles/descriptors`` are read; other fields are ignored.

    Args:
        data: A decoded :func:`quoteextract.to_dict` object.

    Returns:
        One record per quotation.

    Raises:
        ValueError: With a message naming the field at fault.

    """
    if not isinstance(data, dict):
        raise ValueError(f"expected a JSON object, got {type(data).__name__}")
    names = {}
    entities = {}
    for entity in data.get("entities") or []:
        if isinstance(entity, dict) and "id" in entity and isinstance(entity.get("name"), str):
            names[entity["id"]] = entity["name"]
            entities[entity["id"]] = entity
    quotes = []
    for index, quote in enumerate(data.get("quotes") or []):
        try:
            if not isinstance(quote, dict):
                raise ValueError("must be an object")
            start, end = _pair([quote.get("start"), quote.get("end")], "start/end")
            speaker_data = quote.get("speaker")
            speaker = _span_of(speaker_data, "speaker")
            quotes.append(
                PredictedQuote(
                    start=start,
                    end=end,
                    kind=str(quote.get("kind", "direct")),
                    fragments=tuple(_pair(f, "fragment") for f in quote.get("fragments") or []),
                    cue=_span_of(quote.get("cue"), "cue"),
                    speaker=speaker,
                    speaker_names=_speaker_names(speaker_data, names),
                    polarity=quote.get("polarity") if isinstance(quote.get("polarity"), str) else None,
                    **_speaker_extras(quote, entities),
                )
            )
        except ValueError as err:
            raise ValueError(f"quote {index}: {err}") from None
    return quotes


def read_predictions(path: str | os.PathLike[str]) -> dict[str, list[PredictedQuote]]:
    """Read a prediction file: JSON lines of extractions keyed by ``id``.

    Args:
        path: The file (as written by ``quoteextract --format jsonl``).

    Returns:
        Predicted quotations by article id.

    Raises:
        GoldFormatError: For invalid JSON, a missing or repeated id or a bad
            field; the message names file and line.
        OSError: If the file cannot be read.

    """
    result: dict[str, list[PredictedQuote]] = {}
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path} line {number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldFormatError(f"{where}: not valid JSON ({err.msg})") from None
            article_id = data.get("id") if isinstance(data, dict) else None
            if article_id is None:
                raise GoldFormatError(f"{where}: a prediction needs an 'id' matching a gold article")
            if str(article_id) in result:
                raise GoldFormatError(f"{where}: id {article_id!r} appears twice")
            try:
                result[str(article_id)] = from_dict(data)
            except ValueError as err:
                raise GoldFormatError(f"{where}: {err}") from None
    return result


def normalise(predictions: Mapping[str, Any] | Iterable[Any]) -> dict[str, list[PredictedQuote]]:
    """Accept predictions as a mapping or an iterable of extractions or dicts.

    Args:
        predictions: ``{id: Extraction | dict | list[PredictedQuote]}``, or an
            iterable of :class:`~quoteextract.Extraction` or dicts with ``id``.

    Returns:
        Predicted quotations by article id.

    Raises:
        GoldFormatError: For an item without an id or in a bad shape.

    """
    items: Iterable[tuple[Any, Any]]
    if isinstance(predictions, Mapping):
        items = predictions.items()
    else:
        pairs = []
        for item in predictions:
            item_id = item.id if isinstance(item, Extraction) else item.get("id") if isinstance(item, dict) else None
            if item_id is None:
                raise GoldFormatError("every prediction needs an id matching a gold article")
            pairs.append((item_id, item))
        items = pairs
    result = {}
    for key, value in items:
        try:
            if isinstance(value, Extraction):
                result[str(key)] = from_extraction(value)
            elif isinstance(value, dict):
                result[str(key)] = from_dict(value)
            elif isinstance(value, list | tuple) and all(isinstance(v, PredictedQuote) for v in value):
                result[str(key)] = list(value)
            else:
                raise ValueError(f"cannot read a prediction of type {type(value).__name__}")
        except ValueError as err:
            raise GoldFormatError(f"prediction {key!r}: {err}") from None
    return result
