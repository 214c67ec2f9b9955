"""Charges, findings and headings in marks; searches and advertising claims; machines that "tell"; "Watch next" links.

- ``reject.legal_term``: "admitted a charge of “...”", "a verdict of “...”", "Section 12, “...”" name a charge, a
  finding or a heading, nobody's words; a speaker's words after "accused ... of" stay speech;
- ``reject.search_term``: "Queries for “...”", "The most searched phrase ... was “...”" are searches;
- ``reject.named_text``: flyers and posters that "offered" or "claimed" words carry an advertising claim;
- ``reject.displayed_text`` and ``claim_filter.no_voice``: a display or sat-nav that "told drivers", an
  automated message that "told callers that ...", speak for no one;
- the layout stage's link labels: "Watch next:", "Read next:", "Up next:" lines are teasers.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import quoteextract


def _speech(nlp, text: str) -> list[str]:
    return [q.text for q in quoteextract.extract(text, nlp, scope="speech").quotes]


def _attribution(nlp, text: str) -> list[str]:
    return [q.text for q in quoteextract.extract(text, nlp, scope="attribution").quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The landlord admitted a charge of “harassment of a residential occupier” at the crown court.",
        "Two men were charged with “dangerous driving” after the crash on the bypass.",
        "The nurse was convicted of “ill-treatment of a patient” in 2021.",
        "A jury cleared her of the offence of ‘assisting an offender’ on Thursday.",
        "The inquest jury returned a conclusion of “misadventure”.",
        "The officer was dismissed on grounds of “gross misconduct” last spring.",
        "He pleaded guilty to “theft by finding” and was given a conditional discharge.",
    ],
)
def test_a_charge_or_finding_in_marks_is_not_speech(nlp, text):
    """The law's name for a charge, a plea or a finding is reported by nobody, in either scope."""
    assert _speech(nlp, text) == []
    assert _attribution(nlp, text) == []


@pytest.mark.model
def test_a_later_item_of_a_list_of_charges_is_not_speech(nlp):
    """The second charge of a list after "on grounds of" is a charge too."""
    text = "The pharmacist was struck off on grounds of “dishonesty” and “lack of integrity”."
    assert _speech(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The bill's second part, headed “Duties of landlords”, was rewritten in committee.",
        "Regulation 17, “Good governance”, was breached at both homes.",
        "Amendment 40 was listed on the order paper as “Protection for seasonal workers”.",
    ],
)
def test_a_statute_heading_in_marks_is_not_speech(nlp, text):
    """A part's or regulation's heading, after "headed" or a numbered section, is a title."""
    assert _speech(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, words",
    [
        ("The opposition accused the minister of “betraying the fishing towns”.", "betraying the fishing towns"),
        ("The defendant denied to police that he “ever touched the safe”, the court heard.", "ever touched the safe"),
        ("She said the fine was “a charge of the most petty kind”.", "a charge of the most petty kind"),
    ],
)
def test_a_speakers_words_near_a_charge_stay_speech(nlp, text, words):
    """Only a charge's or finding's own nouns and verbs reject: a speaker's accusation or words stay speech."""
    assert any(words in q for q in _attribution(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Queries for “storm shelter near me” rose tenfold overnight.",
        "The most searched question in the county last month was “when do the clocks go back”.",
        "The most googled phrase of the week was “snow day”.",
    ],
)
def test_search_queries_are_not_speech(nlp, text):
    """Words people search for, counted or ranked, are searches, not statements."""
    assert _speech(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The salon's flyers offered “Ten years younger in one visit”, and the watchdog has banned them.",
        "A poster claiming “Cures hay fever overnight” was taken down from the pharmacy window.",
        "The leaflets boasting “The town's cheapest pints” were handed out at the station.",
    ],
)
def test_an_advertising_claim_on_a_flyer_or_poster_is_not_speech(nlp, text):
    """The words a flyer or poster offers or claims are copy, nobody's statement."""
    assert _speech(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The sat-nav told the lorry driver to take the lane through the ford.",
        "The satnav told her to turn into a field.",
        "An automated message told customers that the line was busy.",
        "A recorded voice told passengers that the doors were closing.",
    ],
)
def test_a_machine_that_tells_reports_no_ones_words(nlp, text):
    """A sat-nav's or an automated message's instruction is no one's statement, in either scope."""
    assert _speech(nlp, text) == []
    assert _attribution(nlp, text) == []


@pytest.mark.model
def test_a_person_who_tells_stays_a_source(nlp):
    """The same frame with a person as subject still reports: only machines are voiceless."""
    assert _speech(nlp, "The operator told customers that the line would reopen on Monday.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The motorway's matrix display told drivers “Queue ahead, slow down” for an hour after the road cleared.",
        "The screen at the gate told passengers “Boarding” while the plane was still being cleaned.",
    ],
)
def test_a_display_that_tells_people_words_is_displayed_text(nlp, text):
    """Words a display "told drivers" are text on a screen."""
    assert _speech(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("label", ["Watch next", "Read next", "Up next", "WATCH NOW", "Listen again"])
def test_a_watch_next_line_is_a_teaser(nlp, label):
    """A "Watch next:" link line quoting a headline reports nothing; the body's quotation is still found."""
    text = (
        "The harbour master said the quay would reopen on Friday.\n\n"
        f"{label}: ‘Why the ferry can’t dock’ and other stories"
    )
    found = _speech(nlp, text)
    assert not any("ferry" in q for q in found)
    assert any("quay would reopen" in q for q in found)
