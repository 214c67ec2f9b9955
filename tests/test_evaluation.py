"""Tests for the scorer: trimming, matching and the hand-computed fixture scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteextract import Extraction, Mention, Quotation, Span
from quoteextract.evaluation import GoldArticle, GoldQuote, PredictedQuote, evaluate, score
from quoteextract.evaluation._matching import greedy_match, greedy_pair, units
from quoteextract.evaluation._spans import iou, name_tokens, trim

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We are ready,”", "We are ready"),
        ("  that the plan works. ", "the plan works"),
        ("That “it is over.”", "it is over"),
        ("that", "that"),
        ("thatcher was right", "thatcher was right"),
        ("— (yes) —", "yes"),
        ("“”", ""),
        ("'single' marks", "single' marks"),
    ],
)
def test_trim(text, expected):
    """Trimming drops edge space, quote marks, punctuation and a leading "that "."""
    start, end = trim(text, 0, len(text))
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [((0, 10), (0, 10), 1.0), ((0, 10), (5, 15), 1 / 3), ((0, 10), (10, 20), 0.0), ((0, 4), (0, 8), 0.5)],
)
def test_iou(a, b, expected):
    """Intersection over union of half-open intervals."""
    assert iou(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("Ana Ruiz",), {"ana", "ruiz"}),
        (("the engineer",), set()),
        (("Mr. O'Neill's office",), {"o'neill"}),
        (("He", "The Senator"), set()),
        ((None, "Dr Maria Lopez-Vega"), {"maria", "lopez-vega"}),
    ],
)
def test_name_tokens(names, expected):
    """Name tokens are capitalised non-title words, lower-cased, without possessives."""
    assert name_tokens(*names) == expected


def test_units_deduplicate_and_trim():
    """A quotation's units are its trimmed extent and fragments, without repeats or empties."""
    text = "“A b,” he said, “c d.” “”"
    assert units(text, 0, 22, [(0, 22), (0, 6), (16, 22), (23, 25)]) == ((1, 20), (1, 4), (17, 20))


def test_greedy_match_gold_once():
    """Two predictions of the same span match one gold quotation once; the other stays unmatched."""
    assert greedy_match([[(0, 10)]], [[(0, 10)], [(0, 10)]], strict=True) == {0: (0, 1.0)}


def test_greedy_match_fragments_match_separately():
    """A prediction whose two fragments are two gold quotations matches both."""
    gold = [[(0, 10)], [(20, 30)]]
    predicted = [[(0, 30), (0, 10), (20, 30)]]
    assert greedy_match(gold, predicted, strict=True) == {0: (0, 1.0), 1: (0, 1.0)}


def test_greedy_match_unit_used_once():
    """One unit of a prediction cannot match two gold quotations."""
    gold = [[(0, 10)], [(0, 9)]]
    assert greedy_match(gold, [[(0, 10)]], strict=False) == {0: (0, 1.0)}


def test_greedy_match_best_first():
    """The best-overlapping pair is taken first, even when a worse one comes earlier in text."""
    gold = [[(0, 12)], [(2, 10)]]
    predicted = [[(2, 10)]]
    assert greedy_match(gold, predicted, strict=False) == {1: (0, 1.0)}


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [((0, 10), (5, 15), {0: 0}), ((0, 10), (10, 15), {}), ((0, 10), (9, 30), {0: 0})],
)
def test_overlap_threshold(gold, predicted, expected):
    """Overlap matching needs IoU >= 0.5."""
    matched = greedy_match([[gold]], [[predicted]], strict=False)
    assert {g: p for g, (p, _) in matched.items()} == ({0: 0} if iou(gold, predicted) >= 0.5 else {})
    assert greedy_pair([gold], [predicted]) == expected


