"""Source chains of issue 12: outlets told, interviews that carry over, relays, documents, nesting, Q&A.

The chain convention (``docs/sources.md``): from the immediate speaker outward; the speaker's link says
how the words were produced (``said``, ``statement``), each outer link its role towards the one before
(``told``, ``interview``, ``reported_by``, ``citing``). Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse
from _handmade import quote

import quoteextract
from quoteextract.article import Article
from quoteextract.lang.en._outlets import is_outlet_name, outlet_noun, staff_noun
from quoteextract.stages.claims.chain_tails import drop_relays
from quoteextract.stages.sources import link_sources
from quoteextract.stages.speakers import resolve_speakers

# -- the outlet lexicon and the content's relay tails (no model) ---------------------------------


@pytest.mark.parametrize(
    "phrase, outlet",
    [
        ("the Dunmore Herald", True),
        ("KWPX", True),
        ("WNYC-FM", True),
        ("Radio Fenwick", True),
        ("the Tarnby Courier", True),
        ("Coastline magazine", True),
        ("Harbour Wire", True),
        ("Reuters", True),
        ("Mayor Otis Wendt", False),
        ("the court", False),
        ("the council", False),
        ("Ines Calloway", False),
        ("Adam Post", False),  # a first name and an outlet word: a person
    ],
)
def test_outlet_names(phrase, outlet):
    """A name is an outlet's by its words: call signs, "Radio X", a paper's title word; people are not."""
    assert is_outlet_name(phrase) is outlet


def test_outlet_nouns_and_staff():
    """'the station', 'this newspaper' name an outlet; 'reporters', 'a journalist' its staff."""
    assert outlet_noun("the station") and outlet_noun("this newspaper") and outlet_noun("the local paper")
    assert not outlet_noun("the jury") and not outlet_noun("station")
    assert staff_noun("reporters") and staff_noun("a journalist") and not staff_noun("the Herald")


def _tail_doc():
    """The parse of: Buses will stop, according to two drivers."""
    return parse(
        """
        Buses 2 nsubj NOUN NNS bus
        will 2 aux AUX MD will
        stop 2 ROOT VERB VB stop
        , 2 punct PUNCT , ,
        according 2 prep VERB VBG accord
        to 4 prep ADP IN to
        two 7 nummod NUM CD two
        drivers 5 pobj NOUN NNS driver
        . 2 punct PUNCT . .
        """
    )


def _head_doc():
    """The parse of: As reported by the Post, staff will strike."""
    return parse(
        """
        As 1 mark SCONJ IN as
        reported 8 advcl VERB VBN report
        by 1 agent ADP IN by
        the 4 det DET DT the
        Post 2 pobj PROPN NNP Post
        , 8 punct PUNCT , ,
        staff 8 nsubj NOUN NN staff
        will 8 aux AUX MD will
        strike 8 ROOT VERB VB strike
        . 8 punct PUNCT . .
        """
    )


def test_trailing_relay_leaves_the_content():
    """', according to two drivers' at the end of a content is a chain link, not the claim's words."""
    doc = _tail_doc()
    kept = drop_relays(list(doc))
    assert [t.text for t in kept] == ["Buses", "will", "stop"]


def test_leading_relay_leaves_the_content():
    """'As reported by the Post,' at the start of a content is a chain link, not the claim's words."""
    doc = _head_doc()
    kept = drop_relays(list(doc))
    assert [t.text for t in kept][:3] == ["staff", "will", "strike"]


def test_relay_alone_is_kept():
    """A content that is nothing but a relay phrase is left as it is (nothing would remain)."""
    doc = _tail_doc()
    tail = list(doc)[3:]
    assert drop_relays(tail) == tail


# -- end to end on the model -----------------------------------------------------------------------


def _chains(result, needle):
    """``(relation, name)`` rows of the chain of the quotation whose text holds ``needle``."""
    quote_ = next(q for q in result.quotes if needle in q.text)

    def name(link):
        entity = result.entity(link.entity)
        return entity.name if entity is not None else (link.mention.text if link.mention else None)

    return [(link.relation, name(link)) for link in quote_.sources]


