"""Sense checks of the claim finder: anonymity requests and "according to" without a source.

Rule tests run on hand-built parses (the parse is stated); the model tests
run invented sentences in several phrasings through the whole pipeline.
"""

from __future__ import annotations

import pytest
from _handbuilt import hand_claims, parse

import quoteextract
from quoteextract.lang.en.senses import is_not_source

ASKED_NOT_TO_BE_NAMED = """
A      1  det       DET   DT  a
nurse  8  nsubj     NOUN  NN  nurse
who    3  nsubj     PRON  WP  who
asked  1  relcl     VERB  VBD ask
not    7  neg       PART  RB  not
to     7  aux       PART  TO  to
be     7  auxpass   AUX   VB  be
named  3  xcomp     VERB  VBN name
said   8  ROOT      VERB  VBD say
the    10 det       DET   DT  the
ward   11 nsubj     NOUN  NN  ward
closed 8  ccomp     VERB  VBD close
.      8  punct     PUNCT .   .
"""

ASKED_THAT_HER_NAME_BE_WITHHELD = """
She      1 nsubj     PRON  PRP she
asked    1 ROOT      VERB  VBD ask
that     6 mark      SCONJ IN  that
her      4 poss      PRON  PRP$ her
name     6 nsubjpass NOUN  NN  name
be       6 auxpass   AUX   VB  be
withheld 1 ccomp     VERB  VBN withhold
.        1 punct     PUNCT .   .
"""

ASKED_THEM_TO_NAME_A_CHAIR = """
She       1 nsubj PRON  PRP she
asked     1 ROOT  VERB  VBD ask
them      4 nsubj PRON  PRP they
to        4 aux   PART  TO  to
name      1 ccomp VERB  VB  name
a         6 det   DET   DT  a
chair     4 dobj  NOUN  NN  chair
.         1 punct PUNCT .   .
"""

ACCORDING_TO_PLAN = """
According 5 prep  VERB  VBG accord
to        0 prep  ADP   IN  to
plan      1 pobj  NOUN  NN  plan
,         5 punct PUNCT ,   ,
work      5 nsubj NOUN  NN  work
began     5 ROOT  VERB  VBD begin
.         5 punct PUNCT .   .
"""

ACCORDING_TO_THE_MINISTRY = """
According 6 prep  VERB  VBG accord
to        0 prep  ADP   IN  to
the       3 det   DET   DT  the
ministry  1 pobj  NOUN  NN  ministry
,         6 punct PUNCT ,   ,
work      6 nsubj NOUN  NN  work
began     6 ROOT  VERB  VBD begin
.         6 punct PUNCT .   .
"""


def test_a_request_not_to_be_named_is_no_claim():
    """claim_filter.anonymity_request: "who asked not to be named" reports nothing; the nurse's words stay."""
    assert hand_claims(ASKED_NOT_TO_BE_NAMED) == [("claim.ccomp", "the ward closed", "said")]


def test_the_anonymity_filter_can_be_switched_off():
    """With claim_filter.anonymity_request off, the request comes back as a claim."""
    found = hand_claims(ASKED_NOT_TO_BE_NAMED, disable=["claim_filter.anonymity_request"])
    assert ("claim.xcomp", "not to be named", "asked") in found


def test_a_request_that_a_name_be_withheld_is_no_claim():
    """A request that her name be withheld is about the name, not content."""
    assert hand_claims(ASKED_THAT_HER_NAME_BE_WITHHELD) == []


def test_a_request_to_name_someone_is_still_a_claim():
    """Asking them to name a chair is what was asked (naming someone else), so it stays."""
    assert hand_claims(ASKED_THEM_TO_NAME_A_CHAIR) == [("claim.ccomp", "them to name a chair", "asked")]


def test_according_to_a_plan_is_no_source():
    """claim_filter.not_a_source: "According to plan, work began." attributes nothing."""
    assert hand_claims(ACCORDING_TO_PLAN) == []
    assert hand_claims(ACCORDING_TO_PLAN, disable=["claim_filter.not_a_source"]) == [
        ("claim.according_to", "work began", "According to")
    ]


