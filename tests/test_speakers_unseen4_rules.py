"""Speaker cases the fourth unseen set showed (issue 11): epithets for a person named paragraphs before.

What makes an epithet is tested on hand-built parses; who it stands for on invented articles, several
phrasings each, with the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers
from _handbuilt import parse

import quoteextract
from quoteextract.stages.speakers._epithets import epithet_of

# "the former striker said ." with every label stated
_FORMER = """
the      2  det    DET   DT  the
former   2  amod   ADJ   JJ  former
striker  3  nsubj  NOUN  NN  striker
said     3  ROOT   VERB  VBD say
.        3  punct  PUNCT .   .
"""

# "the mother of three said ."
_PARENT = """
the     1  det    DET   DT  the
mother  4  nsubj  NOUN  NN  mother
of      1  prep   ADP   IN  of
three   2  pobj   NUM   CD  three
said    4  ROOT   VERB  VBD say
.       4  punct  PUNCT .   .
"""

# "the Dutchman said ." with the noun tagged as a proper noun (the tagger's name for it)
_DEMONYM = """
the       1  det    DET   DT  the
Dutchman  2  nsubj  PROPN NNP Dutchman
said      2  ROOT   VERB  VBD say
.         2  punct  PUNCT .   .
"""

# "the striker said ." : an office or trade alone, no epithet
_PLAIN = """
the      1  det    DET   DT  the
striker  2  nsubj  NOUN  NN  striker
said     2  ROOT   VERB  VBD say
.        2  punct  PUNCT .   .
"""

# "the Chairman said ." : a capitalised title ending in "-man" is an office, not a demonym
_CHAIRMAN = """
the       1  det    DET   DT  the
Chairman  2  nsubj  PROPN NNP Chairman
said      2  ROOT   VERB  VBD say
.         2  punct  PUNCT .   .
"""


def _head(rows: str, index: int):
    return parse(rows)[index]


def test_a_former_role_is_an_epithet():
    """A role the person used to have ("the former striker") points back to someone named."""
    epithet = epithet_of(_head(_FORMER, 2))
    assert epithet is not None and (epithet.kind, epithet.word) == ("former", "striker")


def test_a_parent_by_children_is_an_epithet_with_a_gender():
    """A parent by children ("the mother of three") describes a woman already named."""
    epithet = epithet_of(_head(_PARENT, 1))
    assert epithet is not None and (epithet.kind, epithet.gender) == ("parent", "female")


def test_a_demonym_the_tagger_took_for_a_name_is_an_epithet():
    """A demonym the tagger took for a proper noun ("the Dutchman") is still a demonym, and a man."""
    epithet = epithet_of(_head(_DEMONYM, 1))
    assert epithet is not None and (epithet.kind, epithet.gender) == ("demonym", "male")


@pytest.mark.parametrize(("rows", "index"), [(_PLAIN, 1), (_CHAIRMAN, 1)])
def test_an_office_is_no_epithet(rows, index):
    """A role alone ("the striker") or a capitalised office ("the Chairman") is left to the role rules."""
    assert epithet_of(_head(rows, index)) is None


_ACROSS = [
    (
        "Orla Fennimore has run the ferry cafe for twenty years.\n\n"
        "The council wants to sell the building. A decision is due in June.\n\n"
        "“We have nowhere else to go,” the 58-year-old said.",
        "Orla Fennimore",
    ),
    (
        "Tobias Rendell won the county title in 1994.\n\n"
        "The club has since moved twice.\n\n"
        "“I still miss the old ground,” the former champion said.",
        "Tobias Rendell",
    ),
    (
        "Halima Yusuf was on the first train out of the city.\n\n"
        "Services were suspended for three hours after a signal failure.\n\n"
        "“My children were crying the whole way,” the mother of two said.",
        "Halima Yusuf",
    ),
    (
        "Lucia Ferraz scored twice in the second half.\n\n"
        "The visitors had led until the hour.\n\n"
        "“I only wanted to make my mother proud,” the Brazilian said.",
        "Lucia Ferraz",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), _ACROSS)
def test_an_epithet_reaches_back_paragraphs(extractor, text, name):
    """An epithet ("the 58-year-old", "the former champion", "the mother of two") reaches back paragraphs.

    It is the person named paragraphs before, not only in its own paragraph.
    """
    assert _speakers(extractor, text)[-1] == name


@pytest.mark.model
def test_an_epithet_follows_the_stated_age(extractor):
    """Of two people named before, "the 71-year-old" is the one whose age is 71."""
    text = (
        "Agnes Whitlow, 71, and her neighbour Ruth Pennock, 45, were rescued from the flooded lane.\n\n"
        "Ruth Pennock said the water rose in minutes.\n\n"
        "“I have lived here all my life and never seen it,” the 71-year-old said."
    )
    assert _speakers(extractor, text)[-1] == "Agnes Whitlow"


@pytest.mark.model
def test_an_epithet_keeps_to_the_gender_the_reported_words_give(extractor):
    """An epithet whose reported words say "he" ("The 40-year-old said he ...") is a man, not the woman before."""
    text = (
        "Emeka Obiora opened the bakery in March.\n\n"
        "“It is the best bread in town,” said Fiona Lamb, a customer.\n\n"
        "The 40-year-old said he had borrowed the money from his brother."
    )
    assert "Obiora" in (_speakers(extractor, text)[-1] or "")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Marek Duda lost his shop in the flood.\n\n"
            "“We did what we could,” said firefighter Helen Achebe.\n\n"
            "The 61-year-old says the insurers have still not paid him.",
            "Marek Duda",
        ),
        (
            "Priya Shah took over the bakery in 2019.\n\n"
            "“Her bread sells out by nine,” said neighbour Omar Fitz.\n\n"
            "The 35-year-old said the rent rise would force her to close.",
            "Priya Shah",
        ),
    ],
)
def test_an_epithet_keeps_to_the_gender_of_the_pronouns_it_reports(extractor, text, name):
    """With no pronoun subject, the pronouns of the reported clause ("... paid him") give the epithet's gender.

    The speaker quoted just before, of the other gender, is not the one the epithet stands for.
    """
    assert _speakers(extractor, text)[-1] == name


@pytest.mark.model
def test_a_name_beside_the_epithet_speaks(extractor):
    """A name in apposition to the epithet ("The former mayor, Jane Hill, said") speaks, not the person before."""
    text = (
        "Council leader Sam Ortiz said the plan was sound.\n\n"
        "The former mayor, Jane Hill, said the plan would empty the high street."
    )
    assert _speakers(extractor, text)[-1] == "Jane Hill"


@pytest.mark.model
def test_the_pronoun_after_an_epithet_subject_is_that_person(extractor):
    """An epithet that is a subject outside quotations is resolved too, so the pronoun after it follows.

    "The former accountant showed no emotion. ... he said": he is the person named before.
    """
    text = (
        "Neville Osgood admitted stealing from the fund.\n\n"
        "His sister, Carol Osgood, said the family was shocked.\n\n"
        "The former accountant, who wore a grey suit, showed no emotion. “I am sorry,” he said."
    )
    assert _speakers(extractor, text)[-1] == "Neville Osgood"


@pytest.mark.model
def test_epithet_across_paragraphs_switched_off(nlp):
    """Without ``speaker.epithet``, "the 58-year-old" two paragraphs after the name is not resolved to her."""
    text = _ACROSS[0][0]
    assert _speakers(quoteextract.Extractor(nlp), text)[-1] == "Orla Fennimore"
    assert _speakers(quoteextract.Extractor(nlp, disable=["speaker.epithet"]), text)[-1] != "Orla Fennimore"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fares will rise in May, the Rail Passengers' Association said on Tuesday.", "Rail Passengers' Association"),
        ("The National Growers' Federation said the harvest was the worst in a decade.", "Growers' Federation"),
        ("Pay talks have collapsed, the Hospital Porters' Union said in a statement.", "Porters' Union"),
    ],
)
def test_a_plural_possessive_inside_an_organisation_name_keeps_it_whole(extractor, text, name):
    """An organisation named with a plural possessive ("the Rail Passengers' Association") is one name."""
    speaker = _speakers(extractor, text)[-1] or ""
    assert name in speaker, speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dr Ama Boateng, a former nurse, led the study. A nurse on the night ward said she was exhausted.",
        "Mia Castell, a teacher at the school, backed the plan. A teacher who asked not to be named said it was wrong.",
        "The firm's lawyer, Ravi Menon, declined to comment. A lawyer for the families said they would appeal.",
    ],
)
def test_an_indefinite_role_is_someone_new(extractor, text):
    """An indefinite role ("A nurse on the night ward said") brings someone new in, not the person holding it."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    last = result.quotes[-1].speaker
    assert last is not None and last.entity is not None
    assert names[last.entity] not in {"Ama Boateng", "Mia Castell", "Ravi Menon"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gordon Ashcroft, 70, has kept bees on the allotment since 1979. His wife, Margaret, sells the honey.\n\n"
            "“People come from three counties for it,” Mrs Ashcroft said.",
            "Margaret Ashcroft",
        ),
        (
            "Councillor Peter Lindgren opened the fair. Lindgren's wife, Susan, judged the cakes.\n\n"
            "“The lemon drizzle was the clear winner,” Mrs Lindgren said.",
            "Susan Lindgren",
        ),
        (
            "Alice Mbatha runs the shelter on Canal Road. Her husband, Daniel, drives the van.\n\n"
            "“We collect every morning at six,” Mr Mbatha said.",
            "Daniel Mbatha",
        ),
    ],
)
def test_a_relative_named_by_first_name_takes_the_family_surname(extractor, text, name):
    """A relative named by first name ("His wife, Margaret,") takes the surname: "Mrs Ashcroft" is her, not him."""
    assert _speakers(extractor, text)[-1] == name