def _speaker(result, needle):
    quote_ = next(q for q in result.quotes if needle in q.text)
    entity = result.entity(quote_.speaker.entity) if quote_.speaker is not None else None
    return entity.name if entity is not None else None


def _outer(chain):
    return [(relation, (name or "").removeprefix("the ")) for relation, name in chain[1:]]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, needle, outlet",
    [
        ("“We are not closing,” Ruth Ambler told the Kelso Courier on Friday.", "not closing", "Kelso Courier"),
        ("Ruth Ambler told the Kelso Courier that the bakery would stay open.", "bakery", "Kelso Courier"),
        ("“The mill stays,” Hal Dunmore told WKRB. “Full stop.”", "mill stays", "WKRB"),
        ("The coach, Marta Ilves, tells Radio Fenwick the team is tired.", "team is tired", "Radio Fenwick"),
        ("“It was a mistake,” the senator told The Associated Press on Tuesday.", "mistake", "Associated Press"),
    ],
)
def test_told_outlet_is_an_outer_link(extractor, text, needle, outlet):
    """'X told OUTLET' (trailing, leading, between split halves; call signs): X said it, the outlet told."""
    chain = _chains(extractor(text), needle)
    assert chain[0][0] == "said"
    assert ("told", outlet) in _outer(chain)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Marta Ilves told reporters the team was tired.",
        "Marta Ilves told the jury she had never seen the money.",
        "“I never saw the money,” Marta Ilves told the court.",
    ],
)
def test_told_people_is_no_outer_link(extractor, text):
    """Reporters, a jury or a court told are addressees, not links of the chain."""
    result = extractor(text)
    assert all(len(q.sources) == 1 for q in result.quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, needle, outlet",
    [
        ("“We will rebuild,” Lena Ortiz said in an interview on KWPX.", "rebuild", "KWPX"),
        ("Lena Ortiz said in an interview with NPR that the deal was dead.", "deal was dead", "NPR"),
        ("Speaking on Radio Mellor, the chief constable, Ruth Gale, said crime had fallen.", "crime", "Radio Mellor"),
    ],
)
def test_interview_with_an_outlet_is_an_outer_link(extractor, text, needle, outlet):
    """An interview with, on or speaking to an outlet: the speaker said it, the outlet is the outer interview."""
    chain = _chains(extractor(text), needle)
    assert chain[0][0] == "said"
    assert ("interview", outlet) in _outer(chain)


@pytest.mark.model
def test_told_station_points_back_to_the_outlet(extractor):
    """'told the station' after 'told KWRB' is the same outlet."""
    text = (
        "Mayor Ida Brandt told KWRB on Monday that the roads were clear. "
        "“We salted all night,” Brandt told the station."
    )
    assert ("told", "KWRB") in _outer(_chains(extractor(text), "salted"))


@pytest.mark.model
def test_interview_frame_carries_over_until_a_new_speaker(extractor):
    """An interview with an outlet holds for the speaker's next quotations, not for the next speaker's."""
    text = (
        "In an interview with the Brackley Post, Oren Vale said he would run again. “I'm not done,” he said.\n\n"
        "Vale's rival, Tessa Quill, said the race was open. “He is done,” she said."
    )
    result = extractor(text)
    assert ("interview", "Brackley Post") in _outer(_chains(result, "run again"))
    assert ("interview", "Brackley Post") in _outer(_chains(result, "not done"))
    assert _outer(_chains(result, "race was open")) == []
    assert _outer(_chains(result, "He is done")) == []


