"""Where a mixed quotation ends: a clause that dates the report by another report is not reported words.

"Parents accused the council of “breaking its word” after it announced that
the school would close": the "after" clause says when (and upon what) the
parents spoke, and it is itself a report (the council announced ...); the
parse hangs it off the verb inside the marks, and ``cut_after`` ends the
quotation before it. The neighbouring cases keep their reading: a "before"
clause of the cue itself stays out ("Residents described the smell as
“unbearable” before the plant was shut down"), a condition stays in ("warned
of “chaos at the ports” if the bill passed"), and so does an "until" clause
without a cue inside a reported clause ("said prices would “keep rising”
until the bank acted"). The parses below are the small English model's for
these sentences; every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

# The "after" clause hangs off the verb inside the marks; its own verb is a cue.
AFTER_REPORT = """
Parents 1 nsubj NOUN NNS parent
accused 1 ROOT VERB VBD accuse
the 3 det DET DT the
council 1 dobj NOUN NN council
of 3 prep ADP IN of
“ 6 punct PUNCT `` “ nospace
breaking 4 pcomp VERB VBG break
its 8 poss PRON PRP$ its
word 6 dobj NOUN NN word nospace
” 6 punct PUNCT '' ”
after 12 mark SCONJ IN after
it 12 nsubj PRON PRP it
announced 6 advcl VERB VBD announce
that 17 mark SCONJ IN that
the 15 det DET DT the
school 17 nsubj NOUN NN school
would 17 aux AUX MD would
close 12 ccomp VERB VB close nospace
. 1 punct PUNCT . . nospace
"""

# The "before" clause hangs off the cue itself.
BEFORE = """
Residents 1 nsubj NOUN NNS resident
described 1 ROOT VERB VBD describe
the 3 det DET DT the
smell 1 dobj NOUN NN smell
as 1 prep ADP IN as
“ 6 punct PUNCT `` “ nospace
unbearable 4 pobj ADJ JJ unbearable nospace
” 6 punct PUNCT '' ”
before 12 mark SCONJ IN before
the 10 det DET DT the
plant 12 nsubjpass NOUN NN plant
was 12 auxpass AUX VBD be
shut 1 advcl VERB VBN shut
down 12 prt ADP RP down nospace
. 1 punct PUNCT . . nospace
"""

# A condition on the cue: part of the warning.
CONDITION = """
She 1 nsubj PRON PRP she
warned 1 ROOT VERB VBD warn
of 1 prep ADP IN of
“ 4 punct PUNCT `` “ nospace
chaos 2 pobj NOUN NN chaos
at 4 prep ADP IN at
the 7 det DET DT the
ports 5 pobj NOUN NNS port nospace
” 4 punct PUNCT '' ”
if 12 mark SCONJ IN if
the 11 det DET DT the
bill 12 nsubj NOUN NN bill
passed 1 advcl VERB VBD pass nospace
. 1 punct PUNCT . . nospace
"""


def _mixed(rows: str, disable: tuple[str, ...] = ()):
    doc = parse(rows)
    quotes, _ = attribute(Article.build(doc, rules.as_rule_set(disable=disable)))
    for quote in quotes:
        assert doc.text[quote.start : quote.end] == quote.text
    return [q for q in quotes if q.fragments]


def test_clause_reporting_another_report_is_cut_off():
    """The "after it announced that ..." clause is not part of the accusation's reported words."""
    [quote] = _mixed(AFTER_REPORT)
    assert quote.cue is not None and quote.cue.text == "accused"
    assert quote.text == "the council of “breaking its word”"


def test_clause_dating_the_cue_stays_out():
    """A "before" clause of the cue verb says when it was said, not what."""
    [quote] = _mixed(BEFORE)
    assert quote.text == "the smell as “unbearable”"


def test_condition_stays_in():
    """An "if" clause of a warning is part of what was warned."""
    [quote] = _mixed(CONDITION)
    assert quote.text.endswith("if the bill passed")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Parents accused the council of “breaking its word” after it announced that the school would close.",
            "the council of “breaking its word”",
        ),
        (
            "Surfers accused the government of 'gambling with lives' after it confirmed the nets would not return.",
            "the government of 'gambling with lives'",
        ),
        (
            "The senator described the ruling as “a gift to polluters” as he left the courthouse on Friday.",
            "the ruling as “a gift to polluters”",
        ),
        ("He called the report “deeply flawed” when asked about it by reporters.", "the report “deeply flawed”"),
        ("The coach called the penalty “a joke” when he spoke to reporters after the match.", "the penalty “a joke”"),
        (
            "The mayor said the road would stay shut “for weeks” after engineers warned that the bridge was unsafe.",
            "the road would stay shut “for weeks”",
        ),
    ],
)
def test_model_report_ends_before_the_occasion(nlp, text, content):
    """On the model, in several phrasings: the mixed quotation ends where the dating clause starts."""
    result = quoteextract.Extractor(nlp, scope="attribution")(text)
    assert content in [q.text for q in result.quotes if q.fragments], result.quotes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Economists said prices would “keep rising” until the central bank acted.", "until the central bank acted"),
        (
            "She warned of “chaos at the ports” if the bill passed without changes.",
            "if the bill passed without changes",
        ),
        ("She said the hospital had been “brilliant” since she was admitted.", "since she was admitted"),
        (
            "Voters said they were “riding the fence” until the governor said she was backing him.",
            "until the governor said she was backing him",
        ),
    ],
)
def test_model_reported_clause_keeps_its_own_clauses(nlp, text, content):
    """On the model: a clause of the reported words, or a condition, stays in the quotation.

    A passive "was admitted" is no report, so its clause stays too; an "until" clause is part of what was said
    even when it holds a report.
    """
    result = quoteextract.Extractor(nlp, scope="attribution")(text)
    assert any(q.text.endswith(content) for q in result.quotes if q.fragments), result.quotes
