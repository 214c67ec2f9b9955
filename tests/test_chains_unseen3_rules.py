"""Source chains of the third unseen-chains work (issue 11): readers, unnamed sources, second clauses.

Every sentence is invented for these tests (none from ``tests/data/chains_unseen3.jsonl``, the earlier chains
sets or the seeds), in several phrasings of each pattern; the chain convention is that of ``docs/sources.md``.
A chain is written ``[(relation, name), ...]`` from the speaker outward, a name being the link's entity name
or mention text.
"""

from __future__ import annotations

import pytest
from _chain_reading import chains as _chains
from _chain_reading import named as _named
from _chain_reading import outer as _outer

import quoteextract
from quoteextract.stages.sources._patterns import PATTERNS

# -- no model -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In a statement read out by her lawyer, she said", True),
        ("a statement read aloud by the presenter", True),
        ("a statement read out in court by the prosecutor", True),
        ("a statement read by a police officer", True),
        ("she read out the statement herself", False),
        ("widely read by farmers", True),
    ],
)
def test_read_out_pattern(text, found):
    """Words before a statement's reader: "read out by", "read aloud by", "read by"."""
    assert bool(PATTERNS["read_out"].search(text)) is found


# -- on the model ---------------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "reader"),
    [
        (
            "The footballer, Dean Marsh, was not in court. In a statement read out by his solicitor, Mark Tolley, "
            "Marsh said he was “deeply sorry” for the crash.",
            "deeply sorry",
            "Mark Tolley",
        ),
        (
            "Nurse Ana Ruiz did not attend the tribunal. In a statement read out by her lawyer, Ines Garrido, Ruiz "
            "said she had never falsified a record.",
            "falsified",
            "Ines Garrido",
        ),
        (
            "The family said in a statement read aloud by a police officer that they would not forgive him.",
            "forgive",
            "a police officer",
        ),
        (
            "“She lit up every room,” her father said in a statement read out in court by the prosecutor.",
            "lit up every room",
            "the prosecutor",
        ),
    ],
)
def test_statement_read_out_by_a_reader(extractor, text, fragment, reader):
    """A statement "read out by Y": Y passed the author's words on (``reported_by``), whoever Y is."""
    assert _named(_outer(extractor(text), fragment), "reported_by", reader)


@pytest.mark.model
def test_reading_ones_own_statement_is_no_relay(extractor):
    """A statement its author reads out is no relay: no outer link."""
    result = extractor("The mayor read out a statement. In it, she said the budget would be cut.")
    for chain in _chains(result, "budget would be cut"):
        assert not _named(chain[1:], "reported_by", "mayor")


@pytest.mark.model
def test_read_out_can_be_switched_off(nlp):
    """Extractor(disable=["sources.read_out"]) really drops the reader's link."""
    text = "In a statement read out by his lawyer, Sam Reyes, the driver said the brakes had failed."
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["sources.read_out"])(text)
    assert _named(_outer(on, "brakes had failed"), "reported_by", "Sam Reyes")
    assert not _named(_outer(off, "brakes had failed"), "reported_by", "Sam Reyes")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "later", "outlet", "relation"),
    [
        (
            "Two people familiar with the talks told the Harbour Times the ferry route would be sold.\n\n"
            "Harbour councillor Jo Bright said the sale would be a mistake.\n\n"
            "A buyer could be named in May, the two people said.",
            "buyer could be named",
            "Harbour Times",
            "told",
        ),
        (
            "A senior official told the Kestrel Post that the base would close. The mayor said she was "
            "disappointed. The official said the decision would be announced on Friday.",
            "decision would be announced",
            "Kestrel Post",
            "told",
        ),
        (
            "Three engineers who inspected the bridge told the Valley Courier that the cables were rusted. "
            "The council declined to comment. The repairs were years overdue, the engineers said.",
            "repairs were years overdue",
            "Valley Courier",
            "told",
        ),
    ],
)
def test_unnamed_source_keeps_its_outlet(extractor, text, later, outlet, relation):
    """An unnamed source known only through one outlet keeps that outlet in its later claims."""
    assert _named(_outer(extractor(text), later), relation, outlet)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a named speaker's new report is not carried (the frames' convention)
        "Mayor Ada Voss told the Kestrel Post that the base would close. Voss said later that she was hopeful.",
        # an unnamed source with its own frame keeps it
        "Three officials told the Kestrel Post that the base would close. Later, the officials said in a "
        "statement that no decision had been taken.",
        # people told, not an outlet: nothing to carry
        "Officials at the ministry told reporters the plan was dead. The officials said it could return next year.",
    ],
)
def test_unnamed_outlet_controls(extractor, text):
    """No outlet link on a named speaker's later report, an unnamed source's own frame, or people told."""
    result = extractor(text)
    for fragment in ("hopeful", "no decision", "could return"):
        for chain in _chains(result, fragment):
            assert not _named(chain[1:], "told", "Kestrel Post"), chain
            assert not _named(chain[1:], "told", "reporters"), chain


