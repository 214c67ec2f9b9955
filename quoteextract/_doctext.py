"""The text of a spaCy ``Doc``, built once per document.

spaCy rebuilds ``Doc.text`` from every token on each access, so reading it in
a loop makes a stage quadratic in the document's length. Every stage reads it
through :func:`doc_text` instead.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


_LAST_TEXT: list[tuple[weakref.ref[Doc], str]] = []


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per document.

    spaCy rebuilds ``Doc.text`` from the tokens on every access; the rules
    read it hundreds of times per article, so the last document's text is
    remembered (through a weak reference, so the document is not kept alive).

    Args:
        doc: A parsed article.

    Returns:
        Its text.

    """
    if _LAST_TEXT:
        ref, text = _LAST_TEXT[0]
        if ref() is doc:
            return text
    text = doc.text
    _LAST_TEXT[:] = [(weakref.ref(doc), text)]
    return text
