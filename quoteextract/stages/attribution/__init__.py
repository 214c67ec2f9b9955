"""Attribution: quotations, their cues and speaker mentions, and unmarked claims.

:func:`attribute` decides, for every outermost quote-mark pairing, whether it
is a direct quotation (:mod:`._quotes`), a quoted fragment of a reported
clause (:mod:`._mixed`), or not a quotation at all (:mod:`._reject`), and
merges the result with the claims without quote marks found by
:mod:`._claims`:

- a claim whose content holds quoted fragments but is not wholly quoted
  becomes ``mixed``, with those fragments and marks;
- a claim whose content is (nearly) exactly a quotation is that quotation:
  one ``direct`` result is kept;
- a quoted fragment inside a claim is not a quotation of its own;
- of two results covering the same words the more confident one stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..._doctext import doc_text
from ..._model import Quotation, QuotedSpan, QuoteScan, Rejection, Span
from . import _mixed, _quotes, _reject
from ._context import Paragraph, Setting, paragraph_at, paragraphs, sentence_end, setting_of, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ...article import Article

MAX_SCARE_WORDS = 4
"""Longest fragment (in words) rejected as a scare quote when nothing reports it."""

NEAR_EXACT = 0.85
"""Share of a claim's characters inside one quotation for the two to be the same."""

MERGED_CLAIM_CONFIDENCE = 0.85
"""Confidence of a claim that became ``mixed`` through its quoted fragments."""


def attribute(doc: Doc, scan: QuoteScan, article: Article | None = None) -> tuple[list[Quotation], list[Rejection]]:
    """Decide quotations, cues and speaker mentions for one parsed article.

    Args:
        doc: The article parsed by a spaCy pipeline with a parser.
        scan: The quote-mark pairings of ``doc_text(doc)``
            (:func:`quoteextract.find_quotes`).
        article: The article context, when the caller has one (its rules
            and cues are used by the claim finder).

    Returns:
        ``(quotes, rejected)``: quotations and claims in text order, no two
        covering the same words; and the pairings judged not to be
        quotations, with their reasons.

    .. versionadded:: 0.1.0

    """
    text = doc_text(doc)
    if not text.strip():
        return [], []
    quotes, rejected, loose, embedded = _from_marks(doc, scan)
    claims = _unmarked_claims(doc, scan, article)
    quotes, rejected = _merge(doc, quotes, claims, loose, rejected, embedded)
    quotes.sort(key=lambda q: (q.start, q.end))
    rejected.sort(key=lambda r: r.span.start)
    return quotes, rejected


def _unmarked_claims(doc: Doc, scan: QuoteScan, article: Article | None = None) -> list[Quotation]:
    """The claims without quote marks, or none while the claim finder is unavailable."""
    try:
        from ._claims import find_claims
    except ImportError:  # pragma: no cover - the claim finder ships with the package
        return []
    return list(find_claims(article if article is not None else doc, scan))


