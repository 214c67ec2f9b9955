"""Where things are in a parsed article, for speaker resolution: sentences, lines, quotes, credits, token roles."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ._intervals import Intervals

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...article import Article


@dataclass(frozen=True)
class SpeakerLayout:
    """Where sentences and lines start, and which characters are quoted or credits.

    The pronoun scores count sentences and lines back from a pronoun, so this
    layout keeps the units they were tuned on rather than ``Article.layout``:
    spaCy's sentences (the regex sentences of ``Article.layout`` split
    differently inside quotations and after abbreviations) and every line,
    blank ones included (``Article.layout`` skips blank lines, which would
    double the paragraph window of articles written with blank lines between
    paragraphs). Both are indexed once from ``Article.text`` and the parse.

    Args:
        sentence_starts: Character offset of every sentence start.
        paragraph_starts: Character offset of every line start.
        quoted: Every quoted fragment.
        credits: Every credit line.

    """

    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]
    quoted: Intervals
    credits: Intervals

    def sentence(self, offset: int) -> int:
        """Index of the sentence holding ``offset``."""
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def paragraph(self, offset: int) -> int:
        """Index of the paragraph (line) holding ``offset``."""
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)

    def line_start(self, offset: int) -> int:
        """Offset of the first character of the line holding ``offset``."""
        return self.paragraph_starts[self.paragraph(offset)]

    def in_quote(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside quoted words."""
        return self.quoted.contains(start, end)

    def in_credit(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies in a byline or credit line."""
        return self.credits.contains(start, end)


def make_layout(article: Article, quoted: list[tuple[int, int]], credits: list[tuple[int, int]]) -> SpeakerLayout:
    """Build the :class:`SpeakerLayout` of a parsed article.

    Args:
        article: The article (its text and parse).
        quoted: Quoted fragments.
        credits: Credit lines.

    Returns:
        The layout.

    """
    doc = article.doc
    assert doc is not None
    paragraphs = [0] + [m.end() for m in re.finditer("\n", article.text)]
    sentences = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    return SpeakerLayout(tuple(sentences), tuple(paragraphs), Intervals(quoted), Intervals(credits))


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering ``start:end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def is_modifier(token: Token) -> bool:
    """Whether a name only modifies a common noun ("the Paris agreement", "Lopez campaign")."""
    if token.dep_ not in {"compound", "amod", "nmod"} or token.head.pos_ != "NOUN":
        return False
    return not _name_then_gesture(token.head)  # "Torres shrugs.": the name is the subject


def is_subject(token: Token) -> bool:
    """Whether a token heads (or is inside, or is in apposition to) the subject of a clause.

    "The lawyer, Ana Ruiz, said": the name in apposition to the subject is
    the subject too.
    """
    while token.dep_ in {"compound", "flat", "amod", "appos"} and token.head is not token:
        token = token.head
    return token.dep_ in NOMINAL_SUBJECT_DEPS or _name_then_gesture(token)


def gesture_name(token: Token) -> bool:
    """Whether a word is the name before a gesture the parse read as a plural noun ("*Torres* laughs.")."""
    return token.dep_ == "compound" and _name_then_gesture(token.head)


def _name_then_gesture(root: Token) -> bool:
    """Whether a verbless sentence is a name and a verb read as a plural noun ("Torres shrugs.", "Okafor laughs.").

    Features set a speaker's gesture before a quotation in two words; the small model reads the verb as a noun
    with the name as its compound, so the name would count as no subject.
    """
    doc = root.doc
    if root.dep_ != "ROOT" or root.tag_ != "NNS" or not root.text.islower() or root.i + 1 >= len(doc):
        return False
    lefts = list(root.lefts)
    if not lefts or lefts[0].i != root.sent.start:
        return False
    if any(t.dep_ != "compound" or not t.text[:1].isupper() for t in lefts):
        return False
    return doc[root.i + 1].text in {".", "!"}


SUBORDINATE_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "csubj", "acl", "relcl", "pcomp"})
"""Dependencies of a clause inside another ("Asked whether Idowu should have done better, Hale ...")."""


def is_subordinate_subject(token: Token) -> bool:
    """Whether a token heads the subject of a subordinate clause, not of its sentence's main clause.

    "Asked whether goalkeeper Sam Idowu should have done better, Hale shook his
    head": Idowu is the subject of a clause inside the clause Hale is the
    subject of, so a following "he" is likelier Hale.
    """
    while token.dep_ in {"compound", "flat", "amod", "appos"} and token.head is not token:
        token = token.head
    return token.dep_ in NOMINAL_SUBJECT_DEPS and token.head.dep_ in SUBORDINATE_CLAUSE_DEPS
