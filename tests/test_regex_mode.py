"""Tests for the regex-only mode (surface patterns, no parser)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quoteextract import InputError, find_quotes, rules
from quoteextract.stages.regex import surface
from quoteextract.stages.regex._intervals import Intervals
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


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("“We are ready,” the mayor said.", "regex.after_speaker_verb"),
        ("“We are ready,” said Ana Ruiz.", "regex.after_verb_speaker"),
        ("“The numbers are wrong,” according to the council.", "regex.after_according"),
        ("Ruiz told reporters: “No comment at all.”", "regex.before"),
        ("The plan will fail, officials said.", "regex.clause_said"),
        ("The vote, she argued, was never about money.", "regex.parenthetical"),
        ("Ruiz told the board that the audit was finished.", "regex.told_that"),
        ("The mayor said that the bridge would reopen in May.", "regex.said_that"),
    ],
)
def test_each_result_names_its_registered_rule(text, rule):
    """Every result carries the name and confidence of the registered regex rule that found it."""
    (quote,) = extract_regex(text).quotes
    registered = rules.get_rule(quote.rule)
    assert (quote.rule, registered.stage) == (rule, "regex")
    assert quote.confidence == registered.confidence


def test_every_regex_rule_is_listed_in_order():
    """The regex stage's rules are registered built-ins, quotation rules before sentence rules."""
    active = rules.DEFAULT_RULES.active("regex")
    assert [r.name for r in active] == [
        "regex.after_speaker_verb",
        "regex.after_verb_speaker",
        "regex.after_according",
        "regex.before",
        "regex.clause_said",
        "regex.parenthetical",
        "regex.told_that",
        "regex.said_that",
    ]
    assert all(r.description for r in active)


def test_disabling_a_rule_removes_its_results():
    """extract_regex(disable=[name]) switches that rule off and leaves the others on."""
    text = "The mayor said that the bridge would reopen in May. “We are ready,” said Ana Ruiz."
    assert [q.rule for q in extract_regex(text).quotes] == ["regex.said_that", "regex.after_verb_speaker"]
    (left,) = extract_regex(text, disable=["regex.said_that"]).quotes
    assert left.rule == "regex.after_verb_speaker"
    assert extract_regex(text, disable=["regex.said_that", "regex.after_verb_speaker"]).quotes == ()


def test_disabling_the_first_rule_lets_a_later_one_answer():
    """Rules are tried in order and the first answer wins: without it the next in order answers."""
    text = "The council said, the mayor argued, that the plan would fail."
    assert [q.rule for q in extract_regex(text).quotes] == ["regex.parenthetical"]
    (quote,) = extract_regex(text, disable=["regex.parenthetical"]).quotes
    assert (quote.rule, quote.speaker.text) == ("regex.said_that", "The council")


def test_rule_names_are_checked():
    """An unknown rule name, or one string instead of a list, is an InputError; id stays positional."""
    with pytest.raises(InputError):
        extract_regex("“Yes,” he said.", disable=["regex.no_such_rule"])
    with pytest.raises(InputError):
        extract_regex("“Yes,” he said.", disable="regex.said_that")  # type: ignore[arg-type]
    assert extract_regex("“Yes,” he said.", "doc-1").id == "doc-1"


def test_a_quotation_rule_on_its_own():
    """regex.before reads the words before the opening mark, within the quotation's line; it skips sentences."""
    text = "Intro.\nThe mayor said: “We are ready.”"
    (quote,) = find_quotes(text).quotes
    marks = Intervals([(quote.open.start, quote.close.end)])
    hit = surface.before(surface.Place(text, quote, 7, len(text), marks))
    assert hit is not None
    assert text[slice(*hit.speaker)] == "The mayor"
    assert text[slice(*hit.cue)] == "said"
    assert surface.before(surface.Place(text, None, 7, len(text), marks)) is None
    assert surface.after_speaker_verb(surface.Place(text, quote, 7, len(text), marks)) is None


def test_a_sentence_rule_skips_cues_inside_quote_marks():
    """regex.said_that gives nothing when its cue sits inside quote marks."""
    text = "“The mayor said the bridge would reopen,” a post read."
    (quote,) = find_quotes(text).quotes
    marks = Intervals([(quote.open.start, quote.close.end)])
    assert surface.said_that(surface.Place(text, None, 0, len(text) - 1, marks)) is None
