"""Words a thing carries, words put on a thing, a crowd's noise, handles (rules of ``_reject_carried.py``).

Rule tests on hand-built parses (they state the parse they handle), then end to end on the
model with sentences written for these tests, several phrasings of each pattern.
"""

from __future__ import annotations

import pytest
from _quoted import quoted_words

from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_carried import (
    carried_reason,
    carried_text,
    crowd_noise,
    crowd_noise_rule,
    handle,
    is_handle,
)
from tests._handbuilt import parse

MUGS_CARRY = """
The 1 det DET DT the
mugs_ 5 nsubj NOUN NNS mug
, 1 punct PUNCT , ,
which 4 nsubj PRON WDT which
carry 1 relcl VERB VBP carry
the 6 det DET DT the
message 4 dobj NOUN NN message
‘_ 8 punct PUNCT `` ‘
Thanks_ 6 appos NOUN NNS thanks
’ 8 punct PUNCT '' ’
sell 5 ROOT VERB VBP sell
out_ 10 prt ADP RP out
. 10 punct PUNCT . .
"""

SENATOR_INCLUDED = """
The 1 det DET DT the
senator 2 nsubj NOUN NN senator
included 2 ROOT VERB VBD include
the 4 det DET DT the
line 2 dobj NOUN NN line
“_ 6 punct PUNCT `` “
Never_ 4 appos ADV RB never
” 6 punct PUNCT '' ”
. 2 punct PUNCT . .
"""

STONE_INSCRIBED = """
The 1 det DET DT the
stone_ 5 nsubj NOUN NN stone
, 1 punct PUNCT , ,
inscribed 1 acl VERB VBN inscribe
“_ 4 punct PUNCT `` “
Hope_ 3 oprd NOUN NN hope
” 4 punct PUNCT '' ”
stays 5 ROOT VERB VBZ stay
. 5 punct PUNCT . .
"""

ALBUM_CLOSES = """
The 1 det DET DT the
album 2 nsubj NOUN NN album
closes 2 ROOT VERB VBZ close
on 2 prep ADP IN on
the 5 det DET DT the
line 3 pobj NOUN NN line
“_ 7 punct PUNCT `` “
Goodnight_ 5 appos NOUN NN goodnight
” 7 punct PUNCT '' ”
. 2 punct PUNCT . .
"""

TERRACES_RANG = """
The 1 det DET DT the
terraces 2 nsubj NOUN NNS terrace
rang 2 ROOT VERB VBD ring
to 2 prep ADP IN to
‘_ 5 punct PUNCT `` ‘
Rovers_ 3 pobj PROPN NNPS Rovers
’ 5 punct PUNCT '' ’
. 2 punct PUNCT . .
"""

SHOUTS_OF = """
Shouts 3 nsubj NOUN NNS shout
of 0 prep ADP IN of
“_ 3 punct PUNCT `` “
Shame_ 1 pobj NOUN NN shame
” 3 punct PUNCT '' ”
rang 5 ROOT VERB VBD ring
out_ 5 prt ADP RP out
. 5 punct PUNCT . .
"""

HALES_CRY = """
Hale 2 poss PROPN NNP Hale
’s 0 case PART POS ’s
cry 6 nsubj NOUN NN cry
of 2 prep ADP IN of
“_ 5 punct PUNCT `` “
Foul_ 3 pobj NOUN NN foul
” 5 punct PUNCT '' ”
stopped 6 ROOT VERB VBD stop
play_ 6 dobj NOUN NN play
. 6 punct PUNCT . .
"""

LEE_SHOUTED = """
Lee 1 nsubj PROPN NNP Lee
shouted 1 ROOT VERB VBD shout
“_ 3 punct PUNCT `` “
Stop_ 1 ccomp VERB VB stop
!_ 3 punct PUNCT . !
” 3 punct PUNCT '' ”
"""

AWAY_END_CHANTED = """
The 2 det DET DT the
away 2 amod ADJ JJ away
end 3 nsubj NOUN NN end
chanted 3 ROOT VERB VBD chant
“_ 5 punct PUNCT `` “
Up_ 3 dobj ADV RB up
” 5 punct PUNCT '' ”
. 3 punct PUNCT . .
"""

POSTS_AS = """
She 1 nsubj PRON PRP she
posts 1 ROOT VERB VBZ post
as 1 prep ADP IN as
‘_ 4 punct PUNCT `` ‘
@SueFromHull_ 2 pobj PROPN NNP @SueFromHull
’ 4 punct PUNCT '' ’
. 1 punct PUNCT . .
"""


def _run(rows, check):
    doc = parse(rows)
    quote = next(q for q in find_quotes(doc.text).quotes if q.depth == 0)
    return check(Scene(Article.build(doc)), setting_of(Layout.of(doc.text), quote, None))


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(MUGS_CARRY).text == "The mugs, which carry the message ‘Thanks’ sell out."
    assert parse(STONE_INSCRIBED).text == "The stone, inscribed “Hope” stays."
    assert parse(TERRACES_RANG).text == "The terraces rang to ‘Rovers’."
    assert parse(SHOUTS_OF).text == "Shouts of “Shame” rang out."
    assert parse(HALES_CRY).text == "Hale ’s cry of “Foul” stopped play."


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(MUGS_CARRY, "slogan"), (STONE_INSCRIBED, "slogan"), (ALBUM_CLOSES, "title"), (SENATOR_INCLUDED, None)],
)
def test_carried_text(rows, expected):
    """A thing carries words, words are inscribed, a work closes on its line; a senator's line is speech."""
    assert _run(rows, carried_reason) == expected
    assert _run(rows, carried_text) == expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(TERRACES_RANG, True), (SHOUTS_OF, True), (AWAY_END_CHANTED, True), (HALES_CRY, False), (LEE_SHOUTED, False)],
)
def test_crowd_noise(rows, expected):
    """A place resounding, unowned shouts, a stand chanting are noise; a named person's cry or shout is speech."""
    assert _run(rows, crowd_noise) is expected
    assert _run(rows, crowd_noise_rule) == ("slogan" if expected else None)


