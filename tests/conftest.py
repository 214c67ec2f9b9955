"""Shared fixtures: the spaCy pipeline (loaded once), an invented suite's records, and Hypothesis profiles."""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline, loaded once for the whole session."""
    import quoteextract

    try:
        return quoteextract.load_pipeline()
    except quoteextract.ModelNotFoundError as err:  # pragma: no cover - CI installs the model
        if os.environ.get("CI"):
            raise
        pytest.skip(str(err))


@pytest.fixture(scope="session")
def extractor(nlp):
    """An Extractor bound to the session's pipeline."""
    import quoteextract

    return quoteextract.Extractor(nlp)


@pytest.fixture(scope="module")
def records(request):
    """The raw JSON records of the suite the test module names as ``SUITE``."""
    text = request.module.SUITE.read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
