"""quoteextract: what was said, who said it, and on whose authority we know it.

The whole public API is re-exported here; every other module is private.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import rules
from ._errors import (
    GoldFormatError,
    InputError,
    ModelNotFoundError,
    PipelineError,
    QuoteExtractError,
    TextTooLongError,
    UnsupportedLanguageError,
    WorkerDiedError,
)
from ._extractor import Extractor, analyse, extract, extract_many
from ._input import MAX_TEXT_LENGTH
from ._model import (
    AnonymousSource,
    ContentType,
    Cue,
    Descriptor,
    Entity,
    EntityType,
    Extraction,
    Mention,
    ModelInfo,
    Polarity,
    Problem,
    Quotation,
    QuotedSpan,
    QuoteKind,
    QuoteScan,
    Rejection,
    RejectionReason,
    Relation,
    SourceLink,
    Span,
)
from ._pipeline import load_pipeline
from ._version import __version__
from .article import Article
from .evaluation import EvaluationReport, evaluate
from .outputs._html import render_corpus, render_html
from .outputs._serialize import SCHEMA_VERSION, from_dict, json_schema, to_dict
from .stages.finder._marks import find_quotes
from .stages.regex._regex_mode import extract_regex

if TYPE_CHECKING:  # type checkers see the lazy names' real types; nothing is imported at run time
    from .outputs._component import QuoteExtractComponent, register_extensions

# Names whose modules import spaCy are loaded on first use, so that
# ``import quoteextract`` (and the regex-only mode) stays free of spaCy.
_LAZY = {
    "QuoteExtractComponent": ".outputs._component",
    "register_extensions": ".outputs._component",
}


def __getattr__(name: str) -> object:
    """Import the spaCy-dependent public names on first access."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module 'quoteextract' has no attribute {name!r}")


__all__ = [
    "MAX_TEXT_LENGTH",
    "SCHEMA_VERSION",
    "AnonymousSource",
    "Article",
    "ContentType",
    "Cue",
    "Descriptor",
    "Entity",
    "EntityType",
    "EvaluationReport",
    "Extraction",
    "Extractor",
    "GoldFormatError",
    "InputError",
    "Mention",
    "ModelInfo",
    "ModelNotFoundError",
    "PipelineError",
    "Polarity",
    "Problem",
    "Quotation",
    "QuoteExtractComponent",
    "QuoteExtractError",
    "QuoteKind",
    "QuoteScan",
    "QuotedSpan",
    "Rejection",
    "RejectionReason",
    "Relation",
    "SourceLink",
    "Span",
    "TextTooLongError",
    "UnsupportedLanguageError",
    "WorkerDiedError",
    "__version__",
    "analyse",
    "evaluate",
    "extract",
    "extract_many",
    "extract_regex",
    "find_quotes",
    "from_dict",
    "json_schema",
    "load_pipeline",
    "register_extensions",
    "render_corpus",
    "render_html",
    "rules",
    "to_dict",
]
