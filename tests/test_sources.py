"""Source chains: each construction of issue 5, ordering, and the seed article's chains."""

from __future__ import annotations

from pathlib import Path

import pytest
from _handmade import find, quote

from quoteextract._model import Mention, Quotation, SourceLink, Span
from quoteextract.article import Article
from quoteextract.stages.sources import PATTERNS, RANK, link_sources
from quoteextract.stages.sources._chain import Chain, segments
from quoteextract.stages.speakers import resolve_speakers

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ed65664943946bce.txt"


def _chain(nlp, text, *quotes):
    """Resolve speakers and link sources on hand-made quotations; return (relation, name, addressee) chains."""
    article = Article.build(nlp(text))
    result = resolve_speakers(article, list(quotes))
    entities = result.entities
    linked = link_sources(article, result.quotes, entities)
    names = {e.id: e.name for e in entities}

    def row(link: SourceLink) -> tuple[str, str | None, str | None]:
        name = names.get(link.entity) if link.entity is not None else (link.mention.text if link.mention else None)
        return link.relation, name, names.get(link.addressee) if link.addressee is not None else None

    for q in linked:
        for link in q.sources:
            assert link.span is not None and text[link.span.start : link.span.end] == link.span.text
            if link.mention is not None:
                assert text[link.mention.start : link.mention.end] == link.mention.text
    return [[row(link) for link in q.sources] for q in linked]


# -- pure logic ----------------------------------------------------------------------------


def test_segments_leave_out_the_claim():
    """The attribution text is the region minus the claim's own words."""
    text = "A said “x y z” to B."
    q = Quotation(content=Span.of(text, 8, 13), kind="direct", fragments=(Span.of(text, 8, 13),))
    assert segments((0, len(text)), q) == [(0, 8), (13, len(text))]


def test_chain_order_innermost_first():
    """Links are ordered by relation rank, then by closeness to the claim."""
    text = "xxxxxxxxxx claim yyyyyyyyyy"
    q = Quotation(content=Span.of(text, 11, 16), kind="indirect")
    chain = Chain(q)
    chain.add(SourceLink("reported_by", 3, Span.of(text, 17, 27)))
    chain.add(SourceLink("said", 1, Span.of(text, 0, 10)))
    chain.add(SourceLink("according_to", 2, Span.of(text, 17, 20)))
    # the relay's rank orders it; as an outer link it is named with the outer vocabulary (reported_by)
    assert [link.relation for link in chain.ordered()] == ["said", "reported_by", "reported_by"]
    assert [link.entity for link in chain.ordered()] == [1, 2, 3]
    assert RANK["said"] < RANK["according_to"] < RANK["reported_by"]


def test_same_entity_refines_instead_of_repeating():
    """A second link for the same entity refines a plain "said" rather than adding a hop."""
    text = "xxxxxxxxxx claim"
    q = Quotation(content=Span.of(text, 11, 16), kind="indirect")
    chain = Chain(q)
    chain.add(SourceLink("said", 1, Span.of(text, 0, 4)))
    chain.add(SourceLink("statement", 1, Span.of(text, 0, 10)))
    assert [link.relation for link in chain.ordered()] == ["statement"]


@pytest.mark.parametrize(
    "name, text, matches",
    [
        ("frame_source", "according to a statement from the ministry", True),
        ("frame_source", "in an interview with the Daily Ledger", True),
        ("frame_bare", "said in a statement on Monday", True),
        ("frame_bare", "in a statement released by the ministry", False),
        ("according", "according to the central bank", True),
        ("according", "according to a letter from", False),
        ("reported_by", "as reported by the Ledger", True),
        ("citing", "citing two officials", True),
        ("quoted", "quoted Ana Ruiz as saying", True),
        ("spokes_for", "a spokeswoman for the ministry", True),
    ],
)
def test_patterns(name, text, matches):
    """Each construction's pattern matches its own wording and not the others'."""
    assert bool(PATTERNS[name].search(text)) is matches


# -- constructions (model) --------------------------------------------------------------------


@pytest.mark.model
def test_according_to(nlp):
    """The phrase "according to X" gives X with according_to."""
    text = "Storms will hit the coast, according to the National Weather Service."
    q = quote(text, "Storms will hit the coast", "the National Weather Service", "according to", kind="indirect")
    assert _chain(nlp, text, q) == [[("according_to", "National Weather Service", None)]]


