"""Classify rules for sentences that mention saying in the writer's own voice.

News writers assert things through verbs of saying that report nobody's words:

- a judgement on saying it ("It would be *wrong to say* that the island has been
  forgotten", "It is *fair to say* that ...", "It is *worth asking* whether ...", and
  since session 18 "It is *too soon to say* whether ..." with "soon" read as an adverb) and
  saying as the subject of a sentence ("*To say* that the council was unprepared would
  be an understatement"): ``hypothetical`` (``classify.polarity.aside``);
- speakers said to be few or none ("*Hardly anyone* now argues that ...", "*Scarcely
  anybody* claims ...", "*Few* now claim that ...", "*Few* economists argue that ..."):
  ``negated``, like "No one claimed that" (``classify.polarity.scarce_speakers``);
  "*A few* residents said that ..." reports what some said and stays asserted;
- a question put to oneself ("Traders *asked themselves* whether the rules had
  changed"): a ``belief``, like "wondered whether" (``classify.class.self_question``);
- a fact that explains ("*That explains* why the coach was empty", "the rise, *which
  explains* why rents are high"): ``evidence`` (``classify.class.explaining_fact``);
- a sign that suggests: "*Body language suggested* that the two leaders did not get on",
  "*The crowd's silence* suggested that few agreed", "*The timing* indicates that ...": a
  verb of inference whose subject is a thing, neither a speaker nor a document, is
  ``evidence`` (``classify.class.sign``); "The embassy indicated that", "the letter
  suggested that", "Officials signalled that" are left to the other rules.

Quotations are left alone: "“It would be wrong to say that we have failed,” the
minister said" is the minister's speech, and its cue is "said".

.. versionadded:: 0.4.0
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..lang.en._lexicon import INFERENCE_LEMMAS
from ..lang.en._tables import read_table
from ..lang.en.syntax import SUBJECT_DEPS, is_verb
from ..rules import rule
from .classify_acts import active_subject, is_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

JUDGED_DEPS: frozenset[str] = frozenset({"acomp", "attr"})
"""Relations of the judgement in "It is *fair* to say", "It is *no exaggeration* to say"."""

TOO_SOON_WORDS: frozenset[str] = frozenset({"soon", "early"})
"""Adverbs of a judgement on the time for saying ("It is *too soon* to say whether ..."); the parser
makes "early" an adjective (``acomp``) more often, which :data:`JUDGED_DEPS` covers."""

EXPLETIVES: frozenset[str] = frozenset({"it", "'s"})
"""Subjects of a judgement on saying ("*It* would be wrong to say ...")."""

SCARCITY_ADVERBS: frozenset[str] = frozenset({"hardly", "scarcely", "barely"})
"""Adverbs that make "anyone" next to nobody ("*Hardly* anyone argues ...")."""

ANY_PEOPLE: frozenset[str] = frozenset({"anyone", "anybody", "one"})
"""Pronouns that a scarcity adverb turns into nobody ("hardly *anyone*")."""

FEW_WORDS: frozenset[str] = frozenset({"few"})
"""Quantifiers of scarce speakers ("*Few* now claim", "*few* economists argue"), unless "a few" / "quite a few"."""

SOME_WORDS: frozenset[str] = frozenset({"a", "quite", "the"})
"""Words before "few" that make it some speakers, not scarce ones ("*a* few residents said")."""

REFLEXIVES: frozenset[str] = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"}
)
"""Objects of a question put to oneself ("asked *themselves* whether")."""

QUESTION_LEMMAS: frozenset[str] = frozenset({"ask", "question", "query"})
"""Verbs of asking."""

EXPLAINING_LEMMAS: frozenset[str] = frozenset({"explain"})
"""Verbs that a fact does ("That *explains* why ...")."""

FACT_SUBJECTS: frozenset[str] = frozenset({"this", "that", "which", "these", "those"})
"""Subjects that stand for a fact, not a speaker ("*That* explains why ...", "*which* explains why ...")."""


def _judged_saying(token: Token) -> bool:
    """Whether ``token`` is saying judged in an "It is ADJ to say" frame, or an infinitive subject."""
    if token.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "To say that X would be an understatement"
    if token.dep_ not in {"xcomp", "acl"}:
        return False
    frame = token.head
    if frame.dep_ in JUDGED_DEPS or _too_soon(frame):
        frame = frame.head  # "It is worth asking", "It is no exaggeration to say": on "worth", "exaggeration"
    elif token.dep_ == "acl":
        return False  # "a plan to say ..." describes a noun, not a judgement
    if frame.lemma_.lower() != "be":
        return False
    expletive = any(c.dep_ in SUBJECT_DEPS and c.lower_ in EXPLETIVES for c in frame.children)
    return expletive and any(c.dep_ in JUDGED_DEPS or _too_soon(c) for c in frame.children)


def _too_soon(word: Token) -> bool:
    """Whether ``word`` is "too soon" or "too early" read as an adverb ("It is *too soon* to say whether ...")."""
    return (
        word.dep_ == "advmod"
        and word.lower_ in TOO_SOON_WORDS
        and any(c.dep_ == "advmod" and c.lower_ == "too" for c in word.children)
    )


@rule("classify.polarity.aside", stage="classify", order=244)
def polarity_aside(target: Target) -> Answer:
    """Saying the writer judges ("It would be wrong to say that ...", "To say that ... would be") is ``hypothetical``.

    "It is fair to say that", "It is worth asking whether", "To say that the council was unprepared
    would be an understatement": the writer's own assertion, nobody's words.
    """
    token = target.cue_token
    if token is None or not is_verb(token) or target.quote.kind == "direct":
        return None
    return ("polarity", "hypothetical") if _judged_saying(token) else None


def _scarce(subject: Token) -> bool:
    """Whether a subject says the speakers are few or none ("hardly anyone", "few", "few economists")."""
    children = list(subject.children)
    if subject.lower_ in ANY_PEOPLE:
        return any(c.dep_ == "advmod" and c.lower_ in SCARCITY_ADVERBS for c in children)
    few = subject if subject.lower_ in FEW_WORDS else next((c for c in children if c.lower_ in FEW_WORDS), None)
    if few is None:
        return False
    return not any(c.lower_ in SOME_WORDS for c in [*few.children, *children] if c.i < few.i)


@rule("classify.polarity.scarce_speakers", stage="classify", order=208)
def polarity_scarce_speakers(target: Target) -> Answer:
    """Speech by speakers said to be few or none ("Hardly anyone now argues that", "Few claim") is ``negated``."""
    token = target.cue_token
    if token is None or not is_verb(token) or target.quote.kind == "direct":
        return None
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    return ("polarity", "negated") if subject is not None and _scarce(subject) else None


@rule("classify.class.self_question", stage="classify", order=3)
def class_self_question(target: Target) -> Answer:
    """A question put to oneself ("asked themselves whether ...") is a ``belief``, like "wondered whether"."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in QUESTION_LEMMAS:
        return None
    reflexive = any(c.dep_ in {"dobj", "dative"} and c.lower_ in REFLEXIVES for c in token.children)
    return ("cue_class", "belief") if reflexive else None


