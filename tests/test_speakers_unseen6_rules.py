"""Speaker cases the sixth unseen set showed (issue 11): letters after names, names heading a photo essay.

String logic is tested on plain text; who the speaker is on invented sentences, several phrasings each, with
the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers

import quoteextract
from quoteextract.stages.speakers._headings import heading_name
from quoteextract.stages.speakers._names import parse_name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Miriam Okonjo KC", "Miriam Okonjo"),
        ("Sir Alan Reed FRS", "Alan Reed"),
        ("Dame Ruth Abbey DBE FRSE", "Ruth Abbey"),
        ("Tomas Berg MP’s", "Tomas Berg"),
    ],
)
def test_letters_after_a_name_are_no_name_words(written, name):
    """Honours, offices and fellowships written after a name ("KC", "MP", "FRS") are not part of it."""
    assert " ".join(parse_name(written).tokens) == name


def test_letters_alone_stay_a_name():
    """An acronym with nothing before it is a name of its own (an organisation's)."""
    assert parse_name("MP").tokens == ("MP",)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Outside court, Helen Adebayo MP, who chairs the committee, said the ruling was a scandal.", "Helen Adebayo"),
        ("Prosecuting, Owen Marsh KC told the jury the defendant had lied repeatedly.", "Owen Marsh"),
        ("Gareth Pugh MP said he would vote against the bill.", "Gareth Pugh"),
        ("“The data are clear,” said Prof Dame Ines Hart FRS, who led the study.", "Ines Hart"),
        ("The society's president, Kofi Mensah OBE, said the award was overdue.", "Kofi Mensah"),
    ],
)
def test_a_speaker_with_letters_after_the_name_is_the_person(extractor, text, name):
    """A speaker written with letters after the name is the person, not an organisation named by the letters."""
    assert name in _speakers(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voices\n\nROSA FIGUEROA, 47, cleaner\n“It never sleeps.”\n", "ROSA FIGUEROA"),
        ("Voices\n\nDR PRIYA NAIR, junior doctor\n\n“Everyone is honest at four.”\n", "DR PRIYA NAIR"),
        ("Voices\n\nKWAME ASANTE\n“Same faces every night.”\n", "KWAME ASANTE"),
        ("Voices\n\nDelroy Samuels, 58, porter\n“Thirty years.”\n", "Delroy Samuels"),
    ],
)
def test_a_heading_line_names_the_words_under_it(text, name):
    """A line holding a name in capitals, or a name and an age, heads the quotation on the next line."""
    span = heading_name(text, text.index("“") + 1)
    assert span is not None and text[span[0] : span[1]] == name


@pytest.mark.parametrize(
    "text",
    [
        "STRIKE CALLED OFF\n“We will be back.”\n",  # a headline in capitals, no first name
        "The nurses walked out at noon.\n“We will be back.”\n",  # a sentence of text
        "ROSA FIGUEROA, 47, said: “It never sleeps.”\n",  # the words do not open their line
    ],
)
def test_no_heading_above_other_lines(text):
    """A headline in capitals, a sentence, or words inside a line have no heading name."""
    assert heading_name(text, text.index("“") + 1) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Voices from the picket line\n\nKIRSTY BOYD, 41, nurse\n“We are tired of being thanked.”\n\n"
            "DELROY SAMUELS, 58, hospital porter\n“I have done this job for thirty years.”\n",
            ["Kirsty Boyd", "Delroy Samuels"],
        ),
        (
            "Life on the allotments\n\nAgnes Whitlow, 82, retired teacher\n\n“I grow more than I can eat.”\n\n"
            "Tariq Mahmood, 35, engineer\n\n“It is the only place my phone does not ring.”\n",
            ["Agnes Whitlow", "Tariq Mahmood"],
        ),
    ],
)
def test_photo_essay_words_are_the_headed_persons(extractor, text, names):
    """Each quotation under a heading line is the person the heading names, titled by the rest of the line."""
    result = extractor(text)
    by_id = {e.id: e for e in result.entities}
    speakers = [by_id[q.speaker.entity] for q in result.quotes if q.speaker and q.speaker.entity is not None]
    assert [e.name for e in speakers] == names
    assert all(e.type == "person" and e.titles for e in speakers)


