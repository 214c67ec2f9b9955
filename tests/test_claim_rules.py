"""The claim frames and filters, one by one, on hand-built parses (no model: the parse is stated)."""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract import rules
from quoteextract._model import Cue
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims
from quoteextract.stages.claims.frames import REPORTED_AS, Found

SAID_THE_TALKS = """
The      1 det    DET   DT  the
ministry 2 nsubj  NOUN  NN  ministry
said     2 ROOT   VERB  VBD say
the      4 det    DET   DT  the
talks    6 nsubj  NOUN  NNS talk
would    6 aux    AUX   MD  would
resume   2 ccomp  VERB  VB  resume
.        2 punct  PUNCT .   .
"""

RATES_THE_BANK_PREDICTED = """
Rates     2 nsubj NOUN  NNS rate
will      2 aux   AUX   MD  will
rise      6 ccomp VERB  VB  rise
,         6 punct PUNCT ,   ,
the       5 det   DET   DT  the
bank      6 nsubj NOUN  NN  bank
predicted 6 ROOT  VERB  VBD predict
.         6 punct PUNCT .   .
"""

ACCORDING_TO_THE_REPORT = """
According 6 prep  VERB  VBG accord
to        0 prep  ADP   IN  to
the       3 det   DET   DT  the
report    1 pobj  NOUN  NN  report
,         6 punct PUNCT ,   ,
growth    6 nsubj NOUN  NN  growth
slowed    6 ROOT  VERB  VBD slow
.         6 punct PUNCT .   .
"""

CRITICISM_OF_A_NAME = """
There     1 expl     PRON  EX  there
was       1 ROOT     AUX   VBD be
criticism 1 attr     NOUN  NN  criticism
of        2 prep     ADP   IN  of
John      5 compound PROPN NNP John
Miller    3 pobj     PROPN NNP Miller
.         1 punct    PUNCT .   .
"""

TALK_ABOUT_A_NAME = """
Talk      4 nsubj    NOUN  NN  talk
about     0 prep     ADP   IN  about
John      3 compound PROPN NNP John
Miller    1 pobj     PROPN NNP Miller
dominated 4 ROOT     VERB  VBD dominate
the       6 det      DET   DT  the
evening   4 dobj     NOUN  NN  evening
.         4 punct    PUNCT .   .
"""

COMMENTED_ON_A_DATE = """
The       1 det   DET   DT  the
senator   2 nsubj NOUN  NN  senator
commented 2 ROOT  VERB  VBD comment
on        2 prep  ADP   IN  on
Wednesday 3 pobj  PROPN NNP Wednesday
.         2 punct PUNCT .   .
"""

CRITICIZED_THE_PLAN = """
The        1 det   DET   DT  the
mayor      2 nsubj NOUN  NN  mayor
criticized 2 ROOT  VERB  VBD criticize
the        4 det   DET   DT  the
plan       2 dobj  NOUN  NN  plan
.          2 punct PUNCT .   .
"""

REJECTED_BY_THE_COUNCIL = """
The      1 det       DET   DT  the
plan     3 nsubjpass NOUN  NN  plan
was      3 auxpass   AUX   VBD be
rejected 3 ROOT      VERB  VBN reject
by       3 agent     ADP   IN  by
the      6 det       DET   DT  the
council  4 pobj      NOUN  NN  council
.        3 punct     PUNCT .   .
"""

OFFICIALS_SAID_SHE_NOTED = """
Officials 1 nsubj PRON  NNS official
said      4 ccomp VERB  VBD say
,         4 punct PUNCT ,   ,
she       4 nsubj PRON  PRP she
noted     4 ROOT  VERB  VBD note
.         4 punct PUNCT .   .
"""

DO_YOU_SUPPORT = """
Do      2 aux   AUX   VBP do
you     2 nsubj PRON  PRP you
support 2 ROOT  VERB  VB  support
the     4 det   DET   DT  the
plan    2 dobj  NOUN  NN  plan
?       2 punct PUNCT .   ?
"""


