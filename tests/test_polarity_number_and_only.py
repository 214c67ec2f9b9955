"""Two readings that made reported speech look unsaid: "No 11" as "no", and "would say only that" as a hypothetical.

Written in session 17 from the misses of tests/data/news_speech8.jsonl (sentences invented here). UK political news
writes Downing Street's houses as "No 10" and "No 11": the capitalised "No" before digits is "number", not a
negation ("told reporters outside No 11 that ..." was read as "negated"). "would say only that" reports what was
said, as "would only say that" does, even when the parser hangs "only" on the reported clause.
"""

from __future__ import annotations

import pytest

from quoteextract import Extractor


@pytest.fixture(scope="module")
def extractor(nlp):
    """An extractor on the default model, attribution scope (the polarity of every claim is kept)."""
    return Extractor(nlp, scope="attribution")


def _polarity(extractor, text, words):
    """The polarity of the one claim holding ``words``."""
    found = [q for q in extractor(text).quotes if words in q.text]
    assert len(found) == 1, [q.text for q in extractor(text).quotes]
    return found[0].polarity


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The chancellor told journalists outside No 11 that the deficit would fall next year.", "deficit would fall"),
        ("No 10 said the foreign secretary had the prime minister's full support.", "full support"),
        ("A spokesman for No. 10 said the talks would resume on Monday.", "talks would resume"),
    ],
)
def test_number_sign_is_not_a_negation(extractor, text, words):
    """A capitalised "No" before digits names a house, so the speech it sits near is asserted."""
    assert _polarity(extractor, text, words) == "asserted"


@pytest.mark.model
def test_no_one_still_negates(extractor):
    """A sentence opening "No one said ..." still reports that nobody said it."""
    assert _polarity(extractor, "No one said the bridge would close before the summer.", "bridge would close") == (
        "negated"
    )


@pytest.mark.model
def test_would_say_only_that_is_said(extractor):
    """A cue "would say only that" reports a reply; "would say that" alone is still a hypothetical."""
    text = "Pressed on the leak, the governor would say only that an inquiry was under way."
    assert _polarity(extractor, text, "inquiry was under way") == "asserted"
    plain = "Any governor would say that an inquiry was under way."
    assert _polarity(extractor, plain, "inquiry was under way") == "hypothetical"
