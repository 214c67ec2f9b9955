"""Speaker cases the seventh unseen set showed (issue 11): offices as names, remits, letters after a name.

String logic is tested on plain text; who the speaker is on invented sentences, several phrasings each, with
the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers

import quoteextract
from quoteextract.stages.speakers._names import parse_name
from quoteextract.stages.speakers._offices import office_nouns


@pytest.mark.parametrize(
    ("written", "title", "name"),
    [
        ("Deputy Chief Constable for Operations Gareth McAuley", "Chief Constable for Operations", "Gareth McAuley"),
        ("Secretary of State for Health Jane Doe", "of State for Health", "Jane Doe"),
        ("Minister for Finance Paschal Rowe", "for Finance", "Paschal Rowe"),
        ("Minister of State for Rural Affairs Ann Lee", "of State for Rural Affairs", "Ann Lee"),
    ],
)
def test_an_office_with_its_remit_is_folded_off_the_name(written, title, name):
    """An office and its remit before a name ("... for Operations") are no name words; the name follows."""
    parsed = parse_name(written)
    assert " ".join(parsed.tokens) == name
    assert " ".join(parsed.title) == title


@pytest.mark.parametrize("written", ["Bank of England", "Friends of the Earth", "Museum of London Archaeology"])
def test_names_with_of_and_no_first_name_stay_whole(written):
    """An organisation's name with "of" and no known first name after it keeps all its words."""
    assert " ".join(parse_name(written).tokens) == written


