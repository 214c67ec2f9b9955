# The passages are data, one per line: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Marks that are not quotations (stages/attribution/_reject_display.py): shown or sung text, searches, names.

The rules read the words around the marks, so their tests state the text only;
the model tests run invented sentences, several phrasings per case, each next
to a real quotation that must still be found.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Layout
from quoteextract.stages.attribution._context import setting_of
from quoteextract.stages.attribution._reject_display import (
    listed,
    name_after_the_rule,
    named_text,
    reader_question_rule,
    search_term,
)


def _at(text, index=0):
    """A scene stand-in (the rules read its text) and the setting of the ``index``-th pairing."""
    quote = [q for q in find_quotes(text).quotes if q.depth == 0][index]
    return SimpleNamespace(text=text), setting_of(Layout.of(text), quote, None)


@pytest.mark.parametrize(
    ("before", "reason"),
    [
        ("The refrain of the club’s new anthem, ", "title"),
        ("Its closing line — ", "title"),
        ("A line from his 2003 album, ", "title"),
        ("The hymn begins: ", "title"),
        ("The nursery rhyme ", "title"),
        ("A hand-lettered sign outside the bakery now reads ", "slogan"),
        ("One placard said simply ", "slogan"),
        ("His T-shirt said it all: ", "slogan"),
        ("The ballot paper reads ", "slogan"),
        ("The store’s new tagline, ", "slogan"),
        ("The union's rallying cry, ", "slogan"),
        ("Their battle cry — ", "slogan"),
        ("The referendum question — ", "word_as_word"),
        ("Her password, ", "word_as_word"),
    ],
)
def test_a_shown_or_sung_text_named_before_the_marks(before, reason):
    """A noun of verse, signs, ads or questions put to many, in apposition or with what a text does."""
    assert named_text(before) == reason


@pytest.mark.parametrize(
    "before",
    [
        "The last line of her statement, ",  # a statement is speech
        "The board said: ",  # an organisation speaks
        "The campaign manager said: ",  # a person, not a campaign
        "The mayor said the sign was ",
        "Residents said: ",
        "According to the Harbour First campaign, ",  # a campaign speaks
        "In past campaigns, ",
        "Barlow said the depot’s presence on the ballot ",  # no punctuation: the ballot is no sign here
        "Barlow sent a notice to staff in May about the closure and ",  # a phrase that runs on is no place
    ],
)
def test_speakers_and_documents_before_the_marks_are_no_shown_text(before):
    """A statement, an organisation or a person before the marks leaves the quotation alone."""
    assert named_text(before) is None


@pytest.mark.parametrize(
    "text",
    [
        "Searches for “cheap ferry tickets” doubled in a week.",
        "Thousands googled ‘is the bridge shut’ on Monday.",
        "She typed “depot jobs” into the search bar.",
        "If you search for the phrase “harbour flats”, the council’s page comes last.",
    ],
)
def test_searches_are_words_as_words(text):
    """Words searched for or typed into a search box are nobody's statement."""
    assert search_term(*_at(text)) == "word_as_word"


def test_typed_words_sent_to_someone_are_not_a_search():
    """Typed words that are not put into a search box may be a message: left to the other rules."""
    assert search_term(*_at("He typed “I am sorry” and pressed send.")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Have you ever been told “the bus is on its way”?",
        "What would you do if your landlord said “the rent is going up”?",
        "Did you know that “depot” and “deep ho” once rhymed in these parts?",
    ],
)
def test_quoted_words_in_a_question_to_the_reader(text):
    """The writer's question to the reader is no report of anybody's words."""
    assert reader_question_rule(*_at(text)) == "word_as_word"