@pytest.mark.model
def test_unnamed_outlet_can_be_switched_off(nlp):
    """Extractor(disable=["sources.unnamed_outlet"]) really drops the carried outlet."""
    text = (
        "A senior official told the Kestrel Post that the base would close. The mayor said she was "
        "disappointed. The official said the decision would be announced on Friday."
    )
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["sources.unnamed_outlet"])(text)
    assert _named(_outer(on, "decision would be announced"), "told", "Kestrel Post")
    assert not _named(_outer(off, "decision would be announced"), "told", "Kestrel Post")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "At the hearing, prosecutors said the driver had been drinking; the defence argued that the road "
            "was unlit.",
            "driver had been drinking",
        ),
        (
            "Officials said the well had been poisoned; villagers insisted it had simply run dry.",
            "well had been poisoned",
        ),
        (
            "The landlord said the flat had been cleaned; the tenants claimed that mould covered the walls.",
            "flat had been cleaned",
        ),
    ],
)
def test_second_clause_after_a_semicolon_is_no_relay(extractor, text, first):
    """In "X said A; Y argued B" Y did not relay A (no ``reported_by``), though the parse hangs A under Y."""
    for chain in _chains(extractor(text), first):
        assert [r for r, _ in chain[1:]] == [], chain


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "Hale told the Bayside Sentinel, which reported her remarks on Friday, that the poll was wrong.",
            "poll was wrong",
            "Bayside Sentinel",
        ),
        (
            "The coach told the Ardmore Echo, which first reported the story, that he would resign.",
            "he would resign",
            "Ardmore Echo",
        ),
    ],
)
def test_outlet_told_which_reported(extractor, text, fragment, outlet):
    """In "X told Y, which reported ..." Y was told (``told``), not a relay of someone else's report."""
    outer = _outer(extractor(text), fragment)
    assert _named(outer, "told", outlet)
    assert not any(r == "reported_by" for r, _ in outer)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "maker"),
    [
        (
            "“We will be back,” the striker wrote in Portuguese, according to a translation by the Evening Lantern.",
            "We will be back",
            "Evening Lantern",
        ),
        (
            "The councillor wrote that the library was “a waste of space”, according to a screenshot of the post "
            "captured by the Brookfield Echo.",
            "waste of space",
            "Brookfield Echo",
        ),
        (
            "According to a transcript of the closed hearing released by the committee, the director told "
            "members that the audit had been delayed.",
            "audit had been delayed",
            "committee",
        ),
        (
            "The chair told donors the seat was lost, according to a transcript obtained by the Capitol Review.\n\n"
            "According to the transcript, she told them that the suburbs had “moved on”.",
            "moved on",
            "Capitol Review",
        ),
    ],
)
def test_document_relay_names_its_maker(extractor, text, fragment, maker):
    """A translation, a screenshot or a transcript "of ..." relayed by whoever made or holds it (``reported_by``)."""
    assert _named(_outer(extractor(text), fragment), "reported_by", maker)