@pytest.mark.model
def test_heading_rules_can_be_switched_off(nlp):
    """With ``speaker.heading_name`` disabled, the words under a heading keep no speaker."""
    text = "Voices\n\nKIRSTY BOYD, 41, nurse\n“We are tired of being thanked.”\n"
    assert _speakers(quoteextract.Extractor(nlp), text) == ["Kirsty Boyd"]
    assert _speakers(quoteextract.Extractor(nlp, disable=["speaker.heading_name"]), text) == [None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "later"),
    [
        (
            "The home side's manager admitted his team had stopped playing. The visiting manager, Petra Lind, "
            "praised her substitutes.",
            None,
            "Petra Lind",
        ),
        (
            "The union's general secretary said the offer was an insult. The company's general secretary, Mark "
            "Toll, said the offer was fair.",
            None,
            "Mark Toll",
        ),
    ],
)
def test_a_role_is_not_joined_to_another_holder_of_the_role(extractor, text, first, later):
    """Two holders of one role told apart by the words before it ("home side's", "visiting") stay two."""
    speakers = _speakers(extractor, text)
    assert speakers[-1] == later
    assert speakers[0] != later


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The transport secretary confirmed the line would open in 2034. Transport Secretary Fiona Hale told MPs "
        "the ground had been harder than expected.",
        "The health minister said the fees would stay. Health Minister Colm Byrne told the meeting there was no "
        "money to scrap them.",
    ],
)
def test_a_role_speaking_first_is_the_person_an_office_before_the_name_names(extractor, text):
    """A role speaking before a name ("The transport secretary") is who the same office heads later.

    "Transport Secretary Fiona Hale": the office written before the name, capitalised, is the same role.
    """
    speakers = _speakers(extractor, text)
    assert len(speakers) == 2 and speakers[0] == speakers[1] is not None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Cllr Sunita Rao said the cuts were wrong. Cllr Peter Hume said he would back them.\n\n"
            "The exchanges were sharp. “You have had ten years to fix this” (Rao). "
            "“And you had twelve years before that” (Hume).\n",
            ["Sunita Rao", "Peter Hume", "Sunita Rao", "Peter Hume"],
        ),
        (
            "Readers told us what the library means to them.\n\n"
            "“My children do their homework there.” (Tom Reilly, father of three)\n",
            ["Tom Reilly"],
        ),
    ],
)
def test_a_name_in_brackets_after_the_words_is_their_speaker(extractor, text, names):
    """Words followed by a name in brackets ("“...” (Rao).") are that person's."""
    assert [n for n in _speakers(extractor, text) if n in names] == names


@pytest.mark.model
def test_bracketed_name_can_be_switched_off(nlp):
    """With ``speaker.bracketed_name`` disabled, the words before a bracketed name keep no speaker."""
    text = "Readers wrote in.\n\n“My children do their homework there.” (Tom Reilly, father of three)\n"
    assert "Tom Reilly" in _speakers(quoteextract.Extractor(nlp), text)
    assert "Tom Reilly" not in _speakers(quoteextract.Extractor(nlp, disable=["speaker.bracketed_name"]), text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The health minister, Colm Byrne, rejected the petition. A nurse asked him how she was meant to pay. "
            "The minister's reply: “I hear you, and I am sorry.”",
            "Colm Byrne",
        ),
        (
            "The visiting manager, Petra Lind, was asked about the result. Her reply drew laughter: “Ask me on "
            "Friday.”",
            "Petra Lind",
        ),
        (
            "Aoife Lacey, a nurse, said staff were paying too much. Lacey's answer to the minister was short: "
            "“Then find it.”",
            "Aoife Lacey",
        ),
        ("Tom Reyes chairs the committee. His verdict was blunt: “This budget is a fantasy.”", "Tom Reyes"),
    ],
)
def test_the_owner_of_the_words_is_the_speaker(extractor, text, name):
    """The owner of the words is the speaker: "The minister's reply:", "Her reply drew laughter:"."""
    assert _speakers(extractor, text)[-1] == name


