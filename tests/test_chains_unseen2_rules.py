"""Source chains of the second unseen-chains work (issue 11): relays at a claim's end, carried relays, documents.

Every sentence is invented for these tests (none from ``tests/data/chains_unseen2.jsonl``, the first chains
set or the seeds), in several phrasings of each pattern; the chain convention is that of ``docs/sources.md``.
A chain is written ``[(relation, name), ...]`` from the speaker outward, a name being the link's entity name
or mention text.
"""

from __future__ import annotations

import pytest
from _chain_reading import chains as _chains
from _chain_reading import named as _named
from _chain_reading import outer as _outer

import quoteextract
from quoteextract._model import Quotation, Span
from quoteextract.stages.sources._chain import relay_tail
from quoteextract.stages.sources._index import outlet_name
from quoteextract.stages.sources._patterns import PATTERNS

# -- no model -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "tail"),
    [
        (
            "the bridge would reopen, in remarks carried by the Dunmore Herald",
            ", in remarks carried by the Dunmore Herald",
        ),
        (
            "the plant would close, in a letter first reported by the Standard",
            ", in a letter first reported by the Standard",
        ),
        (
            "wards would shut, in an email to staff obtained by the Observer",
            ", in an email to staff obtained by the Observer",
        ),
        ("the fares would rise, according to two people in the room", ", according to two people in the room"),
        ("the fares would rise, as first reported by the Ledger", ", as first reported by the Ledger"),
        ("the fares would rise in May, in line with inflation", ""),
        ("the report, published by the ministry, was wrong", ""),
    ],
)
def test_relay_tail_is_attribution_text(content, tail):
    """A claim running on to ", in remarks carried by Y" holds its own relay: those words are the writer's."""
    quote = Quotation(content=Span.of(content, 0, len(content)), kind="indirect")
    assert content[len(content) - relay_tail(quote) :] == tail if tail else relay_tail(quote) == 0


def test_direct_quotation_has_no_relay_tail():
    """A direct quotation's words are the speaker's, whatever they say."""
    content = "“We spoke, according to the minutes, for an hour,”"
    assert relay_tail(Quotation(content=Span.of(content, 0, len(content)), kind="direct")) == 0


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("LORNVIK, June 9 (Tidewire) - Rescue teams reached the miners.", "Tidewire"),
        ("DALBY (Northwire) — The dam held.", "Northwire"),
        ("KASSEL BAY, Oct 2 (Coast Press Service) - Ferries stopped.", "Coast Press Service"),
        ("The council (Labour) - which won in May - met.", None),
    ],
)
def test_wire_dateline_names_its_agency(text, agency):
    """A wire dateline's parenthesis names a news agency ("LORNVIK, June 9 (Tidewire) -"); other brackets do not."""
    found = PATTERNS["dateline_agency"].search(text)
    assert (found["name"] if found else None) == agency


