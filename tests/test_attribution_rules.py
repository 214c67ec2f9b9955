"""The attribution stage's registered rules, each on a hand-built parse, and switching rules off."""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

from quoteextract import rules
from quoteextract._model import Cue
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

SAID_AFTER = """
“ 3 punct PUNCT `` “ nospace
We 3 nsubj PRON PRP we
will 3 aux AUX MD will
win 7 ccomp VERB VB win nospace
, 3 punct PUNCT , , nospace
” 3 punct PUNCT '' ”
she 7 nsubj PRON PRP she
said 7 ROOT VERB VBD say nospace
. 7 punct PUNCT . . nospace
"""
"""“We will win,” she said."""

COLON_INTRO = """
The 1 det DET DT the
senator 2 nsubj NOUN NN senator
went 2 ROOT VERB VBD go
further 2 advmod ADV RBR further nospace
: 2 punct PUNCT : : nospace
\\n 4 dep SPACE _SP \\n nospace
“ 9 punct PUNCT `` “ nospace
We 9 nsubj PRON PRP we
will 9 aux AUX MD will
win 9 ROOT VERB VB win nospace
. 9 punct PUNCT . . nospace
” 9 punct PUNCT '' ” nospace
"""
"""The senator went further:\\n“We will win.”"""

DASH = """
“ 2 punct PUNCT `` “ nospace
Nobody 2 nsubj PRON NN nobody
asked 2 ROOT VERB VBD ask
us 2 dobj PRON PRP we nospace
” 2 punct PUNCT '' ”
— 2 punct PUNCT : —
Commissioner 7 compound PROPN NNP Commissioner
Lee 2 npadvmod PROPN NNP Lee nospace
"""
"""“Nobody asked us” — Commissioner Lee"""

HEADLINE = """
Mayor 1 nsubj PROPN NNP Mayor
Vows 1 ROOT VERB VBZ vow
“ 4 punct PUNCT `` “ nospace
No 4 det DET DT no
Retreat 1 dobj PROPN NNP Retreat nospace
” 4 punct PUNCT '' ” nospace
\\n 5 dep SPACE _SP \\n nospace
The 7 det DET DT the
mayor 8 nsubj NOUN NN mayor
spoke 8 ROOT VERB VBD speak nospace
. 8 punct PUNCT . . nospace
"""
"""Mayor Vows “No Retreat”\\nThe mayor spoke."""

TITLE = """
She 1 nsubj PRON PRP she
appeared 1 ROOT VERB VBD appear
on 1 prep ADP IN on
“ 5 punct PUNCT `` “ nospace
Meet 5 compound PROPN NNP Meet
Voters 2 pobj PROPN NNPS Voters nospace
” 5 punct PUNCT '' ”
again 1 advmod ADV RB again nospace
. 1 punct PUNCT . . nospace
"""
"""She appeared on “Meet Voters” again."""

COMPLEMENT = """
Lee 1 nsubj PROPN NNP Lee
called 1 ROOT VERB VBD call
the 3 det DET DT the
plan 1 dobj NOUN NN plan
“ 6 punct PUNCT `` “ nospace
a 6 det DET DT a
disaster 1 oprd NOUN NN disaster
for 6 prep ADP IN for
workers 7 pobj NOUN NNS worker nospace
” 6 punct PUNCT '' ” nospace
. 1 punct PUNCT . . nospace
"""
"""Lee called the plan “a disaster for workers”."""

NICKNAME = """
Joe 4 nsubj PROPN NNP Joe
“ 2 punct PUNCT `` “ nospace
Hammer 0 appos PROPN NNP Hammer nospace
” 2 punct PUNCT '' ”
Smith 4 nsubj PROPN NNP Smith
won 4 ROOT VERB VBD win nospace
. 4 punct PUNCT . . nospace
"""
"""Joe “Hammer” Smith won."""


def _run(rows: str, disable: tuple[str, ...] = ()):
    doc = parse(rows)
    return attribute(Article.build(doc, rules.as_rule_set(disable=disable)))


