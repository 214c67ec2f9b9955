"""Rules written after the sixth unseen chains set (session 11), on new invented sentences (not the set's).

An outlet told as local whatever its name says ("told the local Hollis Clarion"), a quoting agency kept by "X was
quoted as saying" later in the passage, a programme's channel after its noun ("the Valley Hour programme on
Channel 5"), a place or what a medium shows is no source ("an interview from Lisbon", "a video of a police
interview"), a paper named with a possessive ("The People's Daily") is one source, and a reporting clause written
after the claim ("..., the sheriff's office said").
"""

from __future__ import annotations

import pytest
from _chain_reading import chains, named, outer


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        ("The farmer, Ana Brook, told the local Hollis Clarion that her cattle had been stolen.", "cattle", "Clarion"),
        ("Speaking to the regional Kettle Valley Echo, the mayor said the road would reopen.", "road", "Kettle"),
        ("“It was a mistake,” the coach, Ivo Dunn, told the local Marsh Lantern.", "mistake", "Marsh Lantern"),
    ],
)
def test_outlet_told_as_local(extractor, text, fragment, outlet):
    """An outlet told as local, "told the local X": X is ``told`` or ``interview`` whatever its name says."""
    links = outer(extractor(text), fragment)
    assert any(r in {"told", "interview"} and n and outlet in n for r, n in links), links


@pytest.mark.model
def test_the_paper_after_a_local_outlet_is_that_outlet(extractor):
    """The paper: "she told the paper" after "told the local X" is X, not a wire agency named in the dateline."""
    text = (
        "HOLLIS, Ore. (AP) — Rancher Ana Brook told the local Hollis Clarion that her cattle had been stolen. "
        "“It's the third time this year,” she told the paper."
    )
    links = outer(extractor(text), "third time")
    assert named(links, "told", "Clarion"), links


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mr Dane told the local Rotary Club that the town was dying.",
        "The chief told the local council that the budget was gone.",
        "Ms Orr told the local Mayor that the town was dying.",
    ],
)
def test_local_bodies_told_are_no_outlet(extractor, text):
    """A body, a role or a common noun told "local" is an audience, not an outlet."""
    found = chains(extractor(text), "the")
    assert found and not any(r == "told" for chain in found for r, _ in chain[1:]), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "agency"),
    [
        (
            "State broadcaster KTV quoted Defence Minister Lev Orin as saying troops had withdrawn. "
            "Orin was also quoted as saying that talks would resume on Monday.",
            "talks would resume",
            "KTV",
        ),
        (
            "The agency Velpress quoted the interior minister, Ana Ruiz, as saying the border would reopen. "
            "“We have no choice,” Ruiz was quoted as saying.",
            "no choice",
            "Velpress",
        ),
    ],
)
def test_quoted_as_saying_keeps_the_agency_that_quoted(extractor, text, fragment, agency):
    """Quoted: "X was quoted as saying" names no one quoting: the agency that quoted X just before did."""
    links = outer(extractor(text), fragment)
    assert named(links, "reported_by", agency), links


@pytest.mark.model
def test_quoted_as_saying_alone_has_no_relay(extractor):
    """With no agency quoting before it, "X was quoted as saying" has no outer link."""
    assert outer(extractor("Mayor Bo Lind was quoted as saying the port would close."), "port") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "channel"),
    [
        (
            "The chef, Ola Berg, appeared on the Valley Hour programme on Channel 5 and said prices would rise.",
            "prices",
            "Channel 5",
        ),
        ("Speaking on the Dawn Patrol show on Radio Lune, Ed Fane said the catch was poor.", "catch", "Radio Lune"),
    ],
)
def test_programme_on_its_channel_gives_the_channel(extractor, text, fragment, channel):
    """A programme's channel: "on the P programme on Channel 5", the channel gave the interview."""
    links = outer(extractor(text), fragment)
    assert named(links, "interview", channel), links
    assert not any(n and ("Valley Hour" in n or "Dawn Patrol" in n) for _, n in links), links


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("“We are losing hope,” Marta Quinn said in a telephone interview from Lisbon.", "losing hope"),
        ("The minister said in an interview from Geneva that talks were close.", "talks were close"),
        ("In a letter from prison, Dan Cole wrote that he was “innocent.”", "innocent"),
        ("In a video of a police interview played to the jury, Ross Hart said he had been at home.", "at home"),
    ],
)
def test_a_place_or_what_a_medium_shows_is_no_source(extractor, text, fragment):
    """No source: "an interview from Lisbon", "a letter from prison", "a video of a police interview": no outer link."""
    assert outer(extractor(text), fragment) == []


@pytest.mark.model
def test_a_statement_from_an_author_still_names_it(extractor):
    """An author: "a statement from his lawyers" still names who made the statement."""
    found = chains(extractor("In a statement from his lawyers, the actor said he regretted the remarks."), "regretted")
    assert found and any(n and "lawyers" in n for _, n in found[0]), found