def _from_marks(doc: Doc, scan: QuoteScan) -> tuple[list[Quotation], list[Rejection], list[Setting], frozenset[int]]:
    """Quotations made from quote marks alone.

    Returns:
        ``(quotations, rejections, loose, embedded)`` where ``loose`` are
        short fragments that nothing reports (scare quotes unless a claim
        holds them) and ``embedded`` the starts of quotations that are
        phrases of a sentence rather than quoted sentences.

    """
    text = doc_text(doc)
    paras = paragraphs(text)
    if not paras:
        return [], [], [], frozenset()
    outer = [q for q in scan.quotes if q.depth == 0]
    settings = _settings(text, paras, outer)
    # A rejected pairing (a title in an attribution) does not end the words around its neighbours.
    kept = [s.quote for s in settings if _rejection(text, s, paras) is None]
    if len(kept) < len(outer):
        fresh = {s.quote.open.start: s for s in _settings(text, paras, kept)}
        settings = [fresh.get(s.quote.open.start, s) for s in settings]
    quoted = tuple((s.quote.open.start, s.outer_end) for s in settings)
    quotes: list[Quotation] = []
    rejected: list[Rejection] = []
    loose: list[Setting] = []
    embedded: set[int] = set()
    frames: dict[int, tuple[_mixed.Frame, list[Setting]]] = {}
    previous: tuple[Quotation, int] | None = None  # the last direct quotation and where its sentence ends
    reasons = [_rejection(text, s, paras) for s in settings]
    rejected.extend(Rejection(s.quote.content, r) for s, r in zip(settings, reasons, strict=True) if r is not None)
    i = 0
    while i < len(settings):
        setting = settings[i]
        if reasons[i] is not None:
            i += 1
            continue
        if not _quotes.is_standalone(text, setting):
            frame = _mixed.frame_of(doc, setting)
            if frame is None:
                content = setting.quote.content.text.rstrip()
                if word_count(content) <= MAX_SCARE_WORDS and not content.endswith(("!", "?")):
                    loose.append(setting)  # a short phrase; an exclamation ("“Stay there!”") is a quotation
                else:
                    quote = _unframed(doc, paras, setting, previous, quoted)
                    quotes.append(quote)
                    embedded.add(quote.start)
            elif _reject.is_title_case(setting.quote.content.text) and _reject.title_context(text, setting):
                rejected.append(Rejection(setting.quote.content, "title"))
            else:
                key = frame.cue.token.i
                frames.setdefault(key, (frame, []))[1].append(setting)
            i += 1
            continue
        attribution = _attribution_of(doc, setting)
        joined, i = _join(doc, settings, reasons, i, attribution)
        if attribution is None:
            attribution = _neighbours(doc, paras, setting, previous, quoted)
        quote = _quotes.quotation(text, setting, attribution, joined)
        quotes.append(quote)
        last = joined[-1] if joined else setting
        end = max(last.post.end, attribution.end or 0)
        previous = (quote, end)
    for frame, members in frames.values():
        quote = _mixed.quotation(text, _mixed_frame_union(text, frame, members), members)
        quotes.append(quote)
    return quotes, rejected, loose, frozenset(embedded)


def _settings(text: str, paras: list[Paragraph], quotes: list[QuotedSpan]) -> list[Setting]:
    """Each pairing in its sentence, its words after it ending at the next pairing."""
    return [
        setting_of(text, paras, q, quotes[i + 1].open.start if i + 1 < len(quotes) else None)
        for i, q in enumerate(quotes)
    ]


def _attribution_of(doc: Doc, setting: Setting) -> _quotes.Attribution | None:
    """The attribution in the pairing's own sentence: after it, else before it.

    A cue after the quotation without a speaker gives way to one before it
    that has one ("Lee said, “Maybe,” when asked ...").
    """
    after = _quotes.trailing(doc, setting)
    if after is not None and after.speaker is not None:
        if _introduced(setting):
            before = _quotes.leading(doc, setting)
            if before is not None and before.speaker is not None and before.cue is not None:
                return before  # "Lee said, “We won.” The crowd cheered.": the next sentence is not the source
        return after
    before = _quotes.leading(doc, setting)
    if before is not None and (after is None or before.speaker is not None):
        return before
    return after


def _introduced(setting: Setting) -> bool:
    """Whether an attribution ending in a comma or colon introduces a quoted full sentence.

    Args:
        setting: The pairing in its sentence.

    Returns:
        True for "Lee said, “We won.”": the words before the mark end with a
        comma or colon and the quoted words end their sentence.

    """
    before = setting.pre.text.rstrip()
    ended = setting.quote.content.text.rstrip().rstrip("\"”’'").endswith(_quotes.SENTENCE_FINAL)
    return bool(before) and before.endswith((",", ":")) and ended


