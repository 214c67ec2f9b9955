"""Where a mixed quotation ends: a comma after the quoted words ends the reported words only before the writer's.

"Reyes said the pier was “built to last,” because crews tested every beam":
the reason is still what Reyes said; in "Linde said the tunnel would be
“finished on time,” a promise her rivals doubt" the appositive is the
writer's comment. The parses below state the reading each test handles (the
words after the comma hang inside the reported clause, as the parser gives
them); every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

# A subordinate clause after the comma, under the reported verb.
BECAUSE = """
Reyes 1 nsubj PROPN NNP Reyes
said 1 ROOT VERB VBD say
the 3 det DET DT the
pier 6 nsubjpass NOUN NN pier
was 6 auxpass AUX VBD be
“ 6 punct PUNCT `` “ nospace
built 1 ccomp VERB VBN build
to 8 aux PART TO to
last 6 advcl ADJ JJ last nospace
, 6 punct PUNCT , , nospace
” 6 punct PUNCT '' ”
because 13 mark SCONJ IN because
crews 13 nsubj NOUN NNS crew
tested 6 advcl VERB VBD test
every 15 det DET DT every
beam 13 dobj NOUN NN beam nospace
. 1 punct PUNCT . . nospace
"""

# A verb coordinated with the reported verb after the comma.
VERB_LIST = """
Perez 1 nsubj PROPN NNP Perez
said 1 ROOT VERB VBD say
the 3 det DET DT the
crews 6 nsubj NOUN NNS crew
would 6 aux AUX MD would
“ 6 punct PUNCT `` “ nospace
clean 1 ccomp VERB VB clean
the 8 det DET DT the
harbour 6 dobj NOUN NN harbour nospace
, 6 punct PUNCT , , nospace
” 6 punct PUNCT '' ”
plant 6 conj VERB VB plant
trees 11 dobj NOUN NNS tree
in 11 prep ADP IN in
every 15 det DET DT every
street 13 pobj NOUN NN street nospace
. 1 punct PUNCT . . nospace
"""

# ", and that ...": a second reported clause coordinated with the first.
AND_THAT = """
Okafor 1 nsubj PROPN NNP Okafor
said 1 ROOT VERB VBD say
the 3 det DET DT the
budget 4 nsubj NOUN NN budget
was 1 ccomp AUX VBD be
“ 8 punct PUNCT `` “ nospace
a 8 det DET DT a
fair 8 amod ADJ JJ fair
deal 4 attr NOUN NN deal nospace
, 4 punct PUNCT , , nospace
” 8 punct PUNCT '' ”
and 4 cc CCONJ CC and
that 16 mark SCONJ IN that
taxes 16 nsubj NOUN NNS tax
would 16 aux AUX MD would
not 16 neg PART RB not
rise 4 conj VERB VB rise nospace
. 1 punct PUNCT . . nospace
"""

# The writer's appositive after the comma (the parser hangs it on a noun of the reported clause).
APPOSITIVE = """
Linde 1 nsubj PROPN NNP Linde
said 1 ROOT VERB VBD say
the 3 det DET DT the
tunnel 7 nsubjpass NOUN NN tunnel
would 7 aux AUX MD would
be 7 auxpass AUX VB be
“ 7 punct PUNCT `` “ nospace
finished 1 ccomp VERB VBN finish
on 7 prep ADP IN on
time 8 pobj NOUN NN time nospace
, 7 punct PUNCT , , nospace
” 7 punct PUNCT '' ”
a 13 det DET DT a
promise 3 appos NOUN NN promise
her 15 poss PRON PRP$ her
rivals 16 nsubj NOUN NNS rival
doubt 13 relcl VERB VBP doubt nospace
. 1 punct PUNCT . . nospace
"""

# The writer's circumstances after the comma (where and when it was said).
INTERVIEW = """
Ngata 1 nsubj PROPN NNP Ngata
said 1 ROOT VERB VBD say
the 3 det DET DT the
reforms 4 nsubj NOUN NNS reform
were 1 ccomp AUX VBD be
“ 4 punct PUNCT `` “ nospace
long 7 advmod ADV RB long
overdue 4 acomp ADJ JJ overdue nospace
, 4 punct PUNCT , , nospace
” 4 punct PUNCT '' ”
in 4 prep ADP IN in
an 12 det DET DT an
interview 10 pobj NOUN NN interview
on 12 prep ADP IN on
Sunday 13 pobj PROPN NNP Sunday nospace
. 1 punct PUNCT . . nospace
"""

# The writer's relative clause after the comma.
RELATIVE = """
Delgado 1 nsubj PROPN NNP Delgado
said 1 ROOT VERB VBD say
the 3 det DET DT the
ruling 4 nsubj NOUN NN ruling
was 1 ccomp AUX VBD be
“ 7 punct PUNCT `` “ nospace
deeply 7 advmod ADV RB deeply
unfair 4 acomp ADJ JJ unfair nospace
, 7 punct PUNCT , , nospace
” 4 punct PUNCT '' ”
which 11 nsubj PRON WDT which
surprised 3 relcl VERB VBD surprise
nobody 11 dobj PRON NN nobody nospace
. 1 punct PUNCT . . nospace
"""


def _mixed(rows: str):
    doc = parse(rows)
    quotes, _ = attribute(Article.build(doc, rules.as_rule_set()))
    mixed = [q for q in quotes if q.kind == "mixed"]
    assert len(mixed) == 1, quotes
    quote = mixed[0]
    assert doc.text[quote.start : quote.end] == quote.text
    return quote


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (BECAUSE, "the pier was “built to last,” because crews tested every beam"),
        (VERB_LIST, "the crews would “clean the harbour,” plant trees in every street"),
        (AND_THAT, "the budget was “a fair deal,” and that taxes would not rise"),
    ],
    ids=["because", "verb-list", "and-that"],
)
def test_reported_clause_goes_on_after_the_comma(rows, expected):
    """A subordinate clause, a verb or "and that" after the comma continues the reported words."""
    quote = _mixed(rows)
    assert quote.text == expected
    assert quote.cue is not None and quote.cue.text == "said"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (APPOSITIVE, "the tunnel would be “finished on time,”"),
        (INTERVIEW, "the reforms were “long overdue,”"),
        (RELATIVE, "the ruling was “deeply unfair,”"),
    ],
    ids=["appositive", "interview", "relative"],
)
def test_writers_words_after_the_comma_stay_out(rows, expected):
    """A noun phrase, a prepositional phrase or a relative clause after the comma is the writer's."""
    assert _mixed(rows).text == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master said the new pier was “built to last,” because the engineers had tested every beam.",
            "the new pier was “built to last,” because the engineers had tested every beam",
        ),
        (
            "Councillor Brandt said the depot was “a relic,” and that the city would sell it next spring.",
            "the depot was “a relic,” and that the city would sell it next spring",
        ),
        (
            "The coach told reporters his team was “not ready” for the final and would need another month.",
            "his team was “not ready” for the final and would need another month",
        ),
        ("Mayor Linde said the tunnel would be “finished on time,” a promise her rivals doubt.", None),
        ("The minister said the reforms were “long overdue,” in an interview with a local radio station.", None),
        ("Delgado argued that the ruling was “deeply unfair,” which surprised few observers.", None),
        ("The union said the offer was “an insult,” according to two people at the meeting.", None),
        ("Rivera said the plan would “never work,” saying the numbers did not add up.", None),
        ("The mayor believes the levy is “fair to everyone,” said her spokesman.", None),
        ("Residents think the new road is “a waste of money,” says a local councillor.", None),
    ],
)
def test_model_mixed_extents(nlp, text, expected):
    """On the model: the reported clause goes on after the comma, the writer's words (``None``) stay out."""
    import quoteextract

    result = quoteextract.Extractor(nlp)(text)
    mixed = [q for q in result.quotes if q.kind == "mixed"]
    assert len(mixed) == 1, result.quotes
    quote = mixed[0]
    assert text[quote.start : quote.end] == quote.text
    if expected is None:
        assert quote.text.endswith(",”"), quote.text  # ends at the closing mark
    else:
        assert quote.text == expected