@pytest.mark.model
def test_told_frame_carries_to_a_pronoun_quotation_only(extractor):
    """'X told OUTLET that ... “...,” she said' keeps the outlet; a new report 'She said that ...' does not."""
    text = (
        "Ruth Ambler told the Kelso Courier that the bakery would stay open. “We have years in us,” she said. "
        "She said the ovens were new."
    )
    result = extractor(text)
    assert ("told", "Kelso Courier") in _outer(_chains(result, "years in us"))
    assert _outer(_chains(result, "ovens were new")) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, needle, speaker, outer",
    [
        (
            "The price of bread will rise by a fifth, the Ormsby Gazette reported, citing three bakers.",
            "price of bread",
            "three bakers",
            ("citing", "Ormsby Gazette"),
        ),
        (
            "The Ormsby Gazette reported, citing three bakers, that the price of bread would rise.",
            "price of bread",
            "three bakers",
            ("citing", "Ormsby Gazette"),
        ),
        (
            "The newspaper reported, citing two nurses, that the ward would close.",
            "ward would close",
            "two nurses",
            ("citing", "The newspaper"),
        ),
        (
            "Quoting a senior official, the Marlow Post said the talks had failed.",
            "talks had failed",
            "a senior official",
            ("citing", "Marlow Post"),
        ),
        (
            "The plant will shut in March, according to two managers, the Dalby Star reported on Monday.",
            "plant will shut",
            "two managers",
            ("reported_by", "Dalby Star"),
        ),
    ],
)
def test_an_outlet_relaying_others_is_not_the_speaker(extractor, text, needle, speaker, outer):
    """'Y reported, citing X' and 'according to X, Y reported': X is the speaker, the outlet the outer link."""
    result = extractor(text)
    assert _speaker(result, needle) == speaker
    assert outer in _outer(_chains(result, needle))


@pytest.mark.model
def test_as_reported_by_is_a_link_not_content(extractor):
    """'According to a letter from X, as reported by Y, ...': the content stops before neither phrase."""
    text = (
        "According to a letter from the drivers' union, as reported by the Lindell Herald, buses will stop on Friday."
    )
    result = extractor(text)
    (claim,) = [q for q in result.quotes if "buses" in q.text]
    assert claim.text == "buses will stop on Friday"
    assert _speaker(result, "buses") == "the drivers' union"
    assert ("reported_by", "Lindell Herald") in _outer(_chains(result, "buses"))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, needle, author",
    [
        (
            "A survey by Pellam Research found that most tenants feared eviction. The survey said rents had doubled.",
            "rents had doubled",
            "Pellam Research",
        ),
        (
            "The Harwick Water Board said in a statement that supplies were safe. "
            "The statement called the leak “minor.”",
            "minor",
            "Harwick Water Board",
        ),
        (
            "The Harwick Water Board issued a statement on Monday. The statement said supplies were safe.",
            "supplies were safe",
            "Harwick Water Board",
        ),
        ("A report from the Ferris Institute said wages had stalled.", "wages had stalled", "Ferris Institute"),
        ("The ruling, issued by Judge Amy Cole, said the fence must come down.", "fence", "Amy Cole"),
    ],
)
def test_documents_are_credited_to_their_authors(extractor, text, needle, author):
    """A document speaks for its author: 'a survey by X', 'a report from X', 'The statement' after X's statement."""
    assert _speaker(extractor(text), needle) == author


@pytest.mark.model
def test_possessive_document_names_its_author(extractor):
    """'The council's figures show ...': the council is the speaker, not its figures."""
    result = extractor("The council's figures show that 300 homes stand empty.")
    assert _speaker(result, "300 homes") == "The council"


@pytest.mark.model
def test_document_without_author_stays_a_document(extractor):
    """'The report said ...' with no report before it credits nobody the text does not name."""
    result = extractor("The report said wages had stalled.")
    assert _speaker(result, "wages") == "The report"


@pytest.mark.model
def test_document_rule_can_be_switched_off(nlp):
    """Extractor(disable=["speaker.document"]) leaves a document mentioned again as its own speaker."""
    text = "A survey by Pellam Research found that most tenants feared eviction. The survey said rents had doubled."
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["speaker.document"])(text)
    assert _speaker(on, "rents") == "Pellam Research"
    assert _speaker(off, "rents") == "The survey"


