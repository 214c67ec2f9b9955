"""Evidence that a name is a person, read from the words around it before the tagger's votes count.

The small tagger often calls a person whose first name it has not seen an
organisation ("Marisol Venn, the shop's owner, said ..."), and then "she"
cannot agree with her. News writing marks people in a handful of ways, each
read here once per name mention (so the pass is linear in the article):

- a role noun in one of its short titles ("the shop's owner", "Prosecutor"):
  a person's role counts for a person even beside an organisation's
  ("president of the Leadership Institute");
- an age after the name ("Marisol Venn, 83,", "Venn, now 61,", "aged 40");
- a relative "who" after the name ("Venn, who chairs the group,");
- an intensive pronoun ("Venn herself"), which marks the gender too;
- kin after its possessive ("Venn's husband"): only people have kin;
- a verb only people do as its subject ("Venn grew up ...", "was born",
  "laughed").

Organisation role nouns in titles ("the Canal Trust, a heritage charity")
count the other way. :attr:`Group.type <._groups.Group.type>` weighs the two
counts after the name's own words and before the tagger's votes.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import regex

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ._descriptors import role_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ._groups import Group, NameMention
    from ._reader import Reader

AGE_BEFORE = frozenset({"now", "aged", "age"})
"""Words that may stand between the comma after a name and an age ("Venn, now 61,")."""

AGE_AFTER = frozenset({",", ".", ";", "and", ")", "—", "-", "–"})
"""Tokens that may close an age written after a name."""

OLDEST_AGE = 120
"""Largest number read as an age."""

SHORT_TITLE = 6
"""Most tokens in a title whose role nouns count ("the heritage charity", not a relative clause)."""

RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that"})
"""Words opening a relative-clause title, whose nouns say nothing of the name's type ("who chairs the trust")."""

ASKING_MARKS = frozenset({"whether", "if"})
"""Words opening a reported question, whose subject need not be the speaker ("X asked whether she ...")."""


def gather_evidence(reader: Reader) -> None:
    """Count, for every named group, the signs around its mentions that it is a person or an organisation.

    Args:
        reader: The article's reader, titles gathered (their role nouns count).

    """
    for group in reader.groups:
        _read_titles(reader.doc, group)
    for mention, ent, group in reader.items:
        tokens = [t for t in ent if mention.start <= t.idx < mention.end]
        if tokens:
            _read_around(reader.doc, mention, tokens[-1], group)
    _read_pronoun_notes(reader)


THEY_THEM = regex.compile(r"\b(?:they/them|they[ ]and[ ]them)\b", regex.IGNORECASE)
"""A note that someone goes by "they" ("who uses they/them pronouns")."""


def _read_pronoun_notes(reader: Reader) -> None:
    """Mark the person named last before a "they/them" note in the same sentence as going by "they"."""
    doc = reader.doc
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return
    items = reader.items  # in text order
    starts = [mention.start for mention, _, _ in items]
    for note in THEY_THEM.finditer(reader.text):
        index = bisect.bisect_left(starts, note.start()) - 1
        if index < 0:
            continue
        _, ent, group = items[index]
        if ent.sent.start_char <= note.start() < ent.sent.end_char and group.type == "person":
            group.they = True


def _read_titles(doc: Doc, group: Group) -> None:
    """Count the role nouns of a group's short titles: a person's role, else an organisation's.

    A person's role counts for a person even beside an organisation's
    ("president of the Leadership Institute"); a long title or a relative
    clause ("who chairs the trust") tells nothing by its nouns (the "who"
    itself is person evidence: :func:`_relative_who`).
    """
    roles = _lexicon.roles()
    types: set[str] = set()
    for title in group.descriptors:
        span = doc.char_span(title.start, title.end, alignment_mode="expand")
        if span is not None and len(span) <= SHORT_TITLE and span[0].lower_ not in RELATIVE_WORDS:
            types |= {roles[noun].type for noun in role_nouns(list(span)) if noun in roles}
    if "person" in types:
        group.person_evidence += 1
    elif types:
        group.org_evidence += 1


def _read_around(doc: Doc, mention: NameMention, last: Token, group: Group) -> None:
    """Read the words after a name and the verb it is the subject of."""
    following = doc[last.i + 1 : last.i + 5]
    words = _lexicon.person_words()
    age = _age(following)
    if age is not None:
        group.age = group.age or age
    if age is not None or (_relative_who(following) and not _object_of_noun(last)):
        group.person_evidence += 1
    if len(following) and ("reflexive", following[0].lower_) in words:
        group.person_evidence += 1
        _set_gender(group, words[("reflexive", following[0].lower_)])
    head = _name_head(last)
    if mention.name.possessive and head.dep_ == "poss":
        noun = head.head
        if ("kin", noun.lower_) in words or ("kin", noun.lemma_.lower()) in words:
            group.person_evidence += 1
    elif head.dep_ in {"nsubj", "nsubjpass"} and _person_verb(head.head):
        group.person_evidence += 1
    if group.gender is None and group.type == "person":
        _set_gender(group, reported_gender(head))


def _name_head(token: Token) -> Token:
    """The word a name hangs from its clause by (its head word, not a compound part)."""
    while token.dep_ in {"compound", "flat"} and token.head is not token:
        token = token.head
    return token


def _object_of_noun(last: Token) -> bool:
    """Whether a name is the object of a preposition on a noun ("a senior manager *at Harwell*, who ...").

    The "who" after such a name may as well describe the noun the phrase hangs from (the manager), so it says
    nothing of the name's type.
    """
    head = _name_head(last)
    preposition = head.head
    return head.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.head.pos_ in {"NOUN", "PROPN"}


