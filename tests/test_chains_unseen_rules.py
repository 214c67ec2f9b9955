"""Source chains of the unseen-chains work (issue 11): outlets by description, relays, documents, hops, headings.

Every sentence is invented for these tests (none from ``tests/data/chains_unseen.jsonl`` or the seeds), in
several phrasings of each pattern; the chain convention is that of ``docs/sources.md``. A chain is written
``[(relation, name), ...]`` from the speaker outward, a name being the link's entity name or mention text.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract._model import Quotation, SourceLink, Span
from quoteextract.stages.layout.interview import _headline_outlet
from quoteextract.stages.sources._chain import Chain
from quoteextract.stages.sources._index import described_outlet

# -- no model -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "outlet"),
    [
        ("Transcript: Harbour Hour, Radio Carrick, Thursday\n", "Radio Carrick"),
        ("Transcript: Night Shift, Lakeland FM, Sunday 14 April\n", "Lakeland FM"),
        ("Interview: Breakfast Show, the Dale Voice, 12 May 2024, 8 a.m.\n", "Dale Voice"),
        ("Transcript: The Morning Call, Radio Kestrel\n", "Radio Kestrel"),
        ("Q&A: Open Line, Monday\n", None),
    ],
)
def test_transcript_heading_names_the_outlet_not_the_day(heading, outlet):
    """A transcript heading's outlet is a name part, never its day, date or time ("..., Radio Carrick, Thursday")."""
    found = _headline_outlet(heading + "HOST: Hello.")
    assert (heading[found[0] : found[1]] if found else None) == outlet


@pytest.mark.parametrize(
    ("text", "name", "outlet"),
    [
        ("She told the French news agency Agence Marlin that it was over.", "Agence Marlin", True),
        ("He spoke to the independent newspaper Orvo Daglig last week.", "Orvo Daglig", True),
        ("In remarks carried by the state broadcaster NVT, he said no.", "NVT", True),
        ("He said on the Long Table podcast that he was tired.", "Long Table", True),
        ("The company's founder, Ida Brandt, said it was over.", "Ida Brandt", False),
        ("The mayor met Orla Venn, a nurse, on Monday.", "Orla Venn", False),
    ],
)
def test_outlets_known_by_their_description(text, name, outlet):
    """An outlet whose name does not say so is known by how news introduces it, before or after the name."""
    start = text.index(name)
    assert described_outlet(text, start, start + len(name)) is outlet


def test_outer_links_use_the_outer_vocabulary():
    """A relay found as according_to or quoted is reported_by when it is not the first link; a first link keeps it."""
    text = "Ana said it, according to the Post, quoted by the Star."
    chain = Chain(Quotation(content=Span.of(text, 9, 11), kind="indirect"))
    chain.add(SourceLink("said", 1, Span.of(text, 4, 8)))
    chain.add(SourceLink("according_to", 2, Span.of(text, 13, 34)))
    chain.add(SourceLink("quoted", 3, Span.of(text, 36, 54)), rank=3)
    assert [link.relation for link in chain.ordered()] == ["said", "reported_by", "reported_by"]
    alone = Chain(Quotation(content=Span.of(text, 9, 11), kind="indirect"))
    alone.add(SourceLink("according_to", 2, Span.of(text, 13, 34)))
    assert [link.relation for link in alone.ordered()] == ["according_to"]


# -- on the model ---------------------------------------------------------------------------------------


def _chains(result, fragment=None):
    """The chains of the result's quotations (those whose text holds ``fragment``), as (relation, name) lists."""
    out = []
    for quote in result.quotes:
        if fragment is not None and fragment not in quote.text:
            continue
        chain = []
        for link in quote.sources:
            entity = result.entity(link.entity) if link.entity is not None else None
            chain.append((link.relation, entity.name if entity else (link.mention.text if link.mention else None)))
        out.append(chain)
    return out


def _outer(result, fragment):
    """The outer links of the one quotation holding ``fragment``."""
    (chain,) = _chains(result, fragment)
    return chain[1:]