@pytest.mark.model
def test_according_to_statement_as_reported_by(nlp):
    """The phrase "according to a statement from X, as reported by Y" gives X (statement) then Y (reported_by)."""
    text = "The talks “have collapsed,” according to a statement from Maria Lopez, as reported by Reuters."
    q = quote(text, "have collapsed,", "Maria Lopez", "according to")
    assert _chain(nlp, text, q) == [[("statement", "Maria Lopez", None), ("reported_by", "Reuters", None)]]


@pytest.mark.model
def test_told(nlp):
    """The phrase "X told OUTLET": X said it (the outlet its addressee) and the outlet is the outer told link."""
    text = "“We will appeal,” Dana Hirsch told the Springfield Gazette on Friday."
    q = quote(text, "We will appeal,", "Dana Hirsch", "told")
    chain = _chain(nlp, text, q)[0]
    assert chain == [("said", "Dana Hirsch", "Springfield Gazette"), ("told", "Springfield Gazette", None)]


@pytest.mark.model
def test_told_a_person_is_no_link(nlp):
    """The phrase "X told reporters" (or a jury, a person) keeps X told, with no outer link."""
    text = "“We will appeal,” Dana Hirsch told reporters on Friday."
    q = quote(text, "We will appeal,", "Dana Hirsch", "told")
    assert _chain(nlp, text, q)[0] == [("told", "Dana Hirsch", None)]


@pytest.mark.model
def test_reported_citing(nlp):
    """The phrase "Y reported, citing X": X is the speaker (said), the outlet Y the outer citing link."""
    text = "The plant will close in June, the Springfield Gazette reported, citing two people familiar with the plan."
    q = quote(text, "The plant will close in June", "the Springfield Gazette", "reported", kind="indirect")
    chain = _chain(nlp, text, q)[0]
    assert [r for r, _, _ in chain] == ["said", "citing"]
    assert chain[1][1] == "Springfield Gazette" and chain[0][1].startswith("two people")


@pytest.mark.model
def test_interview_with(nlp):
    """'X said in an interview with OUTLET': X said it (to the outlet, its addressee), the outlet is the outer link."""
    text = "“The budget is fine,” Ana Ruiz said in an interview with the Daily Ledger."
    q = quote(text, "The budget is fine,", "Ana Ruiz", "said")
    chain = _chain(nlp, text, q)[0]
    assert chain == [("said", "Ana Ruiz", "Daily Ledger"), ("interview", "Daily Ledger", None)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, cue, relation",
    [
        ("“The vote was rigged,” Tom Baker wrote on social media.", "wrote", "wrote"),
        ("“The vote was rigged,” Tom Baker tweeted.", "tweeted", "posted"),
        ("“The vote was rigged,” Tom Baker said on Twitter.", "said", "posted"),
    ],
)
def test_social_media(nlp, text, cue, relation):
    """Writing and posting on social media give wrote or posted."""
    q = quote(text, "The vote was rigged,", "Tom Baker", cue)
    assert _chain(nlp, text, q)[0][0] == (relation, "Tom Baker", None)


@pytest.mark.model
def test_statement_released_by(nlp):
    """The phrase "in a statement released by X" gives X with statement, outside the speaker."""
    text = "In a statement released by the Springfield Water Department, officials said the pipes were safe."
    q = quote(text, "the pipes were safe", "officials", "said", kind="indirect")
    chain = _chain(nlp, text, q)[0]
    assert chain[0][0] == "said" and chain[0][1].startswith("officials")
    assert ("statement", "Springfield Water Department", None) in chain


@pytest.mark.model
def test_spokesman(nlp):
    """The phrase "X's spokesman said" gives the spokesman (said) then X (on_behalf_of)."""
    text = "Dana Hirsch stayed away. “She has no comment,” Hirsch’s spokesman said."
    q = quote(text, "She has no comment,", "Hirsch’s spokesman", "said")
    chain = _chain(nlp, text, q)[0]
    assert chain[0][0] == "said" and chain[0][1] == "Hirsch’s spokesman"
    assert chain[1] == ("on_behalf_of", "Dana Hirsch", None)


@pytest.mark.model
def test_quoted_as_saying(nlp):
    """The phrase "Y quoted X as saying" gives X (said) then Y (quoted)."""
    text = "The Springfield Gazette quoted Dana Hirsch as saying the plant would close."
    q = quote(text, "the plant would close", "Dana Hirsch", "saying", kind="indirect")
    assert _chain(nlp, text, q)[0] == [("said", "Dana Hirsch", None), ("reported_by", "Springfield Gazette", None)]


