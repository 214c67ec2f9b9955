"""Mentions the walk meets outside speaker mentions: relayed unnamed sources, role subjects, questions.

:func:`relayed_sources` and :func:`role_subjects` find, once per article, the
noun phrases the walk of :mod:`._passes` resolves as it reaches them
(:func:`unnamed_source`, :func:`role_mention`); :func:`question` records who
was asked a question, so that the person asked answers next (:mod:`._turns`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from . import _documents as documents
from ._anonymous import anonymous_head
from ._descriptors import role_nouns
from ._groups import Group
from ._kin import kin_subject
from ._speaker_layout import is_subject
from ._turns import Question, Turn, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ._reader import Reader

RELAY_BEFORE = re.compile(r"\b(?:according\s+to|citing|quoting)\s+$", re.IGNORECASE)
"""Words before a noun phrase that make it a relayed source ("citing two officials")."""

PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
"""Penn tags of plural nouns."""

_NOUNS = frozenset({"NOUN", "PROPN"})
"""Parts of speech of nouns, common and proper."""


def question(reader: Reader, found: Question) -> None:
    """Record a question put to someone (the person asked answers next: :mod:`._turns`)."""
    addressee = _addressee(reader, found.addressee)
    subject = subject_of(found.verb)
    asker = reader.group_of_token(subject) if subject is not None else None
    if addressee is None or addressee is asker:
        return
    offset = found.verb.idx
    reader.turn = Turn(asker, addressee, reader.layout.sentence(offset), reader.layout.paragraph(offset))


def _addressee(reader: Reader, token: Token) -> Group | None:
    """The group a question is put to; a role named only as one ("the ranger") becomes a group of its own."""
    found = reader.group_of_token(token)
    if found is not None or token.pos_ != "NOUN" or reader.layout.in_quote(token.idx, token.idx + 1):
        return found
    start = token.left_edge.idx
    end = token.idx + len(token.text)
    nouns = role_nouns([token])
    known = len(reader.groups)
    group = reader.role(nouns, token, None, start, end) if nouns else None
    if group is None:
        group = Group(kind="role", label=reader.text[start:end], plural=token.tag_ in PLURAL_NOUN_TAGS)
        group.votes["person"] += 1  # what is asked a question is someone
        reader.groups.append(group)
        reader.add_mention(group, start, end)
    if len(reader.groups) > known:
        group.salient = False  # an entity only if it speaks
    return group


def relayed_sources(reader: Reader) -> list[Span]:
    """Noun phrases naming an unnamed source after "according to", "citing", "quoting"."""
    if not reader.doc.has_annotation("DEP"):
        return []
    found = []
    for chunk in reader.noun_chunks():
        before = reader.text[max(0, chunk.start_char - 20) : chunk.start_char]
        if RELAY_BEFORE.search(before) and chunk.root.i not in reader.owner:
            found.append(chunk)
    return found


def role_subjects(reader: Reader) -> list[Span]:
    """Role noun phrases that are clause subjects: definite ("the mayor") or bare plural ("Residents")."""
    if not reader.doc.has_annotation("DEP"):
        return []
    found = []
    for chunk in reader.noun_chunks():
        root = chunk.root
        # "Residents", "Two nurses", "About 200 nurses": a bare plural subject
        plural = root.tag_ in PLURAL_NOUN_TAGS and _bare_start(chunk)
        kin = any(c.dep_ == "poss" for c in root.children) and ("kin", root.lemma_.lower()) in _lexicon.person_words()
        if (
            (chunk[0].lower_ == "the" or plural or kin)
            and (root.dep_ in NOMINAL_SUBJECT_DEPS or (plural and root.dep_ == "appos" and is_subject(root)))
            and root.pos_ == "NOUN"
            and root.i not in reader.owner
            and root.lemma_.lower() in _lexicon.roles()
        ):
            found.append(chunk)
    return found


def _bare_start(chunk: Span) -> bool:
    """Whether a plural noun phrase opens bare: a noun, a number, an adjective, or an estimate ("about 200")."""
    first = chunk[0]
    if first.pos_ in {"NOUN", "NUM", "ADJ"}:
        return True
    estimate = first.pos_ in {"ADV", "ADP"} or first.lower_ == "some"  # "about 200", "some 80", "nearly 300"
    return estimate and len(chunk) > 2 and chunk[1].pos_ == "NUM"


def unnamed_source(reader: Reader, chunk: Span) -> None:
    """Give an unnamed source named as a relay ("citing two officials") an entity."""
    root = chunk.root
    if root.pos_ not in _NOUNS or anonymous_head(root.text) is None or documents.claimed(reader, chunk.start_char):
        return
    if any(c.dep_ == "poss" for c in root.children):
        return
    reader.anonymous(root, reader.phrase(root, chunk.text), chunk.start_char, chunk.end_char)


def role_mention(reader: Reader, chunk: Span) -> None:
    """A definite role subject outside quotes ("the mayor") becomes a mention of its holder."""
    root = chunk.root
    if reader.layout.in_quote(chunk.start_char, chunk.end_char):
        return
    if any(c.dep_ == "poss" for c in root.children):
        kin_subject(reader, root, chunk.start_char, chunk.end_char)  # "Her husband laughed."
        return
    nouns = role_nouns([root])
    plural = root.tag_ in PLURAL_NOUN_TAGS
    counted = plural and any(t.pos_ == "NUM" for t in chunk[:3])  # "About 200 nurses": a group of its own
    holder = reader.holder(nouns, plural) if nouns and not counted else None
    if holder is not None:
        reader.add_mention(holder, chunk.start_char, chunk.end_char)
    elif nouns and plural and chunk[0].lower_ != "the":  # "Residents met the council. They said ...": a group
        _group_of(reader, nouns, chunk)


def _group_of(reader: Reader, nouns: set[str], chunk: Span) -> None:
    """A plural subject no role holder stands for ("Residents of Mill Lane"): an antecedent for "they".

    It is filed under no role noun, so a later "the residents" is not
    taken for it, and it is an entity only if it speaks.
    """
    end = max(t.idx + len(t.text) for t in chunk.root.subtree if not t.is_punct)
    end = end if end - chunk.start_char <= 120 else chunk.end_char
    group = Group(kind="role", label=reader.text[chunk.start_char : end], plural=True)
    for noun in nouns:
        group.votes[_lexicon.roles()[noun].type] += 1
    reader.groups.append(group)
    reader.add_mention(group, chunk.start_char, end)
    group.salient = False
