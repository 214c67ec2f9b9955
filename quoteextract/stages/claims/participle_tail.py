"""A closing attribution whose verb the parser hung on its speaker as a participle (session 15).

"The administration will delay the tariffs by a month, an official who asked not to be named told Reuters on
Tuesday." Wire copy closes a claim with an anonymous source and a relative clause about why it is unnamed; a
small model reads the source as an object or apposition of the claim's verb and the reporting verb after the
relative clause as a participle modifying the source ("an official ... *told*", ``acl``). The verb then has no
subject and no clause, and no frame finds the claim. When a speech verb is such a modifier of a noun that opens
right after a comma, the noun can speak, the words before the comma open the sentence as a clause with a
subject of its own, and nothing but its object and adjuncts follow the verb, the words before the comma are the
claim and the noun is its speaker (the subject the parse lost: :func:`quoteextract.stages.attribution._cues.
speaker_mention` finds it through the verb's governor).

Registered frame of stage ``"claims"``: ``claim.participle_tail`` (the confidence of a closing attribution).

.. versionadded:: 0.4.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import SUBJECT_DEPS
from ...rules import rule
from ..classify_acts import is_speaker
from .frames import FRAME_CONFIDENCE, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

PARTICIPLE_TAGS: frozenset[str] = frozenset({"VBN", "VBD"})
"""Tags of a reporting verb misread as a participle ("told", "said")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "parataxis", "conj"})
"""Children that give the verb a content of its own: then it is no closing attribution."""


def _speech_verb(cue: CueInfo) -> bool:
    """Whether the cue is a speech verb that may close a fronted claim ("told", "said")."""
    word = cue.word
    if cue.phrase is not None or word is None or word.pos != "verb" or word.cls != "speech":
        return False
    return word.takes("parataxis") or word.takes("ccomp")


def _fronted_clause(noun: Token) -> Token | None:
    """The first word of the clause before the comma opening ``noun``, if it is the sentence's main clause.

    The clause is the sentence root's, with a subject of its own; it starts at that subject, so a dateline
    before it ("WASHINGTON (AP) —") stays out of the claim.
    """
    sent = noun.sent
    comma = noun.left_edge.i - 1
    root = sent.root
    if comma <= sent.start or noun.doc[comma].text != "," or root.i >= comma or root.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < root.i), None)
    if subject is None or subject.i >= comma:
        return None
    return subject.left_edge


def _closes_sentence(token: Token) -> bool:
    """Whether nothing but punctuation follows the verb's own words in its sentence."""
    rest = token.doc[token.right_edge.i + 1 : token.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


@rule("claim.participle_tail", stage="claims", order=415, confidence=FRAME_CONFIDENCE["parataxis"])
def participle_tail(cue: CueInfo) -> Found | None:
    """A fronted claim closed by "an official who asked not to be named told Y", the verb parsed a participle."""
    if not _speech_verb(cue):
        return None
    token = cue.token
    noun = token.head
    if token.dep_ != "acl" or token.tag_ not in PARTICIPLE_TAGS or noun.i >= token.i:
        return None
    if any(c.dep_ in CLAUSE_DEPS or c.dep_ in SUBJECT_DEPS for c in token.children):
        return None
    if noun.pos_ not in {"NOUN", "PROPN"} or not is_speaker(noun) or not _closes_sentence(token):
        return None
    start = _fronted_clause(noun)
    if start is None:
        return None
    return Found(token.doc[start.i : noun.left_edge.i - 1])


__all__ = ["participle_tail"]
