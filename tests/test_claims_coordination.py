"""Claims next to a second attribution of the same speaker, on hand-built parses.

The small parsers hang the reporter's additions under the content clause
instead of the cue: "but did not say ..." coordinated with the reported verb,
", claiming that ..." as an adverbial clause of it. The content stops before
them, and they make claims of their own with the cue's speaker.
"""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution._verbs import cue_shaped_conj, finite_tag, reporting_cue
from quoteextract.stages.claims import find_claims

BUT_DID_NOT_SAY = """
The    1  det    DET   DT  the
mayor  2  nsubj  NOUN  NN  mayor
said   2  ROOT   VERB  VBD say
she    5  nsubj  PRON  PRP she
would  5  aux    AUX   MD  would
back   2  ccomp  VERB  VB  back
the    7  det    DET   DT  the
plan   5  dobj   NOUN  NN  plan
but    5  cc     CCONJ CC  but
did    11 aux    AUX   VBD do
not    11 neg    PART  RB  not
say    5  conj   VERB  VB  say
when   16 advmod SCONJ WRB when
the    14 det    DET   DT  the
vote   16 nsubj  NOUN  NN  vote
would  16 aux    AUX   MD  would
be     11 ccomp  AUX   VB  be
.      2  punct  PUNCT .   .
"""

SAME_TENSE_AS_CONTENT = """
She     1  nsubj  PRON  PRP she
said    1  ROOT   VERB  VBD say
the     3  det    DET   DT  the
council 5  nsubj  NOUN  NN  council
had     5  aux    AUX   VBD have
rejected 1 ccomp  VERB  VBN reject
the     7  det    DET   DT  the
plan    5  dobj   NOUN  NN  plan
and     5  cc     CCONJ CC  and
had     10 aux    AUX   VBD have
praised 5  conj   VERB  VBN praise
the     12 det    DET   DT  the
mayor   10 dobj   NOUN  NN  mayor
.       1  punct  PUNCT .   .
"""

CLAIMING_AFTER_THE_MARK = """
The      1  det    DET   DT  the
union    2  nsubj  NOUN  NN  union
insisted 2  ROOT   VERB  VBD insist
that     5  mark   SCONJ IN  that
wages    5  nsubj  NOUN  NNS wage
were     2  ccomp  AUX   VBD be
“_       8  punct  PUNCT ``  “
too      8  advmod ADV   RB  too
low_     5  acomp  ADJ   JJ  low
,_       5  punct  PUNCT ,   ,
”        5  punct  PUNCT ''  ”
claiming 5  advcl  VERB  VBG claim
that     14 mark   SCONJ IN  that
members  14 nsubj  NOUN  NNS member
lost     11 ccomp  VERB  VBD lose
pay      14 dobj   NOUN  NN  pay
.        2  punct  PUNCT .   .
"""

SAID_AND_ADDED = """
The       1  det    DET   DT  the
inspector 2  nsubj  NOUN  NN  inspector
said      2  ROOT   VERB  VBD say
the       4  det    DET   DT  the
bridge    5  nsubj  NOUN  NN  bridge
was       2  ccomp  AUX   VBD be
unsafe    5  acomp  ADJ   JJ  unsafe
and       5  cc     CCONJ CC  and
added     5  conj   VERB  VBD add
that      12 mark   SCONJ IN  that
repairs   12 nsubj  NOUN  NNS repair
would     12 aux    AUX   MD  would
take      8  ccomp  VERB  VB  take
a         14 det    DET   DT  a
year      12 npadvmod NOUN NN year
.         2  punct  PUNCT .   .
"""

BUT_WOULD_NOW = """
He       1  nsubj  PRON  PRP he
said     1  ROOT   VERB  VBD say
he       4  nsubj  PRON  PRP he
was      4  aux    AUX   VBD be
cheering 1  ccomp  VERB  VBG cheer
for      4  prep   ADP   IN  for
Leeds    5  pobj   PROPN NNP Leeds
but      1  cc     CCONJ CC  but
would    10 aux    AUX   MD  would
now      10 advmod ADV   RB  now
back     1  conj   VERB  VB  back
Hull     10 dobj   PROPN NNP Hull
.        1  punct  PUNCT .   .
"""


