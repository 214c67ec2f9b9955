"""The data model: frozen, slotted attrs classes shared by every stage.

Nothing here imports spaCy. Every class validates its invariants on
construction, so an object that exists is an object whose offsets make sense.
Serialisation to and from plain JSON-ready dictionaries lives in
:mod:`quoteextract.outputs._serialize`.
"""

from __future__ import annotations

import attrs

from ._errors import InputError
from ._fields import (
    CONTENT_TYPES as CONTENT_TYPES,
)
from ._fields import (
    ENTITY_TYPES as ENTITY_TYPES,
)
from ._fields import (
    POLARITIES as POLARITIES,
)
from ._fields import (
    QUOTE_KINDS as QUOTE_KINDS,
)
from ._fields import (
    REJECTION_REASONS as REJECTION_REASONS,
)
from ._fields import (
    RELATIONS as RELATIONS,
)
from ._fields import (
    ContentType as ContentType,
)
from ._fields import (
    EntityType as EntityType,
)
from ._fields import (
    Polarity as Polarity,
)
from ._fields import (
    QuoteKind as QuoteKind,
)
from ._fields import (
    RejectionReason as RejectionReason,
)
from ._fields import (
    Relation as Relation,
)
from ._fields import (
    _content_type,
    _descriptors,
    _entities,
    _entity_type,
    _ints,
    _links,
    _offset,
    _polarity,
    _problems,
    _quotations,
    _quote_kind,
    _quoted_spans,
    _rejection_reason,
    _rejections,
    _relation,
    _span_text,
    _spans,
    _strings,
    _unit_interval,
)


