"""The scores: span P/R/F1 (strict and overlap), recall by kind, speakers, end to end, cues.

Definitions (also in ``docs/accuracy.md``):

- **strict / overlap**: a gold quotation is recalled when the greedy matching
  (:mod:`._matching`) pairs it with a prediction; a prediction is precise when
  at least one of its units is paired. Strict needs equal trimmed boundaries,
  overlap an intersection over union of at least 0.5.
- **recall by kind**: overlap recall of the gold quotations of each kind.
- **speaker accuracy**: among gold quotations matched (overlap) that have a
  source, the share whose prediction's speaker mention overlaps the source
  mention or whose speaker names (mention text, resolved entity name) share a
  name token (:func:`._spans.name_tokens`) with the source or its aliases.
- **end to end**: a gold quotation with a source counts when it is matched
  (overlap) and its speaker is right; precision over predictions that name a
  speaker, recall over gold quotations that have a source.
- **cue**: predicted cues are paired one to one with gold cues whenever the
  two spans share a character (largest overlap first), over all quotations
  of the article whatever their spans; precision over predictions with a cue,
  recall over gold quotations with a cue. ``on_matched`` is the share of
  overlap-matched pairs with a gold cue whose predicted cue overlaps it.

A ratio whose denominator is zero is 0.0 for P/R/F1 and ``None`` for
``speaker_accuracy`` and ``cue.on_matched``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from .._model import QUOTE_KINDS
from ._gold import GoldArticle, GoldQuote
from ._matching import greedy_match, greedy_pair, units
from ._predictions import PredictedQuote
from ._spans import name_tokens, overlaps
from ._speaker_metrics import SpeakerScores, score_speakers

CONTEXT = 70
"""Characters of text shown either side of an error's span."""


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


