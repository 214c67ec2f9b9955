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
from ...lang.en.syntax import RELATIVE_PRONOUNS
from ...rules import rule
from ._descriptors import titles_of
from ._groups import Descriptor as Title
from ._pronouns import PARAGRAPH_WINDOW
from ._speaker_layout import span_root

if TYPE_CHECKING:
    from spacy.tokens import Token

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
        if _unnamed_holder(group) and not group.plural and group.mentions:
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


def _unnamed_holder(group: Group) -> bool:
    """Whether a group is found from a role phrase: a role or anonymous group, or an author known by a person's role.

    "a report by the city's auditor" makes an author group of unknown kind with the role noun "auditor".
    """
    return group.kind in UNNAMED_KINDS or (group.kind == "unknown" and bool(group.role_nouns))


def _earlier_holders(
    reader: Reader, title: Title, unnamed: dict[str, list[Group]], first: dict[int, int], joined: dict[int, Group]
) -> list[Group]:
    """The unnamed groups, not joined yet, first mentioned before ``title``, that can hold its role."""
    if title.related is not None:
        return []
    role = _definite_role(title.text)
    if role is None:
        return _remit_holder(reader, title, unnamed, first, joined)
    return [
        g
        for g in unnamed.get(role, [])
        if id(g) not in joined and first[id(g)] < title.start and _same_role(_first_text(reader, g), title.text)
    ]


def _remit_holder(
    reader: Reader, title: Title, unnamed: dict[str, list[Group]], first: dict[int, int], joined: dict[int, Group]
) -> list[Group]:
    """The one unnamed "the <role> of <Place>" a bare office before a name shows to be that person.

    "The mayor of Riverton promised ... “...,” Mayor Ana Ruiz told a meeting": the office "Mayor", written
    alone before the name, is the role the definite phrase with its remit ("of Riverton") introduced, when
    the phrase was last mentioned within :data:`PARAGRAPH_WINDOW` paragraphs before the title and the
    article has one such phrase and one named holder of the role (never when it has two mayors).
    """
    role = _bare_office(title.text)
    if role is None or _named_holders(reader, role) != 1:
        return []
    found = [g for g in unnamed.get(role, []) if _remit_role(_first_text(reader, g)) == role]
    if len(found) != 1 or id(found[0]) in joined or first[id(found[0])] >= title.start:
        return []
    last = max(s for s, _ in found[0].mentions if s < title.start)
    gap = reader.layout.paragraph(title.start) - reader.layout.paragraph(last)
    return found if gap <= PARAGRAPH_WINDOW else []


def _bare_office(text: str) -> str | None:
    """The role noun of a one-word office written before a name ("Mayor" of "Mayor Ana Ruiz")."""
    words = text.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    noun = words[0].lower()
    role = _lexicon.roles().get(noun)
    return noun if role is not None and role.type == "person" and role.title else None


def _remit_role(text: str) -> str | None:
    """The role noun of a definite role with a remit ("mayor" of "The mayor of Riverton")."""
    words = text.split()
    if len(words) < 4 or words[0].lower() != "the" or words[2].lower() != "of" or not words[3][:1].isupper():
        return None
    noun = words[1].lower()
    role = _lexicon.roles().get(noun)
    return noun if role is not None and role.type == "person" else None


def _named_holders(reader: Reader, role: str) -> int:
    """How many named people the article gives a role noun ("mayor")."""
    return sum(1 for g in reader.groups if g.kind == "name" and g.type == "person" and role in g.role_nouns)


def _first_mention(group: Group) -> tuple[int, int]:
    """A group's first mention; of mentions ending together, the innermost.

    "the city's auditor" rather than the "a report by the city's auditor" around it.
    """
    return min(group.mentions, key=lambda m: (m[1], -m[0]))


def _first_text(reader: Reader, group: Group) -> str:
    """The words of a group's first mention."""
    start, end = _first_mention(group)
    return reader.text[start:end]


def _join(reader: Reader, source: Group, target: Group) -> None:
    """Move an unnamed group's mentions and titles to ``target``; its first mention becomes a title."""
    start, end = _first_mention(source)
    target.descriptors.insert(0, Title(reader.text[start:end], start, end))
    target.descriptors.extend(source.descriptors)
    target.mentions.extend(source.mentions)
    target.role_nouns |= source.role_nouns
    target.salient = True
    if target.gender is None:
        target.gender = source.gender
    if reader.is_speaker_group(source):
        reader.add_speaker(target)


POSSESSIVE_WORDS = frozenset({"its", "his", "her", "their"})
"""Possessive determiners: "Its chief executive" is one office of one organisation, whoever holds it."""

