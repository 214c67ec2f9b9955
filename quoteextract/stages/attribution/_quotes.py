"""Direct quotations: quoted sentences, their cue and their speaker mention.

A pairing is *standalone* when it opens its sentence (or follows an
introduction ending in a colon, comma or dash) and is not just a phrase of a
longer sentence. Its attribution is found by the registered rules of stage
``"quotes"``, tried in order within three bands (the order numbers say which):

- 100–199, the words after the closing mark, in the same sentence
  (``quote.dash``, ``quote.trailing_verb``, ``quote.trailing``,
  ``quote.inverted``, ``quote.according_to``: this module);
- 200–299, the words before the opening mark (``quote.leading``,
  ``quote.colon``, ``quote.leading_verb``, ``quote.colon_verb``:
  :mod:`._leading`);
- 300–399, the neighbouring sentences and the paragraph, when the sentence
  itself has no attribution (``quote.colon_intro`` ... ``quote.unattributed``:
  :mod:`._around`).

A quotation split around its attribution ("The plan," she said, "is dead.")
becomes one quotation whose content runs from the first piece to the last
(``quote.split``, order 400); the pieces are its fragments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ..._model import Cue, Mention, Quotation, Span
from ...lang.en._lexicon import cue_verb
from ...rules import rule
from ._context import Scene, Setting, word_count
from ._cues import CueInfo
from ._mention import any_verb_cue, quote_cue, speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CONFIDENCE: dict[str, float] = {
    "quote.trailing": 0.95,
    "quote.inverted": 0.93,
    "quote.according_to": 0.9,
    "quote.leading": 0.9,
    "quote.colon": 0.85,
    "quote.dash": 0.8,
    "quote.trailing_verb": 0.8,
    "quote.leading_verb": 0.75,
    "quote.colon_verb": 0.75,
    "quote.colon_intro": 0.75,
    "quote.continuation": 0.7,
    "quote.previous_sentence": 0.55,
    "quote.next_sentence": 0.5,
    "quote.paragraph": 0.45,
    "quote.unattributed": 0.3,
}
"""How sure each rule is (a speaker found by the rule, or none for the last)."""

AFTER = range(100, 200)
"""Orders of the rules reading the words after the closing mark."""

BEFORE = range(200, 300)
"""Orders of the rules reading the words before the opening mark."""

AROUND = range(300, 400)
"""Orders of the rules reading the neighbouring sentences and the paragraph."""

INTRO_END = (":", ",", "—", "–", "--")
"""Characters that end an introduction to a standalone quotation."""

NOUN_MODIFIERS: frozenset[str] = frozenset({"DET", "ADJ", "NUM", "PRON", "NOUN", "PROPN"})
"""Words before a noun that show it really is a noun ("a short statement")."""

OPENING_ATTRIBUTION_TOKENS = 4
"""How many words after a quotation may hold its speaker and verb ("the senator's aide replied")."""

SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "you"})
"""Pronouns that can open an attribution."""

SENTENCE_FINAL = (".", "!", "?", "…")
"""Punctuation that ends a quoted sentence."""

MAX_ATTRIBUTION_WORDS = 25
"""Longest attribution between two pieces of a split quotation."""

INVERTED_VERB_TAGS: frozenset[str] = frozenset({"VBD", "VBZ"})
"""Tags of a verb written before its speaker ("beamed Maria Lopez")."""

MAX_AFTER_STOP_WORDS = 5
"""Longest attribution (in words) taken after a quotation ending in a full stop, when its verb is in no lexicon."""

LEADING_VERB_WINDOW = 3
"""How near the opening mark (in words) a verb outside the lexicon must be to introduce it."""

MAX_VERB_ATTRIBUTION_WORDS = 12
"""Longest attribution whose verb is taken as the cue without being in the lexicon."""


@attrs.frozen
class Attribution:
    """Where a quotation's cue and speaker were found.

    Args:
        rule: The rule's name.
        cue: The cue's words (a :class:`~quoteextract._model.Cue` when the
            lexicon entry is known), if any.
        speaker: The speaker mention, if any.
        end: Offset one past the attribution's last character (for joins).

    """

    rule: str
    cue: Span | None = None
    speaker: Mention | None = None
    end: int | None = None


@attrs.define(eq=False)
class Look:
    """One pairing as the quotation rules see it (the argument of every ``"quotes"`` rule).

    Args:
        scene: The article.
        setting: The pairing in its sentence.
        previous: The last direct quotation before it and where its
            attribution ends (for ``quote.continuation``).
        quoted: ``(start, end)`` of every pairing, whose cues do not count
            for the neighbouring sentences.

    """

    scene: Scene
    setting: Setting
    previous: tuple[Quotation, int] | None = None
    quoted: tuple[tuple[int, int], ...] = ()
    memo: dict[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def doc(self) -> Doc:
        """The parse."""
        return self.scene.doc

    @property
    def text(self) -> str:
        """The article's text."""
        return self.scene.text


