"""Words a place or a crowd rang with: chanted or sung there, not said by the verb's subject.

"The away end rang to ‘We're going up’", "the hall echoed with “Four more
years”": a verb of sound carries the quoted words through a preposition. The
subject (a stand, a hall, a street) heard them; nobody is reported as saying
them, so neither the ``"mixed"`` rules nor the ``"quotes"`` rules take that
verb as the words' cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SOUND_VERBS: frozenset[str] = frozenset(
    {"ring", "echo", "resound", "reverberate", "thunder", "boom", "erupt", "throb", "buzz", "hum"}
)
"""Verbs of a place or crowd filling with sound."""

SOUND_PREPOSITIONS: frozenset[str] = frozenset({"to", "with", "into", "in"})
"""Prepositions through which a verb of sound carries the words heard."""

MAX_SOUND_GAP_WORDS = 4
"""Most words between the verb and the opening mark ("rang to the sound of ‘...’")."""


def heard_not_said(text: str, verb: Token, opening: int) -> bool:
    """Whether ``verb`` is a verb of sound whose preposition carries the quote marks opening at ``opening``.

    Args:
        text: The article's text.
        verb: The cue token a rule found for the quoted words.
        opening: Offset of the opening quote mark.

    Returns:
        True for "The terraces rang to ‘...’" and "echoed with chants of “...”".

    """
    if verb.lemma_.lower() not in SOUND_VERBS or not verb.idx < opening:
        return False
    between = text[verb.idx + len(verb.text) : opening].split()
    return 0 < len(between) <= MAX_SOUND_GAP_WORDS and between[0].lower() in SOUND_PREPOSITIONS


__all__ = ["MAX_SOUND_GAP_WORDS", "SOUND_PREPOSITIONS", "SOUND_VERBS", "heard_not_said"]
