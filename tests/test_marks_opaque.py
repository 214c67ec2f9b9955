"""Quote-like characters that are not quote marks: in web and e-mail addresses and code; lone marks."""

from __future__ import annotations

import gc
import time

import pytest

from quoteextract import extract, extract_regex, find_quotes

URL_CASE = 'See https://x.org/a"b for details. “We will publish the code,” the minister said.'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (URL_CASE, ["We will publish the code,"]),
        ("“See https://x.org,” she said.", ["See https://x.org,"]),
        ("“Go to https://x.org/”—she said.", ["Go to https://x.org/"]),
        ('"Read www.x.org/it\'s-here" he said, "now."', ["Read www.x.org/it's-here", "now."]),
        ('Write to o\'brien@x.org or "call," he said.', ["call,"]),
        ('Run `print("hi")` and “go,” he said.', ["go,"]),
        ('```\nsay "hi\n```\n“Done,” he said.', ["Done,"]),
        ("``TeX quotes'' still work, and `code` too.", ["TeX quotes"]),
    ],
)
def test_marks_inside_addresses_and_code_are_not_quote_marks(text, expected):
    """Marks inside a URL, an e-mail address or backtick code are skipped; quotations around them are kept."""
    assert [q.text for q in find_quotes(text).quotes] == expected


def test_an_address_changes_nothing_else():
    """Warnings and positions of the other marks are those of the same text without the address."""
    with_url = find_quotes(URL_CASE)
    assert with_url.warnings == ()
    quote = with_url.quotes[0]
    assert URL_CASE[quote.start : quote.end] == quote.text


@pytest.mark.model
def test_the_url_case_end_to_end(nlp):
    """The full pipeline finds the minister's quotation, not a quotation running from the URL."""
    result = extract(URL_CASE, nlp)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in result.quotes] == [
        ("We will publish the code,", "the minister")
    ]


@pytest.mark.parametrize("text", ["“", "He said “", "He said: “ ", "“\n\n“", "“A,” he said. “"])
def test_a_lone_opening_mark_quotes_nothing(text):
    """An unclosed mark with nothing after it gives a warning and no (empty) pairing."""
    scan = find_quotes(text)
    assert all(q.text for q in scan.quotes)
    assert any("unclosed" in w.message for w in scan.warnings)


@pytest.mark.model
@pytest.mark.parametrize("text", ["“", "He said: “ ", "“A,” he said. “", "The word “ is", "“\u200b” he said."])
def test_no_empty_quotation_ever(nlp, text):
    """No extraction has a quotation with empty text."""
    for result in (extract(text, nlp), extract_regex(text)):
        assert all(q.text.strip().strip("\u200b") for q in result.quotes)


def _best_of(runs: int, func, *args) -> float:
    """The fastest of a few CPU timings, in seconds (CPU time: robust to a busy machine), without garbage collection."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.process_time()
            func(*args)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


@pytest.mark.slow
@pytest.mark.parametrize("unit", ['"', '"a" ', "“Hi,” he said. "])
@pytest.mark.parametrize(("func", "small"), [(find_quotes, 1500), (extract_regex, 250)], ids=["finder", "regex"])
def test_the_finder_and_the_regex_mode_are_linear(unit, func, small):
    """Eight times the marks in one paragraph takes about eight times as long, not sixty-four."""
    extract_regex("warm up")
    short = _best_of(3, func, unit * small)
    long = _best_of(2, func, unit * small * 8)
    assert long < 24 * short, f"{func.__name__}: {short:.3f}s for {small}, {long:.3f}s for {small * 8}"
