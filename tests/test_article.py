"""The Article context and its Layout index."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quoteextract
from quoteextract.article import PATTERNS, Article, Layout, is_sentence_boundary


def _naive_start(text, lo, offset):
    start = lo
    for match in PATTERNS["SENTENCE_END"].finditer(text, lo, offset):
        if match.end() < offset and is_sentence_boundary(text, match):
            start = match.end()
    while start < offset and text[start].isspace():
        start += 1
    return start


def _naive_end(text, offset, hi):
    for match in PATTERNS["SENTENCE_END"].finditer(text, offset, hi):
        if is_sentence_boundary(text, match):
            return match.end()
    return hi


TEXT = "Mr. Lund said yes. “Why?” she asked. J. Okafor left!\nNew line here. And more"


def test_paragraphs_are_lines_with_word_counts():
    """Each line is a paragraph, with its offsets and its number of words."""
    layout = Layout.of(TEXT)
    assert [(p.start, p.end) for p in layout.paragraphs] == [(0, 52), (53, 76)]
    assert [p.words for p in layout.paragraphs] == [10, 5]
    assert {p.role for p in layout.paragraphs} == {"body"}


def test_sentence_start_skips_abbreviations_and_initials():
    """Neither "Mr." nor "J." ends a sentence; "yes." does."""
    layout = Layout.of(TEXT)
    assert layout.sentence_start(0, TEXT.index("said")) == 0
    assert layout.sentence_start(0, TEXT.index("Why")) == TEXT.index("“Why")
    assert layout.sentence_start(0, TEXT.index("Okafor")) == TEXT.index("J. Okafor")


def test_paragraph_at_finds_the_line_of_an_offset():
    """An offset in the second line maps to the second paragraph."""
    layout = Layout.of(TEXT)
    assert layout.paragraph_at(TEXT.index("New")).index == 1
    assert layout.paragraph_at(0).index == 0


@given(
    st.text(alphabet="ab .!?”\"')\nMrJ", max_size=60),
    st.data(),
)
def test_index_answers_as_a_scan_would(text, data):
    """The bisecting index gives the same sentence bounds as scanning the text."""
    layout = Layout.of(text)
    lo = data.draw(st.integers(0, len(text)))
    offset = data.draw(st.integers(lo, len(text)))
    hi = data.draw(st.integers(offset, len(text)))
    assert layout.sentence_start(lo, offset) == _naive_start(text, lo, offset)
    assert layout.sentence_end(offset, hi) == _naive_end(text, offset, hi)


def test_article_from_text_has_no_parse_and_no_cues():
    """The regex-only mode builds an Article from a string: layout and marks, no Doc."""
    article = Article.build("“Yes,” he said.")
    assert article.doc is None
    assert article.cues == ()
    assert len(article.scan.quotes) == 1


@pytest.mark.model
def test_article_from_a_doc_finds_cues_once(nlp):
    """The cues of a parsed article are found on first use and kept."""
    article = Article.build(nlp("The minister said the rain would stop soon."))
    assert [c.token.text for c in article.cues] == ["said"]
    assert article.cues is article.cues


@pytest.mark.model
def test_a_pipeline_of_another_language_is_refused():
    """A German pipeline raises a typed error naming the supported languages."""
    import spacy

    with pytest.raises(quoteextract.UnsupportedLanguageError, match="English"):
        quoteextract.Extractor(spacy.blank("de"))
