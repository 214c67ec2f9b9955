"""A quoted label inside a noun phrase is no mixed quotation (``_mixed_label.premodifier``, used by ``mixed.verb``)."""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Under the ‘right to buy’ rules, tenants can buy their homes at a discount.",
        "The city scrapped its “pay as you go” parking scheme last year.",
        "Farmers in the valley have backed a “grow local, sell local” campaign since spring.",
    ],
)
def test_a_label_before_its_noun_is_not_reported(nlp, text):
    """Quoted words between a determiner and a noun name a kind of thing: no verb reports them."""
    assert [q.rule for q in quoteextract.extract(text, nlp).quotes if q.rule == "mixed.verb"] == []


def test_a_fragment_a_verb_reports_is_still_found(nlp):
    """Quoted words that are a verb's complement are still a mixed quotation."""
    (quote,) = quoteextract.extract("Lee dubbed the plan “a tax on the poor” in a speech.", nlp).quotes
    assert quote.rule == "mixed.verb" and "a tax on the poor" in quote.text
