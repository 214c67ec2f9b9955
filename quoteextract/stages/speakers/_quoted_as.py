"""Words a writer or outlet passes on: "Y quoted X as saying ...", "X was quoted by Y as saying ...".

The subject of "quoted" (or the agent of the passive) is the one who relays the
words, not their speaker: in "The agency quoted the minister, Ana Ruiz, as
saying that ...", the speaker is the object, Ana Ruiz; in "Ana Ruiz was quoted
by the Courier as saying ...", it is the passive subject. The relay stays the
next link of the source chain (the sources stage's ``reported_by``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from ._documents import source_group
from ._groups import Group

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._speaker_rules import Outcome, SpeakerSite

NAME = "speaker.quoted_as"
ORDER = 55

QUOTING_LEMMAS = frozenset({"quote"})
"""Lemmas of verbs that relay someone's words through an "as saying" complement."""

AS_VERBS = frozenset({"saying", "telling", "writing", "stating", "describing", "calling"})
"""Gerunds after "as" that say how the relayed person put it ("as saying", "as telling reporters")."""


def _quoting_verb(token: Token) -> Token | None:
    """The verb "quoted" whose subject or passive agent ``token`` is, when it has an "as saying" complement."""
    if token.dep_ == "appos":
        token = token.head  # "The state news agency, Valpress, quoted ..."
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head
    elif token.dep_ != "nsubj":
        return None
    if verb.lemma_.lower() not in QUOTING_LEMMAS and verb.lower_ != "quoted":
        return None
    as_saying = any(
        c.lower_ == "as" and any(g.lower_ in AS_VERBS for g in c.children) for c in verb.children if c.dep_ == "prep"
    )
    return verb if as_saying else None


def _relayed_person(verb: Token, relay: Token) -> Token | None:
    """Whose words "quoted" passes on: its object ("quoted X as saying"), or its passive subject."""
    deps = {"nsubjpass"} if relay.dep_ == "pobj" else {"dobj"}
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)


def _keep_relay(site: SpeakerSite) -> None:
    """Resolve the relay's own mention as the later rules would ("the agency": the outlet named before).

    The speaker is someone else, but the relay stays a mention of its own entity, so the source chain
    can name it as the next link.
    """
    speaker = site.speaker
    for found in site.reader.speaker_rules:
        if found.order <= ORDER or found.name == NAME:
            continue
        outcome = found.func(site)
        if isinstance(outcome, Group):
            if (speaker.start, speaker.end) not in outcome.mentions:
                site.reader.add_mention(outcome, speaker.start, speaker.end)
            return
        if outcome is not None:
            return


@rule(NAME, stage="speakers", order=ORDER)
def quoted_as_speaker(site: SpeakerSite) -> Outcome:
    """The one who relays ("Y quoted X as saying", "X was quoted by Y as saying"): the speaker is X, not Y."""
    verb = _quoting_verb(site.root)
    if verb is None:
        return None
    person = _relayed_person(verb, site.root)
    if person is None or person.lower_ in {"it", "this", "that"}:
        return None
    _keep_relay(site)
    return source_group(site.reader, person)
