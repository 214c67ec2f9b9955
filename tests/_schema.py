"""Validation of JSON output against the JSON Schema shipped in the package."""

from __future__ import annotations

import functools
from typing import Any

import jsonschema

from quoteextract import json_schema


@functools.cache
def validator() -> jsonschema.Draft202012Validator:
    """A validator for the shipped schema (checked once to be a valid Draft 2020-12 schema)."""
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def assert_valid(document: Any) -> None:
    """Fail with every schema violation of ``document``, each with its path."""
    errors = sorted(validator().iter_errors(document), key=lambda e: list(e.absolute_path))
    details = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors]
    assert not details, "document does not validate against the shipped schema:\n" + "\n".join(details)
