"""Rules written after the fifth unseen chains set (session 10), on new invented sentences (not the set's).

Outlets whose names say nothing ("told the Vardo Kurier", "speaking to Sky Sports"), a programme named with its
broadcaster ("told NBC's Nightly News", "told the World Tonight programme on Radio Kestrel"), a programme whose
name holds small words ("the Rest of the Week podcast"), a third hop ("later confirmed by Y"), a standalone
"(via Y)" credit (``sources.via_credit``), and an outlet "citing" people speaker resolution already credited.
"""

from __future__ import annotations

import pytest
from _chain_reading import chains, named

import quoteextract


def _outer(result, fragment):
    found = chains(result, fragment)
    assert found, [q.text for q in result.quotes]
    return found[0][1:]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "The mill will close in June, Petra Vollan told the Vardo Kurier on Monday.",
            "mill will close",
            "Vardo Kurier",
        ),
        (
            "Anders Moe told the Hallin Tidning that the mill would close in June.",
            "the mill would close",
            "Hallin Tidning",
        ),
        (
            "“We will be back,” Rhys Penrose said speaking to Sky Sports after the defeat.",
            "We will be back",
            "Sky Sports",
        ),
        ("“It is a fair deal,” the envoy, Lina Sorel, told Politico Europe.", "It is a fair deal", "Politico Europe"),
        ("“The vote is close,” Mara Quell told CNBC's Squawk Box.", "The vote is close", "CNBC"),
        ("“The vote is close,” Mara Quell told NBC's Nightly News on Sunday.", "The vote is close", "NBC"),
        (
            "“We cannot wait,” Omar Haddad told the World Tonight programme on Radio Kestrel.",
            "We cannot wait",
            "Radio Kestrel",
        ),
    ],
)
def test_outlet_told_whatever_its_name_says(extractor, text, fragment, outlet):
    """A proper name told or spoken to is an outlet ("told the Vardo Kurier"); a programme gives its channel."""
    links = _outer(extractor(text), fragment)
    assert any(relation in {"told", "interview"} and name and outlet in name for relation, name in links), links
    assert not any(name and name.startswith(("the World", "Squawk", "Nightly")) for _, name in links), links


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Health Minister Paul Adeyemi told MPs on Wednesday that he had asked for a report.", "asked for a report"),
        ("Hugo Marten told Congress that the plan was dead.", "the plan was dead"),
        ("The home secretary, Hugo Marten, told the Commons the plan was dead.", "the plan was dead"),
        ("Hugo Marten told the President that the plan was dead.", "the plan was dead"),
        ("Hugo Marten told the Ashby Summit that the plan was dead.", "the plan was dead"),
        ("Hugo Marten told the Harbour Authority that the plan was dead.", "the plan was dead"),
        ("Hugo Marten told Anna Berg that the plan was dead.", "the plan was dead"),
        ("The plan is dead, Hugo Marten told reporters on Friday.", "The plan is dead"),
    ],
)
def test_people_bodies_and_events_told_are_no_outlet(extractor, text, fragment):
    """People, titles, bodies and events told something are addressees: the chain has no outer link."""
    assert _outer(extractor(text), fragment) == []


@pytest.mark.model
def test_programme_with_small_words_in_its_name(extractor):
    """A programme named with small words ("on the Rest of the Week podcast") is the interview."""
    result = extractor("“I was sacked by text message,” Cora Lint said on the Rest of the Week podcast on Monday.")
    assert named(_outer(result, "sacked by text"), "interview", "Rest of the Week")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The trust planned to shut the ward, according to a memo first obtained by the Ashby Echo and later "
        "confirmed by the BBC.",
        "The trust planned to shut the ward, according to a leaked memo, seen by the Ashby Echo and since "
        "confirmed by the BBC.",
    ],
)
def test_a_relay_that_confirmed_the_document_is_a_third_hop(extractor, text):
    """A document "first obtained by Y and later confirmed by Z": Y, then Z, both ``reported_by``."""
    links = _outer(extractor(text), "shut the ward")
    relays = [name for relation, name in links if relation == "reported_by"]
    assert len(relays) >= 2 and "Ashby Echo" in (relays[0] or "") and "BBC" in (relays[-1] or ""), links