def _named(links, relation, name):
    return any(r == relation and n is not None and name in n for r, n in links)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "The fisherman, Tam Rook, told the Norwegian news agency Fjordpress that the nets were empty.",
            "nets",
            "Fjordpress",
        ),
        ("The nurse told the newspaper Valley Clarion that the ward had closed.", "ward had closed", "Valley Clarion"),
        (
            "The mayor, Jon Pratt, said in a statement to the Riverside Post that the pool would reopen.",
            "pool",
            "Riverside Post",
        ),
    ],
)
def test_told_an_outlet_named_by_its_description(extractor, text, fragment, outlet):
    """'told the news agency X', 'told the newspaper X', 'in a statement to X': X is the outer told link."""
    assert _named(_outer(extractor(text), fragment), "told", outlet)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "The striker, Kofi Lund, told the Weekly Pitch in an interview that he would retire.",
            "retire",
            "Weekly Pitch",
        ),
        (
            "Mara Holt said in an interview with the Sunday Lamplight that the novel took nine years.",
            "novel",
            "Sunday Lamplight",
        ),
        (
            "Ruth Veil, the chef, said on the Long Table podcast that the restaurant would close.",
            "restaurant",
            "Long Table",
        ),
        ("Speaking on Radio Fennick's breakfast show, the minister said fares would rise.", "fares", "Radio Fennick"),
    ],
)
def test_interviews_and_programmes(extractor, text, fragment, outlet):
    """'told Y in an interview', 'an interview with the Sunday X', 'said on the X podcast': Y's interview."""
    assert _named(_outer(extractor(text), fragment), "interview", outlet)


@pytest.mark.model
def test_frame_of_a_podcast_carries_to_the_next_quotation(extractor):
    """'said on the X podcast' sets an interview frame; the speaker's next quotation on "the podcast" keeps it."""
    text = (
        "The agent, Lior Bex, said on the Final Minute podcast that two clubs had called. "
        "“Nobody has offered a penny,” Bex said on the podcast."
    )
    result = extractor(text)
    assert _named(_outer(result, "two clubs"), "interview", "Final Minute")
    assert _outer(result, "Nobody has offered")[0][0] == "interview"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "In remarks carried by the public broadcaster NVT, the president said the border would stay open.",
            "border",
            "NVT",
        ),
        (
            "Nine former ministers wrote in an open letter published in the Dunmore Herald that the treaty was "
            "a mistake.",
            "treaty",
            "Dunmore Herald",
        ),
        (
            "The coach, Ana Pirel, was quoted by the Lowestone Herald as saying the team would appeal.",
            "appeal",
            "Lowestone Herald",
        ),
        (
            "The Brackwater Mercury quoted Irma Solt as saying that she would not attend.",
            "not attend",
            "Brackwater Mercury",
        ),
    ],
)
def test_relays_are_reported_by(extractor, text, fragment, outlet):
    """'carried by', 'published in', 'was quoted by Y as saying', 'Y quoted X as saying': Y reported_by."""
    assert _named(_outer(extractor(text), fragment), "reported_by", outlet)


@pytest.mark.model
def test_passive_quoted_credits_the_person_quoted(extractor):
    """'X was quoted by Y as saying': the chain starts with X, not with the outlet."""
    chain = _chains(
        extractor("The coach, Ana Pirel, was quoted by the Lowestone Herald as saying the team would appeal."), "appeal"
    )[0]
    assert chain[0] == ("said", "Ana Pirel") and chain[-1] == ("reported_by", "Lowestone Herald")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Councillor Ivy Rask wrote in a post on Threads that the vote had been rigged.", "rigged"),
        ("In a post on X on Sunday, the singer said she needed rest.", "rest"),
        ("Researchers at the Kestrel Institute reported that the glacier had lost a third of its mass.", "glacier"),
        ("The ministry said on its website that the scheme would close in May.", "scheme"),
        ("A report published by the health ministry said waiting lists had grown by a tenth.", "waiting lists"),
        ("The mayor, Tomas Brindle, said on Monday that the road would reopen in June.", "road"),
        ("The plan was first reported by the Dunmore Courier, which said the council had approved it.", "approved"),
        ("Rosa Kemp, 64, who lives on the Castle Hill estate, said the bins had not been emptied.", "bins"),
    ],
)
def test_no_link_for_platforms_days_affiliations_or_own_reports(extractor, text, fragment):
    """A platform, a day, the speaker's own institution, a body's own report, the outlet itself: no outer link."""
    assert _outer(extractor(text), fragment) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "outlet"),
    [
        (
            "The Evening Clarion obtained the memo on Friday. In it, the chief executive, Oona Reyes, wrote that "
            "the plant would close in May.",
            "plant",
            "Evening Clarion",
        ),
        (
            "The Harbour Post has seen a draft of the plan. The draft says two schools would merge.",
            "schools",
            "Harbour Post",
        ),
        (
            "The Valley Echo, which obtained a copy of the letter, said it was sent in May. In the letter, the "
            "warden, Rhys Coll, wrote that the cells were “unfit for animals.”",
            "cells",
            "Valley Echo",
        ),
    ],
)
def test_documents_an_outlet_obtained(extractor, text, fragment, outlet):
    """A document an outlet obtained or saw: claims read from it later ("In it", "The draft says") come through it."""
    assert _named(_outer(extractor(text), fragment), "reported_by", outlet)


