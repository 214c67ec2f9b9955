"""Completing names the tagger splits or misses: bare surnames, nicknames inside names, shared surnames."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ._groups import PERSON_LABELS, NameMention
from ._name_spans import NOT_NAMES, POSSESSIVES, honorific_start, make_mention
from ._names import Name, looks_like_org, parse_name
from ._speaker_layout import gesture_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ._speaker_layout import SpeakerLayout

NICKNAMED = re.compile(
    r"""
    \b(?P<first>[A-Z][\w'’-]*[\w])                   # a first name ("Teddy")
    [ ][“"‘](?P<nick>[A-Z][\w'’-]*(?:[ ][\w'’-]+){0,3})[”"’]  # a nickname, no punctuation ("“Two Phones”")
    [ ](?P<last>[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)       # a surname ("Garvey", "O'Hara"), no possessive
    """,
    re.VERBOSE,
)
"""A nickname written inside a name: Teddy “Two Phones” Garvey."""


_SURNAME_DEPS = NOMINAL_SUBJECT_DEPS | {"poss", "appos"}
"""Where a bare surname the tagger did not call a proper noun still stands for its person ("Ilves said")."""


def bare_surnames(
    doc: Doc,
    tokens: list[Token],
    text: str,
    layout: SpeakerLayout,
    found: list[tuple[NameMention, Span]],
    covered: set[int],
) -> list[tuple[NameMention, Span]]:
    """Bare surnames of people named in full that the tagger read as common nouns ("Ilves said").

    Only a capitalised word equal to the last word of a full name found
    elsewhere (whatever the tagger's label, but not an organisation's name by
    its own words), standing as a subject, a possessor or an appositive.
    """
    surnames = {m.name.tokens[-1] for m, _ in found if len(m.name.tokens) >= 2 and not looks_like_org(m.name)}
    extra: list[tuple[NameMention, Span]] = []
    for token in tokens:
        if token.text not in surnames or token.i in covered or token.ent_type_ in NOT_NAMES:
            continue
        if (token.dep_ in _SURNAME_DEPS or gesture_name(token)) and token.pos_ in {"NOUN", "PROPN", "ADJ", "X"}:
            mention = make_mention(text, [token], "", layout, possessive=False)
            if mention is not None:
                extra.append((mention, doc[token.i : token.i + 1]))
    return extra


def nicknamed(doc: Doc, text: str, layout: SpeakerLayout) -> list[tuple[NameMention, Span]]:
    """Names with a nickname inside (Teddy “Two Phones” Garvey): one mention of "Teddy Garvey" over all of it.

    The tagger splits them into a first name, a quotation and a surname.
    """
    whole: list[tuple[NameMention, Span]] = []
    for match in NICKNAMED.finditer(text):
        first, last = match.group("first"), match.group("last")
        start, end = honorific_start(text, match.start()), match.end()
        span = doc.char_span(match.start(), end, alignment_mode="expand")
        if span is None or layout.in_credit(start, end) or first in _lexicon.honorifics():
            continue
        if span[0].pos_ != "PROPN" and first not in _lexicon.first_names():
            continue  # a headline's capitalised words around a quotation are no name
        possessive = text[end : end + 2] in POSSESSIVES
        honorific = text[start : match.start()].strip() or None
        name = Name(text=text[start:end], honorific=honorific, tokens=(first, last), possessive=possessive)
        whole.append((NameMention(start, end, name, "PERSON"), span))
    return whole


def shared_surnames(text: str, found: list[tuple[NameMention, Span]]) -> list[tuple[NameMention, Span]]:
    """Give a lone first name coordinated with a full name its surname ("Delia and Tom Rourke": Delia Rourke).

    Only when the full name is a person's (a known first name opens it, or the
    tagger says so) and the lone word is nobody's surname in the article
    ("Rourke and Delia Vance" stays as it is when "Tom Rourke" is named
    too).
    """
    surnames = {m.name.last for m, _ in found if len(m.name.tokens) >= 2}
    out = list(found)
    for n in range(len(found) - 1):
        (alone, span), (full, _) = found[n], found[n + 1]
        if (
            len(alone.name.tokens) == 1
            and alone.name.honorific is None
            and alone.label in PERSON_LABELS | {""}
            and len(full.name.tokens) == 2
            and text[alone.end : full.start] == " and "
            and (full.name.tokens[0] in _lexicon.first_names() or full.label == "PERSON")
            and alone.name.first not in surnames
            and not looks_like_org(alone.name)
            and not looks_like_org(full.name)
        ):
            name = parse_name(f"{alone.name.tokens[0]} {full.name.tokens[-1]}")
            out[n] = (NameMention(alone.start, alone.end, name, full.label), span)
    return out


def nickname_aliases(text: str, found: list[tuple[NameMention, Span]]) -> list[tuple[NameMention, Span]]:
    """Read a nickname used alone later as the person it belongs to: "Gus Hollins", "Kobi" after "Kwabena “Kobi” Ansah".

    The nickname, alone or with the surname, is read as the full name (first
    name and surname), so that it joins that person's group; a nickname that
    is several people's is left as it is.

    Args:
        text: The article's text.
        found: Name mentions and their token spans, in text order.

    Returns:
        The same list, later uses of a nickname read as the full name.

    """
    aliases: dict[str, Name | None] = {}
    out = []
    for mention, span in found:
        match = NICKNAMED.fullmatch(text, _bare_start(text, mention), mention.end)
        if match is not None:
            nick, last = match.group("nick"), match.group("last")
            for key in (nick, f"{nick} {last}"):
                aliases[key] = None if aliases.get(key, mention.name) != mention.name else mention.name
        else:
            alias = aliases.get(" ".join(mention.name.tokens))
            if alias is not None and mention.name.honorific is None:
                mention = NameMention(mention.start, mention.end, alias, mention.label or "PERSON", mention.gender)
        out.append((mention, span))
    return out


def _bare_start(text: str, mention: NameMention) -> int:
    """Where a mention's words start, after an honorific written before them."""
    honorific = mention.name.honorific
    if honorific and text.startswith(honorific, mention.start):
        return mention.start + len(honorific) + 1
    return mention.start
