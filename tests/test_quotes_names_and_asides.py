"""Quoted words that are a name given before a colon, and the writer's sentence after a dash, attribute nothing."""

from __future__ import annotations

import pytest
from _handbuilt import parse

from quoteextract.stages.attribution._verbs import gives_a_name

GAVE_A_NAME = """
Locals 3 nsubj NOUN NNS local
have 3 aux AUX VBP have
already 3 advmod ADV RB already
given 3 ROOT VERB VBN give
the 6 det DET DT the
largest 6 amod ADJ JJS large
male 3 dative NOUN NN male
a 8 det DET DT a
name 6 appos NOUN NN name
"""
"""Locals have already given the largest male a name (the parser's apposition)."""

GAVE_A_WARNING = """
She 1 nsubj PRON PRP she
gave 1 ROOT VERB VBD give
the 3 det DET DT the
crowd 1 dative NOUN NN crowd
a 5 det DET DT a
warning 1 dobj NOUN NN warning
"""
"""She gave the crowd a warning."""

DUBBED = """
The 1 det DET DT the
crew 2 nsubj NOUN NN crew
dubbed 2 ROOT VERB VBD dub
the 4 det DET DT the
crane 2 dobj NOUN NN crane
"""
"""The crew dubbed the crane."""


@pytest.mark.parametrize(
    ("rows", "verb", "names"),
    [(GAVE_A_NAME, 3, True), (DUBBED, 2, True), (GAVE_A_WARNING, 1, False)],
)
def test_a_verb_gives_a_name_by_its_object_or_itself(rows, verb, names):
    """A naming noun among the objects (or hung on one), or a naming verb with an object, gives a name."""
    assert gives_a_name(parse(rows)[verb]) is names


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Locals have already given the largest male a name: “Big Len”, after the old landlord.",
        "Neighbours gave the old oak a nickname: “The Judge”.",
        "The crew dubbed the crane: “Old Creaky”. It still works.",
    ],
)
def test_on_the_model_a_name_given_before_a_colon_has_no_speaker(extractor, text):
    """The quoted name is nobody's words: no quotation credits the namers with it."""
    assert not [q for q in extractor(text).quotes if q.speaker is not None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("She gave the crowd a warning: “Stay behind the barrier at all times.”", "She"),
        ("She called reporters yesterday: “The deal is off, and that is final.”", "She"),
        ("The mayor had a simple message for the crowd: “Go home and stay safe tonight.”", "The mayor"),
    ],
)
def test_on_the_model_words_given_before_a_colon_keep_their_speaker(extractor, text, speaker):
    """A warning, a telephone call or a message before the colon still introduces the speaker's words."""
    quotes = [q for q in extractor(text).quotes if q.kind == "direct"]
    assert len(quotes) == 1 and quotes[0].speaker is not None and quotes[0].speaker.text == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "«On ne partira pas.» — They wanted us gone, he explained later.",
        "“Wir bleiben hier.” — They blocked the road with tractors.",
        "«Nous resterons.» — They locked the gates.",
    ],
)
def test_on_the_model_a_sentence_after_a_dash_is_no_trailing_attribution(extractor, text):
    """After a quoted full sentence, "— They <verb> ..." is the writer's (a translation, a scene), not its speaker."""
    first = min(extractor(text).quotes, key=lambda q: q.start)
    assert first.kind == "direct" and first.rule != "quote.trailing_verb"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            '"It jumped the highway," she said, "then the river" — she stopped, and pointed east — "and then it '
            'came back up the canyon."',
            ["It jumped the highway,", "then the river", "and then it came back up the canyon."],
        ),
        (
            "“We lost the barn,” Mr Grady said, “and the hay” — he shook his head — “and thirty years of work.”",
            ["We lost the barn,", "and the hay", "and thirty years of work."],
        ),
        (
            "‘You build it,’ the foreman said, ‘and then’ – he laughed – ‘you build it again.’",
            ["You build it,", "and then", "you build it again."],
        ),
    ],
)
def test_on_the_model_an_aside_between_dashes_does_not_end_a_split_quotation(extractor, text, pieces):
    """Split by its attribution, then by the writer's aside between dashes: one quotation of three pieces."""
    quotes = [q for q in extractor(text).quotes if q.kind == "direct"]
    assert len(quotes) == 1 and [f.text for f in quotes[0].fragments] == pieces
    assert quotes[0].cue is not None and quotes[0].cue.text == "said"