def test_a_reported_question_with_you_is_a_quotation():
    """A sentence that reports someone's question, not asking the reader, is left alone."""
    assert reader_question_rule(*_at("Barlow asked them: “Have you ever been told the truth?”")) is None
    assert reader_question_rule(*_at("Have you heard? Barlow said “the depot is saved”.")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Campaigners want the “Safe Crossings Bill” passed by June.",
        "The “Harbour Renewal Fund” has paid for three new cranes.",
    ],
)
def test_title_case_words_after_the_are_a_name(text):
    """Title-case words after "the", with no naming verb, name a law, a fund or a scheme."""
    assert name_after_the_rule(*_at(text)) == "title"


@pytest.mark.parametrize(
    "text",
    [
        "Barlow called it the “Worst Deal Ever” and walked out.",  # the speaker's own name for it
        "The mayor said “the plan works” and left.",  # not title case
        "Voters learned that the “Solid Coast” no longer held.",  # in a reported clause: maybe the source's words
        "“The Depot Is Closing,” Barlow said.",  # no "the" before the marks
    ],
)
def test_names_someone_gives_and_sentences_are_left_alone(text):
    """A naming verb before the marks, lower-case words or no "the": not this rule's."""
    assert name_after_the_rule(*_at(text)) is None


def test_a_later_item_of_a_list_of_sign_texts():
    """“B” after “A” in "banners reading “A” and “B”" is a sign's text too; the first item is left to the sign rule."""
    text = "Drivers held banners reading “Save Our Depot”, “Buses Not Flats” and “We Drive This Town”."
    assert listed(*_at(text, 1)) == "slogan"
    assert listed(*_at(text, 2)) == "slogan"
    assert listed(*_at("Barlow said “we will strike” and “we will win”.", 1)) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("passage", "shown", "control"),
    [
        (
            "The chorus of the band’s new single, “we built the harbour with our hands,” is sung at every match. The singer, Ines Barlow, said the song took a week to write.",
            "we built the harbour with our hands,",
            "the song took a week to write",
        ),
        (
            "Its best-known line — ‘the tide remembers what the town forgets’ — is painted on the sea wall. The artist, Ines Barlow, said the council had paid for the paint.",
            "the tide remembers what the town forgets",
            "the council had paid for the paint",
        ),
        (
            "A sign taped to the door said simply “Back in ten minutes”. The owner, Ines Barlow, said she had been at the bank.",
            "Back in ten minutes",
            "she had been at the bank",
        ),
        (
            "Searches for “depot jobs” tripled after the announcement. Ines Barlow, who runs the job centre, said the queues had doubled.",
            "depot jobs",
            "the queues had doubled",
        ),
        (
            "The referendum question — “Should the depot stay open?” — drew 9,000 replies. Ines Barlow, who ran the count, said the result was clear.",
            "Should the depot stay open?",
            "the result was clear",
        ),
        (
            "Have you ever been told “the timetable is being reviewed”? Ines Barlow said drivers heard it every week.",
            "the timetable is being reviewed",
            "drivers heard it every week",
        ),
    ],
)
def test_shown_text_is_not_reported_and_the_real_quotation_is(nlp, passage, shown, control):
    """End to end, in the speech scope: the shown words are not reported; the sentence that reports speech is."""
    result = quoteextract.extract(passage, nlp, scope="speech")
    texts = [q.text for q in result.quotes]
    assert all(shown not in t for t in texts), texts
    assert any(control in t for t in texts), texts


@pytest.mark.model
@pytest.mark.parametrize(
    "name",
    [
        "reject.named_text",
        "reject.search_term",
        "reject.reader_question",
        "reject.name_after_the",
        "reject.listed",
    ],
)
def test_each_rule_is_registered_and_can_be_switched_off(nlp, name):
    """``disable`` switches the rule off: the sign's words come back as a quotation when its rule is off."""
    extractor = quoteextract.Extractor(nlp, disable=[name])
    assert name not in {r.name for r in extractor.rules.active("reject")}
    if name == "reject.named_text":
        passage = "A sign taped to the door said simply “Back in ten minutes”."
        assert not quoteextract.extract(passage, nlp).quotes
        assert any("Back in ten minutes" in q.text for q in extractor(passage).quotes)
