"""Compatibility shim: the claim finder moved to :mod:`quoteextract.stages.claims`.

The attribution stage calls ``find_claims(doc, scan)`` until it is pointed at
the claims stage's ``find_claims(article)``; this shim builds the
:class:`~quoteextract.article.Article` for it.

.. deprecated:: 0.2.0
   Use :func:`quoteextract.stages.claims.find_claims` with an ``Article``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..claims import FRAME_CONFIDENCE
from ..claims import find_claims as _find_claims

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..._model import Quotation, QuoteScan
    from ...article import Article
    from ...rules import RuleSet


def find_claims(doc: Doc | Article, scan: QuoteScan | None = None, rules: RuleSet | None = None) -> list[Quotation]:
    """Find claims reported without quote marks (the 0.1 signature).

    Args:
        doc: A parsed spaCy Doc, or an already built ``Article``.
        scan: The quote-mark pairings of the text; found when ``None``.
        rules: The rule set to run (the built-in rules when ``None``).

    Returns:
        The claims, as :func:`quoteextract.stages.claims.find_claims` gives them.

    """
    from ...article import Article, Layout
    from ...rules import DEFAULT_RULES

    if isinstance(doc, Article):
        return _find_claims(doc)
    if scan is None:
        article = Article.build(doc, rules or DEFAULT_RULES)
    else:
        text = doc.text
        article = Article(text=text, doc=doc, layout=Layout.of(text), scan=scan, rules=rules or DEFAULT_RULES)
    return _find_claims(article)


__all__ = ["FRAME_CONFIDENCE", "find_claims"]
