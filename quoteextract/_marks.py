"""The typographic quotation finder: quote-mark pairings, no parse needed."""

from __future__ import annotations

import regex

from ._model import QuotedSpan, QuoteScan, Span

_PLACEHOLDER = regex.compile(r"“([^”]*)”")


def find_quotes(text: str) -> QuoteScan:
    """Find every quote-mark pairing in ``text``.

    PLACEHOLDER: curly double quotes only, until the finder lands (issue 2).
    """
    quotes = []
    for m in _PLACEHOLDER.finditer(text):
        quotes.append(
            QuotedSpan(
                content=Span(m.start(1), m.end(1), m.group(1)),
                open=Span(m.start(), m.start() + 1, text[m.start()]),
                close=Span(m.end() - 1, m.end(), text[m.end() - 1]),
            )
        )
    return QuoteScan(tuple(quotes))
