"""The spaCy pipeline component ``"quoteextract"`` and its Doc extensions.

Add it after the parser::

    nlp = quoteextract.load_pipeline()       # or spacy.load(...) of any English pipeline
    nlp.add_pipe("quoteextract")
    doc = nlp(text)
    doc._.quotes, doc._.speakers, doc._.quoteextract
    doc.spans["quotes"], doc.spans["quote_cues"], doc.spans["quote_speakers"]

The factory is also registered through the ``spacy_factories`` entry point,
so ``nlp.add_pipe("quoteextract")`` works without importing quoteextract.

The result is stored as plain data (the :func:`~quoteextract.to_dict`
dictionary) in ``doc.user_data``, so ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(..., n_process=2)`` carry it; the extension getters rebuild the
attrs objects from it once per stored dictionary and cache them. The
quotations, cues and speaker mentions are also written as span groups in
``doc.spans``, which spaCy itself saves and displaCy's span view shows.

Importing this module registers nothing (spaCy may import it through the
entry point in any program): the extensions are registered when a component
is created, or by :func:`register_extensions`.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .._errors import InputError, PipelineError
from .._extractor import analyse, has_words, keep_quotes
from .._model import QUOTE_KINDS, Entity, Extraction, Quotation
from .._pipeline import pipeline_info
from ..rules import as_rule_set
from ..stages.scope import DEFAULT_SCOPE, SCOPES
from ._serialize import from_dict, to_dict

if TYPE_CHECKING:
    from collections.abc import Callable

USER_DATA_KEY = "quoteextract"
"""The ``doc.user_data`` key under which the component stores its result."""

DEFAULT_ATTRS: dict[str, str] = {
    "quotes_attr": "quotes",
    "speakers_attr": "speakers",
    "extraction_attr": "quoteextract",
}
"""Default names of the Doc extensions, by config setting."""


SPAN_KEYS: dict[str, str] = {"quotes": "quotes", "cues": "quote_cues", "speakers": "quote_speakers"}
"""The ``doc.spans`` keys the component writes: quotations (label: kind), cues (label ``cue``)
and speaker mentions (label: the entity's type)."""

_CACHE: weakref.WeakKeyDictionary[Doc, tuple[object, Extraction]] = weakref.WeakKeyDictionary()
"""Per Doc: the stored dictionary last rebuilt, and what it was rebuilt into."""


def _get_extraction(doc: Doc) -> Extraction | None:
    """The :class:`~quoteextract.Extraction` stored on ``doc`` (``None`` if not processed).

    It is rebuilt from the stored dictionary once, then served from a cache for
    as long as ``doc.user_data`` holds that same dictionary object.
    """
    data = doc.user_data.get(USER_DATA_KEY)
    if data is None:
        return None
    cached = _CACHE.get(doc)
    if cached is not None and cached[0] is data:
        return cached[1]
    result = from_dict(data, Extraction)
    _CACHE[doc] = (data, result)
    return result


def _get_quotes(doc: Doc) -> tuple[Quotation, ...]:
    """The quotations stored on ``doc`` (empty if the component has not run)."""
    result = _get_extraction(doc)
    return () if result is None else result.quotes


def _get_speakers(doc: Doc) -> tuple[Entity, ...]:
    """The speakers and sources (entities) stored on ``doc`` (empty if not processed)."""
    result = _get_extraction(doc)
    return () if result is None else result.entities


_GETTERS: dict[str, Callable[[Doc], Any]] = {
    "quotes_attr": _get_quotes,
    "speakers_attr": _get_speakers,
    "extraction_attr": _get_extraction,
}


def register_extensions(
    *,
    quotes_attr: str | None = "quotes",
    speakers_attr: str | None = "speakers",
    extraction_attr: str | None = "quoteextract",
    strict: bool = True,
) -> None:
    """Register the Doc extensions that read the component's stored result.

    Each extension is registered once; an extension of the same name that
    quoteextract did not register is never replaced.

    Args:
        quotes_attr: Name for ``doc._.<name>`` giving the quotations, or
            ``None`` (or ``""``) to register none.
        speakers_attr: Name for the entities (speakers and sources).
        extraction_attr: Name for the whole :class:`~quoteextract.Extraction`.
        strict: Raise when a name is taken by someone else; when false,
            leave that name alone silently.

    Raises:
        PipelineError: If ``strict`` and a name is already registered by
            another package.

    .. versionadded:: 0.1.0

    """
    names = {"quotes_attr": quotes_attr, "speakers_attr": speakers_attr, "extraction_attr": extraction_attr}
    for setting, name in names.items():
        if not name:
            continue
        getter = _GETTERS[setting]
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)
        elif Doc.get_extension(name)[2] is not getter and strict:  # (default, method, getter, setter)
            raise PipelineError(
                f"doc._.{name} is already registered by another package; quoteextract will not replace it. "
                f"Choose another name in the component config, e.g. "
                f'nlp.add_pipe("quoteextract", config={{"{setting}": "qe_{name}"}})'
            )