@pytest.mark.model
def test_words_of_can_be_switched_off(nlp):
    """With ``speaker.words_of`` disabled, "Her reply" is not resolved to the person before it."""
    text = "The visiting manager, Petra Lind, was asked about it. Her reply drew laughter: “Ask me on Friday.”"
    assert _speakers(quoteextract.Extractor(nlp), text)[-1] == "Petra Lind"
    assert _speakers(quoteextract.Extractor(nlp, disable=["speaker.words_of"]), text)[-1] != "Petra Lind"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "family"),
    [
        (
            "The Okafors, who have run the corner shop since 1990, say the rent rise will close it. "
            "“We cannot pay double,” said Grace Okafor, who runs it with her husband, Sam Okafor. "
            "“We will fight it,” the Okafors said.",
            "Grace and Sam Okafor",
        ),
        (
            "The Joneses, who live next door to the site, said they were worried. “It is awful,” said Gwen Jones.",
            "the Jones family",
        ),
    ],
)
def test_a_plural_surname_is_the_family_of_that_name(extractor, text, family):
    """A plural surname ("The Okafors say") is the family, named by its members ("Grace and Sam Okafor")."""
    assert _speakers(extractor, text)[0] == family


@pytest.mark.model
def test_a_plural_no_one_bears_is_left_to_the_other_rules(extractor):
    """A capitalised plural that is nobody's surname in the article ("the Rovers") is not a family."""
    text = "The Rovers said the match would go ahead. Their manager, Ann Lee, said the pitch was fine."
    assert all(name is None or "family" not in name for name in _speakers(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Their organiser, a retired porter named Bill Hanlon, said he expected 2,000 people.",
            "Bill Hanlon",
            "a retired porter",
        ),
        ("A local man called Dave Rudd said the road had flooded twice.", "Dave Rudd", "A local man"),
        ("The driver, a woman named Sue Platt, said she had braked hard.", "Sue Platt", "a woman"),
    ],
)
def test_a_role_named_by_a_participle_is_that_person(extractor, text, name, title):
    """A role named by a participle ("a retired porter named Bill Hanlon") is that person, so titled."""
    result = extractor(text)
    by_id = {e.id: e for e in result.entities}
    entity = by_id[result.quotes[0].speaker.entity]
    assert entity.name == name
    assert title in entity.titles


@pytest.mark.model
def test_family_and_named_can_be_switched_off(nlp):
    """With ``speaker.family`` and ``speaker.named`` disabled, neither the family nor the named porter is found."""
    text = (
        "The Okafors say the rent will close the shop. “We cannot pay,” said Grace Okafor, who runs it with her "
        "husband, Sam Okafor. Their organiser, a retired porter named Bill Hanlon, said he expected 2,000 people."
    )
    on = _speakers(quoteextract.Extractor(nlp), text)
    off = _speakers(quoteextract.Extractor(nlp, disable=["speaker.family", "speaker.named"]), text)
    assert "Grace and Sam Okafor" in on and "Bill Hanlon" in on
    assert "Grace and Sam Okafor" not in off and "Bill Hanlon" not in off


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Marchetti & Sons is to open a second factory. Paolo Marchetti, who runs the kitchen, said no one would "
            "lose their job. Marchetti's said production would begin next summer.",
            "Marchetti & Sons",
        ),
        (
            "Pryce's said it would close two branches. Owen Pryce, who founded the chain, said he was sad.",
            "Pryce's",
        ),
    ],
)
def test_a_possessive_name_that_speaks_is_the_business(extractor, text, firm):
    """A possessive name that speaks ("Marchetti's said") is the business, not the person of that surname."""
    result = extractor(text)
    by_id = {e.id: e for e in result.entities}
    said = [q for q in result.quotes if q.speaker and q.speaker.text.endswith(("'s", "’s"))]
    assert len(said) == 1
    entity = by_id[said[0].speaker.entity]
    assert (entity.name, entity.type) == (firm, "organisation")


