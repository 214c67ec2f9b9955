"""Role mentions and the names they title: one entity before and after the name.

News often introduces a source by role and names it later, or names it in the
middle of a role phrase:

* "A fire service spokeswoman said ... The spokeswoman, Station Officer Jo
  Prine, said ...": the unnamed spokeswoman of the first sentence is Jo Prine
  (:func:`join_role_mentions`);
* "The prize's founder, the retired publisher Gwen Tallis, said ...": the
  speaker mention "The prize's founder" is a title of Gwen Tallis (the
  ``speaker.titled`` rule);
* "said his sister, a retired nurse": an unnamed back-reference keeps the
  titles the parse gives it (:func:`title_unnamed`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...rules import rule
from ._descriptors import titles_of
from ._groups import Descriptor as Title

if TYPE_CHECKING:
    from ._groups import Group
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

DEFINITE = frozenset({"the", "that", "this"})
"""Determiners of a back-reference to a role already introduced ("the spokeswoman")."""

UNNAMED_KINDS = frozenset({"anonymous", "role"})
"""Kinds of groups found from a role phrase rather than a name."""


@rule("speaker.titled", stage="speakers", order=450)
def titled_speaker(site: SpeakerSite) -> Outcome:
    """A mention inside a title of a named entity ("The prize's founder, the poet Jo Hale, said"): that entity."""
    group = site.reader.title_owner.get(site.head.i)
    if group is None:
        return None
    site.reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group


TITLE_PREPOSITIONS = frozenset({"of", "for", "at", "in", "on", "to", "from", "with"})
"""Words that close a title's head and open what it is a role of ("The senior coroner *for* North Brackenshire")."""

HEAD_WORDS = 4
"""At most this many words from the determiner to the role noun ("the home side's manager")."""


def _definite_role(text: str) -> str | None:
    """The person role noun heading a definite title ("the spokeswoman", "The senior coroner for Eastshire").

    The title opens with "the", "that" or "this" or with a possessive ("the club's manager"); its head is
    the last word before a preposition, at most :data:`HEAD_WORDS` words in.
    """
    head = _head_words(text)
    possessive = any(w.endswith(("'s", "’s", "s'", "s’")) for w in head[:-1])
    if not 2 <= len(head) <= HEAD_WORDS or not (head[0].lower() in DEFINITE or possessive):
        return _capitalised_role(head)
    noun = head[-1].lower().strip(",")
    role = _lexicon.roles().get(noun)
    return noun if role is not None and role.type == "person" else None


def _head_words(text: str) -> list[str]:
    """The words of a title up to its head, before a preposition ("The senior coroner" of "... for Eastshire")."""
    words = text.split()
    cut = next((k for k, w in enumerate(words) if k > 0 and w.lower() in TITLE_PREPOSITIONS), len(words))
    return words[:cut]


def _capitalised_role(head: list[str]) -> str | None:
    """The role noun of an office written before a name ("Transport Secretary" of "Transport Secretary Ana Ruiz").

    Two to :data:`HEAD_WORDS` capitalised words ending in a person's role noun flagged as a title.
    """
    if not 2 <= len(head) <= HEAD_WORDS or not all(w[:1].isupper() for w in head):
        return None
    noun = head[-1].lower()
    role = _lexicon.roles().get(noun)
    return noun if role is not None and role.type == "person" and role.title else None


NOT_MODIFIERS = DEFINITE | {"a", "an", "its", "his", "her", "their", "our", "your", "my"}
"""Words before a role noun that tell no two holders of the role apart."""


def _modifiers(text: str) -> set[str]:
    """The words before a title's role noun that tell whose or which it is ("home side" in "the home side's boss")."""
    head = _head_words(text)[:-1]
    words = {w.lower().removesuffix("'s").removesuffix("’s").rstrip("'’,") for w in head}
    return words - NOT_MODIFIERS - {""}


def _same_role(first: str, title: str) -> bool:
    """Whether a role mention and a later title can be one role: the words before the noun of one hold the other's.

    "A fire service spokeswoman" and "The spokeswoman" can; "The home side's manager" and "The visiting
    manager" cannot.
    """
    a, b = _modifiers(first), _modifiers(title)
    return a <= b or b <= a


def title_unnamed(reader: Reader) -> None:
    """Give unnamed role and anonymous groups the titles of their mentions ("his sister, a retired nurse")."""
    seen: set[tuple[int, int, int]] = set()
    for group in reader.groups:
        if group.kind not in UNNAMED_KINDS:
            continue
        for start, end in list(group.mentions):
            span = reader.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            for title in titles_of(reader.doc, span.start, span.end, reader.title_rules):
                t_start, t_end = title[0].idx, title[-1].idx + len(title[-1].text)
                common = any(t.pos_ == "NOUN" for t in title)  # "the district Harlow": a name is no title
                if common and (t_end <= start or t_start >= end):
                    reader.add_title(group, t_start, t_end, seen)


def join_role_mentions(reader: Reader, resolved: dict[int, Group]) -> None:
    """Join an unnamed role group to the named one a later definite title shows it to be.

    "A fire service spokeswoman said ... The spokeswoman, Jo Prine, said":
    Jo Prine's title "The spokeswoman" points back to the latest unnamed,
    singular group first mentioned before it whose role nouns hold
    "spokeswoman"; that group's mentions and titles become Jo Prine's, its
    first mention one of her titles, and the quotations it spoke hers.

    Args:
        reader: The article's reader, after its passes.
        resolved: Quotation index to speaker group; updated in place.

    """
    unnamed: dict[str, list[Group]] = {}
    first: dict[int, int] = {}
    for group in reader.groups:
        if group.kind in UNNAMED_KINDS and not group.plural and group.mentions:
            first[id(group)] = min(group.mentions)[0]
            for noun in group.role_nouns:
                unnamed.setdefault(noun, []).append(group)
    joined: dict[int, Group] = {}
    for group in reader.groups:
        if group.kind != "name" or group.type == "organisation":
            continue
        for title in list(group.descriptors):
            earlier = _earlier_holders(reader, title, unnamed, first, joined)
            if earlier:
                source = max(earlier, key=lambda g: first[id(g)])
                _join(reader, source, group)
                joined[id(source)] = group
    if joined:
        for index, group in resolved.items():
            resolved[index] = joined.get(id(group), group)
        reader.groups[:] = [g for g in reader.groups if id(g) not in joined]


def _earlier_holders(
    reader: Reader, title: Title, unnamed: dict[str, list[Group]], first: dict[int, int], joined: dict[int, Group]
) -> list[Group]:
    """The unnamed groups, not joined yet, first mentioned before ``title``, that can hold its role."""
    role = _definite_role(title.text) if title.related is None else None
    return [
        g
        for g in unnamed.get(role or "", [])
        if id(g) not in joined and first[id(g)] < title.start and _same_role(_first_text(reader, g), title.text)
    ]


def _first_text(reader: Reader, group: Group) -> str:
    """The words of a group's first mention."""
    start, end = min(group.mentions)
    return reader.text[start:end]


def _join(reader: Reader, source: Group, target: Group) -> None:
    """Move an unnamed group's mentions and titles to ``target``; its first mention becomes a title."""
    start, end = min(source.mentions)
    target.descriptors.insert(0, Title(reader.text[start:end], start, end))
    target.descriptors.extend(source.descriptors)
    target.mentions.extend(source.mentions)
    target.role_nouns |= source.role_nouns
    target.salient = True
    if target.gender is None:
        target.gender = source.gender
    if reader.is_speaker_group(source):
        reader.add_speaker(target)
