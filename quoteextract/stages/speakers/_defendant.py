"""A definite "the defendant" or "the accused" that speaks: the person the story says is on trial.

Court reports name the defendant once with the charge ("Gavin Pritchard, 52, denies 11 counts of fraud", "Ana
Ruiz pleaded not guilty", "Lee Dunn, who is charged with theft") and then call them "the defendant". When
nobody was called so before (else ``speaker.role`` finds that holder), the ``speaker.defendant`` rule takes the
latest named person before the mention who is the subject of a plea ("denies", "pleaded", "admits") or of being
accused or charged ("was charged with", "is accused of").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from ._company import _name_token

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._groups import Group
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

DEFENDANT_NOUNS = frozenset({"defendant", "accused"})
"""Nouns that call a person on trial by what they are in court."""

PLEA_VERBS = frozenset({"deny", "plead", "admit", "face", "contest"})
"""Verbs whose subject is the person on trial ("denies 11 counts of fraud", "pleaded not guilty")."""

CHARGE_VERBS = frozenset({"accuse", "charge", "try", "prosecute"})
"""Verbs whose passive subject is the person on trial ("is accused of", "was charged with")."""


@rule("speaker.defendant", stage="speakers", order=593)
def defendant_speaker(site: SpeakerSite) -> Outcome:
    """A definite "the defendant" with nobody called so before: the latest named person who is on trial."""
    head = site.head
    if head.lemma_.lower() not in DEFENDANT_NOUNS or head.tag_ in {"NNS", "NNPS"}:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.dep_ in {"amod", "compound", "poss", "prep", "appos"} for c in head.children):
        return None  # "the co-defendant's lawyer", "the defendant's wife": someone else
    reader = site.reader
    if reader.holder(set(DEFENDANT_NOUNS), plural=False) is not None:
        return None
    group = latest_defendant(reader, site.speaker.start)
    if group is None:
        return None
    reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group


def latest_defendant(reader: Reader, offset: int) -> Group | None:
    """The latest named person before ``offset`` who is the subject of a plea or of a charge."""
    for item in reversed(reader.history):
        group = item.group
        if item.offset >= offset or item.quoted or group.kind != "name" or group.type == "organisation":
            continue
        token = _name_token(reader, item.offset)
        if token is not None and _on_trial(token):
            return group
    return None


def _on_trial(token: Token) -> bool:
    """Whether a name is the subject of a plea ("X denies fraud") or of a charge ("X was charged with theft")."""
    verb = token.head
    lemma = verb.lemma_.lower()
    if token.dep_ == "nsubj" and lemma in PLEA_VERBS:
        return True
    return token.dep_ == "nsubjpass" and lemma in CHARGE_VERBS
