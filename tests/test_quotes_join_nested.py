"""Continued quotations (quote.join), quotations inside quotations (quote.nested), sentence bounds.

Rule tests on hand-built parses, then the same constructions end to end on the model, in
several phrasings each.
"""

from __future__ import annotations

from _handbuilt import parse_table as parse

from quoteextract import rules
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution import attribute
from quoteextract.stages.attribution._context import setting_of
from quoteextract.stages.finder import find_quotes

CONTINUED = """
“ 2 punct PUNCT `` “ nospace
We 2 nsubj PRON PRP we
won 6 ccomp VERB VBD win nospace
, 2 punct PUNCT , , nospace
” 6 punct PUNCT '' ”
Lee 6 nsubj PROPN NNP Lee
said 6 ROOT VERB VBD say nospace
. 6 punct PUNCT . . nospace
\\n 7 dep SPACE _SP \\n nospace
“ 12 punct PUNCT `` “ nospace
We 12 nsubj PRON PRP we
will 12 aux AUX MD will
win 12 ROOT VERB VB win
again 12 advmod ADV RB again nospace
. 12 punct PUNCT . . nospace
” 12 punct PUNCT '' ” nospace
"""
"""“We won,” Lee said.\\n“We will win again.”"""

INNER = """
“ 12 punct PUNCT `` “ nospace
She 2 nsubj PRON PRP she
told 12 ccomp VERB VBD tell
me 2 dobj PRON PRP I nospace
, 2 punct PUNCT , ,
‘ 6 punct PUNCT `` ‘ nospace
Stop 2 ccomp VERB VB stop
it 6 dobj PRON PRP it nospace
. 6 punct PUNCT . . nospace
’ 6 punct PUNCT '' ’ nospace
” 12 punct PUNCT '' ”
Vos 12 nsubj PROPN NNP Vos
said 12 ROOT VERB VBD say nospace
. 12 punct PUNCT . . nospace
"""
"""“She told me, ‘Stop it.’” Vos said."""

SCARE = """
“ 6 punct PUNCT `` “ nospace
They 2 nsubj PRON PRP they
call 6 ccomp VERB VBP call
it 4 nsubj PRON PRP it
‘ 4 punct PUNCT `` ‘ nospace
progress 2 oprd NOUN NN progress nospace
’ 4 punct PUNCT '' ’ nospace
, 2 punct PUNCT , , nospace
” 6 punct PUNCT '' ”
Vos 9 nsubj PROPN NNP Vos
said 9 ROOT VERB VBD say nospace
. 9 punct PUNCT . . nospace
"""
"""“They call it ‘progress’,” Vos said."""


def _run(rows: str, disable: tuple[str, ...] = ()):
    return attribute(Article.build(parse(rows), rules.as_rule_set(disable=disable))).quotes


def test_the_parses_spell_their_sentences():
    """Each hand-built parse has the text its docstring gives."""
    assert parse(CONTINUED).text == "“We won,” Lee said.\n“We will win again.”"
    assert parse(INNER).text == "“She told me, ‘Stop it.’” Vos said."
    assert parse(SCARE).text == "“They call it ‘progress’,” Vos said."


def test_a_quoted_paragraph_continues_the_quotation_before_it():
    """The next paragraph, all quotation, joins the attributed one: one quotation, two fragments, one speaker."""
    quotes = _run(CONTINUED)
    assert [q.rule for q in quotes] == ["quote.join"]
    quote = quotes[0]
    assert [f.text for f in quote.fragments] == ["We won,", "We will win again."]
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Lee"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.text.startswith("We won,") and quote.text.endswith("We will win again.")


def test_without_quote_join_the_continuation_stays_a_quotation_of_its_own():
    """Extractor(disable=["quote.join"]): two quotations, the second credited by quote.continuation."""
    quotes = _run(CONTINUED, disable=("quote.join",))
    assert [q.rule for q in quotes] == ["quote.trailing", "quote.continuation"]
    assert all(q.speaker is not None and q.speaker.text == "Lee" for q in quotes)


