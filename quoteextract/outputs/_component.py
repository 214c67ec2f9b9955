"""The spaCy pipeline component ``"quoteextract"`` and its Doc extensions.

Add it after the parser::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("quoteextract")
    doc = nlp(text)
    doc._.quotes, doc._.speakers, doc._.quoteextract

The factory is also registered through the ``spacy_factories`` entry point,
so ``nlp.add_pipe("quoteextract")`` works without importing quoteextract.

The result is stored as plain data (the :func:`~quoteextract.to_dict`
dictionary) in ``doc.user_data``, so ``Doc.to_bytes``, ``DocBin`` and
``nlp.pipe(..., n_process=2)`` carry it; the extension getters rebuild the
attrs objects from it on each access.

Importing this module registers nothing (spaCy may import it through the
entry point in any program): the extensions are registered when a component
is created, or by :func:`register_extensions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from .._doctext import doc_text
from .._errors import InputError, PipelineError
from .._extractor import analyse
from .._model import QUOTE_KINDS, Entity, Extraction, Quotation
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


def _get_extraction(doc: Doc) -> Extraction | None:
    """Rebuild the :class:`~quoteextract.Extraction` stored on ``doc`` (``None`` if not processed)."""
    data = doc.user_data.get(USER_DATA_KEY)
    return None if data is None else from_dict(data, Extraction)


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
        if doc_text(doc).strip() and not doc.has_annotation("DEP"):
            raise PipelineError(
                f"the {self.name!r} component got a Doc without a dependency parse; add it after the parser "
                '(nlp.add_pipe("quoteextract", after="parser")) in a pipeline that has one, such as en_core_web_sm'
            )
        return _filter(analyse(doc, scope=self.scope, rules=self.rules), self.min_confidence, self.kinds)

    def set_annotations(self, doc: Doc, result: Extraction) -> None:
        """Store ``result`` on ``doc`` as plain data.

        Args:
            doc: The Doc to annotate.
            result: Its extraction.

        """
        doc.user_data[USER_DATA_KEY] = to_dict(result)


def _filter(result: Extraction, min_confidence: float, kinds: tuple[str, ...]) -> Extraction:
    """Drop quotations below ``min_confidence`` or of other kinds, re-indexing entities.

    Args:
        result: The full extraction.
        min_confidence: Lowest confidence kept.
        kinds: Kinds kept.

    Returns:
        ``result`` itself when nothing is dropped, else a filtered copy.

    """
    keep = [i for i, q in enumerate(result.quotes) if q.confidence >= min_confidence and q.kind in kinds]
    if len(keep) == len(result.quotes):
        return result
    new_index = {old: new for new, old in enumerate(keep)}
    entities = tuple(
        attrs.evolve(e, quotes=tuple(new_index[i] for i in e.quotes if i in new_index)) for e in result.entities
    )
    return attrs.evolve(result, quotes=tuple(result.quotes[i] for i in keep), entities=entities)


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
    assigns=["doc._.quotes", "doc._.speakers", "doc._.quoteextract"],
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
