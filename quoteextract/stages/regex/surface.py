"""The surface rules of the regex-only mode: registered rules of stage ``"regex"``.

The regex-only mode (:func:`quoteextract.extract_regex`) reads no parse; each
of its rules is one surface pattern of :mod:`._patterns`. A rule is a function
``rule(place: Place) -> Hit | None`` and the mode asks its rule set for the
active rules of stage ``"regex"`` twice, trying them in ``order`` and keeping
the first that answers:

- once per quotation (``place.quote`` set; ``place.start``/``place.end`` are
  its line's bounds): the rules that find the speaker right after or right
  before the quote marks (orders 100 to 299);
- once per sentence not already claimed (``place.quote`` is ``None``;
  ``place.start``/``place.end`` are the sentence's bounds): the rules that
  find an unquoted or partly quoted claim (orders 300 and up).

A rule returns ``None`` for the pass it does not handle. Every result carries
its rule's registered name (``Quotation.rule``, e.g. ``"regex.said_that"``)
and confidence, so ``quoteextract rules`` explains every output and
``extract_regex(text, disable=["regex.said_that"])`` switches one off.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import attrs
import regex

from ..._model import QuotedSpan
from ...rules import rule
from ._intervals import Intervals
from ._patterns import patterns

CONFIDENCE = 0.6
"""The confidence of every regex-mode result (the mode has no parse to grade them by)."""

Bounds = tuple[int, int]
"""A ``(start, end)`` pair of offsets into the text."""

AFTER_WINDOW = 120
"""How many characters after a closing mark the attribution may take."""

BEFORE_WINDOW = 160
"""How many characters before an opening mark the attribution may take."""


@attrs.frozen
class Place:
    """Where a regex rule looks: around one quotation, or in one sentence.

    Args:
        text: The article.
        quote: The quotation (the quotation pass), or ``None`` (the sentence pass).
        start: The quotation's line start, or the sentence's first character.
        end: The quotation's line end, or one past the sentence's last word.
        marks: Every quotation's span from opening to closing mark.

    """

    text: str = attrs.field(repr=False)
    quote: QuotedSpan | None
    start: int
    end: int
    marks: Intervals = attrs.field(repr=False)


@attrs.frozen
class Hit:
    """What a rule found.

    Args:
        speaker: The speaker's words.
        cue: The cue's words.
        content: The claim's bounds (sentence rules; quotation rules take the quotation).
        follows: For a match after a closing mark, the offset where it ends
            (a second fragment may follow: “A,” she said, “B.”).
        relation: How the speaker relates to the content (a source link's relation).

    """

    speaker: Bounds
    cue: Bounds
    content: Bounds | None = None
    follows: int | None = None
    relation: str = "said"


def trim_speaker(text: str, start: int, end: int) -> Bounds:
    """Drop trailing punctuation and spaces from a speaker match."""
    while end > start and text[end - 1] in ",.;: ":
        end -= 1
    return start, end


def _after(place: Place, name: str, relation: str = "said") -> Hit | None:
    """Match pattern ``name`` right after the quotation's closing mark (within its line)."""
    quote = place.quote
    if quote is None or quote.close is None:
        return None
    offset = quote.close.end
    match = patterns()[name].match(place.text[offset : min(place.end, offset + AFTER_WINDOW)])
    if match is None:
        return None
    return Hit(
        speaker=trim_speaker(place.text, offset + match.start("speaker"), offset + match.end("speaker")),
        cue=(offset + match.start("cue"), offset + match.end("cue")),
        follows=offset + match.end(),
        relation=relation,
    )


def _head(place: Place, name: str, whole: bool = False) -> Hit | None:
    """Match pattern ``name`` in the sentence, not inside quote marks; the claim follows it (or is ``whole``)."""
    if place.quote is not None:
        return None
    head = patterns()[name].search(place.text, place.start, place.end)
    if head is None or place.marks.strictly_contains(head.start()):
        return None
    return Hit(
        speaker=trim_speaker(place.text, head.start("speaker"), head.end("speaker")),
        cue=(head.start("cue"), head.end("cue")),
        content=(place.start, place.end) if whole else (head.end(), place.end),
    )


@rule("regex.after_speaker_verb", stage="regex", order=100, language="en", confidence=CONFIDENCE)
def after_speaker_verb(place: Place) -> Hit | None:
    """“...,” SPEAKER said: the speaker and the cue verb right after the closing mark."""
    return _after(place, "AFTER_SPEAKER_VERB")


@rule("regex.after_verb_speaker", stage="regex", order=110, language="en", confidence=CONFIDENCE)
def after_verb_speaker(place: Place) -> Hit | None:
    """“...,” said SPEAKER: the cue verb and the speaker right after the closing mark."""
    return _after(place, "AFTER_VERB_SPEAKER")


@rule("regex.after_according", stage="regex", order=120, language="en", confidence=CONFIDENCE)
def after_according(place: Place) -> Hit | None:
    """“...,” according to SPEAKER: the source right after the closing mark."""
    return _after(place, "AFTER_ACCORDING", relation="according_to")


@rule("regex.before", stage="regex", order=200, language="en", confidence=CONFIDENCE)
def before(place: Place) -> Hit | None:
    """SPEAKER said: “...”: the speaker and cue ending with a comma or colon right before the opening mark."""
    quote = place.quote
    if quote is None:
        return None
    start = max(place.start, quote.open.start - BEFORE_WINDOW)
    match = patterns()["BEFORE"].search(place.text, start, quote.open.start)
    if match is None:
        return None
    return Hit(
        speaker=trim_speaker(place.text, match.start("speaker"), match.end("speaker")),
        cue=(match.start("cue"), match.end("cue")),
    )


@rule("regex.clause_said", stage="regex", order=300, language="en", confidence=CONFIDENCE)
def clause_said(place: Place) -> Hit | None:
    """CLAUSE, SPEAKER said. / CLAUSE, said SPEAKER.: the attribution ends the sentence."""
    if place.quote is not None:
        return None
    text = place.text
    tail: regex.Match[str] | None = patterns()["CLAUSE_SAID"].search(
        text, place.start, place.end + 1 if place.end < len(text) else place.end
    )
    if tail is None:
        return None
    s_group = "speaker" if tail.group("speaker") else "speaker2"
    c_group = "cue" if tail.group("cue") else "cue2"
    return Hit(
        speaker=trim_speaker(text, tail.start(s_group), tail.end(s_group)),
        cue=(tail.start(c_group), tail.end(c_group)),
        content=(place.start, tail.start()),
    )


@rule("regex.parenthetical", stage="regex", order=310, language="en", confidence=CONFIDENCE)
def parenthetical(place: Place) -> Hit | None:
    """CLAUSE, SPEAKER said, CLAUSE.: an attribution between commas; the claim is the whole sentence."""
    return _head(place, "PARENTHETICAL", whole=True)


@rule("regex.told_that", stage="regex", order=320, language="en", confidence=CONFIDENCE)
def told_that(place: Place) -> Hit | None:
    """SPEAKER told ADDRESSEE that CLAUSE: the claim is the clause after "that"."""
    return _head(place, "TOLD_THAT")


@rule("regex.said_that", stage="regex", order=330, language="en", confidence=CONFIDENCE)
def said_that(place: Place) -> Hit | None:
    """SPEAKER said (that) CLAUSE: the claim is the clause after the cue verb."""
    return _head(place, "SAID_THAT")


__all__ = [
    "CONFIDENCE",
    "Hit",
    "Place",
    "after_according",
    "after_speaker_verb",
    "after_verb_speaker",
    "before",
    "clause_said",
    "parenthetical",
    "said_that",
    "told_that",
    "trim_speaker",
]