@attrs.frozen
class Span:
    """A run of characters in the caller's text.

    ``text`` is always ``input[start:end]``; the offsets are Python string
    offsets into the text exactly as the caller passed it.

    Args:
        start: Offset of the first character.
        end: Offset one past the last character.
        text: The characters themselves.

    Raises:
        InputError: (a ``ValueError``) If ``0 <= start <= end`` does not hold or ``text`` has
            the wrong length.

    .. versionadded:: 0.1.0

    """

    start: int = attrs.field(validator=_offset)
    end: int = attrs.field(validator=_offset)
    text: str = attrs.field(validator=_span_text)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build the span ``text[start:end]``.

        Raises:
            InputError: (a ``ValueError``) If the offsets fall outside ``text``.

        """
        if end > len(text):
            raise InputError(f"span end {end} is past the end of a text of length {len(text)}")
        return cls(start, end, text[start:end])


@attrs.frozen
class Mention(Span):
    """A span that names a speaker or source, with the entity it resolves to.

    Args:
        entity: The id of the :class:`Entity` this mention belongs to, or
            ``None`` while (or when) it is unresolved.

    .. versionadded:: 0.1.0

    """

    entity: int | None = None


@attrs.frozen
class Cue(Span):
    """The words that introduce a claim ("said", "according to"), with what the lexicon says of them.

    A ``Cue`` is a :class:`Span`, so code that reads ``quote.cue.start`` keeps
    working; the lexicon entry travels with it from attribution to sources,
    so no later stage has to find the cue's word again.

    Args:
        lemma: The cue word's lemma, or the phrase in lower case
            ("say", "according to"); ``None`` when unknown.
        cue_class: The attribution class of the cue (``speech``,
            ``belief``, ``intention``, ...; see the lexicon), or ``None``.
        relation: The source relation the cue implies (a :data:`Relation`), or ``None``.

    .. versionadded:: 0.2.0

    """

    lemma: str | None = None
    cue_class: str | None = None
    relation: str | None = None


def _plain_span(span: Span | None) -> Span | None:
    """The words of a span without what a subclass adds (a :class:`Cue`'s lexicon entry).

    A source link's words are plain text: the JSON keeps only their offsets,
    so a link read back equals the link written.
    """
    if span is None or type(span) is Span:
        return span
    return Span(span.start, span.end, span.text)


@attrs.frozen
class SourceLink:
    """One hop in a claim's chain of sources.

    A chain is ordered from the immediate speaker outward: "according to a
    statement from X, as reported by Y" gives ``[X (statement), Y
    (reported_by)]``.

    Args:
        relation: How this source passes the claim on (:data:`Relation`).
        entity: The id of the source's :class:`Entity`, if resolved.
        span: The words that state the link (a cue, a phrase such as
            "according to a statement from X").
        mention: The mention naming the source within ``span``, if any.
        addressee: For ``told``, the entity the words were told to.

    .. versionadded:: 0.1.0

    """

    relation: Relation = attrs.field(converter=_relation)
    entity: int | None = None
    span: Span | None = attrs.field(default=None, converter=_plain_span)
    mention: Span | None = None
    addressee: int | None = None


@attrs.frozen
class Quotation:
    """A claim: what was said, who said it and on whose authority we know it.

    Args:
        content: The quoted or reported words, without the outer quote marks.
            For a quotation split around its attribution, from the first
            piece to the last; for a mixed one, the whole reported clause.
        kind: ``direct`` (all inside quote marks), ``mixed`` (a reported
            clause containing quoted words) or ``indirect`` (no quote marks).
        fragments: The exact pieces inside quote marks (empty for indirect).
        marks: The quote-mark characters that delimit the fragments.
        cue: The words that introduce the claim ("said", "according to").
        speaker: The mention of the speaker nearest the cue.
        sources: The chain of sources, immediate speaker first.
        confidence: How sure the rule that produced this is, in [0, 1].
        rule: The name of the rule that produced it, for auditing.
        cue_class: What the cue expresses (``speech``, ``belief``,
            ``intention``, ``stance``, ``evidence``, ``perception``,
            ``question``), ``None`` when unknown.
        content_type: The content's shape (:data:`ContentType`), or ``None``.
        polarity: Whether the content is asserted (:data:`Polarity`), or ``None``.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``cue_class``, ``content_type`` and ``polarity``.

    """

    content: Span
    kind: QuoteKind = attrs.field(converter=_quote_kind)
    fragments: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    marks: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    cue: Cue | Span | None = None
    speaker: Mention | None = None
    sources: tuple[SourceLink, ...] = attrs.field(default=(), converter=_links)
    confidence: float = attrs.field(default=0.5, validator=_unit_interval)
    rule: str = ""
    cue_class: str | None = None
    content_type: ContentType | None = attrs.field(default=None, converter=_content_type)
    polarity: Polarity | None = attrs.field(default=None, converter=_polarity)

    @property
    def start(self) -> int:
        """Offset of the content's first character."""
        return self.content.start

    @property
    def end(self) -> int:
        """Offset one past the content's last character."""
        return self.content.end

    @property
    def text(self) -> str:
        """The content's characters."""
        return self.content.text


@attrs.frozen
class Descriptor:
    """A title or description of an entity, with the entity it relates to.

    "Ruiz's younger sister" describes one person and relates her to another
    (``related``), so it can be shown as a relation.

    Args:
        text: The description as written.
        span: Where it is written, when it comes from one place.
        related: The id of an entity the description names, if any.

    .. versionadded:: 0.1.0

    """

    text: str
    span: Span | None = None
    related: int | None = None


@attrs.frozen
class AnonymousSource:
    """What the text says about an unnamed source.

    Args:
        count: How many people ("two officials": 2), ``None`` if not said.
        affiliation: Whom they belong to ("State Department officials").
        reason: Why they are not named ("not authorised to speak publicly").

    .. versionadded:: 0.1.0

    """

    count: int | None = None
    affiliation: str | None = None
    reason: str | None = None


@attrs.frozen
class Entity:
    """One person, organisation or anonymous source across the article.

    Args:
        id: Unique within one :class:`Extraction`.
        name: The canonical name (the longest proper name, or the
            description of an anonymous source).
        type: One of :data:`EntityType`.
        titles: Titles and descriptions, as written.
        descriptors: The same with spans and related entities.
        mentions: Every place the entity is mentioned.
        quotes: Indices into :attr:`Extraction.quotes` of its quotations.
        anonymous: Details of an anonymous source.
        ambiguous: True when some mention could also denote another entity
            (a bare surname shared by two people).

    .. versionadded:: 0.1.0

    """

    id: int
    name: str
    type: EntityType = attrs.field(default="unknown", converter=_entity_type)
    titles: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    descriptors: tuple[Descriptor, ...] = attrs.field(default=(), converter=_descriptors)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    quotes: tuple[int, ...] = attrs.field(default=(), converter=_ints)
    anonymous: AnonymousSource | None = None
    ambiguous: bool = False