@pytest.mark.model
def test_nested_told(nlp):
    """The phrase "X said Y told him that ...": Y is the speaker, X the outer link Y told."""
    text = "Tom Baker said Maria Lopez told him that the deal was off."
    q = quote(text, "the deal was off", "Maria Lopez", "told", kind="indirect")
    chain = _chain(nlp, text, q)[0]
    assert chain[0][:2] == ("told", "Maria Lopez")
    assert chain[1][:2] == ("told", "Tom Baker")


@pytest.mark.model
def test_quotation_inside_quotation(nlp):
    """A quotation inside another one is relayed by the outer speaker (reported_by)."""
    text = "“My coach always said, ‘Never give up,’ and I believed him,” Maria Lopez said."
    outer = quote(text, "My coach always said, ‘Never give up,’ and I believed him,", "Maria Lopez", "said", cue_nth=1)
    inner = quote(text, "Never give up,", "My coach", "said")
    chains = _chain(nlp, text, outer, inner)
    assert chains[0] == [("said", "Maria Lopez", None)]
    assert chains[1][-1] == ("reported_by", "Maria Lopez", None)


@pytest.mark.model
def test_no_source_no_chain(nlp):
    """A claim with no speaker and no stated source gets an empty chain, never an invented one."""
    text = "It was, in a word, “unprecedented.”"
    q = quote(text, "unprecedented.", None, None)
    assert _chain(nlp, text, q) == [[]]


@pytest.mark.model
def test_no_quotes(nlp):
    """No quotations give no chains."""
    assert link_sources(Article.build(nlp("Nothing here.")), [], []) == []


# -- the seed article (model) ---------------------------------------------------------------


def _seed_quotes(text: str) -> list[Quotation]:
    """The seed's two KCNA claims with hand-made speakers and cues."""
    epidemic = find(text, "anti-epidemic work,")
    said = find(text, "North Korea said")
    first = Quotation(
        content=epidemic,
        kind="direct",
        fragments=(epidemic,),
        cue=Span.of(text, said.start + 12, said.end),
        speaker=Mention(said.start, said.start + 11, "North Korea"),
    )
    start = text.index("explained his plan")
    end = text.index("epidemic,”", start) + len("epidemic,")
    plan = Span.of(text, start, end)
    kim = find(text, "Kim Yo Jong")
    second = Quotation(
        content=plan,
        kind="direct",
        fragments=(plan,),
        cue=Span.of(text, kim.start - 30, kim.start - 18),
        speaker=Mention(kim.start, kim.end, kim.text),
    )
    return [first, second]


@pytest.mark.model
def test_seed_chains(nlp):
    """The seed's claims carry KCNA (a relay of North Korea's words, reported_by) and Kim Yo Jong's statement."""
    text = SEED.read_text(encoding="utf-8")
    epidemic, plan = _seed_quotes(text)
    assert plan.cue.text == "according to"
    chains = _chain(nlp, text, epidemic, plan)
    assert ("reported_by", "Korean Central News Agency", None) in chains[0]
    relations = [(r, n) for r, n, _ in chains[1]]
    assert ("statement", "Kim Yo Jong") in relations
    assert relations[-1] == ("reported_by", "Korean Central News Agency")
    assert relations.index(("statement", "Kim Yo Jong")) < relations.index(
        ("reported_by", "Korean Central News Agency")
    )


# -- end to end (model) -----------------------------------------------------------------------

DOCS_EXAMPLE = (
    "“The bridge will reopen in May,” according to a statement from Mayor Ann Lee, "
    "as reported by the Daily Ledger. Lee’s spokesman, Tom Hart, told reporters "
    "that the city council had approved the money."
)
"""The worked example of docs/sources.md."""


@pytest.mark.model
def test_docs_worked_example(extractor):
    """The worked example in docs/sources.md gives the chains the page shows."""
    result = extractor(DOCS_EXAMPLE)

    def rows(quote):
        return [
            (link.relation, result.entity(link.entity).name if link.entity is not None else None, link.span.text)
            for link in quote.sources
        ]

    assert [q.text for q in result.quotes] == [
        "The bridge will reopen in May,",
        "the city council had approved the money",
    ]
    assert rows(result.quotes[0]) == [
        ("statement", "Ann Lee", "according to a statement from Mayor Ann Lee"),
        ("reported_by", "Daily Ledger", "as reported by the Daily Ledger"),
    ]
    assert rows(result.quotes[1]) == [("told", "Tom Hart", "told"), ("on_behalf_of", "Ann Lee", "’s spokesman")]