@pytest.mark.model
def test_nested_chain_of_three(nlp):
    """'Quinn said two aides had told her that Marsh called it “a rounding error.”': Marsh, aides, Quinn."""
    text = "Quinn said two aides had told her that Marsh called it “a rounding error.”"
    outer = quote(
        text, "two aides had told her that Marsh called it “a rounding error.”", "Quinn", "said", kind="mixed"
    )
    inner = quote(text, "a rounding error.", "Marsh", "called")
    article = Article.build(nlp(text))
    result = resolve_speakers(article, [outer, inner])
    names = {e.id: e.name for e in result.entities}
    linked = link_sources(article, result.quotes, result.entities)

    def rows(q):
        return [(s.relation, names.get(s.entity) or (s.mention.text if s.mention else None)) for s in q.sources]

    assert rows(linked[0]) == [("said", "Quinn")]
    assert rows(linked[1]) == [("said", "Marsh"), ("reported_by", "two aides"), ("told", "Quinn")]


@pytest.mark.model
def test_quotation_inside_an_indirect_claim(nlp):
    """A quotation inside another claim's content is relayed by that claim's speaker (reported_by)."""
    text = "Ada Price said her landlord had called the leak “a drip.”"
    outer = quote(text, "her landlord had called the leak “a drip.”", "Ada Price", "said", kind="mixed")
    inner = quote(text, "a drip.", "her landlord", "called")
    article = Article.build(nlp(text))
    result = resolve_speakers(article, [outer, inner])
    names = {e.id: e.name for e in result.entities}
    linked = link_sources(article, result.quotes, result.entities)
    assert [(s.relation, names.get(s.entity)) for s in linked[1].sources][-1] == ("reported_by", "Ada Price")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, outlet",
    [
        (
            "Q&A: The canal barge\n\nNell Ashdown, 70, lives on a barge. She spoke to the Wexley Mercury.\n\n"
            "Q: Why a barge?\nA: Because the rent is nothing.\n\nQ: Is it cold?\nA: Only in January.",
            "Wexley Mercury",
        ),
        (
            "Transcript: Morning Talk, Radio Fenwick\n\nPRICE: Councillor Dane, is the pool closing?\n\n"
            "DANE: No. We found the money.\n\nPRICE: Thank you.",
            "Radio Fenwick",
        ),
    ],
)
def test_qa_answers_were_given_to_the_outlet(extractor, text, outlet):
    """The answers of a Q&A or transcript carry the interview link; the questions do not."""
    result = extractor(text)
    answers = [q for q in result.quotes if q.speaker is not None and q.speaker.text in {"A", "DANE"}]
    questions = [q for q in result.quotes if q.speaker is not None and q.speaker.text in {"Q", "PRICE"}]
    assert answers
    for answer in answers:
        assert any(link.relation == "interview" and outlet in (link.mention.text or "") for link in answer.sources)
    assert not any(link.relation == "interview" for q in questions for link in q.sources)


@pytest.mark.model
def test_quotation_inside_a_quotation_is_reported_by_its_speaker(nlp):
    """'“My father told me, ‘Never sell the land,’ and I won't,” said Hollis Beck': the father, then Hollis."""
    text = "“My father told me, ‘Never sell the land,’ and I won't,” said Hollis Beck."
    outer = quote(text, "My father told me, ‘Never sell the land,’ and I won't,", "Hollis Beck", "said")
    inner = quote(text, "Never sell the land,", "My father", "told")
    article = Article.build(nlp(text))
    result = resolve_speakers(article, [outer, inner])
    names = {e.id: e.name for e in result.entities}
    linked = link_sources(article, result.quotes, result.entities)
    assert [(s.relation, names.get(s.entity)) for s in linked[1].sources][-1] == ("reported_by", "Hollis Beck")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, needle, outlet",
    [
        ("According to a letter seen by the Kelso Courier, the bank will cut 500 jobs.", "500 jobs", "Kelso Courier"),
        ("The council will sell the park, according to documents obtained by the Marlow Post.", "park", "Marlow Post"),
    ],
)
def test_document_seen_by_an_outlet(extractor, text, needle, outlet):
    """A document 'seen by' or 'obtained by' an outlet reached the reader through it (reported_by)."""
    assert ("reported_by", outlet) in _outer(_chains(extractor(text), needle))


