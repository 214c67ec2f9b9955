"""Rules written after the fourth unseen chains set (session 9), on new invented sentences (not the set's).

"Y quoted X as saying (that) ...": the claim is the clause after "as saying" (``claim.quoted_as``), its
speaker X (``speaker.quoted_as_object``, now on by default) and Y the relay (``sources.speaker`` reads the
speaker mention's own entity, ``sources.quoted`` the quoting nearest the claim).
"""

from __future__ import annotations

import pytest
from _chain_reading import chains
from _handbuilt import parse

import quoteextract
from quoteextract.stages.claims.quoted_as import as_gerund


def _claim(result, fragment):
    """The quotation whose text holds ``fragment``."""
    found = [q for q in result.quotes if fragment in q.text]
    assert found, [q.text for q in result.quotes]
    return found[0]


def _chain(result, fragment):
    return chains(result, fragment)[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "speaker", "relay"),
    [
        (
            "The state broadcaster Radiovel quoted the energy minister, Kasia Orlan, as saying that gas "
            "rationing would end in April.",
            "gas rationing would end in April",
            "Kasia Orlan",
            "Radiovel",
        ),
        (
            "Reuters quoted Bram Tessier as saying the refinery would stay shut for a month.",
            "the refinery would stay shut for a month",
            "Bram Tessier",
            "Reuters",
        ),
        (
            "Nadia Fell has run the charity since 2019. The Wexford Echo quoted her as saying that donations "
            "had halved.",
            "donations had halved",
            "Nadia Fell",
            "Wexford Echo",
        ),
        (
            "Local television quoted the fire chief, Ivo Marek, as telling residents that the smoke was not toxic.",
            "the smoke was not toxic",
            "Ivo Marek",
            "Local television",
        ),
        (
            "Ivo Marek was quoted by the Oldbridge Courier as saying that the smoke was not toxic.",
            "the smoke was not toxic",
            "Ivo Marek",
            "Oldbridge Courier",
        ),
    ],
)
def test_quoted_as_saying_gives_the_clause_the_person_and_the_relay(extractor, text, words, speaker, relay):
    """The words are the clause after "as saying"; X said them, Y passed them on (``reported_by``)."""
    result = extractor(text)
    claim = _claim(result, words)
    assert claim.text.rstrip(".") == words
    chain = _chain(result, words)
    assert speaker in (chain[0][1] or ""), chain
    assert any(relation == "reported_by" and name and relay in name for relation, name in chain[1:]), chain


@pytest.mark.model
def test_quoted_as_saying_before_a_quotation_after_a_colon(extractor):
    """A quotation after "Y quoted X as saying:" is X's, passed on by Y."""
    text = 'The agency Baltnews quoted the port director, Edgar Lind, as saying: "The cranes will run again on Monday."'
    chain = _chain(extractor(text), "cranes will run")
    assert "Edgar Lind" in (chain[0][1] or "")
    assert any(relation == "reported_by" and name and "Baltnews" in name for relation, name in chain[1:]), chain


@pytest.mark.model
def test_each_claim_takes_the_quoting_next_to_it(extractor):
    """Two quotings in one sentence: each claim is relayed by its own, not by both."""
    text = (
        "Two papers quoted the owner, Greta Holm, as saying she would not sell, and the league quoted the "
        "commissioner as saying a sale was close."
    )
    result = extractor(text)
    first = _chain(result, "she would not sell")
    assert not any(name and "league" in name for _, name in first[1:]), first


@pytest.mark.model
def test_the_frame_can_be_switched_off(nlp):
    """Without ``claim.quoted_as`` the object frame takes "X as saying that ..." back into the claim."""
    text = "Reuters quoted Bram Tessier as saying that the refinery would stay shut for a month."
    on = [q.text for q in quoteextract.Extractor(nlp)(text).quotes]
    off = [q.text for q in quoteextract.Extractor(nlp, disable=["claim.quoted_as"])(text).quotes]
    assert any(t.startswith("the refinery") for t in on), on
    assert any("Bram Tessier as saying" in t for t in off), off


def test_as_gerund_reads_the_quoting_verb():
    """The gerund of "quoted X as saying" is found from the verb; another verb or gerund gives none."""
    doc = parse(
        """
        Reuters 1 nsubj PROPN NNP Reuters
        quoted 1 ROOT VERB VBD quote
        Tessier 1 dobj PROPN NNP Tessier
        as 1 prep ADP IN as
        saying 3 pcomp VERB VBG say
        it 7 nsubj PRON PRP it
        would 7 aux AUX MD would
        close 4 ccomp VERB VB close
        . 1 punct PUNCT . .
        """
    )
    assert as_gerund(doc[1]) is not None and as_gerund(doc[1]).i == 4
    assert as_gerund(doc[7]) is None
    assert as_gerund(doc[4]) is None