@pytest.mark.parametrize(
    ("words", "nouns"),
    [
        (["Tánaiste"], {"tánaiste"}),
        (["Grand", "Mufti"], {"grand mufti", "mufti"}),
        (["Chief", "Rabbi"], {"chief rabbi", "rabbi"}),
        (["Donegal", "County", "Council"], set()),
        (["Harwick", "Rovers"], set()),
    ],
)
def test_office_nouns_read_an_office_written_as_a_name(words, nouns):
    """Capitalised offices give their title role nouns; names with other words give none."""
    assert office_nouns(words) == nouns


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tánaiste Ciarán Moloney defended the budget. “It is fair,” the Tánaiste told reporters.",
            "Ciarán Moloney",
        ),
        ("The Taoiseach, Orla Whelan, met farmers on Monday. “We hear you,” the Taoiseach said.", "Orla Whelan"),
        (
            "Grand Mufti Sheikh Omar Salim led prayers at the mosque. “We are all neighbours,” the Grand Mufti said.",
            "Omar Salim",
        ),
    ],
)
def test_an_office_the_tagger_reads_as_a_name_is_its_holder(extractor, text, expected):
    """Speaker "The Tánaiste said" after "Tánaiste X": X, not an entity named "Tánaiste"."""
    assert _speakers(extractor, text)[-1] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paddy Hogan TD, a member for Kerry, criticised the plan. “It is a disgrace,” the Kerry TD said.",
            "Paddy Hogan",
        ),
        ("The MP for Hexley, Joan Tait, said the closure was wrong. “It is a scandal,” the MP said.", "Joan Tait"),
        ("Rhona Baird MSP opened the debate. “This is overdue,” the MSP said.", "Rhona Baird"),
    ],
)
def test_letters_after_a_name_are_an_office_a_later_mention_points_back_to(extractor, text, expected):
    """Speaker "The Kerry TD", "the MP": the person written with those letters (or that office) before."""
    assert expected.split()[-1] in (_speakers(extractor, text)[-1] or "")  # the tagger may miss "Rhona"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The local MP, Marcus Penrose, visited the school. “It needs a new roof,” the MP said.", "Marcus Penrose"),
        ("Mina Patel, 40, and the local MP, Jo Ward, spoke. “It is a disgrace,” the MP said.", "Jo Ward"),
    ],
)
def test_letters_of_an_office_abbreviate_no_person(extractor, text, expected):
    """Speaker "MP" is no acronym of a person called M... P... ("Mina Patel"): the office's holder speaks."""
    assert _speakers(extractor, text)[-1] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Assistant Chief Constable for Crime Linda Obuya said arrests had risen. "
            "“We are not complacent,” she said.",
            ["Linda Obuya", "Linda Obuya"],
        ),
        (
            "Secretary of State for Transport Helen Carr said the line would reopen. "
            "Carr said the delay was regrettable.",
            ["Helen Carr", "Helen Carr"],
        ),
        (
            "Deputy Chief Constable for Operations Gareth McAuley said the force was stretched. "
            "“We need 300 more officers,” he said.",
            ["Gareth McAuley", "Gareth McAuley"],
        ),
    ],
)
def test_a_speaker_after_an_office_and_its_remit_is_the_person(extractor, text, expected):
    """The remit's words ("Operations", "Transport") are no part of the person's name."""
    assert _speakers(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Striker Dele Ogun scored twice as Harton won 3-1. “The second one was lucky,” the striker said.",
            "Dele Ogun",
        ),
        ("Centre-back Kofi Mensah headed the winner. “I don't score many,” the defender said.", "Kofi Mensah"),
        (
            "Portugal's Joao Mendes finished second in the time trial. “The wind was brutal,” the Portuguese said.",
            "Joao Mendes",
        ),
        ("Ruud Haas, Oldcastle's Swiss manager, was furious. “That was never a penalty,” the Swiss said.", "Ruud Haas"),
    ],
)
def test_positions_and_invariant_demonyms_are_epithets(extractor, text, expected):
    """Speaker "The defender", "the striker", "the Portuguese", "the Swiss": the player or person just named."""
    assert _speakers(extractor, text)[-1] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Baroness Amina Shah, a Labour peer, opened the debate. Her rival Tom Dale spoke next. "
            "“This bill is rushed,” the peer said.",
            "Amina Shah",
        ),
        (
            "The club's owner, Lord Fenwick, watched striker Ali Khan score twice. "
            "The peer said he had never considered selling.",
            "Fenwick",
        ),
    ],
)
def test_the_peer_is_the_person_named_with_a_peerage(extractor, text, expected):
    """Speaker "The peer" is the Lord, Lady or Baroness named, not whoever was named last."""
    assert expected in (_speakers(extractor, text)[-1] or "")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A nurse who said she was “exhausted beyond words” after a 14-hour shift has quit.\n\n"
            "Maria Lopez, 34, left Harfield General last month after eleven years.",
            ["Maria Lopez"],
        ),
        (
            "A pensioner who told police he had “no idea” the car was stolen has been fined.\n\n"
            "Derek Amos, 71, of Pellbridge, was stopped on the A38 in March.",
            ["Derek Amos"],
        ),
        (
            "Its chief executive told staff on Monday that the plant would close. “This is a sad day,” he said.\n\n"
            "Tom Reeve, who has led the company since 2015, said the decision was final.",
            ["Tom Reeve", "Tom Reeve", "Tom Reeve"],
        ),
    ],
)
def test_a_role_named_in_the_next_paragraph_is_that_person(extractor, text, expected):
    """A role phrase that speaks ("A nurse who said", "Its chief executive told") is the person named next."""
    assert _speakers(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A neighbour said the family had been quiet.\n\nJames Tan, 40, was found dead at the house on Sunday.",
        "A council spokesman said the road would reopen.\n\nJane Roe, 45, who lives on it, said she was stuck.",
        "A local man said he had heard a bang.\n\nKevin Doyle, the fire chief, said the blaze was deliberate.",
    ],
)
def test_a_bare_role_is_not_the_person_named_next(extractor, text):
    """Speaker "A neighbour said", "A council spokesman said": the person named next is someone else."""
    first = _speakers(extractor, text)[0]
    assert first is not None and first.startswith("A ")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her brother, Joe Harrow, 96, lives next door. “She drove like a demon,” Uncle Joe said.", "Joe Harrow"),
        ("Maria's aunt, Rosa Gil, raised her. “She was always top of the class,” Auntie Rosa said.", "Rosa Gil"),
        ("Their grandfather, Ted Rowe, 90, still fishes. “The trout are smaller now,” Grandpa Ted said.", "Ted Rowe"),
    ],
)
def test_a_kin_word_before_a_first_name_is_the_relative_named(extractor, text, expected):
    """Speaker "Uncle Joe" in a family story is the Joe named before, not a new person called "Uncle Joe"."""
    assert _speakers(extractor, text)[-1] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meet Rosa Delgado, 83, who has lived by the river for sixty years. “I swim every day,” she said.", "Rosa"),
        ("Meet Orla Brennan, 31, who runs the town's cinema. “Everyone said I was mad,” Orla said.", "Orla"),
    ],
)
def test_meet_opening_a_feature_is_no_name_word(extractor, text, expected):
    """Speaker "Meet Rosa Delgado, 83, who ...": the person is Rosa Delgado, and "she" after it is her."""
    found = _speakers(extractor, text)[-1] or ""
    assert found.startswith(expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr Abu Bakr al-Hassan, a hydrologist, warned of shortages. "
            "“We are drinking our grandchildren's water,” al-Hassan said.",
            "Abu Bakr al-Hassan",
        ),
        (
            "Mohammed el-Sayed, the minister, spoke first. “We will not accept this,” el-Sayed said.",
            "Mohammed el-Sayed",
        ),
        ("Amal al-Rashid and Omar Hassan met in Cairo. “We agreed on nothing,” Hassan said.", "Omar Hassan"),
    ],
)
def test_an_arabic_surname_alone_is_the_person_named_in_full(extractor, text, expected):
    """Speaker "al-Hassan said" after "Abu Bakr al-Hassan": the same person, with or without the article."""
    assert _speakers(extractor, text)[-1] == expected


@pytest.mark.model
def test_the_canon_is_the_person_styled_rev_canon(extractor):
    """Speaker "The Rev Canon Ann Hale ... the canon said": the canon is Ann Hale."""
    text = "The parish priest, the Rev Canon Ann Hale, opened the fete. “We raised a record sum,” the canon said."
    assert _speakers(extractor, text)[-1] == "Ann Hale"


@pytest.mark.model
def test_switching_office_name_off_leaves_the_office_its_own_entity(nlp):
    """``Extractor(disable=["speaker.office_name"])`` really switches the rule off."""
    text = "Tánaiste Ciarán Moloney defended the budget. “It is fair,” the Tánaiste told reporters."
    assert _speakers(quoteextract.Extractor(nlp=nlp), text)[-1] == "Ciarán Moloney"
    assert _speakers(quoteextract.Extractor(nlp=nlp, disable=["speaker.office_name"]), text)[-1] != "Ciarán Moloney"
