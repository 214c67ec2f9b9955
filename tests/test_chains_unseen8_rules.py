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
