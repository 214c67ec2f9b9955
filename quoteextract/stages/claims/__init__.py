"""Claims reported without quote marks (kind ``indirect``), found in the parse.

For every cue of the article (:attr:`quoteextract.article.Article.cues`) the
claim finder tries the registered *frames* (rules of stage ``"claims"``,
:mod:`.frames`) in order; the first that answers names the content. The
*filters* (rules of stage ``"claim_filters"``, :mod:`.filters`) then drop
what is no claim: a cue inside quote marks, a content that is only a date,
a bare modifier, a question to the reader, a frame without the source it
needs, a content that is wholly one quotation (left to the quotation
finder). "Label: words" lines (:mod:`.colon`) join the candidates, and only
the outermost attribution is kept (:mod:`.outermost`): a cue inside another
claim's content ("He said analysts believe ...") gives no claim of its own.

A content clause with some quoted words is still returned here as
``indirect``; the attribution merge turns it into ``mixed``.

.. versionadded:: 0.2.0
   The claim finder became its own stage (it was
   ``quoteextract.stages.attribution._claims``).
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from ..._model import Cue, Mention, Quotation, Rejection
from ..attribution._cues import CueInfo, cue_span, speaker_mention
from ..attribution._mention import within_cue_line
from .colon import LabelClaim, label_claims
from .cue_time import drop_cue_time
from .dateline import past_dateline
from .extra_cues import RULE_NAME as EXTRA_CUES_RULE
from .extra_cues import extra_cues
from .figure import FIGURE_RULE, figure_cues
from .filters import Candidate, Quoted
from .frames import FRAME_CONFIDENCE, FramePlan, first_frame, frame_confidence, plan_frames
from .inverted import RULE_NAME as INVERTED_RULE
from .inverted import inverted_speaker
from .outermost import outermost
from .phrase_cues import IDIOM_RULE, PER_RULE, idiom_cues, is_per_phrase, per_cues, speech_cue
from .raised import raised_speaker
from .rejected import Rejected
from .sentence_break import one_sentence
from .trim import char_span, one_paragraph

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from spacy.tokens import Doc

    from ...article import Article
    from ...rules import Rule

NO_SOURCE_FACTOR = 0.8
"""Confidence factor of a claim whose cue names no source."""

LABEL_RELATION = "said"
"""The source relation of a "Label: words" claim: the label said the words."""

QUOTED_CUE_FILTER = "claim_filter.cue_in_quotes"
"""The filter that drops cues inside quote marks (applied before the frames run)."""

COLON_RULE = "claim.colon"
"""The rule "Label: words" claims are reported under."""


def find_claims(article: Article, rejected: Sequence[Rejection] = ()) -> list[Quotation]:
    """Find the claims reported without quote marks in a parsed article.

    Args:
        article: The article (``article.doc`` must be set).
        rejected: The quote-mark pairs the attribution stage rejected; no
            claim re-reports them (``claim_filter.rejected_marks``).

    Returns:
        ``indirect`` quotations in text order, each with its content (the
        reported clause without the attribution, a leading "that" or the
        final punctuation), cue (a :class:`~quoteextract.Cue` with its
        lexicon entry), speaker mention (``entity=None``), confidence and
        rule name. Empty for a text without cues.

    Example:
        "The talks will resume in May, the ministry said." gives one claim
        with content "The talks will resume in May", cue "said" and speaker
        "the ministry".

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Takes the :class:`~quoteextract.article.Article`, and the rejected pairs.

    """
    if article.doc is None or not article.text.strip():
        return []
    outer = (q for q in article.scan.quotes if q.depth == 0)
    quoted = Quoted(tuple((q.open.start, q.close.end if q.close is not None else q.end) for q in outer))
    refused = Rejected(tuple((r.span.start, r.span.end, r.reason) for r in rejected), article.text)
    plan = plan_frames(article.rules)
    active = article.rules.active("claim_filters")
    filters = tuple(r.func for r in active)
    # The quote-mark filter reads only the cue: apply it before the frames run (same result, less work).
    skip_quoted = any(r.name == QUOTED_CUE_FILTER for r in active)
    candidates: list[tuple[Quotation, int]] = []
    for cue in _cues(article, plan):
        if skip_quoted and quoted.holds(cue.token.idx):
            continue
        candidate = _candidate(article.text, cue, plan, quoted, refused)
        if candidate is not None and not any(drop(candidate) for drop in filters):
            candidates.append((_claim(article.text, candidate), cue.token.idx))
    colon = next((reported for _, reported in plan if reported.name == COLON_RULE), None)
    if colon is not None:
        candidates.extend(_unclaimed(_label_claims(article.doc, article.text, colon, quoted, filters), candidates))
    return outermost(candidates)


def _unclaimed(labels: list[tuple[Quotation, int]], cued: list[tuple[Quotation, int]]) -> list[tuple[Quotation, int]]:
    """The "Label: words" claims whose words no cue claims already ("told analysts two things: ...").

    A cue before the colon names the speaker and the speech act; the label claim over the same words would
    only stand in for it with the colon as its cue.
    """
    taken = {(claim.start, claim.end) for claim, _ in cued}
    return [(claim, offset) for claim, offset in labels if (claim.start, claim.end) not in taken]


def _cues(article: Article, plan: FramePlan) -> Iterable[CueInfo]:
    """The article's cues, and the claims-local ones whose rule is on (cue verbs, idioms, "per X", figures)."""
    doc = article.doc
    if doc is None:
        return article.cues
    active = {frame.name for frame, _ in plan}
    local: list[Callable[[Doc], Iterable[CueInfo]]] = []
    if EXTRA_CUES_RULE in active:
        local.append(extra_cues)
    if IDIOM_RULE in active:
        local.append(idiom_cues)
    if PER_RULE in active:
        local.append(per_cues)
    if FIGURE_RULE in active:
        local.append(figure_cues)
    return itertools.chain(article.cues, *(found(doc) for found in local))


