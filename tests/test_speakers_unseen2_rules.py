"""Speaker cases the second unseen set showed (issue 11): gender from the speaker's own words, kin, couples.

The pure parts are tested on hand-built parses; the rest on invented sentences, several phrasings
each, with the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers
from _handbuilt import parse

from quoteextract.stages.speakers._evidence import reported_gender

# "Its officer, Jo Lane, said her members were tired."
_OFFICER = """
Its      1  poss     PRON  PRP$ its
officer  6  nsubj    NOUN  NN   officer
,        1  punct    PUNCT ,    ,
Jo       4  compound PROPN NNP  Jo
Lane     1  appos    PROPN NNP  Lane
,        1  punct    PUNCT ,    ,
said     6  ROOT     VERB  VBD  say
her      8  poss     PRON  PRP$ her
members  10 nsubj    NOUN  NNS  member
were     10 aux      AUX   VBD  be
tired    6  ccomp    ADJ   JJ   tired
.        6  punct    PUNCT .    .
"""

# "Jo Lane asked whether he was tired."
_ASKED = """
Jo       1  compound PROPN NNP  Jo
Lane     2  nsubj    PROPN NNP  Lane
asked    2  ROOT     VERB  VBD  ask
whether  5  mark     SCONJ IN   whether
he       5  nsubj    PRON  PRP  he
was      2  ccomp    AUX   VBD  be
tired    5  acomp    ADJ   JJ   tired
.        2  punct    PUNCT .    .
"""

# "Jo Lane said he was tired."
_SAID = """
Jo       1  compound PROPN NNP  Jo
Lane     2  nsubj    PROPN NNP  Lane
said     2  ROOT     VERB  VBD  say
he       4  nsubj    PRON  PRP  he
was      2  ccomp    AUX   VBD  be
tired    4  acomp    ADJ   JJ   tired
.        2  punct    PUNCT .    .
"""


def test_reported_gender_reads_a_possessive_through_an_appositive_title():
    """A name in apposition to the subject ("Its officer, Jo Lane, said her members ..."): "her" marks it."""
    doc = parse(_OFFICER)
    assert reported_gender(doc[4]) == "female"


def test_reported_gender_reads_the_reported_subject():
    """The reported subject ("Jo Lane said he was tired") marks the speaker's gender."""
    doc = parse(_SAID)
    assert reported_gender(doc[1]) == "male"


def test_reported_question_tells_nothing():
    """The subject of a reported question ("asked whether he was tired") need not be the speaker."""
    doc = parse(_ASKED)
    assert reported_gender(doc[1]) is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jamie Okoro said her shop had lost half its trade since the roadworks began. Her neighbour, Charlie "
            "Vance, said his café had closed on Mondays.\n\n“I have never known a winter like it,” she said.",
            ["Jamie Okoro", "Charlie Vance", "Jamie Okoro"],
        ),
        (
            "Taylor Briggs told the inquiry she had warned managers twice. Pat Lund, who chaired the meeting, said "
            "he did not remember the warning. She said she had kept copies of the emails.",
            ["Taylor Briggs", "Pat Lund", "Taylor Briggs"],
        ),
        (
            "The club's secretary, Robin Delacourt, said his inbox was full of complaints. Sam Ferrer, who runs the "
            "juniors, said her volunteers were worn out. “We need ten more,” he said.",
            ["Robin Delacourt", "Sam Ferrer", "Robin Delacourt"],
        ),
    ],
)
def test_gender_from_the_speakers_own_words_resolves_a_later_pronoun(extractor, text, expected):
    """A name that could be either gender takes the one its own reported words give ("said her shop ...")."""
    assert _speakers(extractor, text) == expected