@attrs.frozen
class Scores:
    """Precision, recall and F1 with the counts they come from.

    Args:
        precise: Predictions counted correct.
        predicted: Predictions counted.
        recalled: Gold items counted found.
        gold: Gold items counted.

    """

    precise: int
    predicted: int
    recalled: int
    gold: int

    @property
    def p(self) -> float:
        """Precision (0.0 without predictions)."""
        return _ratio(self.precise, self.predicted)

    @property
    def r(self) -> float:
        """Recall (0.0 without gold items)."""
        return _ratio(self.recalled, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.precise + other.precise,
            self.predicted + other.predicted,
            self.recalled + other.recalled,
            self.gold + other.gold,
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready ``{"p", "r", "f1"}`` plus the four counts."""
        return {
            "p": self.p,
            "r": self.r,
            "f1": self.f1,
            "precise": self.precise,
            "predicted": self.predicted,
            "recalled": self.recalled,
            "gold": self.gold,
        }


_ZERO = Scores(0, 0, 0, 0)


@attrs.frozen
class ErrorCase:
    """One miss, false alarm or wrong speaker, with its context.

    Args:
        type: ``miss`` (gold not found), ``false_alarm`` (prediction matching
            nothing) or ``wrong_speaker``.
        article: The article id.
        start: The quotation's start.
        end: Its end.
        kind: Its kind (gold kind for misses and wrong speakers).
        context: The text around the span, the span between ``⟦`` and ``⟧``.
        detail: The cue and speakers involved, in words.

    """

    type: str
    article: str
    start: int
    end: int
    kind: str
    context: str
    detail: str = ""


@attrs.frozen
class EvaluationReport:
    """The scores of one evaluation run.

    Args:
        documents: Articles scored.
        strict: Strict span scores.
        overlap: Overlap span scores.
        kinds: Overlap recall counts per gold kind, ``(recalled, gold)``.
        speaker_correct: Matched gold quotations with a source whose speaker is right.
        speaker_total: Matched gold quotations with a source.
        end_to_end: End-to-end scores.
        cue: Cue scores.
        cue_on_matched: ``(right cues, matched pairs with a gold cue)``.
        errors: Every miss, false alarm and wrong speaker, in article order.
        missing: Ids of gold articles that had no prediction.
        speakers: Resolved speaker, pronoun, titles and chain scores, when the
            gold has the optional speaker fields (``None`` otherwise).

    """

    documents: int
    strict: Scores
    overlap: Scores
    kinds: Mapping[str, tuple[int, int]]
    speaker_correct: int
    speaker_total: int
    end_to_end: Scores
    cue: Scores
    cue_on_matched: tuple[int, int]
    errors: tuple[ErrorCase, ...] = ()
    missing: tuple[str, ...] = ()
    speakers: SpeakerScores | None = None

    @property
    def recall_by_kind(self) -> dict[str, float]:
        """Overlap recall per gold kind, for the kinds present in the gold data."""
        return {kind: _ratio(found, total) for kind, (found, total) in self.kinds.items() if total}

    @property
    def speaker_accuracy(self) -> float | None:
        """Share of matched gold quotations with a source whose speaker is right."""
        return self.speaker_correct / self.speaker_total if self.speaker_total else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object printed by ``quoteextract evaluate --json``.

        Returns:
            ``strict``, ``overlap``, ``end_to_end`` and ``cue`` (each with ``p``,
            ``r``, ``f1`` and counts), ``recall_by_kind``, ``speaker_accuracy``,
            ``speakers`` (``None`` unless the gold has speaker fields) and a
            ``counts`` object.

        """
        right, total = self.cue_on_matched
        return {
            "strict": self.strict.to_dict(),
            "overlap": self.overlap.to_dict(),
            "recall_by_kind": self.recall_by_kind,
            "speaker_accuracy": self.speaker_accuracy,
            "end_to_end": self.end_to_end.to_dict(),
            "cue": {**self.cue.to_dict(), "on_matched": right / total if total else None},
            "speakers": None if self.speakers is None else self.speakers.to_dict(),
            "counts": {
                "documents": self.documents,
                "gold": self.overlap.gold,
                "predicted": self.overlap.predicted,
                "gold_by_kind": {k: n for k, (_, n) in self.kinds.items() if n},
                "speaker_scored": self.speaker_total,
                "missing_predictions": len(self.missing),
            },
        }


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """The text around ``text[start:end]`` on one line, the span marked ``⟦…⟧``.

    Args:
        text: The article.
        start: Span start.
        end: Span end.
        width: Characters shown either side.

    Returns:
        The window, with line breaks shown as ``⏎``.

    """
    left = max(0, start - width)
    right = min(len(text), end + width)
    window = (
        ("…" if left else "")
        + text[left:start]
        + "⟦"
        + text[start:end]
        + "⟧"
        + text[end:right]
        + ("…" if right < len(text) else "")
    )
    return window.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")


def speaker_right(gold: GoldQuote, predicted: PredictedQuote) -> bool:
    """Whether a prediction names the gold quotation's source.

    Args:
        gold: A gold quotation with a source.
        predicted: The prediction matched to it.

    Returns:
        True when the speaker mention overlaps the source mention, or the
        speaker's names share a name token with the source or its aliases.

    """
    if overlaps(gold.source, predicted.speaker):
        return True
    if predicted.speaker is None:
        return False
    return bool(name_tokens(*predicted.speaker_names) & name_tokens(gold.source_text, *gold.source_aliases))


def _snippet(text: str, span: tuple[int, int] | None) -> str:
    return "-" if span is None else repr(text[span[0] : span[1]])


@attrs.define
class _Tally:
    """Counts summed over articles while scoring."""

    strict: Scores = _ZERO
    overlap: Scores = _ZERO
    end_to_end: Scores = _ZERO
    cue: Scores = _ZERO
    kinds: Counter[tuple[str, bool]] = attrs.Factory(Counter)
    speaker_correct: int = 0
    speaker_total: int = 0
    cue_right: int = 0
    cue_total: int = 0
    errors: list[ErrorCase] = attrs.Factory(list)


_Matching = dict[int, tuple[int, float]]
"""Gold index to ``(prediction index, overlap)``, as :func:`._matching.greedy_match` returns."""


def _score_spans(article: GoldArticle, predicted: Sequence[PredictedQuote], tally: _Tally) -> _Matching:
    """Add the strict and overlap span scores; return the overlap matching."""
    text = article.text
    gold_units = [units(text, q.start, q.end, q.fragments) for q in article.quotes]
    pred_units = [units(text, p.start, p.end, p.fragments) for p in predicted]
    matchings: list[_Matching] = []
    for strict in (True, False):
        matched = greedy_match(gold_units, pred_units, strict=strict)
        found = len({p for p, _ in matched.values()})
        matchings.append(matched)
        scores = Scores(found, len(predicted), len(matched), len(article.quotes))
        if strict:
            tally.strict += scores
        else:
            tally.overlap += scores
    return matchings[-1]


def _by_prediction(matched: _Matching) -> dict[int, list[int]]:
    """The gold indices matched to each prediction index."""
    pred_matches: dict[int, list[int]] = {}
    for g, (p, _) in matched.items():
        pred_matches.setdefault(p, []).append(g)
    return pred_matches


def _score_speakers(
    gold: Sequence[GoldQuote],
    predicted: Sequence[PredictedQuote],
    matched: _Matching,
    tally: _Tally,
) -> dict[int, bool]:
    """Add the speaker and end-to-end counts; return whether each scored gold index's speaker is right."""
    right: dict[int, bool] = {}
    for g, (p, _) in matched.items():
        if gold[g].source is not None:
            right[g] = speaker_right(gold[g], predicted[p])
            tally.speaker_total += 1
            tally.speaker_correct += right[g]
    pred_matches = _by_prediction(matched)
    naming = [p for p, q in enumerate(predicted) if q.speaker is not None]
    e2e_precise = sum(1 for p in naming if any(right.get(g, False) for g in pred_matches.get(p, ())))
    tally.end_to_end += Scores(
        e2e_precise, len(naming), sum(right.values()), sum(1 for q in gold if q.source is not None)
    )
    return right


def _score_cues(
    gold: Sequence[GoldQuote],
    predicted: Sequence[PredictedQuote],
    matched: _Matching,
    tally: _Tally,
) -> None:
    """Add the cue scores (all quotations paired by cue) and the cue-on-matched counts."""
    gold_cues = [q.cue for q in gold]
    pred_cues = [q.cue for q in predicted]
    pairs = greedy_pair(gold_cues, pred_cues)
    tally.cue += Scores(
        len(pairs), sum(c is not None for c in pred_cues), len(pairs), sum(c is not None for c in gold_cues)
    )
    for g, (p, _) in matched.items():
        if gold[g].cue is not None:
            tally.cue_total += 1
            tally.cue_right += overlaps(gold[g].cue, predicted[p].cue)


def _error(kind: str, article: GoldArticle, quote: GoldQuote | PredictedQuote, detail: str) -> ErrorCase:
    """One error case about ``quote``, with its context in the article."""
    return ErrorCase(
        kind,
        article.id,
        quote.start,
        quote.end,
        quote.kind,
        context(article.text, quote.start, quote.end),
        detail,
    )


def _speaker_label(quote: PredictedQuote) -> str:
    """A prediction's speaker names joined by `` / ``, or ``none``."""
    return " / ".join(quote.speaker_names) or "none"


def _gold_errors(
    article: GoldArticle,
    predicted: Sequence[PredictedQuote],
    matched: _Matching,
    right: Mapping[int, bool],
) -> Iterator[ErrorCase]:
    """The misses and wrong speakers, in gold order."""
    text = article.text
    for g, quote in enumerate(article.quotes):
        detail = f"cue {_snippet(text, quote.cue)}, source {_snippet(text, quote.source)}"
        if g not in matched:
            yield _error("miss", article, quote, detail)
        elif g in right and not right[g]:
            names = _speaker_label(predicted[matched[g][0]])
            yield _error("wrong_speaker", article, quote, f"{detail}; predicted speaker {names}")


def _false_alarms(article: GoldArticle, predicted: Sequence[PredictedQuote], matched: _Matching) -> Iterator[ErrorCase]:
    """The predictions matched to no gold quotation, in prediction order."""
    pred_matches = _by_prediction(matched)
    for p, quote in enumerate(predicted):
        if p not in pred_matches:
            detail = f"cue {_snippet(article.text, quote.cue)}, speaker {_speaker_label(quote)}"
            yield _error("false_alarm", article, quote, detail)


def _score_article(article: GoldArticle, predicted: Sequence[PredictedQuote], tally: _Tally) -> None:
    """Score one article and add its counts to ``tally``."""
    gold = article.quotes
    matched = _score_spans(article, predicted, tally)
    for g, quote in enumerate(gold):
        tally.kinds[(quote.kind, g in matched)] += 1
    right = _score_speakers(gold, predicted, matched, tally)
    _score_cues(gold, predicted, matched, tally)
    tally.errors.extend(_gold_errors(article, predicted, matched, right))
    tally.errors.extend(_false_alarms(article, predicted, matched))


def score(
    gold: Iterable[GoldArticle],
    predictions: Mapping[str, Sequence[PredictedQuote]],
) -> EvaluationReport:
    """Score predictions against gold articles.

    Args:
        gold: The gold articles.
        predictions: Predicted quotations by article id; an article without
            an entry counts as having no predictions (and is listed in
            :attr:`EvaluationReport.missing`).

    Returns:
        The report.

    Raises:
        ValueError: If a predicted span lies outside its article's text.

    """
    tally = _Tally()
    documents = 0
    missing = []
    gold = list(gold)
    for article in gold:
        documents += 1
        predicted = predictions.get(article.id)
        if predicted is None:
            missing.append(article.id)
            predicted = []
        for quote in predicted:
            for start, end in ((quote.start, quote.end), *quote.fragments):
                if not 0 <= start <= end <= len(article.text):
                    raise ValueError(f"article {article.id!r}: predicted span [{start}, {end}] is outside the text")
        _score_article(article, predicted, tally)
    kinds = {
        kind: (tally.kinds[(kind, True)], tally.kinds[(kind, True)] + tally.kinds[(kind, False)])
        for kind in QUOTE_KINDS
    }
    return EvaluationReport(
        documents=documents,
        strict=tally.strict,
        overlap=tally.overlap,
        kinds=kinds,
        speaker_correct=tally.speaker_correct,
        speaker_total=tally.speaker_total,
        end_to_end=tally.end_to_end,
        cue=tally.cue,
        cue_on_matched=(tally.cue_right, tally.cue_total),
        errors=tuple(tally.errors),
        missing=tuple(missing),
        speakers=score_speakers(gold, predictions),
    )
