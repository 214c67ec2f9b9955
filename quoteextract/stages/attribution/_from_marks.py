"""Quotations made from quote marks alone: every outermost pairing becomes a quotation, a fragment or a rejection.

For each pairing, in text order:

1. the ``"reject"`` rules may refuse it (a scare quote, title, nickname, headline ...);
2. a *standalone* pairing (a quoted sentence) gets its attribution from the
   ``"quotes"`` rules: after it, before it, else around it
   (:mod:`._quotes`, :mod:`._leading`, :mod:`._around`); later pieces of a
   split quotation join it (``quote.split``);
3. an *embedded* pairing (a phrase of a sentence) gets the reporting clause
   around it from the ``"mixed"`` rules (:mod:`._mixed`); fragments reported
   by one cue become one quotation. A short fragment nothing reports is
   *loose*: a scare quote unless a claim holds it (decided at the merge); a
   long one is a quotation of its own, attributed like a quoted sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ..._model import Quotation, QuotedSpan, Rejection, Span
from ...article import Layout
from ...rules import rule
from . import _mixed, _reject
from ._apposed import apposed_name
from ._around import neighbours
from ._context import CLOSING_MARKS, Scene, Setting, setting_of, word_count
from ._leading import leading
from ._quotes import MAX_ATTRIBUTION_WORDS, SENTENCE_FINAL, Attribution, Look, is_standalone, quotation
from ._trailing import SPEAKER_PRONOUNS, trailing

NAME_WORD = re.compile(r"[^\W\d_]{2,}")
"""A word of a speaker mention, compared between a quotation's first and later attributions."""

NOT_NAME_WORDS: frozenset[str] = frozenset({"the", "an", "of", "and", "his", "her", "its", "their", "our", "said"})
"""Words of a mention that do not tell two speakers apart."""

DASH_ASIDE = re.compile(r"\s*[—–]\s[^\"“”«»‘’'—–]{1,80}\s[—–]\s*")
"""The writer's aside between two pieces of a quotation, set off by two dashes ("— she stopped, and pointed east —")."""

MAX_SCARE_WORDS = 4
"""Longest fragment (in words) rejected as a scare quote when nothing reports it."""