def test_an_inner_quotation_with_its_attribution_is_its_own_quotation():
    """‘Stop it.’ inside the outer quotation: quote.nested, speaker "She", cue "told"; the outer is unchanged."""
    quotes = _run(INNER)
    outer = [q for q in quotes if q.rule == "quote.trailing"]
    inner = [q for q in quotes if q.rule == "quote.nested"]
    assert len(outer) == 1 and len(inner) == 1, quotes
    assert outer[0].text == "She told me, ‘Stop it.’"
    assert outer[0].speaker is not None and outer[0].speaker.text == "Vos"
    assert inner[0].text == "Stop it."
    assert inner[0].speaker is not None and inner[0].speaker.text == "She"
    assert inner[0].cue is not None and inner[0].cue.text == "told"
    assert outer[0].start <= inner[0].start and inner[0].end <= outer[0].end
    assert any(f.start <= inner[0].start and inner[0].end <= f.end for f in outer[0].fragments)


def test_without_quote_nested_only_the_outer_quotation_is_reported():
    """Extractor(disable=["quote.nested"]) switches inner quotations off."""
    quotes = _run(INNER, disable=("quote.nested",))
    assert [q.rule for q in quotes] == ["quote.trailing"]


def test_a_scare_quoted_word_inside_a_quotation_is_no_quotation():
    """‘progress’ is a word the speaker puts in marks: no cue attributes it and it is no sentence."""
    quotes = _run(SCARE)
    assert [q.rule for q in quotes] == ["quote.trailing"]


def _post(text: str) -> str:
    layout = Layout.of(text)
    quote = find_quotes(text).quotes[0]
    return setting_of(layout, quote, None).post.text


def test_the_words_after_a_quoted_full_stop_and_a_capital_are_the_next_sentence():
    """“... dead.” She left.: the full stop inside the mark ends the sentence; nothing after it is the quotation's."""
    assert _post("“The plan is dead.” She left.") == ""
    assert _post("“The plan is dead.” “Next question.”") == ""


def test_the_words_after_a_question_lower_case_or_abbreviation_stay_in_the_sentence():
    """A question or exclamation, a lower-case word, or "U.S." before the mark does not end the sentence."""
    assert _post("“Is it over?” Lee asked.") == " Lee asked."
    assert _post("“Stop!” Lee shouted.") == " Lee shouted."
    assert _post("“It is dead.” she said.") == " she said."
    assert _post("“It came from the U.S.” Lee said.") == " Lee said."
    assert _post("“It is dead,” she said. She left.") == " she said."


# End to end on the model: invented sentences, several phrasings each ---------------------------

import pytest  # noqa: E402

import quoteextract  # noqa: E402


