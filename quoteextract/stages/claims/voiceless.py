"""Claims that report nothing, whoever the parse says is speaking: registered rules of stage ``"claim_filters"``.

- ``claim_filter.bare_relative``: a passive cue in a relative clause with
  nothing after it ("a man *who has not been named*", "the driver, *who was
  not identified*, ...") says who the person is, or is not; the clause holds
  only the relative pronoun and the cue's verb group, so there is no content.
- ``claim_filter.no_voice``: a cue whose subject is an instrument, a map, a
  timetable, a recipe or a machine's voice uses the word in a sense that reports no one's view
  ("the gauge indicated ...", "the map shows a path", "the recipe calls for
  two eggs", "the sat-nav told him to turn left", "an automated message told
  callers that ..."), and "according to" such a thing states a fact, not a source's
  words ("according to the timetable, the last bus leaves at 11.40 p.m.").
  Documents, polls, figures, photos and recordings stay sources: PolNeAR
  annotates what they show or suggest as evidence.
- ``claim_filter.tells_you``: "tells you" or "tells us" after a thing or a
  fact ("the view, *which tells you* why the rent is so high", "*it tells us*
  what matters") is the writer's inference, not a report: the generic
  "you" or "us" is the reader, and "which", "it", "this" or "that" is no
  one who speaks. A person who tells you ("*she* told us that ...") stays.

See :mod:`.filters` for the filter protocol (``True`` drops the candidate).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from ._tokens import words_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})
"""Relative pronouns that may be the subject of a passive cue ("who was not named")."""

VERB_GROUP_DEPS: frozenset[str] = frozenset({"aux", "auxpass", "neg", "advmod", "nsubjpass"})
"""Dependents of the cue that belong to its verb group or are its relative subject."""

VOICELESS_NOUNS: frozenset[str] = frozenset(
    {
        "gauge", "meter", "thermometer", "barometer", "speedometer", "odometer", "altimeter", "dial", "clock",
        "stopwatch", "compass", "dipstick", "map", "recipe", "dish", "timetable", "menu",
        "satnav", "sat-nav", "nav", "alarm", "display", "thermostat", "sensor", "detector",
    }
)  # fmt: skip
"""Sources that hold no view: instruments read off, maps, timetables, recipes, and machines that speak or show
("the gauge indicated", "the recipe calls for", "according to the timetable", "the sat-nav told him to turn
left", "the camera's display told drivers ...")."""

MACHINE_MODIFIERS: frozenset[str] = frozenset(
    {"automated", "automatic", "recorded", "pre-recorded", "prerecorded", "robotic", "computerised", "computerized"}
)
"""Modifiers that make a voice or message a machine's ("an automated message told callers that ...")."""

SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "csubj"})
"""The relations of a cue's subject."""

TELL_LEMMAS: frozenset[str] = frozenset({"tell"})
"""Verbs of telling that a fact can do to the reader ("which tells you why")."""

READERS: frozenset[str] = frozenset({"you", "us"})
"""Generic addressees: the reader, or everyone."""

THING_PRONOUNS: frozenset[str] = frozenset({"it", "this", "that", "which", "what"})
"""Subjects that point to a thing or a fact, not a person."""

ADDRESSEE_DEPS: frozenset[str] = frozenset({"dobj", "dative", "iobj"})
"""Relations of the one told."""


@rule("claim_filter.bare_relative", stage="claim_filters", order=970)
def bare_relative(candidate: Candidate) -> bool:
    """Drops a relative clause that is only a passive cue ("a man who has not been named"): nothing reported."""
    info = candidate.info
    if info is None or info.word is None:
        return False
    cue = info.token
    if cue.dep_ != "relcl" or not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    if any(c.dep_ == "agent" for c in cue.children):
        return False  # "who has been endorsed by the unions": the unions' stance on the one endorsed
    words = words_of(candidate.tokens)
    for token in words:
        if token.i == cue.i:
            continue
        if token.head.i != cue.i or token.dep_ not in VERB_GROUP_DEPS:
            return False
        if token.dep_ == "nsubjpass" and token.lower_ not in RELATIVE_PRONOUNS:
            return False
    return True


@rule("claim_filter.no_voice", stage="claim_filters", order=975)
def no_voice(candidate: Candidate) -> bool:
    """Drops a cue whose source is an instrument, a map, a timetable or a recipe ("the gauge indicated")."""
    info = candidate.info
    if info is None:
        return False
    if info.phrase is not None:
        if info.phrase.kind != "source_object":
            return False
        source = next((c for c in info.span[-1].children if c.dep_ == "pobj"), None)  # "according to the map"
    elif info.word is not None and info.word.pos == "verb":
        source = next((c for c in info.token.children if c.dep_ in SUBJECT_DEPS), None)
    else:
        return False
    return source is not None and source.pos_ in ("NOUN", "PROPN") and _voiceless(source)


def _voiceless(source: Token) -> bool:
    """Whether a source noun holds no view: a voiceless thing, or a voice or message a machine gives.

    "the sat-nav" (whose "nav" the parse may tag as a proper noun), "an automated message".
    """
    if source.lemma_.lower() in VOICELESS_NOUNS:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in MACHINE_MODIFIERS for c in source.children)


@rule("claim_filter.tells_you", stage="claim_filters", order=980)
def tells_you(candidate: Candidate) -> bool:
    """Drops "which tells you ..." and "it tells us ...": a fact pointed out to the reader, not a report."""
    info = candidate.info
    if info is None or info.word is None or info.token.lemma_.lower() not in TELL_LEMMAS:
        return False
    verb = info.token
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in THING_PRONOUNS:
        return False
    return any(c.dep_ in ADDRESSEE_DEPS and c.lower_ in READERS for c in verb.children)


__all__ = ["bare_relative", "no_voice", "tells_you"]