# -- on the model ---------------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "The mayor said on Monday that the bridge would reopen, in remarks carried by the Dunmore Herald.",
            "bridge",
            "Dunmore Herald",
        ),
        (
            "The mayor said the pool would reopen in March, in an email obtained by the Kestrel Post.",
            "pool",
            "Kestrel Post",
        ),
        (
            "The chief executive wrote that the plant would close, in a letter first reported by the Harlow Standard.",
            "plant",
            "Harlow Standard",
        ),
    ],
)
def test_relay_at_the_end_of_a_claim(extractor, text, fragment, outlet):
    """'X said that Z, in remarks carried by Y': Y relayed it, though the parse ran the claim on to Y."""
    assert _named(_outer(extractor(text), fragment), "reported_by", outlet)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "second", "outlet"),
    [
        (
            "The mining company Ardmet said in a statement, as reported by the regional broadcaster KTV, that a pump "
            "had failed. “We are checking every site,” it said.",
            "pump",
            "checking every site",
            "KTV",
        ),
        (
            "The coach, Ida Varn, said the squad was exhausted, according to the Millbrook Mercury. “They have "
            "nothing left,” she said.",
            "exhausted",
            "nothing left",
            "Millbrook Mercury",
        ),
        (
            "The minister, Ines Calloway, told staff the line would close, in an email obtained by the Lowfield "
            "Echo. “I see no other way,” she wrote.",
            "line would close",
            "no other way",
            "Lowfield Echo",
        ),
    ],
)
def test_relay_holds_for_the_speaker_in_the_paragraph(extractor, text, first, second, outlet):
    """A relay ("as reported by Y", "according to Y") holds for the direct quotation continuing it ("she said")."""
    result = extractor(text)
    assert _named(_outer(result, first), "reported_by", outlet)
    assert _named(_outer(result, second), "reported_by", outlet)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The coach, Ida Varn, said the squad was exhausted, according to the Millbrook Mercury.\n\n“They have "
        "nothing left,” she said.",
        "The coach, Ida Varn, said the squad was exhausted, according to the Millbrook Mercury. Varn added that "
        "two players would be rested.",
        "The coach, Ida Varn, said the squad was exhausted, according to the Millbrook Mercury. She said two players "
        "would be rested.",
    ],
)
def test_relay_does_not_hold_for_a_new_report(extractor, text):
    """A relay ends with its paragraph, and a new report ("Varn added that ...") is the speaker's own words."""
    result = extractor(text)
    later = [q for q in result.quotes if "nothing left" in q.text or "rested" in q.text]
    assert later and all(len(q.sources) <= 1 for q in later)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("DRAVIK, May 2 (Northwire) - Governor Ana Pell told Northwire that engineers were on site.", "engineers"),
        ("OSLEY, March 3 (Baltwire) - The harbour master, Per Lund, told Baltwire the port would reopen.", "port"),
    ],
)
def test_wire_agency_of_the_dateline_is_an_outlet(extractor, text, fragment):
    """'told Northwire' under a "(Northwire) -" dateline: the agency is the outlet told."""
    agency = text[text.index("(") + 1 : text.index(")")]
    assert _named(_outer(extractor(text), fragment), "told", agency)


@pytest.mark.model
def test_dateline_alone_is_no_link(extractor):
    """The dateline's agency is not a link of claims that do not name it."""
    result = extractor("DRAVIK, May 2 (Northwire) - The governor said the dam would hold.")
    assert _outer(result, "dam would hold") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "maker"),
    [
        (
            "The mayor told the council the budget was balanced, according to a transcript released by the Corlan "
            "Taxpayers' Association on Monday.",
            "budget",
            "Corlan Taxpayers",
        ),
        (
            "A former aide warned the premier that the bank was failing, according to a new book by the journalist "
            "Petra Lund.",
            "bank was failing",
            "Petra Lund",
        ),
        (
            "“Costs must fall,” Ms Korr said on the call, according to a transcript published by the data firm "
            "Dataline.",
            "Costs must fall",
            "Dataline",
        ),
    ],
)
def test_document_relay_is_its_maker(extractor, text, fragment, maker):
    """'according to a transcript released by Y', 'a new book by Y': Y, who made the words public, relays them."""
    assert _named(_outer(extractor(text), fragment), "reported_by", maker)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "The goalkeeper told the club's podcast, The Home End, that the dressing room was united.",
            "dressing room",
            "Home End",
        ),
        (
            "The rector wrote in a letter first reported by the student newspaper, the Lindby Voice, that no decision "
            "had been taken. The Lindby Gazette reported the plans on Monday.",
            "no decision",
            "Lindby Voice",
        ),
    ],
)
def test_description_then_name_in_apposition(extractor, text, fragment, outlet):
    """'the club's podcast, The Home End,': the outlet is the name set after its description."""
    assert any(n is not None and outlet in n for _, n in _outer(extractor(text), fragment))