def _label_claims(
    doc: Doc, text: str, colon: Rule, quoted: Quoted, filters: tuple[Callable[[Candidate], bool], ...]
) -> list[tuple[Quotation, int]]:
    """The "Label: words" claims that pass the filters, with their colon's offset."""
    found = []
    for label in label_claims(doc, text):
        candidate = _label_candidate(label, colon, quoted)
        if not any(drop(candidate) for drop in filters):
            found.append((_claim(text, candidate), label.colon.start))
    return found


def _candidate(text: str, cue: CueInfo, plan: FramePlan, quoted: Quoted, rejected: Rejected) -> Candidate | None:
    """The claim a cue introduces, before the filters, if a frame finds its content."""
    answer = first_frame(cue, plan)
    if answer is None:
        return None
    found, reported = answer
    content = char_span(text, drop_cue_time(cue.token, found.tokens))
    if content is None:
        return None
    content = one_paragraph(text, content, cue.token.idx)
    if content is not None:
        content = one_sentence(text, content, cue.token.idx)
    if content is not None:
        content = past_dateline(text, content)
    if content is None:
        return None
    span = inverted_speaker(cue) if reported.name == INVERTED_RULE else speaker_mention(cue) or raised_speaker(cue)
    mention = None if span is None else Mention(span.start_char, span.end_char, text[span.start_char : span.end_char])
    mention = within_cue_line(mention, cue)
    confidence = frame_confidence(reported) * cue.weight
    if mention is None:
        confidence *= NO_SOURCE_FACTOR
    return Candidate(
        info=cue,
        cue=speech_cue(cue_span(cue, text)) if is_per_phrase(cue) else cue_span(cue, text),
        tokens=found.tokens,
        rule=reported.name,
        content=content,
        mention=mention,
        confidence=confidence,
        quoted=quoted,
        rejected=rejected,
    )


def _label_candidate(label: LabelClaim, colon: Rule, quoted: Quoted) -> Candidate:
    """A "Label: words" line as a candidate claim."""
    return Candidate(
        info=None,
        cue=Cue(label.colon.start, label.colon.end, label.colon.text, relation=LABEL_RELATION),
        tokens=(),
        rule=colon.name,
        content=label.content,
        mention=label.label,
        confidence=frame_confidence(colon),
        quoted=quoted,
    )


def _claim(text: str, candidate: Candidate) -> Quotation:
    """The claim a candidate that passed the filters makes."""
    mention = candidate.mention
    content = candidate.content
    inside = mention is not None and content.start <= mention.start < mention.end <= content.end
    if candidate.rule == "claim.noun" and inside:
        mention = None  # "criticism of Lee": the one criticised is not the source
    if mention is not None and mention.start == mention.end:
        mention = None
    return Quotation(
        content=content,
        kind="indirect",
        cue=candidate.cue,
        speaker=mention,
        confidence=round(min(1.0, candidate.confidence), 3),
        rule=candidate.rule,
    )


__all__ = ["FRAME_CONFIDENCE", "find_claims"]
