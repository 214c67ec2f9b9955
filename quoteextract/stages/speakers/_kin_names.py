"""A relative named by first name only takes the family's surname ("His wife, Ewa,"; "Maud and Elspeth Garroway").

News introduces a spouse, a sibling or a child of someone just named by the
first name alone: "Marek Kowalczyk, 67, runs the ovens. His wife, Ewa, runs
the counter." or "Wren's wife, Harriet, said ...". Later the story calls her
"Mrs Kowalczyk": to find her, her name must carry the surname. The name is
read as "Ewa Kowalczyk" (as :func:`._surnames.shared_surnames` reads "Delia
and Tom Rourke"), when the first name is apposed to a kin noun whose
possessor is a named person ("Wren's") or a possessive pronoun standing for
the latest full name before it ("His"). A first name the tagger missed before
"and" and a full name ("Maud and Elspeth Garroway") is a mention of its own,
with that surname (:func:`coordinated_first_names`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ._groups import PERSON_LABELS, NameMention
from ._names import looks_like_org, name_gender, parse_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FAMILY_NOUNS = frozenset(
    {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "grandson", "granddaughter"}
)
"""Kin nouns whose bearer usually shares the possessor's surname."""

POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
"""Possessive pronouns that stand for the latest person named ("His wife, Ewa,")."""


def _name_head(token: Token) -> Token:
    """The word a name hangs from its clause by (its head word, not a compound part)."""
    while token.dep_ in {"compound", "flat"} and token.head is not token:
        token = token.head
    return token


def _kin_possessor(token: Token) -> Token | None:
    """The possessor of the kin noun a one-word name is apposed to, else ``None``.

    Apposed after a comma ("His" of "His wife, Ewa,") or written before the name with no comma, which the
    parser reads as a compound of the name ("Agnes" of "Agnes's grandson Callum said").
    """
    head = _name_head(token)
    if head.dep_ == "appos" and head.head.i < head.i and head.head.lemma_.lower() in FAMILY_NOUNS:
        return next((c for c in head.head.children if c.dep_ == "poss"), None)
    kin = next((c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in FAMILY_NOUNS), None)
    if kin is None:
        return None
    return next((c for c in (*kin.children, *head.children) if c.dep_ == "poss" and c.i < kin.i), None)


def _first_name_alone(mention: NameMention, *, kin: bool = False) -> bool:
    """Whether a mention is a person's first name alone (no honorific), not an organisation's word.

    A name the tagger labelled an organisation still counts when ``kin``: it is apposed to a kin noun
    ("Dennis's daughter, Grace,"), and a daughter is a person.
    """
    name = mention.name
    return (
        len(name.tokens) == 1
        and name.honorific is None
        and (kin or mention.label in PERSON_LABELS | {""})
        and name.tokens[0] in _lexicon.first_names()
        and not looks_like_org(name)
    )


def family_first_names(found: list[tuple[NameMention, Span]]) -> list[tuple[NameMention, Span]]:
    """Give a relative named by first name alone the surname of the person whose relative they are.

    Args:
        found: Name mentions and their token spans, in text order.

    Returns:
        The same list, such mentions read with the family's surname.

    """
    owner: dict[int, NameMention] = {t.i: mention for mention, span in found for t in span}
    surnames = {m.name.last for m, _ in found if len(m.name.tokens) >= 2}
    latest: dict[str, NameMention] = {}  # the latest person named by a surname so far, by "his" and "her"
    full: dict[str, NameMention] = {}  # the latest full name so far, by first name ("Margaret": "Margaret Pilling")
    out = []
    for mention, span in found:
        possessor = _kin_possessor(span[-1]) if _first_name_alone(mention, kin=True) else None
        family: NameMention | None = None
        if possessor is not None and possessor.lower_ in POSSESSIVE_PRONOUNS:
            family = latest.get(possessor.lower_)
        elif possessor is not None:
            family = _in_full(owner.get(possessor.i), full)
        if family is not None and family.name.tokens and mention.name.last not in surnames:
            name = parse_name(f"{mention.name.tokens[0]} {family.name.tokens[-1]}")
            mention = NameMention(mention.start, mention.end, name, "PERSON", mention.gender)
        _remember(latest, mention)
        if len(mention.name.tokens) >= 2:
            full[mention.name.tokens[0]] = mention
        out.append((mention, span))
    return out


def _in_full(possessor: NameMention | None, full: dict[str, NameMention]) -> NameMention | None:
    """The possessor's mention, or the full name it stands for when it is a first name alone.

    A story that calls someone by the first name after the full name ("Margaret Pilling, 74, ... Margaret's son
    Darren") gives the son her surname, not her first name; a first name no full name stands behind gives none.
    """
    if possessor is None:
        return None
    name = possessor.name
    if len(name.tokens) != 1 or name.honorific is not None or name.tokens[0] not in _lexicon.first_names():
        return possessor  # a surname ("Wren's wife, Harriet") or a full name
    return full.get(name.tokens[0])  # whatever the tagger labelled it, a first name carries no surname


def _remember(latest: dict[str, NameMention], mention: NameMention) -> None:
    """Keep a person's mention that carries a surname as what "his" (or "her") would stand for next."""
    name = mention.name
    if mention.label not in PERSON_LABELS | {""} or not name.tokens or looks_like_org(name):
        return
    if len(name.tokens) == 1 and name.tokens[0] in _lexicon.first_names():
        return  # a first name alone carries no surname
    gender = name_gender(name) or mention.gender
    for pronoun, marks in (("his", "male"), ("her", "female")):
        if gender in {None, marks}:
            latest[pronoun] = mention


def coordinated_first_names(doc: Doc, found: list[tuple[NameMention, Span]]) -> list[tuple[NameMention, Span]]:
    """Add the first name the tagger missed before "and" and a person's full name ("Maud and Elspeth Garroway").

    The word must be a known first name, a proper noun no mention holds, and
    the full name a person's (a known first name opens it, or the tagger says so).

    Args:
        doc: The parsed article.
        found: Name mentions and their token spans, in text order.

    Returns:
        The mentions with the missed first names added (as "Maud Garroway"), in text order.

    """
    covered = {t.i for _, span in found for t in span}
    added: list[tuple[NameMention, Span]] = []
    for mention, span in found:
        name = mention.name
        if len(name.tokens) != 2 or mention.label not in PERSON_LABELS | {""} or span.start < 2:
            continue
        first, joint = doc[span.start - 2], doc[span.start - 1]
        if (
            joint.lower_ != "and"
            or first.i in covered
            or first.pos_ != "PROPN"
            or first.text not in _lexicon.first_names()
            or not (name.tokens[0] in _lexicon.first_names() or mention.label in PERSON_LABELS)
        ):
            continue
        whole = parse_name(f"{first.text} {name.tokens[-1]}")
        added.append((NameMention(first.idx, first.idx + len(first.text), whole, "PERSON"), doc[first.i : first.i + 1]))
    return sorted(found + added, key=lambda pair: pair[0].start) if added else found
