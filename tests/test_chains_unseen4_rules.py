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


def _outer(result, fragment):
    return _chain(result, fragment)[1:]


def _has(links, relation, name):
    return any(r == relation and n is not None and name in n for r, n in links)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words", "outlet"),
    [
        (
            "The director of the port, Anton Berg, said in comments to local media that the cranes would be replaced.",
            "the cranes would be replaced",
            "local media",
        ),
        (
            "In remarks to state television, the health minister, Lise Aune, said 40 clinics would open.",
            "40 clinics would open",
            "state television",
        ),
        (
            "In brief comments to local radio on Sunday, Sorin Vale said the bridge was safe.",
            "the bridge was safe",
            "local radio",
        ),
        ("Gordon Pell said in written comments to Reuters that the sale was off.", "the sale was off", "Reuters"),
    ],
)
def test_comments_to_an_outlet_are_told(extractor, text, words, outlet):
    """Words given "in comments to Y" or "in remarks to Y" (no article): the outlet Y was told (``told``)."""
    assert _has(_outer(extractor(text), words), "told", outlet)


@pytest.mark.model
def test_remarks_to_an_audience_are_no_link(extractor):
    """Remarks to a committee are made to an audience, not an outlet: no outer link."""
    text = "In remarks to the committee, the chief constable, Dave Ring, said crime had fallen."
    assert _outer(extractor(text), "crime had fallen") == []


@pytest.mark.model
def test_comments_to_can_be_switched_off(nlp):
    """Without ``sources.comments_to`` the outlet of "in comments to Y" is not linked."""
    text = "In brief comments to local radio on Sunday, Sorin Vale said the bridge was safe."
    off = quoteextract.Extractor(nlp, disable=["sources.comments_to"])(text)
    assert not _has(_outer(off, "the bridge was safe"), "told", "local radio")


@pytest.mark.model
def test_according_to_an_outlet_which_cited_people(extractor):
    """According to Y, which cited three officials: the officials said it, Y ``citing``."""
    text = (
        "The mayor plans to close two libraries, according to the Westbury Gazette, which cited three council "
        "officials."
    )
    chain = _chain(extractor(text), "close two libraries")
    assert "officials" in (chain[0][1] or ""), chain
    assert _has(chain[1:], "citing", "Westbury Gazette")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "later", "outlet"),
    [
        (
            "A senior official in the mayor's office, quoted by the Harbour Daily, said the budget would be cut. "
            "The official said parks would be spared.",
            "parks would be spared",
            "Harbour Daily",
        ),
        (
            "The council will sell the depot, according to three people familiar with the plan, as first reported "
            "by the Dockside Journal. The people said a buyer had been found.",
            "a buyer had been found",
            "Dockside Journal",
        ),
    ],
)
def test_an_unnamed_source_quoted_by_an_outlet_keeps_it(extractor, text, later, outlet):
    """An unnamed source an outlet quoted or first reported is known only through it: later claims keep the link."""
    assert _has(_outer(extractor(text), later), "reported_by", outlet)


@pytest.mark.model
def test_a_broadcaster_named_with_what_it_is_is_an_outlet(extractor):
    """An interview "with Al Sharq television": the name then "television" is an outlet (``interview``)."""
    text = (
        "The aid agency's regional head, Lina Aziz, said in an interview with Nordvik television that roads were shut."
    )
    chain = _chain(extractor(text), "roads were shut")
    assert chain[0][0] == "said", chain
    assert _has(chain[1:], "interview", "Nordvik")


@pytest.mark.model
def test_audio_heard_by_an_outlet_is_a_relay(extractor):
    """Audio "heard by Y": Y passed the words on (``reported_by``), like a document seen by Y."""
    text = (
        "In audio of a staff meeting heard by the Carrow Herald, Ellen Frith can be heard saying that the plant "
        "was finished."
    )
    assert _has(_outer(extractor(text), "the plant was finished"), "reported_by", "Carrow Herald")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "later", "outlet"),
    [
        (
            "Beijing will delay the launch, the Harbour Post reported, citing two Chinese officials. The officials "
            "said the rocket needed repairs.",
            "the rocket needed repairs",
            "Harbour Post",
        ),
        (
            "The bank will cut 300 jobs, according to the Ledger, which cited people familiar with the plan. The "
            "people said the cuts would fall mostly on branches.",
            "the cuts would fall mostly on branches",
            "Ledger",
        ),
    ],
)
def test_people_an_outlet_cites_keep_it_later(extractor, text, later, outlet):
    """People an outlet cites are known only through it: "the officials said" later keeps Y ``citing``."""
    assert _has(_outer(extractor(text), later), "citing", outlet)


@pytest.mark.model
def test_one_of_them_keeps_the_outlet_of_the_group(extractor):
    """One of them saying so after people an outlet cited: one of that group, known through the outlet too."""
    text = (
        "The plant will close in May, the Tarn Courier reported, citing two managers at the site. One of them "
        "said the decision had been taken in London."
    )
    assert _has(_outer(extractor(text), "taken in London"), "citing", "Tarn Courier")


@pytest.mark.model
def test_one_of_them_after_another_speaker_still_names_the_group(extractor):
    """A named speaker in between does not take "one of them": the unnamed group keeps its outlet."""
    text = (
        "Two engineers told the Valley Post that the bridge was unsafe. The mayor, Ann Ruiz, said the bridge was "
        "safe. One of them said the checks were too brief."
    )
    assert _has(_outer(extractor(text), "the checks were too brief"), "told", "Valley Post")