@pytest.mark.model
def test_confirmed_by_someone_not_an_outlet_is_no_relay(extractor):
    """Only an outlet that confirmed the words relays them ("a death confirmed by police" is none)."""
    links = _outer(extractor("The man died on Friday, his family said, in a death confirmed by police."), "died")
    assert links == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "Farrell Group told staff in a memo that the plant would close. (via the Mill Town Herald)",
            "plant would close",
            "Mill Town Herald",
        ),
        (
            "Ada Quin said in an interview with the Western Post that she would run again. (via Politics Weekly)",
            "she would run again",
            "Politics Weekly",
        ),
        ("The mayor said the bridge would reopen in May.\n\nVia the Dunmore Herald", "bridge would reopen", "Dunmore"),
    ],
)
def test_via_credit_is_the_last_hop(extractor, text, fragment, outlet):
    """A "(via Y)" credit, or a "Via Y" line, after a sentence: Y is its claims' outermost ``reported_by``."""
    links = _outer(extractor(text), fragment)
    assert links and links[-1][0] == "reported_by" and outlet in (links[-1][1] or ""), links


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("The mayor said the report was sent (via email) to all councillors.", "the report was sent"),
        ("Ada Quin said in a post on Threads that she would run again. (h/t Politics Weekly)", "run again"),
        (
            "The mayor said the bridge would reopen in May. The council met on Monday. (via the Dunmore Herald)",
            "bridge",
        ),
    ],
)
def test_no_credit_for_a_word_a_hat_tip_or_an_earlier_sentence(extractor, text, fragment):
    """No link for "(via email)" after a word, for a hat tip, or for a sentence before the credited one."""
    assert _outer(extractor(text), fragment) == []


@pytest.mark.model
def test_via_credit_can_be_switched_off(nlp):
    """``Extractor(disable=["sources.via_credit"])`` really switches the rule off."""
    text = "Farrell Group told staff in a memo that the plant would close. (via the Mill Town Herald)"
    on = _outer(quoteextract.Extractor(nlp)(text), "plant would close")
    off = _outer(quoteextract.Extractor(nlp, disable=["sources.via_credit"])(text), "plant would close")
    assert named(on, "reported_by", "Mill Town Herald")
    assert not named(off, "reported_by", "Mill Town Herald")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Talks on the port have stalled, the Harbour Times reported on Wednesday, citing two Danish officials "
        "close to the talks.",
        "The Harbour Times reported, citing three people briefed on the plan, that the port would be sold.",
    ],
)
def test_outlet_citing_people_already_credited(extractor, text):
    """The outlet that cites the people speaker resolution credited is ``citing``, the people the speaker."""
    result = extractor(text)
    fragment = "stalled" if "stalled" in text else "port would be sold"
    chain = chains(result, fragment)[0]
    assert chain[0][1] is not None and "Harbour Times" not in chain[0][1], chain
    assert named(chain[1:], "citing", "Harbour Times"), chain


@pytest.mark.model
def test_a_named_podcast_is_itself_not_an_earlier_outlet(extractor):
    """A podcast named with its noun ("the Long Ball podcast") is itself, not the outlet named before it."""
    text = (
        "Every player has a price, Viktor Holm told the Ashby Echo on Friday.\n\n"
        "“He should stay another year,” Dean Maddern said on the Long Ball podcast."
    )
    links = _outer(extractor(text), "stay another year")
    assert named(links, "interview", "Long Ball") and not named(links, "interview", "Ashby Echo"), links


@pytest.mark.model
def test_the_programme_is_the_outlet_of_its_paragraph(extractor):
    """The words "said on the programme" point to the outlet named in their paragraph, not an earlier one."""
    text = (
        "“There is no easy option,” Mira Oak told the Today programme on Radio Kestrel.\n\n"
        "One former minister, Paula Ash, told Channel 9 News that thirty MPs had written to the whips. "
        "“The mood is sour,” Ash said on the programme."
    )
    links = _outer(extractor(text), "The mood is sour")
    assert named(links, "interview", "Channel 9 News") and not named(links, "interview", "Radio Kestrel"), links


@pytest.mark.model
def test_a_document_carried_keeps_its_third_hop(extractor):
    """A claim read later from a memo "first obtained by Y and later confirmed by Z" keeps Y, then Z."""
    text = (
        "The trust weighed shutting the ward, according to a memo first obtained by the Ashby Echo and later "
        "confirmed by the BBC. The memo, written by the director, Ann Vale, says the ward “cannot be staffed.”"
    )
    links = _outer(extractor(text), "cannot be staffed")
    relays = [name for relation, name in links if relation == "reported_by"]
    assert relays[:1] and "Ashby Echo" in (relays[0] or "") and "BBC" in (relays[-1] or ""), links