@pytest.mark.model
def test_a_cited_document_lends_its_citing_outlet(extractor):
    """'Citing a letter from X, Y reported ... The letter said ...': the second claim is cited by Y too."""
    text = (
        "Citing a letter from the regulator, the Kestrel Times reported that fines would double. "
        "The letter said the firm had ignored four warnings."
    )
    assert _named(_outer(extractor(text), "four warnings"), "citing", "Kestrel Times")


@pytest.mark.model
def test_a_document_frame_ends_after_the_next_paragraph(extractor):
    """An obtained document lends its outlet only in its paragraph and the next one."""
    text = (
        "The Mercury obtained the letter in March.\n\nPrices rose in April, the council said.\n\n"
        "Sales fell in May, traders said.\n\nIn the letter, the director, Pia Lund, wrote that the shop would close."
    )
    assert _outer(extractor(text), "shop would close") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "hop"),
    [
        (
            "The ministry told regional officials on Tuesday that the review would take a month, as first reported "
            "by the Ledger.",
            "review",
            "regional officials",
        ),
        (
            "The coach told his players that he would resign, according to two people in the room.",
            "resign",
            "his players",
        ),
    ],
)
def test_people_told_are_a_hop_before_a_relay(extractor, text, fragment, hop):
    """'X told Y that ..., as reported by Z': Y is a told hop between X and the relay."""
    chain = _chains(extractor(text), fragment)[0]
    relations = [r for r, _ in chain]
    assert ("told", hop) in chain and relations.index("told", 1) < relations.index("reported_by")


@pytest.mark.model
def test_people_told_without_a_relay_are_no_hop(extractor):
    """'X told reporters that ...', 'X told staff that ...': the people told are only the addressee."""
    result = extractor(
        "The minister told reporters that the plan was dead. The owner told staff that the mill would close."
    )
    assert all(chain[1:] == [] for chain in _chains(result))


@pytest.mark.model
@pytest.mark.parametrize(
    ("rule", "text", "fragment"),
    [
        (
            "sources.carried_by",
            "In remarks carried by the public broadcaster NVT, the president said the border would stay open.",
            "border",
        ),
        (
            "sources.on_air",
            "Ruth Veil, the chef, said on the Long Table podcast that the restaurant would close.",
            "restaurant",
        ),
        (
            "sources.document_carry",
            "The Harbour Post has seen a draft of the plan. The draft says two schools would merge.",
            "schools",
        ),
        (
            "sources.told_hop",
            "The ministry told regional officials on Tuesday that the review would take a month, as first reported "
            "by the Ledger.",
            "review",
        ),
    ],
)
def test_new_rules_switch_off(nlp, rule, text, fragment):
    """Each new rule really switches off: its link is gone with ``Extractor(disable=[rule])``."""
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=[rule])(text)
    assert len(_outer(off, fragment)) < len(_outer(on, fragment))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild,” the governor told the news agency Telma. Aid would come within days, she told the agency.",
        "The minister told the state news agency Korvo that talks had failed. He told the agency that he was tired.",
    ],
)
def test_the_agency_is_the_news_agency_named_before(extractor, text):
    """'told the agency' after 'the news agency X' (with or without an entity for X): X is the outer told link."""
    result = extractor(text)
    name = "Telma" if "Telma" in text else "Korvo"
    assert all(_named(chain[1:], "told", name) for chain in _chains(result))


@pytest.mark.model
def test_an_agency_that_is_not_news_is_no_outlet(extractor):
    """'The mayor told the agency' after 'The environment agency said': an addressee, no outlet link."""
    result = extractor("The environment agency said the river was safe. The mayor told the agency that he disagreed.")
    assert all(chain[1:] == [] for chain in _chains(result))
