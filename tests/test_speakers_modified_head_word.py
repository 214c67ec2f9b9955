"""A bare organisation head word named first is not the longer body named later (written in session 18).

US political copy names "the House" (the chamber) long before "the White House"; a ministry story names "the
department" or "the Agency" before "the Environment Agency". Name clustering joined the longer name to the
earlier bare word as if it were a surname seen first, so the chamber and the presidency became one entity.
"""

from __future__ import annotations

import pytest

from quoteextract.stages.speakers._clustering import cluster_names
from quoteextract.stages.speakers._groups import NameMention
from quoteextract.stages.speakers._names import parse_name


def _groups_of(*names: str) -> list[int]:
    """The group number of each name mention, placed in order."""
    mentions = [NameMention(i * 20, i * 20 + len(n), parse_name(n), "") for i, n in enumerate(names)]
    groups, placed = cluster_names(mentions)
    return [groups.index(g) for g in placed]


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("House", "House", "White House"), [0, 0, 1]),
        (("Agency", "Environment Agency"), [0, 1]),
        (("Committee", "Senate Judiciary Committee"), [0, 1]),
        # A person's surname seen first still joins the full name.
        (("Okafor", "Chidi Okafor"), [0, 0]),
        # The full organisation name first, then its head word: one body.
        (("Environment Agency", "Agency"), [0, 0]),
    ],
)
def test_head_word_then_modified_name(names, expected):
    """Only a person's bare surname is joined by a longer name mentioned after it."""
    assert _groups_of(*names) == expected


def test_chamber_and_presidency_are_two_speakers(extractor):
    """On the model, "the House" and "the White House" speak as two organisations."""
    text = (
        "The bill now goes to the House, where leaders said it faced a close vote. "
        "The White House said the president would sign it."
    )
    result = extractor(text)
    names = {e.name for e in result.entities if e.type == "organisation"}
    assert "White House" in names
    house = [e for e in result.entities if e.name == "House"]
    assert all("White House" not in [m.text for m in e.mentions] for e in house)
