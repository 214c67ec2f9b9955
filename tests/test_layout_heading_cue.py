"""A heading's verb reports nothing under it (claim filter ``claim_filter.heading_cue`` of the layout stage).

Invented headings and paragraphs, in several phrasings; none is taken from the hard-negative suites.
"""

from __future__ import annotations

import pytest

import quoteextract

# The line under the heading starts in lower case (as in text whose capitals a feed lost), which lets the
# parse run the heading's verb into it.
CASES = [
    ("What the report says\nthe trust said leaks had fallen by a fifth.", "leaks had fallen by a fifth"),
    ("Council warns\nresidents were told to boil water, officials said.", "residents were told to boil water"),
    ("Why the harbour master says wait\n\nthe harbour master said the pier would reopen.", "the pier would reopen"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "control"), CASES, ids=[c for _, c in CASES])
def test_a_heading_verb_does_not_report_the_line_below(nlp, text, control):
    """No claim takes its cue from the heading; the claim inside the paragraph below is found instead."""
    extraction = quoteextract.extract(text, nlp)
    heading_end = text.index("\n")
    assert not [q for q in extraction.quotes if q.cue is not None and q.cue.start < heading_end]
    assert any(control in q.text for q in extraction.quotes)


@pytest.mark.model
def test_a_finished_line_still_reports_across_a_break(nlp):
    """A line ending with a colon introduces the next line's words ("The mayor said:" above a quotation)."""
    text = "The mayor said:\n“We will rebuild the pier.”"
    extraction = quoteextract.extract(text, nlp)
    assert any("We will rebuild the pier" in q.text for q in extraction.quotes)


@pytest.mark.model
def test_switching_the_filter_off(nlp):
    """``Extractor(disable=["claim_filter.heading_cue"])`` really turns the filter off."""
    text = CASES[0][0]
    off = quoteextract.Extractor(nlp, disable=["claim_filter.heading_cue"])(text)
    on = quoteextract.extract(text, nlp)
    heading_end = text.index("\n")
    assert any(q.cue is not None and q.cue.start < heading_end for q in off.quotes)
    assert not any(q.cue is not None and q.cue.start < heading_end for q in on.quotes)
