"""An epithet that speaks ("the Dutchman", "the 41-year-old", "the peer"): the person just named.

News names a person once and then, to vary the words, calls them by their
nationality, their age or what they are: "Ruud Haas, Oldcastle's manager,
said ... The Dutchman, who took over in October, said ...". Unlike an
office ("the judge", "the mayor"), which may bring in someone new, such an
epithet always points back to someone the story has just named. The
``speaker.epithet`` rule takes the latest named person who was a clause's
subject in the mention's paragraph or the one before, when the epithet's
gender (a "-man" or "-woman" demonym) does not contradict theirs. When some
entity already carries the word as a role, the role rules decide.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._groups import Group
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

EPITHET_NOUNS = frozenset(
    {"teenager", "youngster", "veteran", "peer", "pensioner", "newcomer", "rookie", "debutant", "octogenarian"}
)
"""Nouns that describe a person already named, never an office that brings someone new in."""

DEMONYM_GENDER = re.compile(r"(?:wo)?man\Z")
"""The ending of a gendered demonym ("Dutchman", "Frenchwoman")."""

PARAGRAPHS_BACK = 1
"""How many paragraphs back the person named may be."""


def _epithet(head: Token) -> str | None:
    """The kind of epithet a definite mention's head is ("demonym", "age", "noun"), or ``None``."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or head.tag_ in {"NNS", "NNPS"}:
        return None
    if head.ent_type_ == "NORP" and head.text[:1].isupper():
        return "demonym"  # "the Dutchman", "the Norwegian"
    if head.lower_ == "old" and any(c.lower_ == "year" for c in head.children):
        return "age"  # "the 41-year-old"
    if head.pos_ == "NOUN" and head.lemma_.lower() in EPITHET_NOUNS:
        return "noun"
    return None


def _gender(head: Token) -> str | None:
    """The gender a demonym marks ("Dutchman": male), if any."""
    match = DEMONYM_GENDER.search(head.lower_)
    if match is None or len(head.text) <= 5:
        return None
    return "female" if match.group().startswith("wo") else "male"


def _latest_person(reader: Reader, offset: int, gender: str | None) -> Group | None:
    """The latest named person who was a clause's subject before ``offset``, in this paragraph or the one before."""
    paragraph = reader.layout.paragraph(offset)
    for item in reversed(reader.history):  # in text order: stop once out of reach
        if item.paragraph < paragraph - PARAGRAPHS_BACK:
            break
        group = item.group
        if item.offset >= offset or not item.subject or item.quoted or group.kind != "name":
            continue
        if group.type == "person" and not group.plural and (gender is None or group.gender in {None, gender}):
            return group
    return None


@rule("speaker.epithet", stage="speakers", order=95)
def epithet_speaker(site: SpeakerSite) -> Outcome:
    """An epithet ("the Dutchman", "the 41-year-old", "the peer"): the person named just before, as a subject."""
    head = site.head
    kind = _epithet(head)
    if kind is None:
        return None
    reader = site.reader
    if kind == "noun" and reader.holder({head.lemma_.lower()}, plural=False) is not None:
        return None  # someone carries the word as a role: the role rule's
    group = _latest_person(reader, site.speaker.start, _gender(head) if kind == "demonym" else None)
    if group is None:
        return None
    reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group
