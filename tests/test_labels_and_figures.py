"""Session-17 claims end to end on the model (invented sentences, none from a suite).

A speaker's label ("called the levy a tax on jobs", "described the bypass as a white elephant") is speech
whose content is a clause (``classify.class.labelled``, ``classify.content.labelled``); a pronoun object
takes its predicate after a determiner ("called her a hero"); a name given ("called the ferry Saoirse") or a
thing fetched ("called him an ambulance") is no label. A figure a speaker gives ("put the bill at £4m") is a
claim (``claim.figure``); "put the sign at the gate" is not. The reporting idioms "gave her word that",
"made the case that", "made the point that" report their clause; "raised the alarm when ..." reports none.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.stages.claims.figure import figure_parts
from quoteextract.stages.classify_labelled import labelled_object

pytestmark = pytest.mark.model


def _speech(nlp, text: str) -> list[tuple[str, str]]:
    """The speech-scope claims of ``text``: content and cue words."""
    result = quoteextract.Extractor(nlp, scope="speech")(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue.text if q.cue else "") for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The farmers' union called the levy a tax on jobs.", "the levy a tax on jobs", "called"),
        (
            "Councillor Ade Bello described the bypass as a white elephant.",
            "the bypass as a white elephant",
            "described",
        ),
        ("The club's chairman called her a hero.", "her a hero", "called"),
        ("Campaigners denounced the closure as short-sighted.", "the closure as short-sighted", "denounced"),
        ("The bishop labelled the cuts a betrayal of the poor.", "the cuts a betrayal of the poor", "labelled"),
    ],
)
def test_a_speakers_label_is_speech(nlp, text, content, cue):
    """An object with the label a speaker gave it is reported speech, object and predicate together."""
    assert (content, cue) in _speech(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The owners called the new ferry Saoirse.",
        "A passer-by called him an ambulance.",
        "The hawk described a slow circle above the field.",
        "The chef called the waiters into the kitchen.",
    ],
)
def test_a_name_or_a_thing_is_no_label(nlp, text):
    """A name given, a thing fetched, a shape drawn: no speech."""
    assert _speech(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Organisers put the crowd at 40,000.", "the crowd at 40,000"),
        ("The insurer put the bill for the storm damage at £4m.", "the bill for the storm damage at £4m"),
        ("Health officials placed the number of cases at 312.", "the number of cases at 312"),
    ],
)
def test_a_figure_a_speaker_gives_is_speech(nlp, text, content):
    """A speaker who "put X at N" reports the figure: the object with its figure."""
    assert [c for c, _ in _speech(nlp, text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Staff put the sign at the gate.",
        "The caretaker put the chairs at the back of the hall.",
        "The report put the cost at £3m.",
    ],
)
def test_put_without_a_speakers_figure_is_not_speech(nlp, text):
    """A "put" with a place, or a document giving the figure, is no figure a speaker gives."""
    assert _speech(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The chairwoman gave her word that the hall would not be sold.", "the hall would not be sold"),
        ("The union made the case that nurses were underpaid.", "nurses were underpaid"),
        ("The inspector made the point that the stairs had no rail.", "the stairs had no rail"),
    ],
)
def test_reporting_idioms_report_their_clause(nlp, text, content):
    """A speech-noun idiom reports its "that" clause (the content starts after "that", as for "made it clear that")."""
    assert [c for c, _ in _speech(nlp, text)] == [content]


def test_raised_the_alarm_when_reports_nothing(nlp):
    """A "raised the alarm when ..." gives a time, not what was said."""
    assert _speech(nlp, "A lorry driver raised the alarm when he saw flames.") == []


def test_helpers_read_the_parse(nlp):
    """The helpers find the object and its label or figure, and nothing for a place."""
    doc = nlp("The mayor called the scheme a scandal.")
    found = labelled_object(doc[2])
    assert found is not None and (found[0].text, found[1].text) == ("scheme", "scandal")
    doc = nlp("Police put the crowd at 5,000.")
    parts = figure_parts(doc[1])
    assert parts is not None and parts[0].text == "crowd"
    assert figure_parts(nlp("Staff put the sign at the gate.")[1]) is None
