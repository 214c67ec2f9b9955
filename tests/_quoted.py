"""The words an extractor reports as quoted, fragment by fragment, for end-to-end tests on invented sentences."""

from __future__ import annotations

from typing import Any

import quoteextract


def quoted_words(nlp: Any, text: str, scope: str, disable: tuple[str, ...] = ()) -> list[str]:
    """The text of every fragment (or the content) of every quotation found in ``text`` in ``scope``.

    Args:
        nlp: A loaded spaCy pipeline.
        text: The invented sentence or passage.
        scope: ``"attribution"`` or ``"speech"``.
        disable: Rule names switched off for this run.

    Returns:
        The reported words, in order.

    """
    quotes = quoteextract.Extractor(nlp, scope=scope, disable=list(disable))(text).quotes
    return [text[f.start : f.end] for q in quotes for f in (q.fragments or (q.content,))]
