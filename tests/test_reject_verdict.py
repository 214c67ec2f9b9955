"""Verdicts in title case are quotations, not titles; a pair rejected as a name is not claimed again.

``reject.verdict`` (``_reject_named``) keeps a speaker's verdict after a verb of judging ("called the
album “Our Best Yet”") or a reported verb of being ("said the series was “Very Close To My Heart”")
from the ``title`` rejections; ``claim_filter.rejected_marks`` drops a claim that is only a naming
verb's object and the rejected name ("Residents describe the flooding as “a nightmare”"). The
sentences are invented for these tests, in several phrasings each; none is taken from the suites.
"""

from __future__ import annotations

import pytest
import spacy

import quoteextract
from quoteextract import find_quotes, rules
from quoteextract.article import Article, Layout
from quoteextract.stages import run
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject import rejection
from quoteextract.stages.attribution._reject_named import is_verdict
from tests._handbuilt import parse

# "Residents describe the flooding as “a nightmare”.": a habitual naming by people at large.
RESIDENTS = """
Residents 1 nsubj NOUN NNS resident
describe 1 ROOT VERB VBP describe
the 3 det DET DT the
flooding 1 dobj NOUN NN flooding
as 1 prep ADP IN as
“_ 7 punct PUNCT `` “
a 7 det DET DT a
nightmare_ 4 pobj NOUN NN nightmare
” 7 punct PUNCT '' ”
. 1 punct PUNCT . .
"""

# "Locals describe the junction as “a death trap”.": "as" hangs on the object here.
LOCALS = """
Locals 1 nsubj NOUN NNS local
describe 1 ROOT VERB VBP describe
the 3 det DET DT the
junction 1 dobj NOUN NN junction
as 3 prep ADP IN as
“_ 8 punct PUNCT `` “
a 8 det DET DT a
death 8 compound NOUN NN death
trap_ 4 pobj NOUN NN trap
” 8 punct PUNCT '' ”
. 1 punct PUNCT . .
"""


def _blank(text: str, rule_set: rules.RuleSet | None = None) -> Scene:
    """A scene on an unparsed Doc: the verdict test reads only the text."""
    doc = spacy.blank("en")(text)
    return Scene(Article.build(doc, rule_set) if rule_set is not None else Article.build(doc))


def _setting(text: str):
    quote = next(q for q in find_quotes(text).quotes if q.depth == 0)
    return setting_of(Layout.of(text), quote, None)


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(RESIDENTS).text == "Residents describe the flooding as “a nightmare”."
    assert parse(LOCALS).text == "Locals describe the junction as “a death trap”."


VERDICTS = [
    "The director said the series was “Very Close To My Heart” and thanked the crew.",
    "Manager Tom Reilly called the album “Our Best Yet” in an interview.",
    "The coach described the result as “A Proper Team Performance” after the match.",
    "Singer Ana Ruiz said the tour is “The Best Thing We Have Ever Done”.",
    "The mayor said the report was “Deeply Troubling” and ordered a review.",
    "Critics hailed the play as “A Triumph Of Staging”.",
    "The minister found the report to be “Seriously Flawed”.",
    "The series was “Very Close To My Heart”, the director said.",
]

