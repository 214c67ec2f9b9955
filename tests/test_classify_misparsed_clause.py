"""A reported clause the parser broke up is still a clause (invented sentences, on the model).

The small model may hang a reported clause's subject on the cue as its object and the
clause's verb under a preposition of that noun ("said complaints about scooters ... had
doubled"). A finite verb with its own subject inside the content shows it is a clause, so
the speech scope keeps it; a relative clause inside a noun phrase ("the plan the council
had approved") does not make one.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The mayor’s office said complaints about scooters blocking pavements had doubled.", "had doubled"),
        ("The operator said delays on the coastal line caused by storms had cost it millions.", "had cost it"),
    ],
)
def test_a_broken_up_reported_clause_is_a_clause_and_speech(text, fragment):
    """The content is typed ``clause`` and the speech scope keeps it."""
    claims = [q for q in quoteextract.extract(text, scope="speech").quotes if fragment in q.text]
    assert [q.content_type for q in claims] == ["clause"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("She criticised the plan the council had approved.", "the plan"),
        ("He welcomed the report that the committee published.", "the report"),
    ],
)
def test_a_noun_with_a_relative_clause_stays_a_noun_phrase(text, fragment):
    """A relative clause modifies the noun: the content is a noun phrase, left out of the speech scope."""
    claims = [q for q in quoteextract.extract(text).quotes if fragment in q.text]
    assert claims and {q.content_type for q in claims} == {"noun_phrase"}
    assert not [q for q in quoteextract.extract(text, scope="speech").quotes if fragment in q.text]