def _direct(rows: str, disable: tuple[str, ...] = ()):
    quotes, _ = _run(rows, disable)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1, quotes
    return direct[0]


def test_the_parses_spell_their_sentences():
    """Each hand-built parse has the text its docstring gives."""
    assert parse(SAID_AFTER).text == "“We will win,” she said."
    assert parse(COLON_INTRO).text == "The senator went further:\n“We will win.”"
    assert parse(DASH).text == "“Nobody asked us” — Commissioner Lee"
    assert parse(COMPLEMENT).text == "Lee called the plan “a disaster for workers”."


def test_said_after_the_quotation_is_quote_trailing():
    """“...,” she said.: the cue after the marks, its subject the speaker; the cue carries its lexicon entry."""
    quote = _direct(SAID_AFTER)
    assert quote.rule == "quote.trailing"
    assert quote.text == "We will win,"
    assert quote.speaker is not None and quote.speaker.text == "she"
    assert isinstance(quote.cue, Cue)
    assert (quote.cue.text, quote.cue.lemma, quote.cue.cue_class, quote.cue.relation) == (
        "said",
        "say",
        "speech",
        "said",
    )


def test_without_the_trailing_rule_no_speaker_comes_from_after_the_marks():
    """Switching quote.trailing off leaves no rule after the marks to credit “she said”."""
    quote = _direct(SAID_AFTER, disable=("quote.trailing",))
    assert quote.rule != "quote.trailing"


def test_colon_introduction_in_the_previous_line_is_quote_colon_intro():
    """An introduction ending in a colon on the line before: its verb and subject attribute the quotation."""
    quote = _direct(COLON_INTRO)
    assert quote.rule == "quote.colon_intro"
    assert quote.speaker is not None and quote.speaker.text == "The senator"
    assert quote.cue is not None and quote.cue.text == "went"


def test_without_any_rule_around_the_sentence_a_quotation_is_rejected_unattributed():
    """With every neighbour rule and quote.unattributed off, the pairing is rejected as unattributed."""
    around = tuple(r.name for r in rules.all_rules() if r.stage == "quotes" and 300 <= r.order < 400)
    quotes, rejected = _run(COLON_INTRO, disable=around)
    assert not [q for q in quotes if q.fragments]
    assert [r.reason for r in rejected] == ["unattributed"]


def test_name_after_a_dash_is_quote_dash_and_can_be_switched_off():
    """“...” — Commissioner Lee: the name after the dash is the speaker, unless quote.dash is off."""
    quote = _direct(DASH)
    assert quote.rule == "quote.dash"
    assert quote.speaker is not None and quote.speaker.text == "Commissioner Lee"
    off = _direct(DASH, disable=("quote.dash",))
    assert off.rule != "quote.dash"
    assert off.speaker is None or off.speaker.text != "Commissioner Lee"


def test_headline_line_is_rejected_and_the_rule_can_be_switched_off():
    """A quotation in a short capitalised line without final punctuation is a headline."""
    _, rejected = _run(HEADLINE)
    assert [r.reason for r in rejected] == ["headline"]
    _, rejected = _run(HEADLINE, disable=("reject.headline",))
    assert "headline" not in [r.reason for r in rejected]


def test_title_after_a_preposition_is_rejected():
    """Appeared on “Meet Voters”: a title-case phrase after a preposition is a title."""
    quotes, rejected = _run(TITLE)
    assert [r.reason for r in rejected] == ["title"]
    assert not [q for q in quotes if q.fragments]


def test_nickname_between_name_parts_is_rejected_unless_switched_off():
    """Joe “Hammer” Smith: a nickname; with reject.nickname off it is no longer rejected as one."""
    _, rejected = _run(NICKNAME)
    assert [r.reason for r in rejected] == ["nickname"]
    _, rejected = _run(NICKNAME, disable=("reject.nickname",))
    assert "nickname" not in [r.reason for r in rejected]