def _claims(rows: str, ents: list[str] | None = None, *, enable=(), disable=()):
    doc = parse(rows, ents)
    claims = find_claims(Article.build(doc, rules.as_rule_set(enable, disable)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.content.text
        assert claim.kind == "indirect"
        assert rules.get_rule(claim.rule).stage == "claims"  # every rule in the output is registered
    return claims


def _summary(claims):
    return [(c.rule, c.content.text, c.cue.text, c.speaker.text if c.speaker else None) for c in claims]


def test_ccomp_reports_the_content_clause():
    """claim.ccomp: "The ministry said the talks would resume." reports the clause, with the cue's entry."""
    claims = _claims(SAID_THE_TALKS)
    assert _summary(claims) == [("claim.ccomp", "the talks would resume", "said", "The ministry")]
    assert claims[0].confidence == pytest.approx(0.9)
    assert claims[0].cue == Cue(13, 17, "said", lemma="say", cue_class="speech", relation="said")


def test_closing_attribution_reports_the_sentence_before_its_comma():
    """claim.parataxis: ", the bank predicted." reports what comes before the comma, before claim.ccomp is tried."""
    claims = _claims(RATES_THE_BANK_PREDICTED)
    assert _summary(claims) == [("claim.parataxis", "Rates will rise", "predicted", "the bank")]
    assert claims[0].confidence == pytest.approx(0.85 * 0.98, abs=1e-3)


def test_disabling_a_frame_lets_the_next_one_answer():
    """With claim.parataxis off, the same cue's clause is found by claim.ccomp (the next in order)."""
    claims = _claims(RATES_THE_BANK_PREDICTED, disable=["claim.parataxis"])
    assert _summary(claims) == [("claim.ccomp", "Rates will rise", "predicted", "the bank")]


def test_according_to_reports_the_rest_of_the_sentence():
    """claim.according_to: "According to the report, growth slowed." with the phrase's object as source."""
    claims = _claims(ACCORDING_TO_THE_REPORT)
    assert _summary(claims) == [("claim.according_to", "growth slowed", "According to", "the report")]
    cue = claims[0].cue
    assert isinstance(cue, Cue)
    assert (cue.lemma, cue.cue_class, cue.relation) == ("according to", "phrase", "according_to")


def test_noun_cue_reports_its_object_and_the_target_is_no_speaker():
    """claim.noun: "criticism of John Miller" reports the name; the one criticised is not the source."""
    ents = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    claims = _claims(CRITICISM_OF_A_NAME, ents)
    assert _summary(claims) == [("claim.noun", "John Miller", "criticism", None)]


def test_a_name_alone_without_a_source_is_dropped():
    """claim_filter.needs_speaker drops "Talk about John Miller ..." (a topic); switched off, the claim stays."""
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    assert _claims(TALK_ABOUT_A_NAME, ents) == []
    claims = _claims(TALK_ABOUT_A_NAME, ents, disable=["claim_filter.needs_speaker"])
    assert _summary(claims) == [("claim.noun", "John Miller", "Talk", None)]
    assert claims[0].confidence == pytest.approx(0.7 * 0.8 * 0.8, abs=1e-3)  # no source: 0.8 of the frame's


def test_date_only_content_is_dropped():
    """claim_filter.only_when drops "commented on Wednesday"; switched off, claim.prep reports the date."""
    ents = ["O", "O", "O", "O", "B-DATE", "O"]
    assert _claims(COMMENTED_ON_A_DATE, ents) == []
    claims = _claims(COMMENTED_ON_A_DATE, ents, disable=["claim_filter.only_when"])
    assert _summary(claims) == [("claim.prep", "Wednesday", "commented", "The senator")]


def test_dobj_reports_the_object_and_can_be_disabled():
    """claim.dobj: "The mayor criticized the plan."; with claim.dobj off there is no claim."""
    assert _summary(_claims(CRITICIZED_THE_PLAN)) == [("claim.dobj", "the plan", "criticized", "The mayor")]
    assert _claims(CRITICIZED_THE_PLAN, disable=["claim.dobj"]) == []


def test_passive_with_agent_is_reported_as_passive():
    """claim.passive_agent: "The plan was rejected by the council." is reported as claim.passive."""
    assert _summary(_claims(REJECTED_BY_THE_COUNCIL)) == [("claim.passive", "The plan", "rejected", "the council")]
    assert _claims(REJECTED_BY_THE_COUNCIL, disable=["claim.passive_agent"]) == []
    assert _claims(REJECTED_BY_THE_COUNCIL, disable=["claim.passive"]) == []  # its reported name, switched off


def test_host_that_is_only_an_attribution_is_dropped():
    """claim_filter.bare_attribution drops "Officials said, she noted." both ways round."""
    assert _claims(OFFICIALS_SAID_SHE_NOTED) == []
    claims = _claims(OFFICIALS_SAID_SHE_NOTED, disable=["claim_filter.bare_attribution"])
    assert {c.content.text for c in claims} == {"Officials said", "she noted"}
    assert {c.rule for c in claims} == {"claim.parataxis"}  # the host frame is reported as claim.parataxis


def test_question_to_the_reader_is_dropped():
    """claim_filter.asks_the_reader drops "Do you support the plan?"; switched off, claim.dobj reports it."""
    assert _claims(DO_YOU_SUPPORT) == []
    claims = _claims(DO_YOU_SUPPORT, disable=["claim_filter.asks_the_reader"])
    assert _summary(claims) == [("claim.dobj", "the plan", "support", "you")]


@rules.rule("test.claim.whole_sentence", stage="claims", order=50, confidence=0.5, default=False)
def _whole_sentence(cue):
    """Test frame: a speech verb reports its whole sentence."""
    if cue.word is None or cue.word.cls != "speech":
        return None
    return Found(list(cue.token.sent))


def test_a_user_frame_runs_only_when_enabled():
    """A frame registered with default=False is off; enabled through Extractor, it finds its claims first."""
    assert _summary(_claims(SAID_THE_TALKS))[0][0] == "claim.ccomp"
    extractor = quoteextract.Extractor(enable=["test.claim.whole_sentence"])
    doc = parse(SAID_THE_TALKS)
    result = quoteextract.analyse(doc, rules=extractor.rules)
    assert [(q.rule, q.content.text, q.confidence) for q in result.quotes] == [
        ("test.claim.whole_sentence", "The ministry said the talks would resume", 0.5)
    ]


def test_disabling_a_built_in_frame_through_extractor():
    """Extractor(disable=["claim.dobj"]) switches the object frame off in the whole pipeline."""
    doc = parse(CRITICIZED_THE_PLAN)
    assert [q.rule for q in quoteextract.analyse(doc).quotes] == ["claim.dobj"]
    rules_off = quoteextract.Extractor(disable=["claim.dobj"]).rules
    assert quoteextract.analyse(parse(CRITICIZED_THE_PLAN), rules=rules_off).quotes == ()


def test_frames_and_filters_are_listed_in_order():
    """Every built-in frame and filter is registered, in the order the claim finder tries them."""
    frames = [r.name for r in rules.RuleSet().active("claims")]
    assert frames == [
        "claim.extra_cues",
        "claim.per_source",
        "claim.figure",
        "claim.idiom",
        "claim.according_to",
        "claim.colon_object",
        "claim.noun",
        "claim.quoted_as",
        "claim.colon",
        "claim.answer",
        "claim.inverted_object",
        "claim.parataxis",
        "claim.appos_tail",
        "claim.participle_tail",
        "claim.as_reported",
        "claim.relay_complement",
        "claim.stray_that",
        "claim.ccomp",
        "claim.wh_question",
        "claim.question",
        "claim.cue_misparse",
        "claim.passive",
        "claim.prep_addressee",
        "claim.xcomp",
        "claim.told_to",
        "claim.told_clause",
        "claim.gerund",
        "claim.passive_agent",
        "claim.denied_report",
        "claim.said_sorry",
        "claim.dobj",
        "claim.prep",
        "claim.parataxis_host",
    ]
    filters = rules.RuleSet().active("claim_filters")
    assert len(filters) >= 8 and all(f.description.startswith("Drops") for f in filters)
    for name, reported in REPORTED_AS.items():
        assert rules.get_rule(name).confidence == rules.get_rule(reported).confidence


def test_a_text_without_cues_has_no_claims():
    """A parse without cue words gives no claims and no error."""
    assert find_claims(Article.build(parse("Rain 1 nsubj NOUN NN rain\nfell 1 ROOT VERB VBD fall"))) == []


def test_cues_are_found_once_per_article(monkeypatch):
    """The claim finder reads the article's cues; the cue finder runs once for the whole pipeline."""
    from quoteextract.stages.attribution import _cues

    calls = []
    real = _cues.find_cues

    def counting(doc):
        calls.append(doc)
        return real(doc)

    monkeypatch.setattr(_cues, "find_cues", counting)
    result = quoteextract.analyse(parse(SAID_THE_TALKS))
    assert [q.rule for q in result.quotes] == ["claim.ccomp"]
    assert len(calls) == 1