def test_according_to_a_source_is_a_claim():
    """According to the ministry, work began: a source, so a claim."""
    assert hand_claims(ACCORDING_TO_THE_MINISTRY) == [("claim.according_to", "work began", "According to")]


def test_the_extractor_switches_a_sense_filter_off():
    """Extractor(disable=["claim_filter.not_a_source"]) really switches the filter off in the pipeline."""
    assert quoteextract.analyse(parse(ACCORDING_TO_PLAN)).quotes == ()
    rules_off = quoteextract.Extractor(disable=["claim_filter.not_a_source"]).rules
    quotes = quoteextract.analyse(parse(ACCORDING_TO_PLAN), rules=rules_off).quotes
    assert [q.rule for q in quotes] == ["claim.according_to"]


@pytest.mark.parametrize(("lemma", "not_source"), [("plan", True), ("Schedule", True), ("report", False)])
def test_not_sources(lemma, not_source):
    """Plans and rules are no source of an "according to" phrase; reports are."""
    assert is_not_source(lemma) is not_source


def _found(nlp, text, scope="attribution"):
    return [(q.text, q.cue.text if q.cue else None) for q in quoteextract.extract(text, nlp, scope=scope).quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A nurse who asked not to be named said the ward had been closed for a week.",
        "A porter, who asked not to be identified, said the lifts had failed again.",
        "One driver, who asked that his name be withheld, said the depot had flooded twice.",
        "A cleaner who asked that her name not be used said the showers were cold.",
    ],
)
def test_anonymity_requests_on_the_model(nlp, text):
    """Anonymity requests give no claim in either scope; the speaker's words are still found."""
    for scope in ("attribution", "speech"):
        found = _found(nlp, text, scope)
        assert len(found) == 1, found
        assert "name" not in found[0][0] and "identified" not in found[0][0]
        assert found[0][1] == "said"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ferry left at noon according to schedule.",
        "According to plan, the first trains ran on Monday.",
        "The seats were sorted according to age.",
    ],
)
def test_according_to_without_a_source_on_the_model(nlp, text):
    """According to plan, schedule or age attributes nothing."""
    assert _found(nlp, text) == []


@pytest.mark.model
def test_according_to_a_source_on_the_model(nlp):
    """The positive control: "according to the ministry" and "according to figures" stay claims."""
    assert _found(nlp, "According to the ministry, the trains will run on Monday.") == [
        ("the trains will run on Monday", "According to")
    ]
    assert len(_found(nlp, "Prices rose sharply last year, according to figures from the port.")) == 1


THATS_ACCORDING_TO_THE_REPORT = """
Costs     1 nsubj PRON  NNS cost
rose      1 ROOT  VERB  VBD rise
.         1 punct PUNCT .   .
That_     4 nsubj PRON  DT  that
's        4 ROOT  AUX   VBZ be
according 4 prep  VERB  VBG accord
to        5 prep  ADP   IN  to
the       8 det   DET   DT  the
report    6 pobj  NOUN  NN  report
.         4 punct PUNCT .   .
"""


def test_thats_according_to_reports_the_sentence_before():
    """A pronoun before "according to" points back: the sentence before is the content."""
    assert hand_claims(THATS_ACCORDING_TO_THE_REPORT) == [("claim.according_to", "Costs rose", "according to")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The port handled 4 million tonnes last year.\n\nThat's according to its annual report.", "The port"),
        ("Turnout fell by a third in the north. That is according to early county results.", "Turnout fell"),
        ("The clinic saw 900 patients in May. That was according to the health board.", "The clinic"),
    ],
)
def test_thats_according_to_on_the_model(nlp, text, content):
    """A wire's "That's according to X." reports the sentence before it, in both scopes."""
    for scope in ("attribution", "speech"):
        found = _found(nlp, text, scope)
        assert len(found) == 1 and found[0][0].startswith(content), found
        assert found[0][1].lower() == "according to"


