"""JSON-ready dictionaries for the data model, and back.

The dictionary shape of an :class:`~quoteextract.Extraction` is the public
contract of the command line's JSON output (see "The JSON document" in
``docs/cli.md``): fields may be added, never renamed or dropped. Each document
says which version of the contract it follows (``schema_version``), and the
JSON Schema ``schema/extraction.schema.json`` beside this module describes it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from .._errors import InputError
from .._model import (
    AnonymousSource,
    Cue,
    Descriptor,
    Entity,
    Extraction,
    Mention,
    ModelInfo,
    Problem,
    Quotation,
    QuotedSpan,
    QuoteScan,
    Rejection,
    SourceLink,
    Span,
)
from .._version import __version__

JSONDict = dict[str, Any]
T = TypeVar("T")

SCHEMA_VERSION = "1.1"
"""Version of the JSON document's shape, ``"MAJOR.MINOR"``.

MINOR grows when fields are added (1.1, the shape of 0.2.0, added
``schema_version``, ``quoteextract_version``, ``model``, the quotations'
``cue_class``, ``content_type`` and ``polarity`` and the cue's ``lemma``,
``class`` and ``relation``; 0.1.0's documents are version 1.0); MAJOR would grow only if a field were renamed,
dropped or changed type, which this contract rules out. Readers must ignore
fields they do not know. :func:`from_dict` refuses a document of a newer MAJOR
version.
"""

SCHEMA_RESOURCE = "schema/extraction.schema.json"
"""Where the JSON Schema of the document lives, inside ``quoteextract.outputs``."""


def version_fields() -> JSONDict:
    """The fields that open every document the command line writes: contract and library versions.

    Returns:
        ``{"schema_version": ..., "quoteextract_version": ...}``.

    """
    return {"schema_version": SCHEMA_VERSION, "quoteextract_version": __version__}


def json_schema() -> JSONDict:
    """The JSON Schema (Draft 2020-12) of the documents :func:`to_dict` and the command line write.

    It covers one article's document and the command line's error records,
    requires every field of contract version :data:`SCHEMA_VERSION`, and
    allows fields it does not list (later versions add some; ignore them).
    The file ships in the package as
    ``quoteextract/outputs/schema/extraction.schema.json``.

    Returns:
        The schema, parsed.

    .. versionadded:: 0.2.0

    """
    import importlib.resources
    import json

    text = importlib.resources.files(__package__).joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")
    schema: JSONDict = json.loads(text)
    return schema


def _model_info(model: ModelInfo | None) -> JSONDict | None:
    if model is None:
        return None
    return {"name": model.name, "lang": model.lang, "version": model.version}


def _unmodel_info(data: JSONDict | None) -> ModelInfo | None:
    if data is None:
        return None
    return ModelInfo(name=str(data["name"]), lang=str(data.get("lang") or ""), version=str(data["version"]))


def _check_schema_version(data: JSONDict) -> None:
    """Raise :class:`InputError` for a document of a newer, incompatible contract version."""
    version = data.get("schema_version")
    if version is None:  # 0.1.0 documents carry no version (1.0)
        return
    major = str(version).split(".", 1)[0]
    if not major.isdigit():
        raise InputError(f"schema_version must look like '1.1', not {version!r}")
    if int(major) > int(SCHEMA_VERSION.split(".", 1)[0]):
        raise InputError(
            f"this document follows JSON contract {version}, newer than this quoteextract "
            f"({__version__}, contract {SCHEMA_VERSION}) can read; upgrade quoteextract"
        )


def _span(span: Span | None) -> JSONDict | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def _unspan(data: JSONDict | None) -> Span | None:
    if data is None:
        return None
    return Span(int(data["start"]), int(data["end"]), str(data["text"]))


def _pairs(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def _mention(mention: Mention | None) -> JSONDict | None:
    if mention is None:
        return None
    return {"text": mention.text, "start": mention.start, "end": mention.end, "entity": mention.entity}


def _link(link: SourceLink) -> JSONDict:
    words = _span(link.span) or {"text": None, "start": None, "end": None}
    return {
        "entity": link.entity,
        "relation": link.relation,
        **words,
        "mention": _span(link.mention),
        "addressee": link.addressee,
    }


def _unlink(data: JSONDict) -> SourceLink:
    span = None if data.get("start") is None else _unspan(data)
    return SourceLink(
        relation=data["relation"],
        entity=data.get("entity"),
        span=span,
        mention=_unspan(data.get("mention")),
        addressee=data.get("addressee"),
    )


def _cue(cue: Span | None) -> JSONDict | None:
    """A cue as JSON: its span, plus lemma, class and relation when the lexicon knows them."""
    data = _span(cue)
    if data is not None and isinstance(cue, Cue):
        data.update({"lemma": cue.lemma, "class": cue.cue_class, "relation": cue.relation})
    return data


def _uncue(data: JSONDict | None) -> Span | None:
    """The inverse of :func:`_cue` (a plain :class:`Span` when the JSON has no lexicon fields)."""
    span = _unspan(data)
    if span is None or data is None or not any(k in data for k in ("lemma", "class", "relation")):
        return span
    return Cue(span.start, span.end, span.text, data.get("lemma"), data.get("class"), data.get("relation"))


def _quotation(quote: Quotation) -> JSONDict:
    return {
        "text": quote.content.text,
        "start": quote.content.start,
        "end": quote.content.end,
        "kind": quote.kind,
        "fragments": _pairs(quote.fragments),
        "fragment_texts": [f.text for f in quote.fragments],
        "marks": [_span(m) for m in quote.marks],
        "cue": _cue(quote.cue),
        "speaker": _mention(quote.speaker),
        "sources": [_link(link) for link in quote.sources],
        "confidence": quote.confidence,
        "rule": quote.rule,
        "cue_class": quote.cue_class,
        "content_type": quote.content_type,
        "polarity": quote.polarity,
    }


def _unquotation(data: JSONDict) -> Quotation:
    content = Span(int(data["start"]), int(data["end"]), str(data["text"]))
    texts = data.get("fragment_texts")
    fragments = []
    for i, (start, end) in enumerate(data.get("fragments", [])):
        if texts is not None:
            text = texts[i]
        else:  # fragments always lie inside the content
            text = content.text[start - content.start : end - content.start]
        fragments.append(Span(start, end, text))
    speaker = data.get("speaker")
    return Quotation(
        content=content,
        kind=data["kind"],
        fragments=tuple(fragments),
        marks=tuple(_unspan(m) for m in data.get("marks", [])),  # type: ignore[misc]
        cue=_uncue(data.get("cue")),
        speaker=None
        if speaker is None
        else Mention(speaker["start"], speaker["end"], speaker["text"], speaker.get("entity")),
        sources=tuple(_unlink(s) for s in data.get("sources", [])),
        confidence=float(data.get("confidence", 0.5)),
        rule=data.get("rule", ""),
        cue_class=data.get("cue_class"),
        content_type=data.get("content_type"),
        polarity=data.get("polarity"),
    )


def _entity(entity: Entity) -> JSONDict:
    anonymous = entity.anonymous
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "titles": list(entity.titles),
        "descriptors": [{"text": d.text, "span": _span(d.span), "related": d.related} for d in entity.descriptors],
        "mentions": _pairs(entity.mentions),
        "mention_texts": [m.text for m in entity.mentions],
        "quotes": list(entity.quotes),
        "anonymous": None
        if anonymous is None
        else {"count": anonymous.count, "affiliation": anonymous.affiliation, "reason": anonymous.reason},
        "ambiguous": entity.ambiguous,
    }


def _unentity(data: JSONDict) -> Entity:
    pairs = data.get("mentions", [])
    texts = data.get("mention_texts")
    if texts is None or len(texts) != len(pairs):
        raise InputError("entity data needs 'mention_texts' beside 'mentions' to rebuild the spans")
    mentions = [Span(start, end, text) for (start, end), text in zip(pairs, texts, strict=True)]
    anonymous = data.get("anonymous")
    return Entity(
        id=int(data["id"]),
        name=data["name"],
        type=data.get("type", "unknown"),
        titles=tuple(data.get("titles", [])),
        descriptors=tuple(
            Descriptor(d["text"], _unspan(d.get("span")), d.get("related")) for d in data.get("descriptors", [])
        ),
        mentions=tuple(mentions),
        quotes=tuple(data.get("quotes", [])),
        anonymous=None if anonymous is None else AnonymousSource(**anonymous),
        ambiguous=bool(data.get("ambiguous", False)),
    )


def to_dict(obj: Extraction | Quotation | Entity | QuoteScan) -> JSONDict:
    """Turn a result into plain JSON-ready data.

    Args:
        obj: An :class:`~quoteextract.Extraction` (the document the command
            line prints), a :class:`~quoteextract.Quotation`, an
            :class:`~quoteextract.Entity` or a :class:`~quoteextract.QuoteScan`.

    Returns:
        A dictionary of strings, numbers, lists, ``None`` and dictionaries.
        For an :class:`~quoteextract.Extraction` it opens with
        ``schema_version`` (:data:`SCHEMA_VERSION`), ``quoteextract_version``
        and ``model``, and validates against :func:`json_schema`.

    Raises:
        InputError: (a ``TypeError``) For any other object.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 The version fields and ``model``.

    """
    if isinstance(obj, Extraction):
        return {
            **version_fields(),
            "model": _model_info(obj.model),
            "id": obj.id,
            "quotes": [_quotation(q) for q in obj.quotes],
            "entities": [_entity(e) for e in obj.entities],
            "rejected": [{**_span(r.span), "reason": r.reason} for r in obj.rejected],  # type: ignore[dict-item]
            "warnings": [{"offset": w.offset, "message": w.message} for w in obj.warnings],
        }
    if isinstance(obj, Quotation):
        return _quotation(obj)
    if isinstance(obj, Entity):
        return _entity(obj)
    if isinstance(obj, QuoteScan):
        return {
            "quotes": [
                {
                    **_span(q.content),  # type: ignore[dict-item]
                    "open": _span(q.open),
                    "close": _span(q.close),
                    "reopen": [_span(m) for m in q.reopen],
                    "depth": q.depth,
                    "parent": q.parent,
                }
                for q in obj.quotes
            ],
            "warnings": [{"offset": w.offset, "message": w.message} for w in obj.warnings],
        }
    raise InputError(f"to_dict() takes an Extraction, Quotation, Entity or QuoteScan, not {type(obj).__name__}")


def from_dict(data: JSONDict, cls: type[T] = Extraction) -> T:  # type: ignore[assignment]
    """Rebuild a result from :func:`to_dict`'s output.

    ``from_dict(to_dict(x), type(x)) == x`` for every supported ``x``.

    Args:
        data: A dictionary as produced by :func:`to_dict` (or parsed from the
            command line's JSON).
        cls: The class to rebuild; :class:`~quoteextract.Extraction` by default.

    Returns:
        An instance of ``cls``.

    Raises:
        InputError: (both a ``TypeError`` and a ``ValueError``) If ``cls`` is
            not supported, ``data`` is not a dict, a field is missing or the
            data break an invariant (bad offsets, unknown kind).

    .. versionadded:: 0.1.0

    """
    if not isinstance(data, dict):
        raise InputError(f"from_dict() needs a dict, not {type(data).__name__}")
    try:
        if cls is Extraction:
            _check_schema_version(data)
            return Extraction(  # type: ignore[return-value]
                model=_unmodel_info(data.get("model")),
                id=data.get("id"),
                quotes=tuple(_unquotation(q) for q in data.get("quotes", [])),
                entities=tuple(_unentity(e) for e in data.get("entities", [])),
                rejected=tuple(Rejection(_unspan(r), r["reason"]) for r in data.get("rejected", [])),  # type: ignore[arg-type]
                warnings=tuple(Problem(w["offset"], w["message"]) for w in data.get("warnings", [])),
            )
        if cls is Quotation:
            return _unquotation(data)  # type: ignore[return-value]
        if cls is Entity:
            return _unentity(data)  # type: ignore[return-value]
        if cls is QuoteScan:
            return QuoteScan(  # type: ignore[return-value]
                quotes=tuple(
                    QuotedSpan(
                        content=_unspan(q),  # type: ignore[arg-type]
                        open=_unspan(q["open"]),  # type: ignore[arg-type]
                        close=_unspan(q.get("close")),
                        reopen=tuple(_unspan(m) for m in q.get("reopen", [])),  # type: ignore[misc]
                        depth=q.get("depth", 0),
                        parent=q.get("parent"),
                    )
                    for q in data.get("quotes", [])
                ),
                warnings=tuple(Problem(w["offset"], w["message"]) for w in data.get("warnings", [])),
            )
    except KeyError as err:
        raise InputError(f"missing field {err} in {cls.__name__} data") from None
    except (TypeError, AttributeError) as err:
        if isinstance(err, InputError):
            raise
        raise InputError(f"malformed {cls.__name__} data: {err}") from None
    raise InputError(f"from_dict() cannot build {cls!r}")
