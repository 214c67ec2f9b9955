"""The claim frames: registered rules of stage ``"claims"``, each finding a cue's content one way.

A *frame* is a function ``frame(cue: CueInfo) -> Found | None``. The claim
finder tries the active frames of its rule set in ``order`` and keeps the
first that answers:

- ``None``: the construction is not there; the next frame is tried;
- a :class:`Found` with tokens: the content, reported under the frame's rule name;
- :data:`NO_CLAIM` (a :class:`Found` without tokens): the construction is
  there but names no content ("voiced concern that ...": the noun reports
  it), so no later frame is tried.

The order below is the priority the claim finder always had; the
confidence of each frame is multiplied by the cue word's weight. Two frames
report under another frame's name because they are the same construction
seen a second way (see :data:`REPORTED_AS`); switching that name off
switches them off too.

Adding a frame::

    from quoteextract import rules
    from quoteextract.stages.claims.frames import Found

    @rules.rule("claim.vow", stage="claims", order=450, confidence=0.7, default=False)
    def vow(cue):
        '''"X vowed ...": the object of "vow".'''
        ...
        return Found(tokens)

then ``Extractor(enable=["claim.vow"])``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ...lang.en.syntax import EXPLETIVES, clause_after_addressee
from ...rules import rule
from ..attribution._cues import CueInfo, is_cue
from ._tokens import has_mark, is_clause, is_infinitive, subject_of
from .complements import CCOMP_FOLLOWERS, OBJECT_FOLLOWERS, PASSIVE_FOLLOWERS, verb_phrase_rest
from .content import (
    PRONOUN_OBJECTS,
    after_colon,
    has_own_complement,
    host_clause,
    noun_content,
    noun_with_clause,
    object_content,
    phrase_sentence,
    previous_sentence,
    stranded_subject,
    tail_attribution,
)
from .joined import cut_second_report

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from ...lang.en._lexicon import CueWord
    from ...rules import Rule, RuleSet

FRAME_CONFIDENCE: dict[str, float] = {
    "ccomp": 0.9,
    "parataxis": 0.85,
    "xcomp": 0.7,
    "dobj": 0.6,
    "prep": 0.55,
    "according_to": 0.95,
    "noun": 0.7,
    "colon": 0.6,
    "passive": 0.6,
    "answer": 0.7,
}
"""How much each construction is trusted (the rule ``claim.<frame>``'s confidence); multiplied by the cue's weight."""

REPORTED_AS: dict[str, str] = {
    "claim.question": "claim.ccomp",
    "claim.wh_question": "claim.ccomp",
    "claim.cue_misparse": "claim.ccomp",
    "claim.passive_agent": "claim.passive",
    "claim.parataxis_host": "claim.parataxis",
    "claim.told_to": "claim.xcomp",
    "claim.prep_addressee": "claim.xcomp",
    "claim.told_clause": "claim.ccomp",
    "claim.gerund": "claim.xcomp",
    "claim.denied_report": "claim.dobj",
    "claim.said_sorry": "claim.prep",
}
"""Frames whose claims carry another frame's rule name (the same construction found a second way)."""

DEFAULT_CONFIDENCE = 0.5
"""Confidence of a user frame registered without one."""

SPEECH_LIKE: frozenset[str] = frozenset({"speech", "belief", "evidence"})
"""Cue classes that may introduce a claim after a colon ("She wrote: ...")."""

TOLD = "told"
"""The lexicon relation of a verb of telling, whose object is the one told ("told *residents* to ...")."""

ANSWER_WORDS: frozenset[str] = frozenset({"yes", "no", "yeah", "nope"})
"""Words that answer a question on their own ("said yes")."""

HOST_DEPS: frozenset[str] = frozenset({"parataxis", "ccomp", "conj", "advcl"})
"""Relations by which a cue hangs off the clause it reports ("The talks, he said, will resume")."""


def _as_tuple(tokens: Iterable[Token]) -> tuple[Token, ...]:
    return tuple(tokens)


@attrs.frozen
class Found:
    """The content a frame found.

    Args:
        tokens: The content tokens (any order); empty means the frame saw
            its construction but it names no content, so no claim is made.

    .. versionadded:: 0.2.0

    """

    tokens: tuple[Token, ...] = attrs.field(converter=_as_tuple)


NO_CLAIM = Found(())
"""A frame's answer when its construction is there but names no content: stop looking."""


def _found(tokens: list[Token] | None) -> Found | None:
    """Wrap a content finder's answer (``None`` stays ``None``)."""
    return None if tokens is None else Found(tokens)


def _word(cue: CueInfo) -> CueWord | None:
    """The lexicon entry of a verb or adjective cue (``None`` for phrases and nouns)."""
    if cue.phrase is not None or cue.word is None or cue.word.pos == "noun":
        return None
    return cue.word


FramePlan = tuple[tuple["Rule", "Rule"], ...]
"""The active frames of a rule set in order, each with the rule its claims are reported under."""


def plan_frames(rules: RuleSet) -> FramePlan:
    """The frames ``rules`` runs, in order, each with the rule its claims are reported under.

    A frame reported under another frame's name (:data:`REPORTED_AS`) runs
    only while that name is switched on. Work this out once per article:
    asking the registry costs far more than running a frame.

    Args:
        rules: The rule set of the extractor.

    Returns:
        ``(frame, reported)`` pairs, lowest ``order`` first.

    """
    active = rules.active("claims")
    by_name = {r.name: r for r in active}
    plan = []
    for frame in active:
        reported = by_name.get(REPORTED_AS.get(frame.name, frame.name))
        if reported is not None:
            plan.append((frame, reported))
    return tuple(plan)


def first_frame(cue: CueInfo, plan: FramePlan) -> tuple[Found, Rule] | None:
    """The first frame of ``plan`` that answers for ``cue``, and the rule its claim is reported under.

    Args:
        cue: A cue of the article.
        plan: The frames to try (:func:`plan_frames`).

    Returns:
        ``(found, rule)``, or ``None`` when no frame answers.

    """
    for frame, reported in plan:
        found = frame.func(cue)
        if found is not None:
            return found, reported
    return None


def frame_confidence(reported: Rule) -> float:
    """The base confidence of claims reported under ``reported``."""
    return reported.confidence if reported.confidence is not None else DEFAULT_CONFIDENCE


@rule("claim.according_to", stage="claims", order=100, confidence=FRAME_CONFIDENCE["according_to"])
def according_to(cue: CueInfo) -> Found | None:
    """A source phrase ("according to X") reports the rest of its sentence or the clause it modifies."""
    if cue.phrase is None:
        return None
    if cue.phrase.kind != "source_object":
        return NO_CLAIM  # "in a statement": a medium, the verb it modifies reports
    found = phrase_sentence(cue)
    if found is None:
        found = previous_sentence(cue) or host_clause(cue)
    return Found(found or ())


@rule("claim.noun", stage="claims", order=200, confidence=FRAME_CONFIDENCE["noun"])
def noun(cue: CueInfo) -> Found | None:
    """A nominal cue reports its "that" clause, infinitive or prepositional object ("criticism of X")."""
    if cue.phrase is not None or cue.word is None or cue.word.pos != "noun":
        return None
    found = noun_content(cue)
    return NO_CLAIM if not found else Found(cut_second_report(found))


@rule("claim.colon", stage="claims", order=300, confidence=FRAME_CONFIDENCE["colon"])
def colon(cue: CueInfo) -> Found | None:
    """A cue right before a colon ("She wrote: ...") reports the rest of the paragraph; also "Label: words"."""
    word = _word(cue)
    if word is None or word.cls not in SPEECH_LIKE:
        return None
    return _found(after_colon(cue.token))


@rule("claim.answer", stage="claims", order=350, confidence=FRAME_CONFIDENCE["answer"])
def answer(cue: CueInfo) -> Found | None:
    """A speech verb's "yes" or "no" ("60 percent said yes", "he said no to the merger") is what was said."""
    word = _word(cue)
    if word is None or word.cls != "speech":
        return None
    token = cue.token
    reply = next((c for c in token.rights if c.dep_ in {"intj", "dobj"} and c.lower_ in ANSWER_WORDS), None)
    if reply is None:
        return None
    after = reply.nbor() if reply.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ == "to" and after.dep_ == "prep" and after.head.i == token.i:
        return Found(token.doc[reply.i : after.right_edge.i + 1])  # "said no to the merger"
    return Found([reply])


@rule("claim.parataxis", stage="claims", order=400, confidence=FRAME_CONFIDENCE["parataxis"])
def parataxis(cue: CueInfo) -> Found | None:
    """A closing attribution (", the ministry said.") reports the sentence before its comma."""
    word = _word(cue)
    if word is None:
        return None
    if not (word.takes("parataxis") or (word.takes("ccomp") and word.cls in {"belief", "evidence"})):
        return None
    return _found(tail_attribution(cue.token))


@rule("claim.ccomp", stage="claims", order=500, confidence=FRAME_CONFIDENCE["ccomp"])
def ccomp(cue: CueInfo) -> Found | None:
    """A reporting verb's content clause, with or without "that" ("said the talks would resume")."""
    word = _word(cue)
    if word is None or not word.takes("ccomp"):
        return None
    token = cue.token
    clauses = [clause_after_addressee(token, c) or c for c in token.children if c.dep_ == "ccomp"]
    clauses = clauses or _copula_clauses(cue)
    # a clause after the cue is its content; one before it only when there is none after
    # ("No one disputed it,” Smith said, “...": the parser may hang both off the cue)
    after = [c for c in clauses if c.i > token.i]
    if after or (clauses and not has_own_complement(token)):
        tokens = verb_phrase_rest(token, (after or clauses)[0], CCOMP_FOLLOWERS)
        return Found(stranded_subject(token, after[0]) + tokens if after else tokens)
    return None


def _copula_clauses(cue: CueInfo) -> list[Token]:
    """The clause the parser hung on the copula of an adjective cue ("was adamant | that he had paid")."""
    token = cue.token
    if cue.word is None or cue.word.pos != "adjective" or token.dep_ != "acomp":
        return []
    return [c for c in token.head.children if c.dep_ == "ccomp" and c.i > token.i]


@rule("claim.question", stage="claims", order=510, confidence=FRAME_CONFIDENCE["ccomp"])
def question(cue: CueInfo) -> Found | None:
    """A question verb's "if"/"whether" adverbial ("asked if he would run"); reported as claim.ccomp."""
    word = _word(cue)
    if word is None or word.cls != "question":
        return None
    token = cue.token
    for child in token.children:
        if child.dep_ == "advcl" and child.i > token.i and has_mark(child, {"if", "whether"}):
            return Found(verb_phrase_rest(token, child, CCOMP_FOLLOWERS))
    return None


@rule("claim.passive", stage="claims", order=600, confidence=FRAME_CONFIDENCE["passive"])
def passive(cue: CueInfo) -> Found | None:
    """A passive belief or intention verb without an agent reports its whole clause ("She is expected to win")."""
    word = _word(cue)
    if word is None or not word.takes("passive"):
        return None
    children = list(cue.token.children)
    subject = next((c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in EXPLETIVES), None)
    if subject is None or any(c.dep_ == "agent" for c in children):
        return None
    return Found(verb_phrase_rest(cue.token, subject, PASSIVE_FOLLOWERS))


@rule("claim.xcomp", stage="claims", order=700, confidence=FRAME_CONFIDENCE["xcomp"])
def xcomp(cue: CueInfo) -> Found | None:
    """An intention verb's infinitive, with the one urged before it ("urged the senators to reject ...")."""
    word = _word(cue)
    if word is None or not word.takes("xcomp"):
        return None
    token = cue.token
    children = list(token.children)
    child = next((c for c in children if c.dep_ == "xcomp" and c.i > token.i), None)
    if child is None:
        return None
    rest = verb_phrase_rest(token, child, OBJECT_FOLLOWERS)
    obj = next((c for c in children if c.dep_ == "dobj" and token.i < c.i < child.i), None)
    if obj is not None and rest and rest[0].i == child.left_edge.i:
        rest = list(token.doc[obj.left_edge.i : child.left_edge.i]) + rest
    return Found(rest)


@rule("claim.told_to", stage="claims", order=710, confidence=FRAME_CONFIDENCE["xcomp"])
def told_to(cue: CueInfo) -> Found | None:
    """A verb of telling's infinitive ("told residents to stay indoors", "were told to leave"); reported as claim.xcomp.

    The verbs whose relation is ``told`` in the lexicon (tell, remind, advise ...) report what the one
    told was to do; the one told is the addressee, left out as in "told reporters that ...".
    """
    word = _word(cue)
    if word is None or word.relation != TOLD or word.cls != "speech" or word.takes("xcomp"):
        return None
    token = cue.token
    children = list(token.children)
    told = next((c for c in children if c.dep_ in {"dobj", "dative"} and c.i > token.i), None)
    if told is None and not any(c.dep_ == "auxpass" for c in children):
        return None  # the one told is the object, or the subject of a passive ("Residents were told to ...")
    after = token.i if told is None else told.i
    infinitive = next((c for c in children if c.dep_ in {"xcomp", "ccomp"} and c.i > after), None)
    if infinitive is None or not is_infinitive(infinitive) or subject_of(infinitive) is not None:
        return None
    return Found(verb_phrase_rest(token, infinitive, OBJECT_FOLLOWERS))


@rule("claim.gerund", stage="claims", order=720, confidence=FRAME_CONFIDENCE["xcomp"])
def gerund(cue: CueInfo) -> Found | None:
    """A verb of saying's gerund clause ("denied taking the money", "admitted stealing a car"); reported as claim.xcomp.

    A speech verb that reports a clause ("denied that he took ...") reports the same with a gerund; a
    gerund that is itself a verb of saying ("denied telling staff that ...") is a denied report and
    gives no claim.
    """
    word = _word(cue)
    if word is None or word.cls != "speech" or not word.takes("ccomp"):
        return None
    token = cue.token
    child = next((c for c in token.children if c.dep_ in {"xcomp", "dobj"} and c.i > token.i), None)
    if child is None or child.tag_ != "VBG" or is_infinitive(child) or child.left_edge.i != child.i:
        return None
    said = is_cue(child)
    if said is not None and said.cls == "speech":
        return None  # "denied telling staff that ...": a denied report, not a claim of what was told
    return Found(verb_phrase_rest(token, child, OBJECT_FOLLOWERS))


@rule("claim.passive_agent", stage="claims", order=750, confidence=FRAME_CONFIDENCE["passive"])
def passive_agent(cue: CueInfo) -> Found | None:
    """A passive stance verb with an agent reports its subject ("The plan was rejected"); reported as claim.passive."""
    word = _word(cue)
    if word is None or not word.takes("dobj"):
        return None
    token = cue.token
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    subject = next((c for c in token.children if c.dep_ == "nsubjpass" and c.i < token.i), None)
    if agent is None or subject is None or subject.lower_ in PRONOUN_OBJECTS | EXPLETIVES:
        return None
    if noun_with_clause(subject):
        return NO_CLAIM  # "The minister's claim that ... was rejected by X": the noun cue reports the clause
    return Found(subject.subtree)


@rule("claim.dobj", stage="claims", order=800, confidence=FRAME_CONFIDENCE["dobj"])
def dobj(cue: CueInfo) -> Found | None:
    """A stance or evidence verb's object and its complements ("criticised the plan for ...")."""
    word = _word(cue)
    if word is None or not word.takes("dobj"):
        return None
    token = cue.token
    for child in token.children:
        if child.dep_ == "dobj" and child.i > token.i and object_content(token, child):
            if noun_with_clause(child):
                return NO_CLAIM  # "voiced concern that ...": the noun cue reports the clause
            return Found(apology_phrase(child) or verb_phrase_rest(token, child, OBJECT_FOLLOWERS))
    return None


def apology_phrase(noun: Token) -> list[Token] | None:
    """What an apology given was for, or to whom ("issued an apology [for the delays]"), if the object is one."""
    if noun.lemma_.lower() != "apology":
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}), None)
    return None if prep is None else list(prep.subtree)


