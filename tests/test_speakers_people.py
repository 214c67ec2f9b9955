"""People, mentions and pronouns (issue 12): person evidence, shared surnames, nicknames, plurals, reported pronouns.

The pure parts (name grouping, the headline, the nickname pattern, pronoun scoring) are tested
without a model; the rest on invented sentences, several phrasings each, with the real pipeline.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.lang.en._speaker_lexicon import person_words, pronouns
from quoteextract.stages.speakers._clustering import cluster_names
from quoteextract.stages.speakers._groups import NameMention
from quoteextract.stages.speakers._mentions import NICKNAMED
from quoteextract.stages.speakers._names import parse_name
from quoteextract.stages.speakers._pronouns import Antecedent, Site, resolve
from quoteextract.stages.speakers._reader import headline_end


def _placed(*names: str) -> list[str]:
    """The canonical name of the group each name mention is placed in, in order."""
    mentions, offset = [], 0
    for name in names:
        mentions.append(NameMention(offset, offset + len(name), parse_name(name), "PERSON"))
        offset += len(name) + 10
    _, placed = cluster_names(mentions)
    return [g.name for g in placed]


# -- pure ----------------------------------------------------------------------------


def test_honorific_gender_keeps_a_bare_surname_off_a_spouse():
    """An honorific keeps a bare surname off a spouse: "Mrs Rourke" does not join "Tom Rourke"; "Mr Rourke" does."""
    assert _placed("Tom Rourke", "Mrs Rourke", "Mr Rourke") == ["Tom Rourke", "Rourke", "Tom Rourke"]


def test_bare_surname_goes_to_the_compatible_one_of_two():
    """With two Fenwicks, "Ms Fenwick" goes to the woman even when the man was named last."""
    placed = _placed("Mary Fenwick", "John Fenwick", "Ms Fenwick", "Mr Fenwick")
    assert placed[2:] == ["Mary Fenwick", "John Fenwick"]


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("Teddy “Two Phones” Garvey said", "Teddy", "Garvey"),
        ('Ahmed "The Hammer" Rauf, 31,', "Ahmed", "Rauf"),
        ("Leonard ‘Two Ledgers’ O’Hara’s lawyer", "Leonard", "O’Hara"),
    ],
)
def test_nickname_inside_a_name(text, first, last):
    """A nickname in quote marks between a first name and a surname is found, the possessive left out."""
    match = NICKNAMED.search(text)
    assert match is not None
    assert (match.group("first"), match.group("last")) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Crown\n\n“We are not selling,” Bram Kettle said.",
        "It was, said Norwich. “Farrant said” so.",
        "the “Big Society” plan",
    ],
)
def test_quotations_between_words_are_no_nicknames(text):
    """A quotation across lines, after a full stop, or in lower-case words is not a nickname."""
    assert NICKNAMED.search(text) is None


@pytest.mark.parametrize(
    "text, is_headline",
    [
        ("Gym owner backs young fighter\n\nMarcus Ebbery said.", True),
        ("Mayor quits, paper says\nLONDON - The mayor quit.", True),
        ("He said it was fine.\nShe agreed.", False),
        ("Only one line", False),
    ],
)
def test_headline(text, is_headline):
    """A first line that does not end like a sentence, with more after it, is the headline."""
    assert (headline_end(text) > 0) is is_headline


def test_person_words_lexicon():
    """Kin, person verbs and intensive pronouns are read from their data file with their gender."""
    words = person_words()
    assert words[("kin", "husband")] == "male"
    assert words[("reflexive", "herself")] == "female"
    assert ("verb", "grow") in words


def test_pronoun_in_reported_words_prefers_the_name_reported_beside_it():
    """In reported words a pronoun prefers the name beside it: "Cole said Dunning hid cash in his shed"."""
    from quoteextract.stages.speakers._groups import Group

    cole, dunning = Group(), Group()
    history = [
        Antecedent(offset=0, group=cole, sentence=0, paragraph=0, subject=True, speaker=True),
        Antecedent(offset=20, group=dunning, sentence=0, paragraph=0, subject=True, content=True),
    ]
    site = Site(offset=40, pronoun=pronouns()["his"], sentence=0, paragraph=0, content=True)
    assert resolve(site, history)[0] is dunning


# -- with the model ----------------------------------------------------------------------


def _speakers(extractor, text):
    """The resolved speaker name of each quotation (``None`` when unresolved), and the entities by name."""
    result = extractor(text)
    names = {e.id: e for e in result.entities}
    speakers = [
        names[q.speaker.entity].name if q.speaker and q.speaker.entity is not None else None for q in result.quotes
    ]
    return speakers, {e.name: e for e in result.entities}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        ("Marisol Venn, the shop's owner, said sales had halved. “We're hanging on,” she said.", "Marisol Venn"),
        ("Oskar Thelwall, 83, said the pond had frozen. “I skated here as a boy,” he said.", "Oskar Thelwall"),
        ("Priya Ondaatje grew up above the bakery. “The smell never leaves you,” she said.", "Priya Ondaatje"),
    ],
)
def test_person_evidence_lets_the_pronoun_agree(extractor, text, name):
    """A role, an age or a person's verb types the name a person, so the pronoun after it resolves to it."""
    speakers, entities = _speakers(extractor, text)
    assert entities[name].type == "person"
    assert speakers[-1] == name