@pytest.mark.model
def test_document_seen_by_people_is_no_link(extractor):
    """'A report seen by two MPs' names readers, not an outlet: no outer link."""
    result = extractor("A report seen by two MPs says the prison is unsafe.")
    assert _outer(_chains(result, "prison")) == []


@pytest.mark.model
def test_seeing_a_document_does_not_author_it(extractor):
    """'The memo, seen by the Courier, warned ...': the memo's author is its writer, not the outlet that saw it."""
    text = (
        "Dr Lina Varga wrote in a memo that the ward was unsafe. "
        "The memo, seen by the Kelso Courier, warned of “a disaster.”"
    )
    assert _speaker(extractor(text), "disaster") == "Lina Varga"


@pytest.mark.model
def test_interview_frame_ends_at_a_section_break(extractor):
    """A subheading between the interview and the next quotation ends the frame; a new paragraph does not."""
    frame = "In an interview with the Brackley Post, Oren Vale said he would run again.\n\n"
    broken = extractor(frame + "The vote\n\n“We counted twice,” Vale said.")
    kept = extractor(frame + "“We counted twice,” Vale said on Tuesday.")
    assert _outer(_chains(broken, "counted twice")) == []
    assert ("interview", "Brackley Post") in _outer(_chains(kept, "counted twice"))


@pytest.mark.model
def test_interview_addressee_is_the_outlet_even_as_the_first_entity(extractor):
    """The outlet interviewing the speaker is the speaker link's addressee, also when its entity id is 0."""
    result = extractor("In an interview with the Brackley Post, Oren Vale said he would run again.")
    (claim,) = result.quotes
    outlet = next(e for e in result.entities if e.name == "Brackley Post")
    assert claim.sources[0].addressee == outlet.id


@pytest.mark.model
@pytest.mark.parametrize(
    "text, needle, speaker, outlet",
    [
        (
            "The Evening Star reported, citing two engineers, that the bridge was cracked.",
            "bridge was cracked",
            "two engineers",
            "Evening Star",
        ),
        (
            "The Marlow Post reported, citing three nurses, that the ward would close in May.",
            "ward would close",
            "three nurses",
            "Marlow Post",
        ),
    ],
)
def test_report_whose_clause_the_parse_hangs_under_citing(extractor, text, needle, speaker, outlet):
    """'Y reported, citing X, that ...' parsed with the clause under 'citing': the clause is the report's."""
    result = extractor(text)
    (claim,) = [q for q in result.quotes if needle in q.text]
    assert claim.text.startswith(needle.split()[0]) or claim.text.startswith("the")
    assert _speaker(result, needle) == speaker
    assert ("citing", outlet) in _outer(_chains(result, needle))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, needle, speaker, outlet",
    [
        (
            "The fee would be about 14 million pounds, according to a club official quoted by the Evening Clarion.",
            "14 million",
            "a club official",
            "Evening Clarion",
        ),
        (
            "A club official, quoted by the Evening Clarion, said the fee would be about 14 million pounds.",
            "14 million",
            "A club official",
            "Evening Clarion",
        ),
        (
            "The minister, quoted in the Dunmore Herald, said taxes would fall.",
            "taxes",
            "The minister",
            "Dunmore Herald",
        ),
    ],
)
def test_quoted_by_an_outlet_is_an_outer_link(extractor, text, needle, speaker, outlet):
    """'X quoted by Y' and 'X, quoted in Y,': Y relays X's words; the speaker's name stops before the relay."""
    result = extractor(text)
    assert _speaker(result, needle) == speaker
    assert ("reported_by", outlet) in _outer(_chains(result, needle))
