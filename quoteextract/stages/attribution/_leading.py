"""Attributions before the opening mark: "She said, “...", "He added: “...", "Smith: “...".

The registered rules of stage ``"quotes"`` with orders 200–299. All four
read one analysis of the words before the mark (:func:`_before`), worked
out once per pairing: the cues there, and a verb right before the mark.
Which rule reports it depends on the words' last character (a colon gives
``quote.colon``/``quote.colon_verb``) and on whether the verb is in the
lexicon (``quote.leading`` when it is, ``quote.leading_verb`` when not).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..._model import Mention, Span
from ...lang.en.syntax import VERB_POS
from ...rules import rule
from ._context import Setting, word_count
from ._cues import CueInfo
from ._quotes import BEFORE, CONFIDENCE, Attribution, Look, cues_between, from_cue, run_band, verb_attribution
from ._verbs import gives_a_name

if TYPE_CHECKING:
    from spacy.tokens import Token

SPACED_DASHES = (" - ", " — ", " – ", " -- ")
"""Dashes that separate a heading from the name introducing a quotation."""

MAX_BARE_NAME_WORDS = 6
"""Longest bare name before a colon ("Senator Jane Smith: “...")."""

NARRATION_OPENERS: frozenset[str] = frozenset({"CCONJ", "SCONJ", "ADV", "ADP", "PART", "INTJ"})
"""Parts of speech of a first word that opens narration, not a bare name, before a colon ("And then, at the door:")."""

PRESENTING_WORDS: frozenset[str] = frozenset({"here", "there"})
"""Adverbs that present a speaker before a colon ("Here's Ostrova in 1992:"): a name follows, not narration."""

MAX_FROM_LEAD = 2
"""Most words before "from" in a sourcing line before a colon ("More from the report:")."""


@attrs.frozen
class _Before:
    """What the rules before the opening mark share, worked out once per pairing.

    Args:
        base: ``quote.colon`` when the words end with a colon, else ``quote.leading``.
        pre: The words before the mark (after a heading's dash, for a colon).
        cues: The cues among them.
        verb: The attribution by a verb right before the mark, if any.

    """

    base: str
    pre: Span
    cues: list[CueInfo]
    verb: Attribution | None

    @property
    def verb_first(self) -> bool:
        """Whether the verb right before the mark comes after every cue ("Hillary shot back, “...")."""
        verb = self.verb
        if verb is None or verb.cue is None:
            return False
        return not self.cues or self.cues[-1].token.idx < verb.cue.start

    @property
    def verb_known(self) -> bool:
        """Whether that verb is itself one of the cues."""
        verb = self.verb
        return verb is not None and verb.cue is not None and any(c.token.idx == verb.cue.start for c in self.cues)


def _before(look: Look) -> _Before | None:
    """The words before the opening mark, analysed (cached on ``look``); ``None`` when there are none."""
    if "before" in look.memo:
        found: _Before | None = look.memo["before"]
        return found
    pre = look.setting.pre
    stripped = pre.text.rstrip()
    if not stripped:
        found = None
    else:
        base = "quote.colon" if stripped.endswith(":") else "quote.leading"
        if base == "quote.colon":
            pre = _after_dash(look.text, pre)
        cues = cues_between(look.scene, pre.start, pre.end)
        found = _Before(base, pre, cues, verb_attribution(look, pre, f"{base}_verb"))
    look.memo["before"] = found
    return found


def leading(look: Look) -> Attribution | None:
    """The attribution before the opening mark, in the same sentence (the active rules of orders 200–299).

    Args:
        look: The pairing.

    Returns:
        The attribution (the cue nearest the mark), or ``None``.

    """
    return run_band(look, BEFORE)


def _by_cue(look: Look, before: _Before) -> Attribution | None:
    """The nearest cue before the mark with a speaker (else the nearest cue), reported as the base rule."""
    if before.verb_first:
        assert before.verb is not None
        return attrs.evolve(before.verb, rule=before.base) if before.verb_known else None
    for cue in reversed(before.cues):
        attribution = from_cue(look, cue, before.base, before.pre.end)
        if attribution.speaker is not None:
            return attribution
    if before.cues:
        return from_cue(look, before.cues[-1], before.base, before.pre.end)
    return None


def _by_verb(before: _Before) -> Attribution | None:
    """The verb right before the mark when it is in no lexicon and no cue is nearer (or none at all)."""
    if before.verb_first:
        return None if before.verb_known else before.verb
    return before.verb if not before.cues else None


@rule("quote.leading", stage="quotes", order=210, confidence=CONFIDENCE["quote.leading"])
def leading_cue(look: Look) -> Attribution | None:
    """A cue with its speaker before the opening mark ("Mayor Ortiz said, “...")."""
    before = _before(look)
    return _by_cue(look, before) if before is not None and before.base == "quote.leading" else None


@rule("quote.colon", stage="quotes", order=220, confidence=CONFIDENCE["quote.colon"])
def colon(look: Look) -> Attribution | None:
    """A cue and speaker, or a bare name, before a colon and the opening mark ("He added: “...", "Smith: “...").

    Not a cue that gives a name ("They gave it a name: “...”"): the quoted words are a nickname.
    """
    before = _before(look)
    if before is None or before.base != "quote.colon":
        return None
    found = naming_aside(look, _by_cue(look, before))
    if found is not None or before.verb_first or before.cues or before.verb is not None:
        return found
    stripped = before.pre.text.rstrip()
    if word_count(stripped) <= MAX_BARE_NAME_WORDS:
        return _bare_name(look, before.pre)
    return None


@rule("quote.leading_verb", stage="quotes", order=230, confidence=CONFIDENCE["quote.leading_verb"])
def leading_verb(look: Look) -> Attribution | None:
    """A verb no lexicon lists, with its speaker, right before the opening mark ("Hillary shot back, “...")."""
    before = _before(look)
    return _by_verb(before) if before is not None and before.base == "quote.leading" else None


@rule("quote.colon_verb", stage="quotes", order=240, confidence=CONFIDENCE["quote.colon_verb"])
def colon_verb(look: Look) -> Attribution | None:
    """A verb no lexicon lists, with its speaker, before a colon and the opening mark ("..., then boomed: “...").

    Not a verb that gives a name ("Locals gave the bird a name: “Big Len”"): the quoted words are a nickname.
    """
    before = _before(look)
    return naming_aside(look, _by_verb(before) if before is not None and before.base == "quote.colon" else None)


def naming_aside(look: Look, found: Attribution | None) -> Attribution | None:
    """``found``, unless its cue is a verb that gives a name (see :func:`._verbs.gives_a_name`)."""
    if found is None or found.cue is None:
        return found
    verb = look.scene.tokens_in(found.cue.start, found.cue.end)
    return None if verb and gives_a_name(verb[0]) else found


def _after_dash(text: str, pre: Span) -> Span:
    """The words after the last spaced dash ("HEADLINE - Jane Smith:" gives "Jane Smith:")."""
    cut = max(pre.text.rfind(d) for d in SPACED_DASHES)
    if cut < 0:
        return pre
    start = pre.start + cut
    while start < pre.end and not text[start].isalnum():
        start += 1
    return Span.of(text, start, pre.end) if start < pre.end else pre


def _bare_name(look: Look, pre: Span) -> Attribution | None:
    """A bare name before a colon ("Smith: “...", "Here's Ostrova in 1992:", "From the report:" gives "the report").

    A line the writer's narration opens ("And then, at the door:", "Then,
    the laugh line:": a conjunction or an adverb first) names no speaker.
    """
    colon_at = pre.start + len(pre.text.rstrip()) - 1
    tokens = [t for t in look.scene.tokens_in(pre.start, colon_at) if not t.is_space]
    if not tokens or not any(t.pos_ in ("PROPN", "PRON") or t.is_title for t in tokens):
        return None
    source = _source_after_from(tokens)
    if source is not None:
        tokens = source
    elif _narration(tokens[0]):
        return None  # "And then, at the door: “...”": the writer's narration, not a name
    if any(t.pos_ in VERB_POS for t in tokens):
        return None
    start, last = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = look.text
    return Attribution(
        rule="quote.colon",
        cue=Span.of(text, colon_at, colon_at + 1),
        speaker=Mention(start, last, text[start:last]),
        end=pre.end,
    )


def _source_after_from(tokens: list[Token]) -> list[Token] | None:
    """The words after "from" opening a sourcing line ("From the report:", "More from Bush's post:"), else ``None``."""
    for k, token in enumerate(tokens[: MAX_FROM_LEAD + 1]):
        if token.lower_ == "from" and k + 1 < len(tokens):
            return tokens[k + 1 :]
    return None


def _narration(first: Token) -> bool:
    """Whether a line before a colon opening with ``first`` is the writer's narration ("And then, ...", "Then, ...")."""
    return first.pos_ in NARRATION_OPENERS and first.lower_ not in PRESENTING_WORDS


def with_pre(look: Look, pre: Span) -> Look:
    """The same pairing read with other words before it (an introduction in the previous sentence)."""
    setting: Setting = attrs.evolve(look.setting, pre=pre)
    return Look(look.scene, setting, look.previous, look.quoted)