@pytest.mark.model
def test_shared_surnames_by_honorific(extractor):
    """Of a couple, "Mrs Larch" is the wife and "Mr Larch" the husband."""
    text = "Ingeborg Larch and Tom Larch run the stall. Mrs Larch said trade was slow. Mr Larch said it would pick up."
    speakers, _ = _speakers(extractor, text)
    assert speakers == ["Ingeborg Larch", "Tom Larch"]


@pytest.mark.model
def test_first_name_shared_with_a_full_name(extractor):
    """A lone first name shares the full name's surname: "Delia and Tom Rourke" names Delia Rourke."""
    text = (
        "Delia and Tom Rourke opened their bakery in 1976. Mrs Rourke said the secret was simple. "
        "“Start at four,” she said."
    )
    speakers, _ = _speakers(extractor, text)
    assert speakers == ["Delia Rourke", "Delia Rourke"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Lorne Iwu and Dafydd Prys said they would appeal. “We did nothing wrong,” they said.",
            "Lorne Iwu and Dafydd Prys",
        ),
        (
            "Two nurses, Ama Kyei and Ruth Oyelaran, spoke to reporters. “We are exhausted,” one of them said.",
            "Ama Kyei and Ruth Oyelaran",
        ),
        (
            "Judge Selwyn Amadi and Rhona Fitch met on Tuesday. Both said the talks had gone well.",
            "Selwyn Amadi and Rhona Fitch",
        ),
    ],
)
def test_people_named_together(extractor, text, expected):
    """People named together ("X and Y") are one plural antecedent for "they", "one of them" and "both"."""
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] == expected


@pytest.mark.model
def test_partitive_rule_can_be_switched_off(nlp):
    """Without ``speaker.partitive``, "one of them" is not resolved to the group."""
    text = "Two nurses, Ama Kyei and Ruth Oyelaran, spoke to reporters. “We are exhausted,” one of them said."
    on, _ = _speakers(quoteextract.Extractor(nlp), text)
    off, _ = _speakers(quoteextract.Extractor(nlp, disable=["speaker.partitive"]), text)
    assert on[-1] == "Ama Kyei and Ruth Oyelaran"
    assert off[-1] != on[-1]


@pytest.mark.model
def test_possessive_in_reported_words_does_not_set_the_speakers_gender(extractor):
    """A possessive in reported words leaves the speaker's gender alone: "she" after it is still the speaker."""
    text = "Inspector Maren Cole said Dunning had hidden the cash in his shed. “He planned it for months,” she said."
    speakers, entities = _speakers(extractor, text)
    assert speakers == ["Maren Cole", "Maren Cole"]
    assert any(m.text == "his" for m in entities["Dunning"].mentions)


