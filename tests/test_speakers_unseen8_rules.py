"""Speaker cases the eighth unseen set showed: abbreviated ranks, a stop taken for the subject, siblings as a group.

String logic is tested on plain text; who the speaker is on invented sentences, several phrasings each, with
the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers

from quoteextract._model import Mention
from quoteextract.lang.en._speaker_lexicon import pronouns
from quoteextract.stages.speakers._abbreviation_stop import is_lone_stop
from quoteextract.stages.speakers._clustering import cluster_names
from quoteextract.stages.speakers._groups import Group, NameMention
from quoteextract.stages.speakers._names import parse_name
from quoteextract.stages.speakers._pronouns import Antecedent, Site, resolve, window


@pytest.mark.parametrize(
    ("written", "honorific", "name"),
    [
        ("Det. Insp. Raymond Achebe-Stone", "Det. Insp.", "Raymond Achebe-Stone"),
        ("Lt. Cdr. Fiona Grant-Maclean", "Lt. Cdr.", "Fiona Grant-Maclean"),
        ("Det. Supt. Alison Crewe", "Det. Supt.", "Alison Crewe"),
        ("Command Sgt. Maj. Luis Arroyo", "Command Sgt. Maj.", "Luis Arroyo"),
        ("Brig. Gen. Tom Farrow", "Brig. Gen.", "Tom Farrow"),
    ],
)
def test_a_rank_abbreviated_with_stops_is_no_part_of_the_name(written, honorific, name):
    """Rank abbreviations with full stops, single or stacked, are read off the name as one title."""
    parsed = parse_name(written)
    assert parsed.honorific == honorific
    assert " ".join(parsed.tokens) == name


def test_gen_without_a_stop_is_no_rank():
    """A generation ("Gen Z") is no rank: only "Gen." with its stop is one."""
    assert parse_name("Gen Z").honorific is None


@pytest.mark.parametrize(
    ("mention", "lone"),
    [(Mention(4, 5, "."), True), (Mention(0, 4, "Hale"), False), (None, False)],
)
def test_only_a_lone_stop_is_repaired(mention, lone):
    """The repair looks at speaker mentions that are a full stop and nothing else."""
    assert is_lone_stop("Hale. said", mention) is lone


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hale Sr. said he had offered to keep working for nothing.", "Hale"),
        ("County Commissioner Harold Tibbs Sr. said the county would pay for the roof.", "Harold Tibbs"),
        ("Ward Sr. said the ferry would run again in May.", "Ward"),
    ],
)
def test_a_stop_split_off_an_abbreviation_is_no_speaker(extractor, text, expected):
    """The stop the tokenizer splits off "Sr." and the parser makes the subject: the name before it speaks."""
    found = extractor(text)
    assert [q.speaker.text for q in found.quotes if q.speaker] != ["."]
    assert expected in (_speakers(extractor, text)[-1] or "")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bronze went to the Dutch sisters Femke and Lotte de Boer. “It feels like gold,” the sisters said.",
            "Femke and Lotte de Boer",
        ),
        (
            "Daniel and Thomas Webb won the double sculls. “We do not need to talk,” the twins said afterwards.",
            "Daniel Webb and Thomas Webb",
        ),
        (
            "The silver went to the German brothers Jonas and Till Becker. “They were faster,” the brothers said.",
            "Jonas Becker and Till Becker",
        ),
    ],
)
def test_the_twins_brothers_or_sisters_are_the_people_named_together(extractor, text, expected):
    """A definite plural sibling noun points back to the people named together, as "the couple" does."""
    assert _speakers(extractor, text)[-1] == expected


@pytest.mark.model
def test_a_first_name_the_tagger_takes_for_a_place_joins_its_sibling(extractor):
    """The first name the tagger calls a place ("Imogen and Clemmie X") is a person beside a person."""
    text = "Imogen and Clemmie Fforde-Lacey opened the bakery in 2021.\n\n“We had one oven,” the sisters said.\n"
    assert _speakers(extractor, text)[-1] == "Imogen and Clemmie Fforde-Lacey"


@pytest.mark.model
def test_two_places_are_no_pair_of_people(extractor):
    """A first name that is also a country ("Jordan and Egypt") needs a person beside it to be one."""
    text = "Jordan and Egypt signed the accord on Monday.\n\n“This is a new start,” the two said.\n"
    result = extractor(text)
    assert all(e.name != "Jordan and Egypt" for e in result.entities)


@pytest.mark.parametrize(
    ("written", "tokens", "generation"),
    [
        ("Robert Hale Jr.", "Robert Hale", "Jr."),
        ("Hale Sr", "Hale", "Sr."),
        ("Robert Hale III", "Robert Hale", "III"),
        ("Robert Hale", "Robert Hale", ""),
        ("Alan Reed Esq.", "Alan Reed", ""),
    ],
)
def test_a_generation_suffix_is_kept_apart_from_the_name_words(written, tokens, generation):
    """Suffixes ("Jr.", "Sr.", "III") are no name words but the name's generation (written with its stop)."""
    parsed = parse_name(written)
    assert " ".join(parsed.tokens) == tokens
    assert parsed.generation == generation


