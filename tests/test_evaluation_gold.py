"""Tests for reading gold (JSON lines, BRAT standoff) and prediction files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteextract import GoldFormatError
from quoteextract.evaluation import read_gold, read_predictions
from quoteextract.evaluation._brat import derive_kind, parse_ann

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "Ann said it rained."
GOOD = {"id": "x", "text": TEXT, "quotes": [{"start": 9, "end": 18, "kind": "indirect"}]}


def test_read_jsonl_fixture():
    """The JSON-lines fixture reads into articles with fragments, cues and sources."""
    articles = read_gold(FIXTURES / "eval_gold.jsonl")
    assert [a.id for a in articles] == ["bridge", "plan"]
    quote = articles[0].quotes[2]
    text = articles[0].text
    assert [text[s:e] for s, e in quote.fragments] == ["“It is safe,”", "“and it is strong.”"]
    assert text[quote.cue[0] : quote.cue[1]] == "added"
    assert quote.source_text == "she"
    assert articles[1].quotes[1].source is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "line 2: not valid JSON"),
        ("{not json", r"not valid JSON \(Expecting property name enclosed in double quotes\)"),
        (
            json.dumps({**GOOD, "id": "y", "quotes": [{"start": 9, "end": 10**30, "kind": "indirect"}]}),
            r"quote 0: start/end \[9, 1000000000000000000000000000000\] is not inside",
        ),
        ('["a list"]', "line 2: expected a JSON object"),
        ('{"id": "y", "quotes": []}', "line 2: 'text' must be a string"),
        (json.dumps({**GOOD, "id": "y", "quotes": [{"start": 9, "end": 99, "kind": "indirect"}]}), "not inside"),
        (json.dumps({**GOOD, "id": "y", "quotes": [{"start": 9, "end": 18, "kind": "quoted"}]}), "kind must be"),
        (
            json.dumps({**GOOD, "id": "y", "quotes": [{"start": 9, "end": 18, "kind": "direct", "text": "no"}]}),
            "quote 0: text does not equal",
        ),
        (
            json.dumps(
                {**GOOD, "id": "y", "quotes": [{"start": 9, "end": 12, "kind": "direct", "fragments": [[9, 18]]}]}
            ),
            "outside the quote",
        ),
        (json.dumps(GOOD), "line 2: id 'x' already used on line 1"),
    ],
)
def test_malformed_gold_names_the_line(tmp_path, line, message):
    """A malformed gold line raises GoldFormatError naming file, line and fault."""
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message) as info:
        read_gold(path)
    assert str(path) in str(info.value)


def test_brat_fixture():
    """The BRAT fixture gives three attributions, a discontinuous one with two fragments and its kind."""
    (article,) = read_gold(FIXTURES / "brat" / "council.ann")
    text = article.text
    assert article.id == "council"
    first, second, third = article.quotes
    assert text[first.start : first.end] == "the vote was close"
    assert (first.kind, first.source_text, text[first.cue[0] : first.cue[1]]) == ("indirect", "Officials", "said")
    assert [text[s:e] for s, e in second.fragments] == ["“We won,”", "“and we will govern.”"]
    assert (second.kind, second.source_text) == ("direct", "the mayor")
    assert (third.kind, third.source, text[third.cue[0] : third.cue[1]]) == ("indirect", None, "hopes for")


def test_brat_polnear_layout(tmp_path):
    """PolNeAR's attributions/<article>_<annotator>.ann finds its text in text/<article>.txt."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text("Bo said no.\n", encoding="utf-8")
    ann = "T1\tSource 0 2\tBo\nT2\tCue 3 7\tsaid\nT3\tContent 8 10\tno\nT4\tAttribution 3 7\tsaid\n"
    ann += "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    (tmp_path / "attributions" / "story_ab12.ann").write_text(ann, encoding="utf-8")
    (article,) = read_gold(tmp_path)
    assert article.id == "story_ab12"
    assert (article.quotes[0].start, article.quotes[0].end, article.quotes[0].source_text) == (8, 10, "Bo")


@pytest.mark.parametrize(
    ("ann", "message"),
    [
        ("T1\tContent 0 x\tBo", "line 1: malformed text-bound"),
        ("T1\tContent 0 99\tBo", "line 1: span 0 99 is not inside"),
        ("T1\tContent 0 2\tBo\nE1\tAttribution:T9 Content:T1", "line 2: event refers to unknown annotation T9"),
        ("E1 Attribution", "line 1: malformed event"),
    ],
)
def test_malformed_brat(ann, message):
    """A malformed .ann line raises GoldFormatError naming the line."""
    with pytest.raises(GoldFormatError, match=message):
        parse_ann(ann, "Bo said no.", "x.ann")


def test_brat_without_text(tmp_path):
    """An .ann file without its .txt is a GoldFormatError."""
    (tmp_path / "lone.ann").write_text("", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"no matching \.txt"):
        read_gold(tmp_path / "lone.ann")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("it rained", "indirect"), ("“It rained.”", "direct"), ("it was “wet”", "mixed"), ('"Wet," and "cold"', "mixed")],
)
def test_derive_kind(text, expected):
    """The kind follows the double quote marks: none, around everything, or around part."""
    assert derive_kind(text, ((0, len(text)),)) == expected


def test_read_predictions_fixture():
    """Predictions read speaker spans and names from the mention and the resolved entity."""
    predictions = read_predictions(FIXTURES / "eval_pred.jsonl")
    assert sorted(predictions) == ["bridge", "plan"]
    assert predictions["bridge"][1].speaker_names == ("the engineer", "Ana Ruiz")
    assert predictions["bridge"][2].fragments == ((98, 109), (123, 140))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "line 1: not valid JSON"),
        ('{"quotes": []}', "line 1: a prediction needs an 'id'"),
        ('{"id": "a", "quotes": [{"start": "0", "end": 3}]}', "line 1: quote 0: start/end must be"),
    ],
)
def test_malformed_predictions(tmp_path, line, message):
    """A malformed prediction line raises GoldFormatError naming the line."""
    path = tmp_path / "pred.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        read_predictions(path)