@pytest.mark.model
def test_nicknamed_name_is_one_entity(extractor):
    """Leonard “Two Ledgers” Pask and a later bare "Pask" are one person, Leonard Pask."""
    text = "Leonard “Two Ledgers” Pask told the jury he was innocent. “I kept the books,” Pask said."
    speakers, entities = _speakers(extractor, text)
    assert speakers[-1] == "Leonard Pask"
    assert entities["Leonard Pask"].titles == ()


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tom Rourke and Delia Rourke opened the bakery. Rourke, a grandmother of six, said she still baked.",
            "Delia Rourke",
        ),
        (
            "Delia Rourke and Tom Rourke opened the bakery in 1976. Rourke said he still did the deliveries.",
            "Tom Rourke",
        ),
        (
            "Tom Rourke and Delia Rourke opened the bakery in 1976. Rourke said she still did the accounts.",
            "Delia Rourke",
        ),
    ],
)
def test_bare_surname_shared_by_two_goes_to_the_compatible_one(extractor, text, expected):
    """A bare surname shared by two people goes to the one its appositive or "said he/she" agrees with."""
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] == expected


def test_context_gender_keeps_a_bare_surname_off_the_other_spouse():
    """Without an honorific, the gender the context marks still rules a group out."""
    mentions = [
        NameMention(0, 10, parse_name("Mary Fenwick"), "PERSON"),
        NameMention(20, 31, parse_name("John Fenwick"), "PERSON"),
        NameMention(40, 47, parse_name("Fenwick"), "PERSON", gender="female"),
    ]
    _, placed = cluster_names(mentions)
    assert placed[2].name == "Mary Fenwick"


def test_speaker_pronoun_agreeing_with_nobody_retypes_the_previous_speaker():
    """A speaker "she" agreeing with nobody goes to the previous speaker, a person's name the tagger typed an org."""
    from quoteextract.stages.speakers._groups import Group
    from quoteextract.stages.speakers._pronouns import retyped_speaker

    mistyped = Group()
    mistyped.add(NameMention(0, 14, parse_name("Quilla Calloway"), "ORG"))  # a first name not in the table
    outlet = Group()
    outlet.add(NameMention(30, 43, parse_name("Harbury Gazette"), "ORG"))
    history = [
        Antecedent(offset=0, group=mistyped, sentence=0, paragraph=0, subject=True, speaker=True),
        Antecedent(offset=30, group=outlet, sentence=0, paragraph=0),
    ]
    she = pronouns()["she"]
    site = Site(offset=80, pronoun=she, sentence=1, paragraph=0, speaker=True, previous_speakers=(mistyped,))
    assert mistyped.type == "organisation" and mistyped.organisation_by_votes_only
    assert not outlet.organisation_by_votes_only
    assert resolve(site, history)[0] is None
    assert retyped_speaker(site, history) is mistyped
    not_a_speaker = Site(offset=80, pronoun=she, sentence=1, paragraph=0, previous_speakers=(mistyped,))
    assert retyped_speaker(not_a_speaker, history) is None


@pytest.mark.model
def test_organisation_words_keep_a_firm_from_being_he(extractor):
    """A firm's name with an organisation word is never retyped a person by a later "he"."""
    speakers, entities = _speakers(extractor, "Lockwood Partners said profits rose. “It was a good year,” he said.")
    assert entities["Lockwood Partners"].type == "organisation"
    assert speakers[-1] is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Mayor faces recall vote\n\nPetra Ilves grew up in the town she now runs. Critics say she has ignored "
            "the east side. Ilves said the claim was unfair.",
            "Petra Ilves",
        ),
        ("Critics say Petra Ilves has ignored the east side. Ilves said the claim was unfair.", "Petra Ilves"),
    ],
)
def test_bare_surname_read_as_a_common_noun_is_a_mention(extractor, text, name):
    """A bare surname the tagger reads as a common noun still stands for the person named in full."""
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] == name


@pytest.mark.model
def test_people_named_together_under_a_headline(extractor):
    """People written "X and Y" are a plural antecedent for "Both" even when a headline upsets the parse."""
    text = (
        "Climbers rescued from ridge\n\nTwo climbers, Saoirse Bannon and Kwame Osei, were airlifted on Saturday. "
        "Both said they had underestimated the wind."
    )
    speakers, entities = _speakers(extractor, text)
    assert speakers[-1] == "Saoirse Bannon and Kwame Osei"
    assert entities["Saoirse Bannon and Kwame Osei"].mentions[0].text == "Saoirse Bannon and Kwame Osei"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Residents of Mill Lane met the council on Monday. They said the plan would double traffic.",
            "Residents of Mill Lane",
        ),
        ("Two nurses walked out on Friday. They said the ward was unsafe.", "Two nurses"),
    ],
)
def test_plural_subject_is_an_antecedent_for_they(extractor, text, expected):
    """A bare plural role subject ("Residents of Mill Lane met ...") is the group the "they" after it stands for."""
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] == expected


