"""A mixed quotation is not cut between a subject and its verb.

"The union said the bosses had “lied” and that the new contract, which staff
rejected, was worse": the comma before the relative clause comes after
*contract* but before its verb *was*, so the reported clause is not over there.
A comma right after the quoted words before the writer's own relative clause
("..., which surprised few observers") still ends them. The parses below state
the reading each test handles; every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

# "contract" is the subject of "was", after the relative clause between commas.
SUBJECT_BEFORE_COMMA = """
The 1 det DET DT the
union 2 nsubj NOUN NN union
said 2 ROOT VERB VBD say
the 4 det DET DT the
bosses 7 nsubj NOUN NNS boss
had 7 aux AUX VBD have
“ 7 punct PUNCT `` “ nospace
lied 2 ccomp VERB VBN lie nospace
” 7 punct PUNCT '' ”
and 7 cc CCONJ CC and
that 19 mark SCONJ IN that
the 13 det DET DT the
new 13 amod ADJ JJ new
contract 19 nsubj NOUN NN contract nospace
, 13 punct PUNCT , ,
which 17 dobj PRON WDT which
staff 17 nsubj NOUN NN staff
rejected 13 relcl VERB VBD reject nospace
, 13 punct PUNCT , ,
was 7 conj AUX VBD be
worse 19 acomp ADJ JJR bad nospace
. 2 punct PUNCT . . nospace
"""


def test_no_cut_between_a_subject_and_its_verb():
    """The reported clause runs on through the relative clause to the subject's verb."""
    doc = parse(SUBJECT_BEFORE_COMMA)
    quotes, _ = attribute(Article.build(doc, rules.as_rule_set()))
    mixed = [q for q in quotes if q.kind == "mixed"]
    assert len(mixed) == 1, quotes
    assert mixed[0].text == "the bosses had “lied” and that the new contract, which staff rejected, was worse"
    assert doc.text[mixed[0].start : mixed[0].end] == mixed[0].text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said in a statement that it “regretted” the decision and that its offer, "
            "which would delay the changes, remained on the table.",
            "that its offer, which would delay the changes, remained on the table",
        ),
        (
            "She said the council was “asleep at the wheel” and the bridge, "
            "which opened in 1970, needed urgent repairs.",
            "the bridge, which opened in 1970, needed urgent repairs",
        ),
        ("Delgado argued that the ruling was “deeply unfair,” which surprised few observers.", "“deeply unfair,”"),
        ("Mayor Linde said the tunnel would be “finished on time,” a promise her rivals doubt.", "“finished on time,”"),
    ],
)
def test_model_subject_cuts(nlp, text, expected):
    """On the model: the quotation ends with the subject's verb, or at the writer's comment."""
    result = quoteextract.Extractor(nlp)(text)
    mixed = [q for q in result.quotes if q.kind == "mixed"]
    assert len(mixed) == 1, result.quotes
    assert mixed[0].text.endswith(expected), mixed[0].text
