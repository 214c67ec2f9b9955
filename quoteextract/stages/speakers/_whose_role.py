"""A speaker named after "whose" and a role right before the cue: "Pottle, whose founder, Marcus Day, said ...".

News brings a person in through the organisation or person they belong to: "a rival start-up whose founder,
Marcus Day, said", "the family, whose lawyer, Ana Ruiz, said". The small parser often takes the relative
clause's antecedent, or a word before it, for the speech verb's subject, or finds none; but the one who
speaks is the person named between the role and the cue, never the owner "whose" stands for.

The ``speaker.whose_role`` rule (stage ``speaker_mentions``, run by :func:`~._framed.framed_speakers` for
every claim whose cue follows such a name, with a speaker mention or without) returns the mention over the
name. It needs "whose", one to five lower-case words of a role, a comma, a name of capitalised words (an age
after it allowed), and a comma right before the cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..._model import Mention
from ...rules import rule

if TYPE_CHECKING:
    from ._framed import FramedSite

RULE_NAME = "speaker.whose_role"
"""This module's rule, which :func:`~._framed.framed_speakers` runs on claims whose cue follows the pattern."""

WHOSE_ROLE = regex.compile(
    r"""
    \bwhose[ ](?:\p{Ll}[\p{Ll}'’-]*[ ]){0,4}\p{Ll}[\p{Ll}'’-]*,[ ]       # whose + a role ("whose chief executive, ")
    (?P<name>\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,3})              # a name of capitalised words
    (?:,[ ]\d{1,3})?                                                        # an age ("Marcus Day, 54")
    ,[ ]*$                                                                  # the comma right before the cue
    """,
    regex.VERBOSE,
)
"""The words before a cue that name its speaker through "whose" and a role."""

REACH = 160
"""How many characters before the cue the pattern may take."""


def whose_named(text: str, cue_start: int) -> tuple[int, int] | None:
    """The offsets of the name that "whose" and a role bring in right before a cue, if the text has one.

    Args:
        text: The article's text.
        cue_start: Where the cue starts.

    Returns:
        ``(start, end)`` of the name, or ``None``.

    """
    offset = max(0, cue_start - REACH)
    found = WHOSE_ROLE.search(text, offset, cue_start)
    return None if found is None else (found.start("name"), found.end("name"))


@rule(RULE_NAME, stage="speaker_mentions", order=60)
def whose_role_speaker(site: FramedSite) -> Mention | None:
    """A name after "whose" and a role, right before the cue ("whose founder, Marcus Day, said"): the speaker."""
    cue = site.quote.cue
    named = None if cue is None else whose_named(site.text, cue.start)
    if named is None:
        return None
    start, end = named
    return Mention(start, end, site.text[start:end])