def _relative_who(following: Span) -> bool:
    """Whether a relative "who" follows the name (", who chairs the group,"): only people are "who"."""
    words = list(following)
    return len(words) >= 2 and words[0].text == "," and words[1].lower_ == "who"


def _age(following: Span) -> int | None:
    """The age the words after a name give: ", 83," or ", now 61," or ", aged 40."; ``None`` when they give none."""
    words = list(following)
    if not words or words[0].text != ",":
        return None
    words = words[1:]
    if words and words[0].lower_ in AGE_BEFORE:
        words = words[1:]
    if len(words) < 2 or not words[0].text.isdigit() or words[1].text not in AGE_AFTER:
        return None
    age = int(words[0].text)
    return age if 0 < age <= OLDEST_AGE else None


def _person_verb(verb: Token) -> bool:
    """Whether only a person does this ("grew up", "was born", "laughed")."""
    lemma = verb.lemma_.lower()
    if ("verb", lemma) not in _lexicon.person_words():
        return False
    if lemma == "grow":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if lemma == "bear":
        return any(c.dep_ == "auxpass" for c in verb.children)
    return True


def _set_gender(group: Group, gender: str | None) -> None:
    """Give a group the gender a word marks, unless it has one already."""
    if gender is not None and group.gender is None:
        group.gender = gender


def context_gender(token: Token) -> str | None:
    """The gender the words around a name mark, for choosing among people who share a surname.

    An appositive role or kin noun ("Rourke, a grandmother of six,"), or the
    one the name is apposed to ("his brother, Tunde Rourke,"), an
    intensive pronoun ("Rourke himself"), or a pronoun subject of what the
    name says ("Rourke said he ...").

    Args:
        token: The last word of the name.

    Returns:
        ``"male"``, ``"female"`` or ``None``.

    """
    head = _name_head(token)
    words = _lexicon.person_words()
    described = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos" and head.head.i < head.i:
        described.append(head.head)  # "Marek's younger brother, Jurek Kowalczyk,": the noun the name is apposed to
    for noun in described:
        role = _lexicon.roles().get(noun.lemma_.lower())
        gender = role.gender if role is not None else words.get(("kin", noun.lemma_.lower()))
        if gender is not None:
            return gender
    after = head.nbor(1) if head.i + 1 < len(head.doc) else None
    if after is not None and ("reflexive", after.lower_) in words:
        return words[("reflexive", after.lower_)]
    return reported_gender(head)


def reported_gender(head: Token) -> str | None:
    """The gender the speaker's own reported words give it: "Rourke said he ...", "Rourke said her team ...".

    The subject of a clause a name reports (the name the subject of the
    reporting verb, directly or through a title it stands in apposition to:
    "Its officer, Rourke, said") is a gendered pronoun, or has one as its
    possessive ("her members were working"). Words in quote marks ("Rourke
    said, “She was ...”"), and a clause asking "whether" or "if", tell
    nothing.

    Args:
        head: The word a name hangs from its clause by.

    Returns:
        ``"male"``, ``"female"`` or ``None``.

    """
    for verb, clause in _reported_clauses(head):
        subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
        if subject is None or _quoted_between(verb, subject):
            continue
        gender = _pronoun_gender(subject)
        if gender is None:
            gender = next((_pronoun_gender(c) for c in subject.children if c.dep_ == "poss"), None)
        if gender is not None:
            return gender
    return None


def content_gender(head: Token) -> str | None:
    """The one gender of every third-person singular pronoun in the clause a speaker reports, if they agree.

    A weaker sign than :func:`reported_gender`, for an epithet with nothing
    else to go on: "The 29-year-old says the injury changed how she plays"
    speaks of herself. Pronouns in quote marks, and a clause asking "whether"
    or "if", tell nothing; two genders tell nothing either.

    Args:
        head: The word a speaker hangs from its clause by.

    Returns:
        ``"male"``, ``"female"`` or ``None``.

    """
    genders: set[str] = set()
    for verb, clause in _reported_clauses(head):
        for token in clause.subtree:
            gender = _pronoun_gender(token)
            if gender is not None and not _quoted_between(verb, token):
                genders.add(gender)
    return genders.pop() if len(genders) == 1 else None


def _reported_clauses(head: Token) -> list[tuple[Token, Token]]:
    """The reporting verb and each clause it reports, for a speaker that is its subject (or apposed to it).

    A clause asking "whether" or "if" reports nothing of the speaker.
    """
    node = head
    while node.dep_ == "appos" and node.head is not node:
        node = node.head
    if node.dep_ not in NOMINAL_SUBJECT_DEPS:
        return []
    verb = node.head
    return [
        (verb, clause)
        for clause in verb.children
        if clause.dep_ == "ccomp" and not any(c.dep_ == "mark" and c.lower_ in ASKING_MARKS for c in clause.children)
    ]


def _pronoun_gender(token: Token) -> str | None:
    """The gender of a third-person singular pronoun ("he", "her"), else ``None``."""
    pronoun = _lexicon.pronouns().get(token.lower_)
    return pronoun.gender if pronoun is not None and pronoun.number == "singular" else None


def _quoted_between(one: Token, other: Token) -> bool:
    """Whether a quote mark stands between two tokens (the second is in quoted words)."""
    low, high = sorted((one.i, other.i))
    return any(t.is_quote for t in one.doc[low:high])
