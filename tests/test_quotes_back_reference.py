"""``quote.back_reference``: a quoted sentence credited by the writer's next sentence, which points back at it.

"“...” That is how Aroha Ngata describes the night", "“...” So says Tom Price", "“...” The warning came from
Dr Lee": hand-built parses (those en_core_web_sm 3.8 gives) of invented sentences, plus end-to-end checks on
the model in several phrasings, across a paragraph break too.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

from quoteextract import Extractor, rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

DESCRIBES = """
“ 3 punct PUNCT `` " nospace
It 3 nsubj PRON PRP it
just 3 advmod ADV RB just
kept 3 ROOT VERB VBD keep
coming 3 xcomp VERB VBG come nospace
. 3 punct PUNCT . . nospace
” 3 punct PUNCT '' "
That 8 nsubj PRON DT that
is 8 ROOT AUX VBZ be
how 12 advmod SCONJ WRB how
Aroha 11 compound PROPN NNP Aroha
Ngata 12 nsubj PROPN NNP Ngata
describes 8 ccomp VERB VBZ describe
the 14 det DET DT the
night 12 npadvmod NOUN NN night nospace
. 8 punct PUNCT . .
"""

STORM_FELT = """
“ 2 punct PUNCT `` " nospace
It 2 nsubj PRON PRP it
was 2 ROOT AUX VBD be
a 4 det DET DT a
lid 2 attr NOUN NN lid nospace
. 2 punct PUNCT . . nospace
” 2 punct PUNCT '' "
That 8 nsubj PRON DT that
is 8 ROOT AUX VBZ be
how 12 advmod SCONJ WRB how
the 11 det DET DT the
storm 12 nsubj NOUN NN storm
felt 8 ccomp VERB VBD feel nospace
. 8 punct PUNCT . .
"""

WARNING_FROM = """
“ 1 punct PUNCT `` " nospace
Stay 1 ROOT VERB VB stay
calm 1 acomp ADJ JJ calm nospace
. 1 punct PUNCT . . nospace
” 1 punct PUNCT '' "
The 6 det DET DT the
warning 7 nsubj NOUN NN warning
came 7 ROOT VERB VBD come
from 7 prep ADP IN from
Dr 10 compound PROPN NNP Dr
Lee 8 pobj PROPN NNP Lee nospace
. 7 punct PUNCT . .
"""


def _quotes(rows: str, disable: tuple[str, ...] = ()):
    doc = parse(rows)
    quotes, _ = attribute(Article.build(doc, rules.as_rule_set(disable=disable)))
    return quotes


def test_that_is_how_names_the_speaker():
    """Sentence: "“...” That is how Aroha Ngata describes the night": the verb after "That is how" is the cue."""
    (quote,) = _quotes(DESCRIBES)
    assert quote.rule == "quote.back_reference"
    assert quote.text == "It just kept coming."
    assert quote.cue is not None and quote.cue.text == "describes"
    assert quote.speaker is not None and quote.speaker.text == "Aroha Ngata"


def test_the_warning_came_from_names_the_speaker():
    """Sentence: "“...” The warning came from Dr Lee": the pointing noun is the cue, what follows "from" the speaker."""
    (quote,) = _quotes(WARNING_FROM)
    assert quote.rule == "quote.back_reference"
    assert quote.cue is not None and quote.cue.text == "warning"
    assert quote.speaker is not None and quote.speaker.text == "Dr Lee"


def test_no_person_no_speaker():
    """Sentence: "“...” That is how the storm felt": an unlisted verb with no name credits no one."""
    assert all(q.rule != "quote.back_reference" for q in _quotes(STORM_FELT))


def test_rule_can_be_switched_off():
    """``disable=["quote.back_reference"]`` really switches the rule off."""
    assert all(q.rule != "quote.back_reference" for q in _quotes(DESCRIBES, ("quote.back_reference",)))


@pytest.fixture(scope="module")
def extractor():
    """An extractor on the default model, speech scope."""
    return Extractor(scope="speech")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Water rose overnight.\n\n“It just kept coming. By midnight it was at the sills.”\n\n"
            "That is how Aroha Ngata, 63, describes the night she spent on her garage roof.",
            "Aroha Ngata",
        ),
        (
            "“Nobody gets rich on a farm like this any more.” So says Tom Price, who has milked cows here for decades.",
            "Tom Price",
        ),
        (
            "“We were lucky, and we know it.”\n\nThat's what the club's chairman, Derek Fairbairn, told supporters.",
            "the club's chairman",
        ),
        (
            "“What happens in the south does not stay in the south.” The warning came from Dr Ruth Anand-Keele, "
            "a physicist.",
            "Dr Ruth Anand-Keele",
        ),
    ],
)
def test_back_references_on_the_model(extractor, text, speaker):
    """Several phrasings, within a paragraph and across a paragraph break, credit the quotation to the speaker."""
    found = [q for q in extractor(text).quotes if q.rule == "quote.back_reference"]
    assert [q.speaker.text for q in found if q.speaker] == [speaker]


@pytest.mark.model
def test_back_reference_needs_a_quotation_that_is_its_own_sentence(extractor):
    """A quotation with a cue of its own keeps it; the pointing sentence does not take it over."""
    text = "“It just kept coming,” she said. That is how Aroha Ngata describes the night."
    assert [q.rule for q in extractor(text).quotes if "coming" in q.text] == ["quote.trailing"]