def test_a_father_and_son_of_one_name_are_two_people():
    """Father and son of one name ("Robert Hale Jr.", "Robert Hale Sr.") are two groups; "Hale Sr." is the father."""
    names = ["Robert Hale Jr.", "Robert Hale Sr.", "Hale Sr.", "Hale Jr.", "Robert Hale III"]
    mentions, offset = [], 0
    for written in names:
        mentions.append(NameMention(offset, offset + len(written), parse_name(written), "PERSON"))
        offset += len(written) + 10
    groups, placed = cluster_names(mentions)
    assert [g.name for g in groups] == ["Robert Hale Jr.", "Robert Hale Sr.", "Robert Hale III"]
    assert placed[2] is groups[1]
    assert placed[3] is groups[0]


@pytest.mark.model
def test_father_son_and_grandson_are_three_speakers(extractor):
    """A family of one name told apart by "Jr.", "Sr." and "III", also when the stop is split off."""
    text = (
        "Robert Hale Jr., 58, said sales had halved. “It never got better,” Hale Jr. said.\n\n"
        "His father, Robert Hale Sr., 86, still comes in. Hale Sr. said he had offered to work for nothing.\n\n"
        "Robert Hale III, 27, said he had never wanted to take over.\n"
    )
    assert _speakers(extractor, text) == ["Robert Hale Jr.", "Robert Hale Jr.", "Robert Hale Sr.", "Robert Hale III"]


def _person(name: str, gender: str) -> Group:
    """A named person group."""
    group = Group(names=[parse_name(name)], gender=gender)
    group.votes["person"] += 1
    group.mentions.append((0, len(name)))
    return group


def test_a_later_subordinate_pronoun_keeps_the_main_subject_and_speaker():
    """The speaking subject ("X, the landlord, said he had a room ready") holds, though "he" comes later."""
    keith, spokesman = _person("Keith Brannigan", "male"), _person("Tom Hale", "male")
    history = [
        Antecedent(10, spokesman, 1, 1, subject=True, speaker=True),
        Antecedent(100, keith, 2, 1, subject=True, speaker=True),
        Antecedent(140, keith, 2, 1, subject=True, subordinate=True, content=True),
    ]
    site = Site(offset=1000, pronoun=pronouns()["he"], sentence=3, paragraph=1, speaker=True)
    latest = window(site, history)[id(keith)]
    assert (latest.subordinate, latest.speaker) == (False, True)
    assert resolve(site, history)[0] is keith


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her husband declined to comment, but her brother, Eli Weinberg, said the family would stand by her. "
            "“My sister is not a thief,” he said.",
            "Eli Weinberg",
        ),
        (
            "His partner declined to comment, but his lawyer, Dan Fisk, said the charges would be fought. "
            "“My client is innocent,” he said.",
            "Dan Fisk",
        ),
    ],
)
def test_the_name_apposed_to_a_speaker_mention_speaks_on(extractor, text, expected):
    """The name apposed to a speaker mention ("her brother, Eli Weinberg, said") is the speaker the pronoun follows."""
    assert _speakers(extractor, text)[-1] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Their coach, Lt. Cdr. Fiona Grant-Maclean, said the crew had trained hard.",
            "Fiona Grant-Maclean",
            "Their coach",
        ),
        (
            "The unit's commander, Det. Supt. Alison Crewe, said the memo was being examined.",
            "Alison Crewe",
            "commander",
        ),
    ],
)
def test_a_role_phrase_before_an_abbreviated_rank_is_a_title(extractor, text, name, title):
    """A role, a comma, a rank with stops and the name: the rank's split-off stop hides no title."""
    entity = next(e for e in extractor(text).entities if e.name == name)
    assert any(title in t for t in entity.titles)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A patient from the cancer ward, who asked not to be named, said she had waited for hours. "
            "“Nobody told me anything,” the woman said.",
            "a patient",
        ),
        (
            "A driver who saw the crash said the lorry had braked late. “It just kept coming,” the man said.",
            "a driver",
        ),
    ],
)
def test_the_woman_after_an_unnamed_speaker_is_that_speaker(extractor, text, expected):
    """A bare "the woman" / "the man" after an unnamed source is that source, not someone new."""
    found = _speakers(extractor, text)
    assert found[-1] == found[0]
    assert (found[-1] or "").lower().startswith(expected)


@pytest.mark.model
def test_the_man_is_never_a_named_speaker(extractor):
    """A named person is called by name or epithet: "the man" after one is someone else."""
    text = "Tom Reyes, the mayor, said the road would reopen. “Not before May,” the man said."
    assert _speakers(extractor, text)[-1] != "Tom Reyes"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Det. Insp. Raymond Achebe-Stone said the inquiry had taken 14 months.",
        "Sgt. Darren Foulkes said officers had raised the same concerns.",
    ],
)
def test_a_rank_abbreviation_alone_is_no_person(extractor, text):
    """A rank ("Det", "Sgt") cut off by its split stop at a sentence's start is no entity of its own."""
    names = [e.name for e in extractor(text).entities]
    assert not {"Det", "Sgt", "Insp"} & set(names)
