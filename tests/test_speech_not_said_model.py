"""Negated subjects, unfinished acts and inverted conditions, end to end on the model (invented sentences).

"Not one councillor argued that ...", "stopped short of claiming that ...", "without
saying that ...", "did not go so far as to say that ...", "Had the council warned that
..., lives would have been saved", "Were the mayor to announce that ...": nothing was
said, so the attribution scope keeps the claim as ``negated`` or ``hypothetical`` (never
a plain assertion) and the speech scope drops it. A negation or a condition inside the
reported words, or in a clause of its own, leaves the speech asserted. See docs/scope.md.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model

NOT_SAID = [
    ("At no point did the treasurer claim that the budget was balanced.", "the budget was balanced", "negated"),
    ("Never once did the coach say that his players were tired.", "his players were tired", "negated"),
    (
        "At no stage did the airline tell passengers that the flight was cancelled.",
        "the flight was cancelled",
        "negated",
    ),
    ("Nobody has suggested that the mill will close.", "the mill will close", "negated"),
    ("No one told the nurses that their shifts would change.", "their shifts would change", "negated"),
    ("Not one councillor argued that the library should be sold.", "the library should be sold", "negated"),
    ("None of the witnesses said that the driver was speeding.", "the driver was speeding", "negated"),
    ("Not one of the ministers has said that the plan failed.", "the plan failed", "negated"),
    ("Not one member of the jury claimed that the evidence was weak.", "the evidence was weak", "negated"),
    ("Not a single shareholder claimed that the board had lied.", "the board had lied", "negated"),
    ("Not a single minister has publicly argued that the tax should go.", "the tax should go", "negated"),
    ("Not even the opposition claimed that the vote was rigged.", "the vote was rigged", "negated"),
    ("The governor did not go so far as to say that the strike was illegal.", "the strike was illegal", "negated"),
    (
        "The police chief never went so far as to say that the protest was unlawful.",
        "the protest was unlawful",
        "negated",
    ),
    ("The bishop stopped short of saying that the priest should resign.", "the priest should resign", "negated"),
    ("The regulator stopped short of claiming that the bank had broken the law.", "the bank had broken", "negated"),
    ("The report was published without saying that the samples were contaminated.", "the samples were", "negated"),
    (
        "The chairman left the meeting without mentioning that he had sold his shares.",
        "he had sold his shares",
        "negated",
    ),
    ("The firm raised prices without telling customers that the service would shrink.", "the service would", "negated"),
    ("Never did the company admit that its filters had failed.", "its filters had failed", "negated"),
    (
        "Had the engineers warned that the dam was weak, the village could have been evacuated.",
        "the dam was weak",
        "hypothetical",
    ),
    (
        "Had the pilot reported that the engine was smoking, the crash might have been avoided.",
        "the engine was smoking",
        "hypothetical",
    ),
    (
        "Were the mayor to announce that the park would close, residents would protest.",
        "the park would",
        "hypothetical",
    ),
    (
        "Were the bank to admit that it mis-sold the loans, it would face huge fines.",
        "it mis-sold the loans",
        "hypothetical",
    ),
    (
        "Should the club confirm that the striker is leaving, fans will be furious.",
        "the striker is leaving",
        "hypothetical",
    ),
    (
        "If the inspector had said that the wiring was faulty, the fire might have been prevented.",
        "the wiring was faulty",
        "hypothetical",
    ),
]

SAID = [
    ("Nobody was hurt in the blast, police said.", "Nobody was hurt"),
    ("No one expected the verdict, she said.", "No one expected"),
    ("Not one bus ran on Sunday, the operator said.", "Not one bus ran"),
    ("Not one of the 40 passengers was injured, the airline said.", "Not one of the 40"),
    ("Not one of the buses was late, the operator said.", "Not one of the buses"),
    ("He never said no to a challenge, his sister said.", "He never said no"),
    ("She said that nobody had called the office.", "nobody had called"),
    ("The ministry said no decision had been made.", "no decision had been made"),
    ("Police said that at no point was the public in danger.", "at no point was the public"),
    ("The coach said he had never once doubted his players.", "never once doubted"),
    ("Officials said none of the passengers were injured.", "none of the passengers"),
    ("The minister said that not one school would close.", "not one school would close"),
    ("The spokesman said that had the alarm sounded, staff would have left.", "had the alarm sounded"),
    ("The mayor said that if the river rose, the bridge would close.", "if the river rose"),
    ("Had it not been for the rain, the fire would have spread, firefighters said.", "the fire would have spread"),
    ("The engineer warned that no one could enter the tunnel.", "no one could enter"),
    ("Not surprisingly, the minister said the plan was working.", "the plan was working"),
    ("The senator went so far as to say that the president had lied.", "the president had lied"),
    ("Not all residents agreed, but the council said the plan would go ahead.", "the plan would go ahead"),
    ("Without naming the company, the minister said that fines were coming.", "fines were coming"),
]


def _claims(text: str, fragment: str, scope: str) -> list[quoteextract.Quotation]:
    return [q for q in quoteextract.extract(text, scope=scope).quotes if fragment in q.text]


@pytest.mark.parametrize(("text", "fragment", "polarity"), NOT_SAID)
def test_speech_that_did_not_happen_is_left_out_of_the_speech_scope(text, fragment, polarity):
    """The attribution scope marks the claim negated or hypothetical; the speech scope drops it."""
    claims = _claims(text, fragment, "attribution")
    assert claims, "the attribution scope finds the claim"
    assert {q.polarity for q in claims} == {polarity}
    assert not _claims(text, fragment, "speech")


@pytest.mark.parametrize(("text", "fragment"), SAID)
def test_a_negation_or_condition_elsewhere_leaves_speech_asserted(text, fragment):
    """A negation or a condition inside the reported words, or in a clause of its own, is no negation of the saying."""
    claims = _claims(text, fragment, "speech")
    assert claims, "the speech scope keeps the claim"
    assert {q.polarity for q in claims} == {"asserted"}


def test_it_goes_without_saying_stays_the_writers_idiom():
    """The idiom "It goes without saying that ..." is the writer's: no claim in either scope (hedge_say)."""
    text = "It goes without saying that the nurses deserve a raise."
    assert not _claims(text, "the nurses deserve", "attribution")
    assert not _claims(text, "the nurses deserve", "speech")
