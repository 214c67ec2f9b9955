"""An apology said in words: "said sorry for X" reports what the speaker said sorry for (session 17).

"The council said sorry for the missed collections", "The chef said sorry to diners for the outbreak": the
speaker said the word "sorry", and the "for" phrase is what the apology was for, as in "apologised for the
missed collections" or "issued an apology for ..." (:mod:`quoteextract.stages.classify_content` makes that
phrase a ``clause``). The parser makes "sorry" a predicate of "said" (``oprd``, ``acomp`` or ``dobj``), so no
other frame reads it. "said sorry" with no "for" phrase names nothing and gives no claim; "said goodbye to"
is another word and is left alone.

Registered frame of stage ``"claims"``: ``claim.said_sorry``, reported as ``claim.prep``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from .frames import FRAME_CONFIDENCE, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

SORRY_DEPS: frozenset[str] = frozenset({"oprd", "acomp", "dobj", "attr", "ccomp"})
"""Relations the parser gives "sorry" under "said" ("said *sorry* for ...")."""


def _for_phrase(word: Token) -> Token | None:
    """The "for" phrase of a word, if it has one with an object ("for the delays")."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "for" and any(g.dep_ in {"pobj", "pcomp"} for g in child.children):
            return child
    return None


def _after_addressee(word: Token) -> Token | None:
    """The "for" phrase the parser hung on the one apologised to ("sorry to the fans [for the defeat]")."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            for person in (g for g in child.children if g.dep_ == "pobj"):
                found = _for_phrase(person)
                if found is not None:
                    return found
    return None


APOLOGY_VERBS: frozenset[str] = frozenset({"apologise", "apologize"})
"""Verbs of an apology ("apologised for the delays")."""


def is_apology_cue(token: Token) -> bool:
    """Whether a cue verb is an apology: "apologised", or "said" with "sorry" ("said sorry for the delays").

    What an apology is for may be a thing ("apologised for the broken lift"): the physical-content check
    (``claim_filter.physical_content``) does not read it as a picture shown or a thing shared.
    """
    lemma = token.lemma_.lower()
    if lemma in APOLOGY_VERBS:
        return True
    return lemma == "say" and any(c.dep_ in SORRY_DEPS and c.lower_ == "sorry" for c in token.children)


@rule("claim.said_sorry", stage="claims", order=795, confidence=FRAME_CONFIDENCE["prep"])
def said_sorry(cue: CueInfo) -> Found | None:
    """What a speaker "said sorry for" ("The council said sorry [for the missed collections]"); as claim.prep."""
    if cue.phrase is not None or cue.word is None or cue.token.lemma_.lower() != "say":
        return None
    token = cue.token
    sorry = next((c for c in token.children if c.dep_ in SORRY_DEPS and c.lower_ == "sorry" and c.i > token.i), None)
    if sorry is None:
        return None
    phrase = _for_phrase(sorry) or _for_phrase(token) or _after_addressee(sorry) or _after_addressee(token)
    if phrase is None or phrase.i < sorry.i:
        return None
    return Found(list(phrase.subtree))


__all__ = ["APOLOGY_VERBS", "is_apology_cue", "said_sorry"]
