"""Classify rule for words a correction says were wrongly attributed: a misquote is not speech.

A correction names the words the paper printed by mistake before it gives the words
that were said: "An earlier version of this article *misquoted* the mayor *as saying*
the budget was “a disaster”", "*Because of an editing error*, the minister *was quoted
as promising* “no new taxes”", "the chairman was *wrongly quoted as saying* ...". The
cue reports what the paper once printed, and the correction says the speaker did not
say it: ``classify.polarity.misquoted`` makes it ``negated``, so the speech scope drops
it. The corrected words in the next sentence ("She said it was “a challenge”") are
untouched: no correction marker stands before their cue.

The marker is read in the cue's sentence before the cue (a bounded stretch): the verb
"misquote", a mistake adverb on "quoted", "attributed" or "reported", or a sentence
opened by "Because of / Due to / Owing to / After an (editing, transcription,
production, typing, translation, reporting) error".

.. versionadded:: 0.5.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..lang.en.syntax import sentence_opener
from ..rules import rule

if TYPE_CHECKING:
    from .classify import Answer, Target

MAX_BEFORE_CHARS = 200
"""Most characters of the cue's sentence read before the cue."""

MISQUOTE = regex.compile(
    r"""
    \bmisquot(?:e|es|ed|ing)\b
    | \b(?:wrongly|incorrectly|mistakenly|erroneously|inaccurately|falsely)[ ]+
      (?:quoted|attributed|reported|cited|credited)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
"""A correction's marker before the cue: "misquoted", "wrongly quoted", "incorrectly attributed"."""

EDITING_ERROR = regex.compile(
    r"""
    ^[ ]*(?:Because[ ]+of|Due[ ]+to|Owing[ ]+to|After|Through|As[ ]+a[ ]+result[ ]+of)[ ]+an?[ ]+
    (?:editing|editorial|transcription|production|typing|typographical|translation|reporting|subbing|sub-editing)
    [ ]+(?:error|mistake)\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
"""A sentence opened by the mistake that put the words in print ("Because of an editing error, ...")."""


@rule("classify.polarity.misquoted", stage="classify", order=206)
def polarity_misquoted(target: Target) -> Answer:
    """Words a correction says were wrongly attributed ("misquoted X as saying", "wrongly quoted as"): ``negated``."""
    token = target.cue_token
    if token is None:
        return None
    opener = sentence_opener(token)
    text = token.doc[opener.i : token.i + 1].text  # the sentence up to the cue: ``doc.text`` joins the whole article
    cue_at = token.idx - opener.idx
    if MISQUOTE.search(text, max(0, cue_at - MAX_BEFORE_CHARS)) is not None:
        return "polarity", "negated"
    opening = EDITING_ERROR.match(text, 0, min(cue_at, MAX_BEFORE_CHARS))
    return ("polarity", "negated") if opening is not None else None
