"""Word lists for speaker resolution, read once from ``quoteextract/data``.

Every list is a small tab-separated file with ``#`` comments; this module
only parses them. Nothing here imports spaCy.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ._tables import read_table

GENDERS: tuple[str, ...] = ("male", "female")
"""The genders a lexicon row can mark; ``-`` means unknown or either."""


def _rows(name: str) -> list[list[str]]:
    """Read the non-comment, non-blank rows of a data file, split on tabs.

    Args:
        name: The file name under ``quoteextract/data``.

    Returns:
        One list of fields per row.

    """
    return [list(row) for row in read_table(name, (1, MAX_COLUMNS), strip=False)]


MAX_COLUMNS = 20
"""Most tab-separated fields a row of a speaker lexicon may have."""


def _gender(value: str) -> str | None:
    """Map a lexicon gender field to ``"male"``, ``"female"`` or ``None``."""
    return value if value in GENDERS else None


@dataclass(frozen=True)
class Role:
    """A role noun: what a person or organisation is.

    Args:
        noun: The noun, singular and lower case ("spokeswoman").
        type: ``person`` or ``organisation``.
        gender: ``male``, ``female`` or ``None``.
        name_like: Also a common given name or surname ("hunter", "mason"):
            folded off a capitalised name only when two name words follow.
        curated: From the hand-kept list (``roles_hand.tsv``), not only WordNet.
        title: Written as a title before a name (an office, rank, trade or
            profession: "Alderman Rick Soto"), unlike kinship or character
            words ("mother", "yahoo").

    """

    noun: str
    type: str
    gender: str | None
    name_like: bool = False
    curated: bool = False
    title: bool = False


@functools.cache
def honorifics() -> dict[str, str | None]:
    """Titles written before a name, mapped to the gender they mark.

    Returns:
        ``{"Mr.": "male", "Sen.": None, ...}``; keys as written in the file.

    """
    return {row[0]: _gender(row[1] if len(row) > 1 else "-") for row in _rows("honorifics.tsv")}


@functools.cache
def courtesy_titles() -> frozenset[str]:
    """Honorifics that carry no office (Mr., Ms., Dr.), so are not kept as titles."""
    plain = {"Mr.", "Mr", "Mister", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Madam", "Madame", "Sir"}
    return frozenset(plain) | KIN_HONORIFICS


KIN_HONORIFICS = frozenset(
    {"Uncle", "Aunt", "Auntie", "Aunty", "Grandma", "Grandpa", "Granny", "Grandad", "Granddad", "Nana"}
)
"""Kin words a family writes before a first name ("Uncle Joe"): honorifics of no office."""


@functools.cache
def roles() -> dict[str, Role]:
    """Role nouns by their lower-case singular form.

    The list is derived from WordNet 3.0 by ``scripts/make_roles.py``, with the
    hand-kept additions and exclusions of ``roles_hand.tsv``.

    Returns:
        ``{"mayor": Role("mayor", "person", None), ...}``.

    """
    table = {}
    for row in _rows("roles.tsv"):
        flags = row[3].split(",") if len(row) > 3 else []
        gender = _gender(row[2] if len(row) > 2 else "-")
        table[row[0]] = Role(row[0], row[1], gender, "name" in flags, "hand" in flags, "title" in flags)
    return table


@functools.cache
def first_names() -> dict[str, str | None]:
    """Common first names mapped to the gender they usually mark."""
    return {row[0]: _gender(row[1] if len(row) > 1 else "-") for row in _rows("first_names.tsv")}


@functools.cache
def postnominals() -> frozenset[str]:
    """Letters written after a personal name ("KC", "MP", "OBE", "FRS"): part of no name."""
    return frozenset(row[0] for row in _rows("postnominals.tsv"))


@functools.cache
def org_suffixes() -> frozenset[str]:
    """Words that end or head an organisation's name ("Agency", "Ministry")."""
    return frozenset(row[1] for row in _rows("news_agencies.tsv") if row[0] == "suffix")


@functools.cache
def outlet_words() -> frozenset[str]:
    """Words that mark a news agency or outlet ("Agency", "Times", "Reuters"), wire agencies' names among them."""
    return frozenset(row[1] for row in _rows("news_agencies.tsv") if row[0] == "outlet") | wire_agencies()


@functools.cache
def wire_agencies() -> frozenset[str]:
    """Names of wire services and national news agencies ("Yonhap", "Xinhua", "Anadolu"): organisations."""
    return frozenset(row[1] for row in _rows("news_agencies.tsv") if row[0] == "agency")


@functools.cache
def anonymous_heads() -> frozenset[str]:
    """Nouns heading an unnamed-source phrase ("officials", "sources")."""
    return frozenset(row[1] for row in _rows("anonymous.tsv") if row[0] == "head")


@functools.cache
def number_words() -> dict[str, int]:
    """Number words and phrases ("two", "a dozen") mapped to their value."""
    return {row[1]: int(row[2]) for row in _rows("anonymous.tsv") if row[0] == "count"}


@functools.cache
def anonymity_reasons() -> tuple[re.Pattern[str], ...]:
    """Patterns for why a source is not named ("on condition of anonymity")."""
    return tuple(re.compile(row[1], re.IGNORECASE) for row in _rows("anonymous.tsv") if row[0] == "reason")


@functools.cache
def credit_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns for byline and credit sentences ("X contributed to this report")."""
    return tuple(re.compile(row[0], re.IGNORECASE | re.MULTILINE) for row in _rows("credit_lines.tsv"))


@dataclass(frozen=True)
class Pronoun:
    """What a personal pronoun tells about its antecedent.

    Args:
        gender: ``male``, ``female`` or ``None``.
        number: ``singular`` or ``plural``.
        person: ``1`` (I, we), ``3`` (he, she, they) or ``org`` (it).

    """

    gender: str | None
    number: str
    person: str


@functools.cache
def pronouns() -> dict[str, Pronoun]:
    """Personal pronouns by lower-case form."""
    return {row[0]: Pronoun(_gender(row[1]), row[2], row[3]) for row in _rows("pronouns.tsv")}


@functools.cache
def person_words() -> dict[tuple[str, str], str | None]:
    """Words around a name that mark a person, by ``(kind, word)``, mapped to the gender they mark.

    Returns:
        ``{("kin", "husband"): "male", ("verb", "grow"): None, ("reflexive", "himself"): "male", ...}``.

    """
    return {(row[0], row[1]): _gender(row[2] if len(row) > 2 else "-") for row in _rows("person_words.tsv")}
