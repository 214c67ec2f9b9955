"""quote.qa_answer: the answers of a printed interview whose questions and answers carry no "Q:"/"A:" labels."""

from __future__ import annotations

import pytest

import quoteextract

INTERVIEWS = [
    (
        "The baker Ilse Brandt, 71, is retiring after fifty years. We talked to her in her shop.\n\n"
        "How did you start?\n\n"
        "My mother ran this shop. I swept the floor from the age of six.\n\n"
        "What will you miss most?\n\n"
        "The early mornings, believe it or not. I like the town before it wakes up.\n\n"
        "And what comes next for you?\n\n"
        "I am going to sleep until nine for a year. Then we will see.",
        [
            "My mother ran this shop. I swept the floor from the age of six.",
            "The early mornings, believe it or not. I like the town before it wakes up.",
            "I am going to sleep until nine for a year. Then we will see.",
        ],
    ),
    (
        "Five questions for the new harbour master.\n\n"
        "Why did you take the job?\n\n"
        "Because nobody else applied, honestly. We had the post open for a year.\n\n"
        "Is the harbour safe?\n\n"
        "It is safer than it was. My first job was to fix the lights on the north wall.\n\n"
        "Are you worried about the new ferry?\n\n"
        "No. I have sailed on her sister ship and she handles well.\n\n"
        "Would you ever leave?\n\n"
        "Not while my knees still work.",
        [
            "Because nobody else applied, honestly. We had the post open for a year.",
            "It is safer than it was. My first job was to fix the lights on the north wall.",
            "No. I have sailed on her sister ship and she handles well.",
            "Not while my knees still work.",
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "answers"), INTERVIEWS)
def test_answers_below_questions_are_the_interviewees_words(extractor, text, answers):
    """Each first-person paragraph below a question is a direct quotation without cue; the questions are not."""
    found = [q for q in extractor(text).quotes if q.rule == "quote.qa_answer"]
    assert [q.text for q in found] == answers
    assert all(q.kind == "direct" and q.cue is None and text[q.start : q.end] == q.text for q in found)


@pytest.mark.model
def test_the_rule_can_be_switched_off(nlp):
    """Extractor(disable=["quote.qa_answer"]) finds no answers."""
    text, _ = INTERVIEWS[0]
    result = quoteextract.Extractor(nlp, disable=["quote.qa_answer"])(text)
    assert not [q for q in result.quotes if q.rule == "quote.qa_answer"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # An explainer's question subheadings, answered in the third person.
        "The new parking rules start on Monday.\n\nWho is affected?\n\nEvery driver who parks in the town centre.\n\n"
        "How much will it cost?\n\nThe first hour is free; after that it is two pounds an hour.\n\n"
        "Can residents get a permit?\n\nYes, the council says permits will cost forty pounds a year.",
        # A feature's rhetorical questions.
        "Why do we queue? Nobody knows.\n\nIs it manners? My grandmother thought so.\n\n"
        "The shop opened at nine, and by ten the line reached the bridge.",
        # Two exchanges only, with no introduction saying an interview took place.
        "The mayor was at the fete.\n\nWill you stand again?\n\nI have not decided.\n\n"
        "When will you decide?\n\nI will tell you in May.",
        # Questions in quote marks: quoted speech, not an interview's layout.
        "“Are you serious?” she asked.\n\nI was.\n\n“Do you know the risks?”\n\nI did.\n\n“Then why?”\n\nI had to.",
    ],
)
def test_no_interview_no_answers(extractor, text):
    """Third-person answers, rhetorical questions, two exchanges not introduced as an interview or quoted questions.

    None of them makes an interview.
    """
    assert not [q for q in extractor(text).quotes if q.rule == "quote.qa_answer"]


_TWO_QUESTIONS = (
    "The baker who gave up the City\n\n"
    "Dinah Okafor spent twelve years as a bond trader before opening a bakery on Fore Street. This week it won "
    "the county's bread prize. We asked her about the change.\n\n"
    "Why did you leave?\n\n"
    "I was tired of making money for people I never met. Bread you can hand to someone.\n\n"
    "Do you miss the trading floor?\n\n"
    "Not once. I miss the salary on a bad Tuesday, but that passes by Wednesday.\n\n"
    "The bakery opens at seven every day except Monday."
)


@pytest.mark.model
@pytest.mark.parametrize(
    "intro",
    [
        "We asked her about the change.",
        "She spoke to Megan Ellery about the change.",
        "We spoke to Dinah Okafor about the change.",
        "The interview has been edited for length.",
    ],
)
def test_two_questions_introduced_as_an_interview_are_one(extractor, intro):
    """Two exchanges introduced as an interview ("We asked her ...") are one; the person the intro names speaks."""
    text = _TWO_QUESTIONS.replace("We asked her about the change.", intro)
    result = extractor(text)
    answers = [q for q in result.quotes if q.rule == "quote.qa_answer"]
    assert [q.text[:12] for q in answers] == ["I was tired ", "Not once. I "]
    names = {e.id: e.name for e in result.entities}
    assert all(q.speaker is not None and names.get(q.speaker.entity) == "Dinah Okafor" for q in answers)


@pytest.mark.model
def test_the_interviewee_rule_can_be_switched_off(nlp):
    """Extractor(disable=["speaker.qa_interviewee"]) leaves an unlabelled interview's answers without a speaker."""
    result = quoteextract.Extractor(nlp, disable=["speaker.qa_interviewee"])(_TWO_QUESTIONS)
    answers = [q for q in result.quotes if q.rule == "quote.qa_answer"]
    assert answers and all(q.speaker is None for q in answers)
