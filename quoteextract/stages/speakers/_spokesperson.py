"""A spokesperson for an organisation the text names by its kind: "A spokesperson for the airline said".

News names the organisation once and then speaks of "the airline", "the company" or "the council"; its
spokesperson is then written "a spokesperson for the airline" or "a company spokesman". The unnamed
source is that organisation's: :func:`name_the_organisation` writes the name the kind stands for into the
source's description ("A spokesperson for Corvane Air") and its affiliation, so the source is credited
to the organisation as "A Corvane Air spokeswoman" or "a spokesman for Corvane Air" are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ._company import CLUB_NOUNS, COMPANY_NOUNS, latest_company

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._groups import Group
    from ._reader import Reader

SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
"""Head nouns of someone speaking for an organisation."""

KIND_DEPS = frozenset({"compound", "pobj"})
"""Where the organisation's kind stands: "a *company* spokesman", "a spokesperson for the *airline*"."""


def _kind_noun(head: Token) -> Token | None:
    """The organisation's kind noun in the phrase: a compound before the head, or "for the <noun>" after it."""
    for child in head.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i == head.i - 1:
            return child
        if child.dep_ == "prep" and child.lower_ == "for":
            noun = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            definite = noun is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
            modified = noun is not None and any(c.dep_ in {"amod", "compound", "poss"} for c in noun.children)
            if noun is not None and definite and not modified and noun.tag_ == "NN":
                return noun
    return None


def name_the_organisation(reader: Reader, group: Group, head: Token, start: int) -> None:
    """Name the organisation an unnamed spokesperson speaks for, when the phrase gives only its kind.

    Args:
        reader: The article's reader.
        group: The new anonymous group ("A spokesperson for the airline").
        head: Its head noun ("spokesperson").
        start: Where its mention starts.

    """
    if head.lower_ not in SPOKES_NOUNS or group.kind != "anonymous":
        return
    noun = _kind_noun(head)
    if noun is None:
        return
    kind = noun.lemma_.lower()
    org = reader.holder({kind, noun.lower_}, plural=False)
    if org is not None and (org.kind != "name" or org.type == "person"):
        org = None
    if org is None and kind in COMPANY_NOUNS | CLUB_NOUNS:  # "the airline": the company named last
        org = latest_company(reader, start, CLUB_NOUNS if kind in CLUB_NOUNS else frozenset())
    if org is None or not org.name:
        return
    words = noun.text if noun.dep_ == "compound" else f"the {noun.text}"
    if words not in group.label:
        return
    group.label = group.label.replace(words, org.name, 1)
    if group.anonymous is not None:
        group.anonymous = attrs.evolve(group.anonymous, affiliation=org.name)