def _mixed_frame_union(text: str, frame: _mixed.Frame, members: list[Setting]) -> _mixed.Frame:
    """A frame whose content covers every fragment reported by its cue."""
    start = min([frame.content.start] + [m.quote.open.start for m in members])
    end = max([frame.content.end] + [m.outer_end for m in members])
    return attrs.evolve(frame, content=Span.of(text, start, end))


def _rejection(text: str, setting: Setting, paras: list[Paragraph]) -> str | None:
    """A reason read from the words around the pairing, before any parse rule."""
    reason = _reject.marker_reason(text, setting)
    if reason is not None:
        return reason
    if _reject.is_nickname(text, setting):
        return "nickname"
    if _reject.is_headline(text, setting, paras):
        return "headline"
    if (
        _reject.is_title_case(setting.quote.content.text)
        and _reject.title_context(text, setting)
        and not _quotes.is_standalone(text, setting)
    ):
        return "title"
    return None


def _join(
    doc: Doc,
    settings: list[Setting],
    reasons: list[str | None],
    i: int,
    attribution: _quotes.Attribution | None,
) -> tuple[list[Setting], int]:
    """Later pieces of the quotation starting at ``settings[i]``, and the next index.

    A piece joins when it follows in the same paragraph, directly or after
    the first piece's attribution only, is a standalone sentence, and has no
    attribution of its own. Rejected pairings in between (a title in the
    attribution) are stepped over.
    """
    text = doc_text(doc)
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
        if nxt.para.index != current.last_para.index or not _quotes.is_standalone(text, nxt, piece=True):
            break
        gap = text[current.outer_end : nxt.quote.open.start]
        if gap.strip():
            first_gap = not joined and attribution is not None and attribution.end is not None
            if not first_gap or attribution.end < current.outer_end:  # type: ignore[union-attr]
                break
            if text[attribution.end : nxt.quote.open.start].strip():  # type: ignore[union-attr]
                break
            if word_count(gap) > _quotes.MAX_ATTRIBUTION_WORDS:
                break
        elif attribution is None:
            break
        if _reject.marker_reason(text, nxt) is not None:
            break
        if _quotes.trailing(doc, nxt) is not None:
            break
        joined.append(nxt)
        current = nxt
        j += 1
    return joined, j


def _neighbours(
    doc: Doc,
    paras: list[Paragraph],
    setting: Setting,
    previous: tuple[Quotation, int] | None,
    quoted: tuple[tuple[int, int], ...],
) -> _quotes.Attribution:
    """The attribution of a quoted sentence with no cue of its own (cues in ``quoted`` words do not count)."""
    text = doc_text(doc)
    found = _quotes.colon_intro(doc, paras, setting)
    if found is not None:
        return found
    if previous is not None and previous[0].speaker is not None:
        between = text[previous[1] : setting.pre.start]
        if not between.strip() and setting.para.index - paras_index(paras, previous[1]) <= 1:
            prev = previous[0]
            return _quotes.Attribution(rule="quote.continuation", cue=prev.cue, speaker=prev.speaker)
    before = _quotes.previous_sentence(doc, paras, setting)
    if before is not None:
        found = _quotes.neighbour_speaker(doc, before[0], before[1], "quote.previous_sentence", quoted)
        if found is not None:
            return found
    after_start = setting.post.end
    if after_start < setting.last_para.end:
        after_end = _next_sentence_end(text, after_start, setting.last_para.end)
        found = _quotes.neighbour_speaker(doc, after_start, after_end, "quote.next_sentence", quoted)
        if found is not None:
            return found
    # Anywhere else in the paragraph: the nearest speech cue with a speaker, before the quotation first.
    para = setting.para
    found = _quotes.neighbour_speaker(doc, para.start, setting.pre.start, "quote.paragraph", quoted, last=True)
    if found is None and setting.post.end < setting.last_para.end:
        found = _quotes.neighbour_speaker(doc, setting.post.end, setting.last_para.end, "quote.paragraph", quoted)
    if found is not None:
        return found
    return _quotes.Attribution(rule="quote.unattributed")


