"""A story's headline credited to its writer in a newsletter's list (rule ``reject.credited_title``)."""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Layout
from quoteextract.stages.attribution._context import setting_of
from quoteextract.stages.attribution._reject_markers import credited_title


def _setting(text):
    quote = next(q for q in find_quotes(text).quotes if q.depth == 0)
    return setting_of(Layout.of(text), quote, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("—“Ferry fares to rise in May,” by the Herald's Ana Ruiz: http://example.org/1", True),
        ("HARBOUR BEAT—“Night ferry returns,” by Times' Lee Park.", True),
        ("“Salt and Iron”, by Mara Quist, won the prize.", True),
        ("“If the pier had not been mended” by the council, the boats would have gone, Lee said.", False),
        ("She called the levy “unfair, and late,” by all accounts.", False),
        ("“We will appeal,” by contrast, was all Lee said.", False),
        ("“We will appeal,” Lee said.", False),
    ],
)
def test_credited_title(text, expected):
    """A headline opening its sentence, closed by a comma and credited "by" a name, is a title."""
    assert credited_title(text, _setting(text)) is expected


NEWSLETTER = """SHORT READS:

—"Ferry fares to rise in May," by the Herald's Ana Ruiz: http://example.org/1

—"Night market moves to the quay," by Kestrel Courier's Tom Hale: http://example.org/2

"We will appeal," said Councillor Lee Park."""


@pytest.mark.model
def test_listed_headlines_are_titles(nlp):
    """The listed headlines are rejected as titles; the real quotation after them is found."""
    extraction = quoteextract.extract(NEWSLETTER, nlp)
    for words in ("Ferry fares to rise in May", "Night market moves to the quay"):
        start = NEWSLETTER.index(words)
        assert not any(q.start <= start < q.end for q in extraction.quotes)
        assert any(r.span.start == start and r.reason == "title" for r in extraction.rejected)
    assert any(q.text.startswith("We will appeal") and q.speaker is not None for q in extraction.quotes)
    off = quoteextract.Extractor(nlp, disable=["reject.credited_title"])(NEWSLETTER)
    start = NEWSLETTER.index("Ferry fares")
    assert not any(r.span.start == start and r.reason == "title" for r in off.rejected)  # the rule is off
