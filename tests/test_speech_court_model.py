"""Speech of courts, orders, accusations, assessments and evidence, end to end on the model.

Invented sentences, in several phrasings, for session 8's classify rules and scope change
(see docs/scope.md): what a hearing "heard" is speech and what a person heard is not; an
order to someone is speech and ordering goods is not; an accusation of a deed is speech; "too
early to tell" is an assessment said, "too early to comment" a refusal; a quotation whose
cue is evidence or a belief is not the subject's speech; evidence a person "gave" is testimony;
hearsay without a speaker ("is said to be") is not speech.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model

KEPT = [
    ("The magistrates heard that the scooter had no insurance.", "the scooter had no insurance"),
    ("A coroner's court heard how the climber slipped on loose scree.", "the climber slipped"),
    ("Jurors heard that the cash was hidden in a freezer.", "the cash was hidden"),
    ("The committee heard that waiting times had doubled since spring.", "waiting times had doubled"),
    ("The judge ordered the council to rehouse the family within a week.", "to rehouse the family"),
    ("Police have ordered the owners to muzzle the dog.", "to muzzle the dog"),
    ("The coach instructed his players to stay off social media.", "to stay off social media"),
    ("The priest implored the gunmen to free the hostages.", "to free the hostages"),
    ("The general commanded his troops to retreat across the river.", "to retreat across the river"),
    ("Campaigners accused the ministry of hiding the true cost of the project.", "of hiding the true cost"),
    ("The opposition accused the government of misleading voters.", "of misleading voters"),
    ("The engineer said it was too early to tell whether the crack was growing.", "too early to tell"),
    ("A spokeswoman said it was too soon to say what had caused the outage.", "too soon to say"),
    ("The mayor called the tax “a raid on pensioners”.", "a raid on pensioners"),
    ("The officer gave evidence that the commander had ordered the files destroyed.", "the commander had ordered"),
    ("The minister offered assurances that no jobs would go.", "no jobs would go"),
    ("The jury was told that the driver had been drinking.", "the driver had been drinking"),
]

DROPPED = [
    ("Villagers heard that the pub would reopen at Easter.", "the pub would reopen"),
    ("The restaurant ordered two hundred chairs.", "two hundred chairs"),
    ("The company was ordered to pay the fine.", "to pay the fine"),
    ("She begged to differ.", "to differ"),
    ("The club said it was too early to comment on the injury.", "too early to comment"),
    ("The census shows that the village has shrunk.", "the village has shrunk"),
    ("Experiments suggest that the paint reflects heat.", "the paint reflects heat"),
    ("An audit found the council's books “in a shocking state”.", "in a shocking state"),
    ("Critics regard the tax as “a raid on pensioners”.", "a raid on pensioners"),
    ("Surveys show teachers “close to breaking point”.", "close to breaking point"),
    ("The singer is said to be furious about the leak.", "furious about the leak"),
    ("The ambassador is reported to have left the capital.", "to have left the capital"),
    ("The study provides evidence that sleep protects memory.", "sleep protects memory"),
]


def _texts(text: str, scope: str) -> list[str]:
    return [q.text for q in quoteextract.extract(text, scope=scope).quotes]


@pytest.mark.parametrize(("text", "fragment"), KEPT)
def test_speech_is_kept(text, fragment):
    """The speech scope keeps the claim."""
    assert any(fragment in t for t in _texts(text, "speech"))


@pytest.mark.parametrize(("text", "fragment"), DROPPED)
def test_what_is_not_speech_is_dropped(text, fragment):
    """The speech scope drops it (the attribution scope may keep it)."""
    assert not any(fragment in t for t in _texts(text, "speech"))