def run_band(look: Look, band: range) -> Attribution | None:
    """The first attribution the active ``"quotes"`` rules of one band find.

    Args:
        look: The pairing.
        band: The orders of the band (:data:`AFTER`, :data:`BEFORE`, :data:`AROUND`).

    Returns:
        The attribution, or ``None`` when no rule of the band finds one.

    """
    for found in look.scene.active("quotes"):
        if found.order in band:
            attribution: Attribution | None = found.func(look)
            if attribution is not None:
                return attribution
    return None


def cue_of(text: str, cue: CueInfo) -> Cue:
    """The cue's words with what the lexicon says of them.

    Args:
        text: The article.
        cue: A cue found in the parse.

    Returns:
        The :class:`~quoteextract._model.Cue`.

    """
    start, end = cue.span.start_char, cue.span.end_char
    lemma = cue.word.lemma if cue.word is not None else cue.phrase.text if cue.phrase is not None else None
    return Cue(start, end, text[start:end], lemma, cue.cls, cue.relation)


def is_standalone(text: str, setting: Setting, *, piece: bool = False) -> bool:
    """Whether the pairing is a quoted sentence rather than a phrase of a sentence.

    Args:
        text: The article.
        setting: The pairing in its sentence.
        piece: The pairing may be a later piece of a split quotation, which
            can start in lower case ("“The plan,” she said, “is dead.”").

    Returns:
        True when it opens its sentence (or follows an introduction ending in
        ``:``, ``,`` or a dash) and either ends in punctuation or is followed
        by punctuation or the end of the sentence.

    """
    pre = setting.pre.text.rstrip()
    if pre and not pre.endswith(INTRO_END):
        return False
    content = setting.quote.content.text.rstrip()
    opening = content.lstrip("‘'\"([ .…")[:1]
    if pre.endswith(",") and opening.islower() and not piece:
        return False  # "said it is unrealistic to think that if ..., “our oceans will save us.”"
    if content and content[-1] in ".,!?…;:—–-":
        return True
    post = setting.post.text.lstrip()
    if not post or post[0] in ".,;:!?—–-(":
        return True
    # A multi-word quoted sentence followed directly by its attribution ("“...” he said.");
    # a lower-case fragment running on into the sentence is a phrase of it.
    return word_count(content) >= 4 and content.lstrip("‘'\"([")[:1].isupper()


def cues_in(scene: Scene, start: int, end: int) -> list[CueInfo]:
    """Quotation cues among the tokens in ``[start, end)``: verbs and phrases, not nouns ("a statement").

    Args:
        scene: The article.
        start: First offset.
        end: Offset one past the last.

    Returns:
        The cues, in text order.

    """
    found = []
    for token in scene.tokens_in(start, end):
        info = quote_cue(token)
        if (info is None or info.kind == "noun") and token.pos_ == "NOUN":
            info = _as_verb(token)
        if info is not None:
            found.append(info)
    return found


def _as_verb(token: Token) -> CueInfo | None:
    """A reporting verb the tagger took for a noun, as a verb cue; ``None`` for a real noun."""
    entry = cue_verb(token.lemma_) or cue_verb(token.lower_.removesuffix("s"))
    before = token.doc[token.i - 1] if token.i > 0 else None
    if entry is None or (before is not None and before.pos_ in NOUN_MODIFIERS):
        return None
    return CueInfo(token=token, span=token.doc[token.i : token.i + 1], word=entry)


def from_cue(look: Look, cue: CueInfo, rule: str, end: int | None, lead_in: int | None = None) -> Attribution:
    """An attribution from a cue and its speaker (never inside the quoted words).

    Args:
        look: The pairing.
        cue: The cue.
        rule: The rule to report (``quote.trailing`` becomes
            ``quote.according_to`` for a phrase and ``quote.inverted`` for a
            speaker written after the verb).
        end: Where the attribution ends.
        lead_in: Where the words holding the attribution start, when they
            follow the quotation.

    Returns:
        The attribution.

    """
    setting = look.setting
    avoid = (setting.quote.open.start, setting.outer_end)
    speaker = speaker_of(cue, avoid=avoid, lead_in=lead_in, inverted_ok=lead_in is not None)
    if cue.kind == "phrase":
        rule = "quote.according_to" if rule in ("quote.trailing", "quote.inverted") else rule
    elif rule == "quote.trailing" and speaker is not None and speaker.start > cue.token.idx:
        rule = "quote.inverted"
    return Attribution(rule=rule, cue=cue_of(look.text, cue), speaker=speaker, end=end)


