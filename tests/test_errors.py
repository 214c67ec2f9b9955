"""Every public entry point refuses bad input with a typed error that says what to do."""

from __future__ import annotations

import pytest
import spacy

import quoteextract
from quoteextract import (
    Extractor,
    InputError,
    ModelNotFoundError,
    PipelineError,
    QuoteExtractError,
    TextTooLongError,
    extract,
    extract_many,
)


@pytest.mark.parametrize(
    ("text", "error", "hint"),
    [
        (None, InputError, "must be a str"),
        (42, InputError, "must be a str"),
        (["a list"], InputError, "must be a str"),
        (b"caf\xe9 au lait", InputError, "decode them yourself"),
        (b"\xff\xfe\x00\x00junk", InputError, "not valid UTF-8"),
        ("x" * (quoteextract.MAX_TEXT_LENGTH + 1), TextTooLongError, "split it into articles"),
        ("x" * 60_000_000, TextTooLongError, "split it into articles"),
    ],
    ids=["none", "int", "list", "latin1-bytes", "binary-bytes", "just-too-long", "sixty-megabytes"],
)
def test_bad_text_raises_typed_error(text, error, hint):
    """Wrong types, undecodable bytes and over-long texts raise typed errors with advice."""
    with pytest.raises(error, match=hint) as caught:
        extract(text)
    assert isinstance(caught.value, QuoteExtractError)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", b""])
def test_empty_text_gives_empty_result(text):
    """Empty or blank text gives the documented empty extraction without loading a pipeline."""
    result = Extractor("no_such_pipeline_qe")(text, id="empty")
    assert result == quoteextract.Extraction(id="empty")


@pytest.mark.parametrize("id", [3, b"bytes", ["x"]])
def test_non_string_id_is_refused(id):
    """An id that is not a string raises InputError that says to convert it."""
    with pytest.raises(InputError, match="str"):
        extract("", id=id)


def test_pipeline_without_parser_is_refused():
    """A pipeline without a dependency parser raises PipelineError naming a pipeline that works."""
    with pytest.raises(PipelineError, match=r"no dependency parser.*en_core_web_sm"):
        Extractor(spacy.blank("en"))
    with pytest.raises(PipelineError, match="no dependency parser"):
        extract("“Hi,” she said.", nlp=spacy.blank("en"))


@pytest.mark.parametrize(("nlp", "hint"), [(42, "not int"), ("", "name is empty"), (object(), "not object")])
def test_wrong_pipeline_type_is_refused(nlp, hint):
    """Something that is neither a pipeline nor a name raises PipelineError."""
    with pytest.raises(PipelineError, match=hint):
        Extractor(nlp)


def test_missing_pipeline_says_how_to_install():
    """A pipeline name that is not installed raises ModelNotFoundError with the install command."""
    with pytest.raises(ModelNotFoundError, match="pip install"):
        extract("“Hi,” she said.", nlp="no_such_pipeline_qe")


@pytest.mark.parametrize(
    ("kwargs", "hint"),
    [
        ({"texts": "one article as a string"}, "not a single str"),
        ({"texts": b"bytes"}, "not a single bytes"),
        ({"texts": None}, "must be an iterable"),
        ({"texts": 7}, "must be an iterable"),
        ({"texts": [], "batch_size": 0}, "batch_size must be a positive integer"),
        ({"texts": [], "batch_size": "8"}, "batch_size must be a positive integer"),
        ({"texts": [], "n_process": 0}, "n_process"),
        ({"texts": [], "n_process": True}, "n_process"),
        ({"texts": [], "ids": "abc"}, "ids must be an iterable of items"),
    ],
)
def test_extract_many_checks_arguments_at_once(kwargs, hint):
    """extract_many raises InputError when called, before any text is read."""
    texts = kwargs.pop("texts")
    with pytest.raises(InputError, match=hint):
        extract_many(texts, nlp="no_such_pipeline_qe", **kwargs)


@pytest.mark.parametrize("max_length", [0, -5, 1.5, None])
def test_bad_max_length_is_refused(max_length):
    """Extractor(max_length=...) must be a positive integer."""
    with pytest.raises(InputError, match="max_length"):
        Extractor(max_length=max_length)


def test_custom_max_length_is_enforced():
    """A smaller max_length is honoured with TextTooLongError."""
    with pytest.raises(TextTooLongError, match="limit of 10"):
        Extractor("no_such_pipeline_qe", max_length=10)("x" * 11)


@pytest.mark.parametrize(
    "error", [InputError, TextTooLongError, PipelineError, ModelNotFoundError, quoteextract.GoldFormatError]
)
def test_errors_share_one_base(error):
    """Every error quoteextract raises on purpose is a QuoteExtractError."""
    assert issubclass(error, QuoteExtractError)


@pytest.mark.parametrize(
    ("doc", "error", "hint"),
    [
        ("a string", InputError, "quoteextract.extract"),
        (None, InputError, "not NoneType"),
        (spacy.blank("en")("“Hi,” she said."), PipelineError, "no dependency parse"),
    ],
)
def test_analyse_checks_its_doc(doc, error, hint):
    """analyse() refuses what is not a parsed Doc, saying what to use instead."""
    with pytest.raises(error, match=hint):
        quoteextract.analyse(doc)


def test_analyse_accepts_a_blank_unparsed_doc():
    """A blank Doc needs no parse: the result is empty."""
    assert quoteextract.analyse(spacy.blank("en")("  "), id="x") == quoteextract.Extraction(id="x")
