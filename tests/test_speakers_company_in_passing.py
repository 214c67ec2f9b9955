"""A "the company" after a company named in passing and described as a business (written in session 18).

Features name a company as the object of someone's title and say what it is ("Ada Brook, the co-founder of
Tidewell, a Bristol firm that ..."), then quote it as "The company, which employs 40 people, says". The company
was no clause's subject, and the set-off relative clause made "the company" look like a new description. The
sentences are invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brook is the co-founder of Tidewell, a Bristol firm that repairs boats. "
        "The company, which employs 40 people, says it repaired 300 hulls last year.",
        "The award went to Lanthorn, a small company that builds sensors. "
        "The company said the prize money would fund a new laboratory.",
    ],
)
def test_the_company_is_the_business_described_before(extractor, text):
    """The speaker "The company" joins the named company, not a new entity."""
    result = extractor(text)
    quote = next(q for q in result.quotes if q.speaker is not None and q.speaker.text.startswith("The company"))
    assert result.entity(quote.speaker.entity).name in {"Tidewell", "Lanthorn"}


def test_a_restrictive_clause_still_picks_out_another_company(extractor):
    """A restrictive "The company that won the contract" is not the company named before."""
    text = "Shares in Corvane fell 9%. The company that won the contract said it would appeal."
    result = extractor(text)
    quote = next(q for q in result.quotes if q.speaker is not None)
    assert result.entity(quote.speaker.entity).name != "Corvane"