@attrs.frozen
class FromMarks:
    """What the quote marks alone give.

    Args:
        quotes: Quotations, direct and mixed.
        rejected: Pairings that are not quotations, with their reasons.
        loose: Short fragments that nothing reports (scare quotes unless a
            claim holds them), in text order.
        embedded: Starts of quotations that are phrases of a sentence rather
            than quoted sentences.

    """

    quotes: tuple[Quotation, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    loose: tuple[Setting, ...] = ()
    embedded: frozenset[int] = frozenset()


@attrs.define
class _Found:
    """The results gathered while walking the pairings."""

    quotes: list[Quotation] = attrs.field(factory=list)
    rejected: list[Rejection] = attrs.field(factory=list)
    loose: list[Setting] = attrs.field(factory=list)
    embedded: set[int] = attrs.field(factory=set)
    frames: dict[int, tuple[_mixed.Frame, list[Setting]]] = attrs.field(factory=dict)
    previous: tuple[Quotation, int] | None = None  # the last direct quotation and where its attribution ends


def from_marks(scene: Scene) -> FromMarks:
    """Quotations made from the article's quote marks alone.

    Args:
        scene: The article.

    Returns:
        The quotations, rejections, loose fragments and embedded starts.

    """
    layout = scene.layout
    if not layout.paragraphs:
        return FromMarks()
    outer = [q for q in scene.article.scan.quotes if q.depth == 0]
    settings = _settings(layout, outer)
    reasons = [_reject.rejection(scene, s) for s in settings]
    # A rejected pairing (a title in an attribution) does not end the words around its neighbours.
    kept = [s.quote for s, r in zip(settings, reasons, strict=True) if r is None]
    if len(kept) < len(outer):
        fresh = {s.quote.open.start: s for s in _settings(layout, kept)}
        renewed = [fresh.get(s.quote.open.start, s) for s in settings]
        reasons = [
            r if new == old else _reject.rejection(scene, new)
            for old, new, r in zip(settings, renewed, reasons, strict=True)
        ]
        settings = renewed
    quoted = tuple((s.quote.open.start, s.outer_end) for s in settings)
    found = _Found()
    found.rejected.extend(
        Rejection(s.quote.content, r) for s, r in zip(settings, reasons, strict=True) if r is not None
    )
    i = 0
    while i < len(settings):
        if reasons[i] is not None:
            i += 1
        elif not is_standalone(scene.text, settings[i]):
            _embedded(scene, settings[i], quoted, found)
            i += 1
        else:
            i = _standalone(scene, settings, reasons, i, quoted, found)
    for frame, members in found.frames.values():
        found.quotes.append(_mixed.quotation(scene.text, _frame_union(scene.text, frame, members), members))
    return FromMarks(tuple(found.quotes), tuple(found.rejected), tuple(found.loose), frozenset(found.embedded))


def _settings(layout: Layout, quotes: Sequence[QuotedSpan]) -> list[Setting]:
    """Each pairing in its sentence, its words after it ending at the next pairing."""
    return [
        setting_of(layout, q, quotes[i + 1].open.start if i + 1 < len(quotes) else None) for i, q in enumerate(quotes)
    ]


def _standalone(
    scene: Scene,
    settings: list[Setting],
    reasons: list[str | None],
    i: int,
    quoted: tuple[tuple[int, int], ...],
    found: _Found,
) -> int:
    """Attribute the quoted sentence ``settings[i]`` (with the pieces that join it); the next index."""
    setting = settings[i]
    look = Look(scene, setting, found.previous, quoted)
    attribution = attribution_of(look)
    if scene.is_on("quote.split", "quotes"):
        joined, j = split(scene, settings, reasons, i, attribution)
    else:
        joined, j = [], i + 1
    lonely = _reject.rejection(scene, setting, lonely=True) if attribution is None and not joined else None
    if lonely is not None:  # a short phrase of the writer's must not take the next sentence's speaker
        found.rejected.append(Rejection(setting.quote.content, lonely))
        return j
    if attribution is None:
        attribution = neighbours(look)
    if attribution is None:
        found.rejected.append(Rejection(setting.quote.content, "unattributed"))
        return j
    quote = quotation(scene.text, setting, attribution, joined)
    found.quotes.append(quote)
    last = joined[-1] if joined else setting
    found.previous = (quote, max(last.post.end, attribution.end or 0))
    return j


def _embedded(scene: Scene, setting: Setting, quoted: tuple[tuple[int, int], ...], found: _Found) -> None:
    """A phrase of a sentence: a fragment of its reporting clause, a loose fragment, or a quotation of its own."""
    if scene.is_on("mixed.apposed_name", "merge") and apposed_name(scene, setting):
        found.loose.append(setting)  # "delete the app «Spindle»": a name, no fragment of the clause around it
        return
    frame = _mixed.frame_of(scene, setting)
    if frame is not None:
        found.frames.setdefault(frame.cue.token.i, (frame, []))[1].append(setting)
        return
    content = setting.quote.content.text.rstrip()
    if word_count(content) <= MAX_SCARE_WORDS and not content.endswith(("!", "?")):
        found.loose.append(setting)  # a short phrase; an exclamation ("“Stay there!”") is a quotation
        return
    look = Look(scene, setting, found.previous, quoted)
    before = leading(look)
    attribution = before if before is not None and before.speaker is not None else attribution_of(look)
    if attribution is None:
        attribution = neighbours(look)
    if attribution is None:
        found.rejected.append(Rejection(setting.quote.content, "unattributed"))
        return
    quote = quotation(scene.text, setting, attribution)
    found.quotes.append(quote)
    found.embedded.add(quote.start)


def attribution_of(look: Look) -> Attribution | None:
    """The attribution in the pairing's own sentence: after it, else before it.

    A cue after the quotation without a speaker gives way to one before it
    that has one ("Lee said, “Maybe,” when asked ...").

    Args:
        look: The pairing.

    Returns:
        The attribution, or ``None`` when the sentence has none.

    """
    after = trailing(look)
    if after is not None and after.speaker is not None:
        if _introduced(look.setting):
            before = leading(look)
            if before is not None and before.speaker is not None and before.cue is not None:
                return before  # "Lee said, “We won.” The crowd cheered.": the next sentence is not the source
        return after
    before = leading(look)
    if before is not None and (after is None or before.speaker is not None):
        return before
    return after


def _introduced(setting: Setting) -> bool:
    """Whether an attribution ending in a comma or colon introduces a quoted full sentence.

    True for "Lee said, “We won.”": the words before the mark end with a
    comma or colon and the quoted words end their sentence.
    """
    before = setting.pre.text.rstrip()
    ended = setting.quote.content.text.rstrip().rstrip(CLOSING_MARKS).endswith(SENTENCE_FINAL)
    return bool(before) and before.endswith((",", ":")) and ended


def _frame_union(text: str, frame: _mixed.Frame, members: list[Setting]) -> _mixed.Frame:
    """A frame whose content covers every fragment reported by its cue."""
    start = min([frame.content.start] + [m.quote.open.start for m in members])
    end = max([frame.content.end] + [m.outer_end for m in members])
    return attrs.evolve(frame, content=Span.of(text, start, end))


@rule("quote.split", stage="quotes", order=400)
def split(
    scene: Scene,
    settings: list[Setting],
    reasons: list[str | None],
    i: int,
    attribution: Attribution | None,
) -> tuple[list[Setting], int]:
    """Later quoted sentences of the same paragraph join a quotation split around its attribution.

    A piece joins when it follows in the same paragraph, directly or after
    the first piece's attribution only, is a standalone sentence, and has no
    attribution of its own. Rejected pairings in between (a title in the
    attribution) are stepped over. The writer's aside between two dashes
    ("“B” — she stopped, and pointed east — “C.”") neither attributes the
    piece before it nor ends the quotation.

    Returns:
        The pieces joining ``settings[i]`` and the index of the next pairing.

    """
    joined: list[Setting] = []
    current = settings[i]
    j = i + 1
    while j < len(settings):
        nxt = settings[j]
        if reasons[j] is not None:
            if nxt.para.index != current.last_para.index:
                break
            j += 1
            continue
        if not _joins(scene, current, nxt, attribution if not joined else None, first=not joined, lead=attribution):
            break
        joined.append(nxt)
        current = nxt
        j += 1
    return joined, j


def _joins(
    scene: Scene,
    current: Setting,
    nxt: Setting,
    attribution: Attribution | None,
    *,
    first: bool,
    lead: Attribution | None,
) -> bool:
    """Whether the pairing ``nxt`` continues the quotation whose last piece is ``current``.

    ``lead`` is the first piece's attribution: a later piece may follow the
    same speaker's words again ("..., “B,” he added, “C.”", :func:`restated`).
    """
    text = scene.text
    if nxt.para.index != current.last_para.index or not is_standalone(text, nxt, piece=True):
        return False
    gap = text[current.outer_end : nxt.quote.open.start]
    if gap.strip():
        if not first:
            if not (_restated_between(scene, current, nxt, lead) or DASH_ASIDE.fullmatch(gap)):
                return False
        elif attribution is None or attribution.end is None or attribution.end < current.outer_end:
            return False
        elif text[attribution.end : nxt.quote.open.start].strip() or word_count(gap) > MAX_ATTRIBUTION_WORDS:
            return False
    elif attribution is None and first:
        return False
    if scene.is_on("reject.marker", "reject") and _reject.marker_reason(text, nxt) is not None:
        return False
    if DASH_ASIDE.fullmatch(nxt.post.text) and nxt.post.end < nxt.last_para.end:
        return True  # “B” — she stopped, and pointed east — “C”: the aside is no attribution of “B”
    own = trailing(Look(scene, nxt))
    return own is None or (_restating_on(scene) and restated(text, nxt, own, lead))


def _restating_on(scene: Scene) -> bool:
    """Whether the rule ``quote.split_restated`` is active."""
    return scene.is_on("quote.split_restated", "quotes")


def _restated_between(scene: Scene, current: Setting, nxt: Setting, lead: Attribution | None) -> bool:
    """Whether the words between two pieces are the first piece's speaker attributing again."""
    if not _restating_on(scene):
        return False
    own = trailing(Look(scene, current))
    if own is None or own.end is None or own.end > nxt.quote.open.start:
        return False
    return restated(scene.text, current, own, lead)


@rule("quote.split_restated", stage="quotes", order=410)
def restated(text: str, piece: Setting, own: Attribution, lead: Attribution | None) -> bool:
    """A quotation split twice: the speaker attributes it again mid-sentence ("“A,” Lee said, “B,” she added, “C.”").

    The piece's own attribution does not end the quotation when the first
    attribution ended in a comma (the quoted sentence goes on), the piece
    ends in a comma, its attribution is followed by a comma and the next
    piece, and its speaker is the first piece's: a personal pronoun, or a
    mention sharing a word of the name ("Lee" after "Ann Lee"). Another
    speaker ("..., his lawyer added, “...”") starts a quotation of its own.

    Args:
        text: The article.
        piece: The piece followed by its own attribution.
        own: That attribution.
        lead: The first piece's attribution.

    Returns:
        True when the next piece goes on with the same quotation.

    """
    if lead is None or lead.speaker is None or lead.end is None:
        return False
    if own.speaker is None or own.cue is None or own.end is None or not text[: lead.end].rstrip().endswith(","):
        return False  # "“A,” Lee said. “B,” she added, “C.”": a new sentence, a quotation of its own
    if not piece.quote.content.text.rstrip().endswith(","):
        return False
    said = text[: own.end].rstrip()
    if not said.endswith(",") or text[own.end : piece.post.end].strip() or piece.post.end >= piece.last_para.end:
        return False
    again = own.speaker.text.casefold()
    if again in SPEAKER_PRONOUNS:
        return True
    first = {w for w in NAME_WORD.findall(lead.speaker.text.casefold()) if w not in NOT_NAME_WORDS}
    return bool(first & set(NAME_WORD.findall(again)))
