"""Where a quote-mark pairing sits: its paragraph, its sentence, the words around it.

The attribution rules look at the words before the opening mark and after
the closing mark within the same sentence. spaCy's sentence boundaries are
unreliable around quote marks, so the regions here are found on the text
itself (sentence-final punctuation followed by a space and a capital or a
quote mark) and then mapped to tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from ..._model import QuotedSpan, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PATTERNS: dict[str, regex.Pattern[str]] = {
    # A sentence boundary: final punctuation, optional closing marks or
    # brackets, then white space. The next sentence starts after the space.
    "SENTENCE_END": regex.compile(
        r"""
        [.!?]+              # sentence-final punctuation
        [\"”’')\]]*         # closing quote marks or brackets
        (?=\s|$)            # then white space or the end
        """,
        regex.VERBOSE,
    ),
    # A paragraph: a run of characters without a line break.
    "PARAGRAPH": regex.compile(r"[^\n\r]+"),
    # The word (letters and periods) at the end of a stretch, to tell "Mr." from a sentence end.
    "LAST_WORD": regex.compile(r"([\p{L}.]+)$"),
    # Words, for counting.
    "WORD": regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*"),
}

ABBREVIATIONS: frozenset[str] = frozenset(
    "mr mrs ms dr sen rep gov gen col lt sgt st jr sr prof rev pres atty supt capt cmdr adm maj "
    "no vs etc inc corp co ltd jan feb mar apr aug sept sep oct nov dec u.s u.k d.c a.m p.m".split()
)
"""Words whose final period does not end a sentence (lower case, without the period)."""


@attrs.frozen
class Paragraph:
    """A paragraph of the text: a line between line breaks.

    Args:
        index: Its position among the text's paragraphs.
        start: Offset of its first character.
        end: Offset one past its last character.

    """

    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into paragraphs (non-empty lines).

    Args:
        text: The article.

    Returns:
        The paragraphs in text order.

    """
    return [Paragraph(i, m.start(), m.end()) for i, m in enumerate(PATTERNS["PARAGRAPH"].finditer(text))]


def paragraph_at(paras: list[Paragraph], offset: int) -> Paragraph:
    """The paragraph containing ``offset`` (or the last one starting before it).

    Args:
        paras: The text's paragraphs, from :func:`paragraphs`.
        offset: A character offset.

    Returns:
        The paragraph.

    """
    found = paras[0]
    for para in paras:
        if para.start > offset:
            break
        found = para
    return found


def _is_boundary(text: str, match: regex.Match[str]) -> bool:
    """Whether a sentence-final punctuation match really ends a sentence."""
    if text[match.start()] != ".":
        return True
    before = text[max(0, match.start() - 40) : match.start()]
    word = PATTERNS["LAST_WORD"].search(before)
    if word is None:
        return True
    token = word.group(1).lower()
    if token in ABBREVIATIONS:
        return False
    # Single capital initials ("J. Smith") do not end a sentence.
    return not (len(token) == 1 and word.group(1).isupper())


def sentence_start(text: str, lo: int, offset: int) -> int:
    """The start of the sentence holding ``offset``, not before ``lo``.

    Args:
        text: The article.
        lo: The earliest possible start (the paragraph's start).
        offset: A character offset inside the sentence.

    Returns:
        The offset of the sentence's first non-space character.

    """
    start = lo
    for match in PATTERNS["SENTENCE_END"].finditer(text, lo, offset):
        if match.end() < offset and _is_boundary(text, match):
            start = match.end()
    while start < offset and text[start].isspace():
        start += 1
    return start


def sentence_end(text: str, offset: int, hi: int) -> int:
    """The end of the sentence holding ``offset``, not after ``hi``.

    Args:
        text: The article.
        offset: A character offset inside the sentence.
        hi: The latest possible end (the paragraph's end).

    Returns:
        The offset one past the sentence's final punctuation (or ``hi``).

    """
    for match in PATTERNS["SENTENCE_END"].finditer(text, offset, hi):
        if _is_boundary(text, match):
            return match.end()
    return hi


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
    def standalone_start(self) -> bool:
        """Whether the quote opens its sentence or follows an introduction ending in ``:`` or ``,``."""
        pre = self.pre.text.rstrip()
        return not pre or pre[-1] in ":,—–" or pre.endswith("--")


def setting_of(text: str, paras: list[Paragraph], quote: QuotedSpan, next_open: int | None) -> Setting:
    """Locate ``quote`` in its paragraph and sentence.

    Args:
        text: The article.
        paras: Its paragraphs.
        quote: The pairing.
        next_open: Offset of the next outermost opening mark, if any.

    Returns:
        The :class:`Setting`.

    """
    para = paragraph_at(paras, quote.open.start)
    outer_end = quote.close.end if quote.close is not None else quote.content.end
    last = paragraph_at(paras, max(outer_end - 1, quote.open.start))
    pre_start = sentence_start(text, para.start, quote.open.start)
    hi = last.end
    if next_open is not None and outer_end <= next_open < hi:
        hi = next_open
    post_end = sentence_end(text, outer_end, hi) if outer_end < hi else outer_end
    return Setting(
        quote=quote,
        para=para,
        last_para=last,
        pre=Span.of(text, pre_start, quote.open.start),
        post=Span.of(text, outer_end, post_end),
    )


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
