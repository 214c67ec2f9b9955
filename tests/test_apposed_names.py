"""Quoted names right after the noun they name: "delete the app «Spindle»" reports no quoted words.

News sets off the names of apps, games, websites, ships and products with quote
marks right after the common noun they name. The clause around them may be
reported speech ("urged users to delete the app «Spindle»"), but the name is not
a fragment of anybody's words: the rule ``mixed.apposed_name`` rejects the pair as
a ``title`` and the claim around it stays ``indirect``. A word said to an
addressee ("told the players “Enough”") is not a name. The parses below state the
reading each test handles; every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

APP = """
Users 2 nsubjpass NOUN NNS user
were 2 auxpass AUX VBD be
urged 2 ROOT VERB VBN urge
to 4 aux PART TO to
delete 2 xcomp VERB VB delete
the 6 det DET DT the
app 4 dobj NOUN NN app
« 8 punct PUNCT `` « nospace
Spindle 6 appos PROPN NNP Spindle nospace
» 8 punct PUNCT '' »
today 4 npadvmod NOUN NN today nospace
. 2 punct PUNCT . . nospace
"""

ADDRESSEE = """
The 1 det DET DT the
coach 2 nsubj NOUN NN coach
told 2 ROOT VERB VBD tell
the 4 det DET DT the
players 2 dative NOUN NNS player
“ 6 punct PUNCT `` “ nospace
Enough 2 dobj PROPN NNP Enough nospace
” 6 punct PUNCT '' ”
and 2 cc CCONJ CC and
left 2 conj VERB VBD leave nospace
. 2 punct PUNCT . . nospace
"""

# The object of a naming verb: the capitalised words are the name the subject gives it.
BRANDED = """
The 1 det DET DT the
mayor 2 nsubj NOUN NN mayor
branded 2 ROOT VERB VBD brand
the 4 det DET DT the
scheme 2 dobj NOUN NN scheme
“ 8 punct PUNCT `` “ nospace
A 8 det DET DT a
Total 8 compound ADJ JJ total
Shambles 4 appos PROPN NNP Shambles nospace
” 2 punct PUNCT '' ” nospace
. 2 punct PUNCT . . nospace
"""


def _attribute(rows: str, disable: tuple[str, ...] = ()):
    doc = parse(rows)
    quotes, rejected = attribute(Article.build(doc, rules.as_rule_set(disable=disable)))
    for quote in quotes:
        assert doc.text[quote.start : quote.end] == quote.text
    return quotes, rejected


def test_name_after_its_noun_is_no_fragment():
    """The app's name is rejected as a title; nothing reported around it is mixed."""
    quotes, rejected = _attribute(APP)
    assert not [q for q in quotes if q.fragments], quotes
    assert [(r.span.text, r.reason) for r in rejected] == [("Spindle", "title")]


def test_rule_works_without_the_reject_stage_rule():
    """With ``reject.category_name`` (the reject stage's rule for the same shape) off, this rule still rejects."""
    quotes, rejected = _attribute(APP, disable=("reject.category_name",))
    assert not [q for q in quotes if q.fragments], quotes
    assert [(r.span.text, r.reason) for r in rejected] == [("Spindle", "title")]


def test_rule_can_be_switched_off():
    """With ``mixed.apposed_name`` and ``reject.category_name`` off, the name is a quoted fragment again."""
    quotes, rejected = _attribute(APP, disable=("mixed.apposed_name", "reject.category_name"))
    assert not [r for r in rejected if r.span.text == "Spindle" and r.reason == "title"]
    assert any(f.text == "Spindle" for q in quotes for f in q.fragments) or not quotes


def test_word_told_to_an_addressee_is_not_a_name():
    """A capitalised word after the object of a cue verb may be what was said to it."""
    _, rejected = _attribute(ADDRESSEE)
    assert not [r for r in rejected if r.reason == "title"]


def test_name_given_by_a_naming_verb_is_not_a_name_after_its_noun():
    """In "branded the scheme “A Total Shambles”" the words are the mayor's, a fragment of the branding."""
    quotes, rejected = _attribute(BRANDED)
    assert not [r for r in rejected if r.reason == "title"]
    assert [(q.kind, q.text) for q in quotes] == [("mixed", "the scheme “A Total Shambles”")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor branded the scheme “A Total Shambles”.",
        "The opposition leader labelled the budget “A Gift To Landlords” in a speech on Tuesday.",
    ],
)
def test_model_name_given_by_a_naming_verb_stays_quoted(nlp, text):
    """On the model: a title-case verdict given by a naming verb to its object is a quotation."""
    result = quoteextract.Extractor(nlp)(text)
    assert any(q.fragments for q in result.quotes), (result.quotes, result.rejected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The regulator urged users to delete the app «Spindle» immediately.", "urged"),
        ("Shoppers were told to avoid the website “DealDrop” until further notice.", "told"),
        ("Fans were asked to download the club's new app 'Matchday' before the game.", "asked"),
        ('Ministers said the ship "Northern Star" would be sold next year.', "said"),
        ("The company told investors its flagship drink “Zest” had lost market share.", "told"),
    ],
)
def test_model_names_after_their_nouns(nlp, text, claim):
    """On the model: the claim stays indirect and the name is rejected as a title."""
    result = quoteextract.Extractor(nlp)(text)
    assert [q.kind for q in result.quotes] == ["indirect"], result.quotes
    assert result.quotes[0].cue is not None and result.quotes[0].cue.text == claim
    assert [r.reason for r in result.rejected] == ["title"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The manager told the squad “Bravo” after the win.",
        "The coach told his players to “go out and enjoy it”.",
        "She called the plan “Trumpian” in an interview.",
    ],
)
def test_model_quoted_words_stay_quoted(nlp, text):
    """On the model: words said to an addressee, or a label given by a cue, stay quoted."""
    result = quoteextract.Extractor(nlp)(text)
    assert any(q.fragments for q in result.quotes), result.quotes
