"""Property tests for the JSON contract: any text gives a document that the shipped schema accepts."""

from __future__ import annotations

import json

import pytest
from _schema import assert_valid
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteextract import extract_regex, from_dict, to_dict

NEWSY = st.lists(
    st.one_of(
        st.sampled_from(["“", "”", "‘", "’", '"', "'", "«", "»", ", ", ". ", "\n\n", "said", "according to"]),
        st.sampled_from(["she", "the mayor", "Ana Ruiz", "two officials", "the plan is dead", "that", "told"]),
        st.text(max_size=6),
    ),
    max_size=30,
).map(" ".join)
"""Text built from quote marks, attributions, names and noise."""


def _check(document: dict) -> None:
    """The document validates, survives a trip through JSON text, and rebuilds."""
    assert_valid(document)
    again = json.loads(json.dumps(document, ensure_ascii=False))
    assert to_dict(from_dict(again)) == document


@pytest.mark.model
@settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(NEWSY)
def test_every_extraction_document_validates(extractor, text: str) -> None:
    """to_dict of any extraction validates against the schema and round-trips."""
    _check(to_dict(extractor(text)))


@settings(deadline=None, max_examples=200)
@given(NEWSY)
def test_every_regex_mode_document_validates(text: str) -> None:
    """The regex-only mode's documents validate too."""
    _check(to_dict(extract_regex(text)))
