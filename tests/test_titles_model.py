"""Titles and role mentions end to end on the model: invented sentences, several phrasings of each construction."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entity(extraction, name):
    (entity,) = [e for e in extraction.entities if e.name == name]
    return entity


def _speakers(extraction):
    names = {e.id: e.name for e in extraction.entities}
    return [
        names.get(q.speaker.entity) if q.speaker and q.speaker.entity is not None else None for q in extraction.quotes
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Councillor Priya Nand said the market would move.", "Priya Nand", "Councillor"),
        ("Alderwoman Greta Solberg said traders had not been asked.", "Greta Solberg", "Alderwoman"),
        ('Winger Davi Costa said the club owed fans an apology. "We were awful," Costa said.', "Davi Costa", "Winger"),
        ("Detective Sergeant Owen Marsh told the court the van was stolen.", "Owen Marsh", "Detective Sergeant"),
        ("Chief Superintendent Nia Rowe said patrols would double.", "Nia Rowe", "Chief Superintendent"),
    ],
)
def test_pre_nominal_titles_are_folded_off_the_name(extractor, text, name, title):
    extraction = extractor(text)
    entity = _entity(extraction, name)
    assert title in entity.titles and entity.type == "person"
    assert all(name in speaker for speaker in _speakers(extraction))


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "The trust's treasurer, the accountant Lars Fenn, said reserves would last a year.",
            "Lars Fenn",
            {"the accountant", "The trust's treasurer"},
        ),
        (
            "The youngest candidate, 19-year-old student Ada Brook, said she would fight on.",
            "Ada Brook",
            {"19-year-old student", "The youngest candidate"},
        ),
    ],
)
def test_stacked_titles_and_the_speaker_they_name(extractor, text, name, titles):
    extraction = extractor(text)
    assert titles <= set(_entity(extraction, name).titles)
    assert _speakers(extraction) == [name]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The Orchard Foundation, a children's charity, said donations had fallen by a third.",
            "Orchard Foundation",
            "a children's charity",
        ),
        ("The budget airline Swiftair said fares would rise in May.", "Swiftair", "The budget airline"),
    ],
)
def test_organisation_descriptors(extractor, text, name, title):
    entity = _entity(extractor(text), name)
    assert title in entity.titles and entity.type == "organisation"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Pellmark, the Dutch packaging group, said profits fell by a fifth.", "Pellmark", "the Dutch packaging group"),
        (
            "Fernwick, a small software firm in Leeds, said it would hire forty engineers.",
            "Fernwick",
            "a small software firm in Leeds",
        ),
        ("Brisa, the regional airline, said on Monday it would cut six routes.", "Brisa", "the regional airline"),
    ],
)
def test_a_name_the_tagger_missed_is_found_by_its_role_appositive(extractor, text, name, title):
    entity = _entity(extractor(text), name)
    assert title in entity.titles and entity.type == "organisation"


@pytest.mark.parametrize(
    ("text", "name", "first"),
    [
        (
            "A police spokesman said two men were held. The spokesman, Inspector Ravi Dhillon, said both would be "
            "questioned.",
            "Ravi Dhillon",
            "A police spokesman",
        ),
        (
            "A school spokeswoman said the roof was unsafe. Later the spokeswoman, deputy head Marta Ilic, said "
            "lessons would move online.",
            "Marta Ilic",
            "A school spokeswoman",
        ),
    ],
)
def test_role_mentions_before_and_after_the_name_are_one_entity(extractor, text, name, first):
    extraction = extractor(text)
    assert first in _entity(extraction, name).titles
    assert _speakers(extraction) == [name, name]
    assert not [e for e in extraction.entities if e.type == "anonymous"]


@pytest.mark.parametrize(
    ("text", "speaker", "title"),
    [
        ('"He never missed a shift," said his brother, a retired postman.', "his brother", "a retired postman"),
        ('"She built this place," said her son, a local builder.', "her son", "a local builder"),
    ],
)
def test_unnamed_back_references_keep_their_titles(extractor, text, speaker, title):
    extraction = extractor(text)
    assert title in _entity(extraction, speaker).titles


@pytest.mark.parametrize(
    "text",
    [
        "After meeting the mayor, Tom Reyes said the plan was dead.",
        "After meeting the mayor, Tom Reyes, 45, said the plan was dead.",
    ],
)
def test_no_title_from_the_object_of_a_clause_before_the_name(extractor, text):
    assert _entity(extractor(text), "Tom Reyes").titles == ()


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("I asked the club secretary, Dora Pike, whether the ground would be sold.", "Dora Pike", "the club secretary"),
        ("One of the nurses, Ama Boateng, said the ward was short of staff.", "Ama Boateng", "One of the nurses"),
        (
            "Shares rose after its chief financial officer, Ian Cobb, said sales were strong.",
            "Ian Cobb",
            "its chief financial officer",
        ),
    ],
)
def test_a_role_phrase_in_apposition_before_the_name(extractor, text, name, title):
    assert title in _entity(extractor(text), name).titles


def test_a_role_word_opening_a_one_word_organisation_name_stays(extractor):
    names = {e.name for e in extractor("Cardinal Health said profits rose. Engineer Street will close.").entities}
    assert "Cardinal Health" in names and "Health" not in names


def test_a_trade_that_is_a_first_name_stays_in_the_name(extractor):
    extraction = extractor("Hunter Biden said nothing. Mason Mount said the team was ready.")
    assert {"Hunter Biden", "Mason Mount"} <= {e.name for e in extraction.entities}


def test_a_reverse_appositive_with_a_second_title_gives_two(extractor):
    titles = _entity(
        extractor("The club's manager, former striker Dom Pelly, said the squad was tired."), "Dom Pelly"
    ).titles
    assert set(titles) == {"The club's manager", "former striker"}


def test_a_title_inside_a_longer_one_is_not_repeated(extractor):
    extraction = extractor("Mayor Luis Ferro's chief of staff, Nina Alba, said the budget was balanced.")
    assert _entity(extraction, "Nina Alba").titles == ("Mayor Luis Ferro's chief of staff",)


def test_the_extractor_switches_the_title_rules_off(nlp):
    import quoteextract

    text = "The trust's treasurer, the accountant Lars Fenn, said reserves would last a year."
    off = quoteextract.Extractor(nlp, disable=["title.stacked", "speaker.titled"])(text)
    assert "The trust's treasurer" not in _entity(off, "Lars Fenn").titles
    on = quoteextract.Extractor(nlp)(text)
    assert "The trust's treasurer" in _entity(on, "Lars Fenn").titles


def test_a_place_name_is_no_title_of_an_unnamed_group(extractor):
    extraction = extractor("Voters in the district Harlow backed the plan.")
    assert all(e.titles == () for e in extraction.entities if e.name.startswith("Voters"))


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("The novelist and critic Sam Vey said the prize had lost its way.", "Sam Vey", {"The novelist and critic"}),
        ("Her husband, the actor Ben Osei, said the family was grateful.", "Ben Osei", {"Her husband", "the actor"}),
        (
            "The chief executive of Harlow Water, Kate Bligh, said bills would rise.",
            "Kate Bligh",
            {"The chief executive of Harlow Water"},
        ),
        (
            "The head of the inquiry, retired judge Sir Alan Moss, said hearings would begin in May.",
            "Alan Moss",
            {"The head of the inquiry", "retired judge"},
        ),
    ],
)
def test_more_stacked_and_preceding_titles(extractor, text, name, titles):
    extraction = extractor(text)
    assert set(_entity(extraction, name).titles) == titles
    assert _speakers(extraction) == [name]
