"""A speaker brought in by a role and named in the next sentence ("The trust's chief nurse told ... Olivia Kershaw").

News often opens a paragraph with what someone is and names them only in the sentence after, in full and for the
first time, with no description of their own: the description was the role. When nobody held the role before
(else ``speaker.role`` finds that holder), the ``speaker.named_next`` rule (order 595, before ``speaker.role``)
reads a definite or possessed singular person role that speaks ("The manager", "Steamwright's chief executive")
as the person whose full name opens the next sentence of the same paragraph, as its subject, when:

- the name is met there for the first time, with what a first naming gives (a relative clause, an age);
- it has no appositive of its own ("Ana Ruiz, a nurse,": someone else) and no other gender;
- its verb does not bring a new speaker in: "Ana Ruiz, who ..., said she disagreed" after "The president said"
  is someone else, while "Olivia Kershaw, who ..., later said", "X, who ..., added" or "Gary Pilling, 52, had
  been in charge" go on about the one the role brought in; so does a plain "said" after a relative clause that
  ties the name to a post ("Marguerite Osei, who took the post in June, said", "Dean Falconer, who has been in
  charge since 2023, said").

The role becomes that person's title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en._lexicon import cue_verb
from ...rules import rule
from ._descriptors import role_nouns
from ._speaker_layout import is_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._groups import Group
    from ._speaker_rules import Outcome, SpeakerSite

DEFINITE = frozenset({"the", "this"})
"""Determiners of a role that points at one person ("the manager")."""

GOING_ON = frozenset({"later", "also", "then", "afterwards", "again", "still"})
"""Adverbs that make a speech verb go on with someone already speaking ("X later said"), not bring someone new in."""

CONTINUING_CUES = frozenset({"add", "continue", "repeat"})
"""Speech verbs that go on with someone already speaking ("X added")."""


def _person_role(site: SpeakerSite) -> set[str]:
    """The person role nouns of a definite or possessed singular role heading the mention ("The manager")."""
    head = site.head
    if head is not site.root or head.pos_ != "NOUN" or head.tag_ != "NN":
        return set()
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
    possessed = any(c.dep_ == "poss" for c in head.children)
    if not (definite or possessed) or any(c.dep_ == "appos" for c in head.children):
        return set()
    roles = _lexicon.roles()
    nouns = role_nouns(list(site.reader.doc[head.left_edge.i : head.i + 1]))
    return {n for n in nouns if roles[n].type == "person"}


def _named_next(site: SpeakerSite) -> tuple[Group, Token] | None:
    """The person whose full name opens the next sentence of the paragraph as its subject, named there first."""
    reader = site.reader
    doc = reader.doc
    sentence = site.head.sent
    if sentence.end >= len(doc):
        return None
    first = doc[sentence.end]
    group = reader.owner.get(first.i)
    if group is None or group.kind != "name" or not group.multi or group.type == "organisation":
        return None
    if reader.layout.paragraph(first.idx) != reader.layout.paragraph(site.speaker.start):
        return None
    if min(start for start, _ in group.mentions) < first.idx:
        return None  # named before: not brought in by the role
    head = first
    while head.dep_ in {"compound", "flat"} and reader.owner.get(head.head.i) is group:
        head = head.head
    if not is_subject(head) or head.dep_ == "appos" or any(c.dep_ == "appos" for c in head.children):
        return None
    if not _introduced(head) or (_brings_in(head.head) and not _holds_the_post(head)):
        return None
    return group, head


POST_NOUNS = frozenset({"post", "job", "role", "helm", "office", "position", "reins", "charge"})
"""Nouns of a post held ("took the post", "took the helm", "has been in charge")."""

TAKING_VERBS = frozenset({"take", "hold", "assume", "appoint", "elect", "name", "promote", "succeed", "replace"})
"""Verbs of a relative clause that says the name took or holds a post ("who took the post in June", "who was
appointed in March", "who succeeded Ann Lee")."""


def _holds_the_post(name: Token) -> bool:
    """Whether the name's relative clause says it took or holds a post: the post the role before it named.

    "The deputy governor told ... Marguerite Osei, who took the post in June, said ...": the clause ties the name
    to the role, so its plain "said" goes on with the speaker the role brought in.
    """
    for clause in (c for c in name.children if c.dep_ == "relcl"):
        words = list(clause.subtree)
        if any(w.lemma_.lower() in POST_NOUNS and w.pos_ == "NOUN" for w in words):
            return True
        if clause.lemma_.lower() in TAKING_VERBS and clause.lemma_.lower() not in {"take", "hold"}:
            return True
        if clause.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in clause.children):
            return True
    return False


def _introduced(name: Token) -> bool:
    """Whether the name is followed by what a first naming gives: a relative clause or an age ("X, 52,")."""
    if any(c.dep_ == "relcl" for c in name.children):
        return True
    doc = name.doc
    after = doc[name.i + 1 : name.i + 3]
    return len(after) == 2 and after[0].text == "," and after[1].like_num and len(after[1].text) <= 3


def _brings_in(verb: Token) -> bool:
    """Whether the name's verb brings a new speaker in: a plain speech verb ("Ana Ruiz said"), not "later said"."""
    if cue_verb(verb.lemma_) is None or verb.lemma_.lower() in CONTINUING_CUES:
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in GOING_ON for c in verb.children)


@rule("speaker.named_next", stage="speakers", order=595)
def named_next_speaker(site: SpeakerSite) -> Outcome:
    """A role nobody held before ("The manager told ..."): the person named first in the next sentence, as subject."""
    nouns = _person_role(site)
    if not nouns or site.reader.holder(nouns, plural=False) is not None:
        return None
    found = _named_next(site)
    if found is None:
        return None
    group, _ = found
    roles = _lexicon.roles()
    genders = {roles[n].gender for n in nouns} - {None}
    if group.gender is not None and genders and group.gender not in genders:
        return None
    doc = site.reader.doc
    start, end = doc[site.head.left_edge.i].idx, site.head.idx + len(site.head.text)
    site.reader.add_title(group, start, end, set())
    site.reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group
