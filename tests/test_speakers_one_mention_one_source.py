"""One unnamed-source mention that speaks twice is one source (written in session 18 from an invented article).

"A spokesperson for the port authority confirmed the closure but would not comment on the cost" makes two
claims with one subject. Each claim used to create its own anonymous entity for the same words, so the entity
list showed the spokesperson twice and a who-gets-quoted count saw two sources.
"""

from __future__ import annotations

import pytest

TEXTS = [
    "A spokesperson for the port authority confirmed the closure but would not comment on the cost.",
    "A senior official at the ministry said the talks had stalled and warned that the deadline would slip.",
    "Two people familiar with the deal said it was close and added that a vote could come on Friday.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_one_unnamed_mention_is_one_entity(extractor, text):
    """Every claim of a shared unnamed subject is credited to one anonymous entity."""
    result = extractor(text)
    spoken = [q for q in result.quotes if q.speaker is not None]
    assert len(spoken) >= 2
    assert len({q.speaker.entity for q in spoken}) == 1
    anonymous = [e for e in result.entities if e.type == "anonymous"]
    assert len(anonymous) == 1


def test_two_unnamed_mentions_stay_two_sources(extractor):
    """Two separate indefinite mentions of the same noun are still two sources."""
    text = (
        "A spokesperson for the airline said flights would resume. "
        "A spokesperson for the airport said the runway was still closed."
    )
    result = extractor(text)
    assert len({q.speaker.entity for q in result.quotes if q.speaker is not None}) == 2
