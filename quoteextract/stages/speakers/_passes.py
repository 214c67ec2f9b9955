"""The two passes of speaker resolution over an article: titles, then mentions in text order."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ._descriptors import role_nouns, titles_of
from ._epithets import epithet_mention, epithet_subjects
from ._kin import find_couples
from ._names import honorific_parts
from ._nested import enclosing
from ._outside import question, relayed_sources, role_mention, role_subjects, unnamed_source
from ._plural import Together, find_sets, set_of
from ._speaker_layout import span_root
from ._speaker_rules import speaker_group
from ._turns import questions

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ._groups import Group, NameMention
    from ._names import Name
    from ._reader import Reader

TITLE_VOTES = 2
"""Type votes a title's role noun casts (a named-entity label casts one)."""

TITLE_GENDER_WORDS = 6
"""Longest title (in tokens) whose role noun may set a group's gender."""


def gather_titles(reader: Reader) -> None:
    """Attach titles from the parse (the ``titles`` rules) to every named group."""
    seen: set[tuple[int, int, int]] = set()
    for mention, ent, group in reader.items:
        honorific = mention.name.honorific
        courtesy = _lexicon.courtesy_titles()
        if honorific and not all(part in courtesy for part in honorific_parts(honorific + " ")):
            reader.add_title(group, mention.start, mention.start + len(honorific), seen)
            group.role_nouns |= {honorific.lower().rstrip(".")}
            last = honorific.split()[-1].lower().rstrip(".")
            if last in _lexicon.roles():
                group.role_nouns.add(last)  # "Rev Canon Ann Hale": "the canon" later
        if mention.name.title:
            _add_folded_title(reader, group, mention, seen)
        group.role_nouns |= _postnominal_roles(mention.name)
        tokens = [t for t in ent if mention.start <= t.idx < mention.end]
        if tokens:
            for title in titles_of(reader.doc, tokens[0].i, tokens[-1].i + 1, reader.title_rules):
                _add_parsed_title(reader, group, title, seen)


def _postnominal_roles(name: Name) -> set[str]:
    """The offices among the letters after a name ("TD" of "Bríd Nic Giolla Phádraig TD"): for "the Donegal TD"."""
    words = name.text.split()
    found = set()
    while len(words) > 1 and words[-1] in _lexicon.postnominals():
        if (role := _lexicon.roles().get(words[-1].lower())) is not None and role.type == "person":
            found.add(role.noun)
        words.pop()
    return found


def _add_folded_title(reader: Reader, group: Group, mention: NameMention, seen: set[tuple[int, int, int]]) -> None:
    """Record the role title folded off the front of a name ("Alderman" of "Alderman Rick Soto")."""
    words = mention.name.title
    start = reader.text.find(words[0], mention.start, mention.end)
    end = reader.text.find(words[-1], start, mention.end)
    if start < 0 or end < 0:
        return
    reader.add_title(group, start, end + len(words[-1]), seen)
    nouns = {w for n in (1, 2) if (w := " ".join(words[-n:]).lower()) in _lexicon.roles()}
    group.role_nouns |= nouns


def _add_parsed_title(reader: Reader, group: Group, title: list[Token], seen: set[tuple[int, int, int]]) -> None:
    """Record one title of ``group``: its words, the group it names (a possessor), its role nouns."""
    if all(t.pos_ == "PRON" or t.is_punct for t in title):
        return  # "Pask himself": an intensive pronoun is no title (it marks a person: see ._evidence)
    owner = reader.owner
    start, end = title[0].idx, title[-1].idx + len(title[-1].text)
    related = next((owner[t.i] for t in title if t.i in owner and owner[t.i] is not group), None)
    if related is not None and not any(t.i in owner and (t.dep_ == "poss" or t.head.dep_ == "poss") for t in title):
        related = None
    reader.add_title(group, start, end, seen, related)
    nouns = role_nouns(title)
    group.role_nouns |= nouns
    _vote(group, title)
    for noun in nouns:
        role = _lexicon.roles()[noun]
        if role.gender is not None and group.gender is None and len(title) <= TITLE_GENDER_WORDS:
            group.gender = role.gender


def _vote(group: Group, title: list[Token]) -> None:
    """Let the role noun heading a title vote for the group's type ("the ride-hailing firm Vantly").

    A role says more than the tagger's label, so it casts :data:`TITLE_VOTES`;
    not from a copula ("X was the big winner"); for a person, only a title
    (an office, rank, trade: "the harbourmaster"), not a character word.
    """
    inside = {t.i for t in title}
    head = next((t for t in title if t.head.i not in inside or t.head is t), title[-1])
    if head.dep_ == "attr":
        return
    roles = [_lexicon.roles()[noun] for noun in role_nouns([head])]
    for kind in {r.type for r in roles if r.type == "organisation" or r.title or r.curated}:
        group.votes[kind] += TITLE_VOTES