def _next_sentence_end(text: str, start: int, hi: int) -> int:
    """The end of the sentence starting at ``start`` (within ``[start, hi)``)."""
    while start < hi and text[start].isspace():
        start += 1
    return sentence_end(text, min(start + 1, hi), hi)


def paras_index(paras: list[Paragraph], offset: int) -> int:
    """The index of the paragraph holding ``offset``."""
    return paragraph_at(paras, max(0, offset - 1)).index


def _unframed(
    doc: Doc,
    paras: list[Paragraph],
    setting: Setting,
    previous: tuple[Quotation, int] | None,
    quoted: tuple[tuple[int, int], ...],
) -> Quotation:
    """A long quoted stretch inside a sentence that no cue verb governs.

    The cue is looked for before the quoted words (the sentence's subject and
    verb), then after them, then in the neighbouring sentences.
    """
    text = doc_text(doc)
    before = _quotes.leading(doc, setting)
    attribution = before if before is not None and before.speaker is not None else _attribution_of(doc, setting)
    if attribution is None:
        attribution = _neighbours(doc, paras, setting, previous, quoted)
    return _quotes.quotation(text, setting, attribution)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _merge(
    doc: Doc,
    quotes: list[Quotation],
    claims: list[Quotation],
    loose: list[Setting],
    rejected: list[Rejection],
    embedded: frozenset[int],
) -> tuple[list[Quotation], list[Rejection]]:
    """Merge quotations from marks with claims; see the module docstring."""
    text = doc_text(doc)
    results: list[Quotation] = list(quotes)
    used_loose: set[int] = set()
    for claim in claims:
        inside = [q for q in quotes if _within(q, claim.content)]
        inner_loose = [k for k, s in enumerate(loose) if _within_span(s.quote.open.start, s.outer_end, claim.content)]
        # A claim that is (nearly) one quotation: the quotation already says it.
        same = [q for q in quotes if _near_same(text, q, claim)]
        if same:
            continue
        if any(q.rule.startswith("quote.") and q.start not in embedded and not _same_cue(q, claim) for q in inside):
            continue  # a quoted sentence with its own attribution wins over a claim around it
        if not inside and not inner_loose:
            if not any(_cue_taken(q, claim) for q in quotes):
                results.append(claim)
            continue
        fragments: list[Span] = []
        marks: list[Span] = []
        for q in inside:
            fragments.extend(q.fragments)
            marks.extend(q.marks)
        for k in inner_loose:
            s = loose[k]
            fragments.append(s.quote.content)
            marks.extend(_marks_of(s))
            used_loose.add(k)
        fragments.sort(key=lambda f: f.start)
        marks.sort(key=lambda m: m.start)
        last_mark = max(m.end for m in marks)
        content = _mixed.cut_after(doc, claim.content, last_mark)
        if content.end < last_mark:
            content = Span.of(text, content.start, last_mark)  # the fragments with their closing marks
        mixed = attrs.evolve(
            claim,
            content=content,
            kind="mixed",
            fragments=tuple(fragments),
            marks=tuple(marks),
            confidence=max(claim.confidence, MERGED_CLAIM_CONFIDENCE),
            rule=f"{claim.rule}+marks" if claim.rule else "mixed.claim",
        )
        results = [r for r in results if not any(r is q for q in inside)]
        results.append(mixed)
    for k, s in enumerate(loose):
        if k not in used_loose:
            reason = "title" if _reject.is_title_case(s.quote.content.text) else "scare_quote"
            rejected.append(Rejection(s.quote.content, reason))
    return _resolve_overlaps(results), rejected


