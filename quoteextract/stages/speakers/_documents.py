"""Documents credited to their authors, and the sources an outlet relays.

A document's words are its author's: "a poll by Brightwater Research found",
"the board's decision said", "the council's own figures show" have the
author as speaker when the text names one (a possessive, "by", "from", a name
inside the phrase: "an internal Northline timetable"). A later definite
mention ("The statement called the plan “reckless.”") points back to the
latest document of its family and keeps its author, or to the speaker who
"said in a statement" or "issued a statement".

An outlet that relays others ("the Clarion reported, citing two ward
managers, that ...", "..., according to three people close to him, the Times
reported") is not the immediate speaker: the source it cites is, and the
outlet becomes the outer link of the chain (stage ``sources``).

Everything a rule asks is answered from indexes built once per article (the
document nouns by lemma, the resolved mentions by offset), so the rules stay
linear in the article's length.
"""

from __future__ import annotations

import bisect
import functools
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...lang.en._outlets import is_outlet_name, outlet_noun
from ...lang.en._speaker_lexicon import roles
from ...lang.en._tables import read_table
from ...rules import rule
from ._anonymous import anonymous_head
from ._groups import Group

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

_AUTHOR_PREPS = frozenset({"by", "from", "of"})
"""Prepositions that name a document's author ("a poll by X", "a letter from X")."""

_ISSUE_VERBS = frozenset({"release", "issue", "publish", "send", "post", "put"})
"""Verbs whose subject authors a document ("X issued a statement")."""

_AUTHOR_VERBS = _ISSUE_VERBS | {
    "write",
    "sign",
    "prepare",
    "draft",
    "compile",
    "produce",
    "commission",
    "file",
    "author",
    "circulate",
    "distribute",
    "unveil",
}
"""Verbs whose agent authors a document ("a report written by X"; not "a memo seen by the Courier")."""

_RELAY_WORDS = frozenset({"citing", "quoting"})
"""Participles that name the source an outlet relays."""

_NOUNS = frozenset({"NOUN", "PROPN"})


@functools.cache
def document_families() -> dict[str, str]:
    """Document noun lemmas mapped to their family (``data/document_nouns.tsv``)."""
    return {noun: family for noun, family in read_table("document_nouns.tsv", 2)}


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def is_document(token: Token) -> bool:
    """Whether a noun names a document ("statement", "poll", "data")."""
    return token.pos_ in _NOUNS and (_lemma(token) in document_families() or token.lower_ in document_families())


@dataclass
class _Index:
    """What the rules ask about one article, built once."""

    by_family: dict[str, list[int]] = field(default_factory=dict)
    relays: list[int] = field(default_factory=list)
    tokens: dict[str, list[Token]] = field(default_factory=dict)
    offsets: list[int] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    seen: int = 0
    claimed: set[int] = field(default_factory=set)


_INDEXES: weakref.WeakKeyDictionary[Reader, _Index] = weakref.WeakKeyDictionary()


def _index(reader: Reader) -> _Index:
    """The article's document index (built on first use), its mention offsets brought up to date."""
    index = _INDEXES.get(reader)
    if index is None:
        index = _Index()
        for token in reader.tokens:
            if token.lower_ in _RELAY_WORDS or token.lower_ == "according":
                index.relays.append(token.i)
            if is_document(token):
                family = document_families().get(_lemma(token)) or document_families()[token.lower_]
                index.by_family.setdefault(family, []).append(token.i)
                index.tokens.setdefault(family, []).append(token)
        _INDEXES[reader] = index
    for antecedent in reader.history[index.seen :]:
        at = bisect.bisect_right(index.offsets, antecedent.offset)
        index.offsets.insert(at, antecedent.offset)
        index.groups.insert(at, antecedent.group)
    index.seen = len(reader.history)
    return index


def claimed(reader: Reader, start: int) -> bool:
    """Whether a relayed source phrase starting at ``start`` was already made a speaker here."""
    index = _INDEXES.get(reader)
    return index is not None and start in index.claimed


def _group_at(reader: Reader, token: Token) -> Group | None:
    """The group a noun phrase stands for: its name's, the mention resolved there, or the role it names."""
    owner = reader.owner
    if token.i in owner:
        return owner[token.i]
    named = next((owner[c.i] for c in token.children if c.dep_ == "appos" and c.i in owner), None)
    named = named or _name_after(reader, token)
    if named is not None:
        return named  # "written by the agency's chief scientist, Ravi Tennant": the name in apposition
    phrase = [t for t in token.subtree if t.i <= token.i]
    named = next((owner[t.i] for t in phrase if t.i in owner), None)
    if named is not None:
        return named
    index = _index(reader)
    start, end = token.left_edge.idx, token.idx + len(token.text)
    at = bisect.bisect_left(index.offsets, start)
    if at < len(index.offsets) and index.offsets[at] < end:
        return index.groups[at]
    if token.pos_ == "PRON":
        return reader.pronoun(token, speaker=False)
    return reader.holder({_lemma(token), token.lower_}, plural=token.tag_ in {"NNS", "NNPS"})


def _name_after(reader: Reader, token: Token) -> Group | None:
    """A name right after the phrase and a comma that the parser hung elsewhere as an appositive.

    "The ruling, signed by the board's chair, Ana Ruiz, said": the small
    parser makes "Ana Ruiz" an appositive of "ruling"; she is the chair.
    """
    doc = reader.doc
    comma = token.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    first = doc[comma + 1]
    group = reader.owner.get(first.i)
    head = first
    while head.dep_ in {"compound", "flat"} and head.head.i > head.i:
        head = head.head
    return group if group is not None and head.dep_ == "appos" else None


