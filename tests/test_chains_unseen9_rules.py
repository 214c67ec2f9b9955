"""Rules written after the ninth unseen chains set (session 18), on new invented sentences (not the set's).

"X spoke to OUTLET." frames the answers that follow; a leaked recording's relay holds for "X can be heard
saying"; a court paper named again ("the filing", "the lawsuit") relays for whoever filed it; "told a radio
station" names no outlet; "the podcast" is the podcast named before with its noun.
"""

from __future__ import annotations

import pytest
from _chain_reading import chains, named, speakers

SPOKE_TO = [
    (
        "Lena Marsh spoke to the Orford Chronicle on Friday. She said the library would close in June. "
        "\u201cWe ran out of money and out of time,\u201d she said.\n\n"
        "Asked whether volunteers could keep it open, she said: \u201cWe would welcome the offer.\u201d",
        "Orford Chronicle",
        ("library", "ran out", "welcome"),
    ),
    (
        "The ferry operator's founder, Niall Quigg, talked to Harbour FM at the terminal. He said the new boat "
        "had cost twice the estimate. \u201cI would build it again tomorrow,\u201d he added.",
        "Harbour FM",
        ("twice the estimate", "build it again"),
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "outlet", "fragments"), SPOKE_TO)
def test_spoke_to_outlet_frames_the_answers(extractor, text, outlet, fragments):
    """After "X spoke to OUTLET." the speaker's quotations in the passage were given in that interview."""
    result = extractor(text)
    for fragment in fragments:
        found = chains(result, fragment)
        assert found, fragment
        assert named(found[0][1:], "interview", outlet), (fragment, found)


@pytest.mark.model
def test_spoke_to_frame_ends_at_another_speaker(extractor):
    """Once another person is quoted, the first speaker's later words on another occasion get no link."""
    text = (
        "Lena Marsh spoke to the Orford Chronicle on Friday. She said the library would close in June.\n\n"
        "A reader, Tom Aske, said he had borrowed books there for forty years.\n\n"
        "At a public meeting on Monday, Marsh said the council had \u201cno choice at all.\u201d"
    )
    found = chains(extractor(text), "no choice")
    assert found and found[0][1:] == [], found


@pytest.mark.model
def test_spoke_to_before_a_q_and_a_is_left_to_its_turns(extractor):
    """A "spoke to" that introduces labelled turns sets no frame of its own (the turns are a transcript's)."""
    text = (
        "The head teacher, Rhian Boyce, answered questions about the merger. She spoke to the Vale Echo on Monday.\n\n"
        "Q: Will jobs go?\n"
        "A: \u201cNot one teaching post,\u201d Boyce said.\n"
    )
    found = chains(extractor(text), "teaching post")
    assert found and not named(found[0][1:], "interview", "Vale Echo"), found


RECORDINGS = [
    (
        "In a recording of a board meeting obtained by the Kestle Times, the club's chairman, Dev Anand, told "
        "directors that the stadium deal was \u201cas good as done.\u201d\n\n"
        "Anand can also be heard saying that the council would \u201ccome round in the end.\u201d",
        "Kestle Times",
        "come round",
    ),
    (
        "Video footage obtained by Channel Nine shows the coach, Bryn Tate, telling players that the referee "
        "was \u201cclueless.\u201d\n\n"
        "Later in the footage, Tate says the league \u201chas it in for us.\u201d",
        "Channel Nine",
        "has it in",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "outlet", "fragment"), RECORDINGS)
def test_recording_relay_holds_for_heard_saying(extractor, text, outlet, fragment):
    """The outlet that obtained a recording relays the speaker's later words "heard" or "in the recording"."""
    found = chains(extractor(text), fragment)
    assert found, fragment
    assert named(found[0][1:], "reported_by", outlet), found


@pytest.mark.model
def test_recording_relay_does_not_reach_a_new_occasion(extractor):
    """The speaker's words on another occasion, with no "heard" or "in the recording", get no relay."""
    text = (
        "In a recording of a board meeting obtained by the Kestle Times, the club's chairman, Dev Anand, told "
        "directors that the stadium deal was \u201cas good as done.\u201d\n\n"
        "On Friday, Anand said in a statement that the remarks had been \u201ca joke.\u201d"
    )
    found = chains(extractor(text), "a joke")
    assert found and not named(found[0][1:], "reported_by", "Kestle Times"), found


FILED = [
    (
        "A complaint filed on Monday by the state treasurer, Owen Petrakis, accuses a charity of misusing grants. "
        "In one email cited in the complaint, the charity's director, Nora Blum, told a trustee that the "
        "accounts were \u201cnobody's business.\u201d",
        "nobody's business",
        "Owen Petrakis",
    ),
    (
        "Court papers filed by the Serious Fraud Office describe how the fund was run. According to the papers, "
        "the fund's manager, Ian Coyle, told investors in 2021 that their money was \u201cperfectly safe.\u201d",
        "perfectly safe",
        "Serious Fraud Office",
    ),
    (
        "An indictment filed in federal court by the Ohio attorney general, Maya Chen, charges two men with fraud. "
        "According to the indictment, one of them, Carl Dietz, told a buyer that the cars had \u201cnever been in "
        "an accident.\u201d",
        "never been",
        "Maya Chen",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "fragment", "filer"), FILED)
