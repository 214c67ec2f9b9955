"""Speech that did not happen, end to end on the model (invented sentences).

The speech scope drops a claim that reports no words: a speech verb a denial is about
("denied telling staff that ..."), a negation in a phrase of the sentence ("At no point
did ...", "No one has claimed ...", "neither confirm nor deny"), reported words that
refuse to speak ("said she would not comment on ..."), and a fact that "tells you"
something. The attribution scope keeps them, never as plain assertions. A refusal that
gives its reason, a fact ("had not disclosed"), a negation joined by "and", and "not
only ... said", and an assessment that it is "too early to tell" stay asserted speech. See docs/scope.md.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model

UNSAID = [
    ("The minister denied telling officials that the hospital would close.", "the hospital would close"),
    ("The coach has denied ever saying that the referee was biased.", "the referee was biased"),
    ("She denies claiming that the vote was rigged.", "the vote was rigged"),
    ("At no point did the inspector say that the bridge was unsafe.", "the bridge was unsafe"),
    ("At no time did the company claim that the drug was safe.", "the drug was safe"),
    ("At no point did the finance director claim that profits had doubled.", "profits had doubled"),
    ("At no stage did the head teacher promise that the school would stay open.", "the school would stay open"),
    ("Not once did the mayor suggest that taxes would rise.", "taxes would rise"),
    ("Nowhere does the report say that the mine will close.", "the mine will close"),
    ("No one has claimed that the fire was deliberate.", "the fire was deliberate"),
    ("No official has said that the border will close.", "the border will close"),
    ("The club would neither confirm nor deny that the striker had left.", "the striker had left"),
    ("The ministry did not confirm or deny that the talks had failed.", "the talks had failed"),
    ("Asked about the merger, the chief executive said she would not comment on speculation.", "she would not comment"),
    ("The police said they could not discuss the case.", "they could not discuss the case"),
    ("A spokesman said he was unable to comment on individual cases.", "he was unable to comment"),
    ("The company said it does not comment on rumours.", "it does not comment on rumours"),
    ("The ferry operator said it would not confirm how many sailings were cancelled.", "it would not confirm"),
    ("The council said it was too early to comment on the inspectors' findings.", "too early to comment"),
    ("Detectives said it would be premature to speculate on a motive.", "premature to speculate"),
]

FORECAST = [
    # "is due to tell the conference that ..." names its occasion: prepared remarks, asserted since session 9
    # (classify.polarity.scheduled, tests/test_classify_scheduled.py).
    ("The chancellor is due to tell MPs that fuel duty will be frozen.", "fuel duty will be frozen"),
    ("The minister is likely to tell MPs that the scheme will close in spring.", "the scheme will close"),
    ("The governor is expected to announce that the state will appeal.", "the state will appeal"),
    ("The club is set to confirm that the manager has left.", "the manager has left"),
    ("She is going to say that the deal is off.", "the deal is off"),
    ("The premier is poised to declare that the emergency is over.", "the emergency is over"),
]

NOT_FORECAST = [
    ("Older voters were more likely to say that the economy was the main issue.", "the economy was the main issue"),
    ("The minister told MPs that the vote was due to take place on Friday.", "the vote was due to take place"),
    ("The firm said it was set to announce job cuts.", "it was set to announce job cuts"),
    ("Engineers said the bridge was likely to reopen next month.", "the bridge was likely to reopen"),
]

ASSERTED = [
    ("A spokesman said he could not comment on the letter because he had not seen it.", "he could not comment"),
    ("The regulator said the bank had not disclosed the losses.", "the bank had not disclosed the losses"),
    ("The government said it would not talk to the kidnappers.", "it would not talk to the kidnappers"),
    ("The firm does not track complaints and has insisted that the product is safe.", "the product is safe"),
    ("The minister not only said that the plan was flawed but also voted against it.", "the plan was flawed"),
    ("The mayor did not resign and said that she would stay on.", "she would stay on"),
    ("The senator insisted she had not discussed the post with anyone.", "she had not discussed the post"),
    ("The mayor said she would not say no to a second term.", "she would not say no"),
    # an assessment that nothing can be known yet is said (session 8: a speech-only reader counts it)
    ("The coach said it was too soon to say whether the striker would play.", "too soon to say"),
    ("The harbour board said it was too early to tell.", "too early to tell"),
    ("A surgeon said it was too early to tell if the graft had taken.", "too early to tell"),
    ("Investigators said it was too soon to know what had brought the crane down.", "too soon to know"),
]


def _claims(text: str, fragment: str, scope: str) -> list[quoteextract.Quotation]:
    return [q for q in quoteextract.extract(text, scope=scope).quotes if fragment in q.text]


@pytest.mark.parametrize(("text", "fragment"), UNSAID)
def test_unsaid_speech_is_negated_and_left_out_of_the_speech_scope(text, fragment):
    """The attribution scope reports the claim as ``negated``; the speech scope drops it."""
    claims = _claims(text, fragment, "attribution")
    assert claims, "the attribution scope finds the claim"
    assert {q.polarity for q in claims} == {"negated"}
    assert not _claims(text, fragment, "speech")


@pytest.mark.parametrize(("text", "fragment"), ASSERTED)
def test_asserted_speech_with_a_negation_inside_is_kept(text, fragment):
    """A reason, a fact, a negation before "and" or "not only" leave the speech asserted."""
    claims = _claims(text, fragment, "speech")
    assert claims
    assert {q.polarity for q in claims} == {"asserted"}


@pytest.mark.parametrize(("text", "fragment"), FORECAST)
def test_speech_still_to_come_is_hypothetical(text, fragment):
    """Speech still to come ("is due to tell ...") is hypothetical: the speech scope leaves it out."""
    claims = [q for q in _claims(text, fragment, "attribution") if q.cue_class == "speech"]
    assert {q.polarity for q in claims} <= {"hypothetical"}
    assert not _claims(text, fragment, "speech")


@pytest.mark.parametrize(("text", "fragment"), NOT_FORECAST)
def test_a_comparison_or_a_forecast_in_the_reported_words_stays_asserted(text, fragment):
    """A comparison ("more likely to say") and a "due to" inside the reported words stay asserted."""
    claims = _claims(text, fragment, "speech")
    assert claims
    assert {q.polarity for q in claims} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "fragment", "kept"),
    [
        ("The view from the pier, which tells you why the town was built here, is free.", "why the town", False),
        ("The empty car park tells you that the market has closed.", "the market has closed", False),
        ("The harbour master tells you that the quay is safe.", "the quay is safe", True),
    ],
)
def test_a_fact_that_tells_you_is_no_speech(text, fragment, kept):
    """A fact "tells you" (evidence); a person who tells people something speaks."""
    assert bool(_claims(text, fragment, "speech")) is kept


def test_the_extractor_switches_a_polarity_rule_off():
    """``Extractor(disable=[...])`` gives the older reading back: "At no point did ..." is asserted speech again."""
    text = "At no point did the inspector say that the bridge was unsafe."
    on = quoteextract.Extractor(scope="speech")(text).quotes
    off = quoteextract.Extractor(scope="speech", disable=["classify.polarity.negative_phrase"])(text).quotes
    assert not on
    assert [q.polarity for q in off] == ["asserted"]
