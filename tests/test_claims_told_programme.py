"""What a verb of telling reports when the parse hangs it on the one told (written in session 18).

"Sir Keith Mallory told the BBC's Today programme the situation was ...": with no "that", the small model may
make the programme the clausal complement of "told" and the told clause a dependent of it, so the claim and the
mixed quotation began with the addressee. The sentences are invented.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

from quoteextract.lang.en.syntax import clause_after_addressee

# "Ann Lee told the paper's podcast the plan was dead.": "podcast" read as the clause, "was" under it.
TOLD_PODCAST = """
Ann 1 compound PROPN NNP Ann
Lee 2 nsubj PROPN NNP Lee
told 2 ROOT VERB VBD tell
the 4 det DET DT the
paper 6 poss NOUN NN paper nospace
's 4 case PART POS 's
podcast 2 ccomp NOUN NN podcast
the 8 det DET DT the
plan 9 nsubj NOUN NN plan
was 6 ccomp AUX VBD be
dead 9 acomp ADJ JJ dead nospace
. 2 punct PUNCT . .
"""


def test_the_clause_under_the_addressee_is_what_was_told():
    """The verb under the noun, with its own subject after the noun, is the told clause."""
    doc = parse(TOLD_PODCAST)
    clause = clause_after_addressee(doc[2], doc[6])
    assert clause is not None and clause.i == 9


def test_a_noun_content_of_another_verb_is_left_alone():
    """Only verbs of telling have an addressee before their content."""
    doc = parse(TOLD_PODCAST.replace("told 2 ROOT VERB VBD tell", "said 2 ROOT VERB VBD say"))
    assert clause_after_addressee(doc[2], doc[6]) is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Sir Keith Mallory told the BBC's Today programme the situation was the worst he had seen.",
            "the situation was the worst he had seen",
        ),
        (
            "Sir Keith Mallory told the BBC's Today programme the situation was “the worst I have seen in 30 years”.",
            "the situation was “the worst I have seen in 30 years”",
        ),
        ("The mayor told the Evening Standard the plan was dead.", "the plan was dead"),
    ],
)
def test_the_content_starts_after_the_one_told(extractor, text, content):
    """On the model, the claim or mixed quotation starts at the told clause's subject, whatever the parse."""
    assert content in [q.content.text for q in extractor(text).quotes]