def test_court_paper_named_again_relays_for_its_filer(extractor, text, fragment, filer):
    """Court papers named again ("cited in the complaint", "According to the papers") relay for their filer."""
    found = chains(extractor(text), fragment)
    assert found, fragment
    assert any(r == "reported_by" and n is not None and filer.lower() in n.lower() for r, n in found[0][1:]), found


@pytest.mark.model
def test_court_paper_without_a_filer_stays(extractor):
    """A paper whose filer the article never names keeps its own words as the relay."""
    text = "According to the lawsuit, the landlord told tenants that the heating was \u201cnot his problem.\u201d"
    found = chains(extractor(text), "not his problem")
    assert found and named(found[0][1:], "reported_by", "lawsuit"), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A memo obtained by the Lisle Post set out the cuts.\n\n"
        "The union's organiser, Gail Orme, told a local radio station that members were \u201cfurious.\u201d",
        "The Dunfield Herald first reported the closure.\n\n"
        "The owner, Raj Patel, told a newspaper in the city that the shop had \u201cno future.\u201d",
        "Sports Weekly named the squad on Monday.\n\n"
        "The coach told an online magazine that he was \u201cdelighted.\u201d",
    ],
)
def test_unnamed_outlet_told_is_no_link(extractor, text):
    """An outlet told but not named ("a local radio station") is no link, and not the outlet named before."""
    result = extractor(text)
    fragment = next(f for f in ("furious", "no future", "delighted") if f in text)
    found = chains(result, fragment)
    assert found and found[0][1:] == [], found


@pytest.mark.model
def test_named_outlet_told_keeps_its_link(extractor):
    """An outlet named with an indefinite description ("a Dutch daily, De Krant") is still told."""
    text = "The minister told a Dutch daily, De Krant, that the bridge would open in May."
    found = chains(extractor(text), "bridge")
    assert found and named(found[0][1:], "told", "De Krant"), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "podcast", "other"),
    [
        (
            "The league's chair, Ruth Penn, said the cup would be scrapped, speaking on the Long Ball podcast, as "
            "quoted by the Weekend Post.\n\nPenn said on the podcast that clubs had been consulted.",
            "Long Ball",
            "Weekend Post",
        ),
        (
            "Speaking on the Inside Left show, carried by City Radio, the striker said he wanted a new contract.\n\n"
            "He said on the show that his agent was talking to three clubs.",
            "Inside Left",
            "City Radio",
        ),
    ],
)
def test_the_podcast_is_the_one_named_with_its_noun(extractor, text, podcast, other):
    """The words "on the podcast" go to the podcast named before with that noun, not the newspaper named after it."""
    found = chains(extractor(text), "clubs had been consulted" if "Penn" in text else "three clubs")
    assert found, text
    links = found[0][1:]
    assert named(links, "interview", podcast), links
    assert not named(links, "interview", other), links


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Footage released by the club shows its manager, Ivo Petrov, telling fans that the stadium will stay.",
            "Ivo Petrov",
        ),
        ("A video seen by the Courier captures Sara Lind saying that the contract was \u201cdead.\u201d", "Sara Lind"),
        ("Security camera video shows a guard, Tom Ince, saying that the gate had been locked all night.", "Tom Ince"),
    ],
)
def test_recording_shows_the_person_speaking(extractor, text, speaker):
    """In "X shows Y telling/saying that ..." Y speaks; the recording only shows it."""
    found = speakers(extractor, text)
    assert any(name is not None and speaker in name for name in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "One of the people told Bloomberg that the bid was worth $4 billion. The person said the board would "
            "meet on Friday.",
            "board would meet",
            "Bloomberg",
        ),
        (
            "One of the people told the Financial Times that the talks had stalled. A second person told Sky News "
            "that a deal was still possible.\n\nThe first person said the banks had walked away.",
            "banks had walked",
            "Financial Times",
        ),
    ],
)
def test_unnamed_person_keeps_the_outlet_told(extractor, text, fragment, outlet):
    """An unnamed source named again ("The person", "The first person" after a second source) keeps its outlet."""
    found = chains(extractor(text), fragment)
    assert found and named(found[0][1:], "told", outlet), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "The defence ministry said in a statement published by the state news agency Tirpress that the drills "
            "were routine.",
            "drills",
            "Tirpress",
        ),
        (
            "The interior ministry said in a statement published by the daily Vecer that the border would reopen.",
            "border would reopen",
            "Vecer",
        ),
    ],
)
def test_statement_published_by_an_outlet_is_relayed(extractor, text, fragment, outlet):
    """A body's statement an outlet published is the body's, relayed by the outlet (not the outlet's own)."""
    found = chains(extractor(text), fragment)
    assert found and named(found[0][1:], "reported_by", outlet), found


@pytest.mark.model
def test_statement_released_by_a_body_stays_the_bodys(extractor):
    """A statement released by a body that is no outlet is that body's statement."""
    found = chains(
        extractor("The ministry said in a statement released by the government that taxes would rise."), "taxes"
    )
    assert found and not any(r == "reported_by" for r, _ in found[0][1:]), found