def test_handle():
    """A handle in marks is a word as a word; a one-word quotation is not."""
    assert _run(POSTS_AS, handle) == "word_as_word"
    assert _run(LEE_SHOUTED, handle) is None


@pytest.mark.parametrize(
    ("content", "expected"),
    [("@SueFromHull", True), ("#SaveTheLido", True), ("🐐", True), ("www.dunmore.gov", True), ("Stop!", False)],
)
def test_is_handle_forms(content, expected):
    """Handles, hashtags, addresses and emoji; not words."""
    text = f"She wrote “{content}” on it."
    quote = next(q for q in find_quotes(text).quotes if q.depth == 0)
    assert is_handle(setting_of(Layout.of(text), quote, None)) is expected


NOT_SPEECH = [
    ("The tea towels, which carry the slogan “Dry Your Eyes, Dunmore”, sold out in a day.", "Dry Your Eyes"),
    ("The bus shelter now features the line «Wait here, it’s worth it» in gold paint.", "Wait here"),
    ("The film opens with the line “Nobody in Harwick ever locks their door”.", "Nobody in Harwick"),
    ("The ground rang to “Stand up for the Rovers” in the final minutes.", "Stand up for the Rovers"),
    ("The old hall echoed with cries of ‘Shame on you!’ as the vote was read out.", "Shame on you"),
    ("The away end sang “We’re going up” for twenty minutes.", "going up"),
    ("Visiting fans serenaded the referee with “You don’t know what you’re doing”.", "know what you"),
    ("The gable wall of the chapel bears the words „Rest, weary traveller“ in faded blue.", "weary traveller"),
    ("Fans of the show post as “@SueFromHull” and “@BigDaveOnline”.", "@SueFromHull"),
    ("The home end responded with “Easy, easy” as the third goal went in.", "Easy, easy"),
]

SPEECH = [
    ("The senator included the line “we will not be bullied” in her speech on Tuesday.", "we will not be bullied"),
    ("Lee shouted “Get out!” at the intruder.", "Get out!"),
    ("The coach responded with “We will be back next season” after the defeat.", "We will be back"),
    ("“We will appeal,” said Ana Ruiz, whose T-shirt read “Justice”.", "We will appeal"),
    ("Other Republicans echoed those comments, calling the plan “reckless and cruel”.", "reckless and cruel"),
    (
        "Casting himself as her prosecutor, Mr. Hale roused the crowd to spontaneous chants of “Lock him up!”",
        "Lock him",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), NOT_SPEECH)
@pytest.mark.parametrize("scope", ["attribution", "speech"])
def test_text_and_noise_are_no_quotation(nlp, text, words, scope):
    """Text on things, works' lines, a crowd's noise and handles are reported in neither scope."""
    assert not any(words in found for found in quoted_words(nlp, text, scope))


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), SPEECH)
def test_speech_stays(nlp, text, words):
    """A person's line, shout or characterisation stays a quotation."""
    assert any(words in found for found in quoted_words(nlp, text, "speech"))


@pytest.mark.model
def test_disabling_the_rules_brings_the_words_back(nlp):
    """``Extractor(disable=[...])`` really switches the rules off."""
    text, words = NOT_SPEECH[1]
    assert any(words in found for found in quoted_words(nlp, text, "attribution", ("reject.carried_text",)))
    text, words = NOT_SPEECH[5]  # not [3]: a sound verb with "to" is no cue even without the rule (_heard.py)
    assert any(words in found for found in quoted_words(nlp, text, "attribution", ("reject.crowd_noise",)))


MARCHERS_WOUND = """
Marchers 1 nsubj NOUN NNS marcher
wound 1 ROOT VERB VBD wind
through 1 prep ADP IN through
the 4 det DET DT the
centre 2 pobj NOUN NN centre
chanting 4 acl VERB VBG chant
“_ 7 punct PUNCT `` “
Go_ 5 dobj VERB VB go
” 7 punct PUNCT '' ”
. 1 punct PUNCT . .
"""


def test_a_chant_through_a_place_is_the_marchers():
    """A participle on the place walked through ("through the centre chanting") is voiced by the walkers."""
    from quoteextract.stages.attribution._reject_chant import crowd_chant

    assert parse(MARCHERS_WOUND).text == "Marchers wound through the centre chanting “Go”."
    assert _run(MARCHERS_WOUND, crowd_chant) is True


SOMEBODYS_TEXT = [
    ("The governor's speech included the line “we will rebuild every home”.", "we will rebuild every home"),
    ("The judge's ruling carried the warning “this must never happen again” in bold.", "never happen again"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), SOMEBODYS_TEXT)
def test_somebodys_text_is_no_thing(nlp, text, words):
    """A speech or a ruling that carries words states them: the carrying verb's subject speaks."""
    assert any(words in found for found in quoted_words(nlp, text, "attribution"))