@rule("classify.class.explaining_fact", stage="classify", order=3)
def class_explaining_fact(target: Target) -> Answer:
    """A fact that explains ("That explains why ...", "which explains why ...") is ``evidence``, not speech."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in EXPLAINING_LEMMAS:
        return None
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in FACT_SUBJECTS or subject.tag_ not in {"DT", "WDT"}:
        return None
    if subject.lower_ == "which" and token.head.pos_ in {"PROPN"}:
        return None  # "Ms Lee, which ..." is a parser slip for "who"
    return "cue_class", "evidence"


INSTITUTIONS: frozenset[str] = frozenset(
    {"embassy", "consulate", "palace", "ministry", "mission", "presidency", "chancellery", "secretariat", "service"}
    | {"inquiry", "tribunal", "inquest"}
)
"""Institutions that speak although the role lists lack them ("The embassy indicated that ...", "the news service",
"The inquiry revealed that ...": a public inquiry reports in its own name, as a court does)."""

WRITTEN_WORDS: frozenset[str] = frozenset({"missive", "disclosure", "filing", "note", "message", "communique"})
"""Written words missing from the document table ("the missive suggests ...")."""

SIGN_LEMMAS: frozenset[str] = INFERENCE_LEMMAS - {"point", "hint"}
"""Verbs of inference a sign does ("suggests", "indicates", "reveals"); "pointed out" and "hinted" are people's."""

AGENT_SUFFIXES: tuple[str, ...] = ("er", "or", "man", "woman", "ist", "ant", "ent")
"""Endings of nouns for people the role lists may lack ("the *moderator*", "the *radioman*", "a *correspondent*")."""


@cache
def _documents() -> frozenset[str]:
    """Document noun lemmas (``data/document_nouns.tsv``): "the letter suggested that" is a document's words."""
    return frozenset(noun for noun, _ in read_table("document_nouns.tsv", 2))


@rule("classify.class.sign", stage="classify", order=8)
def class_sign(target: Target) -> Answer:
    """A thing that "suggests" or "indicates" ("Body language suggested that ...") is ``evidence``, not speech."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in SIGN_LEMMAS:
        return None
    subject = active_subject(token)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or is_speaker(subject):
        return None
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "won a state and Cruz suggested ...": a parse that joined the speaker to a noun
    lemma = subject.lemma_.lower()
    if lemma in _documents() or lemma in INSTITUTIONS | WRITTEN_WORDS or lemma.endswith(AGENT_SUFFIXES):
        return None  # a document's or a person's words ("the letter suggested", "the moderator pointed out")
    return "cue_class", "evidence"
