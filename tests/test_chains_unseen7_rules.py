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
    """ "a news service, that the stocks were ..." introduces no outlet called "that the stocks were"."""
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
    """ "according to the agency", "quoted by the agency as saying": the news agency named before relays it."""
    links = outer(extractor(text), fragment)
    assert named(links, "reported_by", "Baltpress"), links


@pytest.mark.model
def test_in_the_same_interview_keeps_the_outlet(extractor):
    """ "In the same interview, he said" a paragraph after "in an interview with the BBC": the BBC, ``interview``."""
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
    """ "In the same interview" with no outlet the speaker spoke to before: no outer link is invented."""
    text = "The mayor, Jon Eide, said the road would reopen. In the same interview, he said the bridge would not."
    links = outer(extractor(text), "bridge")
    assert not any(r == "interview" and n for r, n in links), links
