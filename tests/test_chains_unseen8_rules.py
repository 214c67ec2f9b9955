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