def test_couple_pattern():
    """A couple is two honorifics and one surname; a lone honorific or two surnames is not one."""
    from quoteextract.stages.speakers._kin import COUPLE

    assert COUPLE.search("Mr and Mrs Okonedo told the board")["surname"] == "Okonedo"
    assert COUPLE.search("said Dr. and Mrs. Tran-Lowe on Monday")["surname"] == "Tran-Lowe"
    assert COUPLE.search("Mr Okonedo and Mrs Dale") is None
    assert COUPLE.search("Mr and Mrs") is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mr and Mrs Okonedo have farmed at Bryher Cross since 1979. Mrs Okonedo said the flood had taken three "
            "fields. “We lost the barley,” her husband said.",
            ["Okonedo", "Mr Okonedo"],
        ),
        (
            "Ingeborg Larch and Tom Larch run the stall. Mrs Larch said trade was slow. Her husband said it would "
            "pick up.",
            ["Ingeborg Larch", "Tom Larch"],
        ),
        (
            "Dana Whitlock said the hall would close. Her husband, a builder, said the roof was beyond repair. "
            "“It leaks like a sieve,” he said.",
            ["Dana Whitlock", "Dana Whitlock's husband", "Dana Whitlock's husband"],
        ),
        (
            "Corin Valle, 40, said the school had no nurse. His daughter said the queue at the clinic was three "
            "hours long. “I missed a whole morning,” his daughter said.",
            ["Corin Valle", "Corin Valle's daughter", "Corin Valle's daughter"],
        ),
    ],
)
def test_a_relative_named_by_kin_is_that_persons_relative(extractor, text, expected):
    """A kin mention ("her husband") is the relative of who "her" stands for: "Mr X" beside "Mrs X", else "<name>'s"."""
    assert _speakers(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mr and Mrs Penrose told the inquiry the water had come up through the floor.\n\n"
        "The council said the drains had been cleared in May.\n\n"
        "Neighbours said the street flooded every winter.\n\n"
        "The couple said they would not move. “This is our home,” they said.",
        "Dr and Mrs Abara said the surgery would stay open. Patients had signed a petition. The pair said they "
        "were grateful.",
    ],
)
def test_the_couple_is_the_couple_named_before(extractor, text):
    """A definite "couple" or "pair", and the "they" after it, is the couple written "Mr and Mrs X", paragraphs on."""
    speakers = _speakers(extractor, text)
    couple = speakers[0]
    assert couple is not None and couple.startswith(("Mr and Mrs", "Dr and Mrs"))
    assert speakers[-1] == couple


@pytest.mark.model
def test_kin_and_couple_rules_can_be_switched_off(nlp):
    """With ``speaker.kin`` and ``speaker.couple`` disabled, the kin mention is a role of its own again."""
    import quoteextract

    text = (
        "Mr and Mrs Okonedo have farmed at Bryher Cross since 1979. Mrs Okonedo said the flood had taken three "
        "fields. “We lost the barley,” her husband said. The couple said they would replant."
    )
    on = _speakers(quoteextract.Extractor(nlp), text)
    off = _speakers(quoteextract.Extractor(nlp, disable=["speaker.kin", "speaker.couple"]), text)
    assert on[1:] == ["Mr Okonedo", "Mr and Mrs Okonedo"]
    assert off[1] != "Mr Okonedo" and off[2] != "Mr and Mrs Okonedo"


def _speaker_entities(extractor, text):
    """The resolved speaker entity of each quotation (``None`` when unresolved)."""
    result = extractor(text)
    entities = {e.id: e for e in result.entities}
    return [entities[q.speaker.entity] if q.speaker and q.speaker.entity is not None else None for q in result.quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        ("Two trustees, who said they had not been consulted, resigned on Friday.", "Two trustees"),
        ("Three nurses, who said the ward was unsafe, walked out on Tuesday.", "Three nurses"),
        ("Several parents, who said their children had been bullied, met the head.", "Several parents"),
        ("Two officials, who said the talks had stalled, asked not to be named.", "Two officials"),
    ],
)
def test_a_group_speaking_through_a_relative_who_is_named_by_its_words(extractor, text, name):
    """A group speaking through "who" ("Two trustees, who said") is named by its words, not "who" or the clause."""
    (entity,) = _speaker_entities(extractor, text)
    assert entity is not None and entity.name == name
    assert not any(t.startswith("who said") for t in entity.titles)


