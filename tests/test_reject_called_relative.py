"""A person's words after "called" in an object relative clause are speech, not a name (session 15).

"which the chief executive, Ana Ruiz, called ‘total political nonsense’": the small tagger may read "called" as
a participle after "executive" (a name given passively, rejected as naming); a noun phrase right after "which"
is the relative clause's subject, so "called" is its finite verb and the person speaks. "which fans call
‘the Postman’" stays a name. The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


def _found(extractor, text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    """The quotations (text, speaker entity's name) and the rejections' reasons."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    quotes = [(q.text, names.get(q.sources[0].entity) if q.sources else None) for q in result.quotes]
    return quotes, [r.reason for r in result.rejected]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The new rules, which the chief executive, Ana Ruiz, called ‘total political nonsense’, start in May.",
        "Island Link is fighting a plan to cap fares, which the chief executive, Ana Ruiz, called ‘total "
        "political nonsense’ at a meeting on Tuesday.",
    ],
)
def test_a_person_calling_something_in_a_relative_clause_speaks(extractor, text):
    """The evaluative words are Ana Ruiz's quotation."""
    quotes, _ = _found(extractor, text)
    assert ("total political nonsense", "Ana Ruiz") in quotes


@pytest.mark.model
def test_a_name_fans_give_stays_a_name(extractor):
    """The clause "which fans call ‘the Postman’": a generic namer gives a nickname."""
    quotes, reasons = _found(extractor, "The old boat, which fans call ‘the Postman’, sails daily.")
    assert quotes == [] and reasons == ["nickname"]
