"""A closing attribution the parser read as an appositive of the sentence's subject.

"Schools will close early on Friday, the education authority announced on
Thursday": the small English model often tags the cue as a past participle and
makes "the education authority announced on Thursday" an appositive of
"Schools" with a participle clause ("the authority [that was] announced"). No
other frame then sees the report, since the cue has neither a content clause
nor a host. ``claim.appos_tail`` reads the construction back: an appositive
that starts only after its noun's clause has ended, after a comma, whose noun
can speak and whose participle is a cue with nothing but circumstances after
it, is a closing attribution; the clause before the comma is its content (the
speaker is the appositive's noun, as :func:`~quoteextract.stages.attribution._cues.speaker_mention`
gives it).

A true appositive sits right after its noun ("Schools, the main employers in
the town, will close") and a true participle clause has an object, an agent
or a passive auxiliary ("the plan, a budget announced by the mayor"), so
neither is taken.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en._speaker_lexicon import roles
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ...rules import rule
from ..attribution._cues import CueInfo
from .frames import FRAME_CONFIDENCE, Found, _word

if TYPE_CHECKING:
    from spacy.tokens import Token

CIRCUMSTANCE_DEPS: frozenset[str] = frozenset({"prep", "npadvmod", "advmod", "punct"})
"""Dependents a closing cue may have after it ("announced *on Thursday*", "said *in a statement*")."""

PARTICIPLE_TAGS: frozenset[str] = frozenset({"VBN", "VBD"})
"""Tags of the misread cue (a past tense read as a participle, or left as a past tense)."""

SPEAKER_POS: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON"})
"""Parts of speech of a noun that can speak."""

NOT_SPEAKER_ENTITIES: frozenset[str] = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "GPE", "LOC", "FAC"}
)
"""Entity types of an appositive that names no speaker ("Friday, the day announced ...")."""

SPEAKER_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP"})
"""Entity types of an appositive that names who speaks."""

INSTITUTION_NOUNS: frozenset[str] = frozenset(
    {
        "authority", "office", "department", "service", "commission", "committee", "watchdog", "regulator",
        "executive", "administration", "inspectorate", "tribunal", "court", "panel", "organiser", "organizer",
    }
)  # fmt: skip
"""Bodies that speak but are missing from the role nouns ("the local education authority announced")."""

AGENT_PREPS: frozenset[str] = frozenset({"by"})
"""The preposition of a passive agent: "a budget announced by the mayor" is a true participle clause."""


def _appositive_host(cue: Token) -> Token | None:
    """The appositive noun a participle cue hangs from, when it is a misread closing attribution."""
    noun = cue.head
    if cue.dep_ != "acl" or cue.tag_ not in PARTICIPLE_TAGS or noun.dep_ != "appos" or noun.i > cue.i:
        return None
    if noun.pos_ not in SPEAKER_POS or noun.ent_type_ in NOT_SPEAKER_ENTITIES or not _can_speak(noun):
        return None
    if any(c.dep_ not in CIRCUMSTANCE_DEPS or c.i < cue.i for c in cue.children):
        return None  # an object, a clause or a passive auxiliary: a true participle clause
    if any(c.dep_ == "prep" and c.lower_ in AGENT_PREPS for c in cue.children):
        return None  # "announced by the mayor": passive
    return noun


def _can_speak(noun: Token) -> bool:
    """Whether a noun names someone who can announce: a name, a pronoun, a role or a body, not "a decision"."""
    if noun.pos_ in {"PROPN", "PRON"} or noun.ent_type_ in SPEAKER_ENTITIES:
        return True
    lemma = noun.lemma_.lower()
    return lemma in INSTITUTION_NOUNS or lemma in roles()


def _late_appositive(noun: Token) -> bool:
    """Whether an appositive starts after a comma, once its noun's clause has ended.

    "Schools will close on Friday, the authority announced": "the authority"
    is an appositive of "Schools" but comes after the verb of "Schools" and
    its complements; a true appositive follows its noun ("Schools, the
    largest employers, will close").
    """
    subject = noun.head
    start = noun.left_edge
    if start.i == 0 or start.doc[start.i - 1].text != "," or subject.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    verb = subject.head
    return verb.i != subject.i and subject.i < verb.i < start.i


@rule("claim.appos_tail", stage="claims", order=410, confidence=FRAME_CONFIDENCE["parataxis"])
def appos_tail(cue: CueInfo) -> Found | None:
    """A closing attribution read as an appositive ("Schools will close, the authority announced on Friday")."""
    word = _word(cue)
    if word is None or word.pos != "verb" or not word.takes("parataxis"):
        return None
    noun = _appositive_host(cue.token)
    if noun is None or not _late_appositive(noun):
        return None
    sentence = cue.token.sent
    comma = noun.left_edge.i - 1
    return Found(tuple(sentence.doc[sentence.start : comma]))


__all__ = ["appos_tail"]