def _chains(extractor, text):
    """Each quotation's chain as ``(relation, entity name or mention words)`` pairs."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    return [
        [
            (s.relation, names[s.entity] if s.entity is not None else s.mention.text if s.mention else None)
            for s in q.sources
        ]
        for q in result.quotes
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, relation",
    [
        ("The council said in a statement on Friday that the library would reopen.", "statement"),
        ("The ministry said in a letter on Tuesday that fees would rise.", "letter"),
        ("Mayor Oona Baptiste wrote in a post on social media that the road “will reopen by Easter.”", "wrote"),
    ],
)
def test_a_day_or_a_platform_after_on_is_no_source(extractor, text, relation):
    """A day or a platform after "on" ("in a statement on Friday", "on social media") is no link: the medium is."""
    (chain,) = _chains(extractor, text)
    assert len(chain) == 1 and chain[0][0] == relation


@pytest.mark.model
def test_an_outlet_after_on_is_still_the_interviewer(extractor):
    """A named outlet after "on" ("in an interview on Radio Kestrel") stays the outer interview link."""
    (chain,) = _chains(extractor, "Ada Quell said in an interview on Radio Kestrel that she would stand again.")
    assert chain == [("said", "Ada Quell"), ("interview", "Radio Kestrel")]


@pytest.mark.model
def test_a_speaker_quoting_their_own_words_relays_nothing(extractor):
    """A speaker's own inner words ("“I told him, ‘Never again,’” Rhys Tull said") are not relayed by them."""
    chains = _chains(extractor, "“I told him, ‘Never again,’” Rhys Tull said.")
    assert chains[-1] == [("told", "Rhys Tull")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Helvion's shares fell. The company's head of vaccines, Matthias Oberholzer, told analysts on a call that "
            "the trial remained on course.",
            "Matthias Oberholzer",
            "The company's head of vaccines",
        ),
        (
            "The director of the Museum of Rail, Ilse Braun, said the locomotive would stay.",
            "Ilse Braun",
            "The director of the Museum of Rail",
        ),
        (
            "The head of the union at the plant, Dev Okafor, said the strike would go ahead.",
            "Dev Okafor",
            "The head of the union at the plant",
        ),
    ],
)
def test_a_name_after_a_long_title_is_the_speaker(extractor, text, name, title):
    """A name written after a long title ("The company's head of vaccines, X, told") speaks, titled by all of it."""
    entity = _speaker_entities(extractor, text)[-1]
    assert entity is not None and entity.name == name
    assert title in entity.titles


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Drugmaker Helvion has paused a trial of its malaria vaccine, the company said on Monday.", "Helvion"),
        (
            "Tarrant Mining has cash for nine months. The Food Standards Office was not involved. The company said "
            "the call had been routine.",
            "Tarrant Mining",
        ),
        ("Northline Rail will cut services. The company said demand had fallen.", "Northline Rail"),
        (
            "Kelvar Foods is recalling baby rice. Shoppers found plastic, the Food Standards Office said. The company "
            "said no child had been hurt.",
            "Kelvar Foods",
        ),
    ],
)
def test_the_company_is_the_company_named_before(extractor, text, expected):
    """A definite "the company" or "the firm" that speaks is the company named before, not a public body."""
    entity = _speaker_entities(extractor, text)[-1]
    assert entity is not None and expected in entity.name
    assert entity.type == "organisation"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Council voted on Monday. The firm said it would appeal.",
        "Police in Kestrel said a bank was robbed. The bank said no staff were hurt.",
        "Maya Lindqvist founded the shop in 2004. The company said sales had doubled.",
        "Islanders face a 20 per cent rise in ferry fares from April, the operator said on Monday.",
        "Democrats will oppose the toll, the operator said.",
    ],
)
def test_the_company_is_no_council_place_or_person(extractor, text):
    """No public body, place or person is "the company": the mention stays an entity of its own."""
    entity = _speaker_entities(extractor, text)[-1]
    assert entity is not None and entity.name.lower().startswith("the ")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The report, written by the agency's chief scientist, Ravi Tennant-Oduya, warned that bleaching could "
            "become an annual event.",
            "Ravi Tennant-Oduya",
        ),
        ("According to a letter from the union's leader, Jo Bryce, the strike will go ahead.", "Jo Bryce"),
    ],
)
def test_a_documents_author_is_the_name_in_apposition(extractor, text, name):
    """A document "written by" or "from" a title with a name in apposition is credited to the name."""
    entity = _speaker_entities(extractor, text)[-1]
    assert entity is not None and entity.name == name


@pytest.mark.model
@pytest.mark.parametrize(
    "text, outlet",
    [
        (
            "The Dunmore Herald obtained a recording of the call. “We are not in trouble,” Hale said on the call, "
            "according to the newspaper.",
            "Dunmore Herald",
        ),
        (
            "Radio Kestrel aired the interview on Sunday. “I will not resign,” Ines Moss said, according to the "
            "station.",
            "Radio Kestrel",
        ),
    ],
)
def test_according_to_the_newspaper_is_the_outlet_named_before(extractor, text, outlet):
    """A speaker's words "according to the newspaper" come through the outlet named before, not "the newspaper"."""
    chain = _chains(extractor, text)[-1]
    assert chain[-1] == ("reported_by", outlet)


@pytest.mark.model
def test_company_rule_can_be_switched_off(nlp):
    """With ``speaker.company`` disabled, "the company" is an entity of its own again."""
    import quoteextract

    text = "Northline Rail will cut services. The company said demand had fallen."
    on = _speaker_entities(quoteextract.Extractor(nlp), text)[-1]
    off = _speaker_entities(quoteextract.Extractor(nlp, disable=["speaker.company"]), text)[-1]
    assert on.name == "Northline Rail"
    assert off.name == "The company"
