"""Field types, checks and converters of the data model (:mod:`quoteextract._model`).

The ``Literal`` aliases name each enumerated field's values; the converters
check a string against them at run time (so a constructor takes any ``str``
and the field reads as its Literal type), the validators check offsets and
confidences, and the tuple converters let callers pass any sequence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, cast, get_args

import attrs

from ._errors import InputError

if TYPE_CHECKING:
    from ._model import (
        Descriptor,
        Entity,
        Problem,
        Quotation,
        QuotedSpan,
        Rejection,
        SourceLink,
        Span,
    )

QuoteKind = Literal["direct", "mixed", "indirect"]
"""How much of a claim's content sits inside quote marks."""

EntityType = Literal["person", "organisation", "anonymous", "unknown"]
"""What kind of speaker an entity is."""

Relation = Literal[
    "said",
    "statement",
    "letter",
    "interview",
    "wrote",
    "posted",
    "told",
    "according_to",
    "reported_by",
    "citing",
    "quoted",
    "on_behalf_of",
    "unknown",
]
"""How a source link passes a claim on (see :class:`SourceLink`)."""

RejectionReason = Literal[
    "scare_quote", "title", "nickname", "word_as_word", "headline", "unattributed", "layout", "slogan"
]
"""Why a quote-mark pair is not a quotation (see :class:`Rejection`)."""

ContentType = Literal["quoted", "clause", "infinitive", "noun_phrase"]
"""The grammatical shape of a claim's content (see :mod:`quoteextract.stages.classify`)."""

Polarity = Literal["asserted", "negated", "denied", "hypothetical"]
"""Whether the source asserted the content, or did not say it, denied it, or might say it."""

QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
CONTENT_TYPES: tuple[str, ...] = get_args(ContentType)
POLARITIES: tuple[str, ...] = get_args(Polarity)
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)
RELATIONS: tuple[str, ...] = get_args(Relation)
REJECTION_REASONS: tuple[str, ...] = get_args(RejectionReason)


def _check_offsets(start: int, end: int) -> None:
    if start < 0 or end < start:
        raise InputError(f"invalid offsets: need 0 <= start <= end, got start={start}, end={end}")


def _check_choice(value: str, choices: tuple[str, ...], what: str) -> None:
    if value not in choices:
        raise InputError(f"unknown {what} {value!r}; expected one of {', '.join(choices)}")


# Converters that check a string field against its Literal type at run time. With
# them a constructor takes any ``str`` (so the stages need no casts) and the field
# reads as its Literal type (so users' type checkers see the choices).


def _quote_kind(value: str) -> QuoteKind:
    _check_choice(value, QUOTE_KINDS, "quotation kind")
    return cast(QuoteKind, value)


def _relation(value: str) -> Relation:
    _check_choice(value, RELATIONS, "relation")
    return cast(Relation, value)


def _entity_type(value: str) -> EntityType:
    _check_choice(value, ENTITY_TYPES, "entity type")
    return cast(EntityType, value)


def _content_type(value: str | None) -> ContentType | None:
    if value is not None:
        _check_choice(value, CONTENT_TYPES, "content type")
    return cast(ContentType | None, value)


def _polarity(value: str | None) -> Polarity | None:
    if value is not None:
        _check_choice(value, POLARITIES, "polarity")
    return cast(Polarity | None, value)


def _rejection_reason(value: str) -> RejectionReason:
    _check_choice(value, REJECTION_REASONS, "rejection reason")
    return cast(RejectionReason, value)


def _offset(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    """Validator: an offset is a non-negative ``int`` (``bool`` is refused)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(f"{attribute.name} must be a non-negative integer offset, not {value!r}")


def _span_text(instance: Span, attribute: attrs.Attribute[str], value: str) -> None:
    """Validator: ``end >= start`` and the text is as long as the offsets say."""
    _check_offsets(instance.start, instance.end)
    if not isinstance(value, str):
        raise InputError(f"span text must be a str, not {type(value).__name__}")
    if len(value) != instance.end - instance.start:
        raise InputError(
            f"span text has {len(value)} characters but offsets {instance.start}:{instance.end} "
            f"cover {instance.end - instance.start}"
        )


def _unit_interval(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    """Validator: a confidence lies in [0, 1]."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.0 <= value <= 1.0:
        raise InputError(f"{attribute.name} must be in [0, 1], got {value!r}")


# Converters that turn any iterable into the tuple a frozen field holds.


def _spans(values: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(values)


def _links(values: Iterable[SourceLink]) -> tuple[SourceLink, ...]:
    return tuple(values)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        raise InputError(f"expected a sequence of strings, not the string {values!r}")
    return tuple(values)


def _ints(values: Iterable[int]) -> tuple[int, ...]:
    return tuple(values)


def _descriptors(values: Iterable[Descriptor]) -> tuple[Descriptor, ...]:
    return tuple(values)


def _quotations(values: Iterable[Quotation]) -> tuple[Quotation, ...]:
    return tuple(values)


def _entities(values: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(values)


def _rejections(values: Iterable[Rejection]) -> tuple[Rejection, ...]:
    return tuple(values)


def _problems(values: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(values)


def _quoted_spans(values: Iterable[QuotedSpan]) -> tuple[QuotedSpan, ...]:
    return tuple(values)
