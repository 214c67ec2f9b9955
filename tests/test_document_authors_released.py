"""A document released, circulated or unveiled by someone is theirs (issue 11, session 9).

"according to a summary released by the Budget Office" credits the Budget Office, as "a report published
by X" already did; a record of someone else's words that an outlet holds ("a memo seen by the Courier") keeps
the outlet as its relay. Invented sentences, several phrasings each, on the real pipeline.
"""

from __future__ import annotations

import pytest


def _speaker_and_chain(extractor, text: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The first quotation's resolved speaker name and its chain as (relation, entity name) pairs."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    quote = result.quotes[0]
    speaker = names.get(quote.speaker.entity) if quote.speaker and quote.speaker.entity is not None else None
    chain = [(link.relation, names.get(link.entity) if link.entity is not None else None) for link in quote.sources]
    return speaker, chain


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "The bill would fund 600 judges, according to a summary released by the Fiscal Review Office.",
            "Fiscal Review Office",
        ),
        ("According to a memo circulated by the Harbour Trust, the pier will close in May.", "Harbour Trust"),
        (
            "Fares will rise by 4%, according to a briefing distributed by the Northern Rail Alliance.",
            "Northern Rail Alliance",
        ),
        (
            "The scheme will cost £2bn, according to an estimate published by the Lowland Institute.",
            "Lowland Institute",
        ),
    ],
)
def test_a_document_made_public_by_its_author_is_theirs(extractor, text, author):
    """The maker of a summary, memo, briefing or estimate is its speaker, with no relay after it."""
    speaker, chain = _speaker_and_chain(extractor, text)
    assert speaker is not None and author in speaker
    assert [relation for relation, _ in chain] == ["according_to"]


def test_a_memo_an_outlet_saw_keeps_the_outlet_as_relay(extractor):
    """Seeing a memo is not writing it: the outlet stays an outer link, not the speaker."""
    text = "The minister told aides the plan was dead, according to a memo seen by the Daily Courier."
    speaker, chain = _speaker_and_chain(extractor, text)
    assert speaker != "Daily Courier"
    assert ("reported_by", "Daily Courier") in chain