def _named_author(reader: Reader, token: Token) -> Group | None:
    """The group of an author phrase; a new one named by the phrase ("the drivers' union") when none is known."""
    found = _group_at(reader, token)
    if found is not None or token.pos_ not in _NOUNS:
        return found
    start, end = token.left_edge.idx, token.idx + len(token.text)
    label = reader.text[start:end]
    if label.lower().startswith(("a ", "an ")) or anonymous_head(token.text) is not None:
        return None  # "a letter from a resident": nobody the text names
    group = Group(kind="unknown", label=label, salient=True)
    role = roles().get(_lemma(token)) or roles().get(token.lower_)
    if role is not None and role.type == "person":  # "a letter from the chief inspector": a person, by the role
        group.role_nouns.add(role.noun)
        group.person_evidence += 1
    reader.groups.append(group)
    reader.add_mention(group, start, end)
    return group


def _author(reader: Reader, document: Token) -> Group | None:
    """The author the document's own phrase names: possessive, "by"/"from"/"of", a name inside it."""
    for child in document.children:
        if child.dep_ == "poss":
            return _named_author(reader, child)
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _named_author(reader, objects[0])
        if child.dep_ == "acl" and _lemma(child) in _AUTHOR_VERBS:  # "a statement released by X"
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
            if objects:
                return _named_author(reader, objects[0])
    owner = reader.owner
    return next(
        (owner[c.i] for c in document.children if c.dep_ in {"compound", "nmod", "amod"} and c.i in owner), None
    )


def _issuer(reader: Reader, document: Token) -> Group | None:
    """The speaker who "said in a statement" or "issued a statement": the subject of the clause holding it."""
    verb = document.head
    if document.dep_ == "pobj":
        verb = verb.head
    if document.dep_ not in {"pobj", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if document.dep_ == "dobj" and _lemma(verb) not in _ISSUE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return _named_author(reader, subject) if subject is not None else None


def _earlier(reader: Reader, document: Token) -> Group | None:
    """The author of the latest earlier document of the same family ("The statement" after "in a statement")."""
    index = _index(reader)
    family = document_families().get(_lemma(document)) or document_families().get(document.lower_)
    if family is None:
        return None
    positions = index.by_family.get(family, [])
    at = bisect.bisect_left(positions, document.i)
    for earlier in reversed(index.tokens[family][max(0, at - 3) : at]):
        author = _author(reader, earlier) or _issuer(reader, earlier)
        if author is not None:
            return author
    return None


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in token.children)


def credit(reader: Reader, document: Token) -> Group | None:
    """The author a document mention is credited to: named in its phrase, or (definite) the earlier one's."""
    author = _author(reader, document)
    if author is None and _definite(document):
        author = _earlier(reader, document)
    return author


@rule("speaker.document", stage="speakers", order=60)
def document_speaker(site: SpeakerSite) -> Outcome:
    """A document ("a poll by X", "the board's decision", "The statement"): its author, when the text names one."""
    head = site.head
    if not is_document(head):
        return None
    author = credit(site.reader, head)
    if author is not None:
        author.document = True  # "The letter, from the chief inspector, says ... “...,” it says": the letter's author
        site.reader.add_mention(author, site.speaker.start, site.speaker.end)
    return author


def _relayed_source(site: SpeakerSite) -> Token | None:
    """The source an outlet's clause cites ("citing X", "according to X"), outside the claim's words."""
    quote = site.quote
    sentence = site.root.sent
    relays = _index(site.reader).relays
    doc = site.reader.doc
    first, last = bisect.bisect_left(relays, sentence.start), bisect.bisect_left(relays, sentence.end)
    for token in (doc[i] for i in relays[first:last]):
        if quote.start <= token.idx < quote.end:
            continue
        if token.lower_ in _RELAY_WORDS:
            objects = [c for c in token.children if c.dep_ == "dobj"]
        elif token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            objects = [c for c in to.children if c.dep_ == "pobj"] if to is not None else []
        else:
            continue
        if objects and not quote.start <= objects[0].idx < quote.end:
            return objects[0]
    return None


def source_group(reader: Reader, source: Token) -> Group:
    """The group of a relayed source: a document's author, a name, an unnamed source, else the phrase itself."""
    start, end = source.left_edge.idx, source.right_edge.idx + len(source.right_edge.text)
    found = credit(reader, source) if is_document(source) else _group_at(reader, source)
    if found is None and source.pos_ in _NOUNS and anonymous_head(source.text) is not None:
        _index(reader).claimed.add(start)
        return reader.anonymous(source, reader.phrase(source, reader.text[start:end]), start, end)
    if found is None:
        found = Group(kind="unknown", label=reader.phrase(source, reader.text[start:end]), salient=True)
        reader.groups.append(found)
        _index(reader).claimed.add(start)
    found.document = found.document or is_document(source)  # "citing a leaked memo ... “...,” it said"
    reader.add_mention(found, start, end)
    return found


@rule("speaker.relayed", stage="speakers", order=50)
def relayed_speaker(site: SpeakerSite) -> Outcome:
    """An outlet relaying others ("the Clarion reported, citing two managers"): the speaker is the source it cites."""
    if not (is_outlet_name(site.speaker.text) or outlet_noun(site.speaker.text)):
        return None
    source = _relayed_source(site)
    return source_group(site.reader, source) if source is not None else None