def _summary(rows: str):
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set()))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.cue.text, c.speaker.text if c.speaker else None) for c in claims]


def test_a_coordinated_cue_in_the_cues_tense_is_a_second_claim_of_the_same_speaker():
    """Said she would back the plan but did not say when ...: two claims, both the mayor's."""
    assert _summary(BUT_DID_NOT_SAY) == [
        ("she would back the plan", "said", "The mayor"),
        ("when the vote would be", "say", "The mayor"),
    ]


def test_a_coordinated_verb_in_the_contents_tense_goes_on_with_the_claim():
    """Said the council had rejected the plan and had praised the mayor: one claim (both verbs the council's)."""
    assert _summary(SAME_TENSE_AS_CONTENT) == [
        ("the council had rejected the plan and had praised the mayor", "said", "She"),
    ]


def test_a_participle_after_a_closing_quote_mark_is_the_reporters_adjunct():
    """'insisted that wages were “too low,” claiming that ...': the content ends at the mark; the union claims."""
    summary = _summary(CLAIMING_AFTER_THE_MARK)
    assert summary == [
        ("wages were “too low,”", "insisted", "The union"),
        ("members lost pay", "claiming", "The union"),
    ]


def test_verb_group_helpers():
    """The finite form is the auxiliary's; only the tense-shaped conjunct and the adjunct borrow the cue."""
    doc = parse(BUT_DID_NOT_SAY)
    said, back, say = doc[2], doc[5], doc[11]
    assert (finite_tag(said), finite_tag(back), finite_tag(say)) == ("VBD", "MD", "VBD")
    assert cue_shaped_conj(say, said)
    assert reporting_cue(say) == said
    assert reporting_cue(back) is None  # the content clause itself has a subject and no such head
    same = parse(SAME_TENSE_AS_CONTENT)
    assert not cue_shaped_conj(same[10], same[1])
    adjunct = parse(CLAIMING_AFTER_THE_MARK)
    assert reporting_cue(adjunct[11]) == adjunct[2]


def test_a_second_cue_hung_under_the_content_clause_has_the_cues_speaker():
    """Said the bridge was unsafe and added that ...: "added" hangs under "was", yet the inspector added it."""
    assert _summary(SAID_AND_ADDED) == [
        ("the bridge was unsafe", "said", "The inspector"),
        ("repairs would take a year", "added", "The inspector"),
    ]


def test_a_conjunct_of_the_cue_in_another_form_goes_on_with_the_content():
    """Said he was cheering for Leeds but would now back Hull: "would back" (``MD``) is not "said" (``VBD``)."""
    assert _summary(BUT_WOULD_NOW) == [("he was cheering for Leeds but would now back Hull", "said", "He")]


SAID_AND_THREE_QUARTERS_SAID = """
Most          1  amod   ADJ   JJS most
voters        2  nsubj  NOUN  NNS voter
said          2  ROOT   VERB  VBD say
the           4  det    DET   DT  the
mayor         5  nsubj  NOUN  NN  mayor
was           2  ccomp  AUX   VBD be
honest_       5  acomp  ADJ   JJ  honest
,             5  punct  PUNCT ,   ,
and           5  cc     CCONJ CC  and
a             10 det    DET   DT  a
third         11 nsubj  NOUN  NN  third
said          5  ccomp  VERB  VBD say
the           13 det    DET   DT  the
buses         14 nsubj  NOUN  NNS bus
were          11 ccomp  AUX   VBD be
late          14 acomp  ADJ   JJ  late
.             2  punct  PUNCT .   .
"""

