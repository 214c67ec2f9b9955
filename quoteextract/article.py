"""The :class:`Article` context: one article, worked out once, handed to every stage.

Every stage used to find the paragraphs, sentences and quote marks again for
itself; now :func:`Article.build` does it once per document and every stage
reads it from here:

- ``text`` and ``doc``: the user's text (offsets index it) and its spaCy parse
  (``None`` in the regex-only mode);
- ``layout``: the paragraphs (lines), each with its role, and an index of
  sentence boundaries and word counts that answers "where does the sentence
  around this offset start?" in logarithmic time;
- ``scan``: the quote-mark pairings of the finder;
- ``rules``: the rule set this extractor runs;
- ``cues``: the attribution cues of the parse, found once on first use.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Any, Literal

import attrs
import regex

from ._errors import InputError
from ._model import QuoteScan
from .rules import DEFAULT_RULES, RuleSet

if TYPE_CHECKING:
    from spacy.tokens import Doc

LineRole = Literal[
    "body",
    "headline",
    "subheading",
    "section_label",
    "teaser",
    "caption",
    "byline",
    "boilerplate",
    "qa_question",
    "qa_answer",
    "signoff",
]
"""What a line of the article is (the ``layout`` rules decide; see the "Layout" page of the docs).

Nothing is reported from a ``headline``, ``subheading``, ``teaser``, ``caption``,
``byline``, ``boilerplate`` or ``qa_question`` line; a ``section_label`` line
("CURRENCIES: ...") is text whose label speaks for no one; a ``qa_answer`` line
is a quotation of the interviewee; a ``signoff`` line ("— Pat Nolan, bus
driver") names the speaker of the quotations above it.

.. versionchanged:: 0.2.0 ``subhead``, ``label`` and ``qa`` (never produced)
   became ``subheading``, ``section_label``, ``qa_question`` and ``qa_answer``;
   ``signoff`` is new.
"""

LINE_ROLES: tuple[str, ...] = LineRole.__args__  # type: ignore[attr-defined]
"""Every :data:`LineRole`."""

PATTERNS: dict[str, regex.Pattern[str]] = {
    # A sentence boundary: final punctuation, optional closing marks or
    # brackets, then white space or the end. The next sentence starts after the space.
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
"""Regular expressions of the layout, each commented (linear time)."""

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
        role: What the line is (a :data:`LineRole`; ``body`` unless a layout rule says otherwise).
        words: How many words it has.

    """

    index: int
    start: int
    end: int
    role: str = "body"
    words: int = 0


def is_sentence_boundary(text: str, match: regex.Match[str]) -> bool:
    """Whether a sentence-final punctuation match really ends a sentence ("Mr." and "J." do not).

    Args:
        text: The article.
        match: A match of ``PATTERNS["SENTENCE_END"]``.

    Returns:
        ``False`` after an abbreviation or a single capital initial.

    """
    if text[match.start()] != ".":
        return True
    before = text[max(0, match.start() - 40) : match.start()]
    word = PATTERNS["LAST_WORD"].search(before)
    if word is None:
        return True
    token = word.group(1).lower()
    if token in ABBREVIATIONS:
        return False
    return not (len(token) == 1 and word.group(1).isupper())


@attrs.frozen
class Layout:
    """The paragraphs and sentence boundaries of one text, indexed once.

    Build it with :meth:`of`; every question it answers costs a binary search.

    Args:
        text: The article.
        paragraphs: Its lines, in order.
        bounds: ``(start, end)`` of every sentence-final punctuation run that
            ends a sentence, in order.

    """

    text: str = attrs.field(repr=False)
    paragraphs: tuple[Paragraph, ...]
    bounds: tuple[tuple[int, int], ...] = attrs.field(repr=False)
    _para_starts: tuple[int, ...] = attrs.field(repr=False)
    _bound_ends: tuple[int, ...] = attrs.field(repr=False)
    _bound_starts: tuple[int, ...] = attrs.field(repr=False)

    @classmethod
    def of(cls, text: str, roles: tuple[str, ...] | None = None) -> Layout:
        """Index ``text``.

        Args:
            text: The article.
            roles: One role per paragraph (default: every line ``body``).

        Returns:
            The layout.

        """
        matches = PATTERNS["PARAGRAPH"].finditer(text)
        paras = [
            Paragraph(i, m.start(), m.end(), "body", len(PATTERNS["WORD"].findall(m.group())))
            for i, m in enumerate(matches)
        ]
        if roles is not None:
            paras = [attrs.evolve(p, role=r) for p, r in zip(paras, roles, strict=True)]
        bounds = tuple(
            (m.start(), m.end()) for m in PATTERNS["SENTENCE_END"].finditer(text) if is_sentence_boundary(text, m)
        )
        return cls(
            text,
            tuple(paras),
            bounds,
            tuple(p.start for p in paras),
            tuple(b[1] for b in bounds),
            tuple(b[0] for b in bounds),
        )

    def with_roles(self, roles: tuple[str, ...]) -> Layout:
        """The same layout with one role per paragraph (the index is shared, not rebuilt).

        Args:
            roles: One :data:`LineRole` per paragraph, in order.

        Returns:
            A new layout; this one is unchanged.

        Raises:
            InputError: If ``roles`` does not give one known role per paragraph.

        .. versionadded:: 0.2.0

        """
        if len(roles) != len(self.paragraphs) or any(r not in LINE_ROLES for r in roles):
            raise InputError(f"need one role of {', '.join(LINE_ROLES)} per paragraph ({len(self.paragraphs)})")
        paragraphs = tuple(attrs.evolve(p, role=r) for p, r in zip(self.paragraphs, roles, strict=True))
        return attrs.evolve(self, paragraphs=paragraphs)

    def role_at(self, offset: int) -> str:
        """The role of the paragraph containing ``offset`` (``body`` in a text without paragraphs).

        .. versionadded:: 0.2.0

        """
        return self.paragraph_at(offset).role if self.paragraphs else "body"

    def paragraph_at(self, offset: int) -> Paragraph:
        """The paragraph containing ``offset`` (or the last one starting before it; the first if none).

        Raises:
            IndexError: If the text has no paragraph.

        """
        i = bisect.bisect_right(self._para_starts, offset) - 1
        return self.paragraphs[max(i, 0)]

    def sentence_start(self, lo: int, offset: int) -> int:
        """The start of the sentence holding ``offset``, not before ``lo``.

        Args:
            lo: The earliest possible start (usually the paragraph's start).
            offset: A character offset inside the sentence.

        Returns:
            The offset of the sentence's first non-space character.

        """
        i = bisect.bisect_left(self._bound_ends, offset) - 1  # last boundary ending before offset
        start = lo
        if i >= 0 and self._bound_starts[i] < lo < self._bound_ends[i]:
            return _scan_sentence_start(self.text, lo, offset)  # a punctuation run straddles lo: rare
        if i >= 0 and self._bound_starts[i] >= lo:
            start = self._bound_ends[i]
        text = self.text
        while start < offset and text[start].isspace():
            start += 1
        return start

    def sentence_end(self, offset: int, hi: int) -> int:
        """The end of the sentence holding ``offset``, not after ``hi``.

        Args:
            offset: A character offset inside the sentence.
            hi: The latest possible end (usually the paragraph's end).

        Returns:
            The offset one past the sentence's final punctuation (or ``hi``).

        """
        i = bisect.bisect_left(self._bound_starts, offset)
        if i > 0 and self._bound_ends[i - 1] > offset:
            return _scan_sentence_end(self.text, offset, hi)  # a punctuation run straddles offset: rare
        if i < len(self.bounds) and self._bound_starts[i] < hi:
            return min(self._bound_ends[i], hi)
        return hi

    def words_between(self, start: int, end: int) -> int:
        """How many words ``text[start:end]`` has (whole paragraphs are counted once, when indexed)."""
        para = self.paragraph_at(start)
        if para.start == start and para.end == end:
            return para.words
        return len(PATTERNS["WORD"].findall(self.text, start, end))


def _scan_sentence_start(text: str, lo: int, offset: int) -> int:
    """:meth:`Layout.sentence_start` by scanning, for a ``lo`` inside a punctuation run."""
    start = lo
    for match in PATTERNS["SENTENCE_END"].finditer(text, lo, offset):
        if match.end() < offset and is_sentence_boundary(text, match):
            start = match.end()
    while start < offset and text[start].isspace():
        start += 1
    return start


def _scan_sentence_end(text: str, offset: int, hi: int) -> int:
    """:meth:`Layout.sentence_end` by scanning, for an offset inside a punctuation run."""
    for match in PATTERNS["SENTENCE_END"].finditer(text, offset, hi):
        if is_sentence_boundary(text, match):
            end: int = match.end()
            return end
    return hi


@attrs.define(slots=False, eq=False)
class Article:
    """One article and everything worked out about it once, for every stage.

    Build it with :meth:`build`; stages read it and never change it.

    Args:
        text: The user's text; every offset indexes it.
        doc: Its spaCy parse, or ``None`` in the regex-only mode.
        layout: Paragraphs (with roles) and sentence boundaries.
        scan: The quote-mark pairings.
        rules: The rules this extractor runs.
        language: ISO code of the text's language.

    .. versionadded:: 0.2.0

    """

    text: str
    doc: Doc | None
    layout: Layout
    scan: QuoteScan
    rules: RuleSet = DEFAULT_RULES
    language: str = "en"

    @classmethod
    def build(cls, source: Doc | str, rules: RuleSet = DEFAULT_RULES) -> Article:
        """Work out the layout (with every line's role) and the quote marks of a parsed Doc or a plain text.

        Args:
            source: A parsed spaCy ``Doc`` or, for the regex-only mode, a ``str``.
            rules: The rules to run.

        Returns:
            The article.

        """
        from .stages.finder import find_quotes
        from .stages.layout import assign_roles

        if isinstance(source, str):
            text, doc, language = source, None, rules.language
        else:
            text, doc, language = source.text, source, source.lang_
        return cls(
            text=text,
            doc=doc,
            layout=assign_roles(Layout.of(text), doc, rules),
            scan=find_quotes(text),
            rules=rules,
            language=language,
        )

    @functools.cached_property
    def cues(self) -> tuple[Any, ...]:
        """The attribution cues of the parse, in text order (none without a parse)."""
        if self.doc is None:
            return ()
        from .stages.attribution._cues import find_cues

        return tuple(find_cues(self.doc))
