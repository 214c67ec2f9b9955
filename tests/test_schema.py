"""Tests for the versioned JSON contract: version fields, the shipped JSON Schema, reading documents."""

from __future__ import annotations

import copy
import json
import re

import pytest
from _sample import sample_extraction
from _schema import assert_valid, validator

import quoteextract
from quoteextract import Extraction, ModelInfo, from_dict, to_dict
from quoteextract.outputs._corpus import Record, output_record
from quoteextract.outputs._serialize import SCHEMA_VERSION


def test_document_carries_contract_and_library_versions():
    """Every document opens with the contract version, the library version and the model."""
    data = to_dict(sample_extraction())
    assert data["schema_version"] == SCHEMA_VERSION == quoteextract.SCHEMA_VERSION
    assert data["quoteextract_version"] == quoteextract.__version__
    assert data["model"] is None


def test_model_round_trips():
    """The pipeline's name, language and version travel through the JSON document."""
    result = Extraction(id="a", model=ModelInfo(name="en_core_web_sm", lang="en", version="3.8.0"))
    data = json.loads(json.dumps(to_dict(result)))
    assert data["model"] == {"name": "en_core_web_sm", "lang": "en", "version": "3.8.0"}
    assert from_dict(data) == result
    assert_valid(data)


def test_sample_document_validates():
    """A document with every feature filled in validates against the shipped schema."""
    assert_valid(to_dict(sample_extraction()))
    assert_valid(to_dict(Extraction()))


def test_error_record_validates():
    """The command line's error records validate too, and carry the versions."""
    record = output_record(Record(7, error="line 7 is not valid JSON"))
    assert record["schema_version"] == SCHEMA_VERSION
    assert_valid(record)


def test_schema_allows_unknown_fields_everywhere():
    """Fields added by later versions (at any level) do not break validation."""
    data = to_dict(sample_extraction())
    data["future"] = 1
    data["quotes"][0]["attribution_style"] = "formal"
    data["quotes"][0]["sources"][0]["polarity"] = "neutral"
    data["entities"][0]["gender"] = None
    assert_valid(data)
    assert from_dict(data) == sample_extraction()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema_version",), "one"),
        (("quotes", 0, "kind"), "rumour"),
        (("quotes", 0, "start"), -1),
        (("quotes", 0, "confidence"), 1.5),
        (("quotes", 0, "sources", 0, "relation"), "whispered"),
        (("entities", 0, "type"), "robot"),
        (("rejected", 0, "reason"), "bad"),
        (("model",), {"name": "en_core_web_sm"}),
    ],
)
def test_schema_rejects_wrong_types_and_values(path, value):
    """A field of the wrong type or an unknown enumerated value fails validation."""
    data = _with_rejection(to_dict(sample_extraction()))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert list(validator().iter_errors(data))


@pytest.mark.parametrize(
    "field", ["schema_version", "quoteextract_version", "model", "id", "quotes", "entities", "rejected", "warnings"]
)
def test_schema_requires_every_top_level_field(field):
    """Dropping a field of the contract fails validation."""
    data = to_dict(sample_extraction())
    del data[field]
    assert list(validator().iter_errors(data))


@pytest.mark.parametrize("field", ["kind", "fragments", "cue", "speaker", "sources", "confidence", "rule"])
def test_schema_requires_every_quotation_field(field):
    """Dropping a quotation field fails validation."""
    data = to_dict(sample_extraction())
    del data["quotes"][0][field]
    assert list(validator().iter_errors(data))


def test_schema_version_matches_the_schema_pattern():
    """The version the library writes is the one the shipped schema describes."""
    pattern = quoteextract.json_schema()["$defs"]["schema_version"]["pattern"]
    assert re.fullmatch(pattern, SCHEMA_VERSION)


def test_from_dict_reads_unversioned_documents():
    """Documents written by 0.1.0 (no version fields) still load."""
    data = to_dict(sample_extraction())
    for key in ("schema_version", "quoteextract_version", "model"):
        del data[key]
    assert from_dict(data) == sample_extraction()


def test_from_dict_refuses_a_newer_major_version():
    """A document of an incompatible future contract gets a typed error that says to upgrade."""
    data = to_dict(sample_extraction())
    data["schema_version"] = "2.0"
    with pytest.raises(quoteextract.InputError, match="upgrade"):
        from_dict(data)
    data["schema_version"] = "1.9"
    assert from_dict(data) == sample_extraction()


def test_regex_mode_document_has_no_model():
    """The regex-only mode names no spaCy pipeline, and its document validates."""
    data = to_dict(quoteextract.extract_regex("“We will win,” the senator said."))
    assert data["model"] is None
    assert_valid(data)


@pytest.mark.model
def test_extraction_names_the_pipeline(nlp):
    """An extraction records the spaCy pipeline that parsed it, from nlp.meta."""
    result = quoteextract.Extractor(nlp)("“The plan is dead,” the mayor said on Monday.")
    meta = nlp.meta
    assert result.model == ModelInfo(f"{meta['lang']}_{meta['name']}", meta["lang"], meta["version"])
    assert result.model.name.startswith("en_core_web_sm")
    assert_valid(to_dict(result))
    blank = quoteextract.Extractor(nlp)("   ")
    assert blank.model == result.model


def _with_rejection(data: dict) -> dict:
    """The document with one rejected mark, so its fields can be spoiled."""
    data = copy.deepcopy(data)
    data["rejected"].append({"text": "smart", "start": 0, "end": 5, "reason": "scare_quote"})
    return data
