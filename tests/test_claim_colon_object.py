"""claim.colon_object: a speech verb's or noun's object stands in for the content after a colon (session 14)."""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

TOLD_TWO_THINGS = """
The       1 det    DET   DT  the
chief     2 amod   ADJ   JJ  chief
executive 3 nsubj  NOUN  NN  executive
told      3 ROOT   VERB  VBD tell
analysts  3 dative NOUN  NNS analyst
two       6 nummod NUM   CD  two
things    3 dobj   NOUN  NNS thing
:         3 punct  PUNCT :   :
sales     10 nsubj NOUN  NNS sale
had       10 aux   AUX   VBD have
peaked    6 acl    VERB  VBN peak
.         3 punct  PUNCT .   .
"""

GAVE_A_WARNING = """
Police  1 nsubj  NOUN  NNS police
gave    1 ROOT   VERB  VBD give
drivers 1 dative NOUN  NNS driver
a       5 det    DET   DT  a
clear   5 amod   ADJ   JJ  clear
warning 1 dobj   NOUN  NN  warning
:       1 punct  PUNCT :   :
stay    1 advcl  VERB  VB  stay
off     7 prep   ADP   IN  off
the     10 det   DET   DT  the
road    8 pobj   NOUN  NN  road
.       1 punct  PUNCT .   .
"""

SAID_THINGS_WERE_NEEDED = """
The    1 det    DET   DT  the
report 2 nsubj  NOUN  NN  report
said   2 ROOT   VERB  VBD say
three  4 nummod NUM   CD  three
things 6 nsubjpass NOUN NNS thing
were   6 auxpass AUX  VBD be
needed 2 ccomp  VERB  VBN need
:      6 punct  PUNCT :   :
money  6 dobj   NOUN  NN  money
and    8 cc     CCONJ CC  and
time   8 conj   NOUN  NN  time
.      2 punct  PUNCT .   .
"""


def _claims(rows: str, **switches: list[str]) -> list[tuple[str, str, str]]:
    article = Article.build(parse(rows), rules.as_rule_set(**switches))
    return [(c.content.text, c.rule, c.cue.text) for c in find_claims(article)]


def test_a_placeholder_object_announces_the_words_after_the_colon() -> None:
    """In "told analysts two things: sales had peaked" the words after the colon are reported, not as a label."""
    assert _claims(TOLD_TWO_THINGS) == [("sales had peaked", "claim.colon_object", "told")]


def test_a_speech_noun_object_announces_the_words_after_the_colon() -> None:
    """In "gave drivers a clear warning: stay off the road" the noun is the cue, its verb's subject the source."""
    assert _claims(GAVE_A_WARNING) == [("stay off the road", "claim.colon_object", "warning")]


def test_a_clause_before_the_colon_is_the_content() -> None:
    """In "said three things were needed: ..." a verb before the colon makes the clause the content."""
    assert all(rule != "claim.colon_object" for _, rule, _ in _claims(SAID_THINGS_WERE_NEEDED))


def test_switched_off_the_words_fall_to_the_label_line() -> None:
    """Without the frame, "told analysts two things:" reports nothing of its own."""
    assert all(rule != "claim.colon_object" for _, rule, _ in _claims(TOLD_TWO_THINGS, disable=["claim.colon_object"]))


SET_OFF_A_ROW = """
The        1 det    DET   DT  the
revelation 2 nsubj  NOUN  NN  revelation
set        2 ROOT   VERB  VBD set
off        2 prt    ADP   RP  off
a          5 det    DET   DT  a
row        2 dobj   NOUN  NN  row
:          2 punct  PUNCT :   :
Republicans 8 nsubj PROPN NNPS Republicans
said       2 parataxis VERB VBD say
it         10 nsubj PRON  PRP it
mattered   8 ccomp  VERB  VBD matter
.          2 punct  PUNCT .   .
"""


def test_words_with_their_own_attribution_are_not_the_colon_object():
    """In "... set off a row: Republicans said it mattered" the words after the colon report someone else."""
    assert _claims(SET_OFF_A_ROW, enable=["claim.colon_object"]) == [("it mattered", "claim.ccomp", "said")]
