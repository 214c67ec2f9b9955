"""Refusals to speak and the perception sense of "see": claims that report no words.

Rule tests run on hand-built parses (the parse is stated); the model tests run
invented sentences, in several phrasings, through the whole pipeline.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

DECLINED_TO_COMMENT = """
The        1 det   DET   DT  the
contractor 2 nsubj NOUN  NN  contractor
declined   2 ROOT  VERB  VBD decline
to         4 aux   PART  TO  to
comment    2 xcomp VERB  VB  comment
.          2 punct PUNCT .   .
"""

DECLINED_TO_COMMENT_ON_THE_SALE = """
The        1 det   DET   DT  the
contractor 2 nsubj NOUN  NN  contractor
declined   2 ROOT  VERB  VBD decline
to         4 aux   PART  TO  to
comment    2 xcomp VERB  VB  comment
on         4 prep  ADP   IN  on
the        7 det   DET   DT  the
sale       5 pobj  NOUN  NN  sale
.          2 punct PUNCT .   .
"""

DID_NOT_RESPOND_TO_REQUESTS = """
The      1 det   DET   DT  the
bakery   4 nsubj NOUN  NN  bakery
did      4 aux   AUX   VBD do
not      4 neg   PART  RB  not
respond  4 ROOT  VERB  VB  respond
to       4 prep  ADP   IN  to
requests 5 pobj  NOUN  NNS request
for      6 prep  ADP   IN  for
comment  7 pobj  NOUN  NN  comment
.        4 punct PUNCT .   .
"""

DID_NOT_RESPOND_TO_THE_CHARGES = """
The      1 det   DET   DT  the
bakery   4 nsubj NOUN  NN  bakery
did      4 aux   AUX   VBD do
not      4 neg   PART  RB  not
respond  4 ROOT  VERB  VB  respond
to       4 prep  ADP   IN  to
the      7 det   DET   DT  the
charges  5 pobj  NOUN  NNS charge
.        4 punct PUNCT .   .
"""

REFUSED_TO_SAY_WHEN = """
The      1 det    DET   DT  the
council  2 nsubj  NOUN  NN  council
refused  2 ROOT   VERB  VBD refuse
to       4 aux    PART  TO  to
say      2 xcomp  VERB  VB  say
when     9 advmod SCONJ WRB when
the      7 det    DET   DT  the
pool     9 nsubj  NOUN  NN  pool
would    9 aux    AUX   MD  will
reopen   4 ccomp  VERB  VB  reopen
.        2 punct  PUNCT .   .
"""

REFUSED_TO_PAY = """
The      1 det   DET   DT  the
builder  2 nsubj NOUN  NN  builder
refused  2 ROOT  VERB  VBD refuse
to       4 aux   PART  TO  to
pay      2 xcomp VERB  VB  pay
the      6 det   DET   DT  the
fine     4 dobj  NOUN  NN  fine
.        2 punct PUNCT .   .
"""

SAW_THE_SMOKE = """
Neighbours 1 nsubj NOUN  NNS neighbour
saw        1 ROOT  VERB  VBD see
the        3 det   DET   DT  the
smoke      1 dobj  NOUN  NN  smoke
.          1 punct PUNCT .   .
"""

SEE_THE_LEVY_AS_A_THREAT = """
Farmers 1 nsubj NOUN  NNS farmer
see     1 ROOT  VERB  VBP see
the     4 det   DET   DT  the
new     4 amod  ADJ   JJ  new
levy    1 dobj  NOUN  NN  levy
as      1 prep  ADP   IN  as
a       7 det   DET   DT  a
threat  5 pobj  NOUN  NN  threat
.       1 punct PUNCT .   .
"""

SEE_LITTLE_CHANCE = """
Analysts 1 nsubj NOUN  NNS analyst
see      1 ROOT  VERB  VBP see
little   3 amod  ADJ   JJ  little
chance   1 dobj  NOUN  NN  chance
of       3 prep  ADP   IN  of
a        6 det   DET   DT  a
cut      4 pobj  NOUN  NN  cut
.        1 punct PUNCT .   .
"""


REFUSALS_ON = ("claim_filter.bare_refusal",)
"""The refusal check is opt-in: PolNeAR annotates bare refusals, kept as negated by default."""


def _claims(rows: str, *, enable=REFUSALS_ON, disable=()):
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set(enable, disable)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.content.text
    return [(c.rule, c.content.text, c.cue.text) for c in claims]


def test_a_refusal_to_comment_is_no_claim():
    """claim_filter.bare_refusal, switched on: "declined to comment" reports no words."""
    assert _claims(DECLINED_TO_COMMENT) == []


def test_a_withheld_comment_is_no_claim_by_default():
    """claim_filter.withheld_content (on by default, issue 11): the bare "to comment" is no claim.

    With it off as well (the PolNeAR convention), the refusal comes back as an infinitive claim.
    """
    assert _claims(DECLINED_TO_COMMENT, enable=()) == []
    back = _claims(DECLINED_TO_COMMENT, enable=(), disable=["claim_filter.withheld_content"])
    assert back == [("claim.xcomp", "to comment", "declined")]


def test_the_extractor_switches_the_withheld_content_filter_off():
    """With claim_filter.withheld_content off the bare refusal is a negated claim; bare_refusal drops it again."""
    rules_off = quoteextract.Extractor(disable=["claim_filter.withheld_content"]).rules
    (quote,) = quoteextract.analyse(parse(DECLINED_TO_COMMENT), rules=rules_off).quotes
    assert quote.rule == "claim.xcomp"
    assert quote.polarity == "negated"
    assert quoteextract.analyse(parse(DECLINED_TO_COMMENT)).quotes == ()
    rules_on = quoteextract.Extractor(enable=["claim_filter.bare_refusal"], disable=["claim_filter.withheld_content"])
    assert quoteextract.analyse(parse(DECLINED_TO_COMMENT), rules=rules_on.rules).quotes == ()


def test_no_response_to_a_request_for_comment_is_no_claim():
    """No response to "requests for comment": a request, not what was said."""
    assert _claims(DID_NOT_RESPOND_TO_REQUESTS) == []


def test_a_refusal_with_a_topic_stays_negated():
    """A refusal that names its topic stays a claim (PolNeAR annotates these), and it is negated."""
    assert _claims(DECLINED_TO_COMMENT_ON_THE_SALE) == [("claim.xcomp", "to comment on the sale", "declined")]
    assert _claims(REFUSED_TO_SAY_WHEN) == [("claim.xcomp", "to say when the pool would reopen", "refused")]
    assert _claims(DID_NOT_RESPOND_TO_THE_CHARGES) == [("claim.prep", "the charges", "respond")]
    for rows in (DECLINED_TO_COMMENT_ON_THE_SALE, REFUSED_TO_SAY_WHEN, DID_NOT_RESPOND_TO_THE_CHARGES):
        (quote,) = quoteextract.analyse(parse(rows)).quotes
        assert quote.polarity == "negated"


def test_a_refusal_to_act_is_not_a_refusal_to_speak():
    """Refusing to pay a fine is no refusal to speak: the filter leaves it (an intention, negated)."""
    assert _claims(REFUSED_TO_PAY) == [("claim.xcomp", "to pay the fine", "refused")]


def test_seeing_a_thing_is_no_claim():
    """claim_filter.seen_thing: "Neighbours saw the smoke." is perception, not a view."""
    assert _claims(SAW_THE_SMOKE) == []
    assert _claims(SAW_THE_SMOKE, disable=["claim_filter.seen_thing"]) == [("claim.dobj", "the smoke", "saw")]


def test_seeing_as_and_seeing_a_chance_are_views():
    """Seeing X as Y, or seeing little chance of Z, are beliefs and stay claims."""
    assert _claims(SEE_THE_LEVY_AS_A_THREAT) == [("claim.dobj", "the new levy as a threat", "see")]
    assert _claims(SEE_LITTLE_CHANCE) == [("claim.dobj", "little chance of a cut", "see")]


def _found(nlp, text, scope="attribution", enable=()):
    extractor = quoteextract.Extractor(nlp, scope=scope, enable=enable)
    return [(q.text, q.polarity) for q in extractor(text).quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for the depot declined to comment.",
        "The ferry operator did not respond to a request for comment.",
        "The bakery did not immediately respond to emails seeking comment.",
        "Asked about the closure, the principal declined to comment.",
        "When asked about the strike, Dara Quinn declined to elaborate.",
        "He would not comment further.",
        "Lena Park, who declined to be interviewed for this article, runs the shop.",
        "The hospital declined requests for an interview.",
    ],
)
def test_bare_refusals_on_the_model(nlp, text):
    """A refusal that names no topic: never in the speech scope, never asserted, and no claim with the check on."""
    assert _found(nlp, text, "speech") == []
    by_default = quoteextract.Extractor(nlp)(text).quotes  # the PolNeAR convention: kept, negated
    assert all(q.polarity == "negated" for q in by_default if q.cue_class != "question")
    for scope in ("attribution", "speech"):
        assert _found(nlp, text, scope, enable=REFUSALS_ON) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The mayor declined to comment. Two councillors said it had been rushed.", "it had been rushed"),
        ("A source, who did not want to be named, said the deal was off.", "the deal was off"),
        ("A nurse, who declined to give her name, said the ward was short of staff.", "the ward was short of staff"),
        ("The firm said the site was safe but declined to say more.", "the site was safe"),
        ("Police said a man had been arrested. They would not elaborate.", "a man had been arrested"),
    ],
)
def test_withheld_content_on_the_model(nlp, text, said):
    """claim_filter.withheld_content, by default: the refusal or the anonymity clause is no claim; the speech stays."""
    assert [content for content, _ in _found(nlp, text)] == [said]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "He refused to say whether the plant would close.",
        "She was expected to be named captain on Friday.",
        "The club declined to speak to reporters about the transfer.",
    ],
)
def test_refused_matters_and_roles_stay_on_the_model(nlp, text):
    """A refused matter, a role one is named to, or a topic: claim_filter.withheld_content leaves them."""
    assert _found(nlp, text) == _found(nlp, text, enable=()) != []
    rules_off = ["claim_filter.withheld_content"]
    assert _found(nlp, text) == [
        (q.text, q.polarity) for q in quoteextract.Extractor(nlp, disable=rules_off)(text).quotes
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruth Okoro, the owner, declined to comment on the sale.", "to comment on the sale"),
        ("The council refused to say how much the repairs had cost.", "to say how much the repairs had cost"),
        ("The minister has not responded to the criticism.", "the criticism"),
    ],
)
def test_refusals_with_a_topic_on_the_model(nlp, text, content):
    """A refusal about something stays in the attribution scope as negated, and never in the speech scope."""
    assert _found(nlp, text) == [(content, "negated")]
    assert _found(nlp, text, "speech") == []


@pytest.mark.model
def test_a_refusal_keeps_the_quote_next_to_it(nlp):
    """The positive control: the words someone did say are still found next to a refusal."""
    text = "The contractor declined to comment. “We are still waiting for the engineers,” said Tomas Berg."
    for scope in ("attribution", "speech"):
        quotes = quoteextract.Extractor(nlp, scope=scope, enable=REFUSALS_ON)(text).quotes
        assert [q.text.strip(",") for q in quotes] == ["We are still waiting for the engineers"]
    assert [q.text for q in quoteextract.extract(text, nlp, scope="speech").quotes] == [
        "We are still waiting for the engineers,"
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Neighbours saw the smoke from the hill.",
        "The harbour has seen a sharp rise in cruise traffic.",
        "Visitors can see the damage from the road.",
    ],
)
def test_seeing_things_on_the_model(nlp, text):
    """Seeing a thing or an event is no claim."""
    assert _found(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Farmers see the new levy as a threat to small dairies.", "the new levy as a threat to small dairies"),
        ("Analysts see little chance of a rate cut.", "little chance of a rate cut"),
    ],
)
def test_seeing_views_on_the_model(nlp, text, content):
    """Seeing something as something, or seeing a chance, stays a belief claim."""
    assert [t for t, _ in _found(nlp, text)] == [content]


ALLOWED_THE_VAN_TO_LEAVE = """
The     1 det   DET   DT  the
guard   2 nsubj NOUN  NN  guard
allowed 2 ROOT  VERB  VBD allow
the     4 det   DET   DT  the
van     6 nsubj NOUN  NN  van
to      6 aux   PART  TO  to
leave   2 ccomp VERB  VB  leave
.       2 punct PUNCT .   .
"""

IS_FOCUSED_ON_BREAD = """
The     1 det     DET   DT  the
bakery  3 nsubjpass NOUN NN bakery
is      3 auxpass AUX   VBZ be
focused 3 ROOT    VERB  VBN focus
on      3 prep    ADP   IN  on
bread   4 pobj    NOUN  NN  bread
.       3 punct   PUNCT .   .
"""

HAS_FOCUSED_ON_REPAIRS = """
The     1 det   DET   DT  the
council 3 nsubj NOUN  NN  council
has     3 aux   AUX   VBZ have
focused 3 ROOT  VERB  VBN focus
on      3 prep  ADP   IN  on
repairs 4 pobj  NOUN  NNS repair
.       3 punct PUNCT .   .
"""


def _claims_enabled(rows: str, enable=()):
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set(enable, ())))
    return [(c.rule, c.content.text, c.cue.text) for c in claims]


def test_permission_is_off_by_default_and_drops_when_enabled():
    """claim_filter.permission (opt-in): "allowed the van to leave" grants, it reports no view."""
    assert _claims(ALLOWED_THE_VAN_TO_LEAVE) == [("claim.ccomp", "the van to leave", "allowed")]
    assert _claims_enabled(ALLOWED_THE_VAN_TO_LEAVE, ["claim_filter.permission"]) == []


def test_focused_as_a_state_is_no_claim():
    """claim_filter.focused_state: "is focused on bread" describes; "has focused on repairs" stays."""
    assert _claims(IS_FOCUSED_ON_BREAD) == []
    assert _claims(IS_FOCUSED_ON_BREAD, disable=["claim_filter.focused_state"]) == [("claim.prep", "bread", "focused")]
    assert _claims(HAS_FOCUSED_ON_REPAIRS) == [("claim.prep", "repairs", "focused")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The guard allowed the van to leave the depot.", False),
        ("The new rules allow cyclists to use the bus lane.", False),
        ("The mayor allowed that some of the critics had a point.", True),
    ],
)
def test_permission_on_the_model(nlp, text, kept):
    """With the permission filter on, permissions give no claim; a conceded "that" clause stays."""
    extractor = quoteextract.Extractor(nlp, enable=["claim_filter.permission"])
    assert bool(extractor(text).quotes) is kept


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The bakery is focused on bread for schools.", False),
        ("An ad focused on housing ran all week.", False),
        ("In her speech, the mayor focused on housing.", True),
        ("The council has focused on repairs since May.", True),
    ],
)
def test_focused_on_the_model(nlp, text, kept):
    """Being focused on something is a state and gives no claim; an act of focusing stays."""
    assert bool(quoteextract.extract(text, nlp).quotes) is kept
