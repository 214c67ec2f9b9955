"""Rules written after the seventh unseen chains set (session 14), on new invented sentences (not the set's).

An outlet described in apposition after its name ("Pellow told Strandpost, a Tromsø-based news service, that ...")
is an outlet, and "the news service", "the website", "the site" and "the agency" point back to it; a paper or site
described before its name with no entity of its own ("the local news site Harbour Live") is an outlet the next
"the website" points back to; "according to the agency" and "X was quoted by the agency as saying" are the news
agency named before; "In the same interview, he said" keeps the outlet the speaker last spoke to, paragraphs back;
and a description's name is read case-sensitively ("a news service, that the stocks ..." names nothing).
"""

from __future__ import annotations

import pytest
from _chain_reading import chains, named, outer


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "The harbour master, Ida Voss, told Strandpost, a Tromsø-based news service, that the quay was unsafe.\n\n"
            "Voss told the news service that repairs would take a year.",
            "repairs",
            "Strandpost",
        ),
        (
            "The mayor, Per Lund, told Fjordnytt, a local news website, that the ferry would stop.\n\n"
            "Lund told the website that he had written to the minister.",
            "written",
            "Fjordnytt",
        ),
        (
            "The minister later spoke to KNP, the national news agency. “We will not back down,” she told the agency.",
            "back down",
            "KNP",
        ),
        (
            "The coach, Tom Hale, told the local news site Riverside Live that the match was off.\n\n"
            "A police spokeswoman told the site that the pitch had been flooded.",
            "flooded",
            "Riverside Live",
        ),
    ],
)
def test_outlet_described_once_stays_an_outlet(extractor, text, fragment, outlet):
    """An outlet described once, then named by what it is: the back-reference is that outlet, ``told``."""
    links = outer(extractor(text), fragment)
    assert named(links, "told", outlet), links


@pytest.mark.model
def test_a_description_names_no_lower_case_words(extractor):
    """A description's name is capitalised: "a news service, that the stocks were ..." names no outlet."""
    text = (
        "The minister, Ana Berg, defended the cut on Monday, telling Nordlys, a Bergen-based news service, that the "
        "stocks were low. She later spoke to TNP, the state news agency. “I cannot negotiate with fish,” she told "
        "the agency."
    )
    found = chains(extractor(text), "negotiate")
    assert found and not any(n and "stocks" in n for chain in found for _, n in chain), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "President Ivo Saar has ordered a review of exports, the state news agency Baltpress reported. Saar told "
            "his cabinet that licences would be suspended, according to the agency.",
            "licences",
        ),
        (
            "President Ivo Saar has ordered a review of exports, the state news agency Baltpress reported. Minister "
            "Ene Kask was quoted by the agency as saying that the harvest was poor.",
            "harvest",
        ),
    ],
)
def test_the_agency_is_the_agency_named_before(extractor, text, fragment):
    """The agency named before relays "according to the agency" and "quoted by the agency as saying"."""
    links = outer(extractor(text), fragment)
    assert named(links, "reported_by", "Baltpress"), links


@pytest.mark.model
def test_in_the_same_interview_keeps_the_outlet(extractor):
    """In "In the same interview, he said" a paragraph after "in an interview with the BBC": the BBC, ``interview``."""
    text = (
        "The airline's chief executive, Lars Hedin, blamed air traffic control for the delays, saying in an "
        "interview with the BBC that the rosters were a disgrace.\n\n"
        "Hedin told the BBC that 900 flights had been cancelled. In the same interview, he said passengers "
        "would be paid within weeks."
    )
    links = outer(extractor(text), "passengers")
    assert named(links, "interview", "BBC"), links


@pytest.mark.model
def test_same_interview_without_an_outlet_gets_none(extractor):
    """With no outlet the speaker spoke to before, "In the same interview" invents no outer link."""
    text = "The mayor, Jon Eide, said the road would reopen. In the same interview, he said the bridge would not."
    links = outer(extractor(text), "bridge")
    assert not any(r == "interview" and n for r, n in links), links


@pytest.mark.model
def test_in_another_reads_the_next_document_held(extractor):
    """After emails an outlet obtained, "In another, he told X that ...": the outlet relays it, X the one told."""
    text = (
        "The mayor told officials to sign the deal quickly, according to emails obtained by the Dunford Post.\n\n"
        "In one email, Mayor Ray Cobb wrote that the deal was vital. In another, he told the town clerk that "
        "the cost could wait until May."
    )
    links = outer(extractor(text), "cost could wait")
    assert named(links, "reported_by", "Dunford Post"), links
    assert named(links, "told", "clerk"), links


@pytest.mark.model
def test_in_another_without_a_document_gets_no_relay(extractor):
    """With no document held in the passage, "In another, ..." invents no relay."""
    text = (
        "The mayor, Ray Cobb, said one contract was signed. In another, he told the town clerk that the cost could "
        "wait until May."
    )
    links = outer(extractor(text), "cost could wait")
    assert not any(r == "reported_by" for r, _ in links), links
