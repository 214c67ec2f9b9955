"""A speaker mention that is only the full stop of an abbreviation: "Hale Sr. said ...".

The small English tokenizer knows "Jr." but not "Sr." (nor many rank abbreviations): before a verb it splits
the stop off ("Hale Sr" and "."), and the parser may then take the stop for the verb's subject, so the
claim's speaker mention is ".". News never quotes a full stop: the speaker is the name the stop ends.

The ``speaker.abbreviation_stop`` rule (stage ``speaker_mentions``, run by
:func:`~._framed.framed_speakers` for claims whose speaker mention is a lone stop) returns the mention
over the name, from its first proper noun to the stop ("Harold Tibbs Sr."). It needs the stop glued to a
capitalised proper noun before it; a sentence's own stop is never a subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._model import Mention
from ...rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ._framed import FramedSite

RULE_NAME = "speaker.abbreviation_stop"
"""This module's rule, which :func:`~._framed.framed_speakers` runs on claims that have a speaker mention."""

STOP = "."
"""The only speaker mention the rule repairs."""


def is_lone_stop(text: str, mention: Mention | None) -> bool:
    """Whether a speaker mention is nothing but a full stop."""
    return mention is not None and text[mention.start : mention.end] == STOP


def _name_start(doc: Doc, word: Token) -> int:
    """Index of the first word of the proper-noun run ending at ``word`` (hyphens inside it kept)."""
    i = word.i
    while i > 0 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].tag_ == "HYPH"):
        i -= 1
    while doc[i].tag_ == "HYPH":
        i += 1
    return i


@rule(RULE_NAME, stage="speaker_mentions", order=50)
def abbreviation_stop(site: FramedSite) -> Mention | None:
    """A lone stop glued to a proper noun ("Sr" of "Hale Sr."): the name it ends, stop included."""
    speaker = site.quote.speaker
    if speaker is None or not is_lone_stop(site.text, speaker):
        return None
    span = site.doc.char_span(speaker.start, speaker.end)
    if span is None or len(span) != 1 or span[0].i == 0:
        return None
    word = span[0].nbor(-1)
    if word.whitespace_ or word.pos_ != "PROPN" or not word.is_alpha or not word.text[:1].isupper():
        return None
    start = site.doc[_name_start(site.doc, word)].idx
    return Mention(start, speaker.end, site.text[start : speaker.end])
