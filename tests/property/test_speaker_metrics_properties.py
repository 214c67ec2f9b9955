"""Property tests for the name and title comparisons of the speaker metrics: symmetric, never crashing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteextract.evaluation._speaker_names import name_words, names_agree, normalise_title, titles_match

WORDS = st.sampled_from(
    ["Ana", "Reyes", "the", "The", "Mr", "she", "NHS", "National", "Health", "Service", "of", "union's", "’s", "-", ","]
)
NAMES = st.lists(WORDS, max_size=6).map(" ".join) | st.text(max_size=30)


@given(NAMES, NAMES)
def test_names_agree_is_symmetric(a, b):
    """Whether two names agree does not depend on which one is the gold name."""
    assert names_agree(a, b) == names_agree(b, a)


@given(NAMES)
def test_a_name_with_words_agrees_with_itself(name):
    """Any name with comparable words agrees with itself; one without agrees with nothing."""
    assert names_agree(name, name) == bool(name_words(name))


@given(NAMES, NAMES)
def test_titles_match_is_symmetric_and_normalised(a, b):
    """Title matching is symmetric and never matches an empty normalised title."""
    assert titles_match(a, b) == titles_match(b, a)
    if not normalise_title(a):
        assert not titles_match(a, b)
