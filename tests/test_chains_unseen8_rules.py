"""Rules written after the eighth unseen chains set (session 17), on new invented sentences (not the set's).

"X told the presenter Y in an interview broadcast by Z" is Y's ``interview`` relayed by Z (``reported_by``), and
both links carry over to X's next quotations in the passage, as an interview frame does.
"""

from __future__ import annotations

import pytest
from _chain_reading import chains, named, outer


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "interviewer", "relay"),
    [
        (
            "The goalkeeper, Aled Pryce, told the host Mona Keel in an interview broadcast by Radio Tawe on Monday "
            "that he would retire in May.",
            "retire",
            "Mona Keel",
            "Radio Tawe",
        ),
        (
            "Ines Varga told the journalist Petr Kolar in an interview aired by Radio Danube that the budget was "
            "\u201ca fantasy.\u201d",
            "fantasy",
            "Petr Kolar",
            "Radio Danube",
        ),
    ],
)
def test_interview_broadcast_by_another_outlet(extractor, text, fragment, interviewer, relay):
    """The person told "in an interview" interviewed the speaker; the station that broadcast it relays it."""
    links = outer(extractor(text), fragment)
    assert named(links, "interview", interviewer), links
    assert named(links, "reported_by", relay), links
    assert [r for r, _ in links].index("interview") < [r for r, _ in links].index("reported_by"), links


@pytest.mark.model
def test_broadcast_interview_carries_over(extractor):
    """The speaker's next quotations in the passage keep the interviewer and the station."""
    text = (
        "The goalkeeper, Aled Pryce, told the host Mona Keel in an interview broadcast by Radio Tawe on Monday that "
        "he would retire in May. He said his knees had decided for him.\n\n"
        "\u201cI have had a good run,\u201d he said in the interview."
    )
    result = extractor(text)
    for fragment in ("knees", "good run"):
        found = chains(result, fragment)
        assert found, fragment
        assert named(found[0][1:], "interview", "Mona Keel"), found
        assert named(found[0][1:], "reported_by", "Radio Tawe"), found


@pytest.mark.model
def test_person_told_without_interview_is_still_told(extractor):
    """Without "in an interview" the person told stays a ``told`` hop before the relay."""
    text = (
        "The chairman, Ivo Brandt, told the auditor Lise Hald that the books were clean, according to minutes "
        "obtained by the Kessel Courier."
    )
    links = outer(extractor(text), "books")
    assert not named(links, "interview", "Lise Hald"), links


@pytest.mark.model
def test_outlet_named_bare_after_its_description(extractor):
    """An outlet described once ("the local news site Alston Live") is an outlet when named bare later."""
    text = (
        "The clip was first shared by the local news site Alston Live on Friday. A council engineer, Tomas Reyne, "
        "told Alston Live that the wall had been inspected in May."
    )
    links = outer(extractor(text), "inspected")
    assert named(links, "told", "Alston Live"), links


@pytest.mark.model
def test_place_word_in_an_outlets_description(extractor):
    """A place in an outlet's description ("the Ostland broadcaster OTV"): OTV is told, and the speaker ``said`` it."""
    found = chains(
        extractor("The ministry's spokesman, Jan Holt, told the Ostland broadcaster OTV that the crew was safe."),
        "crew",
    )
    assert found, found
    assert found[0][0][0] == "said", found
    assert named(found[0][1:], "told", "OTV"), found


@pytest.mark.model
def test_a_name_never_described_as_an_outlet_is_no_outlet(extractor):
    """A person's name told something, with no outlet of that name described in the article, is no outer link."""
    text = (
        "The local news site Corvale Today ran the story. The contractor, Ivan Petrov, told Alma Reyne that it "
        "was wrong."
    )
    links = outer(extractor(text), "wrong")
    assert not named(links, "told", "Alma Reyne"), links


@pytest.mark.model
def test_interview_later_broadcast_by_another_outlet(extractor):
    """An interview "later broadcast as a podcast by Z": the interviewer inside, then Z relaying it."""
    text = (
        "The head coach, Owen Marr, said in an interview with the Kirkby Gazette, later broadcast as a podcast by "
        "Radio Fell, that the squad was \u201cthe best I have had.\u201d"
    )
    links = outer(extractor(text), "best I have had")
    relations = [r for r, _ in links]
    assert named(links, "interview", "Kirkby Gazette"), links
    assert named(links, "reported_by", "Radio Fell"), links
    assert relations.index("interview") < relations.index("reported_by"), links


@pytest.mark.model
def test_release_relayed_by_an_agency(extractor):
    """A press release "relayed by the state news agency Y": Y relays the release."""
    text = (
        "ORVAL, May 2 - The port will close for a week, according to a press release from the harbour board, "
        "relayed by the state news agency Velpress."
    )
    links = outer(extractor(text), "close for a week")
    assert named(links, "reported_by", "Velpress"), links


@pytest.mark.model
def test_letter_from_a_role_is_a_person(extractor):
    """A letter "from the chief engineer" is the engineer's words: an entity typed as a person, not unknown."""
    result = extractor(
        "The letter, from the chief engineer of the water board, said the pipes were \u201cfar past their age.\u201d"
    )
    quote = next(q for q in result.quotes if "pipes" in q.text)
    entity = result.entity(quote.speaker.entity)
    assert entity is not None and "engineer" in entity.name, entity
    assert entity.type == "person", entity


@pytest.mark.model
def test_role_with_the_speakers_name_is_no_second_source(extractor):
    """A letter from a role with the speaker's name in apposition after it: one source, who wrote it."""
    text = "A second letter, from the county surveyor, Ada Brick, warned that the bridge was unsafe."
    found = chains(extractor(text), "unsafe")
    assert found and found[0][1:] == [], found
    assert found[0][0][1] == "Ada Brick", found


@pytest.mark.model
def test_outlet_citing_an_outlet_that_cited_people(extractor):
    """An outlet citing a paper "which cited three officials": the officials, the paper citing, the outlet citing."""
    text = (
        "The mine will close in May, the business daily Vestpost reported, citing the regional newspaper "
        "Nordtidende, which cited three council officials."
    )
    found = chains(extractor(text), "mine will close")
    assert found, found
    chain = found[0]
    assert "officials" in (chain[0][1] or ""), chain
    relations = [r for r, _ in chain[1:]]
    assert relations == ["citing", "citing"], chain
    assert "Nordtidende" in (chain[1][1] or "") and "Vestpost" in (chain[2][1] or ""), chain


@pytest.mark.model
def test_outlet_citing_people_is_two_deep(extractor):
    """An outlet citing officials directly: the officials, then the outlet citing (no middle link)."""
    text = "The mine will close in May, the business daily Vestpost reported, citing three council officials."
    found = chains(extractor(text), "mine will close")
    assert found and [r for r, _ in found[0][1:]] == ["citing"], found


@pytest.mark.model
def test_copy_obtained_holds_the_document_named_before(extractor):
    """A copy obtained by an outlet is a copy of the memo the sentence names: "The memo said" keeps the outlet."""
    text = (
        "A memo from the fire chief, Ruth Pallin, warned the mayor that her crews could not cope, according to a "
        "copy obtained by the Dunmore Herald.\n\n"
        "The memo, addressed to the town clerk, said the service was short of twelve firefighters."
    )
    links = outer(extractor(text), "twelve firefighters")
    assert named(links, "reported_by", "Dunmore Herald"), links
