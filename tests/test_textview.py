"""Tests for the plain-text views (quoteextract/_textview.py)."""

from __future__ import annotations

import attrs
import pytest
from _sample import sample_extraction

from quoteextract._model import Extraction, Problem, Quotation, Rejection, Span
from quoteextract.outputs._textview import chain_label, plural, readable, speaker_label, table


@pytest.mark.parametrize(
    ("index", "speaker", "chain"),
    [
        (0, "Ann Lee (Mayor)", "said: Ann Lee → statement: the city council → reported by: the Daily Ledger"),
        (1, "Officials", "said: Officials"),
        (2, "Ann Lee (Mayor)", "said: Ann Lee"),
    ],
)
def test_labels(index, speaker, chain):
    """Speaker labels carry the entity's name and titles; chains list every hop, speaker first."""
    result = sample_extraction()
    assert speaker_label(result, result.quotes[index]) == speaker
    assert chain_label(result, result.quotes[index]) == chain


def test_unattributed_quotation():
    """A quotation without a speaker is labelled unattributed, with an empty chain."""
    quote = Quotation(content=Span(0, 2, "Hi"), kind="direct")
    result = Extraction(quotes=(quote,))
    assert speaker_label(result, quote) == "unattributed"
    assert chain_label(result, quote) == ""


def test_readable_lists_every_quotation():
    """The readable view has a heading with counts and one numbered entry per quotation."""
    text = readable(sample_extraction())
    lines = text.splitlines()
    assert lines[0] == "== sample <1>: 3 quotations, 2 speakers"
    assert sum(line.startswith("[") for line in lines) == 3
    assert "    sources: said: Ann Lee → statement: the city council → reported by: the Daily Ledger" in lines


def test_table_has_aligned_columns():
    """The table has a header, a rule and one row per quotation, long quotations cut with an ellipsis."""
    lines = table(sample_extraction()).splitlines()
    assert lines[0].split() == ["#", "kind", "speaker", "cue", "conf", "class", "quotation"]
    assert len(lines) == 2 + 3
    assert lines[3].endswith("…")
    assert lines[2].index("direct") == lines[0].index("kind")


def test_first_source_stands_in_for_a_missing_speaker():
    """Without a speaker mention, the label names the immediate source of the chain."""
    result = sample_extraction()
    quote = result.quotes[0]
    bare = Quotation(content=quote.content, kind="direct", sources=quote.sources[1:])
    assert speaker_label(Extraction(quotes=(bare,), entities=result.entities), bare) == "the city council"


def noted() -> Extraction:
    """The sample with two rejected quote-mark pairs and one finder warning."""
    from _sample import at

    return attrs.evolve(
        sample_extraction(),
        rejected=(Rejection(at("<5,000>"), "scare_quote"), Rejection(at("Daily Ledger"), "title")),
        warnings=(Problem(40, "stray closing quote mark"),),
    )


def test_readable_shows_rejected_marks_and_warnings():
    """After the quotations, the readable view lists rejected quote marks with reasons, then warnings."""
    lines = readable(noted()).splitlines()
    start = lines.index("not quotations: 2 quote-mark pairs")
    assert lines[start + 1].startswith("    “<5,000>” (scare quote) · ")
    assert lines[start + 2].startswith("    “Daily Ledger” (title) · ")
    assert lines[start + 3 :] == ["warnings: 1", "    at 40: stray closing quote mark"]
    assert "not quotations" not in readable(sample_extraction())


def test_table_shows_rejected_marks_and_warnings_under_the_rows():
    """The table view ends with the same notes, after a blank line."""
    lines = table(noted()).splitlines()
    assert lines[5] == "" and lines[6] == "not quotations: 2 quote-mark pairs"
    assert lines[-1] == "    at 40: stray closing quote mark"


@pytest.mark.parametrize(
    ("count", "noun", "many", "expected"),
    [(1, "mention", None, "1 mention"), (2, "mention", None, "2 mentions"), (0, "entity", "entities", "0 entities")],
)
def test_plural_agrees_with_the_count(count, noun, many, expected):
    """Counts agree with their nouns, irregular plurals included."""
    assert plural(count, noun, many) == expected