class QuoteExtractComponent:
    """The ``"quoteextract"`` pipeline component: quotations, speakers, sources.

    Args:
        nlp: The pipeline it belongs to.
        name: Its name in the pipeline.
        min_confidence: Keep only quotations at least this confident.
        kinds: Quotation kinds to keep (``direct``, ``mixed``, ``indirect``).
        scope: ``"attribution"`` (every attribution) or ``"speech"`` (reported speech only).
        enable_rules: Names of registered rules to run although they are off by default.
        disable_rules: Names of registered rules not to run.
        quotes_attr: Doc extension for the quotations (``""``: none).
        speakers_attr: Doc extension for the entities (``""``: none).
        extraction_attr: Doc extension for the whole extraction (``""``: none).

    Raises:
        PipelineError: If a setting is out of range or an extension name is
            taken by another package.

    .. versionadded:: 0.1.0

    """

    def __init__(
        self,
        nlp: Language,
        name: str = "quoteextract",
        *,
        min_confidence: float = 0.0,
        kinds: tuple[str, ...] | list[str] = QUOTE_KINDS,
        quotes_attr: str = "quotes",
        speakers_attr: str = "speakers",
        extraction_attr: str = "quoteextract",
        scope: str = DEFAULT_SCOPE,
        enable_rules: tuple[str, ...] | list[str] = (),
        disable_rules: tuple[str, ...] | list[str] = (),
    ) -> None:
        if isinstance(min_confidence, bool) or not isinstance(min_confidence, int | float):
            raise PipelineError(f"min_confidence must be a number in [0, 1], not {min_confidence!r}")
        if not 0.0 <= min_confidence <= 1.0:
            raise PipelineError(f"min_confidence must be in [0, 1], not {min_confidence!r}")
        unknown = [kind for kind in kinds if kind not in QUOTE_KINDS]
        if isinstance(kinds, str) or unknown:
            raise PipelineError(f"kinds must be a list drawn from {list(QUOTE_KINDS)}, not {kinds!r}")
        self.nlp = nlp
        self.name = name
        self.min_confidence = float(min_confidence)
        self.kinds = tuple(kinds)
        if not isinstance(scope, str) or scope not in SCOPES:
            raise PipelineError(f"scope must be one of {list(SCOPES)}, not {scope!r}")
        self.scope = scope
        try:
            self.rules = as_rule_set(enable_rules, disable_rules)
        except InputError as err:
            raise PipelineError(f"quoteextract component: {err}") from None
        register_extensions(quotes_attr=quotes_attr, speakers_attr=speakers_attr, extraction_attr=extraction_attr)

    def __call__(self, doc: Doc) -> Doc:
        """Extract from ``doc`` and store the result on it.

        Args:
            doc: A Doc parsed by an earlier component (the parser).

        Returns:
            The same Doc, with the result in ``doc.user_data``.

        Raises:
            PipelineError: If the Doc has no dependency parse (the component
                runs before the parser, or the pipeline has none).

        """
        result = self.predict(doc)
        self.set_annotations(doc, result)
        return doc

    def predict(self, doc: Doc) -> Extraction:
        """Compute the extraction for ``doc`` without changing it.

        Args:
            doc: A parsed Doc.

        Returns:
            The extraction, filtered by ``min_confidence`` and ``kinds``.

        Raises:
            PipelineError: If the Doc has no dependency parse.

        """
        if has_words(doc) and not doc.has_annotation("DEP"):
            raise PipelineError(
                f"the {self.name!r} component got a Doc without a dependency parse; add it after the parser "
                '(nlp.add_pipe("quoteextract", after="parser")) in a pipeline that has one, such as en_core_web_sm'
            )
        result = analyse(doc, scope=self.scope, rules=self.rules, model=pipeline_info(self.nlp))
        return _filter(result, self.min_confidence, self.kinds)

    def set_annotations(self, doc: Doc, result: Extraction) -> None:
        """Store ``result`` on ``doc`` as plain data, and as span groups.

        ``doc.user_data["quoteextract"]`` gets the :func:`~quoteextract.to_dict`
        document; ``doc.spans`` gets :data:`SPAN_KEYS` groups.

        Args:
            doc: The Doc to annotate.
            result: Its extraction.

        """
        data = to_dict(result)
        doc.user_data[USER_DATA_KEY] = data
        _CACHE[doc] = (data, result)
        set_span_groups(doc, result)