@pytest.mark.model
def test_seed_end_to_end(extractor):
    """With the real attribution stage the seed's KCNA claims carry their chains and “she” is Kim Yo Jong."""
    text = SEED.read_text(encoding="utf-8")
    result = extractor(text)

    def chain(fragment):
        quote = next(q for q in result.quotes if fragment in q.text)
        return quote, [
            (link.relation, result.entity(link.entity).name) for link in quote.sources if link.entity is not None
        ]

    _, epidemic = chain("anti-epidemic work")
    assert ("reported_by", "Korean Central News Agency") in epidemic
    _, plan = chain("explained his plan")
    assert ("statement", "Kim Yo Jong") in plan and plan[-1] == ("reported_by", "Korean Central News Agency")
    regard, _ = chain("We regard it as")
    she = result.entity(regard.speaker.entity)
    assert regard.speaker.text == "she" and she.name == "Kim Yo Jong" and "Kim’s younger sister" in she.titles
    kim = next(e for e in result.entities if e.name == "Kim")
    assert kim.id != she.id
    assert result.quotes.index(regard) in she.quotes


@pytest.mark.model
def test_role_phrase_source(nlp):
    """A definite role phrase after "according to" links to the entity that carried the role."""
    text = "The Federal Aviation Agency grounded the jets. Repairs will take weeks, according to the agency."
    q = quote(text, "Repairs will take weeks", None, "according to", kind="indirect")
    assert _chain(nlp, text, q) == [[("according_to", "Federal Aviation Agency", None)]]


@pytest.mark.model
def test_speaker_who_cites_says(nlp):
    """A speaker whose cue is "cited" gets a plain "said" link: citing belongs to the cited source."""
    text = "Maria Lopez cited the rising cost of rent."
    q = quote(text, "the rising cost of rent", "Maria Lopez", "cited", kind="indirect")
    assert _chain(nlp, text, q)[0][0] == ("said", "Maria Lopez", None)


def test_unparsed_doc_does_not_crash():
    """A Doc without parse or entities gives speakers and chains without crashing."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    words = ["“", "We", "won", ",", "”", "according", "to", "the", "agency", "."]
    spaces = [False, True, False, False, True, True, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    text = doc.text
    q = quote(text, "We won,", "the agency", "according to")
    article = Article.build(doc)
    result = resolve_speakers(article, [q])
    linked = link_sources(article, result.quotes, result.entities)
    assert len(linked) == 1
    assert all(link.span.text == text[link.span.start : link.span.end] for link in linked[0].sources)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tom Baker said Maria Lopez told him that the deal was off.",
            [("said", "Tom Baker", None)],  # the claim is Tom Baker's own words
        ),
        (
            "The Springfield Gazette quoted Dana Hirsch as saying the plant would close.",
            [("said", "Dana Hirsch", None), ("reported_by", "Springfield Gazette", None)],
        ),
    ],
)
def test_end_to_end_chains(extractor, text, expected):
    """With the real attribution stage, nested and quoted-as-saying claims carry the full chain."""
    result = extractor(text)
    quote = next(q for q in result.quotes if "close" in q.text or "deal" in q.text)

    def name(ident):
        return result.entity(ident).name if ident is not None else None

    assert [(link.relation, name(link.entity), name(link.addressee)) for link in quote.sources] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "According to the Springfield Gazette, Ana Ruiz said that taxes would not rise.",
        "Ana Ruiz said that taxes would not rise, according to the Springfield Gazette.",
    ],
)
def test_claim_opening_with_its_own_attribution(extractor, text):
    """'According to Y, X said that ...': X said it, and we know it through Y."""
    result = extractor(text)
    (claim,) = [q for q in result.quotes if "taxes would not rise" in q.text]
    chain = [(link.relation, result.entity(link.entity).name) for link in claim.sources]
    assert chain == [("said", "Ana Ruiz"), ("reported_by", "Springfield Gazette")]
    assert text[claim.sources[0].span.start : claim.sources[0].span.end] == "said"


@pytest.mark.model
def test_plain_according_to_claim_has_one_link(extractor):
    """A claim without an inner attribution keeps a single according_to link."""
    result = extractor("According to the mayor, the bridge will reopen in May.")
    (claim,) = result.quotes
    assert [link.relation for link in claim.sources] == ["according_to"]