TITLES = [
    "The band released “Our Best Yet” in March and toured Europe.",
    "She starred in “Very Close To My Heart”, a drama about two sisters.",
    "He wrote “A Proper Team Performance”, a memoir of his football years.",
    "Fans queued for hours to buy the album “Our Best Yet” on Friday.",
    "The documentary “Lost In The Valley” won two awards.",
    "His new book is “Salt And Iron”.",
    "He said the title of the film is “Dancing In The Rain”.",
    "The film, which she called “Dancing In The Rain”, opens soon.",
    "Police found the novel “The Quiet Harbour” in a bin.",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_verdicts_are_recognised(text):
    """A verb of judging and its object, or a reported verb of being, comes before the marks."""
    assert is_verdict(_blank(text), _setting(text))


@pytest.mark.parametrize("text", TITLES)
def test_titles_are_not_verdicts(text):
    """A work noun, a preposition, a verb of making or a named subject makes the words a title."""
    assert not is_verdict(_blank(text), _setting(text))


def test_verdict_vetoes_only_a_title():
    """The veto lifts a ``title`` reason; with the rule off the same pairing is a title again."""
    text = "Manager Tom Reilly called the album “Our Best Yet” in an interview."
    on = _blank(text)
    assert rejection(on, _setting(text)) is None
    off = _blank(text, rules.as_rule_set(disable=["reject.verdict"]))
    assert rejection(off, _setting(text)) == "title"


@pytest.mark.parametrize("rows", [RESIDENTS, LOCALS])
def test_rejected_name_is_not_claimed_again(rows):
    """The naming verb's object and the rejected name make no claim; the filter off, they did."""
    doc = parse(rows)
    kept = run(Article.build(doc, rules.as_rule_set()))
    assert kept.rejected
    assert not kept.quotes
    loose = run(Article.build(doc, rules.as_rule_set(disable=["claim_filter.rejected_marks"])))
    assert [q.text for q in loose.quotes] and all("“" in q.text for q in loose.quotes)


@pytest.mark.model
@pytest.mark.parametrize("text", VERDICTS)
def test_title_case_verdicts_are_quotations(nlp, text):
    """The verdict is a quotation with the speaker's cue; nothing rejects it."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index("“") + 1
    assert not any(r.span.start == start for r in extraction.rejected)
    assert any(q.start <= start < q.end for q in extraction.quotes)


@pytest.mark.model
@pytest.mark.parametrize("text", TITLES)
def test_titles_stay_rejected(nlp, text):
    """A real title stays rejected and is no quotation of its own."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index("“") + 1
    assert any(r.span.start == start and r.reason == "title" for r in extraction.rejected)
    assert not any(q.start <= start < q.end and len(q.text) < len(text) // 2 for q in extraction.quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Residents describe the flooding as “a nightmare” every winter.",
        "Locals describe the junction as “a death trap”.",
        "Parents often describe the school as “a second home”.",
    ],
)
def test_generic_namings_stay_rejected(nlp, text):
    """People at large naming a thing: the pair is rejected and no claim re-reports it."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index("“") + 1
    assert any(r.span.start == start for r in extraction.rejected)
    assert not extraction.quotes


@pytest.mark.model
def test_a_named_speaker_still_describes(nlp):
    """A named speaker's description stays a quotation."""
    text = "Mayor Lee described the flooding as “a nightmare”."
    extraction = quoteextract.extract(text, nlp)
    assert [q.text for q in extraction.quotes] == ["the flooding as “a nightmare”"]


@pytest.mark.model
def test_switching_the_verdict_rule_off(nlp):
    """``Extractor(disable=["reject.verdict"])`` rejects the verdict as a title again."""
    text = "Manager Tom Reilly called the album “Our Best Yet” in an interview."
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["reject.verdict"])(text)
    assert not on.rejected and on.quotes
    assert [r.reason for r in off.rejected] == ["title"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Ministers said the ship “Northern Star” would be sold next year.", "the ship “Northern Star” would be sold"),
        ("Officials said the ferry “Island Queen” had been withdrawn.", "the ferry “Island Queen” had been withdrawn"),
    ],
)
def test_clause_about_a_rejected_name_stays_a_claim(nlp, text, claim):
    """A name rejected right after the cue does not drop the clause it is the subject of."""
    extraction = quoteextract.extract(text, nlp)
    assert any(claim in q.text for q in extraction.quotes), extraction.quotes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A banner saying “Save the bus depot” hung from the town hall.",
        "Stickers saying “No to the toll” have appeared across the valley.",
        "A placard reading “Hands off our park” was tied to the gate.",
    ],
)
def test_words_a_thing_carries_give_no_claim(nlp, text):
    """The words on a banner are rejected, and what the banner does is no claim of the banner's."""
    extraction = quoteextract.extract(text, nlp)
    assert extraction.rejected
    assert not extraction.quotes, extraction.quotes
