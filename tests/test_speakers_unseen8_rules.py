"""Speaker cases the eighth unseen set showed: abbreviated ranks, a stop taken for the subject, siblings as a group.

String logic is tested on plain text; who the speaker is on invented sentences, several phrasings each, with
the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers

from quoteextract._model import Mention
from quoteextract.stages.speakers._abbreviation_stop import is_lone_stop
from quoteextract.stages.speakers._names import parse_name


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
    """ "Gen Z" is a generation, not General Z: only "Gen." with its stop is a rank."""
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
    """ "Imogen and Clemmie X": the first name the tagger calls a place is a person beside a person."""
    text = "Imogen and Clemmie Fforde-Lacey opened the bakery in 2021.\n\n“We had one oven,” the sisters said.\n"
    assert _speakers(extractor, text)[-1] == "Imogen and Clemmie Fforde-Lacey"


@pytest.mark.model
def test_two_places_are_no_pair_of_people(extractor):
    """ "Jordan and Egypt": a first name that is also a country needs a person beside it to be one."""
    text = "Jordan and Egypt signed the accord on Monday.\n\n“This is a new start,” the two said.\n"
    result = extractor(text)
    assert all(e.name != "Jordan and Egypt" for e in result.entities)
