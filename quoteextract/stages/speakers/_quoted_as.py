"""Words a writer or outlet passes on: "X was quoted by Y as saying ...", "Y quoted X as saying ...".

The agent of a passive "quoted" (or the subject of an active one) is who relays the words, not their
speaker: in "Ana Ruiz was quoted by the Courier as saying ...", the speaker is the passive subject, Ana
Ruiz (``speaker.quoted_as``); in "The agency quoted the minister, Ana Ruiz, as saying that ...", it is the
object (``speaker.quoted_as_object``). The relay stays a mention of its own entity, the next link of the
source chain.

``speaker.quoted_as_object`` is on by default since session 9: the sources stage reads the relay from the
speaker mention's own entity ([X said, Y reported_by]), and the claim is the clause after "as saying"
(``claim.quoted_as``), not "X as saying that ...".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from ._documents import source_group
from ._groups import Group

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._speaker_rules import Outcome, SpeakerSite

QUOTING_LEMMAS = frozenset({"quote"})
"""Lemmas of verbs that relay someone's words through an "as saying" complement."""

AS_VERBS = frozenset({"saying", "telling", "writing", "stating", "describing", "calling"})
"""Gerunds after "as" that say how the relayed person put it ("as saying", "as telling reporters")."""

OWN_RULES = frozenset({"speaker.quoted_as", "speaker.quoted_as_object"})
"""This module's rules, skipped when the relay's own mention is resolved."""

LAST_ORDER = 56
"""The order of this module's last rule: the relay's mention is resolved by the rules after it."""


def quoting_verb(token: Token) -> Token | None:
    """The verb "quoted" whose subject or passive agent ``token`` is, when it has an "as saying" complement.

    The sources stage asks it too: such a speaker mention names the relay, not the speaker.
    """
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


_quoting_verb = quoting_verb
"""The earlier, private name of :func:`quoting_verb` (tests import it)."""


def _relayed_person(verb: Token, relay: Token) -> Token | None:
    """Whose words "quoted" passes on: its object ("quoted X as saying"), or its passive subject."""
    if relay.dep_ == "appos":
        relay = relay.head
    deps = {"nsubjpass"} if relay.dep_ == "pobj" else {"dobj"}
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ in {"NOUN", "PROPN", "PRON"}), None)


def _keep_relay(site: SpeakerSite) -> None:
    """Resolve the relay's own mention as the later rules would ("the agency": the outlet named before)."""
    speaker = site.speaker
    for found in site.reader.speaker_rules:
        if found.order <= LAST_ORDER or found.name in OWN_RULES:
            continue
        outcome = found.func(site)
        if isinstance(outcome, Group):
            if (speaker.start, speaker.end) not in outcome.mentions:
                site.reader.add_mention(outcome, speaker.start, speaker.end)
            return
        if outcome is not None:
            return


def _relayed(site: SpeakerSite, passive: bool) -> Outcome:
    """The group of the person whose words the relay passes on, if the site is such a relay."""
    verb = quoting_verb(site.root)
    if verb is None or (site.root.dep_ == "pobj") != passive:
        return None
    person = _relayed_person(verb, site.root)
    if person is None or person.lower_ in {"it", "this", "that"}:
        return None
    if person.pos_ == "PRON":
        group = site.reader.pronoun(person, speaker=False)
        if group is None:
            return None  # an unresolved "him": the relay keeps the words rather than a guess
        _keep_relay(site)
        return group
    _keep_relay(site)
    return source_group(site.reader, person)


@rule("speaker.quoted_as", stage="speakers", order=55)
def quoted_as_speaker(site: SpeakerSite) -> Outcome:
    """The agent of "X was quoted by Y as saying" relays X's words: the speaker is X, not Y."""
    return _relayed(site, passive=True)


@rule("speaker.quoted_as_object", stage="speakers", order=LAST_ORDER)
def quoted_as_object_speaker(site: SpeakerSite) -> Outcome:
    """The subject of "Y quoted X as saying" relays X's words: the speaker is X, and Y the relay."""
    return _relayed(site, passive=False)