INTRODUCING = frozenset({"a", "an"}) | POSSESSIVE_WORDS
"""First words of a role phrase that brings in someone the next paragraph may name ("A care worker", "Its chief
executive"); "the" points back to a holder already known."""

SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "source", "official", "aide"})
"""Roles of an unnamed source who speaks for others: never the person the next paragraph names."""


def join_named_next(reader: Reader, resolved: dict[int, Group]) -> None:
    """Join a speaking role group to the person whose name opens the next paragraph ("delayed identification").

    News often brings a speaker in by role and names them at the start of the next paragraph, in another
    construction: "A care worker who told investigators she had 'only borrowed' the money has been
    jailed.¶Leanne Forsyth, 38, took ...", "Its chief executive told analysts ... ¶Hannah Obi, who has run
    the firm since 2019, said ...". A singular person's role group that speaks, first written with "a" or
    "an" and a relative clause ("A care worker who told") or with a possessive ("Its", "the firm's"),
    joins the named person whose first mention is the first mention of the next non-blank paragraph and
    its clause's subject, when their genders agree and the person has no role of another kind. An unnamed
    source never qualifies as a spokesperson or official, who speaks for others.

    Args:
        reader: The article's reader, after its passes.
        resolved: Quotation index to speaker group; updated in place.

    """
    openers = _paragraph_openers(reader)
    joined: dict[int, Group] = {}
    for group in reader.groups:
        if not _introduces(reader, group):
            continue
        target = openers.get(_next_paragraph(reader, min(group.mentions)[0]))
        if target is None or (target.gender not in {None, group.gender} and group.gender is not None):
            continue
        roles = {n for n in target.role_nouns if n in _lexicon.roles() and _lexicon.roles()[n].type == "person"}
        if roles and not roles & group.role_nouns:
            continue  # "Ann Lee, a nurse," is not the "A care worker" before her
        _join(reader, group, target)
        joined[id(group)] = target
    if joined:
        for index, group in resolved.items():
            resolved[index] = joined.get(id(group), group)
        reader.groups[:] = [g for g in reader.groups if id(g) not in joined]


def _introduces(reader: Reader, group: Group) -> bool:
    """Whether a group is a speaking role phrase that brings in someone named next (see :func:`join_named_next`)."""
    if group.kind not in UNNAMED_KINDS or group.plural or not group.mentions or not reader.is_speaker_group(group):
        return False
    if group.kind == "anonymous" and group.role_nouns & SPEAKING_FOR:
        return False  # "Its spokesman" speaks for the firm: the person named next is someone else
    start, end = min(group.mentions)
    words = reader.text[start:end].split()
    if not words:
        return False
    if words[0].lower() in POSSESSIVE_WORDS or words[0].endswith(("'s", "’s")):
        return True
    return words[0].lower() in INTRODUCING and _described(reader, start, end)


def _described(reader: Reader, start: int, end: int) -> bool:
    """Whether an indefinite role phrase carries a relative clause, as a delayed-identification lead's does.

    "A care worker who told investigators ..." and "A garage owner accused of fraud told ..." bring in the person
    the next paragraph names; a bare "A neighbour said" often comes before someone else's name.
    """
    root = span_root(reader.doc, start, end)
    if root is not None and root.lower_ in RELATIVE_PRONOUNS and root.head.dep_ == "relcl":
        return True  # the mention is the "who" of "A care worker who told"
    return root is not None and any(_relative(c) for c in root.children)


def _relative(child: Token) -> bool:
    """Whether a dependent is a relative clause, or a reduced one ("A garage owner *accused of fraud*")."""
    return child.dep_ == "relcl" or (child.dep_ == "acl" and child.tag_ == "VBN")


def _paragraph_openers(reader: Reader) -> dict[int, Group]:
    """For each paragraph, the named person whose first mention opens it as a subject (one pass over the history)."""
    seen: set[int] = set()
    opened: set[int] = set()
    openers: dict[int, Group] = {}
    for item in reader.history:
        first = id(item.group) not in seen
        seen.add(id(item.group))
        if item.paragraph in opened:
            continue
        opened.add(item.paragraph)
        group = item.group
        if first and item.subject and not item.quoted and group.kind == "name" and group.type == "person":
            openers[item.paragraph] = group
    return openers


def _next_paragraph(reader: Reader, offset: int) -> int:
    """The index of the first paragraph after the one holding ``offset`` that is not blank."""
    layout = reader.layout
    starts = layout.paragraph_starts
    index = layout.paragraph(offset) + 1
    while index < len(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(reader.text)
        if reader.text[starts[index] : end].strip():
            return index
        index += 1
    return index
