"""Direct quotations: quoted sentences, their cue and their speaker mention.

A pairing is *standalone* when it opens its sentence (or follows an
introduction ending in a colon, comma or dash) and is not just a phrase of a
longer sentence. Its attribution is found by the registered rules of stage
``"quotes"``, tried in order within three bands (the order numbers say which):

- 100–199, the words after the closing mark, in the same sentence
  (``quote.dash``, ``quote.trailing_verb``, ``quote.trailing``,
  ``quote.inverted``, ``quote.according_to``: :mod:`._trailing`);
- 200–299, the words before the opening mark (``quote.leading``,
  ``quote.colon``, ``quote.leading_verb``, ``quote.colon_verb``:
  :mod:`._leading`);
- 300–399, the neighbouring sentences and the paragraph, when the sentence
  itself has no attribution (``quote.colon_intro`` ... ``quote.unattributed``:
  :mod:`._around`).

A quotation split around its attribution ("The plan," she said, "is dead.")
becomes one quotation whose content runs from the first piece to the last
(``quote.split``, order 400, in :mod:`._from_marks`); the pieces are its
fragments. This module holds what the bands share: the :class:`Look` every
rule receives, the band runner, cues and verbs in a stretch of words, and
the building of the quotation.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

import attrs

from ..._model import Cue, Mention, Quotation, Span
from ...lang.en._lexicon import cue_verb
from ...lang.en.syntax import RELATIVE_PRONOUNS, THING_PREPOSITIONS
from ._context import OPENING_MARKS, Scene, Setting, word_count
from ._cues import CueInfo, is_cue
from ._heard import MAX_SOUND_GAP_WORDS, heard_not_said
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
    "quote.back_reference": 0.6,
    "quote.paragraph": 0.45,
    "quote.introduced": 0.4,
    "quote.dash_turn": 0.8,
    "quote.dash_reply": 0.6,
    "quote.qa_answer": 0.9,
    "quote.unattributed": 0.3,
}
"""How sure each rule is (a speaker found by the rule, or none for the last)."""

LONG_PARAGRAPH = 2000
"""Paragraph length (characters) above which a paragraph's cues are found once and searched, not scanned."""

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

SENTENCE_FINAL = (".", "!", "?", "…")
"""Punctuation that ends a quoted sentence."""

MAX_ATTRIBUTION_WORDS = 25
"""Longest attribution between two pieces of a split quotation."""

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
    if _heard(look):
        return None  # "The away end rang to ‘...’": chanted there, attributed to no one
    for found in look.scene.active("quotes"):
        if found.order in band:
            attribution: Attribution | None = found.func(look)
            if attribution is not None:
                return attribution
    return None


def _heard(look: Look) -> bool:
    """Whether a verb of sound right before the marks carries them ("rang to ‘...’"), worked out once per pairing."""
    found = look.memo.get("heard")
    if not isinstance(found, bool):
        pre, opening = look.setting.pre, look.setting.quote.open.start
        marks = look.scene.tokens_in(opening, look.setting.quote.open.end)
        found = False
        if marks and pre.start < opening:
            doc, first = marks[0].doc, marks[0].i
            # a bounded walk back from the mark (never the whole sentence: linear in quotations)
            for k in range(first - 1, max(-1, first - 2 * (MAX_SOUND_GAP_WORDS + 1)), -1):
                if doc[k].idx < pre.start:
                    break
                if heard_not_said(look.text, doc[k], opening):
                    found = True
                    break
        look.memo["heard"] = found
    return found


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
    opening = content.lstrip(OPENING_MARKS + "([ .…")[:1]
    if pre.endswith(",") and opening.islower() and not piece:
        return False  # "said it is unrealistic to think that if ..., “our oceans will save us.”"
    if content and content[-1] in ".,!?…;:—–-":
        return True
    post = setting.post.text.lstrip()
    if not post or post[0] in ".,;:!?—–-(":
        return True
    # A multi-word quoted sentence followed directly by its attribution ("“...” he said.");
    # a lower-case fragment running on into the sentence is a phrase of it.
    return word_count(content) >= 4 and content.lstrip(OPENING_MARKS + "([")[:1].isupper()


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