class _Pass:
    """One walk over the events of an article in text order (see :func:`read`)."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.resolved: dict[int, Group] = {}
        self.handled: set[int] = set()

    def relayed(self, chunk: Span) -> None:
        """A relayed unnamed source ("citing two officials") outside speaker mentions."""
        if not self.reader.speaker_spans.holds(chunk.start_char):
            unnamed_source(self.reader, chunk)

    def epithet(self, chunk: Span) -> None:
        """An epithet subject outside speaker mentions ("The former striker laughed"): the person it stands for."""
        epithet_mention(self.reader, chunk)

    def role(self, chunk: Span) -> None:
        """A definite role subject ("the mayor") outside speaker mentions."""
        if not self.reader.speaker_spans.holds(chunk.start_char):
            role_mention(self.reader, chunk)

    def name(self, mention: NameMention, group: Group) -> None:
        """A proper name: remembered for the pronouns after it."""
        self.reader.remember(mention.start, mention.end, group)

    def speaker(self, index: int, offset: int) -> None:
        """A quotation's speaker mention: resolved by the ``speakers`` rules."""
        group = speaker_group(self.reader, self.reader.quotes[index])
        self.handled.add(offset)
        speaker = self.reader.quotes[index].speaker
        if group is not None and speaker is not None:
            root = span_root(self.reader.doc, speaker.start, speaker.end)
            together = set_of(self.reader, root, speaker.end) if root is not None else None
            group = together or group  # "Mia Holt and Reza Qadir said": both of them
        if group is not None:
            self.resolved[index] = group
            self.reader.spoke[index] = group
            self.reader.add_speaker(group, end=self.reader.quotes[index].end)

    def together(self, found: Together) -> None:
        """Several people named together ("X and Y"): one plural antecedent for the "they" after it."""
        self.reader.add_mention(found.group, found.start, found.end)

    def pronoun(self, token: Token) -> None:
        """A gendered pronoun outside quotes that is not a speaker mention."""
        if token.idx not in self.handled:
            self.reader.pronoun(token, speaker=False)


def read(reader: Reader) -> dict[int, Group]:
    """Walk names, speakers, pronouns and role references in text order.

    Events at one offset run names first, then speakers and role or relayed
    mentions, then pronouns (a pronoun that is a speaker is resolved once,
    as the speaker), then the questions whose object ends there (:mod:`._turns`).

    Args:
        reader: The article's reader (titles gathered).

    Returns:
        For each quotation (by index) whose speaker was resolved, its group.

    """
    walk = _Pass(reader)
    together = find_sets(reader) + find_couples(reader)
    reader.set_sets(together)
    events: list[tuple[int, int, Callable[[], None]]] = []
    reader.nested = enclosing(reader)
    for index, quote in enumerate(reader.quotes):
        if quote.speaker is not None:
            outer = reader.quotes[reader.nested[index]].speaker if index in reader.nested else None
            at = quote.speaker.start if outer is None else max(quote.speaker.start, outer.end)  # after the outer one
            events.append((at, 1, functools.partial(walk.speaker, index, quote.speaker.start)))
    for mention, _, group in reader.items:
        events.append((mention.start, 0, functools.partial(walk.name, mention, group)))
    events.extend((found.start, 0, functools.partial(walk.together, found)) for found in together)
    for token in reader.tokens:
        pronoun = _lexicon.pronouns().get(token.lower_)
        if pronoun is not None and pronoun.gender is not None and not reader.layout.in_quote(token.idx, token.idx + 1):
            events.append((token.idx, 2, functools.partial(walk.pronoun, token)))
    events.extend((c.start_char, 1, functools.partial(walk.relayed, c)) for c in relayed_sources(reader))
    events.extend((c.start_char, 1, functools.partial(walk.role, c)) for c in role_subjects(reader))
    events.extend((c.start_char, 1, functools.partial(walk.epithet, c)) for c in epithet_subjects(reader))
    asked = questions(reader.doc, reader.tokens)
    events.extend((found.end, 3, functools.partial(question, reader, found)) for found in asked)
    for _, _, handle in sorted(events, key=lambda e: (e[0], e[1])):
        handle()
    return walk.resolved