@pytest.mark.model
def test_they_for_an_organisation(extractor):
    """A "they" after an organisation that spoke is the organisation."""
    text = "The Harbour Trust said it would appeal the ruling. “We will keep fighting,” they said."
    speakers, _ = _speakers(extractor, text)
    assert speakers == ["Harbour Trust", "Harbour Trust"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“We've heard that before,” said one resident. “They promised the same in 2009,” said another.",
            "another resident",
        ),
        ("A senior official said the talks had stalled. Another said a deal was close.", "Another senior official"),
    ],
)
def test_another_is_one_more_of_the_same_kind(extractor, text, expected):
    """After "one resident" or "a senior official", "another" is one more of them, a new entity."""
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] == expected
    assert speakers[0] != speakers[-1]


@pytest.mark.model
def test_one_of_them_with_a_name_is_that_person(extractor):
    """A part named by an appositive ("One of them, Deepak Sood, said") is that person, not the group."""
    text = (
        "Drivers at Northway Buses walked out on Monday. They say rotas have become unworkable. "
        "One of them, Deepak Sood, said he had worked nine days straight."
    )
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] == "Deepak Sood"


@pytest.mark.model
def test_both_reaches_back_to_people_named_together(extractor):
    """A "Both said" a paragraph after "X, 71, and his neighbour, Y," is the two of them."""
    text = (
        "Gwilym Harte, 71, and his neighbour, Morag Fitt, have argued over a hedge for nine years. Harte said the "
        "hedge blocked his light. “It is twelve feet tall,” he said.\n\nFitt, a retired teacher, said she had trimmed "
        "it twice this year. “He is never satisfied,” she said. Both said they would accept the judge's ruling."
    )
    speakers, _ = _speakers(extractor, text)
    assert speakers == ["Gwilym Harte", "Gwilym Harte", "Morag Fitt", "Morag Fitt", "Gwilym Harte and Morag Fitt"]


@pytest.mark.model
def test_object_pronoun_is_not_its_own_clause_subject(extractor):
    """In "Lund thanked him", "him" is not Lund, so Lund keeps her gender and the "she" after it."""
    text = (
        "Coach Stellan Moberg resigned on Friday. The club's owner, Viktoria Lund, thanked him. "
        "“He gave us everything,” she said. Moberg said he would take a year off."
    )
    speakers, entities = _speakers(extractor, text)
    assert speakers[0] == "Viktoria Lund"
    assert "him" in [m.text for m in entities["Stellan Moberg"].mentions]


def test_object_pronoun_excludes_the_subject_group():
    """A site's excluded group is never chosen, even as the only candidate."""
    from quoteextract.stages.speakers._groups import Group

    lund = Group()
    history = [Antecedent(offset=0, group=lund, sentence=0, paragraph=0, subject=True)]
    him = pronouns()["him"]
    assert resolve(Site(offset=20, pronoun=him, sentence=0, paragraph=0), history)[0] is lund
    assert resolve(Site(offset=20, pronoun=him, sentence=0, paragraph=0, excluded=id(lund)), history)[0] is None


@pytest.mark.model
def test_surname_the_tagger_left_out_and_a_place_vote(extractor):
    """A surname the tagger left out is joined ("vet Nkechi Obi"), and the "she" after it is hers."""
    text = (
        "A swan hit by a car was saved by vet Nkechi Obi on Sunday. Obi, who has treated wildlife for a decade, "
        "said the bird would be released next week. “Swans are tougher than they look,” she said."
    )
    speakers, entities = _speakers(extractor, text)
    assert speakers == ["Nkechi Obi", "Nkechi Obi"]
    assert entities["Nkechi Obi"].type == "person"


@pytest.mark.model
def test_a_place_is_never_retyped_a_person(extractor):
    """A place's name ("New Zealand") is not made a person by the "she" after it."""
    speakers, entities = _speakers(extractor, "New Zealand said it would send aid. “We are ready,” she said.")
    assert speakers[-1] is None
    assert entities["New Zealand"].type == "organisation"
