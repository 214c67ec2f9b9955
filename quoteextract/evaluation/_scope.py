"""Scoring the ``speech`` scope on gold that annotates every attribution.

PolNeAR annotates beliefs, findings and intentions as well as speech. To score
the ``speech`` scope on it:

- **precision** is counted against *all* gold attributions (any gold
  attribution is a real attribution, so a speech prediction that meets one is
  not a false alarm);
- **recall** is counted against the *speech gold*: the gold items whose cue is
  a speech act or an "according to"-type phrase, and whose content is a
  quotation or a clause.

How a gold item is judged speech (:func:`speech_gold`): the article is parsed
(with the same pipeline and cache as the run), the gold item becomes a claim
with the gold cue and content, and the library's own ``classify`` stage reads
it. The cue's class is the lexicon class of its head word's lemma (the root of
the cue's words in the parse, else its first word that is a cue: "has said" →
*say* → speech, "according to" → a sourcing phrase → speech, "believe" →
belief, a colon before a quotation → speech; a cue word not in the lexicon is
not speech); the content is a quotation when the gold kind is direct or mixed,
else the parse must make it a clause (headed by a verb or opened by "that",
"whether" or a wh-word). Gold items without a cue are not speech.

Gold that annotates the outermost attribution only (PolNeAR) has no item for a
quotation inside another quotation ("She told me, 'Sign it,'" Vos said: the
inner words are the other person's speech, and the speech scope keeps them).
Beside the precision above, the report gives the precision with such inner
predictions set aside (:func:`inner_predictions`), so the cost of that
annotation convention is visible; the headline precision counts them.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from .._model import Quotation, Span
from ._gold import GoldArticle
from ._scoring import EvaluationReport, Scores, score

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ._predictions import PredictedQuote

SPEECH_GOLD_CONTENT: frozenset[str] = frozenset({"quoted", "clause"})
"""Content types of an indirect gold item that count towards speech recall."""


def speech_flags(article: GoldArticle, doc: Doc) -> list[bool]:
    """Which gold items of one article count towards speech-scope recall.

    Args:
        article: The gold article.
        doc: Its parse (``doc.text == article.text``).

    Returns:
        One flag per gold item: ``True`` when the cue is speech and the
        content a quotation or a clause.

    """
    from ..article import Article
    from ..stages.classify import classify

    text = article.text
    claims = [
        Quotation(content=Span.of(text, q.start, q.end), kind=q.kind, cue=Span.of(text, *q.cue), rule="gold")
        for q in article.quotes
        if q.cue is not None and q.cue[1] > q.cue[0]
    ]
    read = iter(classify(Article.build(doc), claims))
    flags = []
    for quote in article.quotes:
        if quote.cue is None or quote.cue[1] <= quote.cue[0]:
            flags.append(False)
            continue
        claim = next(read)
        is_speech = claim.cue_class == "speech"
        flags.append(is_speech and (quote.kind != "indirect" or claim.content_type in SPEECH_GOLD_CONTENT))
    return flags


def speech_gold(articles: Sequence[GoldArticle], docs: Sequence[Doc]) -> list[GoldArticle]:
    """The articles with only their speech gold items (see the module's description).

    Args:
        articles: The gold articles.
        docs: Their parses, in the same order.

    Returns:
        The same articles, each keeping the gold items that count towards speech recall.

    """
    kept = []
    for article, doc in zip(articles, docs, strict=True):
        flags = speech_flags(article, doc)
        kept.append(attrs.evolve(article, quotes=tuple(q for q, f in zip(article.quotes, flags, strict=True) if f)))
    return kept


def inner_predictions(predictions: Sequence[PredictedQuote]) -> set[int]:
    """The quotations (direct or mixed) lying inside another prediction's quoted words.

    One sort of the quoted fragments, then one pass, as the speech scope does.

    Args:
        predictions: One article's predictions.

    Returns:
        The indexes (into ``predictions``) of the inner quotations.

    """
    pieces: list[tuple[int, int, int, bool]] = []  # start, -end, owner, is the prediction's own span
    for i, quote in enumerate(predictions):
        if quote.kind == "indirect":
            continue
        pieces.append((quote.start, -quote.end, i, True))
        pieces.extend((start, -end, i, False) for start, end in quote.fragments)
    pieces.sort()
    inner: set[int] = set()
    cover = (-1, -1, -1)  # the fragment reaching furthest so far: start, end, owner
    for start, neg_end, owner, own in pieces:
        end = -neg_end
        if own and owner != cover[2] and end <= cover[1] and (start, end) != cover[:2]:
            inner.add(owner)
        if not own and end > cover[1]:
            cover = (start, end, owner)
    return inner


def outermost(predictions: Mapping[str, Sequence[PredictedQuote]]) -> dict[str, list[PredictedQuote]]:
    """The predictions without the quotations inside another prediction's quoted words."""
    kept = {}
    for key, quotes in predictions.items():
        inner = inner_predictions(quotes)
        kept[key] = [q for i, q in enumerate(quotes) if i not in inner]
    return kept


@attrs.frozen
class ScopeReport:
    """The ``speech`` scope's scores: precision against all gold, recall against speech gold.

    Args:
        scope: The scope scored.
        all_gold: The usual report against every gold attribution.
        speech: The report against the speech gold only (its recall is the speech recall).
        outermost: Overlap scores against all gold with the inner quotations set
            aside (:func:`outermost`), for gold that annotates the outermost
            attribution only.

    .. versionchanged:: 0.2.0 ``outermost``.

    """

    scope: str
    all_gold: EvaluationReport
    speech: EvaluationReport
    outermost: Scores | None = None

    @property
    def scores(self) -> Scores:
        """Overlap precision (all gold) and recall (speech gold), as one :class:`Scores`."""
        return Scores(
            self.all_gold.overlap.precise,
            self.all_gold.overlap.predicted,
            self.speech.overlap.recalled,
            self.speech.overlap.gold,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready scores."""
        return {
            "scope": self.scope,
            "speech_overlap": self.scores.to_dict(),
            "speech_strict_recall": self.speech.strict.r,
            "speech_recall_by_kind": self.speech.recall_by_kind,
            "speech_gold": self.speech.overlap.gold,
            "speech_outermost_overlap": self.outermost.to_dict() if self.outermost else None,
        }


def score_scope(
    scope: str,
    articles: Sequence[GoldArticle],
    docs: Sequence[Doc],
    predictions: Mapping[str, Sequence[PredictedQuote]],
    all_gold: EvaluationReport,
) -> ScopeReport:
    """Score scoped predictions: precision against all gold, recall against speech gold.

    Args:
        scope: The scope the predictions were made in.
        articles: The gold articles.
        docs: Their parses.
        predictions: Predicted quotations by article id.
        all_gold: The report of ``predictions`` against all gold.

    Returns:
        The scope report.

    """
    outer = score(articles, outermost(predictions)).overlap
    return ScopeReport(scope, all_gold, score(speech_gold(articles, docs), predictions), outer)


def format_scope(report: ScopeReport) -> str:
    """The scope's scores as text.

    Args:
        report: The scope report.

    Returns:
        A few lines, no trailing newline.

    """
    s = report.scores
    lines = [
        f"speech scope (precision vs all gold, recall vs {report.speech.overlap.gold} speech gold items):",
        f"  overlap P/R/F1 {s.p:.3f} {s.r:.3f} {s.f1:.3f}"
        f"   ({s.precise}/{s.predicted} predicted, {s.recalled}/{s.gold} speech gold)",
        f"  strict recall  {report.speech.strict.r:.3f}",
    ]
    if report.outermost is not None and report.outermost.predicted != s.predicted:
        o = report.outermost
        lines.append(
            f"  precision, inner quotations set aside {o.p:.3f}   ({o.precise}/{o.predicted} predicted;"
            " for gold that annotates the outermost attribution only)"
        )
    for kind, (found, total) in report.speech.kinds.items():
        if total:
            lines.append(f"  recall {kind:<9} {found / total:.3f}   ({found}/{total})")
    return "\n".join(lines)
