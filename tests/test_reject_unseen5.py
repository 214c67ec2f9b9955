"""Names of things, machine text, survey answers, words as words, habitual sayings and cookie notices.

Rules of ``_reject_named`` (``reject.category_name``), ``_reject_shown`` (``reject.machine_text``,
``reject.survey_answer``, ``reject.word_entry``), the wider ``reject.habitual_saying`` and lists in
``reject.listed``, and the cookie notices of ``layout.boilerplate``. The sentences are invented for these
tests, in several phrasings each; none is taken from the hard-negative suites.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_named import category_name, category_name_rule, is_name
from quoteextract.stages.attribution._reject_sayings import habitual_saying
from quoteextract.stages.attribution._reject_shown import (
    machine_text,
    machine_text_rule,
    survey_answer,
    survey_answer_rule,
    word_entry,
    word_entry_rule,
)
from tests._handbuilt import parse

# "Bus drivers often joke about “the rodeo”.": a trade (a compound plural) with a habitual adverb.
TRADE = """
Bus 1 compound NOUN NN bus
drivers 3 nsubj NOUN NNS driver
often 3 advmod ADV RB often
joke 3 ROOT VERB VBP joke
about 3 prep ADP IN about
“_ 6 punct PUNCT `` “
the 6 det DET DT the
rodeo_ 4 pobj NOUN NN rodeo
” 6 punct PUNCT '' ”
. 3 punct PUNCT . .
"""

# "Harbour Board officials often joke about “the rodeo”.": a named body's officials speak.
NAMED_BODY = """
Harbour 1 compound PROPN NNP Harbour
Board 2 compound PROPN NNP Board
officials 4 nsubj NOUN NNS official
often 4 advmod ADV RB often
joke 4 ROOT VERB VBP joke
about 4 prep ADP IN about
“_ 7 punct PUNCT `` “
the 7 det DET DT the
rodeo_ 5 pobj NOUN NN rodeo
” 7 punct PUNCT '' ”
. 4 punct PUNCT . .
"""


def _pair(doc_or_text, index=0):
    text = doc_or_text if isinstance(doc_or_text, str) else doc_or_text.text
    quotes = [q for q in find_quotes(text).quotes if q.depth == 0]
    return setting_of(Layout.of(text), quotes[index], None)


def _scene(doc_or_text):
    return Scene(Article.build(doc_or_text))


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(TRADE).text == "Bus drivers often joke about “the rodeo”."
    assert parse(NAMED_BODY).text == "Harbour Board officials often joke about “the rodeo”."


def test_a_trade_jokes_habitually_a_named_body_speaks():
    """A plural with a common-noun compound ("Bus drivers") is people at large; a named body's officials are not."""
    doc = parse(TRADE)
    assert habitual_saying(_scene(doc), _pair(doc))
    named = parse(NAMED_BODY)
    assert not habitual_saying(_scene(named), _pair(named))


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Whisperbox", True),
        ("Snuggle Bear Deluxe", True),
        ("A Year in Provence", True),
        ("a disaster", False),
        ("Brilliant!", False),
        ("We are open.", False),
        ("Big, Bold", False),
    ],
)
def test_is_name(words, expected):
    """A name is a few capitalised words (small words aside) with no comma and no final punctuation."""
    assert is_name(words) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulators told parents to remove the game ‘Tiny Heist’ from tablets.", True),
        ("The pub now pours a stout called „Black Harbour“ from a local brewer.", True),
        ("The start-up sells its tracker under the name «Dozewell».", True),
        ("The charity's new helpline, ‘Talk Tuesday’, opens at six.", True),
        ("Her own-label gin, “Marsh Mallow”, sold out in a week.", True),
        ("The old name of the harbour, “Saint Bride's Haven”, survives on maps.", True),
        ("Mourners sang the hymn “Abide With Me” at the graveside.", True),
        ("She called the film “Brilliant” and left.", False),
        ("He praised the podcast, “Truly Gripping”, on air.", False),
        ("The minister said the app was “a disaster for privacy”.", False),
        ("The report, “We are failing our children”, was published today.", False),
    ],
)
def test_category_name(text, expected):
    """A name right after the noun of its kind is a title; a verdict after a verb of judging or a sentence is not."""
    assert category_name(_scene(text), _pair(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The automated voice on the helpline says “please hold” every minute.", True),
        ("A recorded announcement warned passengers “this train terminates here”.", True),
        ("Shoppers got an error message reading ‘Card not recognised’.", True),
        ("Visitors saw the message «Service unavailable» all morning.", True),
        ("Anyone who clicked was greeted with “403: access denied”.", True),
        ("Her delivery van still carries the slogan ‘Fresh every morning’.", True),
        ("A billboard by the ring road promises “Homes from £199,000”.", True),
        ("Students waved banners with slogans like ‘Scrap the fees’ and ‘Books not debt’.", True),
        ("The satnav kept telling drivers to “turn left” into the river.", True),
        ("The robot vacuum announces “cleaning complete” when it finishes.", True),
        ("Visitors to the page saw a pop-up asking “Are you still there?”.", True),
        ("The lottery ticket carried the message “Better luck next time”.", True),
        ("She saw the message “I am safe” from her son at 3am.", False),
        ("When the alarm sounded, the manager shouted “everybody out”.", False),
        ("The doorbell camera recorded a man shouting “open up”.", False),
        ("A kiosk worker said “we are closed until Monday”.", False),
        ("The minister was greeted with “shame on you” by protesters.", False),
        ("The mayor added “we will not give up” to loud cheers.", False),
    ],
)
def test_machine_text(text, expected):
    """A machine's or a thing's words are no one's; a message from a person or words shouted by people are."""
    assert machine_text(_scene(text), _pair(text, -1)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty per cent of those polled answered ‘don't know’ on rents.", True),
        ("Almost a third of parents chose “never” when asked about homework.", True),
        ("A majority of members ticked «strongly disagree».", True),
        ("The answer most often given was “the buses”, the council found.", True),
        ("Most of those surveyed said “better” when asked about the buses.", True),
        ("Half the residents answered “it's a disgrace” when the mayor asked.", False),
        ("Most of the councillors said “no” at the meeting.", False),
        ("The chairwoman answered “no” when asked if she would resign.", False),
    ],
)
def test_survey_answer(text, expected):
    """An option a share of respondents picked is nobody's words; a person's answer, or a sentence, is speech."""
    assert survey_answer(_scene(text), _pair(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The publisher has added “doomscroll” to its dictionary.", True),
        ("Editors added ‘rizz’ to this year's word list.", True),
        ("Visitors soon learn to say «grazie» at every counter.", True),
        ("The teacher taught the class how to say “good morning” in Welsh.", True),
        ("The mayor added “we will not give up” to loud cheers.", False),
        ("She said “thank you” in six languages at the ceremony.", False),
    ],
)
def test_word_entry(text, expected):
    """A word entered in a dictionary or learnt as a word is a word as a word; what a speaker adds is speech."""
    assert word_entry(_scene(text), _pair(text)) is expected


