"""Session-9 claim rules end to end on the model (invented sentences, none taken from the suites).

Several phrasings of each case: a report in an "as" clause names the clause it hangs off (``claim.as_reported``);
a directive's addressee after its preposition stays with the infinitive (``claim.prep_addressee``); the
claims-local cue verbs ("appealed for", "confessed to", "queried whether"; ``claim.extra_cues``); a past event
after an urged or vowed infinitive is left out of the content; a second report joined to a noun cue's content
ends it; a passive stance verb whose subject is a speech noun with its clause leaves the claim to the noun.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text: str, **settings) -> list[tuple[str, str, str]]:
    result = quoteextract.Extractor(nlp, **settings)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue.text if q.cue else "", q.speaker.text if q.speaker else "") for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The depot will shut in March, as announced by the bus company on Friday.",
            "The depot will shut in March",
            "announced",
            "the bus company",
        ),
        (
            "As the regulator revealed last week, two of the banks broke the rules.",
            "two of the banks broke the rules",
            "revealed",
            "the regulator",
        ),
        (
            "The striker has signed a new contract, as the club confirmed on Monday.",
            "The striker has signed a new contract",
            "confirmed",
            "the club",
        ),
        (
            "Rents rose by a fifth, as the agency had predicted.",
            "Rents rose by a fifth",
            "predicted",
            "the agency",
        ),
    ],
)
def test_a_report_in_an_as_clause_names_its_host(nlp, text, content, cue, speaker):
    assert (content, cue, speaker) in _claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "As the mayor spoke, the lights went out.",
        "The hall fell silent as she announced her resignation.",
        "The crowd cheered as the results were announced.",
        "They laughed as they talked over dinner.",
    ],
)
def test_an_as_clause_of_time_names_nothing(nlp, text):
    result = quoteextract.Extractor(nlp)(text)
    assert [q.rule for q in result.quotes if q.rule == "claim.as_reported"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The head teacher appealed to parents to keep sick children at home.",
            "parents to keep sick children at home",
        ),
        ("The fire service appealed for drivers to avoid the ring road.", "drivers to avoid the ring road"),
        ("His lawyer pleaded with the court to release him on bail.", "the court to release him on bail"),
        ("The union called on members to reject the pay offer.", "members to reject the pay offer"),
    ],
)
def test_a_directive_keeps_its_addressee_after_the_preposition(nlp, text, content):
    assert content in [c for c, _, _ in _claims(nlp, text)]


def test_switching_the_addressee_frame_off(nlp):
    text = "The head teacher appealed to parents to keep sick children at home."
    contents = [c for c, _, _ in _claims(nlp, text, disable=["claim.prep_addressee"])]
    assert "parents to keep sick children at home" not in contents


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The caretaker confessed to starting the fire in the boiler room.",
            "starting the fire in the boiler room",
            "confessed",
        ),
        (
            "Two councillors queried whether the land had been sold too cheaply.",
            "whether the land had been sold too cheaply",
            "queried",
        ),
        (
            "Police appealed for anyone with dashcam footage to contact them.",
            "anyone with dashcam footage to contact them",
            "appealed",
        ),
        ("The driver confessed that he had been using his phone.", "he had been using his phone", "confessed"),
    ],
)
def test_claims_local_cue_verbs_give_claims(nlp, text, content, cue):
    assert (content, cue) in [(c, k) for c, k, _ in _claims(nlp, text, scope="speech")]


def test_switching_the_claims_local_cues_off_keeps_the_shared_ones(nlp):
    """The verb "query" moved to the shared cue lexicon (session 10): the claims-local switch no longer drops it."""
    text = "Two councillors queried whether the land had been sold too cheaply."
    assert _claims(nlp, text, disable=["claim.extra_cues"]) == _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor urged residents to save water after the reservoir fell to a record low.",
            "residents to save water",
        ),
        ("Lifeguards implored swimmers to leave the sea as the waves grew higher.", "swimmers to leave the sea"),
        ("The boxer vowed to fight on after losing his title in Vegas.", "to fight on"),
    ],
)
def test_a_past_event_after_an_infinitive_is_not_what_was_urged(nlp, text, content):
    assert content in [c for c, _, _ in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials urged people to stay indoors until the flood water went down.", "until the flood water went down"),
        ("The nurse told him to ring the bell when he woke.", "when he woke"),
    ],
)
def test_a_condition_or_later_time_stays_with_the_infinitive(nlp, text, content):
    assert any(c.endswith(content) for c, _, _ in _claims(nlp, text))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The police chief rejected claims that officers had been slow and praised the emergency crews.",
            "claims that officers had been slow",  # the denied claims (claim.denied_report, session 10)
            "the emergency crews",
        ),
        (
            "Detectives said the victim knew her attacker and appealed for witnesses to come forward.",
            "the victim knew her attacker",
            "witnesses to come forward",
        ),
    ],
)
def test_a_second_joined_report_ends_the_first(nlp, text, first, second):
    contents = [c for c, _, _ in _claims(nlp, text)]
    assert first in contents
    assert second in contents


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The mayor's claim that the budget was balanced was rejected by auditors.",
            "the budget was balanced",
            "claim",
        ),
        ("Her warning that the bridge was unsafe was ignored by the council.", "the bridge was unsafe", "warning"),
    ],
)
def test_a_speech_noun_subject_of_a_passive_stance_verb_reports_its_clause(nlp, text, content, cue):
    assert (content, cue) in [(c, k) for c, k, _ in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The striker is alleged to have told team-mates that he wanted to leave.",
            "he wanted to leave",
            "told",
            "The striker",
        ),
        (
            "The treasurer was reported to have warned that the fund would run dry.",
            "the fund would run dry",
            "warned",
            "The treasurer",
        ),
        (
            "The governor is quoted as saying that the prison would close.",
            "the prison would close",
            "saying",
            "The governor",
        ),
    ],
)
def test_a_report_under_passive_hearsay_is_the_claim_and_its_speaker_the_raised_subject(
    nlp, text, content, cue, speaker
):
    assert (content, cue, speaker) in _claims(nlp, text, scope="speech")


@pytest.mark.parametrize(
    "text",
    ["It is said that lightning never strikes twice.", "The general is said to be a keen chess player."],
)
def test_hearsay_without_a_speech_report_under_it_names_no_speaker(nlp, text):
    assert _claims(nlp, text, scope="speech") == []


def test_switching_the_hearsay_filter_off_keeps_the_hearsay(nlp):
    text = "The treasurer was reported to have warned that the fund would run dry."
    cues = [cue for _, cue, _ in _claims(nlp, text, disable=["claim_filter.hearsay_over_speech"])]
    assert "warned" not in cues