SAID_AND_THAT_THEY_SAID = """
He       1  nsubj  PRON  PRP he
said     1  ROOT   VERB  VBD say
that     5  mark   SCONJ IN  that
the      4  det    DET   DT  the
mayor    5  nsubj  NOUN  NN  mayor
lied     1  ccomp  VERB  VBD lie
and      5  cc     CCONJ CC  and
that     10 mark   SCONJ IN  that
the      9  det    DET   DT  the
council  10 nsubj  NOUN  NN  council
said     5  conj   VERB  VBD say
nothing  10 dobj   PRON  NN  nothing
.        1  punct  PUNCT .   .
"""

SAID_BUT_DID_NOT_SAY_WHEN = """
Lee      1  nsubj  PROPN NNP Lee
said     1  ROOT   VERB  VBD say
the      3  det    DET   DT  the
pool     5  nsubj  NOUN  NN  pool
would    5  aux    AUX   MD  would
reopen_  1  ccomp  VERB  VB  reopen
,        1  punct  PUNCT ,   ,
but      1  cc     CCONJ CC  but
she      11 nsubj  PRON  PRP she
did      11 aux    AUX   VBD do
not      11 neg    PART  RB  not
say      1  conj   VERB  VB  say
when     11 advmod SCONJ WRB when
.        11 punct  PUNCT .   .
"""


def test_a_second_report_with_its_own_subject_after_and_is_its_own_claim():
    """Said the mayor was honest, and a third said ...: the parser hangs the second report in the first content."""
    assert _summary(SAID_AND_THREE_QUARTERS_SAID) == [
        ("the mayor was honest", "said", "Most voters"),
        ("the buses were late", "said", "a third"),
    ]


def test_a_coordinated_that_clause_is_part_of_the_content():
    """Said that the mayor lied and that the council said nothing: one claim, the second "that" keeps it reported."""
    assert _summary(SAID_AND_THAT_THEY_SAID) == [
        ("the mayor lied and that the council said nothing", "said", "He"),
    ]


def test_a_cue_coordinated_after_but_is_no_closing_attribution():
    """Said the pool would reopen, but she did not say when: "say" does not report the clause before it."""
    assert _summary(SAID_BUT_DID_NOT_SAY_WHEN) == [("the pool would reopen", "said", "Lee")]


REPORTED_CITING = """
The      1  det    DET   DT  the
paper    2  nsubj  NOUN  NN  paper
reported 2  ROOT   VERB  VBD report
,        4  punct  PUNCT ,   ,
citing   10 advcl  VERB  VBG cite
two      6  nummod NUM   CD  two
nurses_  4  dobj   NOUN  NNS nurse
,        10 punct  PUNCT ,   ,
that     10 mark   SCONJ IN  that
wards    10 nsubjpass NOUN NNS ward
closed   2  ccomp  VERB  VBD close
.        2  punct  PUNCT .   .
"""


def test_a_participle_before_the_content_is_a_relay_not_an_addition():
    """'reported, citing two nurses, that ...': "citing" does not borrow the paper as its speaker."""
    doc = parse(REPORTED_CITING)
    assert reporting_cue(doc[4]) is None


ACCUSED_WHILE_SAID = """
Lee     1  nsubj  PROPN NNP Lee
accused 1  ROOT   VERB  VBD accuse
Ana     1  dobj   PROPN NNP Ana
of      1  prep   ADP   IN  of
lying   3  pcomp  VERB  VBG lie
while   7  mark   SCONJ IN  while
Ana     7  nsubj  PROPN NNP Ana
said    4  advcl  VERB  VBD say
Lee     10 nsubj  PROPN NNP Lee
had     10 aux    AUX   VBD have
lied    7  ccomp  VERB  VBN lie
.       1  punct  PUNCT .   .
"""


def test_a_contrasting_report_hung_inside_the_content_is_its_own_claim():
    """Lee accused Ana of lying while Ana said ...: the parser hangs "said" under "lying"; two claims, two speakers."""
    assert _summary(ACCUSED_WHILE_SAID) == [
        ("Ana of lying", "accused", "Lee"),
        ("Lee had lied", "said", "Ana"),
    ]