@attrs.frozen
class Rejection:
    """A quote-mark pair that is not a quotation, and why.

    Args:
        span: The quoted words, without marks.
        reason: ``scare_quote``, ``title``, ``nickname``, ``word_as_word``,
            ``headline``, ``slogan`` (words on a sign, banner or shirt) or
            ``unattributed``.

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       The reason ``slogan``.

    """

    span: Span
    reason: RejectionReason = attrs.field(converter=_rejection_reason)


@attrs.frozen
class Problem:
    """Something odd in the input that the extractor worked around.

    Args:
        offset: Where in the text it was noticed.
        message: What happened, in words.

    .. versionadded:: 0.1.0

    """

    offset: int
    message: str


@attrs.frozen
class ModelInfo:
    """The spaCy pipeline that parsed an article.

    Args:
        name: The pipeline's package name, language first (``"en_core_web_sm"``),
            made from ``nlp.meta["lang"]`` and ``nlp.meta["name"]``.
        lang: Its language code (``nlp.meta["lang"]``).
        version: Its version (``nlp.meta["version"]``).

    .. versionadded:: 0.2.0

    """

    name: str
    lang: str
    version: str


@attrs.frozen
class Extraction:
    """Everything quoteextract found in one article.

    Args:
        id: The caller's identifier for the article, if any.
        quotes: Quotations and claims, in text order.
        entities: Speakers and sources.
        rejected: Quote-mark pairs judged not to be quotations.
        warnings: Input problems worked around.
        model: The spaCy pipeline that parsed the article; ``None`` for the
            regex-only mode, or when unknown (a Doc passed to
            :func:`~quoteextract.analyse`).

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0 ``model``.

    """

    id: str | None = None
    quotes: tuple[Quotation, ...] = attrs.field(default=(), converter=_quotations)
    entities: tuple[Entity, ...] = attrs.field(default=(), converter=_entities)
    rejected: tuple[Rejection, ...] = attrs.field(default=(), converter=_rejections)
    warnings: tuple[Problem, ...] = attrs.field(default=(), converter=_problems)
    model: ModelInfo | None = None

    def entity(self, entity_id: int | None) -> Entity | None:
        """The entity with this id, or ``None``."""
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None


@attrs.frozen
class QuotedSpan:
    """A pairing of quote marks found by the typographic finder.

    Args:
        content: The words between the marks, without the outer marks. For a
            multi-paragraph quotation (each paragraph re-opened, only the last
            one closed) it runs from after the first opening mark to before
            the closing mark, and is one quotation.
        open: The opening mark.
        close: The closing mark, or ``None`` when the quote was never closed
            and the finder recovered at the end of the paragraph.
        reopen: Opening marks that re-open the quotation at new paragraphs.
        depth: 0 for an outermost quotation, 1 for one nested in it, ...
        parent: Index in :attr:`QuoteScan.quotes` of the enclosing pairing.

    .. versionadded:: 0.1.0

    """

    content: Span
    open: Span
    close: Span | None
    reopen: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    depth: int = 0
    parent: int | None = None

    @property
    def start(self) -> int:
        """Offset of the content's first character."""
        return self.content.start

    @property
    def end(self) -> int:
        """Offset one past the content's last character."""
        return self.content.end

    @property
    def text(self) -> str:
        """The content's characters."""
        return self.content.text


@attrs.frozen
class QuoteScan:
    """The result of :func:`quoteextract.find_quotes`.

    Args:
        quotes: Every pairing, ordered by start offset (outer before inner).
        warnings: Stray or unbalanced marks the finder worked around.

    .. versionadded:: 0.1.0

    """

    quotes: tuple[QuotedSpan, ...] = attrs.field(default=(), converter=_quoted_spans)
    warnings: tuple[Problem, ...] = attrs.field(default=(), converter=_problems)