def test_fragment_in_a_cue_verbs_complement_is_mixed_complement():
    """Lee called the plan “a disaster for workers”: the complement of “called” is the quotation."""
    quotes, rejected = _run(COMPLEMENT)
    assert rejected == []
    mixed = [q for q in quotes if q.fragments]
    assert len(mixed) == 1
    quote = mixed[0]
    assert (quote.rule, quote.kind) == ("mixed.complement", "mixed")
    assert quote.text == "the plan “a disaster for workers”"
    assert [f.text for f in quote.fragments] == ["a disaster for workers"]
    assert quote.speaker is not None and quote.speaker.text == "Lee"
    assert isinstance(quote.cue, Cue) and quote.cue.lemma == "call"


def test_without_mixed_rules_the_claim_takes_the_fragment_unless_mixed_claim_is_off():
    """With the mixed rules off the claim around the fragment becomes mixed.claim; with that off too, a scare quote."""
    mixed = tuple(r.name for r in rules.all_rules() if r.stage == "mixed")
    quotes, rejected = _run(COMPLEMENT, disable=mixed)
    assert [q.rule for q in quotes if q.fragments] == ["mixed.claim"]
    assert rejected == []
    quotes, rejected = _run(COMPLEMENT, disable=(*mixed, "mixed.claim"))
    assert not [q for q in quotes if q.fragments]
    assert [r.reason for r in rejected] == ["scare_quote"]


def test_attribute_does_not_change_the_article():
    """attribute() returns new lists and leaves the article's scan as it was."""
    article = Article.build(parse(SAID_AFTER))
    scan = article.scan
    first = attribute(article)
    second = attribute(article)
    assert article.scan is scan
    assert first == second and first.quotes is not second.quotes


def test_every_output_rule_is_registered():
    """Every rule name the stage writes is a registered rule."""
    for rows in (SAID_AFTER, COLON_INTRO, DASH, COMPLEMENT):
        for quote in _run(rows).quotes:
            assert rules.get_rule(quote.rule).name == quote.rule


@pytest.mark.model
def test_disabling_a_quote_rule_through_the_extractor(nlp):
    """Extractor(disable=["quote.dash"]) really switches the dash rule off, end to end."""
    import quoteextract

    text = "“Nobody asked us” — Commissioner Lee"
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["quote.dash"])(text)
    assert [q.rule for q in on.quotes] == ["quote.dash"]
    assert all(q.rule != "quote.dash" for q in off.quotes)


@pytest.mark.model
def test_disabling_a_rejection_rule_through_the_extractor(nlp):
    """Extractor(disable=["reject.marker"]) keeps “the word” from naming a word used as a word."""
    import quoteextract

    text = "The word “literally” is overused."
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["reject.marker"])(text)
    assert [r.reason for r in on.rejected] == ["word_as_word"]
    assert "word_as_word" not in [r.reason for r in off.rejected]


def _tokens_read(nlp, text, monkeypatch):
    """How many tokens the stage reads through ``tokens_in`` on one article."""
    from quoteextract.stages.attribution import _context

    count = [0]
    original = _context.tokens_in

    def counting(doc, start, end):
        found = original(doc, start, end)
        count[0] += len(found)
        return found

    monkeypatch.setattr(_context, "tokens_in", counting)
    attribute(Article.build(nlp(text)))
    monkeypatch.setattr(_context, "tokens_in", original)
    return count[0]


@pytest.mark.model
@pytest.mark.parametrize("unit", ["“Hi there.” ", "“Hi,” he said. ", '"a" ', '"a b c d e" '])
def test_tokens_read_grow_linearly_with_quotations_in_one_paragraph(nlp, unit, monkeypatch):
    """Four times the quotations in one paragraph: at most about four times the tokens read."""
    repeat = 2100 // len(unit) + 1  # past LONG_PARAGRAPH characters even for the smaller article
    small = _tokens_read(nlp, unit * repeat, monkeypatch)
    large = _tokens_read(nlp, unit * (4 * repeat), monkeypatch)
    assert large <= 4.5 * small, (small, large)  # a rescan per quotation would read about 16 times as many