def _cue_taken(quote: Quotation, claim: Quotation) -> bool:
    """Whether a claim's cue already introduces a quotation lying outside the claim.

    In "“...,” she told reporters at the summit" the cue reports the
    quotation; what the claim finder took as the cue's other complement
    ("the summit") is no claim.
    """
    return (
        quote.cue is not None
        and claim.cue is not None
        and (quote.cue.start, quote.cue.end) == (claim.cue.start, claim.cue.end)
        and not _overlaps(quote.content, claim.content)
    )


def _same_cue(quote: Quotation, claim: Quotation) -> bool:
    """Whether a quotation and a claim around it hang off the same cue word.

    "She adds that voters have two choices: “Stay or go.”": the quoted words
    end the clause the cue reports, so the claim is the quotation (mixed).

    Args:
        quote: A quotation made from quote marks.
        claim: A claim whose content holds the quotation.

    Returns:
        True when both cues are the same span of text and the claim starts
        before the quotation's marks.

    """
    if quote.cue is None or claim.cue is None:
        return False
    first = min((m.start for m in quote.marks), default=quote.content.start)
    if not any(ch.isalnum() for ch in _between(claim, quote.cue.end, first)):
        return False  # "X boasted, “...”": the cue introduces the quoted sentence directly
    return (quote.cue.start, quote.cue.end) == (claim.cue.start, claim.cue.end) and claim.content.start < first


def _between(claim: Quotation, start: int, end: int) -> str:
    """The claim's words from ``start`` to ``end`` (empty when outside the claim)."""
    lo, hi = max(start, claim.content.start), min(end, claim.content.end)
    return claim.content.text[lo - claim.content.start : hi - claim.content.start] if lo < hi else ""


def _marks_of(setting: Setting) -> list[Span]:
    marks = [setting.quote.open, *setting.quote.reopen]
    if setting.quote.close is not None:
        marks.append(setting.quote.close)
    return marks


def _within_span(start: int, end: int, outer: Span) -> bool:
    return outer.start <= start and end <= outer.end + 1


def _within(quote: Quotation, outer: Span) -> bool:
    """Whether every fragment of ``quote`` lies inside ``outer`` (marks may stick out by one)."""
    return all(outer.start - 1 <= f.start and f.end <= outer.end + 1 for f in quote.fragments)


def _near_same(text: str, quote: Quotation, claim: Quotation) -> bool:
    """Whether a claim's content is (nearly) exactly one quotation's words."""
    a, b = quote.content, claim.content
    inter = max(0, min(a.end, b.end) - max(a.start, b.start))
    if inter == 0:
        return False
    outside = text[b.start : max(b.start, a.start)] + text[min(b.end, a.end) : b.end]
    letters = sum(ch.isalnum() for ch in outside)
    total = sum(ch.isalnum() for ch in b.text)
    return total > 0 and letters <= (1 - NEAR_EXACT) * total and inter > 0.5 * (a.end - a.start)


def _resolve_overlaps(results: list[Quotation]) -> list[Quotation]:
    """Keep, of results covering the same words, one with quote marks, else the most confident.

    Quoted fragments of a dropped result that lie inside the kept one become
    fragments of the kept one, so no quoted words are lost.
    """
    order = sorted(results, key=lambda q: (not q.marks, -q.confidence, q.start))
    kept: list[Quotation] = []
    for quote in order:
        hits = [k for k, other in enumerate(kept) if _overlaps(quote.content, other.content)]
        if not hits:
            kept.append(quote)
            continue
        for k in hits:
            other = kept[k]
            inside = [f for f in quote.fragments if _within_span(f.start, f.end, other.content)]
            new = [f for f in inside if f not in other.fragments]
            if new and other.kind != "direct":
                marks = [m for m in quote.marks if other.content.start - 1 <= m.start < other.content.end + 1]
                kept[k] = attrs.evolve(
                    other,
                    kind="mixed",
                    fragments=tuple(sorted({*other.fragments, *new}, key=lambda f: f.start)),
                    marks=tuple(sorted({*other.marks, *marks}, key=lambda m: m.start)),
                )
    return kept


__all__ = ["attribute"]
