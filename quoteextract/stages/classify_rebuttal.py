"""Classify rules for rebuttals, dismissals and rumours.

The cue lexicon lists the verbs of rebuttal ("reject", "refute", "rebut", "dismiss",
"push back", "hit back") as stances, because most of their objects are things: "Voters
rejected her candidate", "The board pushed back the deadline", "The head teacher
dismissed the class". A speaker who rebuts a *claim* says something, and a speech-only
reader counts it:

- a rebuttal of a claim noun that carries its clause: "The health secretary *rejected
  the claim that* waiting lists had grown", "Okafor *pushed back on suggestions that*
  the stadium would be sold", "The bank *dismissed concerns that* the merger would cost
  jobs", "Arslan *rebutted accusations that* ...": ``speech``
  (``classify.class.rebuttal``), polarity ``denied`` (``classify.polarity.rebutted``:
  the speaker says the claim is false, as with "denied charges that");
- a rebuttal noun with its speaker: "The water company's *rebuttal* of the regulator's
  report", "a *refutation* by the ministry of ...": ``speech``, denied (the lexicon lists
  the nouns as stances: "the rebuttal of the theory took decades" names no speaker);
- a dismissal "as" something: "The prime minister *dismissed the report as* “a work of
  fiction”", "Union leaders *dismissed the pay offer as an insult*": ``speech`` whose
  content ``X as Y`` is a predication the speaker makes, so a ``clause``
  (``classify.content.as_predicate``), asserted.

A thing that rejects or dismisses (a court dismissing a case, a committee rejecting an
application) has no claim noun with a clause nor an "as": the lexicon's stance stays.

A rumour has no voice: "*Rumours that* the factory would close swept the town", "There
has been *speculation that* ...", "*Whispers that* the coach had lost the dressing
room", "*Gossip that* ..." report what circulates, not what anyone said. A rumour noun
with no speaker of its own is class ``rumour`` (``classify.class.rumour``), which the
``speech`` scope drops; "her speculation that ...", "talk by the minister of ..." keep
the lexicon's class.

.. versionadded:: 0.5.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.syntax import SUBJECT_DEPS, is_verb
from ..rules import rule
from .classify_acts import active_subject, is_speaker
from .classify_spoken import _speaker_of_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

REBUTTAL_LEMMAS: frozenset[str] = frozenset(
    {"reject", "refute", "rebut", "dispute", "contest", "dismiss", "repudiate", "deny"}
)
"""Verbs that rebut what their object says ("rejected the claim that ...", "dismissed concerns that ...")."""

BACK_LEMMAS: frozenset[str] = frozenset({"push", "hit", "fire", "strike"})
"""Verbs that rebut with "back" and a preposition ("pushed back on", "hit back at", "fired back at")."""

AWAY_LEMMAS: dict[str, frozenset[str]] = {
    "brush": frozenset({"aside", "off"}),
    "wave": frozenset({"away", "off", "aside"}),
    "swat": frozenset({"away", "aside"}),
    "laugh": frozenset({"off"}),
    "shrug": frozenset({"off"}),
}
"""Verbs that dismiss with a particle ("brushed aside", "waved away", "laughed off")."""

REBUTTAL_NOUNS: frozenset[str] = frozenset({"rebuttal", "refutation"})
"""Nouns of a rebuttal, speech when their speaker is named ("the company's *rebuttal* of the report")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"acl", "ccomp"})
"""Relations of a content clause to the noun that carries it ("the claim *that ...*")."""

AS_DEPS: frozenset[str] = frozenset({"prep", "mark", "advmod"})
"""Relations of the "as" of a dismissal ("dismissed the report *as* fiction")."""

RUMOUR_NOUNS: frozenset[str] = frozenset(
    {"rumour", "rumor", "speculation", "whisper", "gossip", "chatter", "buzz", "hearsay"}
)
"""Nouns of what circulates with no voice ("*rumours* that the factory would close")."""


