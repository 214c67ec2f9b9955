"""A figure a speaker gives: "Police put the number of marchers at 9,000" (session 17).

News reports an official estimate with "put": "The council *put* the cost of the repairs *at* £2m", "The
Red Cross *put* the death toll *at* 212", "The trust *placed* the waiting list *at* 14,200". With an object
and "at" a number, the verb can only mean that the speaker stated the figure: the content is the object
with its figure ("the number of marchers at 9,000"), a predication ("the number is 9,000"). "put" and
"place" report nothing alone ("put the price at the bottom of the label", "placed the order at noon"), so
the cue needs all three: a speaker as subject, an object, and "at" with a number, a sum or a share.

"estimated the damage at £40m" is left alone: an estimate is a calculation or a judgement (the lexicon's
class), which the attribution scope keeps and a speech-only reader does not count.

The frame ``claim.figure`` reads the cues :func:`figure_cues` yields; ``classify.content.figure`` makes
their content a ``clause``.

.. versionadded:: 0.5.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en._lexicon import CueWord
from ...lang.en.syntax import is_verb
from ...rules import rule
from ..attribution._cues import CueInfo
from .frames import FRAME_CONFIDENCE, Found

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from ..classify import Answer, Target

FIGURE_RULE = "claim.figure"
"""The frame (and switch) of a figure given with "put X at N"."""

FIGURE_LEMMAS: frozenset[str] = frozenset({"put", "place", "peg"})
"""Verbs that give a figure with "at" ("put the toll at 212", "placed the cost at £3m", "pegged it at 4%")."""

FIGURE_WORD = CueWord("put at", "verb", "speech", "said", frozenset(), 0.85)
"""The cue entry of a figure given (class ``speech``; no lexicon frames: only ``claim.figure`` reads it)."""

MONEY_SIGNS: frozenset[str] = frozenset({"£", "$", "€", "¥"})
"""Currency signs that make a sum of a figure ("at £2m")."""

SCALE_WORDS: frozenset[str] = frozenset({"million", "billion", "trillion", "thousand", "hundred", "m", "bn", "k"})
"""Words of a figure's scale ("at 3 million", "at £2bn")."""

SPEAKER_DEPS: frozenset[str] = frozenset({"nsubj"})
"""Relations of the subject who gives the figure."""

EVIDENCE_LEMMAS: frozenset[str] = frozenset({"report", "study", "survey", "data", "figure", "analysis", "model"})
"""Subjects that are documents, not speakers ("The report put the cost at ..." is evidence, left to others)."""


def _is_figure(phrase: Token) -> bool:
    """Whether the object of "at" is a number, a sum or a share ("9,000", "£2m", "14,200 patients", "4%")."""
    for token in phrase.subtree:
        if token.like_num or token.text in MONEY_SIGNS or token.lower_ in SCALE_WORDS or token.text == "%":
            return True
        if any(ch.isdigit() for ch in token.text):
            return True  # "£2m", "2bn", "9k": one token with the digits
    return False


def figure_parts(verb: Token) -> tuple[Token, Token] | None:
    """The object and the "at" phrase of a figure a speaker gives ("put [the toll] [at 212]").

    Args:
        verb: Any token.

    Returns:
        The object and the preposition "at" when ``verb`` is "put"/"place"/"peg" with a subject that is
        no document, a direct object, and "at" with a number, a sum or a share after it; else ``None``.

    """
    if not is_verb(verb) or verb.lemma_.lower() not in FIGURE_LEMMAS:
        return None
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ in SPEAKER_DEPS), None)
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subject is None or obj is None or subject.lemma_.lower() in EVIDENCE_LEMMAS:
        return None
    at = _at_figure(verb, obj)
    return None if at is None else (obj, at)


def _at_figure(verb: Token, obj: Token) -> Token | None:
    """The "at" after the object whose object is a figure ("at 9,000", "at £2m"), on the object or the verb."""
    at = next((c for c in (*obj.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i), None)
    figure = None if at is None else next((g for g in at.children if g.dep_ == "pobj"), None)
    return at if figure is not None and _is_figure(figure) else None


def figure_cues(doc: Doc) -> Iterator[CueInfo]:
    """Every figure a speaker gives in ``doc`` ("put the number at 9,000"), as a cue on its verb, in text order.

    Args:
        doc: A parsed Doc.

    Yields:
        A cue whose token and span are the verb, with :data:`FIGURE_WORD` as its entry.

    """
    for token in doc:
        if token.lemma_.lower() in FIGURE_LEMMAS and figure_parts(token) is not None:
            yield CueInfo(token=token, span=doc[token.i : token.i + 1], word=FIGURE_WORD)


@rule(FIGURE_RULE, stage="claims", order=55, confidence=FRAME_CONFIDENCE["dobj"])
def figure(cue: CueInfo) -> Found | None:
    """A figure a speaker gives ("put the number of marchers at 9,000"): the object with its figure."""
    if cue.word is not FIGURE_WORD:
        return None
    parts = figure_parts(cue.token)
    if parts is None:
        return None
    obj, at = parts
    return Found([*obj.subtree, *at.subtree])


@rule("classify.content.figure", stage="classify", order=115)
def content_figure(target: Target) -> Answer:
    """The content of a figure given ("the cost of the repairs at £2m") is a predication: a ``clause``."""
    token, span = target.cue_token, target.content
    if token is None or span is None or target.quote.kind != "indirect":
        return None
    parts = figure_parts(token)
    if parts is None or not all(span.start <= t.i < span.end for t in parts):
        return None
    return "content_type", "clause"


__all__ = ["FIGURE_RULE", "FIGURE_WORD", "content_figure", "figure", "figure_cues", "figure_parts"]
