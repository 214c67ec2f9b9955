"""``claim_filter.claimed_prize``: "claim" with a toll or a prize as object takes something, it asserts nothing.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import quoteextract


def _claims(nlp, text: str) -> list[str]:
    return [q.text for q in quoteextract.extract(text, nlp, scope="attribution").quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The landslide claimed the lives of four walkers on the ridge.",
        "Storm Ilse claimed three victims along the coast.",
        "Okafor claimed the title with a round of 65.",
        "The spinner claimed four wickets before lunch.",
    ],
)
def test_a_toll_or_a_prize_claimed_is_no_claim(nlp, text):
    """No attribution: the subject took lives, a title or wickets."""
    assert _claims(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator claimed victory in the primary.", "victory in the primary"),
        ("The group claimed responsibility for the blast.", "responsibility for the blast"),
        ("The mayor claimed the budget was balanced.", "the budget was balanced"),
    ],
)
def test_claims_of_victory_responsibility_and_clauses_stay(nlp, text, content):
    """What PolNeAR annotates as claims stays one."""
    assert content in _claims(nlp, text)