def cues_between(scene: Scene, start: int, end: int) -> list[CueInfo]:
    """The quotation cues wholly inside ``[start, end)``, as :func:`cues_in` finds them.

    In a long paragraph (over :data:`LONG_PARAGRAPH` characters) the cues
    are found once (and cached on the scene) and a stretch is two binary
    searches, so long sentences around many quotations are not rescanned per
    quotation; a short one is scanned, which costs at most a constant.

    Args:
        scene: The article.
        start: First offset.
        end: Offset one past the last.

    Returns:
        The cues, in text order.

    """
    if end <= start:
        return []
    para = scene.layout.paragraph_at(start)
    if not (para.start <= start and end <= para.end) or para.end - para.start <= LONG_PARAGRAPH:
        return cues_in(scene, start, end)  # a short paragraph (or a stretch across paragraphs): scanned
    cues = _paragraph_cues(scene, para.index)
    lo = bisect.bisect_left(cues, start, key=lambda c: c.token.idx)
    hi = bisect.bisect_left(cues, end, key=lambda c: c.token.idx)
    return [c for c in cues[lo:hi] if c.token.idx + len(c.token.text) <= end]


def _paragraph_cues(scene: Scene, index: int) -> list[CueInfo]:
    """The quotation cues of one paragraph, in text order (cached on the scene)."""
    key = ("quote.cues", index)
    cached = scene.memo.get(key)
    if isinstance(cached, list):
        return cached
    para = scene.layout.paragraphs[index]
    found = cues_in(scene, para.start, para.end)
    scene.memo[key] = found
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
    verbs = _verbs_after(look, region) if lead_in is not None else _verbs_before(look, region)
    for verb in verbs[:1]:
        cue = any_verb_cue(verb)
        if cue is None:
            continue
        found = from_cue(look, cue, "quote.trailing", region.end, lead_in=lead_in)
        if found.speaker is not None and found.speaker.text.lower() not in RELATIVE_PRONOUNS:
            return attrs.evolve(found, rule=rule)  # not "“...”, the song that made them famous"
    return None


def _verbs_after(look: Look, region: Span) -> list[Token]:
    """The verbs of a short attribution after the marks, nearest first; none when the words are the writer's."""
    tokens = [t for t in look.scene.tokens_in(region.start, region.end) if not t.is_space]
    if not tokens or word_count(region.text) > MAX_VERB_ATTRIBUTION_WORDS:
        return []
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    words = [t for t in tokens if not t.is_punct]
    if words and words[0].dep_ == "mark" and verbs and is_cue(verbs[0]) is None:
        return []  # "“...” as the president took the stage": the writer's clause, no lexicon cue
    if words and words[0].pos_ == "CCONJ":
        return []  # "greeted with “...” and then wait an hour": the writer's sentence goes on
    return verbs


def _verbs_before(look: Look, region: Span) -> list[Token]:
    """The verbs among the last words before the marks, nearest the mark first."""
    words = _last_words(look.scene, region, LEADING_VERB_WINDOW)
    if words and words[-1].pos_ == "ADP" and words[-1].lower_ in THING_PREPOSITIONS:
        return []  # "The band closed with “...”", "relied on “...”": a thing named, not words said
    return [t for t in words if t.pos_ == "VERB"][::-1]


def _last_words(scene: Scene, region: Span, count: int) -> list[Token]:
    """The last ``count`` tokens of ``region`` that are neither space nor punctuation, in text order.

    Read from the end, so a long sentence before the marks costs only its last words.
    """
    span = (
        scene.doc.char_span(region.start, region.end, alignment_mode="contract") if region.end > region.start else None
    )
    found: list[Token] = []
    if span is None:
        return found
    for k in range(len(span) - 1, -1, -1):
        token = span[k]
        if not token.is_space and not token.is_punct:
            found.append(token)
            if len(found) == count:
                break
    return found[::-1]


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
