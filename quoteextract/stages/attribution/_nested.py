"""Quotations inside quotations: “She told me, ‘Don't sign it,’ and I didn't,” Vos said.

The speaker quotes someone else: the inner quotation ("Don't sign it,") is its
own :class:`~quoteextract.Quotation` (rule ``quote.nested``), with the
attribution the outer speaker gives it inside the outer quotation ("She told
me" → cue "told", speaker "She"), while the outer quotation stays as it is.
Its span lies inside the outer quotation's content: that containment is how
the sources stage knows the inner speaker was reported by the outer one.

An inner pairing is a quotation when the outer words attribute it (a cue and
a speaker before or after it, within the outer quotation), or when it is a
quoted sentence of its own (it opens its sentence or follows an introduction
ending in a comma or colon, starts with a capital and has at least
:data:`MIN_SENTENCE_WORDS` words). A scare-quoted word ("there are no ‘boots
on the ground’"), a title or a nickname inside a quotation is none of these,
and the rejection rules still run on every inner pairing.

The inner pairings come from the finder's nesting (``QuotedSpan.depth`` and
``parent``); each is looked at once, with its words bounded by its parent's
content, so the cost is linear in the number of pairings.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ..._model import Quotation, QuotedSpan, Span
from ...rules import rule
from . import _reject
from ._context import OPENING_MARKS, Scene, Setting, setting_of, word_count
from ._leading import leading
from ._quotes import Attribution, Look, is_standalone
from ._trailing import trailing

MIN_SENTENCE_WORDS = 3
"""Fewest words of an inner quoted sentence that no cue inside the outer quotation attributes."""

NESTED_CONFIDENCE = 0.7
"""Confidence of an inner quotation the outer words attribute (a cue and speaker)."""

LEXICON_RULES: frozenset[str] = frozenset(
    {"quote.trailing", "quote.inverted", "quote.according_to", "quote.leading", "quote.colon"}
)
"""Attributions of an inner quotation that count: a reporting word of the lexicon, not just any verb."""

UNATTRIBUTED_CONFIDENCE = 0.4
"""Confidence of an inner quoted sentence without a cue of its own."""


@rule("quote.nested", stage="quotes", order=450, confidence=NESTED_CONFIDENCE)
def nested(look: Look) -> Attribution | None:
    """A quotation inside a quotation, attributed inside the outer one ("She told me, ‘Don't sign it,’").

    Receives the inner pairing with its words bounded by the outer
    quotation; a cue of the lexicon with a speaker after it, else before it,
    attributes it (any verb does not: "the word ‘queue’, Americans use").
    An introduction ending in a comma or colon right before the mark comes
    first ("He said, ‘I miss it.’ I said yes.": the words after are the
    outer speaker's own). Returns its attribution (with no cue for a quoted
    sentence nothing attributes), or ``None`` when it is no quotation (a
    scare quote).
    """
    setting = look.setting
    if _reject.rejection(look.scene, setting) is not None or not is_standalone(look.text, setting, piece=True):
        return None
    introduced = setting.pre.text.rstrip().endswith((",", ":"))
    for found in (leading(look), trailing(look)) if introduced else (trailing(look), leading(look)):
        if found is not None and found.rule in LEXICON_RULES and found.speaker is not None:
            return Attribution(rule="quote.nested", cue=found.cue, speaker=found.speaker, end=found.end)
    if _sentence_like(look.text, setting):
        return Attribution(rule="quote.nested")
    return None


def _sentence_like(text: str, setting: Setting) -> bool:
    """Whether an inner pairing is a quoted sentence: standalone, capitalised, long enough."""
    content = setting.quote.content.text.strip()
    first = content.lstrip(OPENING_MARKS + "([ .…")[:1]
    return is_standalone(text, setting) and first.isupper() and word_count(content) >= MIN_SENTENCE_WORDS


def nested_quotations(scene: Scene, quotes: Sequence[Quotation]) -> list[Quotation]:
    """The quotations inside the direct and mixed quotations in ``quotes``.

    Args:
        scene: The article.
        quotes: The results, in text order, no two overlapping.

    Returns:
        The inner quotations, in text order (an empty list when the rule is off).

    """
    if not scene.is_on("quote.nested", "quotes"):
        return []
    pairings = scene.article.scan.quotes
    inner = [q for q in pairings if q.depth > 0 and q.parent is not None]
    if not inner:
        return []
    fragments = sorted((f.start, f.end) for q in quotes if q.kind != "indirect" for f in q.fragments)
    starts = [f[0] for f in fragments]
    found = []
    for k, pairing in enumerate(inner):
        if not _held(fragments, starts, pairing):
            continue
        parent = pairings[pairing.parent] if pairing.parent is not None else pairing
        nxt = inner[k + 1].open.start if k + 1 < len(inner) and inner[k + 1].parent == pairing.parent else None
        setting = _bounded(scene, pairing, parent.content, nxt)
        attribution = nested(Look(scene, setting))
        if attribution is not None:
            found.append(_quotation(setting, attribution, parent.content))
    return found


def _held(fragments: list[tuple[int, int]], starts: list[int], pairing: QuotedSpan) -> bool:
    """Whether the pairing (marks included) lies inside one of the quotations' fragments."""
    end = pairing.close.end if pairing.close is not None else pairing.content.end
    k = bisect.bisect_right(starts, pairing.open.start) - 1
    return k >= 0 and fragments[k][0] <= pairing.open.start and end <= fragments[k][1]


def _bounded(scene: Scene, pairing: QuotedSpan, frame: Span, next_open: int | None) -> Setting:
    """The inner pairing in its sentence, its words before and after kept inside the outer content."""
    setting = setting_of(scene.layout, pairing, next_open)
    text = scene.text
    pre_start = max(setting.pre.start, frame.start)
    while pre_start < setting.pre.end and text[pre_start].isspace():
        pre_start += 1
    post_end = max(setting.post.start, min(setting.post.end, frame.end))
    return Setting(
        quote=pairing,
        para=setting.para,
        last_para=setting.last_para,
        pre=Span.of(text, pre_start, setting.pre.end),
        post=Span.of(text, setting.post.start, post_end),
    )


def _quotation(setting: Setting, attribution: Attribution, frame: Span) -> Quotation:
    """The inner :class:`~quoteextract.Quotation`; a speaker outside the outer content is dropped."""
    speaker = attribution.speaker
    if speaker is not None and not (frame.start <= speaker.start and speaker.end <= frame.end):
        speaker = None
    cue = attribution.cue if speaker is not None else None
    confidence = NESTED_CONFIDENCE if speaker is not None else UNATTRIBUTED_CONFIDENCE
    return Quotation(
        content=setting.quote.content,
        kind="direct",
        fragments=(setting.quote.content,),
        marks=tuple(setting.marks),
        cue=cue,
        speaker=speaker,
        confidence=confidence,
        rule="quote.nested",
    )
