"""Entity typing slips on invented sentences: agencies, version notes, first-name surnames, "whose" roles."""

from __future__ import annotations

import pytest

from quoteextract.lang.en._speaker_lexicon import first_names, outlet_words, wire_agencies
from quoteextract.stages.speakers._name_spans import _version_note
from quoteextract.stages.speakers._names import looks_like_org, parse_name

pytestmark = pytest.mark.model


def _entity(extraction, name):
    (entity,) = [e for e in extraction.entities if e.name == name]
    return entity


def _names(extraction):
    return {e.name for e in extraction.entities}


@pytest.mark.parametrize("agency", ["Yonhap", "Antara", "Bernama", "Anadolu", "Kyodo", "Xinhua", "Tass"])
def test_a_wire_agency_alone_is_an_organisation_and_an_outlet(agency):
    assert agency in wire_agencies() and agency in outlet_words()
    assert looks_like_org(parse_name(agency))


def test_no_agency_name_is_a_common_first_name():
    """A name on the agency list never reads as someone's first name (those were left out)."""
    assert not wire_agencies() & set(first_names())


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Yonhap reported that the ferry service to the islands would resume on Monday.", "Yonhap"),
        ("Antara said the eruption had forced about 300 families from their homes.", "Antara"),
        ("Antara reported the crater lake was calm on Sunday.", "Antara"),
        ("Citing port officials, Bernama reported that the cargo ship had run aground overnight.", "Bernama"),
        ("The state news agency Kyodo said the typhoon would reach the coast by Thursday.", "Kyodo"),
    ],
)
def test_an_agency_that_reports_is_typed_an_organisation(extractor, text, agency):
    assert _entity(extractor(text), agency).type == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "UPDATES with union reaction\nWorkers at the plant walked out on Tuesday, the union said.",
        "REFILE-UPDATE 1-Strike spreads\nADDS comment from ministry\nThe strike spread to two ports, officials said.",
        "CORRECTS date of vote in paragraph 2\nThe council will vote on the budget next week, its leader said.",
    ],
)
def test_a_wire_version_note_names_no_one(extractor, text):
    extraction = extractor(text)
    notes = {"UPDATES", "UPDATE", "REFILE", "ADDS", "CORRECTS"}
    assert not {w for name in _names(extraction) for w in name.replace("-", " ").split()} & notes


def test_a_version_note_word_counts_only_at_its_line_start():
    text = "UPDATES with toll\nThe firm UPDATES its prices weekly."
    assert _version_note(text, 0, 0, 7)
    later = text.index("UPDATES", 10)
    assert not _version_note(text, text.index("The"), later, later + 7)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ('Local councillor Iain Rennie said the closure was "a blow to the whole glen".', "Iain Rennie", "councillor"),
        ("Parish councillor Eilidh Morgan said the bus route would be kept.", "Eilidh Morgan", "councillor"),
        ('Councillor Niall Lewis said the budget was "stretched to breaking".', "Niall Lewis", "Councillor"),
    ],
)
def test_a_surname_that_is_also_a_first_name_keeps_the_first_name_after_a_role(extractor, text, name, title):
    entity = _entity(extractor(text), name)
    assert entity.type == "person"
    assert all(name.split()[0] not in t for t in entity.titles)
    assert any(title in t for t in entity.titles)


@pytest.mark.parametrize(
    ("text", "owner", "person", "role"),
    [
        (
            'Harbour Bakeries, whose founder, Ruth Ames, said the ovens were "older than me", will close.',
            "Harbour Bakeries",
            "Ruth Ames",
            "founder",
        ),
        (
            "The charity Fieldlight, whose chairman, Dev Sood, said donations had halved, is seeking a merger.",
            "Fieldlight",
            "Dev Sood",
            "chairman",
        ),
    ],
)
def test_a_whose_role_belongs_to_the_person_named_after_it(extractor, text, owner, person, role):
    extraction = extractor(text)
    names = _names(extraction)
    if owner in names:
        assert not any(role in t for t in _entity(extraction, owner).titles)
    titles = _entity(extraction, person).titles
    assert any(role in t for t in titles)
    assert not any("whose" in t for t in titles)
