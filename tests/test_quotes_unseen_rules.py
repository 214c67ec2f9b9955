"""Rules written for the quotes_unseen suite (session 18): wrapped copy, a name lent onwards, names in passing.

- hard-wrapped copy: a line break that only wraps a sentence (:func:`quoteextract._wrapping.wraps_line`) ends no
  reported clause (:func:`~quoteextract.stages.claims.trim.one_paragraph`); the finder's tables are in
  tests/test_marks.py;
- "„A,“ said Hennig, „we ...“": a name right after the cue verb that the parser hung on a verb of the quoted words
  after it is the verb's inverted speaker (``_inverted_subject`` of ``_mention.py``);
- "a group calling itself “...”", "the lane locals call ‘the Drop’": a name given in passing, read from the words
  before the marks (:func:`~quoteextract.stages.attribution._reject_passing.named_in_passing`).

Rule tests on hand-built parses and plain strings, then end to end on the model with sentences written for these
tests (none is from the suite).
"""

from __future__ import annotations

import pytest
from _quoted import quoted_words

import quoteextract
from quoteextract import find_quotes
from quoteextract._model import Span
from quoteextract._wrapping import wraps_line
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._mention import _inverted_subject
from quoteextract.stages.attribution._reject_passing import named_in_passing
from quoteextract.stages.claims.trim import one_paragraph
from tests._handbuilt import parse

# --- hard-wrapped copy --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Officer Ross said the cause of the blaze was not yet\nknown", True),  # a lower-case word goes on
        ("She held talks with the union, the council and\nThe Times", True),  # a joining word ends the line
        ("Those present included the mayor, the police,\nThe council", True),  # a comma ends the line
        ("The fire is out, the chief said on Sunday evening.\nCrews left at noon.", False),  # a new sentence
        ("The fire is out, the chief said on Sunday evening.\n\nthe crews left", False),  # a blank line
        ("The fire is out\n", False),  # the end of the text
        ("Council warns\nresidents were told to boil water", False),  # a short line: a heading
    ],
)
def test_wraps_line(text: str, expected: bool) -> None:
    """A single line break wraps a sentence when a lower-case word or a joining word runs on over it."""
    assert wraps_line(text, text.index("\n")) is expected


@pytest.mark.parametrize(
    ("text", "content", "cue", "expected"),
    [
        (
            "Ross said the road through the village was not yet\nsafe for lorries.",
            "the road through the village was not yet\nsafe for lorries",
            5,
            None,
        ),
        (
            "Ross said the road was shut.\nIt reopens on Monday.",
            "the road was shut.\nIt reopens on Monday",
            5,
            "the road was shut",
        ),
        (
            "The road through the village was shut for a\nweek, police said.",
            "The road through the village was shut for a\nweek",
            60,
            None,
        ),
        (
            "Crews from three stations were called to the village.\nThe road was shut, police said.",
            "Crews from three stations were called to the village.\nThe road was shut",
            74,
            "The road was shut",
        ),
    ],
)
def test_one_paragraph_keeps_wrapped_lines(text: str, content: str, cue: int, expected: str | None) -> None:
    """A reported clause stops at a line break that ends a sentence, not at one that wraps it."""
    start = text.index(content)
    span = one_paragraph(text, Span.of(text, start, start + len(content)), cue)
    assert span is not None
    assert span.text == (content if expected is None else expected)


WRAPPED_SPEECH = [
    (
        "Chief Officer Dana Ross said the cause of the blaze was not yet\nknown but was not thought to be suspicious.",
        "not yet\nknown",
    ),
    (
        "The harbour master, Ewan Bell, told reporters that the ferry would not sail until the\nwind had dropped.",
        "wind had dropped",
    ),
    (
        "Nurse Amy Cole said the ward had been short of staff for most of the\nsummer and that patients waited.",
        "patients waited",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), WRAPPED_SPEECH)
def test_reported_clause_runs_over_a_wrapped_line(nlp, text, words):
    """Reported speech in hard-wrapped copy keeps the words after the wrap."""
    assert any(words in found for found in quoted_words(nlp, text, "speech"))


MISSING_CLOSE = [
    (
        'Councillor Ann Moss said: "Everybody here has a\nstory about that hall. Mine is my wedding.\n\nThe hall was '
        "insured.",
        "Mine is my wedding",
    ),
    (
        'The hall burned down on Sunday.\n\n"The fire crews came from three towns and\nstayed until dawn.\n\n"We owe '
        'them everything," said Ruth Kerr, who runs the lunch club.',
        "stayed until dawn",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), MISSING_CLOSE)
def test_quotation_runs_over_a_wrapped_line(nlp, text, words):
    """A quotation wrapped over two lines keeps its second line, closed or not."""
    assert any(words in found for found in quoted_words(nlp, text, "speech"))


# --- a name right after the verb, lent to the quoted words after it ----------------------------------------

LENT_ONWARDS = """
„_ 3 punct PUNCT `` „
Nobody 3 nsubj NOUN NN nobody
is 3 aux AUX VBZ be
taking_ 6 ccomp VERB VBG take
,_ 6 punct PUNCT , ,
“ 6 punct PUNCT '' “
said 6 ROOT VERB VBD say
Hennig 12 nsubj PROPN NNP Hennig
, 12 punct PUNCT , ,
„_ 12 punct PUNCT `` „
we 12 nsubj PRON PRP we
are 12 aux AUX VBP be
giving_ 6 ccomp VERB VBG give
._ 6 punct PUNCT . .
“ 6 punct PUNCT '' “
"""

