"""People the attribution text names beside a claim's speaker: who interviewed them, or the speaker under a role.

"X told the presenter Ann Roe in an interview broadcast by Radio Kell": Ann Roe interviewed X (``interview``, not
``told``). "A letter, from the regional fire officer, Ann Roe, warned ...": the officer is the speaker herself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._index import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._site import SegmentSite


def in_interview(verb: Token, told: Token) -> bool:
    """Whether "in an interview" hangs on the verb or on the person told ("told the presenter Y in an interview").

    The person told then interviewed the speaker: "X told the presenter Ann Roe in an interview broadcast by
    Radio Kell" is Ann Roe's ``interview``, relayed by the station.
    """
    for prep in (*verb.children, *told.subtree):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.head not in {verb, told, *told.subtree}:
            continue
        # the parse may read "an interview broadcast by" as a compound noun: the words, not the head, say it
        if any(t.lower_ in _INTERVIEW_WORDS for t in prep.doc[prep.i + 1 : prep.i + 5]):
            return True
    return False


_INTERVIEW_WORDS = frozenset({"interview", "interviews"})
"""Words of an interview after "in" ("in an interview", "in a television interview")."""


_APPOSITION_COMMA = re.compile(r"[ ]*,[ ]*")
"""The comma between a role and the name set in apposition to it ("from the fire officer, Ann Roe,")."""


def apposed_speaker(seg: SegmentSite, found: Found) -> Found:
    """The speaker, when a medium's source is a role with the speaker's name in apposition after it.

    "A letter, from the regional fire officer, Ann Roe, warned ...": the officer is Ann Roe, the speaker, who
    wrote the letter (one link, ``letter``), not a second source.
    """
    speaker = seg.claim.speaker_entity
    mention = seg.claim.quote.speaker
    if speaker is None or found.entity is not None or mention is None or mention.start >= found.mention.start:
        return found  # "In a statement from his lawyers, the actor said": a frame before the subject, two sources
    text = seg.claim.text
    comma = _APPOSITION_COMMA.match(text, found.mention.end)
    if comma is None or comma.group(0).count(",") != 1:
        return found
    named = seg.claim.index.after(comma.end(), min(len(text), comma.end() + 60))
    if named is None or named.entity != speaker or named.mention.start != comma.end():
        return found
    return Found(found.mention, speaker, named.type)
