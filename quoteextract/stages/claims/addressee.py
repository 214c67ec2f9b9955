"""A directive whose addressee follows a preposition: "appealed to parents to ..." (session 9).

"The chief medical officer appealed to parents to keep children at home", "Her lawyer pleaded with the judge
to spare his client", "The union called on ministers to publish the costs", "Police appealed for witnesses to
come forward": the one urged is the object of a preposition the verb selects, and the infinitive after it is
what they were urged to do; the parser hangs the infinitive on the verb, apart from the preposition. As with
"urged MPs not to ..." the addressee is the subject of the reported proposition and stays with the
infinitive; the preposition does not. The verbs and their prepositions are a closed set of directives
(:data:`DIRECTIVE_PREPOSITIONS`): "spoke to reporters to promote the book" is a purpose, not a directive.

Registered frame of stage ``"claims"``: ``claim.prep_addressee``, reported as ``claim.xcomp``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from ._tokens import is_infinitive, subject_of
from .complements import OBJECT_FOLLOWERS, verb_phrase_rest
from .frames import FRAME_CONFIDENCE, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

DIRECTIVE_PREPOSITIONS: dict[str, frozenset[str]] = {
    "appeal": frozenset({"to", "for"}),
    "call": frozenset({"on", "upon"}),
    "plead": frozenset({"with"}),
    "prevail": frozenset({"on", "upon"}),
    "signal": frozenset({"to", "for"}),
}
"""Directive verbs and the prepositions that introduce the one urged ("appealed *to* parents to ...")."""

INFINITIVE_DEPS: frozenset[str] = frozenset({"xcomp", "advcl", "ccomp"})
"""Relations by which the parser hangs the infinitive on the verb."""


def _addressee(token: Token, preps: frozenset[str]) -> Token | None:
    """The object of the verb's directive preposition, right after the verb (particles aside)."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
        if child.dep_ not in {"prt", "advmod"}:
            return None
    return None


@rule("claim.prep_addressee", stage="claims", order=695, confidence=FRAME_CONFIDENCE["xcomp"])
def prep_addressee(cue: CueInfo) -> Found | None:
    """A directive's addressee after its preposition and the infinitive after it ("appealed to parents to ...")."""
    word = cue.word
    if cue.phrase is not None or word is None or word.pos != "verb":
        return None
    token = cue.token
    preps = DIRECTIVE_PREPOSITIONS.get(token.lemma_.lower())
    if preps is None:
        return None
    addressee = _addressee(token, preps)
    if addressee is None:
        return None
    after = addressee.right_edge.i
    infinitive = next((c for c in token.children if c.dep_ in INFINITIVE_DEPS and c.i > after), None)
    if infinitive is None or not is_infinitive(infinitive) or subject_of(infinitive) is not None:
        return None
    if infinitive.left_edge.i != after + 1:
        return None  # "appealed to the court on Monday to ...": words between are not the addressee's
    rest = verb_phrase_rest(token, infinitive, OBJECT_FOLLOWERS)
    return Found(list(token.doc[addressee.left_edge.i : after + 1]) + rest)


__all__ = ["DIRECTIVE_PREPOSITIONS", "prep_addressee"]