@rule("claim.prep", stage="claims", order=900, confidence=FRAME_CONFIDENCE["prep"])
def prep(cue: CueInfo) -> Found | None:
    """A verb's prepositional object ("called for a ban") or a particle's clause ("pointed out that ...")."""
    word = _word(cue)
    if word is None or not word.preps:
        return None
    token = cue.token
    children = list(token.children)
    for child in children:
        if child.dep_ not in {"prep", "prt"} or child.lower_ not in word.preps:
            continue
        found = _prep_content(token, child, children)
        if found is not None:
            return Found(found)
    return _found(_for_clause(token)) if "for" in word.preps else None


def _for_clause(verb: Token) -> list[Token] | None:
    """The infinitive after "called for X to ...", where the parser makes "for" its mark."""
    for child in verb.rights:
        first = child.left_edge
        if child.dep_ == "advcl" and first.lower_ == "for" and first.dep_ == "mark" and is_infinitive(child):
            return [t for t in verb_phrase_rest(verb, child, OBJECT_FOLLOWERS) if t.i != first.i]
    return None


def _prep_content(verb: Token, child: Token, children: list[Token]) -> list[Token] | None:
    """The content a cue's preposition or particle introduces, if any."""
    obj = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
    if obj is not None and obj.lower_ not in PRONOUN_OBJECTS:
        return verb_phrase_rest(verb, obj, OBJECT_FOLLOWERS)
    if child.dep_ == "prt":
        # "pointed out that ...": the particle's clause hangs off the verb
        for other in children:
            if other.dep_ in {"ccomp", "dobj"} and other.i > child.i:
                return verb_phrase_rest(verb, other, CCOMP_FOLLOWERS)
    return None


@rule("claim.parataxis_host", stage="claims", order=1000, confidence=FRAME_CONFIDENCE["parataxis"])
def parataxis_host(cue: CueInfo) -> Found | None:
    """A cue hanging off a clause reports it ("The talks, he said, will resume"); reported as claim.parataxis."""
    word = _word(cue)
    token = cue.token
    if word is None or not word.takes("parataxis") or token.dep_ not in HOST_DEPS:
        return None
    head = token.head
    if head.i == token.i or not is_clause(head) or subject_of(token) is None:
        return None
    if token.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < token.i for c in head.children):
        return None  # "X said ..., but Cook did not say when": coordinated, not a parenthetical attribution
    if token.dep_ == "ccomp" and token.i > head.i and is_cue(head) is not None:
        return None  # "The board said that the plan would add nurses": inside another report's content
    if token.dep_ == "ccomp" and token.i > head.i and has_mark(token, {"that"}):
        return None  # "The union's view is that the tests add nothing": the host's complement, no attribution
    return _found(host_clause(cue))


__all__ = [
    "FRAME_CONFIDENCE",
    "NO_CLAIM",
    "REPORTED_AS",
    "Found",
    "FramePlan",
    "first_frame",
    "frame_confidence",
    "plan_frames",
]
