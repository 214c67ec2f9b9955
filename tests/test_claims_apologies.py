"""Apologies and promises with content, end to end on the model (invented sentences, none taken from the suites).

An apology issued or offered ("issued an apology for the late trains") reports what the speaker said sorry
for; "apologised that ..." reports a clause; so do the verb with a "for" phrase ("apologised for the delays",
"said sorry for the delays", session 17), while an apology with only an addressee ("apologised to the fans")
reports nothing. A promise, pledge or commitment made with a "that"
clause ("made a pledge that the pool would reopen") is speech; with an infinitive it stays an intention.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _claims(nlp, text: str, **settings) -> list[tuple[str, str | None, str | None]]:
    result = quoteextract.Extractor(nlp, **settings)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue_class, q.content_type) for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry company issued an apology for the cancelled sailings.", "for the cancelled sailings"),
        ("The hospital offered an apology for the long waits.", "for the long waits"),
        ("The bank issued a statement apologising for the outage.", "a statement apologising for the outage"),
        ("The mayor apologised that the parade had been called off.", "the parade had been called off"),
    ],
)
def test_an_apology_given_is_speech(nlp, text, content):
    """What an apology issued or offered was for, and an apology's clause, are reported speech."""
    assert (content, "speech", "clause") in _claims(nlp, text, scope="speech")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bus company apologised for the delays.", "the delays"),
        ("The referee apologized for the mistake that cost a goal.", "the mistake that cost a goal"),
        ("The landlord said sorry for the broken boiler.", "for the broken boiler"),
        ("The coach said sorry to the fans for the heavy defeat.", "for the heavy defeat"),
    ],
)
def test_an_apology_verb_is_speech_about_what_it_was_for(nlp, text, content):
    """The verb, like the noun, reports what the speaker said sorry for (session 17: the suites now agree)."""
    assert (content, "speech", "clause") in _claims(nlp, text, scope="speech")


@pytest.mark.parametrize(
    "text",
    [
        "The coach apologised to the fans.",
        "The driver said sorry.",
        "The bus company did not apologise for the delays.",
    ],
)
def test_an_apology_with_no_content_or_not_made_is_not_speech(nlp, text):
    """Only an addressee ("apologised to the fans"), nothing after "sorry", or no apology made: nothing kept."""
    assert _claims(nlp, text, scope="speech") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor made a promise that the schools would stay open.", "the schools would stay open"),
        ("The mayor made a pledge that the library would stay open.", "the library would stay open"),
        ("The trust made a commitment that the ward would reopen.", "the ward would reopen"),
    ],
)
def test_a_promise_made_that_is_speech(nlp, text, content):
    """A promise, pledge or commitment made with a "that" clause states what was promised, in words."""
    assert (content, "speech", "clause") in _claims(nlp, text, scope="speech")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor made a promise to cut taxes.", "to cut taxes"),
        ("The firm made a commitment to cut emissions.", "to cut emissions"),
    ],
)
def test_a_promise_to_act_stays_an_intention(nlp, text, content):
    """With an infinitive the promise is an intention, and the speech scope drops it."""
    assert (content, "intention", "infinitive") in _claims(nlp, text)
    assert _claims(nlp, text, scope="speech") == []


def test_the_promise_of_something_is_no_speech(nlp):
    """A thing's promise ("the promise of rain") has no speaker's words."""
    assert _claims(nlp, "The forecast brought the promise of rain.", scope="speech") == []