LENT_DATE = LENT_ONWARDS.replace("Hennig 12 nsubj PROPN NNP Hennig", "Tuesday 12 nsubj PROPN NNP Tuesday")


def test_handbuilt_german_split_reads_as_written():
    """The hand-built parse spells the sentence the tests name."""
    assert parse(LENT_ONWARDS).text == "„Nobody is taking,“ said Hennig, „we are giving.“"


def test_name_lent_to_the_quoted_words_is_the_speaker():
    """A proper name after the cue verb, hung on the verb of the next quoted words across a quote mark, speaks."""
    doc = parse(LENT_ONWARDS)
    found = _inverted_subject(doc[6])
    assert found is not None and found.text == "Hennig"


def test_a_date_lent_onwards_is_no_speaker():
    """A date in the same place ("said Tuesday, „we ...“") is no speaker."""
    doc = parse(LENT_DATE, ents=["O"] * 7 + ["B-DATE"] + ["O"] * 7)
    assert _inverted_subject(doc[6]) is None


SPLIT_AROUND_NAME = [
    ("„We will not wait for the next accident,“ said Brandt, „we will close the road this week.“", "Brandt"),
    ("„The square belongs to everyone,“ said Vogel, „not only to the people who park on it.“", "Vogel"),
    ("„We have listened,“ said Kranz, „and listening is not the same as doing nothing.“", "Kranz"),
    ("“The tram is late,” said Odile, “but it is coming, and nobody can stop it now.”", "Odile"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), SPLIT_AROUND_NAME)
def test_quotation_split_around_said_name_has_its_speaker(nlp, text, name):
    """A quotation split around "said Name," has that name as its speaker, in German marks or English ones."""
    result = quoteextract.Extractor(nlp, scope="speech")(text)
    assert result.quotes
    quote = result.quotes[0]
    assert quote.speaker is not None and result.entity(quote.speaker.entity).name == name


# --- names given in passing ----------------------------------------------------------------------------------

CALLING_ITSELF = """
A 1 det DET DT a
group 1 ROOT NOUN NN group
calling 1 acl VERB VBG call
itself 2 dobj PRON PRP itself
“_ 6 punct PUNCT `` “
Parents 6 compound PROPN NNPS Parents
First_ 2 oprd PROPN NNP First
” 6 punct PUNCT '' ”
. 1 punct PUNCT . .
"""

LOCALS_CALL = """
They 1 nsubj PRON PRP they
live 1 ROOT VERB VBP live
on 1 prep ADP IN on
the 4 det DET DT the
lane 2 pobj NOUN NN lane
locals 6 nsubj NOUN NNS local
call 4 relcl VERB VBP call
‘_ 9 punct PUNCT `` ‘
the 9 det DET DT the
Drop_ 6 oprd PROPN NNP Drop
’ 9 punct PUNCT '' ’
. 1 punct PUNCT . .
"""

MAYOR_CALLED = LOCALS_CALL.replace("locals 6 nsubj NOUN NNS local", "Ruiz 6 nsubj PROPN NNP Ruiz").replace(
    "call 4 relcl VERB VBP call", "called 4 relcl VERB VBD call"
)


def _passing(rows: str) -> bool:
    doc = parse(rows)
    quote = next(q for q in find_quotes(doc.text).quotes if q.depth == 0)
    return named_in_passing(Scene(Article.build(doc)), setting_of(Layout.of(doc.text), quote, None))


def test_handbuilt_naming_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(CALLING_ITSELF).text == "A group calling itself “Parents First”."
    assert parse(LOCALS_CALL).text == "They live on the lane locals call ‘the Drop’."
    assert parse(MAYOR_CALLED).text == "They live on the lane Ruiz called ‘the Drop’."


@pytest.mark.parametrize(("rows", "expected"), [(CALLING_ITSELF, True), (LOCALS_CALL, True), (MAYOR_CALLED, False)])
def test_named_in_passing(rows, expected):
    """A reflexive namer or a generic one in the present gives a name; a named person's past-tense naming speaks."""
    assert _passing(rows) is expected


NAMES_IN_PASSING = [
    (
        "The petition was started by a group calling itself “Friends of the Old Pier,” which has 400 members.",
        "Friends of the Old Pier",
    ),
    ("The band, who style themselves ‘the Last Ferry Home’, played until two in the morning.", "the Last Ferry Home"),
    ("Most of the damage was along the stretch of road drivers call «the Corkscrew».", "the Corkscrew"),
    ("The flats overlook the car park residents still call “the Crater” after the 1987 storm.", "the Crater"),
    (
        "The objections came from a campaign calling itself “Parents for Safer Streets,” which met on Monday.",
        "Parents for Safer Streets",
    ),
]

NAMES_THAT_SPEAK = [
    ("He calls himself “a Democrat who believes in markets and in the unions.”", "a Democrat who believes in markets"),
    (
        "The mayor called the closure “a betrayal of every family in this valley” on Tuesday.",
        "a betrayal of every family in this valley",
    ),
    ("She calls herself “lucky to be alive, and angry that anyone had to die.”", "lucky to be alive"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), NAMES_IN_PASSING)
@pytest.mark.parametrize("scope", ["attribution", "speech"])
def test_names_given_in_passing_are_no_quotation(nlp, text, words, scope):
    """A self-given name or a name people at large use is no quotation, however the parse hangs it."""
    assert not any(words in found for found in quoted_words(nlp, text, scope))


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), NAMES_THAT_SPEAK)
def test_characterisations_stay_quotations(nlp, text, words):
    """A named speaker's characterisation, and a reflexive one that is a clause, stay quotations."""
    assert any(words in found for found in quoted_words(nlp, text, "attribution"))