@pytest.mark.model
def test_the_kin_noun_a_full_name_is_apposed_to_gives_its_gender(extractor):
    """A full name apposed to a kin noun ("Her younger brother, Sam Okonedo,") is a man: "Mrs Okonedo" is not him."""
    text = (
        "Grace Okonedo opened the salon in 2010. Her younger brother, Sam Okonedo, keeps the books.\n\n"
        "“We argue about the heating every winter,” Mrs Okonedo said."
    )
    assert _speakers(extractor, text)[-1] == "Grace Okonedo"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harbour manager Dennis “Dinny” Keogh was furious about the penalty.\n\n"
            "Dinny Keogh was still arguing in the tunnel. “I have seen it twice now,” he said.",
            "Dennis Keogh",
        ),
        (
            "Abena “Bee” Owusu founded the choir in 2004.\n\n"
            "Bee, as the singers call her, chose every song. “We sing what the town likes,” she said.",
            "Abena Owusu",
        ),
    ],
)
def test_a_nickname_used_later_is_the_person(extractor, text, name):
    """A nickname given in marks inside the name ("Dennis “Dinny” Keogh") is that person when used later."""
    assert _speakers(extractor, text)[-1] == name


# "Maud and Elspeth Garroway said so ." with the tagger's entity on "Elspeth Garroway" only
_COORDINATED = """
Maud      5  nsubj  PROPN NNP Maud
and       0  cc     CCONJ CC  and
Elspeth   3  compound PROPN NNP Elspeth
Garroway  0  conj   PROPN NNP Garroway
said_     5  ROOT   VERB  VBD say
so        5  advmod ADV   RB  so
.         5  punct  PUNCT .   .
"""

