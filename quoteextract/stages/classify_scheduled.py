"""Classify rule for speech announced ahead of a set occasion: prepared remarks.

News previews a speech whose text has been released or briefed: "The chancellor
*will tell* the party conference on Monday that ...", "She *is due to say* in a
lecture tonight that ...", "In a speech this afternoon, the minister *will say*
that ...", "He *is set to warn* ..., according to excerpts released overnight".
The words exist and are reported, so a speech-only reader counts them, like a
quotation under "will" (``classify.polarity.forecast`` already keeps those).

``classify.polarity.scheduled`` answers ``asserted`` before the forecast rules
when the cue is under "will"/"shall" or "is due/set/scheduled/slated to" and the
sentence names the occasion or the released text: a preposition on the cue with an
occasion noun ("in a speech", "at Tuesday's meeting", "in his sermon"), an occasion
addressed ("will tell *the conference*", "will tell *the hearing*"), or "according
to" released words ("excerpts", "extracts", "remarks", "a copy of his speech").

A guess stays a forecast: "is expected to announce", "is likely to say", "could
mention", "may claim", and "will announce that fares will rise" with no occasion.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.syntax import is_verb
from ..rules import rule
from .classify import _outside
from .classify_acts import SPEECH_ACT_LEMMAS, active_subject, is_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .attribution._cues import CueInfo
    from .classify import Answer, Target

SCHEDULE_FRAMES: frozenset[str] = frozenset({"due", "set", "scheduled", "slated"})
"""Words whose infinitive is speech fixed in a timetable ("is *due* to say", "is *set* to warn")."""

SCHEDULE_MODALS: frozenset[str] = frozenset({"will", "shall", "'ll", "wo"})
"""Modals of a plain future ("*will* tell the conference that ...")."""

OCCASIONS: frozenset[str] = frozenset(
    {
        "speech", "address", "lecture", "sermon", "keynote", "remarks", "statement", "testimony",
        "conference", "convention", "congress", "hearing", "meeting", "summit", "rally", "debate",
        "briefing", "session", "assembly", "gathering", "dinner", "ceremony", "broadcast", "interview",
        "launch", "event", "forum",
    }
)  # fmt: skip
"""Occasions of a scheduled speech ("in a *speech*", "at the *summit*", "will tell the *conference*")."""

RELEASED_TEXTS: frozenset[str] = frozenset(
    {"excerpt", "extract", "remark", "text", "copy", "transcript", "preview", "draft", "advance", "briefing"}
)
"""What "according to" names when the words have been released ("according to *excerpts*")."""

OCCASION_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "during", "to", "before", "on"})
"""Prepositions that place a speech on its occasion ("*in* a lecture", "*at* the meeting")."""


def _speech_verb(token: Token, info: CueInfo | None) -> bool:
    """Whether the cue is a speech verb, or a speech act its speaker performs ("will *propose* that ...")."""
    if info is None or info.word is None:
        return False
    if info.word.cls == "speech":
        return True
    return token.lemma_.lower() in SPEECH_ACT_LEMMAS and is_speaker(active_subject(token))


def _scheduled(token: Token) -> Token | None:
    """The verb that carries the schedule: the cue under "will", or the frame of "is due to tell"."""
    if token.dep_ == "xcomp" and token.head.lower_ in SCHEDULE_FRAMES:
        return token.head
    if any(c.dep_ == "aux" and c.lower_ in SCHEDULE_MODALS for c in token.children):
        return token
    return None


def _occasion(word: Token) -> bool:
    """Whether ``word`` names an occasion of speech, or a released text ("excerpts", "a copy of his speech")."""
    lemma = word.lemma_.lower()
    if lemma in OCCASIONS:
        return True
    if lemma in RELEASED_TEXTS:
        return True
    return any(c.dep_ == "prep" and any(g.lemma_.lower() in OCCASIONS for g in c.children) for c in word.children)


def _names_occasion(verb: Token, target: Target) -> bool:
    """Whether a dependent of ``verb`` outside the reported words names the occasion or the released text."""
    for child in _outside(verb, target.quote):
        if child.dep_ in {"dobj", "dative"} and child.lemma_.lower() in OCCASIONS:
            return True  # "will tell the conference that ..."
        if child.dep_ == "prep" and child.lower_ in OCCASION_PREPOSITIONS | {"according"}:
            if any(g.dep_ == "pobj" and _occasion(g) for g in child.subtree):
                return True  # "in a speech", "at Tuesday's meeting", "according to excerpts"
    return False


@rule("classify.polarity.scheduled", stage="classify", order=235)
def polarity_scheduled(target: Target) -> Answer:
    """Speech set for a named occasion ("will tell the conference on Monday that ...") is ``asserted``.

    The words were released or briefed (prepared remarks), so they are reported speech,
    not a forecast. Without an occasion ("will announce that ...") the forecast rules decide.
    """
    token, info = target.cue_token, target.cue_info
    if token is None or not is_verb(token) or target.quote.kind == "direct":
        return None
    if not _speech_verb(token, info):
        return None  # "he'll have enough votes at the convention to ...": no speech verb
    frame = _scheduled(token)
    if frame is None:
        return None
    verbs = {token, frame, frame.head if frame.dep_ in {"ccomp", "conj"} else frame}
    root = token.sent.root
    if any(_names_occasion(verb, target) for verb in (*verbs, root)):
        return "polarity", "asserted"
    return None
