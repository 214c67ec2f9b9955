"""The ``quoteextract_line_breaks`` component: a line break starts a sentence the parser keeps."""

from __future__ import annotations

import pytest
import spacy

import quoteextract
from quoteextract._line_breaks import COMPONENT, add_line_breaks, mark_line_breaks


def _marked(text: str) -> dict[str, bool | None]:
    """Each word of ``text`` (tokenised by a blank English pipeline) with its sentence-start mark."""
    doc = mark_line_breaks(spacy.blank("en")(text))
    return {t.text: t.is_sent_start for t in doc if not t.is_space}


def test_a_blank_line_starts_a_sentence():
    """The first word after a blank line starts a sentence; the word after it does not."""
    marks = _marked("Harbour workers vow to block terminal\n\nThe union said no.")
    assert marks["The"] is True
    assert marks["union"] is False
    assert marks["terminal"] is None  # left to the parser


def test_a_single_line_break_before_a_capital_starts_a_sentence():
    """A headline on its own line, then the body on the next line."""
    assert _marked("Bridge to shut for eight weeks\nThe council confirmed it.")["The"] is True


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The council said the bridge would\nclose in May.", "close"),
        ("The mayor, the deputy and\nSenator Vance spoke.", "Senator"),
        ("The mayor thanked the staff,\nVolunteers and police.", "Volunteers"),
    ],
)
def test_a_hard_wrapped_line_is_left_alone(text, word):
    """A line break inside a sentence (lower-case next word, or a line ending in a joining word) is no start."""
    assert _marked(text)[word] is None


def test_the_component_is_added_once_before_the_parser():
    """``add_line_breaks`` puts the component before ``parser`` and does nothing the second time."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", name="parser")  # stands in for a parser: only its name matters here
    add_line_breaks(nlp)
    add_line_breaks(nlp)
    assert nlp.pipe_names == [COMPONENT, "parser"]


def test_no_parser_no_component():
    """A pipeline without a component named ``parser`` is left as it is."""
    nlp = spacy.blank("en")
    add_line_breaks(nlp)
    assert nlp.pipe_names == []


@pytest.mark.model
def test_load_pipeline_adds_the_component(nlp):
    """The pipelines :func:`quoteextract.load_pipeline` loads run the component before their parser."""
    names = nlp.pipe_names
    assert COMPONENT in names and names.index(COMPONENT) < names.index("parser")


@pytest.mark.model
def test_a_headline_no_longer_swallows_the_first_sentence(extractor):
    """A headline without a full stop and the paragraph under it are parsed apart: the body's claim is found."""
    text = (
        "‘We will not lose a single bed,’ board insists\n\n"
        "The health board said on Friday that the winter plan would bring more nurses to every ward."
    )
    claims = [q for q in extractor(text).quotes if q.kind == "indirect"]
    assert [q.text for q in claims] == ["the winter plan would bring more nurses to every ward"]
    assert quoteextract.extract(text).quotes  # the shared default pipeline has the component too