@pytest.mark.model
def test_the_programme_points_back_to_the_programme(extractor):
    """'said on the programme' is the programme named before, not a newspaper named in between."""
    text = (
        "Speaking on the KRT Radio Sportsdesk programme, the manager said the team would bounce back. In an "
        "interview with the Weekend Courant, the owner said every job was under review. The captain, Ola Berg, "
        "said on the programme that the players were to blame."
    )
    outer = _outer(extractor(text), "players were to blame")
    assert _named(outer, "interview", "KRT Radio Sportsdesk") and not _named(outer, "interview", "Courant")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "hop", "relay"),
    [
        (
            "According to state media, President Jan Orel told his cabinet on Monday that the strike had been "
            "organised abroad.",
            "strike",
            "cabinet",
            "state media",
        ),
        (
            "The Lakeside Post has obtained the minutes of the March board meeting. The minutes show that the "
            "treasurer, Ivo Lent, told fellow trustees that the ground would be sold.",
            "ground would be sold",
            "fellow trustees",
            "Lakeside Post",
        ),
    ],
)
def test_people_told_before_a_relay(extractor, text, fragment, hop, relay):
    """'According to state media, X told his cabinet': the cabinet heard it (told), state media relayed it."""
    outer = _outer(extractor(text), fragment)
    assert _named(outer, "told", hop) and _named(outer, "reported_by", relay)
    assert [r for r, _ in outer].index("told") < [r for r, _ in outer].index("reported_by")


@pytest.mark.model
def test_carried_hop_can_be_switched_off(nlp):
    """Extractor(disable=["sources.carried_hop"]) really drops the hop added after a carried relay."""
    text = (
        "The Lakeside Post has obtained the minutes of the March board meeting. The minutes show that the "
        "treasurer, Ivo Lent, told fellow trustees that the ground would be sold."
    )
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["sources.carried_hop"])(text)
    assert _named(_outer(on, "ground would be sold"), "told", "fellow trustees")
    assert not _named(_outer(off, "ground would be sold"), "told", "fellow trustees")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "A recording of the meeting, heard by the Brenton Echo, captures a nurse asking about beds. On the "
            "recording, the matron, Ula Dorr, can be heard saying that the ward would stay open.",
            "ward would stay open",
            "Brenton Echo",
        ),
        (
            "The developer's chairman wrote to the minister in a letter first reported by the Kelby Standard last "
            "week. “We have been treated unfairly,” Lars Odin wrote in the letter.",
            "treated unfairly",
            "Kelby Standard",
        ),
        (
            "The port board said it would shut two berths, in a statement carried by the state news agency Velpress. "
            "The statement said the closure would last a month.",
            "last a month",
            "Velpress",
        ),
        (
            "In a memo seen by the Arden Gazette, the finance director, Nils Aber, warned that reserves would run "
            "out.\n\nThe memo sets out plans to close two sites. Aber wrote that the closures would save £4m.",
            "save £4m",
            "Arden Gazette",
        ),
    ],
)
def test_documents_an_outlet_heard_saw_or_published(extractor, text, fragment, outlet):
    """A recording heard by Y, a letter first reported by Y, a statement carried by Y: what is read from it later."""
    assert _named(_outer(extractor(text), fragment), "reported_by", outlet)


