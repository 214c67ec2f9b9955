"""Attribution: quotations, their cues and speaker mentions, and unmarked claims.

:func:`attribute` decides, for every outermost quote-mark pairing, whether it
is a direct quotation, a quoted fragment of a reported clause, or not a
quotation at all (:mod:`._from_marks`, with the rules of :mod:`._quotes`,
:mod:`._leading`, :mod:`._around`, :mod:`._mixed` and :mod:`._reject`),
merges the result with the claims without quote marks found by
:mod:`._claims`, the dialogue turns opened by a dash
(:mod:`._dash_turns`) and the answers of an unlabelled printed interview
(:mod:`._qa_answers`) (:mod:`._merge`), joins quotations continued over paragraphs
or sentences (:mod:`._join`) and adds the quotations inside quotations
(:mod:`._nested`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..._model import Quotation, Rejection
from ._context import Scene
from ._dash_turns import dash_turns
from ._from_marks import from_marks
from ._join import join_continued
from ._merge import merge
from ._nested import nested_quotations
from ._qa_answers import qa_answers

if TYPE_CHECKING:
    from ...article import Article


class Attributed(NamedTuple):
    """What the attribution stage gives: unpack it as ``quotes, rejected = attribute(article)``.

    Args:
        quotes: Quotations and claims in text order (an outer quotation before the
            ones inside it), no two covering the same words except a quotation
            inside another's fragment (``quote.nested``) and a claim in the
            attribution of a joined quotation (``quote.join``).
        rejected: The pairings judged not to be quotations, with their reasons, in text order.

    .. versionadded:: 0.2.0

    """

    quotes: list[Quotation]
    rejected: list[Rejection]


def attribute(article: Article) -> Attributed:
    """Decide quotations, cues and speaker mentions for one parsed article.

    Args:
        article: The article context (``article.doc`` parsed by a pipeline
            with a parser; ``article.scan`` its quote-mark pairings).

    Returns:
        ``(quotes, rejected)`` (an :class:`Attributed`): new lists; nothing
        in ``article`` is changed.

    .. versionchanged:: 0.2.0
       Takes the :class:`~quoteextract.article.Article` instead of a Doc and a scan.

    """
    if not article.text.strip():
        return Attributed([], [])
    scene = Scene(article)
    marks = from_marks(scene)
    claims = _unmarked_claims(article, marks.rejected)
    quoted = sorted([*marks.quotes, *dash_turns(scene), *qa_answers(scene)], key=lambda q: (q.start, q.end))
    quotes, unreported = merge(scene, quoted, claims, marks.loose, marks.embedded)
    quotes.sort(key=lambda q: (q.start, q.end))
    quotes = join_continued(scene, quotes)
    quotes = sorted([*quotes, *nested_quotations(scene, quotes)], key=lambda q: (q.start, -q.end))
    rejected = sorted([*marks.rejected, *unreported], key=lambda r: r.span.start)
    return Attributed(quotes, rejected)


def _unmarked_claims(article: Article, rejected: tuple[Rejection, ...]) -> list[Quotation]:
    """The claims without quote marks (the one call into the claim finder); no claim re-reports a rejected pair."""
    from ..claims import find_claims

    return list(find_claims(article, rejected))


__all__ = ["Attributed", "attribute"]
