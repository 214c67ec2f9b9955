"""Tests for extract, extract_many and Extractor (quoteextract/_extractor.py)."""

from __future__ import annotations

import itertools

import pytest

from quoteextract import (
    MAX_TEXT_LENGTH,
    Extraction,
    Extractor,
    InputError,
    TextTooLongError,
    extract,
    extract_many,
)

ARTICLES = [
    "“The bridge will open in June,” the mayor said.",
    "",
    "“Taxes will not rise,” the minister told reporters on Friday.",
    "No quotation here at all.",
]


@pytest.mark.model
def test_extract_keeps_offsets_into_the_callers_text(nlp):
    """Every span of the result is a slice of the text as passed in."""
    text = ARTICLES[0]
    result = extract(text, nlp)
    assert result.quotes
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text


@pytest.mark.model
def test_extract_accepts_utf8_bytes(nlp):
    """UTF-8 bytes (with or without a byte-order mark) give the same result as the decoded text."""
    text = ARTICLES[0]
    assert extract(text.encode(), nlp) == extract(text, nlp)
    assert extract(b"\xef\xbb\xbf" + text.encode(), nlp) == extract(text, nlp)


@pytest.mark.model
def test_extract_many_streams_in_input_order(extractor):
    """extract_many yields one result per text, in input order, equal to one-by-one extraction."""
    results = list(extractor.pipe(iter(ARTICLES), ids=[f"a{i}" for i in range(len(ARTICLES))], batch_size=2))
    assert [r.id for r in results] == ["a0", "a1", "a2", "a3"]
    assert [r.quotes for r in results] == [extractor(t).quotes for t in ARTICLES]
    assert results[1] == Extraction(id="a1", model=extractor.model)  # blank: nothing found, pipeline named


@pytest.mark.model
def test_extract_many_is_lazy_over_endless_input(nlp):
    """Results come before the input ends: an endless generator can be consumed a few at a time."""
    pulled = 0

    def endless():
        nonlocal pulled
        for n in itertools.count():
            pulled += 1
            yield f"“Item {n} is ready,” the clerk said."

    first = list(itertools.islice(extract_many(endless(), nlp, batch_size=4), 3))
    assert len(first) == 3
    assert pulled < 100


@pytest.mark.model
@pytest.mark.slow
def test_extract_many_with_two_processes_matches_one(nlp):
    """n_process=2 gives the same results in the same order as n_process=1."""
    texts = [ARTICLES[0].replace("June", month) for month in ("May", "June", "July", "August", "March")]
    one = list(extract_many(texts, nlp, batch_size=2))
    two = list(extract_many(texts, nlp, batch_size=2, n_process=2))
    assert two == one


@pytest.mark.model
@pytest.mark.parametrize(
    ("bad", "error"),
    [(None, InputError), (b"\xff\xfe", InputError), ("x" * (MAX_TEXT_LENGTH + 1), TextTooLongError)],
    ids=["none", "not-utf8", "too-long"],
)
def test_extract_many_raises_at_the_bad_item_after_earlier_results(extractor, bad, error):
    """A bad item raises its typed error only when reached; the results before it are yielded first."""
    stream = extractor.pipe([ARTICLES[0], bad, ARTICLES[2]], batch_size=8)
    assert next(stream).quotes
    with pytest.raises(error):
        next(stream)


@pytest.mark.model
def test_ids_must_match_texts(extractor):
    """Fewer ids than texts raises InputError."""
    with pytest.raises(InputError, match="different lengths"):
        list(extractor.pipe(ARTICLES, ids=["only one"]))


@pytest.mark.model
def test_stream_reports_errors_without_stopping(extractor):
    """The low-level stream yields an error in place of a bad item and goes on."""
    items = [(ARTICLES[0], "good"), (None, "bad"), (ARTICLES[2], "after")]
    out = list(extractor.stream(items))
    assert [context for context, _ in out] == ["good", "bad", "after"]
    assert isinstance(out[1][1], InputError)
    assert isinstance(out[2][1], Extraction) and out[2][1].id == "after"


def test_extractor_loads_lazily():
    """Creating an Extractor with a name does not load the pipeline."""
    extractor = Extractor("no_such_pipeline_qe")
    assert extractor._nlp is None
