"""Layout: headlines ending with a passive source ("..., inquest told"), standfirsts, more heads of link lists.

Invented lines, no model: the roles come from typography and position only.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.article import Layout
from quoteextract.rules import DEFAULT_RULES, as_rule_set
from quoteextract.stages.layout import assign_roles

BODY = "The council voted on Tuesday to close the depot, and officials said the site would be sold next year."
LEAD = "A delivery driver who died on the ring road had been awake for 20 hours, the hearing was told."


def roles(text: str, rules=DEFAULT_RULES) -> list[str]:
    """The role of each line of ``text``."""
    return [p.role for p in assign_roles(Layout.of(text), None, rules).paragraphs]


@pytest.mark.parametrize(
    "headline",
    [
        "Rider 'could not see' lorry, inquest told",
        "Van driver ‘fell asleep at the wheel’, jury told",
        "Depot boss “knew about the leaks”, tribunal was told",
        "Pilot had flown for 14 hours, MPs were told",
        "Crane collapse was 'waiting to happen', court heard",
        "Thousands told to leave homes as river rises",
    ],
)
def test_a_trailing_passive_source_still_heads_the_story(headline):
    """A trailing "..., inquest told" / "..., court heard" and "told to" are headlinese, not narrative."""
    assert roles(f"{headline}\n\n{LEAD}\n\n{BODY}")[0] == "headline"


@pytest.mark.parametrize(
    "first",
    [
        "The coroner told the family the crash could not have been avoided",
        "She told me she had never seen the lorry",
        "Officers said the road would stay shut, and residents were told",
    ],
)
def test_told_with_an_object_or_in_a_clause_is_still_narrative(first):
    """A "told" with its hearer after it, or in a longer clause, keeps a first line as text."""
    assert roles(f"{first}\n\n{BODY}")[0] == "body"


@pytest.mark.parametrize(
    "dek",
    [
        "Union says operators 'not serious' as walkouts go ahead on Friday",
        "Residents raised £48,000 in six weeks to keep the only shop for miles open",
        "Former detective vows to put more officers back on the beat",
        "'We had nowhere else to go,' says mother of three evicted at Christmas",
        "Figures show one in nine people waiting for treatment, with orthopaedics worst hit",
    ],
)
def test_the_line_under_the_headline_without_a_full_stop_is_a_standfirst(dek):
    """A standfirst (dek) under the headline is a sub-heading: it reports nothing."""
    assert roles(f"Depot to close\n\n{dek}\n\n{BODY}")[:2] == ["headline", "subheading"]


@pytest.mark.parametrize(
    "second",
    [
        "The council voted on Tuesday to close the depot, which opened in 1962, and to sell the land.",
        "Lee said the depot would close after the summer and the staff would move to the new site at Elmwood",
    ],
)
def test_lines_under_the_headline_that_are_not_standfirsts(second):
    """A lead paragraph (its full stop) or a narrative line ("said") under the headline is text."""
    assert roles(f"Depot to close\n\n{second}\n\n{BODY}")[1] == "body"


def test_the_standfirst_rule_can_be_switched_off():
    """``layout.standfirst`` off: the line under the headline is text again."""
    dek = "Union says managers 'not serious' about talks as the June deadline for a buyer nears"
    text = f"Depot to close\n\n{dek}\n\n{BODY}"
    assert roles(text)[1] == "subheading"
    assert roles(text, as_rule_set(disable=["layout.standfirst"]))[1] == "body"


@pytest.mark.parametrize("head", ["Popular now:", "Popular stories", "Most watched", "In case you missed it"])
def test_more_heads_of_link_lists(head):
    """A head such as "Popular now:" opens a list of links: its short lines are teasers."""
    text = f"{BODY}\n\n{head}\n\nWhy experts say you should 'never' rinse pasta\n\nChef: 'Stop salting the water'"
    assert roles(text)[1:] == ["teaser", "teaser", "teaser"]


@pytest.mark.model
def test_a_standfirst_gives_no_claim_and_the_text_still_does(nlp):
    """End to end: the dek's "says" gives nothing; the body's quotation is found with its speaker."""
    text = (
        "Bus depot to close\n\n"
        "Drivers' union says managers 'not serious' about saving jobs\n\n"
        "The depot in Harrowgate will shut in June.\n\n"
        "“They have not even looked at our proposal,” said union rep Ilse Baptiste."
    )
    result = quoteextract.extract(text, nlp, scope="speech")
    assert [q.text for q in result.quotes] == ["They have not even looked at our proposal,"]
    assert result.quotes[0].speaker is not None and result.quotes[0].speaker.text.endswith("Ilse Baptiste")


def test_a_standfirst_may_end_the_snippet():
    """A headline and a dek with nothing below: the dek is still a sub-heading."""
    assert roles("Is this the end of the ‘sell’ rating?\n\nBrokers say the shares are cheap at last") == [
        "headline",
        "subheading",
    ]