@pytest.mark.model
def test_document_maker_can_be_switched_off(nlp):
    """Extractor(disable=["sources.document_maker"]) drops the maker of a document left as the speaker."""
    text = (
        "The councillor wrote that the library was “a waste of space”, according to a screenshot of the post "
        "captured by the Brookfield Echo."
    )
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["sources.document_maker"])(text)
    assert _named(_outer(on, "waste of space"), "reported_by", "Brookfield Echo")
    assert not _named(_outer(off, "waste of space"), "reported_by", "Brookfield Echo")


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("the club's website", True),
        ("her own page", True),
        ("the ministry's official account", True),
        ("the newspaper's website", False),
        ("the Dunmore Herald", False),
    ],
)
def test_own_platform(text, own):
    """A website, page or account someone owns is their own medium; an outlet's website is the outlet."""
    from quoteextract.stages.sources._outlets import own_platform

    assert own_platform(text) is own


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "In remarks carried by state television, the interior minister said the curfew would be lifted.",
            "curfew would be lifted",
            "state television",
        ),
        ("The president said the border would stay shut, in remarks broadcast by state TV.", "border", "state TV"),
        (
            "The minister said the talks had failed, in a video provided to the Dale Courier.",
            "talks had failed",
            "Dale Courier",
        ),
        (
            "The coach said the team would fight on, in a voice note shared with the Evening Post.",
            "fight on",
            "Evening Post",
        ),
    ],
)
def test_state_media_and_words_shared_with_an_outlet(extractor, text, fragment, outlet):
    """State media named by what it is, and an outlet the words were shared with, relay them (``reported_by``)."""
    assert _named(_outer(extractor(text), fragment), "reported_by", outlet)


@pytest.mark.model
def test_post_on_own_website_is_no_link(extractor):
    """In "In a post on the club's website, X wrote" the club's own medium is no outer link."""
    result = extractor(
        "In a post on the club's website, the chairman, Ian Voss, wrote that the pitch would be rebuilt."
    )
    for chain in _chains(result, "pitch would be rebuilt"):
        assert chain[1:] == [], chain


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "“We are asking nurses to do the impossible,” Dr Ana Marsh said at a staff briefing. Her comments "
            "were first reported by the trade magazine Ward Weekly.",
            "do the impossible",
            "Ward Weekly",
        ),
        (
            "General Mirko Salo told officers the war was over. “We have won,” Salo said. Salo's remarks were "
            "broadcast by the state broadcaster VTK on Sunday.",
            "We have won",
            "VTK",
        ),
    ],
)
def test_relay_named_in_the_next_sentence(extractor, text, fragment, outlet):
    """In "“...,” X said. Her comments were first reported by Y" Y relays the words just quoted."""
    assert _named(_outer(extractor(text), fragment), "reported_by", outlet)


@pytest.mark.model
def test_relay_named_after_is_not_for_other_speakers(extractor):
    """The sentence after one speaker's words relays that speaker only."""
    text = (
        "“The ward is safe,” said Tom Reyes, the trust's director. “We are asking nurses to do the impossible,” "
        "Dr Ana Marsh said. Her comments were first reported by the trade magazine Ward Weekly."
    )
    assert not _named(_outer(extractor(text), "ward is safe"), "reported_by", "Ward Weekly")


