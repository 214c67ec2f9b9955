"""Evaluation additions: speech gold, non-quote false positives and confidence calibration."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from quoteextract._model import Extraction, Quotation, Span
from quoteextract.evaluation import GoldArticle, GoldQuote
from quoteextract.evaluation._calibration import calibrate, format_calibration
from quoteextract.evaluation._nonquotes import NonQuote, format_non_quotes, non_quote_hits
from quoteextract.evaluation._predictions import PredictedQuote
from quoteextract.evaluation._scope import speech_flags, speech_gold

VOCAB = spacy.blank("en").vocab

# "Lee said taxes rose . Analysts believe costs fell ."
ROWS = [
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("taxes", 3, "nsubj", "NOUN", "NNS", "tax"),
    ("rose", 1, "ccomp", "VERB", "VBD", "rise"),
    (".", 1, "punct", "PUNCT", ".", "."),
    ("Analysts", 6, "nsubj", "NOUN", "NNS", "analyst"),
    ("believe", 6, "ROOT", "VERB", "VBP", "believe"),
    ("costs", 8, "nsubj", "NOUN", "NNS", "cost"),
    ("fell", 6, "ccomp", "VERB", "VBD", "fall"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


def _doc() -> Doc:
    return Doc(
        VOCAB,
        words=[r[0] for r in ROWS],
        spaces=[True, True, True, False, True, True, True, True, False, False],
        heads=[r[1] for r in ROWS],
        deps=[r[2] for r in ROWS],
        pos=[r[3] for r in ROWS],
        tags=[r[4] for r in ROWS],
        lemmas=[r[5] for r in ROWS],
    )


def _gold(doc: Doc) -> GoldArticle:
    text = doc.text
    said, believe = text.index("said"), text.index("believe")
    return GoldArticle(
        id="a",
        text=text,
        quotes=(
            GoldQuote(text.index("taxes"), text.index("rose") + 4, "indirect", cue=(said, said + 4)),
            GoldQuote(text.index("costs"), text.index("fell") + 4, "indirect", cue=(believe, believe + 7)),
            GoldQuote(text.index("Lee"), text.index("Lee") + 3, "indirect"),
        ),
    )


def test_speech_gold_keeps_speech_cues_with_clauses():
    """A "said" clause is speech gold; a belief and an item without a cue are not."""
    doc = _doc()
    article = _gold(doc)
    assert speech_flags(article, doc) == [True, False, False]
    (kept,) = speech_gold([article], [doc])
    assert kept.quotes == article.quotes[:1]


def test_non_quote_hits_by_reason():
    """A prediction with IoU >= 0.5 over a non-quote counts against its reason and overall."""
    text = "Harbour workers vow to block terminal\nShe said it was fine."
    items = [NonQuote(0, 37, "headline"), NonQuote(38, 41, "byline")]
    predictions = {"a": [PredictedQuote(16, 37, "indirect")]}
    hits = non_quote_hits({"a": text}, {"a": items}, predictions)
    assert hits == {"all": (1, 2), "headline": (1, 1), "byline": (0, 1)}
    assert "headline" in format_non_quotes(hits)


def test_non_quote_hits_asserted_only_skips_negated_predictions():
    """With ``asserted_only`` a prediction kept as negated or hypothetical is not a plain-assertion hit."""
    text = "Lee did not say that the plant would close. Ann said it would."
    items = [NonQuote(21, 42, "negated")]
    negated = {"a": [PredictedQuote(21, 42, "indirect", polarity="negated")]}
    asserted = {"a": [PredictedQuote(21, 42, "indirect", polarity="asserted")]}
    unknown = {"a": [PredictedQuote(21, 42, "indirect")]}
    assert non_quote_hits({"a": text}, {"a": items}, negated)["all"] == (1, 1)
    assert non_quote_hits({"a": text}, {"a": items}, negated, asserted_only=True)["all"] == (0, 1)
    assert non_quote_hits({"a": text}, {"a": items}, asserted, asserted_only=True)["all"] == (1, 1)
    assert non_quote_hits({"a": text}, {"a": items}, unknown, asserted_only=True)["all"] == (1, 1)


def test_calibration_counts_matches_per_band():
    """Each prediction lands in its confidence band; precision is the share matching gold."""
    text = "Lee said taxes rose. Ann said costs fell."
    gold = GoldArticle("a", text, (GoldQuote(9, 19, "indirect"),))
    quotes = (
        Quotation(Span.of(text, 9, 19), "indirect", confidence=0.95),
        Quotation(Span.of(text, 30, 40), "indirect", confidence=0.92),
        Quotation(Span.of(text, 0, 3), "indirect", confidence=0.4),
    )
    bands = calibrate([gold], {"a": Extraction(id="a", quotes=quotes)})
    top = bands[-1]
    assert (top.predicted, top.precise, top.precision) == (2, 1, 0.5)
    assert sum(b.predicted for b in bands) == 3
    assert "| [0.9, 1.0] | 2 | 0.500 |" in format_calibration(bands)


def _run_cli(*argv: str) -> tuple[int, str]:
    """Run ``quoteextract evaluate`` with these arguments; return status and output."""
    import io

    from quoteextract.evaluation import cli_main

    out, err = io.StringIO(), io.StringIO()
    return cli_main(list(argv), stdout=out, stderr=err), out.getvalue()


def test_cli_reports_non_quotes_from_a_prediction_file(tmp_path):
    """A gold file with non_quotes adds the false-positive section (text and JSON)."""
    import json

    text = "Harbour workers vow to block terminal\nShe said it was fine."
    gold = {
        "id": "a",
        "text": text,
        "quotes": [{"start": 47, "end": 59, "kind": "indirect"}],
        "non_quotes": [{"start": 0, "end": 37, "text": text[:37], "why": "headline"}],
    }
    quote = {"start": 16, "end": 37, "kind": "indirect", "polarity": "hypothetical"}
    pred = {"id": "a", "quotes": [quote], "entities": []}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8")
    status, out = _run_cli(str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"))
    assert status == 0 and "non-quote false positives" in out and "(1/1)" in out
    status, out = _run_cli(str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"), "--json")
    assert json.loads(out)["non_quotes"]["headline"] == {"false_positives": 1, "total": 1}
    assert json.loads(out)["non_quotes_asserted"]["headline"] == {"false_positives": 0, "total": 1}


@pytest.mark.model
def test_cli_speech_scope_and_calibration(nlp, tmp_path):
    """``--scope speech --calibration`` adds the speech section and the calibration table."""
    gold = str(Path(__file__).parent / "fixtures" / "eval_gold.jsonl")
    status, out = _run_cli(gold, "--scope", "speech", "--calibration", "--cache", str(tmp_path))
    assert status == 0
    assert "speech scope (precision vs all gold" in out
    assert "calibration (speech scope)" in out and "| [0.9, 1.0] |" in out


def test_inner_predictions_are_those_inside_another_prediction_quoted_words():
    """An inner quotation lies in a fragment of another prediction; its own span or an indirect claim is none."""
    from quoteextract.evaluation._scope import inner_predictions, outermost

    text = "“She told me, ‘Sign it,’ and I did,” Vos said. Ames said ‘no’."
    outer = PredictedQuote(0, 36, "direct", fragments=((0, 36),))
    inner = PredictedQuote(14, 24, "direct", fragments=((14, 24),))
    claim = PredictedQuote(4, 24, "indirect")
    separate = PredictedQuote(57, 61, "direct", fragments=((57, 61),))
    assert text[14:24] == "‘Sign it,’" and text[57:61] == "‘no’"
    assert inner_predictions([outer, inner, claim, separate]) == {1}
    assert outermost({"a": [outer, inner, separate]}) == {"a": [outer, separate]}
    assert inner_predictions([inner, inner]) == set()  # the same span twice is no nesting


def test_speech_report_gives_precision_with_inner_quotations_set_aside():
    """The speech scope's report counts the inner quotation against precision, and gives the figure without it too."""
    from quoteextract.evaluation._scope import ScopeReport, format_scope, outermost
    from quoteextract.evaluation._scoring import score

    text = "“She told me, ‘Sign it,’ and I did,” Vos said."
    gold = GoldArticle(id="a", text=text, quotes=(GoldQuote(start=0, end=36, kind="direct"),))
    predictions = {
        "a": [
            PredictedQuote(0, 36, "direct", fragments=((0, 36),)),
            PredictedQuote(14, 24, "direct", fragments=((14, 24),)),
        ]
    }
    report = score([gold], predictions)
    scoped = ScopeReport("speech", report, report, score([gold], outermost(predictions)).overlap)
    assert scoped.scores.p == 0.5 and scoped.outermost is not None and scoped.outermost.p == 1.0
    assert "inner quotations set aside 1.000" in format_scope(scoped)
    assert scoped.to_dict()["speech_outermost_overlap"]["p"] == 1.0
