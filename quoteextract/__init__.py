"""quoteextract: what was said, who said it, and on whose authority we know it.

The whole public API is re-exported here; every other module is private.
"""

from __future__ import annotations

from ._errors import (
    GoldFormatError,
    InputError,
    ModelNotFoundError,
    PipelineError,
    QuoteExtractError,
    TextTooLongError,
)
from ._extractor import Extractor, analyse, extract, extract_many
from ._input import MAX_TEXT_LENGTH
from ._marks import find_quotes
from ._model import (
    AnonymousSource,
    Descriptor,
    Entity,
    Extraction,
    Mention,
    Problem,
    Quotation,
    QuotedSpan,
    QuoteScan,
    Rejection,
    SourceLink,
    Span,
)
from ._pipeline import load_pipeline
from ._serialize import from_dict, to_dict
from ._version import __version__

__all__ = [
    "MAX_TEXT_LENGTH",
    "AnonymousSource",
    "Descriptor",
    "Entity",
    "Extraction",
    "Extractor",
    "GoldFormatError",
    "InputError",
    "Mention",
    "ModelNotFoundError",
    "PipelineError",
    "Problem",
    "Quotation",
    "QuoteExtractError",
    "QuoteScan",
    "QuotedSpan",
    "Rejection",
    "SourceLink",
    "Span",
    "TextTooLongError",
    "__version__",
    "analyse",
    "extract",
    "extract_many",
    "find_quotes",
    "from_dict",
    "load_pipeline",
    "to_dict",
]