@pytest.mark.model
def test_reported_after_can_be_switched_off(nlp):
    """Extractor(disable=["sources.reported_after"]) really drops the relay named after the words."""
    text = (
        "“We are asking nurses to do the impossible,” Dr Ana Marsh said at a staff briefing. Her comments "
        "were first reported by the trade magazine Ward Weekly."
    )
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["sources.reported_after"])(text)
    assert _named(_outer(on, "do the impossible"), "reported_by", "Ward Weekly")
    assert not _named(_outer(off, "do the impossible"), "reported_by", "Ward Weekly")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "hop", "relay"),
    [
        (
            "Court records show the driver told police that he had not been drinking.",
            "not been drinking",
            "police",
            "Court records",
        ),
        (
            "Emails released by the committee reveal that the director told colleagues the audit was a farce.",
            "audit was a farce",
            "colleagues",
            "committee",
        ),
        (
            "Police files show that the mayor told officers the car had been stolen.",
            "car had been stolen",
            "officers",
            "Police files",
        ),
    ],
)
def test_document_that_shows_what_was_said(extractor, text, fragment, hop, relay):
    """In "Records show X told Y that ..." the people told are a hop and the document (or its maker) the relay."""
    outer = _outer(extractor(text), fragment)
    assert _named(outer, "told", hop)
    assert _named(outer, "reported_by", relay)


@pytest.mark.model
def test_a_poll_that_shows_is_no_relay(extractor):
    """In "Polls show that voters want change" the poll is evidence, not a document relaying words."""
    for chain in _chains(extractor("Polls show that voters want change."), "voters want change"):
        assert not any(r == "reported_by" for r, _ in chain), chain


@pytest.mark.model
def test_told_a_website_is_told(extractor):
    """Words told to a website's staff ("told the tournament's website") keep the ``told`` link."""
    result = extractor("“I have not slept since the final,” the winner told the tournament's website.")
    assert _named(_outer(result, "not slept"), "told", "website")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "reader"),
    [
        (
            "In a statement read on her behalf by her sister, the climber said she was grateful to the rescuers.",
            "grateful to the rescuers",
            "her sister",
        ),
        (
            "The striker's agent, Luis Moreno, read out a statement in which the player said he regretted the tackle.",
            "regretted the tackle",
            "Luis Moreno",
        ),
    ],
)
def test_reader_on_someones_behalf_and_in_the_active(extractor, text, fragment, reader):
    """In "read on her behalf by Y" and "Y read out a statement in which X said" Y relays X (``reported_by``)."""
    assert _named(_outer(extractor(text), fragment), "reported_by", reader)


@pytest.mark.model
def test_one_of_the_people_keeps_the_outlet(extractor):
    """In "..., one of the officials said" after "Two officials ... told Y" the unnamed source keeps Y."""
    text = (
        "Two officials with knowledge of the plan told the Westbury Times the tunnel would be delayed. "
        "The delay could reach two years, one of the officials said."
    )
    assert _named(_outer(extractor(text), "delay could reach"), "told", "Westbury Times")


@pytest.mark.model
def test_document_made_public_by_the_speakers_own_office(extractor):
    """In "according to a readout provided by his office" his office relays it, not the speaker himself."""
    result = extractor(
        "“It was a mistake,” the minister said, according to a readout of the meeting provided by his office."
    )
    assert _named(_outer(result, "It was a mistake"), "reported_by", "his office")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“We are broke,” the treasurer, Ann Lowe, told a members' meeting. The remarks were first reported by the "
        "Valley Courier.",
        "“We are broke,” said the treasurer, Ann Lowe. Lowe's comments were first published in the Valley Courier.",
    ],
)
def test_relay_named_after_by_a_definite_or_a_name(extractor, text):
    """Y relays the words before "The remarks were first reported by Y" or "Lowe's comments ... in Y"."""
    assert _named(_outer(extractor(text), "We are broke"), "reported_by", "Valley Courier")


@pytest.mark.model
def test_a_new_description_is_not_the_unnamed_source(extractor):
    """A full new description ("the spokesman for the rival firm") does not inherit another source's outlet."""
    text = (
        "A spokesman for the operator told AFP the dam was safe. "
        "The spokesman for the rival firm said the figures were false."
    )
    for chain in _chains(extractor(text), "figures were false"):
        assert not _named(chain[1:], "told", "AFP"), chain