def test_fixture_scores_by_hand():
    """The fixture's scores equal the values computed by hand in the test's comments."""
    report = evaluate(FIXTURES / "eval_gold.jsonl", FIXTURES / "eval_pred.jsonl")
    # 5 gold, 7 predictions. Strict: bridge 1-3 and "costs rising" (4 of 5 gold, 4 of 7 predictions);
    # the duplicate of prediction 1 and "the engineer" match nothing; "Officials believe ..." has IoU 0.5.
    assert (report.strict.recalled, report.strict.precise, report.strict.predicted) == (4, 4, 7)
    assert report.strict.p == pytest.approx(4 / 7)
    assert report.strict.r == pytest.approx(4 / 5)
    assert report.strict.f1 == pytest.approx(2 / 3)
    assert report.overlap.p == pytest.approx(5 / 7)
    assert report.overlap.r == pytest.approx(1.0)
    assert report.overlap.f1 == pytest.approx(5 / 6)
    assert report.recall_by_kind == {"direct": 1.0, "indirect": 1.0}
    # Speakers: mayor (overlap), Ana Ruiz (entity name), "she" (overlap) right; "Officials" has no speaker.
    assert (report.speaker_correct, report.speaker_total) == (3, 4)
    assert report.speaker_accuracy == pytest.approx(0.75)
    # End to end: 4 predictions name a speaker, 3 right ("The report" speaks a sourceless quote); 4 gold sources.
    assert (report.end_to_end.precise, report.end_to_end.predicted) == (3, 4)
    assert (report.end_to_end.recalled, report.end_to_end.gold) == (3, 4)
    assert report.end_to_end.f1 == pytest.approx(0.75)
    # Cues: 5 predicted (said, added, said, believe, report), 5 gold; said-said, added, believe pair.
    assert (report.cue.precise, report.cue.predicted, report.cue.recalled, report.cue.gold) == (3, 5, 3, 5)
    assert report.cue.f1 == pytest.approx(0.6)
    assert report.cue_on_matched == (3, 5)
    kinds = [e.type for e in report.errors]
    assert sorted(kinds) == ["false_alarm", "false_alarm", "wrong_speaker"]


def _extraction(text: str, *pieces: tuple[str, str | None]) -> Extraction:
    """An extraction with one direct quotation per (content, speaker) piece of ``text``."""
    quotes = []
    for content, speaker in pieces:
        start = text.index(content)
        span = Span.of(text, start, start + len(content))
        mention = None
        if speaker is not None:
            s = text.index(speaker)
            mention = Mention(s, s + len(speaker), speaker)
        quotes.append(Quotation(content=span, kind="direct", fragments=(span,), speaker=mention))
    return Extraction(id="council", quotes=tuple(quotes))


def test_brat_gold_with_extractions():
    """BRAT gold scores Extraction objects; a fragment matches once, so a second piece is a false alarm."""
    text = (FIXTURES / "brat" / "council.txt").read_text(encoding="utf-8")
    predictions = {"council": _extraction(text, ("We won", "the mayor"), ("and we will govern", None))}
    report = evaluate(FIXTURES / "brat", predictions)
    assert (report.overlap.precise, report.overlap.predicted, report.overlap.recalled, report.overlap.gold) == (
        1,
        2,
        1,
        3,
    )
    assert report.overlap.f1 == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert report.speaker_accuracy == 1.0
    assert (report.end_to_end.p, report.end_to_end.r) == (1.0, 0.5)


def test_missing_predictions_count_as_empty():
    """A gold article without a prediction scores as no predictions and is listed."""
    article = GoldArticle("a", "x said y.", (GoldQuote(7, 8, "indirect"),))
    report = score([article], {})
    assert report.missing == ("a",)
    assert (report.overlap.r, report.overlap.p, report.overlap.f1) == (0.0, 0.0, 0.0)
    assert report.speaker_accuracy is None


def test_prediction_outside_text_is_rejected():
    """A predicted span past the end of the article is a format error, not a crash."""
    article = GoldArticle("a", "short", ())
    with pytest.raises(ValueError, match="outside the text"):
        score([article], {"a": [PredictedQuote(0, 99, "direct")]})
