"""Names given in passing and spelled words (rules ``reject.given_name``, ``reject.spelled``)."""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_given import (
    _speaking_agent,
    given_name,
    name_given_in_passing,
    performed,
    performed_title,
    spelled,
    spelled_word,
)
from tests._handbuilt import parse

# "The dam, called “Old Grey”, leaks.": the participle modifies the noun (VBN, acl).
PARTICIPLE = """
The 1 det DET DT the
dam_ 7 nsubj NOUN NN dam
, 1 punct PUNCT , ,
called 1 acl VERB VBN call
“_ 6 punct PUNCT `` “
Old 6 compound PROPN NNP Old
Grey_ 3 oprd PROPN NNP Grey
” 6 punct PUNCT '' ”
, 1 punct PUNCT , ,
leaks_ 9 ROOT VERB VBZ leak
. 9 punct PUNCT . .
"""

# "Its owner, Ana Ruiz, called “Old Grey” home.": a finite verb with a subject before the comma.
FINITE = """
Its 1 poss PRON PRP$ its
owner_ 6 nsubj NOUN NN owner
, 1 punct PUNCT , ,
Ana 4 compound PROPN NNP Ana
Ruiz_ 1 appos PROPN NNP Ruiz
, 1 punct PUNCT , ,
called 6 ROOT VERB VBD call
“_ 9 punct PUNCT `` “
Old 9 compound PROPN NNP Old
Grey_ 6 dobj PROPN NNP Grey
” 9 punct PUNCT '' ”
home_ 6 advmod ADV RB home
. 6 punct PUNCT . .
"""


def _pair(doc_or_text):
    text = doc_or_text if isinstance(doc_or_text, str) else doc_or_text.text
    quote = next(q for q in find_quotes(text).quotes if q.depth == 0)
    return setting_of(Layout.of(text), quote, None)


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(PARTICIPLE).text == "The dam, called “Old Grey”, leaks."
    assert parse(FINITE).text == "Its owner, Ana Ruiz, called “Old Grey” home."


def test_a_participle_gives_a_name_a_finite_verb_does_not():
    """A naming participle after a comma gives a nickname; the same words as a finite verb with a subject do not."""
    doc = parse(PARTICIPLE)
    assert name_given_in_passing(Scene(Article.build(doc)), _pair(doc)) == "nickname"
    assert given_name(Scene(Article.build(doc)), _pair(doc)) == "nickname"
    finite = parse(FINITE)
    assert name_given_in_passing(Scene(Article.build(finite)), _pair(finite)) is None


@pytest.mark.parametrize(
    ("after", "speaks"),
    [
        (" by Senator Ames, was dropped.", True),
        (" by the Herald.", True),
        (" by their MP, say little.", True),
        (" by a judge.", True),
        (" by fans, holds 18,000.", False),
        (" by the tabloids, won.", False),
        (", was dropped.", False),
    ],
)
def test_speaking_agent(after, speaks):
    """A capitalised or singular agent speaks; a lower-case plural ("by fans") is people at large."""
    assert _speaking_agent(after, 0) is speaks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Few can pronounce “Llanfair” correctly.", True),
        ("The firm spells its name ‘Qwikk’ on every van.", True),
        ("She mispronounced the name of the street “Gower” all evening.", True),
        ("He spelled out the choice: “Pay up or leave.”", False),
        ("He spelled out the choice “pay up or leave now, or else”.", False),
        ("The judge pronounced the sentence: “Ten years.”", False),
        ("Locals say “the Bowl”.", False),
    ],
)
def test_spelled_word(text, expected):
    """A short stretch that is spelled or pronounced is a word as a word; "spell out" and a colon are speech."""
    assert spelled_word(text, _pair(text)) is expected


def test_spelled_rule_answers_word_as_word():
    """The registered rule gives the reason ``word_as_word`` (and nothing for a name given in passing)."""
    text = "Few can pronounce “Llanfair” correctly."
    assert spelled(Scene(Article.build(text)), _pair(text)) == "word_as_word"
    doc = parse(PARTICIPLE)
    assert spelled(Scene(Article.build(doc)), _pair(doc)) is None


# (text, the non-quote, a real quotation or claim that must still be found): invented sentences.
NON_QUOTES = [
    (
        "The ferry, dubbed ‘the Slow Boat’ by commuters, runs twice a day. “It is always late,” said Mira Holt.",
        "the Slow Boat",
        "It is always late",
    ),
    (
        "The inspector, called “thorough” by colleagues, retired. Her successor said the backlog would be cleared.",
        "thorough",
        "the backlog would be cleared",
    ),
    (
        "The roundabout, known to cabbies as «the Washing Machine», will go. Officials said work would start in June.",
        "the Washing Machine",
        "work would start in June",
    ),
    (
        "The poster now reads ‘Sold Out’ in red. The box office said more dates would follow.",
        "Sold Out",
        "more dates would follow",
    ),
    (
        "A banner promising “Free Parking For All” hung on the gate. The council said the offer was not approved.",
        "Free Parking For All",
        "the offer was not approved",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "non_quote", "control"), NON_QUOTES, ids=[n for _, n, _ in NON_QUOTES])
def test_names_signs_and_words_are_not_quotations(nlp, text, non_quote, control):
    """The marked words are rejected and reported by nothing; the real report next to them is found."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index(non_quote)
    assert any(r.span.start == start for r in extraction.rejected)
    assert not [q for q in extraction.quotes if q.start <= start < q.end and len(q.text) < 2 * len(non_quote) + 8]
    assert any(control in q.text for q in extraction.quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The new levy, branded a “tax on sunshine” by Senator Prue Adler, was dropped on Monday.", "tax on sunshine"),
        ("He spelled out the choice: “Pay up or leave.”", "Pay up or leave."),
        ("“We were dubbed troublemakers,” said Ines Calder, who led the march.", "We were dubbed troublemakers,"),
    ],
)
def test_speakers_words_stay_quotations(nlp, text, words):
    """A name given by a named speaker, or words introduced by a colon, are still quoted."""
    extraction = quoteextract.extract(text, nlp)
    assert any(words in q.text for q in extraction.quotes)


@pytest.mark.model
def test_switching_the_rule_off(nlp):
    """``Extractor(disable=["reject.given_name"])`` really turns the rule off."""
    text = "The inspector, called “thorough” by colleagues, retired in May."
    on = quoteextract.extract(text, nlp)
    off = quoteextract.Extractor(nlp, disable=["reject.given_name"])(text)
    assert any(r.span.text == "thorough" for r in on.rejected)
    assert not any(r.span.text == "thorough" for r in off.rejected)
    assert any(q.text == "thorough" for q in off.quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band played ‘Hold the Line’ twice.", True),
        ("She read from “Salt and Iron” at the library.", True),
        ("He starred in «The Night Ferry» in 1998.", True),
        ("The station aired their new series “Harbour Voices” on Sunday.", True),
        ("The crowd sang “we are the champions” all night.", False),
        ("Lee released a statement: “We Are Deeply Sorry.”", False),
        ("Lee said “Hold the Line” to his staff.", False),
    ],
)
def test_performed_title(text, expected):
    """Title-case words right after a verb that performs, publishes or shows a work are a title."""
    assert performed_title(text, _pair(text)) is expected


def test_performed_rule_answers_title():
    """The registered rule gives the reason ``title``."""
    text = "The band played ‘Hold the Line’ twice."
    assert performed(Scene(Article.build(text)), _pair(text)) == "title"