def verb_attribution(look: Look, region: Span, rule: str, lead_in: int | None = None) -> Attribution | None:
    """An attribution by any verb with a speaker, in a short attribution.

    After the quotation ("...,” the coach barked.") the whole attribution must be
    short; before it ("..., then leaned in and boomed: “...") the verb must
    be among the last words before the mark.

    Args:
        look: The pairing.
        region: The words after or before the marks.
        rule: The rule to report.
        lead_in: ``region.start`` when the region follows the quotation.

    Returns:
        The attribution, or ``None``.

    """
    tokens = [t for t in look.scene.tokens_in(region.start, region.end) if not t.is_space]
    if not tokens:
        return None
    if lead_in is not None:
        if word_count(region.text) > MAX_VERB_ATTRIBUTION_WORDS:
            return None
        verbs = [t for t in tokens if t.pos_ == "VERB"]
    else:
        words = [t for t in tokens if not t.is_punct]
        verbs = [t for t in words[-LEADING_VERB_WINDOW:] if t.pos_ == "VERB"][::-1]
    for verb in verbs[:1]:
        cue = any_verb_cue(verb)
        if cue is None:
            continue
        found = from_cue(look, cue, "quote.trailing", region.end, lead_in=lead_in)
        if found.speaker is not None:
            return attrs.evolve(found, rule=rule)
    return None


# The words after the closing mark ------------------------------------------


@attrs.frozen
class _After:
    """What the rules after the closing mark share, worked out once per pairing."""

    dash: Attribution | None
    cues: list[CueInfo]
    opening: Attribution | None
    opening_cue: int | None
    chosen: Attribution | None

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
        return self.opening is not None and (not self.cues or self.cues[0].token.i != self.opening_cue)


def _after(look: Look) -> _After:
    """The dash, cues and opening attribution after the closing mark (cached on ``look``)."""
    found = look.memo.get("after")
    if isinstance(found, _After):
        return found
    setting, post = look.setting, look.setting.post
    cues = cues_in(look.scene, post.start, post.end)
    if setting.quote.content.text.rstrip().endswith(SENTENCE_FINAL):
        # The quoted sentence ended: only a cue opening the next words attributes it.
        cues = [c for c in cues if word_count(look.text[post.start : c.token.idx]) < MAX_AFTER_STOP_WORDS]
    opening = _opening_attribution(look, post)
    chosen = None
    for cue in cues:
        chosen = from_cue(look, cue, "quote.trailing", post.end, lead_in=post.start)
        if chosen.speaker is not None:
            break
    found = _After(
        dash=_dash_speaker(look),
        cues=cues,
        opening=opening[0] if opening is not None else None,
        opening_cue=opening[1] if opening is not None else None,
        chosen=chosen,
    )
    look.memo["after"] = found
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
    if setting.quote.content.text.rstrip().endswith(".") and word_count(post.text) > MAX_AFTER_STOP_WORDS:
        return None  # the quoted sentence ended: a long sentence after it is the writer's own
    return verb_attribution(look, post, "quote.trailing_verb", lead_in=post.start)


def _chosen(look: Look, name: str) -> Attribution | None:
    """The attribution of the first cue after the marks with a speaker, if it is reported as ``name``."""
    after = _after(look)
    if after.opens or after.chosen is None or after.chosen.rule != name:
        return None
    return after.chosen


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
    names = []
    for token in tokens:
        if token.is_punct and names:
            break
        if token.pos_ in ("PROPN", "NOUN", "ADJ", "DET") or (token.is_title and not token.is_punct):
            names.append(token)
        elif names:
            break
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
    if found.speaker is None:
        return None
    name = "quote.trailing" if quote_cue(verb) is not None else "quote.trailing_verb"
    return attrs.evolve(found, rule=name), verb.i


# Building the quotation ------------------------------------------------------


def quotation(text: str, setting: Setting, attribution: Attribution, joined: list[Setting] | None = None) -> Quotation:
    """Build the direct :class:`~quoteextract.Quotation` for a pairing (or a split series).

    Args:
        text: The article.
        setting: The (first) pairing.
        attribution: Its attribution.
        joined: Later pieces of a split quotation, in order.

    Returns:
        The quotation; its content runs from the first piece to the last.

    """
    pieces = [setting, *(joined or [])]
    first, last = pieces[0].quote, pieces[-1].quote
    content = Span.of(text, first.content.start, last.content.end)
    marks: list[Span] = [mark for piece in pieces for mark in piece.marks]
    name = attribution.rule
    confidence = CONFIDENCE.get(name, 0.5)
    if attribution.speaker is None:
        confidence = min(confidence, 0.45)
    return Quotation(
        content=content,
        kind="direct",
        fragments=tuple(p.quote.content for p in pieces),
        marks=tuple(marks),
        cue=attribution.cue,
        speaker=attribution.speaker,
        confidence=confidence,
        rule=name if not joined else "quote.split",
    )