@pytest.mark.model
def test_a_paper_named_with_a_possessive_is_one_source(extractor):
    """One paper: "The People's Daily said" has no relay named "People"."""
    text = "The People's Daily said in an editorial that the plan was “reckless.”"
    assert outer(extractor(text), "reckless") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "reporter", "told"),
    [
        (
            'The ranger, who was not named, told investigators that the hikers had "seemed confident," '
            "the sheriff's office said in a later update.",
            "seemed confident",
            "sheriff",
            "investigators",
        ),
        (
            'The pilot told controllers that an engine had "just quit," the safety board said in its report.',
            "just quit",
            "safety board",
            "controllers",
        ),
    ],
)
def test_reporting_clause_after_the_claim_relays_it(extractor, text, fragment, reporter, told):
    """A reporter after the claim: "X told Y that ..., the office said", the office relays, Y heard it on the way.

    (When the parse keeps the claim inside "X told Y that ...": with curly quotes it may report the whole clause
    as the office's claim, PolNeAR's outermost attribution, and there is nothing to relay.)
    """
    links = outer(extractor(text), fragment)
    assert named(links, "reported_by", reporter), links
    assert named(links, "told", told), links


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "relay"),
    [
        (
            "In a letter published by the school, the head teacher, Rhona Biggs, said pupils would be sent home.",
            "pupils",
            "school",
        ),
        (
            "In her farewell letter, which was released by the club, Ines Varga said she had been “worn down.”",
            "worn down",
            "club",
        ),
        (
            "Councillor Jo Brandt told the Bugle she had complained. In an email she shared with the Bugle, "
            "Brandt wrote that the plan was “a disgrace.”",
            "disgrace",
            "Bugle",
        ),
        (
            "Tamsin Hale told the Gazette she had written to the board. In the letter, which she shared with "
            "the paper, Hale wrote that the closure was “a scandal.”",
            "scandal",
            "Gazette",
        ),
    ],
)
def test_who_made_a_named_speakers_words_public_relays_them(extractor, text, fragment, relay):
    """A medium published or shared by someone else than its named speaker: the publisher ``reported_by``."""
    links = outer(extractor(text), fragment)
    assert named(links, "reported_by", relay), links


@pytest.mark.model
def test_a_statement_released_by_its_author_has_no_relay(extractor):
    """With no other speaker named, who released a statement is its author ("according to a statement ...")."""
    found = chains(extractor("According to a statement released by the ministry, the dam is safe."), "dam is safe")
    assert found and not any(r == "reported_by" for r, _ in found[0]), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        ("The senator told the Majority Leader that the votes were not there.", "votes", None),
        ("Ana Ruiz told the Opposition Leader that the deal was dead.", "deal", None),
        ("The farmer told the Wrexham Leader that his sheep had been stolen.", "sheep", "Wrexham Leader"),
    ],
)
def test_a_leader_told_is_a_title_unless_a_paper(extractor, text, fragment, outlet):
    """Title or paper: "told the Majority Leader" names a title, "told the Wrexham Leader" a paper."""
    links = outer(extractor(text), fragment)
    if outlet is None:
        assert links == [], links
    else:
        assert named(links, "told", outlet), links


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "Brigitte Olsen sat down with the Valley Mercury last week. “I never wanted to run,” Olsen said.",
            "never wanted",
            "Valley Mercury",
        ),
        (
            "In a rare interview, published on Sunday by the Dale Post, the author Nina Crane looked back on her "
            "career. “I was lucky,” she said.",
            "lucky",
            "Dale Post",
        ),
        (
            "The actor Tom Vey sat down for a long interview with Radio Kestrel in March. “I was broke,” he said.",
            "broke",
            "Radio Kestrel",
        ),
    ],
)
def test_an_interview_given_without_a_claim_of_its_own_carries(extractor, text, fragment, outlet):
    """An interview frame "sat down with Y", "an interview, published by Y" holds for the next quotations."""
    links = outer(extractor(text), fragment)
    assert named(links, "interview", outlet), links


@pytest.mark.model
def test_sitting_down_with_people_is_no_interview(extractor):
    """People sat down with are no outlet: no frame."""
    text = "The mayor sat down with her advisers on Monday. “We need a plan,” she said."
    assert outer(extractor(text), "need a plan") == []


@pytest.mark.model
def test_a_reporter_above_relays_what_someone_told_other_people(extractor):
    """The speaker above was not told: "X told supporters ..., her campaign said" (campaign ``reported_by``)."""
    links = outer(extractor("“We will win,” Dara Fox told supporters, her campaign said."), "will win")
    assert named(links, "reported_by", "campaign"), links
    assert not named(links, "told", "campaign"), links