CALLED_FOR_THE_COUNCIL_TO_REOPEN = """
The     1 det    DET   DT  the
mayor   2 nsubj  NOUN  NN  mayor
called  2 ROOT   VERB  VBD call
for     7 mark   SCONJ IN  for
the     5 det    DET   DT  the
council 7 nsubj  NOUN  NN  council
to      7 aux    PART  TO  to
reopen  2 advcl  VERB  VB  reopen
the     9 det    DET   DT  the
pool    7 dobj   NOUN  NN  pool
.       2 punct  PUNCT .   .
"""


def test_called_for_someone_to_act_reports_the_infinitive():
    """claim.prep: "called for the council to reopen the pool", with "for" parsed as a mark, reports the request."""
    assert hand_claims(CALLED_FOR_THE_COUNCIL_TO_REOPEN) == [("claim.prep", "the council to reopen the pool", "called")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor is calling for the council to reopen the pool.", "the council to reopen the pool"),
        ("Residents have pushed for the city to build a new school.", "the city to build a new school"),
        ("Officials called for all schools to close early on Friday.", "all schools to close early on Friday"),
    ],
)
def test_requests_for_someone_to_act_on_the_model(nlp, text, content):
    """Requests with "for X to ..." are found: what is asked for is the claim."""
    found = _found(nlp, text)
    assert [f[0] for f in found] == [content]


MOST_SAID_YES = """
Most   1 amod  ADJ   JJS most
voters 2 nsubj NOUN  NNS voter
said   2 ROOT  VERB  VBD say
yes    2 intj  INTJ  UH  yes
.      2 punct PUNCT .   .
"""


def test_a_yes_or_no_is_what_was_said():
    """claim.answer: "Most voters said yes." reports the answer; switched off, there is no claim."""
    assert hand_claims(MOST_SAID_YES) == [("claim.answer", "yes", "said")]
    assert hand_claims(MOST_SAID_YES, disable=["claim.answer"]) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Asked if the pool should reopen, 60 percent of residents said yes.", "yes"),
        ("The coach said no to the transfer.", "no to the transfer"),
        ("When the board asked whether she would stay, Ms. Ruiz said no.", "no"),
    ],
)
def test_answers_on_the_model(nlp, text, content):
    """A bare "yes"/"no" after a speech verb is the claim, and its polarity is not negated."""
    (quote,) = [q for q in quoteextract.extract(text, nlp).quotes if q.rule == "claim.answer"]
    assert quote.text == content
    assert quote.polarity == "asserted"


COSTS_WILL_RISE_SHE_TOLD_THE_PAPER = """
Costs  2 nsubj PRON  NNS cost
will   2 aux   AUX   MD  will
rise   5 ccomp VERB  VB  rise
,      5 punct PUNCT ,   ,
she    5 nsubj PRON  PRP she
told   5 ROOT  VERB  VBD tell
the    7 det   DET   DT  the
paper  5 dobj  NOUN  NN  paper
.      5 punct PUNCT .   .
"""


def test_a_closing_tell_with_its_addressee_reports_the_clause_before():
    """In a closing "she told the paper" the object of "tell" is the one told, not the content."""
    assert hand_claims(COSTS_WILL_RISE_SHE_TOLD_THE_PAPER) == [("claim.parataxis", "Costs will rise", "told")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The delay will cost about two million, Ines Dalton told the planning committee.", "The delay will cost"),
        ("The pool will reopen in May, the mayor told reporters on Tuesday.", "The pool will reopen in May"),
        ("The roof is safe, an engineer told the council.", "The roof is safe"),
    ],
)
def test_closing_tell_on_the_model(nlp, text, content):
    """A closing "X told Y" reports the clause before it, in both scopes, with X as the source."""
    for scope in ("attribution", "speech"):
        (quote,) = quoteextract.extract(text, nlp, scope=scope).quotes
        assert quote.text.startswith(content)
        assert quote.cue is not None and quote.cue.text == "told"
        assert quote.speaker is not None and quote.speaker.text != "reporters"