@pytest.mark.model
def test_wrote_without_a_document_held_is_no_link(extractor):
    """'X wrote that ...' with no document an outlet holds is the writer's own words."""
    result = extractor("The finance director, Nils Aber, wrote that the closures would save £4m.")
    assert _outer(result, "save £4m") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "relay"),
    [
        (
            "“We will not be moved,” the state news agency Pressa quoted the president as saying. “The talks are "
            "over,” the agency quoted him as saying.",
            "talks are over",
            "Pressa",
        ),
        (
            "A former minister warned of the crash, according to a new book by the historian Lena Marsh.\n\nThe book "
            "also quotes a former adviser, Tom Ryle, as saying the plan was shelved.",
            "plan was shelved",
            "Lena Marsh",
        ),
    ],
)
def test_quoting_relay_is_the_outlet_or_author_meant(extractor, text, fragment, relay):
    """'the agency quoted X': the agency named before; 'The book quotes X': the book's author."""
    assert _named(_outer(extractor(text), fragment), "reported_by", relay)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("The Hill", True),
        ("the Castle Hill Herald", True),
        ("Castle Hill", False),
        ("Tower Hill", False),
        ("the Dunmore Herald", True),
    ],
)
def test_hill_ends_place_names(name, outlet):
    """A publication, "The Hill"; places, "Castle Hill" and "Tower Hill", whatever the outlet words say."""
    assert outlet_name(name) is outlet


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor said on Tower Hill that the market would reopen.",
        "Speaking on Castle Hill, the mayor said the market would reopen.",
        "Residents of Castle Hill said the market would reopen.",
    ],
)
def test_a_hill_is_no_outlet(extractor, text):
    """A place named "... Hill" is no programme or outlet the words were given to."""
    assert _outer(extractor(text), "market would reopen") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "cited", "outlet"),
    [
        (
            "Velox Motors plans to cut 4,000 jobs in Europe, the business daily Finanzblatt reported on Thursday, "
            "citing people familiar with the plans.",
            "4,000 jobs",
            "people",
            "Finanzblatt",
        ),
        (
            "The bank will sell its insurance arm, the newspaper Kapital Dnes reported, citing two executives.",
            "insurance arm",
            "two executives",
            "Kapital Dnes",
        ),
        (
            "The crew had been warned in May, sources close to the talks told the Harbour Gazette.\n\nThe broadcaster "
            "NTV, citing a senior port official, reported that the ministry had drawn up a rescue plan.",
            "rescue plan",
            "a senior port official",
            "NTV",
        ),
    ],
)
def test_outlet_citing_its_sources(extractor, text, fragment, cited, outlet):
    """'..., the daily Y reported, citing Z': Z said it and Y is ``citing`` (not an outlet named before)."""
    (chain,) = _chains(extractor(text), fragment)
    assert cited in (chain[0][1] or "")
    assert _named(chain[1:], "citing", outlet) and not _named(chain[1:], "citing", "Harbour Gazette")


@pytest.mark.model
def test_a_speaker_citing_evidence_keeps_the_claim(extractor):
    """'The minister said, citing police figures, that ...': no cited source, no citing link."""
    result = extractor("The minister said, citing police figures, that crime had fallen.")
    assert all(relation != "citing" for relation, _ in _outer(result, "crime had fallen"))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "maker"),
    [
        (
            "The mayor told the council the budget was balanced, according to a transcript released by the Corlan "
            "Taxpayers Association.\n\nThe mayor said the deficit would shrink, according to the transcript. “I know "
            "what this costs,” she said at the meeting.",
            "what this costs",
            "Corlan Taxpayers Association",
        ),
        (
            "The chair said the club was solvent, according to a recording published by the Rovers Supporters "
            "Trust. “We owe "
            "nothing,” he said.",
            "We owe",
            "Rovers Supporters Trust",
        ),
    ],
)
def test_quotation_continuing_a_document_relay(extractor, text, fragment, maker):
    """'“...,” she said' after 'according to the transcript': the transcript's maker, not "the transcript"."""
    assert _named(_outer(extractor(text), fragment), "reported_by", maker)


@pytest.mark.parametrize(
    "content",
    [
        "Under the agreement, according to a draft seen by AFP, the number of lorries would be capped",
        "the fares, as reported by the Ledger, would rise in May",
    ],
)
def test_a_relay_inside_the_claim_is_no_tail(content):
    """A relay in the middle of a claim's words ("according to a draft seen by AFP, the number ...") is no tail."""
    assert relay_tail(Quotation(content=Span.of(content, 0, len(content)), kind="indirect")) == 0


@pytest.mark.model
def test_quoted_as_saying_without_agent_keeps_the_relay(extractor):
    """'“...,” Varn was quoted as saying' after 'was quoted by the Mercury as saying': the Mercury, in its paragraph."""
    text = (
        "The coach, Ida Varn, was quoted by the Millbrook Mercury as saying the squad was tired. “We have nothing "
        "left,” Varn was quoted as saying."
    )
    assert _named(_outer(extractor(text), "nothing left"), "reported_by", "Millbrook Mercury")
    apart = text.replace("tired. ", "tired.\n\n")
    assert _outer(extractor(apart), "nothing left") == []
