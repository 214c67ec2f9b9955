"""A "Label: words" line is a claim only when the label can name who speaks (``claim.colon``).

"Senator Lee: Taxes will rise" and "Poll: most voters back the plan" attribute the
rest of the line; "The result: ...", "At issue: ...", "One conclusion: ..." are
the writer's lead-ins, and "Economists call it “shrinkflation”: ..." is a clause
of its own, not a speaker.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.stages.claims.colon import label_claims, speaker_like
from tests._handbuilt import parse

SENATOR = """
Senator 1 compound PROPN NNP Senator
Lee_ 1 ROOT PROPN NNP Lee
: 1 punct PUNCT : :
taxes 4 nsubj NOUN NNS tax
will 4 aux AUX MD will
rise 1 appos VERB VB rise
. 1 punct PUNCT . .
"""

RESULT = """
The 1 det DET DT the
result_ 1 ROOT NOUN NN result
: 1 punct PUNCT : :
fares 4 nsubj NOUN NNS fare
went 1 appos VERB VBD go
up 4 prt ADP RP up
. 1 punct PUNCT . .
"""

AT_ISSUE = """
At 0 ROOT ADP IN at
issue_ 0 pobj NOUN NN issue
: 0 punct PUNCT : :
a 4 det DET DT a
levy 0 appos NOUN NN levy
on 4 prep ADP IN on
boats 5 pobj NOUN NNS boat
. 0 punct PUNCT . .
"""

CALL_IT = """
Economists 1 nsubj NOUN NNS economist
call 1 ROOT VERB VBP call
it 1 dobj PRON PRP it
“_ 4 punct PUNCT `` “
drift_ 1 oprd NOUN NN drift
”_ 4 punct PUNCT '' ”
: 1 punct PUNCT : :
prices 8 nsubj NOUN NNS price
creep 1 parataxis VERB VBP creep
up 8 prt ADP RP up
. 1 punct PUNCT . .
"""

OFFICIALS = """
Officials_ 0 ROOT NOUN NNS official
: 0 punct PUNCT : :
the 3 det DET DT the
bridge 5 nsubj NOUN NN bridge
will 5 aux AUX MD will
reopen 0 appos VERB VB reopen
. 0 punct PUNCT . .
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(SENATOR, True), (OFFICIALS, True), (RESULT, False), (AT_ISSUE, False), (CALL_IT, False)],
)
def test_speaker_like(rows, expected):
    """A name or a person noun may speak; a lead-in or a clause with its own complement may not."""
    doc = parse(rows)
    colon = next(t.i for t in doc if t.text == ":")
    assert speaker_like(doc[0:colon]) is expected


@pytest.mark.parametrize(("rows", "claims"), [(SENATOR, 1), (OFFICIALS, 1), (RESULT, 0), (AT_ISSUE, 0), (CALL_IT, 0)])
def test_label_claims_need_a_speaker(rows, claims):
    """Only a speaker-like label gives a label claim."""
    doc = parse(rows)
    assert len(label_claims(doc, doc.text)) == claims


def test_capitals_stay_labels():
    """A label in capitals is a transcript's or an interview's ("Q:", "MARLOWE:"), whatever its part of speech."""
    doc = parse(
        """
        A_ 0 ROOT DET DT a
        : 0 punct PUNCT : :
        we 3 nsubj PRON PRP we
        waited 0 appos VERB VBD wait
        . 0 punct PUNCT . .
        """
    )
    assert speaker_like(doc[0:1])


# Invented passages on the model --------------------------------------------------

# (text, the words after the colon, whether they are a label claim)
PASSAGES = [
    ("Senator Ada Morrow: The levy will not pass this year.", "The levy will not pass this year", True),
    ("Poll: most voters back the new ferry timetable.", "most voters back the new ferry timetable", True),
    ("Harbour officials: the pier will reopen in the spring.", "the pier will reopen in the spring", True),
    ("The result: fares went up twice in one year.", "fares went up twice in one year", False),
    ("A reminder: the depot closes early on Fridays.", "the depot closes early on Fridays", False),
    ("At issue: a levy on every boat that moors overnight.", "a levy on every boat that moors overnight", False),
    ("One conclusion: the old rota never worked.", "the old rota never worked", False),
    ("Grocers call it “price creep”: the same tins at a higher price.", "the same tins at a higher price", False),
    ("Grocers have a word for it, “creep”: prices edge up every week.", "prices edge up every week", False),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "content", "claim"), PASSAGES, ids=[t[:20] for t, _, _ in PASSAGES])
def test_label_lines(nlp, text, content, claim):
    """A speaker's label attributes the line; a lead-in or a clause before the colon does not."""
    extraction = quoteextract.extract(text, nlp)
    found = any(q.rule == "claim.colon" and content in q.text for q in extraction.quotes)
    assert found is claim


@pytest.mark.model
def test_next_sentence_keeps_its_own_claim(nlp):
    """A colon after a clause no longer swallows the next sentence's attribution."""
    text = "Grocers call it “price creep”: the same tins at a higher price. Ruth Okoro said shoppers had noticed."
    extraction = quoteextract.extract(text, nlp)
    start = text.index("shoppers had noticed")
    assert any(
        q.start <= start < q.end and q.speaker is not None and q.speaker.text == "Ruth Okoro" for q in extraction.quotes
    )
