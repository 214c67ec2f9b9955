"""Session-7 reported-speech boundaries and set phrases end to end on the model (invented sentences).

Several phrasings of each case: a verb of telling with an infinitive, a condition after an urged
infinitive, a hedged appositive inside the content, a clock time at the content's end, a participle
sharing the content verb's "had", a speech verb's gerund, a past-tense act of the speaker after a
modal content verb, and the set phrases "That said", "Time will tell" and "citing X".
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text: str, **settings) -> list[tuple[str, str]]:
    result = quoteextract.Extractor(nlp, **settings)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue.text if q.cue else "") for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The warden told hikers to stay on the marked path.", "to stay on the marked path", "told"),
        ("Staff were reminded by the head to lock the gates at night.", "to lock the gates at night", "reminded"),
        ("The nurse told me to come back in a week.", "to come back in a week", "told"),
        ("Coastguards told swimmers not to enter the water.", "not to enter the water", "told"),
        ("Residents were told to keep their windows shut.", "to keep their windows shut", "told"),
    ],
)
def test_a_verb_of_telling_reports_its_infinitive(nlp, text, content, cue):
    assert (content, cue) in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Officials urged drivers to stay home unless their trip was urgent.",
            "drivers to stay home unless their trip was urgent",
        ),
        (
            "The council asked residents to keep their bins indoors until the storm had passed.",
            "residents to keep their bins indoors until the storm had passed",
        ),
        (
            "Doctors urged parents to call a helpline if their child developed a rash.",
            "parents to call a helpline if their child developed a rash",
        ),
    ],
)
def test_a_condition_goes_on_with_an_urged_infinitive(nlp, text, content):
    assert content in [c for c, _ in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Witnesses said the gunman drove off in a car, probably a grey Volvo, that had no plates.",
            "the gunman drove off in a car, probably a grey Volvo, that had no plates",
        ),
        (
            "Police said they were hunting a van, possibly a white Transit, that was seen near the depot.",
            "they were hunting a van, possibly a white Transit, that was seen near the depot",
        ),
    ],
)
def test_a_hedged_appositive_stays_in_the_claim(nlp, text, content):
    assert content in [c for c, _ in _claims(nlp, text)]


def test_a_reporters_gloss_still_closes_the_claim(nlp):
    text = "The mayor said she would sell the depot, a site that has been empty for years."
    assert ("she would sell the depot", "said") in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police said the van was seen near the shop at about 2 a.m.",
            "the van was seen near the shop at about 2 a.m",
        ),
        ("Neighbours said the alarm went off at 4 a.m.", "the alarm went off at 4 a.m"),
    ],
)
def test_a_clock_time_ends_with_its_clock_word(nlp, text, content):
    assert content in [c for c, _ in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The senator denied taking money from the developer.", "taking money from the developer", "denied"),
        ("The driver admitted using his phone at the wheel.", "using his phone at the wheel", "admitted"),
        ("The council confirmed receiving the petition on Monday.", "receiving the petition on Monday", "confirmed"),
    ],
)
def test_a_speech_verbs_gerund_is_its_content(nlp, text, content, cue):
    assert (content, cue) in _claims(nlp, text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The judge said he would consider the report and adjourned the case.", "he would consider the report"),
        ("The minister said the rules will change and left the room.", "the rules will change"),
    ],
)
def test_a_past_tense_act_after_a_modal_content_verb_is_the_speakers(nlp, text, content):
    assert content in [c for c, _ in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The agency said it would review the case but did not give a timeline.", "it would review the case"),
        ("Police said the man will appear in court but did not name him.", "the man will appear in court"),
        ("The coach said his side would improve but did not say how.", "his side would improve"),
    ],
)
def test_a_did_not_act_after_a_modal_content_verb_is_the_speakers(nlp, text, content):
    """The clause "but did not give a timeline" is what the speaker did not do, not what was said (session 18)."""
    claims = [c for c, _ in _claims(nlp, text)]
    assert content in claims
    assert not any("did not" in c for c in claims)


def test_a_did_not_verb_that_shares_the_content_tense_stays(nlp):
    """A past content verb shares "did not" with its conjunct: the whole clause is what was said."""
    text = "She said the firm was growing and did not need the loan."
    assert "the firm was growing and did not need the loan" in [c for c, _ in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry said the talks would resume on 4 July, without giving details.",
            "the talks would resume on 4 July",
        ),
        ("Officials said the plant would close, without offering any evidence.", "the plant would close"),
        ("She said the bill would pass without changing the law.", "the bill would pass without changing the law"),
    ],
)
def test_a_closing_without_note_is_the_reporters(nlp, text, content):
    assert content in [c for c, _ in _claims(nlp, text)]


def test_a_participle_sharing_had_goes_on_with_the_claim(nlp):
    text = "She told officers that she had heard a loud bang and seen two men running."
    assert ("she had heard a loud bang and seen two men running", "told") in _claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "That said, the team still needs a new goalkeeper.",
        "But that said, the bridge will stay shut until spring.",
        "Only time will tell whether the new species survives the winter.",
        "Time will tell if the gamble pays off.",
        "History will tell whether the treaty was worth it.",
        "Locals have taken to calling the unfinished tower ‘the Stump’.",
        "Fans call the goalkeeper 'The Wall'.",
    ],
)
def test_set_phrases_report_nothing(nlp, text):
    assert _claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Herald reported that the minister had offered to resign, citing two officials.", "two officials"),
        ("The paper said the deal was close, citing people familiar with the talks.", "people familiar with"),
        ("The agency said the talks had stalled, quoting a government spokesman.", "a government spokesman"),
    ],
)
def test_a_cited_source_is_no_claim(nlp, text, source):
    claims = _claims(nlp, text)
    assert len(claims) == 1 and source not in claims[0][0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor called the plan a disaster.", "the plan a disaster"),
        ("The senator called the report ‘deeply flawed’.", "the report ‘deeply flawed’"),
        ("Union leaders called the offer ‘A Betrayal’ on Monday.", "the offer ‘A Betrayal"),
    ],
)
def test_a_view_given_with_call_is_still_a_claim(nlp, text, content):
    assert any(c.startswith(content) for c, _ in _claims(nlp, text))


def test_a_cited_reason_is_still_a_claim(nlp):
    text = "The firm said it would shut the plant, citing high energy costs."
    assert ("high energy costs", "citing") in _claims(nlp, text)