def test_rules_answer_their_reasons():
    """The registered rules give ``title``, ``slogan`` and ``word_as_word``."""
    text = "Police urged users to delete the app ‘Spyglass’."
    assert category_name_rule(_scene(text), _pair(text)) == "title"
    text = "The automated voice repeats “your call matters”."
    assert machine_text_rule(_scene(text), _pair(text)) == "slogan"
    text = "Sixty per cent answered ‘yes’."
    assert survey_answer_rule(_scene(text), _pair(text)) == "word_as_word"
    text = "Editors added ‘rizz’ to the dictionary."
    assert word_entry_rule(_scene(text), _pair(text)) == "word_as_word"


# (text, the non-quote, a real quotation or claim that must still be found): invented sentences.
NON_QUOTES = [
    (
        "Officers asked parents to remove the game ‘Tiny Heist’ from phones. Inspector Ravi Lal said it was unsafe.",
        "Tiny Heist",
        "it was unsafe",
    ),
    (
        "A pre-recorded message tells callers “all our agents are busy”. Ola Brandt said she gave up after an hour.",
        "all our agents are busy",
        "she gave up after an hour",
    ),
    (
        "Seventy per cent of respondents ticked ‘no’. The pollster, Ines Moura, said the result was clear.",
        "no",
        "the result was clear",
    ),
    (
        "Lexicographers added “greedflation” to the online dictionary. Its editor, Sam Kerr, said usage had soared.",
        "greedflation",
        "usage had soared",
    ),
    (
        "Bus drivers often joke about “the school-run rodeo”. Their union rep, Al Dunn, said shifts were too long.",
        "the school-run rodeo",
        "shifts were too long",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "non_quote", "control"), NON_QUOTES, ids=[n[:20] for _, n, _ in NON_QUOTES])
def test_names_machine_text_and_answers_are_not_quotations(nlp, text, non_quote, control):
    """The marked words are rejected and not reported on their own in the speech scope; the real report is found."""
    extraction = quoteextract.extract(text, nlp, scope="speech")
    start = text.index(non_quote)
    assert any(r.span.start == start for r in extraction.rejected)
    assert not [q for q in extraction.quotes if q.start <= start < q.end and len(q.text) < 2 * len(non_quote) + 8]
    assert any(control in q.text for q in extraction.quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "We use cookies to improve your experience. Click “Accept” to continue.\n\nThe mayor said taxes would rise.",
        "By continuing to use this site, you agree to our “Terms”.\n\nThe mayor said taxes would rise.",
    ],
)
def test_cookie_notices_report_nothing(nlp, text):
    """A cookie or consent notice is web furniture: nothing in it is reported, the story's claim is."""
    extraction = quoteextract.extract(text, nlp)
    assert [q.text for q in extraction.quotes] == ["taxes would rise"]


@pytest.mark.model
@pytest.mark.parametrize(
    "rule", ["reject.category_name", "reject.machine_text", "reject.survey_answer", "reject.word_entry"]
)
def test_switching_the_rules_off(nlp, rule):
    """``Extractor(disable=[...])`` really turns each new rule off."""
    texts = {
        "reject.category_name": "Police urged users to delete the app ‘Spyglass’ at once.",
        "reject.machine_text": "The automated voice repeats “your call matters” all day.",
        "reject.survey_answer": "Sixty per cent of respondents answered ‘yes’ on Friday.",
        "reject.word_entry": "Editors added ‘rizz’ to the dictionary on Monday.",
    }
    text = texts[rule]
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=[rule])(text)
    assert len(off.rejected) < len(on.rejected) or off.quotes != on.quotes
