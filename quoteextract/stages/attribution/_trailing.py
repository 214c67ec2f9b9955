"""Attributions after the closing mark: "...,” she said.", "...,” said the spokeswoman.", "...” — Commissioner Lee".

The registered rules of stage ``"quotes"`` with orders 100–199. All of them
read one analysis of the words after the marks (:func:`_after`), worked out
once per pairing: a dash and name, the cues there (after a finished quoted
sentence only those opening the words), a speaker and verb opening the words,
and the first cue with a speaker. Each rule reports one of these, so their
order is the priority the old branch order gave.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from ..._model import Mention, Span
from ...lang.en.syntax import RELATIVE_PRONOUNS
from ...rules import rule
from ._context import word_count
from ._mention import any_verb_cue, quote_cue
from ._quotes import (
    AFTER,
    CONFIDENCE,
    SENTENCE_FINAL,
    Attribution,
    Look,
    cues_between,
    from_cue,
    run_band,
    verb_attribution,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._context import Setting

OPENING_ATTRIBUTION_TOKENS = 4
"""How many words after a quotation may hold its speaker and verb ("the senator's aide replied")."""

SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "you"})
"""Pronouns that can open an attribution."""

INVERTED_VERB_TAGS: frozenset[str] = frozenset({"VBD", "VBZ"})
"""Tags of a verb written before its speaker ("beamed Maria Lopez")."""

NEW_SENTENCE_SUBJECTS = frozenset({"He", "She", "They", "It", "We", "I", "You"})
"""Capitalised pronouns that, after a quoted sentence's full stop, open the writer's next sentence."""

NOT_NAME_STARTS: frozenset[str] = frozenset({"that", "which", "this", "these", "those"})
"""Words that, right after a dash, start a clause or a back-reference rather than a name."""

MAX_AFTER_STOP_WORDS = 5
"""Longest attribution (in words) taken after a quotation ending in a full stop, when its verb is in no lexicon."""


class _After:
    """What the rules after the closing mark share, worked out once per pairing and only when asked.

    Args:
        look: The pairing.

    """

    def __init__(self, look: Look) -> None:
        self.look = look
        setting, post = look.setting, look.setting.post
        cues = cues_between(look.scene, post.start, post.end)
        if setting.quote.content.text.rstrip().endswith(SENTENCE_FINAL):
            # The quoted sentence ended: only a cue opening the next words attributes it.
            cues = [c for c in cues if word_count(look.text[post.start : c.token.idx]) < MAX_AFTER_STOP_WORDS]
        self.cues = cues
        self.dash = _dash_speaker(look)

    @functools.cached_property
    def _opening(self) -> tuple[Attribution, int] | None:
        return _opening_attribution(self.look, self.look.setting.post)

    @property
    def opening(self) -> Attribution | None:
        """A speaker and verb opening the words after the marks, as an attribution."""
        return self._opening[0] if self._opening is not None else None

    @functools.cached_property
    def chosen(self) -> Attribution | None:
        """The attribution of the first cue after the marks that has a speaker (else of the last cue)."""
        post = self.look.setting.post
        chosen = None
        for cue in self.cues:
            chosen = from_cue(self.look, cue, "quote.trailing", post.end, lead_in=post.start)
            if chosen.speaker is not None:
                break
        return chosen

    @property
    def dash_first(self) -> bool:
        """Whether a dash and name come before any cue."""
        if self.dash is None:
            return False
        speaker = self.dash.speaker
        return not self.cues or (speaker is not None and speaker.end < self.cues[0].token.idx)

    @property
    def opens(self) -> bool:
        """Whether a speaker and verb open the words after the marks (not the first cue itself)."""
        if self._opening is None:
            return False
        return not self.cues or self.cues[0].token.i != self._opening[1]


def _after(look: Look) -> _After:
    """The analysis of the words after the closing mark (cached on ``look``)."""
    found = look.memo.get("after")
    if not isinstance(found, _After):
        found = look.memo["after"] = _After(look)
    return found


def trailing(look: Look) -> Attribution | None:
    """The attribution after the closing mark, in the same sentence (the active rules of orders 100–199).

    Args:
        look: The pairing.

    Returns:
        The attribution, or ``None``.

    """
    setting = look.setting
    if setting.quote.content.text.rstrip().endswith(SENTENCE_FINAL) and setting.post.text.rstrip().endswith((",", ":")):
        return None  # "“...?” He answered, “...”": the words introduce the next quotation
    return run_band(look, AFTER)


@rule("quote.dash", stage="quotes", order=110, confidence=CONFIDENCE["quote.dash"])
def dash(look: Look) -> Attribution | None:
    """A name after a dash following the closing mark ("...” — Commissioner Lee")."""
    after = _after(look)
    return after.dash if after.dash_first else None


@rule("quote.trailing_verb", stage="quotes", order=120, confidence=CONFIDENCE["quote.trailing_verb"])
def trailing_verb(look: Look) -> Attribution | None:
    """A verb no lexicon lists, with its speaker, in a short attribution after the marks ("...,” the coach barked.")."""
    if _writer_goes_on(look.setting):
        return None
    after = _after(look)
    if after.opens:
        assert after.opening is not None
        return after.opening if after.opening.rule == "quote.trailing_verb" else None
    if after.cues:
        return None
    setting, post = look.setting, look.setting.post
    inverted = _inverted_verb(look, post)
    if inverted is not None:
        return inverted
    if setting.quote.content.text.rstrip().endswith("."):
        if word_count(post.text) > MAX_AFTER_STOP_WORDS:
            return None  # the quoted sentence ended: a long sentence after it is the writer's own
    found = verb_attribution(look, post, "quote.trailing_verb", lead_in=post.start)
    if found is not None and _subject_before(look, found):
        return None  # "The radio spot, “Fix It First,” links ...": the words name the subject, the verb is its own
    return found


def _writer_goes_on(setting: Setting) -> bool:
    """Whether a quoted sentence ended with a full stop and a capitalised pronoun opens the next one.

    "... is dead.” She left." is the writer's next sentence, not an attribution: an
    unlisted verb there ("left", "smiled") reports nothing. So is one set off by a
    dash ("... maigrir.» — They wanted to silence me": a translation).
    """
    words = setting.post.text.lstrip(" \u00a0—–-").split(maxsplit=1)
    return setting.quote.content.text.rstrip().endswith(".") and bool(words) and words[0] in NEW_SENTENCE_SUBJECTS


def _chosen(look: Look, name: str) -> Attribution | None:
    """The attribution of the first cue after the marks with a speaker, if it is reported as ``name``."""
    after = _after(look)
    if after.opens or after.chosen is None or after.chosen.rule != name or _subject_before(look, after.chosen):
        return None
    return after.chosen


def _subject_before(look: Look, found: Attribution) -> bool:
    """Whether the speaker of a cue after the marks stands before the opening mark, in the same sentence.

    Such a cue's subject encloses the quoted words: they name or describe
    something in the subject (an appositive title: "Her retrospective,
    «The Salt Years», opens on Friday"; a clause: "Reyes, who called the
    plan “a farce”, said ..."), and the verb after them reports nothing of
    theirs.
    """
    speaker, setting = found.speaker, look.setting
    return speaker is not None and setting.pre.start <= speaker.start and speaker.end <= setting.quote.open.start


@rule("quote.trailing", stage="quotes", order=130, confidence=CONFIDENCE["quote.trailing"])
def trailing_cue(look: Look) -> Attribution | None:
    """A cue with its speaker after the closing mark ("...,” she said.")."""
    after = _after(look)
    if after.opens:
        assert after.opening is not None
        return after.opening if after.opening.rule == "quote.trailing" else None
    return _chosen(look, "quote.trailing")


@rule("quote.inverted", stage="quotes", order=140, confidence=CONFIDENCE["quote.inverted"])
def inverted(look: Look) -> Attribution | None:
    """A cue verb then its speaker after the closing mark ("...,” said the spokeswoman.")."""
    return _chosen(look, "quote.inverted")


@rule("quote.according_to", stage="quotes", order=150, confidence=CONFIDENCE["quote.according_to"])
def according_to(look: Look) -> Attribution | None:
    """A source phrase after the closing mark ("...,” according to the ministry.")."""
    return _chosen(look, "quote.according_to")


def _dash_speaker(look: Look) -> Attribution | None:
    """A name after a dash following the closing mark ("...” — Commissioner Lee")."""
    post = look.setting.post
    stripped = post.text.lstrip()
    if not stripped.startswith(("—", "–", "--", "-")):
        return None
    dash_at = post.start + len(post.text) - len(stripped)
    dash_len = 2 if stripped.startswith("--") else 1
    tokens = [t for t in look.scene.tokens_in(dash_at + dash_len, post.end) if not t.is_space]
    names: list[Token] = []
    for token in tokens:
        if token.is_punct and names:
            break
        if token.lower_ not in NOT_NAME_STARTS and (
            token.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or (token.is_title and not token.is_punct)
        ):
            names.append(token)
        elif names or not token.is_punct:
            break  # the words after the dash go on the writer's sentence ("” -- is a subtle change")
    if not names or not any(t.pos_ in ("PROPN", "NOUN") for t in names):
        return None
    start, last = names[0].idx, names[-1].idx + len(names[-1].text)
    text = look.text
    return Attribution(
        rule="quote.dash",
        cue=Span.of(text, dash_at, dash_at + dash_len),
        speaker=Mention(start, last, text[start:last]),
        end=post.end,
    )


def _inverted_verb(look: Look, post: Span) -> Attribution | None:
    """A verb no lexicon lists right after the marks, then a name ("...!” beamed Maria Lopez of ...").

    The verb-then-name order marks an attribution however long the words
    after the name run.
    """
    tokens = [t for t in look.scene.tokens_in(post.start, post.end) if not t.is_space and not t.is_punct]
    if len(tokens) < 2 or tokens[0].pos_ != "VERB" or tokens[0].tag_ not in INVERTED_VERB_TAGS:
        return None
    if tokens[1].pos_ != "PROPN" or not tokens[0].text[:1].islower():
        return None
    cue = any_verb_cue(tokens[0])
    if cue is None:
        return None
    found = from_cue(look, cue, "quote.trailing", post.end, lead_in=post.start)
    if found.speaker is None or found.speaker.start != tokens[1].idx:
        return None
    return attrs.evolve(found, rule="quote.trailing_verb")


def _opening_attribution(look: Look, post: Span) -> tuple[Attribution, int] | None:
    """A name or pronoun then a verb right after the marks ("...,” he demanded, as the mayor ...").

    Such a verb is the cue even when the lexicon does not list it or lists a
    verb further on.

    Returns:
        The attribution and the verb's token index, or ``None``.

    """
    tokens = [t for t in look.scene.tokens_in(post.start, post.end) if not t.is_space and not t.is_punct]
    head = tokens[:OPENING_ATTRIBUTION_TOKENS]
    verb = next((t for t in head if t.pos_ == "VERB"), None)
    if verb is None or verb.i == head[0].i:
        return None
    names = [t for t in head if t.i < verb.i]
    if not all(t.pos_ in ("PROPN", "PRON", "DET", "NOUN") for t in names):
        return None
    if names[0].pos_ == "PRON" and names[0].lower_ not in SPEAKER_PRONOUNS:
        return None
    cue = quote_cue(verb) or any_verb_cue(verb)
    if cue is None:
        return None
    found = from_cue(look, cue, "quote.trailing", post.end, lead_in=post.start)
    if found.speaker is None or found.speaker.text.lower() in RELATIVE_PRONOUNS:
        return None  # "“...”, the song that made them famous": a relative clause on a noun, no speaker
    name = "quote.trailing" if quote_cue(verb) is not None else "quote.trailing_verb"
    return attrs.evolve(found, rule=name), verb.i