def rebuttal_verb(token: Token) -> bool:
    """Whether ``token`` is a verb of rebuttal: "reject", "dismiss", "pushed back", "brushed aside", ...

    Args:
        token: The cue word.

    Returns:
        True for "rejected", "refuted", "dismissed", "pushed/hit back", "brushed aside",
        "waved away", "laughed off"; False for "pushed" alone ("pushed the bill") and other verbs.

    """
    if not is_verb(token):
        return False
    lemma = token.lemma_.lower()
    words = {c.lower_ for c in token.children if c.dep_ in {"advmod", "prt", "advcl", "dobj"}}
    if lemma in REBUTTAL_LEMMAS:
        return True
    if lemma in BACK_LEMMAS:
        return "back" in words
    return bool(words & AWAY_LEMMAS.get(lemma, frozenset()))


def _claim_noun(target: Target) -> bool:
    """Whether the content is a noun that carries its own "that" clause ("the claim that ...")."""
    span = target.content
    if span is None or not len(span):
        return False
    root = span.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(
        c.dep_ in CLAUSE_DEPS and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in root.children
    )


def _as_predicate(target: Target) -> bool:
    """Whether the content is "X as Y": an object and what the speaker calls it ("the report as fiction")."""
    span = target.content
    token = target.cue_token
    if span is None or token is None or len(span) < 3:
        return False
    inside = range(span.start, span.end)
    return any(
        t.lower_ == "as" and t.dep_ in AS_DEPS and t.i > span.start and (t.head.i == token.i or t.head.i in inside)
        for t in span
    )


def _speaker_rebuts(target: Target) -> bool:
    """Whether a speaker performs the cue's rebuttal."""
    token = target.cue_token
    return token is not None and rebuttal_verb(token) and is_speaker(active_subject(token))


def _rebuttal_noun(token: Token | None) -> bool:
    """Whether ``token`` is a rebuttal with its speaker ("the firm's rebuttal of ...", "a rebuttal by the firm")."""
    if token is None or token.pos_ != "NOUN" or token.lemma_.lower() not in REBUTTAL_NOUNS:
        return False
    return _speaker_of_noun(token)


@rule("classify.class.rebuttal", stage="classify", order=9)
def class_rebuttal(target: Target) -> Answer:
    """A speaker's rebuttal of a claim ("rejected the claim that ...", "dismissed X as Y") is ``speech``."""
    if target.quote.kind == "direct":
        return None
    if _rebuttal_noun(target.cue_token):
        return "cue_class", "speech"
    if not _speaker_rebuts(target):
        return None
    return ("cue_class", "speech") if _claim_noun(target) or _as_predicate(target) else None


@rule("classify.content.as_predicate", stage="classify", order=115)
def content_as_predicate(target: Target) -> Answer:
    """The content of a speaker's "dismissed X as Y" is a predication: a ``clause``."""
    if target.quote.kind != "indirect" or not _speaker_rebuts(target):
        return None
    return ("content_type", "clause") if _as_predicate(target) else None


@rule("classify.polarity.rebutted", stage="classify", order=209)
def polarity_rebutted(target: Target) -> Answer:
    """A speaker's rebuttal of a claim noun ("pushed back on suggestions that ...") is ``denied``."""
    if target.quote.kind == "direct" or not _speaker_rebuts(target) or not _claim_noun(target):
        return None
    token = target.cue_token
    if token is not None and any(c.dep_ == "neg" for c in token.children):
        return None  # "did not reject the claim that ...": left to the negation rules
    return "polarity", "denied"


def _rumour_noun(token: Token) -> bool:
    """Whether ``token`` is a rumour noun, also when the parser took a plural opening a sentence for a verb.

    "Whispers that the coach had lost the dressing room grew louder": "Whispers" parsed as a
    verb with no subject.
    """
    lemma = token.lemma_.lower()
    if token.pos_ in {"NOUN", "PROPN"}:
        return lemma in RUMOUR_NOUNS or (lemma.endswith("s") and lemma[:-1] in RUMOUR_NOUNS)
    lower = token.lower_
    opening = is_verb(token) and bool(token.is_sent_start) and not any(c.dep_ in SUBJECT_DEPS for c in token.children)
    return opening and lower.endswith("s") and lower[:-1] in RUMOUR_NOUNS


@rule("classify.class.rumour", stage="classify", order=3)
def class_rumour(target: Target) -> Answer:
    """A rumour with no speaker of its own ("Rumours that the factory would close ...") is class ``rumour``."""
    token = target.cue_token
    if token is None or not _rumour_noun(token):
        return None
    return None if _speaker_of_noun(token) else ("cue_class", "rumour")