# "Then , Maud Garroway said so ." with the tagger's entity on the surname only
_LEFT_OUT = """
Then      5  advmod ADV   RB  then
,         5  punct  PUNCT ,   ,
Maud      3  compound PROPN NNP Maud
Garroway  4  nsubj  PROPN NNP Garroway
said      4  ROOT   VERB  VBD say
so        4  advmod ADV   RB  so
.         4  punct  PUNCT .   .
"""


def _names(rows: str, ents: list[str]) -> list[tuple[str, str]]:
    from quoteextract.article import Article
    from quoteextract.stages.speakers._mentions import name_mentions
    from quoteextract.stages.speakers._speaker_layout import make_layout

    doc = parse(rows, ents)
    layout = make_layout(Article.build(doc), [], [])
    return [(doc.text[m.start : m.end], " ".join(m.name.tokens)) for m, _ in name_mentions(doc, doc.text, layout)]


def test_a_first_name_coordinated_with_a_full_name_shares_its_surname():
    """A first name the tagger missed before "and" and a full name ("Maud and Elspeth Garroway") is Maud Garroway."""
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    assert ("Maud", "Maud Garroway") in _names(_COORDINATED, ents)


def test_a_first_name_left_out_of_a_surname_entity_joins_it():
    """A known first name the tagger left out before a surname entity ("Maud" of "Maud Garroway") is part of it."""
    ents = ["O", "O", "O", "B-PERSON", "O", "O", "O"]
    assert ("Maud Garroway", "Maud Garroway") in _names(_LEFT_OUT, ents)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nuala Brennan coached the team for a decade.\n\n"
            "“Ciaran Doyle was the first to sign up. He said, ‘I will play anywhere you put me,’” Brennan said.",
            "Ciaran Doyle",
        ),
        (
            "Victor Amadi ran the depot until 2019.\n\n"
            "“My uncle Felix Obasi built it. He told me, ‘Never let the yard go,’” Amadi said.",
            "Felix Obasi",
        ),
    ],
)
def test_a_quoted_he_is_never_the_speaker_around_it(extractor, text, name):
    """A third person inside someone's quotation ("He said, ‘...’") is someone they name, never themself."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    inner = [q for q in result.quotes if q.speaker is not None and q.speaker.text == "He"]
    assert inner and inner[0].speaker is not None and inner[0].speaker.entity is not None
    assert names[inner[0].speaker.entity] == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "outer"),
    [
        (
            "Carla Ruiz runs the stall with her sister.\n\n"
            "“Ines would not hear of selling. She said, ‘This stall is our mother's,’” Carla Ruiz said.",
            "Carla Ruiz",
        ),
        (
            "Omar Haddad took over the garage in 2001.\n\n"
            "“Sami never wanted it. He said, ‘Engines are your thing, not mine,’” Haddad said, laughing.",
            "Omar Haddad",
        ),
        (
            "Brigid Nolan has fostered 40 children.\n\n"
            "Brigid Nolan said: “Aoife was the first. She said, ‘Can I stay until Christmas?’ She stayed nine years.”",
            "Brigid Nolan",
        ),
    ],
)
def test_a_quoted_she_is_not_the_outer_speaker_even_when_unresolved(extractor, text, outer):
    """A quoted "She said, ‘...’" is left unresolved rather than given to the speaker whose words hold it."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    inner = [q for q in result.quotes if q.speaker is not None and q.speaker.text in {"He", "She"}]
    assert inner
    assert all(names.get(q.speaker.entity) != outer for q in inner if q.speaker is not None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The safety bulletin, signed by its technical director, Dr Oskar Lindahl, said the valves should be "
            "replaced.",
            "Oskar Lindahl",
        ),
        (
            "The advisory, written by the agency's chief forecaster, Mirela Dobre, said the storm would turn north.",
            "Mirela Dobre",
        ),
    ],
)
def test_a_bulletin_or_an_advisory_is_credited_to_its_author(extractor, text, name):
    """A bulletin or an advisory is a document: its words are its named author's."""
    assert _speakers(extractor, text)[-1] == name
