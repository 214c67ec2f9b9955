"""The stray "that" clause frame and trailing relays that follow each other.

``claim.stray_that``: a verb of saying's "that" clause the parser hung under a noun of its adjunct;
and ", according to X, as reported by Y" at the end of a content.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract.stages.claims.chain_tails import drop_relays
from quoteextract.stages.claims.stray_clause import find_stray_clause


def _rally_doc(that_dep: str = "dobj", aux: bool = True):
    """The parse of: The minister said at a rally that taxes would fall. ("that" as the model reads it)."""
    seventh = "would 9 aux AUX MD would" if aux else "soon 9 advmod ADV RB soon"
    return parse(
        f"""
        The 1 det DET DT the
        minister 2 nsubj NOUN NN minister
        said 2 ROOT VERB VBD say
        at 2 prep ADP IN at
        a 5 det DET DT a
        rally 3 pobj NOUN NN rally
        that 9 {that_dep} PRON WDT that
        taxes 9 nsubj NOUN NNS tax
        {seventh}
        fall 5 relcl VERB VB fall
        . 2 punct PUNCT . .
        """
    )


def test_a_that_clause_under_an_adjunct_noun_is_found():
    """Said at a rally that taxes would fall, read as a relative clause of "rally": the clause is the content."""
    doc = _rally_doc()
    clause = find_stray_clause(doc[2])
    assert clause is not None and clause.text == "fall"


def test_a_marked_that_clause_is_found_without_an_auxiliary():
    """A "that" labelled as a complementiser opens a content clause even with no auxiliary."""
    doc = _rally_doc(that_dep="mark", aux=False)
    assert find_stray_clause(doc[2]) is not None


def test_a_relative_that_object_with_a_gap_is_not_content():
    """In "the meeting that officials held", an object "that" and no auxiliary or other object is a relative clause."""
    doc = _rally_doc(aux=False)
    assert find_stray_clause(doc[2]) is None


def _double_relay_doc():
    """The parse of: Talks failed, according to a letter, as reported by the Post."""
    return parse(
        """
        Talks 1 nsubj NOUN NNS talk
        failed 1 ROOT VERB VBD fail
        , 1 punct PUNCT , ,
        according 1 prep VERB VBG accord
        to 3 prep ADP IN to
        a 6 det DET DT a
        letter 4 pobj NOUN NN letter
        , 1 punct PUNCT , ,
        as 9 mark SCONJ IN as
        reported 1 advcl VERB VBN report
        by 9 agent ADP IN by
        the 12 det DET DT the
        Post 10 pobj PROPN NNP Post
        . 1 punct PUNCT . .
        """
    )


def test_two_trailing_relays_are_both_taken_off():
    """In ", according to a letter, as reported by the Post", neither relay is part of the content."""
    kept = drop_relays(list(_double_relay_doc()))
    assert [t.text for t in kept] == ["Talks", "failed"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ministry said in a statement carried by the state news agency that talks had failed.",
            "talks had failed",
        ),
        (
            "The mayor told reporters at a briefing outside the council offices that the budget was balanced.",
            "the budget was balanced",
        ),
        ("The minister said at a rally in the capital that taxes would fall.", "taxes would fall"),
    ],
)
def test_stray_that_clauses_on_the_model(extractor, text, content):
    """On the model: the content clause is found, with the verb of saying as its cue."""
    claims = [q for q in extractor(text).quotes if q.rule == "claim.stray_that"]
    assert [q.text for q in claims] == [content]
    assert claims[0].cue is not None and claims[0].cue.text in {"said", "told"}


@pytest.mark.model
def test_stray_that_can_be_switched_off(nlp):
    """``Extractor(disable=["claim.stray_that"])`` leaves the verb with no claim."""
    text = "The minister said at a rally in the capital that taxes would fall."
    result = quoteextract.Extractor(nlp, disable=["claim.stray_that"])(text)
    assert not [q for q in result.quotes if "taxes" in q.text]


@pytest.mark.model
def test_said_so_at_a_meeting_is_no_claim(extractor):
    """In "said so at the meeting that officials held", "so" is what was said; the relative clause is not."""
    assert not [
        q for q in extractor("She said so at the meeting that officials held.").quotes if q.rule == "claim.stray_that"
    ]


@pytest.mark.model
def test_statement_relayed_by_an_agency(extractor):
    """With "..., according to a statement from X, as reported by Y", the content ends before both relays."""
    text = (
        "Talks between the two governments broke down on Friday, according to a statement from the foreign "
        "ministry, as reported by the state news agency."
    )
    (claim,) = [q for q in extractor(text).quotes if "Talks" in q.text]
    assert claim.text == "Talks between the two governments broke down on Friday"
    relations = [link.relation for link in claim.sources]
    assert "reported_by" in relations


@pytest.mark.model
def test_a_subjectless_clause_after_the_stray_clause_is_its_tail(extractor):
    """With "..., not remove wards" hung off the verb, the content is the whole stray clause and its tail."""
    text = "The health board said in a statement that the winter plan would add staff, not remove wards."
    claims = [q for q in extractor(text).quotes if q.kind == "indirect"]
    assert [q.text for q in claims] == ["the winter plan would add staff, not remove wards"]


@pytest.mark.model
def test_an_object_noun_that_reports_its_clause_keeps_its_own_frame(extractor):
    """In "expressed concern that ...", the clause belongs to the noun cue "concern", not to the verb."""
    (claim,) = extractor("The senator expressed concern that the deal would collapse.").quotes
    assert claim.rule == "claim.noun" and claim.cue is not None and claim.cue.text == "concern"


@pytest.mark.model
def test_a_cue_inside_a_content_clause_reports_nothing_before_it(extractor):
    """Only the outer report: "add" inside "said ... that the plan would add nurses" is no parenthetical cue."""
    text = "The health board said on Friday that the winter plan would add nurses to every ward."
    claims = extractor(text).quotes
    assert [q.text for q in claims] == ["the winter plan would add nurses to every ward"]


def _statement_doc(verb_rows: str):
    """The parse of "The family said in a statement they ...": the clause read as a relative clause of "statement"."""
    return parse(
        f"""
        The 1 det DET DT the
        family 2 nsubj NOUN NN family
        said 2 ROOT VERB VBD say
        in 2 prep ADP IN in
        a 5 det DET DT a
        statement 3 pobj NOUN NN statement
        {verb_rows}
        . 2 punct PUNCT . .
        """
    )


def test_a_clause_without_that_and_without_a_gap_is_content():
    """In "said in a statement they were heartbroken" the whole clause under the medium noun is what was said."""
    doc = _statement_doc(
        """they 8 nsubjpass PRON PRP they
        were 8 auxpass AUX VBD be
        heartbroken 5 relcl VERB VBN heartbreak"""
    )
    clause = find_stray_clause(doc[2])
    assert clause is not None and clause.i == 8


def test_a_clause_without_that_with_a_gap_is_a_relative_clause():
    """In "said in a statement they issued on Monday" the verb lacks its object: the clause describes the statement."""
    doc = _statement_doc(
        """they 7 nsubj PRON PRP they
        issued 5 relcl VERB VBD issue
        on 7 prep ADP IN on
        Monday 8 pobj PROPN NNP Monday"""
    )
    assert find_stray_clause(doc[2]) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said in a letter the council had ignored him.", "the council had ignored him"),
        (
            "The boy's family said in a statement they were “heartbroken” and thanked paramedics.",
            "they were “heartbroken”",
        ),
    ],
)
def test_clauses_without_that_under_a_medium_on_the_model(extractor, text, content):
    """On the model the content starts at the clause's subject, not at "in a statement"."""
    assert content in [q.text for q in extractor(text).quotes]
