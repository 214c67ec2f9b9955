"""Sense checks of perception, stance and intention cues: a cue word in a sense that reports no view.

Registered rules of stage ``"claim_filters"`` (see :mod:`.filters`); each
returns ``True`` to drop a candidate claim.

- ``claim_filter.seen_thing``: "see" with a plain object is perception or
  experience ("saw the crash", "has seen a rise in donations", "you can see
  the scope of the problem"), not a view; "see X as Y" ("voters see her as
  the stronger candidate") is a belief and is kept, and so is "see that ..."
  (a clause, not an object), and so is an object that names a view ("see
  little chance of a deal", "sees parallels with 1968"). On PolNeAR train,
  the claims this drops were 12 attributions in 52 (0.23).

- ``claim_filter.permission``: "allow", "permit", "let" and "enable" with
  an object and an infinitive ("the guard allowed the trunk to be opened",
  "the new rules allow dogs to enter the park") grant or make possible; they
  report no view of the subject's. "allowed that some were right" (a
  concession, said) is kept. Off by default (``Extractor(enable=[...])``):
  PolNeAR annotates many permissions (on train these claims were 24
  attributions in 56, 0.43, above the F1/2 a filter must stay under to
  raise F1), so it trades attribution-scope recall for precision. The
  ``speech`` scope drops permissions anyway (their class is ``stance``).
- ``claim_filter.focused_state``: "focused on" as a state ("the firm is
  focused on exports", "an ad focused on immigration") describes, it does
  not report a stance; "she focused on the economy in her speech" (active)
  is kept, and so is the perfect "has focused on". On PolNeAR train the
  dropped claims were 5 attributions in 16 (0.31).

- ``claim_filter.claimed_prize``: "claim" with an object that is taken, not
  asserted: a toll ("the fire *claimed the lives* of three horses", "the
  flood claimed two victims") or a prize ("claimed the title", "claimed
  three wickets", "claimed gold"). "claimed victory", "claimed credit" and
  "claimed responsibility" are kept: PolNeAR annotates them as claims.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.senses import PERMISSION_LEMMAS
from ...rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

PERCEPTION_LEMMAS: frozenset[str] = frozenset({"see"})
"""Verbs of seeing whose plain object is a thing or an event, not a view."""

OBJECT_FRAME = "claim.dobj"
"""The frame that reports a verb's object as its content."""

PREDICATE_DEPS: frozenset[str] = frozenset({"oprd", "ccomp", "xcomp", "acomp"})
"""Dependents that make an object the subject of a view ("see the plan failing", "saw it coming")."""

VIEW_NOUNS: frozenset[str] = frozenset(
    {
        "chance", "risk", "reason", "need", "opportunity", "opening", "parallel", "benefit", "threat", "danger",
        "hope", "problem", "future", "path", "way", "role", "value", "merit", "advantage", "potential",
        "possibility", "prospect", "likelihood", "promise", "point", "difference", "link", "connection", "culprit",
        "advance", "progress", "lesson", "pattern", "trend", "upside", "downside", "cause", "solution",
        "alternative", "truth", "evidence", "sign", "hypocrisy", "irony", "contradiction", "bias", "flaw",
        "weakness", "strength", "logic", "sense", "case", "room", "hurdle", "obstacle", "scenario",
    }
)  # fmt: skip
"""Objects that make seeing a view ("analysts see little chance of a cut", "she sees parallels with 1968")."""

AS_WORDS: frozenset[str] = frozenset({"as"})
"""The word that turns seeing into judging ("sees the deal as a mistake")."""


@rule("claim_filter.seen_thing", stage="claim_filters", order=940)
def seen_thing(candidate: Candidate) -> bool:
    """Drops "see" with a plain object ("saw the crash", "has seen a rise"): perception, not a view."""
    info = candidate.info
    if info is None or info.word is None or candidate.rule != OBJECT_FRAME:
        return False
    verb = info.token
    if verb.lemma_.lower() not in PERCEPTION_LEMMAS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() not in VIEW_NOUNS and not judged(verb, obj)


def judged(verb: Token, obj: Token) -> bool:
    """Whether seeing an object is judging it ("see her as the favourite", "saw the plan failing").

    Args:
        verb: The verb of seeing.
        obj: Its direct object.

    Returns:
        True when the verb or its object has an "as" phrase or a predicate
        of its own.

    """
    for token in (verb, obj):
        for child in token.children:
            if child.lower_ in AS_WORDS or child.dep_ in PREDICATE_DEPS:
                return True
    return False


THAT_WORDS: frozenset[str] = frozenset({"that"})
"""The mark of a conceded clause after a permission verb ("allowed that some were right")."""

FOCUS_LEMMA = "focus"
"""The verb whose participle names a state ("is focused on", "a firm focused on")."""

PARTICIPLE_TAGS: frozenset[str] = frozenset({"VBN"})
"""Tags of a past participle."""

PERFECT_AUX = "have"
"""The auxiliary of a perfect tense: "has focused on" is an act, not a state."""


@rule("claim_filter.permission", stage="claim_filters", order=952, default=False)
def permission(candidate: Candidate) -> bool:
    """Drops "allowed X to Y" ("the rules allow dogs to enter"): a permission, not a view ("allowed that" stays)."""
    info = candidate.info
    if info is None or info.word is None or not candidate.tokens:
        return False
    verb = info.token
    if verb.lemma_.lower() not in PERMISSION_LEMMAS:
        return False
    first = candidate.tokens[0]
    opener = first.doc[first.i - 1] if first.i > 0 else first
    return first.lower_ not in THAT_WORDS and opener.lower_ not in THAT_WORDS


@rule("claim_filter.focused_state", stage="claim_filters", order=965)
def focused_state(candidate: Candidate) -> bool:
    """Drops "focused on" as a state ("the firm is focused on exports", "an ad focused on jobs"): no stance."""
    info = candidate.info
    if info is None or info.word is None:
        return False
    verb = info.token
    if verb.lemma_.lower() != FOCUS_LEMMA or verb.tag_ not in PARTICIPLE_TAGS:
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() == PERFECT_AUX for c in verb.children)  # "has focused on"


__all__ = ["focused_state", "judged", "permission", "seen_thing"]


CLAIM_LEMMAS: frozenset[str] = frozenset({"claim"})
"""The verb whose object may be a thing taken ("claimed the lives of", "claimed the title")."""

TAKEN_NOUNS: frozenset[str] = frozenset(
    {
        "life", "lives", "victim", "title", "crown", "medal", "gold", "silver", "bronze", "wicket", "trophy",
        "cup", "scalp", "pole", "prize", "jackpot", "championship", "belt", "jersey", "stage",
    }
)  # fmt: skip
"""Objects "claim" takes as a toll or a prize, not as a statement."""


@rule("claim_filter.claimed_prize", stage="claim_filters", order=941)
def claimed_prize(candidate: Candidate) -> bool:
    """Drops "claim" with a toll or a prize as object ("the fire claimed the lives of", "claimed the title")."""
    info = candidate.info
    if info is None or info.word is None or candidate.rule != OBJECT_FRAME:
        return False
    verb = info.token
    if verb.lemma_.lower() not in CLAIM_LEMMAS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lemma_.lower() in TAKEN_NOUNS or obj.lower_ in TAKEN_NOUNS)
