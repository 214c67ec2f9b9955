"""Tests for ``quoteextract evaluate`` (cli_main) and the parse cache."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from _schema import assert_valid

from quoteextract.evaluation import cli_main, evaluate

FIXTURES = Path(__file__).parent / "fixtures"
GOLD = str(FIXTURES / "eval_gold.jsonl")
PRED = str(FIXTURES / "eval_pred.jsonl")


def run(*argv: str) -> tuple[int, str, str]:
    """Run cli_main, returning its status, output and messages."""
    out, err = io.StringIO(), io.StringIO()
    status = cli_main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def test_json_keys():
    """--json prints one object with the documented keys and sub-keys."""
    status, out, _ = run(GOLD, PRED, "--json")
    data = json.loads(out)
    assert status == 0
    assert {"strict", "overlap", "recall_by_kind", "speaker_accuracy", "end_to_end", "cue"} <= set(data)
    for key in ("strict", "overlap", "end_to_end", "cue"):
        assert {"p", "r", "f1"} <= set(data[key])
    assert data["overlap"]["f1"] == pytest.approx(5 / 6)
    assert data["speaker_accuracy"] == pytest.approx(0.75)


def test_table_and_errors():
    """The default output is a table; --errors lists false alarms and wrong speakers in context."""
    status, out, _ = run(GOLD, PRED, "--errors", "5")
    assert status == 0
    assert "span overlap" in out and "0.833" in out
    assert "False alarms (predictions matching no gold quotation): showing 2 of 2" in out
    assert "⟦the engineer⟧" in out
    assert "Wrong speakers" in out and "⟦the plan will fail⟧" in out


def test_limit():
    """--limit scores only the first articles."""
    _, out, _ = run(GOLD, PRED, "--json", "--limit", "1")
    assert json.loads(out)["counts"]["documents"] == 1


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["missing.jsonl", PRED], 1, "missing.jsonl"),
        ([PRED, PRED], 1, "'text' must be a string"),
        ([GOLD, PRED, "--limit", "-1"], 2, "must be >= 0"),
        ([GOLD, PRED, "--regex"], 2, "only apply without a prediction file"),
        ([GOLD, "--bogus"], 2, "unrecognized arguments"),
    ],
)
def test_bad_input(argv, status, message):
    """Missing or malformed files and bad options give a message and a non-zero status."""
    code, _, err = run(*argv)
    assert code == status
    assert message in err


@pytest.mark.model
def test_runs_library_on_fixture(nlp, tmp_path):
    """Without predictions the command runs quoteextract on the gold texts (as CI does)."""
    status, out, _ = run(GOLD, "--json", "--cache", str(tmp_path / "cache"), "--save", str(tmp_path / "p.jsonl"))
    data = json.loads(out)
    assert status == 0
    assert data["counts"]["documents"] == 2
    assert 0.0 <= data["overlap"]["f1"] <= 1.0
    saved = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [s["id"] for s in saved] == ["bridge", "plan"]
    for document in saved:
        assert_valid(document)
        assert document["model"]["name"].startswith("en_core_web_sm")


@pytest.mark.model
def test_cache_reuses_and_never_serves_stale(nlp, tmp_path, monkeypatch):
    """The cache stores one parse per text, reuses it, and re-parses a changed text."""
    from quoteextract.evaluation import _cache

    cache = tmp_path / "cache"
    first = evaluate(GOLD, nlp=nlp, cache=cache)
    files = sorted(cache.rglob("*.spacy"))
    assert len(files) == 2
    assert files[0].parent.name == _cache.pipeline_key(nlp)
    calls = []
    original = nlp.pipe

    def counting_pipe(texts, **kwargs):
        texts = list(texts)
        calls.append(len(texts))
        return original(texts, **kwargs)

    monkeypatch.setattr(nlp, "pipe", counting_pipe)
    again = evaluate(GOLD, nlp=nlp, cache=cache)
    assert calls == [0]
    assert again.to_dict() == first.to_dict()
    changed = [{"id": "new", "text": "Bo said it rained.", "quotes": []}]
    evaluate(changed, nlp=nlp, cache=cache)
    assert calls == [0, 1]
    assert len(sorted(cache.rglob("*.spacy"))) == 3


def test_cache_key_follows_line_break_logic(monkeypatch):
    """A new logic version of the line-break component gives new cache keys, so old parses are not read."""
    import spacy

    from quoteextract import _line_breaks
    from quoteextract.evaluation import _cache

    nlp = spacy.blank("en")
    plain = _cache.pipeline_key(nlp)
    nlp.add_pipe(_line_breaks.COMPONENT)
    before = _cache.pipeline_key(nlp)
    monkeypatch.setattr(_line_breaks, "LOGIC_VERSION", _line_breaks.LOGIC_VERSION + 1)
    after = _cache.pipeline_key(nlp)
    assert len({plain, before, after}) == 3
