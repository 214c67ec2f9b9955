"""A spaCy component that starts a sentence after a line break, so the parser never joins two lines.

News text comes in lines: a headline, a byline, a caption, then paragraphs.
The small English models do not see line breaks as sentence ends, so a
headline without a full stop ("Board insists on winter plan") and the first
sentence under it become one parse, and a verb of the body hangs under the
headline's verb. ``quoteextract_line_breaks`` runs before the parser and marks
the first word after a line break as a sentence start, which the parser
keeps, and the word after it as no sentence start (left free, the small
model may cut a line's first name off on its own: "Tamsin | Oyelaran-Beck,
the mayor's sister, ..."). A single line break inside a hard-wrapped sentence (the next line
opens with a lower-case word, or the line ends with a comma or a joining word)
is left alone.

:func:`~quoteextract.load_pipeline` adds the component to the pipelines it
loads; add it to a pipeline of your own with
``nlp.add_pipe("quoteextract_line_breaks", before="parser")``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from ._wrapping import JOINING_ENDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "quoteextract_line_breaks"
"""The component's name in a spaCy pipeline."""

LOGIC_VERSION = 1
"""Raised whenever the component marks sentence starts differently: cached parses of older logic are not read."""


def _breaks_line(space: Token, after: Token) -> bool:
    """Whether the white space token ``space`` ends a line that ``after`` does not continue."""
    if "\n" not in space.text:
        return False
    if space.text.count("\n") > 1:
        return True  # a blank line: always a new paragraph
    before = space.nbor(-1) if space.i > 0 else None
    if before is None:
        return False
    return not (after.text[:1].islower() or before.lower_ in JOINING_ENDS)


def mark_line_breaks(doc: Doc) -> Doc:
    """Mark the first word after each line break as a sentence start (one pass over the tokens).

    Args:
        doc: A Doc not yet parsed.

    Returns:
        The same Doc.

    """
    for token in doc[1:]:
        previous = token.nbor(-1)
        if token.is_space or not previous.is_space:
            continue
        if _breaks_line(previous, token):
            token.is_sent_start = True
            after = token.nbor(1) if token.i + 1 < len(doc) else None
            if after is not None and not after.is_space:
                after.is_sent_start = False  # the parser would otherwise cut off a first name alone
    return doc


@Language.factory(COMPONENT)
def make_line_breaks(nlp: Language, name: str) -> object:
    """The spaCy factory of the ``quoteextract_line_breaks`` component.

    .. versionadded:: 0.2.0

    """
    return mark_line_breaks


def add_line_breaks(nlp: Language) -> None:
    """Add the component before ``nlp``'s parser, unless it is there already or there is no ``parser``."""
    if COMPONENT in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return
    nlp.add_pipe(COMPONENT, before="parser")