def _char_spans(doc: Doc, items: list[tuple[int, int, str]]) -> list[Span]:
    """Token spans for ``(start, end, label)`` character ranges, expanded to whole tokens.

    A range that covers no token is left out, and each distinct span is kept once.
    """
    spans: dict[tuple[int, int, str], Span] = {}
    for start, end, label in items:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span) and (span.start, span.end, label) not in spans:
            spans[span.start, span.end, label] = span
    return list(spans.values())


def set_span_groups(doc: Doc, result: Extraction) -> None:
    """Write the quotations, cues and speaker mentions of ``result`` as span groups of ``doc``.

    Character offsets become token spans with ``doc.char_span(...,
    alignment_mode="expand")``. ``doc.spans["quotes"]`` holds one span per
    quotation, in text order, labelled with its kind; ``doc.spans["quote_cues"]``
    the cues (label ``cue``); ``doc.spans["quote_speakers"]`` the speaker
    mentions, labelled with their entity's type (``person``...).

    Args:
        doc: The Doc the result was computed from.
        result: Its extraction.

    .. versionadded:: 0.2.0

    """
    quotes = [(q.start, q.end, str(q.kind)) for q in result.quotes]
    cues = [(q.cue.start, q.cue.end, "cue") for q in result.quotes if q.cue is not None]
    speakers: list[tuple[int, int, str]] = []
    for quote in result.quotes:
        if quote.speaker is not None:
            entity = result.entity(quote.speaker.entity)
            speakers.append((quote.speaker.start, quote.speaker.end, entity.type if entity else "unknown"))
    for key, items in (("quotes", quotes), ("cues", cues), ("speakers", speakers)):
        doc.spans[SPAN_KEYS[key]] = _char_spans(doc, items)


def _filter(result: Extraction, min_confidence: float, kinds: tuple[str, ...]) -> Extraction:
    """Drop quotations below ``min_confidence`` or of other kinds, re-indexing entities.

    Args:
        result: The full extraction.
        min_confidence: Lowest confidence kept.
        kinds: Kinds kept.

    Returns:
        ``result`` itself when nothing is dropped, else a filtered copy.

    """
    return keep_quotes(
        result, [i for i, q in enumerate(result.quotes) if q.confidence >= min_confidence and q.kind in kinds]
    )


@Language.factory(
    "quoteextract",
    default_config={
        "min_confidence": 0.0,
        "kinds": list(QUOTE_KINDS),
        "scope": DEFAULT_SCOPE,
        "enable_rules": [],
        "disable_rules": [],
        **DEFAULT_ATTRS,
    },
    assigns=["doc._.quotes", "doc._.speakers", "doc._.quoteextract", "doc.spans"],
    requires=["token.dep", "token.head"],
)
def make_quoteextract(
    nlp: Language,
    name: str,
    *,
    min_confidence: float,
    kinds: list[str],
    quotes_attr: str,
    speakers_attr: str,
    extraction_attr: str,
    scope: str = DEFAULT_SCOPE,
    enable_rules: list[str] | None = None,
    disable_rules: list[str] | None = None,
) -> QuoteExtractComponent:
    """Build the ``"quoteextract"`` component (spaCy calls this from ``nlp.add_pipe``).

    Args:
        nlp: The pipeline.
        name: The component's name in it.
        min_confidence: Keep only quotations at least this confident.
        kinds: Quotation kinds to keep.
        quotes_attr: Doc extension name for the quotations.
        speakers_attr: Doc extension name for the entities.
        extraction_attr: Doc extension name for the whole extraction.
        scope: ``"attribution"`` or ``"speech"``.
        enable_rules: Registered rules to run although they are off by default.
        disable_rules: Registered rules not to run.

    Returns:
        The component.

    .. versionadded:: 0.1.0

    """
    return QuoteExtractComponent(
        nlp,
        name,
        min_confidence=min_confidence,
        kinds=kinds,
        quotes_attr=quotes_attr,
        speakers_attr=speakers_attr,
        extraction_attr=extraction_attr,
        scope=scope,
        enable_rules=enable_rules or (),
        disable_rules=disable_rules or (),
    )
