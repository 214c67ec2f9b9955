"""A "while"/"whereas" clause after the quoted words: reported when it hangs off the reported clause.

"The auditors said spending had “spiralled out of control” while income fell": the
parse makes the "while" clause part of the reported clause (a clause of *spiralled*),
so the auditors said it too; in "The union called the deal “an outright betrayal”
while managers stayed silent" the clause hangs off the cue *called*: the writer's.
The parses below state the reading each test handles; every sentence is invented.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

# The "while" clause under the reported verb (spiralled).
UNDER_REPORTED = """
The 1 det DET DT the
auditors 2 nsubj NOUN NNS auditor
said 2 ROOT VERB VBD say
spending 6 nsubj NOUN NN spending
had 6 aux AUX VBD have
“ 6 punct PUNCT `` “ nospace
spiralled 2 ccomp VERB VBN spiral
out 6 prep ADP IN out
of 7 prep ADP IN of
control 8 pobj NOUN NN control nospace
” 6 punct PUNCT '' ”
while 13 mark SCONJ IN while
income 13 nsubj NOUN NN income
fell 6 advcl VERB VBD fall nospace
. 2 punct PUNCT . . nospace
"""

# The "while" clause under the cue (called).
UNDER_CUE = """
The 1 det DET DT the
union 2 nsubj NOUN NN union
called 2 ROOT VERB VBD call
the 4 det DET DT the
deal 2 dobj NOUN NN deal
“ 8 punct PUNCT `` “ nospace
an 8 det DET DT an
outright 8 amod ADJ JJ outright
betrayal 2 oprd NOUN NN betrayal nospace
” 8 punct PUNCT '' ”
while 13 mark SCONJ IN while
managers 13 nsubj NOUN NNS manager
stayed 2 advcl VERB VBD stay
silent 13 acomp ADJ JJ silent nospace
. 2 punct PUNCT . . nospace
"""


def _mixed(rows: str):
    doc = parse(rows)
    quotes, _ = attribute(Article.build(doc, rules.as_rule_set()))
    mixed = [q for q in quotes if q.kind == "mixed"]
    assert len(mixed) == 1, quotes
    quote = mixed[0]
    assert doc.text[quote.start : quote.end] == quote.text
    return quote


def test_contrast_clause_of_the_reported_verb_is_reported():
    """A "while" clause the parse hangs off the reported verb is part of the reported words."""
    quote = _mixed(UNDER_REPORTED)
    assert quote.text == "spending had “spiralled out of control” while income fell"
    assert quote.cue is not None and quote.cue.text == "said"


def test_contrast_clause_of_the_cue_is_the_writers():
    """A "while" clause the parse hangs off the cue verb stays out of the reported words."""
    assert _mixed(UNDER_CUE).text == "the deal “an outright betrayal”"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The auditors said that spending had “spiralled out of control” while income fell.",
            "that spending had “spiralled out of control” while income fell",
        ),
        (
            "A spokesman said prices would “stay high for months” while supply remains short.",
            "prices would “stay high for months” while supply remains short",
        ),
        (
            "The union called the deal “an outright betrayal” while managers stayed silent.",
            "the deal “an outright betrayal”",
        ),
        (
            "The mayor described the budget as “a disgrace” while the council voted it through.",
            "the budget as “a disgrace”",
        ),
    ],
)
def test_model_contrast_clauses(nlp, text, expected):
    """On the model: the clause goes with the verb the parse hangs it on."""
    import quoteextract

    result = quoteextract.Extractor(nlp)(text)
    mixed = [q for q in result.quotes if q.kind == "mixed"]
    assert len(mixed) == 1, result.quotes
    assert mixed[0].text == expected
