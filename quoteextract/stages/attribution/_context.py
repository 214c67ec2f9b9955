"""Where a quote-mark pairing sits: its paragraph, its sentence, the words around it.

The attribution rules look at the words before the opening mark and after
the closing mark within the same sentence. spaCy's sentence boundaries are
unreliable around quote marks, so the regions come from the article's
:class:`~quoteextract.article.Layout` (sentence-final punctuation on the text
itself, indexed once per article) and are then mapped to tokens.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from ..._model import QuotedSpan, Span
from ...article import PATTERNS, Article, Layout, Paragraph
from ...rules import Rule
from ..finder._mark_table import DOUBLE_CLOSING, DOUBLE_OPENING, SINGLE_CLOSING, SINGLE_OPENING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPENING_MARKS: str = "".join(sorted({char for mark in DOUBLE_OPENING | SINGLE_OPENING for char in mark}))
"""Characters of the marks that may open a quotation (from the finder's mark table)."""

CLOSING_MARKS: str = "".join(sorted({char for mark in DOUBLE_CLOSING | SINGLE_CLOSING for char in mark}))
"""Characters of the marks that may close a quotation (from the finder's mark table)."""

FEW_CHILDREN = 32
"""Children a head may have before :meth:`Scene.children` looks them up in the arc index instead of reading them."""

__all__ = ["CLOSING_MARKS", "OPENING_MARKS", "Paragraph", "Scene", "Setting", "setting_of", "tokens_in", "word_count"]


@attrs.frozen
class Setting:
    """One pairing in its surroundings.

    Args:
        quote: The pairing.
        para: Its (first) paragraph.
        last_para: The paragraph of its closing mark.
        pre: From the start of the sentence to the opening mark.
        post: From after the closing mark to the end of the sentence
            (or to the next opening mark in the same paragraph).

    """

    quote: QuotedSpan
    para: Paragraph
    last_para: Paragraph
    pre: Span
    post: Span

    @property
    def outer_end(self) -> int:
        """Offset just past the closing mark (or the content when unclosed)."""
        return self.quote.close.end if self.quote.close is not None else self.quote.content.end

    @property
    def marks(self) -> list[Span]:
        """The pairing's marks: the opening mark, any re-opening marks, the closing mark."""
        marks = [self.quote.open, *self.quote.reopen]
        if self.quote.close is not None:
            marks.append(self.quote.close)
        return marks


def setting_of(layout: Layout, quote: QuotedSpan, next_open: int | None) -> Setting:
    """Locate ``quote`` in its paragraph and sentence.

    Args:
        layout: The article's layout.
        quote: The pairing.
        next_open: Offset of the next outermost opening mark, if any.

    Returns:
        The :class:`Setting`.

    """
    text = layout.text
    para = layout.paragraph_at(quote.open.start)
    outer_end = quote.close.end if quote.close is not None else quote.content.end
    last = layout.paragraph_at(max(outer_end - 1, quote.open.start))
    pre_start = layout.sentence_start(para.start, quote.open.start)
    hi = last.end
    if next_open is not None and outer_end <= next_open < hi:
        hi = next_open
    post_end = layout.sentence_end(outer_end, hi) if outer_end < hi else outer_end
    if _ends_sentence(layout, quote, outer_end, hi):
        post_end = outer_end
    return Setting(
        quote=quote,
        para=para,
        last_para=last,
        pre=Span.of(text, pre_start, quote.open.start),
        post=Span.of(text, outer_end, post_end),
    )


def _ends_sentence(layout: Layout, quote: QuotedSpan, outer_end: int, hi: int) -> bool:
    """Whether the quoted words end with a full stop that ends the writer's sentence too.

    "“... is dead.” She left.": the full stop inside the closing mark ends the
    sentence (the layout's boundary runs through the mark) and a capital opens
    the next one, so nothing after the mark belongs to the quotation's
    sentence. A question or exclamation ("“... now?” Lee asked.") and a
    lower-case word after the mark ("“... is dead.” she said.") do not end it.
    """
    content = quote.content
    stop = len(content.text.rstrip())
    if quote.close is None or stop == 0 or content.text[stop - 1] != ".":
        return False
    if layout.sentence_end(content.start + stop - 1, hi) != outer_end:
        return False  # "U.S." or "Mr." before the mark: no sentence boundary there
    text = layout.text
    k = outer_end
    while k < hi and text[k].isspace():
        k += 1
    return k < hi and (text[k].isupper() or text[k] in OPENING_MARKS)


@attrs.define(eq=False)
class Scene:
    """The article as the quotation rules see it, with the few indexes they share.

    Built once per article by the attribution stage; every lookup is a
    binary search or a per-paragraph cache, so no rule rescans a paragraph
    per pairing.

    Args:
        article: The article (parsed: ``article.doc`` is set).

    """

    article: Article
    memo: dict[tuple[str, int], object] = attrs.field(factory=dict, init=False, repr=False)
    """Per-paragraph facts the rules work out once (keyed by what and the paragraph's index)."""
    _rules: dict[str, tuple[Rule, ...]] = attrs.field(factory=dict, init=False, repr=False)
    _arcs: dict[tuple[int, str], list[int]] | None = attrs.field(default=None, init=False, repr=False)

    def active(self, stage: str) -> tuple[Rule, ...]:
        """The active rules of ``stage``, in order (asked of the rule set once per article).

        Args:
            stage: A stage name.

        Returns:
            The rules.

        """
        found = self._rules.get(stage)
        if found is None:
            found = self._rules[stage] = self.article.rules.active(stage)
        return found

    def is_on(self, name: str, stage: str) -> bool:
        """Whether the rule ``name`` of ``stage`` runs for this article."""
        return any(r.name == name for r in self.active(stage))

    def children(self, token: Token, deps: frozenset[str]) -> list[Token]:
        """``token``'s children whose label is in ``deps``, in text order.

        A head with few children is read directly; for one with many (a
        run-on parse) an index of every arc by head and label is built once
        per article, so it costs no scan per question.

        Args:
            token: A token of the article's parse.
            deps: Dependency labels.

        Returns:
            The children.

        """
        if token.n_lefts + token.n_rights <= FEW_CHILDREN:
            return [c for c in token.children if c.dep_ in deps]
        if self._arcs is None:
            arcs: dict[tuple[int, str], list[int]] = {}
            for child in self.doc:
                if child.head.i != child.i:
                    arcs.setdefault((child.head.i, child.dep_), []).append(child.i)
            self._arcs = arcs
        found = sorted(i for dep in deps for i in self._arcs.get((token.i, dep), ()))
        return [self.doc[i] for i in found]

    @property
    def text(self) -> str:
        """The article's text."""
        return self.article.text

    @property
    def doc(self) -> Doc:
        """The article's parse."""
        assert self.article.doc is not None, "attribution needs a parsed article"
        return self.article.doc

    @property
    def layout(self) -> Layout:
        """The article's paragraphs and sentences."""
        return self.article.layout

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly within ``[start, end)`` (as :func:`tokens_in`)."""
        return tokens_in(self.doc, start, end)

    @functools.cached_property
    def _bounds(self) -> dict[int, tuple[int, int]]:
        """Each paragraph's first and last non-space offsets (``(start, start)`` when blank)."""
        found: dict[int, tuple[int, int]] = {}
        text = self.text
        for para in self.layout.paragraphs:
            line = text[para.start : para.end]
            stripped = line.strip()
            lead = len(line) - len(line.lstrip())
            found[para.index] = (para.start + lead, para.start + lead + len(stripped))
        return found

    def visible(self, para: Paragraph) -> tuple[int, int]:
        """``(first, end)`` of the paragraph's non-space characters."""
        return self._bounds[para.index]


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens lying wholly within ``[start, end)``.

    Args:
        doc: The parsed article.
        start: First offset.
        end: Offset one past the last.

    Returns:
        The tokens, in order.

    """
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return []
    return list(span)


def word_count(text: str) -> int:
    """How many words ``text`` has.

    Args:
        text: Any text.

    Returns:
        The number of words.

    """
    return len(PATTERNS["WORD"].findall(text))
