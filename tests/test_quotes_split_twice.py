"""A quotation split twice around its attribution ("“A,” Lee said, “B,” she added, “C.”") is one quotation.

Rule ``quote.split_restated``: the speaker attributing the same quoted sentence a second time does not end it.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

SPLIT_TWICE = """
“ 7 punct PUNCT `` “ nospace
Rates 3 nsubj NOUN NNS rate
will 3 aux AUX MD will
rise 7 ccomp VERB VB rise nospace
, 7 punct PUNCT , , nospace
” 7 punct PUNCT '' ”
Lee 7 nsubj PROPN NNP Lee
said 7 ROOT VERB VBD say nospace
, 7 punct PUNCT , ,
“ 7 punct PUNCT `` “ nospace
and 13 cc CCONJ CC and
jobs 13 nsubj NOUN NNS job
will 13 aux AUX MD will
go 17 ccomp VERB VB go nospace
, 17 punct PUNCT , , nospace
” 17 punct PUNCT '' ”
she 17 nsubj PRON PRP she
added 7 ccomp VERB VBD add nospace
, 17 punct PUNCT , ,
“ 17 punct PUNCT `` “ nospace
by 17 prep ADP IN by
spring 20 pobj NOUN NN spring nospace
. 7 punct PUNCT . . nospace
” 7 punct PUNCT '' ” nospace
"""
"""“Rates will rise,” Lee said, “and jobs will go,” she added, “by spring.”"""


def _quotes(rows: str, disable: tuple[str, ...] = ()):
    quotes, _ = attribute(Article.build(parse(rows), rules.as_rule_set(disable=disable)))
    return quotes


def test_the_parse_spells_its_sentence():
    """The hand-built parse has the text its docstring gives."""
    assert parse(SPLIT_TWICE).text == "“Rates will rise,” Lee said, “and jobs will go,” she added, “by spring.”"


def test_a_quotation_split_twice_is_one_with_three_pieces():
    """The three pieces are one quotation, attributed by the first cue and speaker."""
    quotes = _quotes(SPLIT_TWICE)
    assert len(quotes) == 1
    quote = quotes[0]
    assert [f.text for f in quote.fragments] == ["Rates will rise,", "and jobs will go,", "by spring."]
    assert quote.rule == "quote.split" and quote.kind == "direct"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "Lee"
    assert len(quote.marks) == 6


def test_without_the_rule_the_restated_attribution_ends_the_quotation():
    """Switching quote.split_restated off: no quotation holds the three pieces."""
    quotes = _quotes(SPLIT_TWICE, disable=("quote.split_restated",))
    assert all(len(q.fragments) < 3 for q in quotes)
    assert quotes[0].fragments[0].text == "Rates will rise,"


def test_the_rule_is_registered_and_listed():
    """The rule is a registered ``"quotes"`` rule with a docstring summary."""
    found = [r for r in rules.DEFAULT_RULES.active("quotes") if r.name == "quote.split_restated"]
    assert len(found) == 1
    assert found[0].description.startswith("A quotation split twice")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        (
            "“The pool will reopen,” Dara Quill said, “but not before June,” she added, “because the boiler failed.”",
            ["The pool will reopen,", "but not before June,", "because the boiler failed."],
            "Dara Quill",
        ),
        (
            "‘Our drivers are tired,’ said the depot manager, ‘and some of them are ill. We need cover,’ he went on, "
            "‘from the agency.’ The depot closes at ten.",
            ["Our drivers are tired,", "and some of them are ill. We need cover,", "from the agency."],
            "the depot manager",
        ),
        (
            '"The harvest was late," Tobin Marsh said, "and it was small," Marsh added, "but it was clean."',
            ["The harvest was late,", "and it was small,", "but it was clean."],
            "Tobin Marsh",
        ),
        (
            "“Tickets sold out in an hour,” the promoter told reporters, “and we have added a date,” they said, "
            "“in March.”",
            ["Tickets sold out in an hour,", "and we have added a date,", "in March."],
            "the promoter",
        ),
    ],
)
def test_quotations_split_twice_on_the_model(nlp, text, pieces, speaker):
    """One quotation from the first piece to the last, whoever restates, in several house styles."""
    quotes = [q for q in quoteextract.analyse(nlp(text)).quotes if q.kind == "direct"]
    assert [[f.text for f in q.fragments] for q in quotes] == [pieces]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # another speaker goes on: a quotation of their own
        "“We will appeal,” Rhona Vail said, “and we will win,” her solicitor, Amos Pike, added, “on every count.”",
        # the first attribution ends its sentence: the second quotation is a new one
        "“The road is shut,” Officer Gwen Ladd said. “It will stay shut,” she added, “until the bridge is checked.”",
    ],
)
def test_a_restatement_by_someone_else_or_after_a_full_stop_starts_a_new_quotation(nlp, text):
    """The pieces before and after another speaker's, or a finished sentence's, attribution are not one."""
    quotes = quoteextract.analyse(nlp(text)).quotes
    assert all(len(q.fragments) < 3 for q in quotes)


@pytest.mark.model
def test_disabling_the_rule_through_the_extractor(nlp):
    """Extractor(disable=["quote.split_restated"]) really switches it off, end to end."""
    text = "“The ferry is late,” Ines Roe said, “and the bus is full,” she added, “so we walk.”"
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["quote.split_restated"])(text)
    assert [len(q.fragments) for q in on.quotes] == [3]
    assert all(len(q.fragments) < 3 for q in off.quotes)
