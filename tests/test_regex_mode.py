"""Tests for the regex-only mode (surface patterns, no parser)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quoteextract import InputError
from quoteextract.stages.regex._regex_mode import extract_regex


@pytest.mark.parametrize(
    ("text", "content", "kind", "speaker", "cue"),
    [
        ("“We are ready,” said Ana Ruiz.", "We are ready,", "direct", "Ana Ruiz", "said"),
        ("“We are ready,” the mayor said.", "We are ready,", "direct", "the mayor", "said"),
        ("“Costs are up,” officials said on Monday.", "Costs are up,", "direct", "officials", "said"),
        ("Ruiz told reporters: “No comment at all.”", "No comment at all.", "direct", "Ruiz", "told"),
        ("He said, “The road is closed.”", "The road is closed.", "direct", "He", "said"),
        (
            "“The numbers are wrong,” according to the council.",
            "The numbers are wrong,",
            "direct",
            "the council",
            "according to",
        ),
        ("The plan will fail, officials said.", "The plan will fail", "indirect", "officials", "said"),
        (
            "The mayor said that the bridge would reopen in May.",
            "the bridge would reopen in May",
            "indirect",
            "The mayor",
            "said",
        ),
        (
            "Dr. Lee warned the levee was “close to failing” last week.",
            "the levee was “close to failing” last week",
            "mixed",
            "Dr. Lee",
            "warned",
        ),
        (
            "The vote, she argued, was never about money.",
            "The vote, she argued, was never about money",
            "indirect",
            "she",
            "argued",
        ),
        ("Ruiz told the board that the audit was finished.", "the audit was finished", "indirect", "Ruiz", "told"),
    ],
)
def test_patterns(text, content, kind, speaker, cue):
    """Each surface pattern yields the quotation, its kind, speaker mention and cue."""
    (quote,) = extract_regex(text).quotes
    assert (quote.text, quote.kind, quote.speaker.text, quote.cue.text) == (content, kind, speaker, cue)


def test_split_quotation_is_one_with_two_fragments():
    """“A,” she added, “B.” is one quotation with two fragments."""
    text = "“It is safe,” she added, “and it is strong.”"
    (quote,) = extract_regex(text).quotes
    assert [f.text for f in quote.fragments] == ["It is safe,", "and it is strong."]
    assert quote.speaker.text == "she"


def test_pronoun_joins_last_named_speaker():
    """A later "she" is resolved to the entity of the last named speaker."""
    text = "“The water is clean,” said Ana Ruiz. “We tested it twice,” she said."
    result = extract_regex(text, id="doc")
    first, second = result.quotes
    assert result.id == "doc"
    assert first.speaker.entity == second.speaker.entity is not None
    entity = result.entity(first.speaker.entity)
    assert entity.name == "Ana Ruiz"
    assert entity.quotes == (0, 1)


def test_names_sharing_a_surname_merge():
    """A full name and a later bare surname are one entity."""
    text = "“We are ready,” said Ana Ruiz.\n“It will hold,” Ruiz said."
    result = extract_regex(text)
    assert len(result.entities) == 1
    assert result.quotes[0].speaker.entity == result.quotes[1].speaker.entity


@pytest.mark.parametrize(
    "text",
    [
        "He called it a “historic” win.",
        "As Soviet states grew apart, the region changed.",
        "The report has many pages.",
        "",
        "   \n",
    ],
)
def test_no_false_quotations(text):
    """Scare quotes, capitalised function words and plain sentences give no quotation."""
    assert extract_regex(text).quotes == ()


def test_offsets_index_the_input():
    """Every span's text equals the input at its offsets."""
    text = "Intro line.\n\n“It is safe,” she added, “and it is strong.” The plan will fail, officials said.\n"
    for quote in extract_regex(text).quotes:
        for span in (quote.content, quote.cue, quote.speaker, *quote.fragments, *quote.marks):
            assert text[span.start : span.end] == span.text


def test_bad_input():
    """Non-text input raises InputError."""
    with pytest.raises(InputError):
        extract_regex(None)  # type: ignore[arg-type]


def test_does_not_import_spacy():
    """The regex-only mode never imports spaCy."""
    code = (
        "import sys, quoteextract.stages.regex as r; r.extract_regex('“Yes,” he said.'); print('spacy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
