"""The public API: one import, everything documented, spaCy loaded only when needed."""

from __future__ import annotations

import subprocess
import sys

import pytest

import quoteextract

TYPE_ALIASES = {"ContentType", "EntityType", "Polarity", "QuoteKind", "RejectionReason", "Relation"}
"""Literal types of the result fields: documented in the API reference, no docstring of their own."""


def test_every_public_name_resolves_and_is_documented():
    """Each name in __all__ exists and carries a docstring (data constants aside)."""
    for name in quoteextract.__all__:
        obj = getattr(quoteextract, name)
        if name in {"MAX_TEXT_LENGTH", "SCHEMA_VERSION", "__version__"} | TYPE_ALIASES:
            continue
        assert (obj.__doc__ or "").strip(), f"{name} has no docstring"


def test_all_is_sorted_and_unique():
    """__all__ lists each name once, in sorted order, so a reader sees the whole API."""
    names = list(quoteextract.__all__)
    assert names == sorted(names, key=lambda n: (not n.isupper(), n.lower() if n.startswith("_") else n))
    assert len(set(names)) == len(names)


def test_import_does_not_load_spacy():
    """`import quoteextract` stays light: spaCy loads only when a pipeline or the component is used."""
    code = "import sys, quoteextract; quoteextract.find_quotes('“a”'); print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_unknown_attribute_raises_attribute_error():
    """A misspelt name fails like any module attribute."""
    with pytest.raises(AttributeError, match="no attribute 'extrakt'"):
        quoteextract.extrakt  # noqa: B018


@pytest.mark.parametrize(
    "error",
    ["InputError", "TextTooLongError", "ModelNotFoundError", "PipelineError", "GoldFormatError", "WorkerDiedError"],
)
def test_errors_share_one_base(error):
    """Every typed error is a QuoteExtractError."""
    assert issubclass(getattr(quoteextract, error), quoteextract.QuoteExtractError)


def test_data_model_errors_are_typed():
    """Broken offsets and malformed JSON raise InputError, which is also a ValueError."""
    with pytest.raises(quoteextract.InputError):
        quoteextract.Span(3, 1, "")
    with pytest.raises(ValueError):
        quoteextract.from_dict({"quotes": [{"start": 0}]})
    with pytest.raises(quoteextract.InputError):
        quoteextract.from_dict({"quotes": "not a list"})
