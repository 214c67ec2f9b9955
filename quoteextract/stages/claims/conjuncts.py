"""Verbs coordinated inside a claim's content: more of what was said, or what the speaker did.

"She said she had heard a bang and *seen* two men" goes on with the claim (the participle shares the
content verb's "had"); "The judge said he would consider the report and *adjourned* the case" does
not ("adjourned" is past like "said" and cannot share "would": it is the judge's act).
:func:`~quoteextract.stages.claims.trim.cut_trailing` asks these two questions of every coordinated verb.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import SUBJECT_DEPS, is_verb
from ..attribution._cues import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

UNSHARED_FORMS: frozenset[str] = frozenset({"VB", "VBZ", "VBP"})
"""Forms of a content verb with which a coordinated past tense shares no auxiliary ("would back ... and left")."""

PARTICIPLE_ENDINGS: tuple[str, ...] = ("en", "wn", "ne")
"""Endings of participles that are never a past tense ("seen", "shown", "done"), whatever the tagger says."""


def speakers_own_act(verb: Token, first: Token) -> bool:
    """Whether a coordinated past-tense verb in the content is something the speaker did, not said.

    "The judge said he would consider the report and adjourned the case": "adjourned" is past like
    "said" and cannot share "would" with "consider", so it is the judge's act, a predicate of the
    cue's subject the parser hung inside the content.

    Args:
        verb: A token of the content.
        first: The head of the content (its head the cue).

    Returns:
        ``True`` for a ``conj`` verb tagged ``VBD`` like the cue (or past through "did": "but did
        not commit"), with no subject, other auxiliary or complementiser of its own, coordinated with
        a verb in a form a past tense cannot share (a base form after a modal, a present tense).

    """
    cue = first.head
    if verb.dep_ != "conj" or cue.tag_ != "VBD" or verb.head.i < first.i:
        return False
    if verb.tag_ != "VBD" and not _past_do_support(verb):
        return False
    if any(c.dep_ in {"auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children):
        return False
    if verb.tag_ == "VBD" and any(c.dep_ == "aux" for c in verb.children):
        return False
    return verb.head.tag_ in UNSHARED_FORMS and is_cue(cue) is not None


def _past_do_support(verb: Token) -> bool:
    """Whether a base-form verb is past through "did" ("but did not commit to a vote"), its only auxiliary."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VB" and len(auxiliaries) == 1 and auxiliaries[0].lower_ == "did"


def shares_perfect(verb: Token) -> bool:
    """Whether a coordinated verb is a participle under the perfect auxiliary of the verb before it.

    "she had heard a loud bang and seen two men running": "seen" (which the small parser may tag as a
    past tense) has no auxiliary of its own and shares "had" with "heard"; it goes on with what was
    said, whatever the cue's tense.

    Args:
        verb: A ``conj`` verb.

    Returns:
        ``True`` when the verb it is coordinated with is a participle after "have" and ``verb`` is a
        participle too (tagged so, or with a participle-only ending: "seen", "known", "taken").

    """
    head = verb.head
    if head.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children):
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return False
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith(PARTICIPLE_ENDINGS))


__all__ = ["shares_perfect", "speakers_own_act"]


SPEAKER_PRONOUNS: frozenset[str] = frozenset({"it", "they", "he", "she", "we"})
"""Subjects of a content clause that name the speaker again ("The union said *it* supported ...")."""

SPOKEN_ACTS: frozenset[str] = frozenset(
    {
        "call", "brand", "label", "describe", "denounce", "condemn", "hail", "slam", "praise", "criticise",
        "criticize", "blame", "accuse", "thank", "promise", "vow", "pledge", "urge", "threaten", "demand", "ask",
        "invite", "order", "apologise", "apologize", "propose", "recommend", "predict",
    }
)  # fmt: skip
"""Verbs the lexicon lists as stances or intentions that are acts of speech all the same ("and called her a
liar", "and promised to ..."): after the content they start a report of their own."""

GOING_ON_SPEECH: frozenset[str] = frozenset({"say", "add", "tell", "claim", "insist", "warn", "suggest", "describe"})
"""Speech verbs after "went on to" that make it a second report ("and went on to say that ...")."""


def speaker_pronoun_goes_on(verb: Token) -> bool:
    """Whether a coordinated verb goes on with the content clause whose subject names the speaker again.

    "The union said it supported the proposal but wanted more money": "wanted" has no subject, is
    in the tense of both "said" and "supported", and is no speech verb; the content's subject "it"
    is the union, so the verb reads as the rest of what the union said, not a second attribution.
    A speech verb ("... but denied that ...") and an act of speech the lexicon lists as a stance or an
    intention ("... and called her a liar", "... and promised to ...") still start a report of their own.
    PolNeAR's training data counts such a continuation in the content ("she was tired of the status quo
    and wanted a candidate who ...").

    Args:
        verb: A ``conj`` cue verb inside a claim's content.

    Returns:
        ``True`` when ``verb`` is a belief, stance or wish (no act of speech) in the tense of the verb
        it is coordinated with, whose subject is a personal pronoun.

    """
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != head.tag_ or not is_verb(head):
        return False
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in SPEAKER_PRONOUNS:
        return False
    if verb.lemma_.lower() in SPOKEN_ACTS:
        return False  # "... and called her “third-rate”", "... and promised to stay out of it": acts of speech
    info = is_cue(verb)
    return info is not None and info.word is not None and info.word.cls != "speech"


def went_on_to_say(verb: Token) -> bool:
    """Whether a coordinated verb is "went on to say" (or "to add", "to warn"): the speaker's next report.

    "The leader said the budget was balanced and went on to say that council tax would rise": the
    parser hangs "went" on the content's verb; "went on" with a speech infinitive is a second report.

    Args:
        verb: A token inside a claim's content.

    Returns:
        ``True`` for a ``conj`` form of "go" with the particle "on" and an infinitive speech verb.

    """
    if verb.dep_ != "conj" or verb.lemma_.lower() != "go":
        return False
    if not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children):
        return False
    return any(
        c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in GOING_ON_SPEECH and any(g.tag_ == "TO" for g in c.children)
        for c in verb.children
    )
