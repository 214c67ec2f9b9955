"""Lines of fiction quoted in reviews (rule ``reject.fiction_line`` of ``_reject_fiction.py``).

Rule tests on hand-built parses (they state the parse they handle), then end to end on the
model with sentences written for these tests, several phrasings of each pattern.
"""

from __future__ import annotations

import pytest
from _quoted import quoted_words

from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_fiction import fiction_line, fiction_line_rule
from tests._handbuilt import parse

POEM_ENDS = """
The 1 det DET DT the
poem 2 nsubj NOUN NN poem
ends 2 ROOT VERB VBZ end
on 2 prep ADP IN on
“_ 5 punct PUNCT `` “
Home_ 3 pobj NOUN NN home
” 5 punct PUNCT '' ”
. 2 punct PUNCT . .
"""

HEROINE_SAYS = """
The 1 det DET DT the
play_ 3 poss NOUN NN play
’s 1 case PART POS ’s
heroine 4 nsubj NOUN NN heroine
says 4 ROOT VERB VBZ say
“_ 6 punct PUNCT `` “
Go_ 4 ccomp VERB VB go
” 6 punct PUNCT '' ”
. 4 punct PUNCT . .
"""

DIRECTOR_SAYS = HEROINE_SAYS.replace("heroine 4 nsubj NOUN NN heroine", "director 4 nsubj NOUN NN director")

IN_THE_FILM = """
In 6 prep ADP IN in
the 2 det DET DT the
film_ 0 pobj NOUN NN film
, 6 punct PUNCT , ,
the 5 det DET DT the
landlord 6 nsubj NOUN NN landlord
says 6 ROOT VERB VBZ say
“_ 8 punct PUNCT `` “
Go_ 6 ccomp VERB VB go
” 8 punct PUNCT '' ”
. 6 punct PUNCT . .
"""

SMITH_IN_THE_FILM = """
In 5 prep ADP IN in
the 2 det DET DT the
film_ 0 pobj NOUN NN film
, 5 punct PUNCT , ,
Smith 5 nsubj PROPN NNP Smith
says 5 ROOT VERB VBZ say
“_ 7 punct PUNCT `` “
Go_ 5 ccomp VERB VB go
” 7 punct PUNCT '' ”
. 5 punct PUNCT . .
"""


def _run(rows, check):
    doc = parse(rows)
    quote = next(q for q in find_quotes(doc.text).quotes if q.depth == 0)
    return check(Scene(Article.build(doc)), setting_of(Layout.of(doc.text), quote, None))


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(POEM_ENDS).text == "The poem ends on “Home”."
    assert parse(HEROINE_SAYS).text == "The play’s heroine says “Go”."
    assert parse(DIRECTOR_SAYS).text == "The play’s director says “Go”."
    assert parse(IN_THE_FILM).text == "In the film, the landlord says “Go”."
    assert parse(SMITH_IN_THE_FILM).text == "In the film, Smith says “Go”."


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(POEM_ENDS, True), (HEROINE_SAYS, True), (IN_THE_FILM, True), (DIRECTOR_SAYS, False), (SMITH_IN_THE_FILM, False)],
)
def test_fiction_line(rows, expected):
    """A work's line, a character's, anyone's inside a work; not a work's maker's nor a named person's."""
    assert _run(rows, fiction_line) is expected
    assert _run(rows, fiction_line_rule) == ("word_as_word" if expected else None)


NOT_SPEECH = [
    ("The novel ends on “and nobody ever found the boat”.", "nobody ever found the boat"),
    ("In the second act, the play’s narrator tells the audience: “Every family has a drowned man.”", "drowned man"),
    ("The opera’s libretto has the duke sing “Bring me the river” in the last scene.", "Bring me the river"),
    ("The song asks “where did the summer go?” over a slow piano.", "where did the summer go"),
    ("In the film’s final scene, the old captain whispers ‘Keep the light on’ to his son.", "Keep the light on"),
    ("The villain’s boast, ‘I own this town’, is printed on every poster.", "I own this town"),
]

SPEECH = [
    ("“We shot it in nine days,” the film’s director said.", "We shot it in nine days"),
    ("In his new book, Harris writes: “The party has lost its way.”", "The party has lost its way"),
    ("In the interview, the minister said: “We will not resign.”", "We will not resign"),
    ("The singer told the audience: “This song is for my mother.”", "This song is for my mother"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), NOT_SPEECH)
@pytest.mark.parametrize("scope", ["attribution", "speech"])
def test_lines_of_fiction_are_no_quotation(nlp, text, words, scope):
    """Lines of novels, plays, operas, songs and films are reported in neither scope."""
    assert not any(words in found for found in quoted_words(nlp, text, scope))


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), SPEECH)
def test_makers_and_people_still_speak(nlp, text, words):
    """A work's maker, a named author, a person in an interview, a singer to an audience stay quotations."""
    assert any(words in found for found in quoted_words(nlp, text, "speech"))


@pytest.mark.model
def test_disabling_the_rule_brings_the_line_back(nlp):
    """``Extractor(disable=["reject.fiction_line"])`` really switches the rule off."""
    text, words = NOT_SPEECH[2]
    assert any(words in found for found in quoted_words(nlp, text, "attribution", ("reject.fiction_line",)))