@pytest.mark.model
def test_family_firm_can_be_switched_off(nlp):
    """With ``speaker.family_firm`` disabled, "Marchetti's said" goes back to the person of that surname."""
    text = (
        "Marchetti & Sons is to open a second factory. Paolo Marchetti, who runs the kitchen, said no one would "
        "lose their job. Marchetti's said production would begin next summer."
    )
    assert _speakers(quoteextract.Extractor(nlp), text)[-1] == "Marchetti & Sons"
    assert _speakers(quoteextract.Extractor(nlp, disable=["speaker.family_firm"]), text)[-1] != "Marchetti & Sons"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ursula von der Hoff chaired the talks. Von der Hoff said the gaps were small.", "Ursula von der Hoff"),
        (
            "Spain's minister, María José García Márquez, was cautious. “Close is not done,” García Márquez said.",
            "María José García Márquez",
        ),
        ("Jan van der Berg runs the farm. “It floods every year,” Van der Berg said.", "Jan van der Berg"),
    ],
)
def test_a_surname_of_several_words_is_the_person_named_in_full(extractor, text, name):
    """A surname with particles or a compound surname written alone later is the person named in full."""
    assert _speakers(extractor, text)[-1] == name


@pytest.mark.model
def test_a_name_ending_another_with_a_first_name_is_another_person(extractor):
    """A name ending another but opening with a first name ("Ann Smith", "Mary Ann Smith") is another person."""
    text = "Mary Ann Smith said it was fine. Ann Smith, her cousin, said it was not."
    assert _speakers(extractor, text) == ["Mary Ann Smith", "Ann Smith"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Sam Okoye, a local ecologist who uses they/them pronouns, has surveyed the valley. They said the route "
        "passed four nest sites. “The owls were here first,” they said.",
        "The artist Robin Vale, who goes by they and them, opened the show on Friday. “I paint what I lose,” they "
        "said.",
    ],
)
def test_they_stands_for_one_person_who_goes_by_they(extractor, text):
    """A person the article says uses they/them is what a later "they" stands for."""
    speakers = _speakers(extractor, text)
    assert speakers and all(name is not None and name.endswith(("Okoye", "Vale")) for name in speakers)


@pytest.mark.model
def test_they_without_a_note_is_not_one_person(extractor):
    """Without a they/them note, "they" after one person is not that person."""
    text = "Sam Okoye has surveyed the valley. The residents said they would object. “We will fight,” they said."
    assert "Sam Okoye" not in _speakers(extractor, text)


def test_agreement_of_they_with_a_person_who_goes_by_they():
    """A person who goes by "they" agrees (confirmed) with "they"; "she" and "he" do not."""
    from quoteextract.lang.en._speaker_lexicon import pronouns
    from quoteextract.stages.speakers._groups import Group
    from quoteextract.stages.speakers._pronouns import agrees

    person = Group(label="Sam Okoye", they=True)
    person.votes["person"] += 1
    assert agrees(person, pronouns()["they"]) is True
    assert agrees(person, pronouns()["she"]) is False
    plain = Group(label="Sam Okoye")
    plain.votes["person"] += 1
    assert agrees(plain, pronouns()["they"]) is False


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kev, 19, said he had lost a shoe. The oldest fan may have been Winifred Ashcroft, who turned 90 in "
            "May. The nonagenarian said the music was too loud.",
            "Winifred Ashcroft",
        ),
        (
            "Arthur Pim, 84, has kept bees for sixty years. His grandson Leo Pim, 15, helps at weekends. "
            "The teenager said the bees never sting him.",
            "Leo Pim",
        ),
    ],
)
def test_an_age_noun_is_no_one_whose_age_is_outside_it(extractor, text, name):
    """An age noun is no one whose stated age is outside it ("The nonagenarian" is not "Kev, 19,")."""
    assert _speakers(extractor, text)[-1] == name