def _extract(nlp, text, disable=()):
    return quoteextract.Extractor(nlp, disable=list(disable))(text).quotes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        (
            "“We are ready for the final,” the coach said.\n\n“The players know exactly what to do.”",
            ["We are ready for the final,", "The players know exactly what to do."],
            "the coach",
        ),
        (
            "“The roof has been leaking since March,” said Dara Moss, the caretaker.\n"
            "“Nobody came to look at it until the ceiling fell in.”",
            ["The roof has been leaking since March,", "Nobody came to look at it until the ceiling fell in."],
            "Dara Moss",
        ),
        (
            "“Costs have doubled,” Reyes said, adding that the council had been warned.\n\n"
            "“We told them in March and again in June.”",
            ["Costs have doubled,", "We told them in March and again in June."],
            "Reyes",
        ),
        (
            "The ferry timetable “will not survive the winter,” Okafor said. “Nobody asked the drivers.”",
            ["will not survive the winter,", "Nobody asked the drivers."],
            "Okafor",
        ),
    ],
)
def test_a_continued_quotation_is_one_quotation(nlp, text, pieces, speaker):
    """A quoted paragraph or sentence that borrows the attribution before it joins that quotation."""
    quotes = [q for q in _extract(nlp, text) if q.kind != "indirect"]
    assert len(quotes) == 1, [(q.rule, q.text) for q in quotes]
    quote = quotes[0]
    assert [f.text for f in quote.fragments] == pieces
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert text[quote.start : quote.end] == quote.text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“We won,” Lee said.\n\nThe crowd cheered and the band played until midnight.\n\n“It was loud.”",
        "“We won,” Lee said.\n\nHis rival gave a short reply: “Not for long.”",
    ],
)
def test_a_quotation_after_the_writers_own_words_does_not_continue_the_one_before(nlp, text):
    """Narration between, or an introduction of the writer's before the mark, ends the continuation."""
    quotes = [q for q in _extract(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 2, [(q.rule, q.text) for q in quotes]
    assert all(q.rule != "quote.join" for q in quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "inner", "speaker", "cue"),
    [
        ("“She told me, ‘Don’t sign it,’ and I didn’t,” Vos said.", "Don’t sign it,", "She", "told"),
        ("“My lawyer called and said, ‘Walk away now.’ So I did,” Vos said.", "Walk away now.", "My lawyer", "said"),
        (
            "“The clerk looked up and asked, ‘Is that your final answer?’” Ames told the court.",
            None,
            "The clerk",
            "asked",
        ),
        (
            "Marta Kell said: “My brother said, ‘We are leaving tonight.’ He never came back.”",
            None,
            "My brother",
            "said",
        ),
    ],
)
def test_a_quotation_inside_a_quotation_is_its_own(nlp, text, inner, speaker, cue):
    """The inner quotation gets its own Quotation, speaker and cue; the outer one keeps its own."""
    quotes = _extract(nlp, text)
    nested = [q for q in quotes if q.rule == "quote.nested"]
    outer = [q for q in quotes if q.rule != "quote.nested" and q.kind == "direct"]
    assert len(nested) == 1 and len(outer) == 1, [(q.rule, q.text) for q in quotes]
    if inner is not None:
        assert nested[0].text == inner
    assert nested[0].speaker is not None and nested[0].speaker.text == speaker
    assert nested[0].cue is not None and nested[0].cue.text == cue
    assert any(f.start <= nested[0].start and nested[0].end <= f.end for f in outer[0].fragments)
    assert text[nested[0].start : nested[0].end] == nested[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“They call it ‘the only way’,” Vos said.",
        "“To have a mayor who says there are no ‘boots on the ground’ is absurd,” Lind said.",
        "“The sign read ‘Closed for good’ when we got there,” she said.",
        "“Nobody here says ‘queue’. We use the word ‘line’,” Farage told the radio station.",
    ],
)
def test_scare_quotes_titles_and_words_inside_a_quotation_are_not_quotations(nlp, text):
    """A word or phrase in single marks inside a quotation, with no cue and no sentence, is no quotation."""
    assert [q.rule for q in _extract(nlp, text) if q.rule == "quote.nested"] == []


@pytest.mark.model
def test_quote_nested_can_be_switched_off(nlp):
    """Extractor(disable=["quote.nested"]) gives the outer quotation only."""
    text = "“She told me, ‘Don’t sign it,’ and I didn’t,” Vos said."
    assert "quote.nested" in [q.rule for q in _extract(nlp, text)]
    assert "quote.nested" not in [q.rule for q in _extract(nlp, text, disable=["quote.nested"])]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The plan is dead.” She left the room and Tom Okafor said nothing.", None),
        ("“The bridge is closed.” Everyone knew it, and the mayor said so later that week.", None),
        ("“We won.” Smith said.", "Smith"),
        ("“We are done.” Ana Reyes, the mayor, said on Friday.", "Ana Reyes"),
    ],
)
def test_a_cue_in_the_next_sentence_attributes_only_when_it_opens_it(nlp, text, speaker):
    """A cue opening the next sentence ("“We won.” Smith said.") attributes; one deep in it does not."""
    quotes = [q for q in _extract(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 1
    found = quotes[0].speaker.text if quotes[0].speaker is not None else None
    assert found == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Nobody asked us” — Commissioner Lee", "Commissioner Lee"),
        ("“It is over.” -- Ana Reyes, mayor", "Ana Reyes"),
        ("“We will be back.” — a spokeswoman for the union", "a spokeswoman"),
        ("The new wording -- “eligible candidates” -- is a subtle change from the last order.", None),
        ("The board’s phrase – “fiscal prudence” – that the mayor used was not in the report.", None),
    ],
)
def test_a_dash_gives_a_speaker_only_when_a_name_follows_it(nlp, text, speaker):
    """A sign-off after a dash names the speaker; a dash that goes on with the writer's sentence does not."""
    quotes = [q for q in _extract(nlp, text) if q.kind == "direct"]
    speakers = [q.speaker.text for q in quotes if q.speaker is not None and q.rule == "quote.dash"]
    assert speakers == ([speaker] if speaker is not None else [])
