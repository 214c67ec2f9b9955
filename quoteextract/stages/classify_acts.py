"""Classify rules for cue words whose class depends on who uses them, and how.

The lexicon gives each cue word one class, but some words are speech acts only
when a speaker performs them:

- a promise, a vow, a pledge, a threat, an urging, a demand, a proposal, a
  recommendation, a prediction, a signal ("The union *urged* members to reject
  the offer", "Rebels *threatened* to cut the pipeline", "The mayor *signalled*
  that she would run") is said by someone; the lexicon lists these words as
  intentions, beliefs or evidence because a thing can "promise", "threaten" or
  "signal" too ("the season promises to be long", "the storm threatened to
  flood the town", "the data signal a slowdown");
- a question asked by a speaker ("The judge *asked* whether the witness had
  been paid", "Critics *questioned* whether the dam could hold") is speech; a
  question put to someone by the reporter ("*Asked* about the fine, she said
  ...") is not that person's speech;
- "called on residents to leave" is a directive said by the subject;
- a persuasion verb in the passive reports a belief, not speech: "The coach
  *is convinced* that his team can win" (the active "She convinced the board
  that ..." is speech).

Each is a rule of stage ``classify`` that answers before the lexicon's
``classify.class.word``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..lang.en._lexicon import EVIDENCE_SUBJECTS
from ..lang.en._speaker_lexicon import anonymous_heads, roles
from ..lang.en.syntax import ACTIVE_SUBJECT_DEPS, PASSIVE_SUBJECT_DEPS, is_verb
from ..rules import rule
from .attribution._verbs import reporting_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

SPEECH_ACT_LEMMAS: frozenset[str] = frozenset(
    {
        "urge",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "demand",
        "propose",
        "recommend",
        "predict",
        "forecast",
        "project",
        "signal",
        "indicate",
        "ask",
        "question",
    }
)
"""Cue verbs that are speech acts when a speaker is their subject ("the union urged", "she asked whether")."""

DIRECTIVE_CALLS: frozenset[str] = frozenset({"on", "upon"})
"""Prepositions after "call" that make it a directive ("called *on* voters to ...")."""

PERSUASION_LEMMAS: frozenset[str] = frozenset({"convince", "persuade", "convinced", "persuaded"})
"""Speech verbs whose passive reports a belief ("is convinced that ..."), with their adjectives' lemmas."""

STATE_DEPS: frozenset[str] = frozenset({"acomp", "amod", "oprd"})
"""Relations of a participle that describes a state ("is *convinced*", "remains *persuaded*")."""

SPEAKER_PRONOUNS: frozenset[str] = frozenset({"i", "we", "you", "he", "she", "they", "who"})
"""Pronoun subjects that stand for a speaker."""

SPEAKER_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Named-entity labels of a subject that can speak."""

SPEAKING_BODIES: frozenset[str] = frozenset(
    {
        "panel",
        "jury",
        "cabinet",
        "parliament",
        "congress",
        "opposition",
        "rebel",
        "junta",
        "caucus",
        "embassy",
        "consulate",
        "ministry",
        "presidency",
    }
)
"""Nouns of groups that speak as one, missing from the role nouns ("the panel recommended that ...")."""

RELATIVE_TAGS: frozenset[str] = frozenset({"WDT", "WP"})
"""Tags of a relative pronoun subject ("the senator *who* vowed to ...")."""


@cache
def _speaker_nouns() -> frozenset[str]:
    """Nouns of people and organisations (role nouns and unnamed-source heads)."""
    return frozenset(roles()) | anonymous_heads() | SPEAKING_BODIES


def active_subject(verb: Token) -> Token | None:
    """The active subject of ``verb``: its own, the noun a relative clause describes, or its conjunct's.

    A passive verb, or a participle with no subject ("*Asked* about the fine, she said ..."),
    has none: its subject is not the one who speaks. A conjunct the parser hung in a cue's
    content, in that cue's tense, is the cue's second report and has the cue's subject.
    """
    node = verb
    for _ in range(3):
        if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in node.children):
            return None
        subject = next((c for c in node.children if c.dep_ in ACTIVE_SUBJECT_DEPS), None)
        if node.dep_ == "relcl" and (subject is None or subject.tag_ in RELATIVE_TAGS):
            return node.head  # "the senator who vowed to ..."
        if subject is not None or node.dep_ != "conj" or node.head.i == node.i:
            return subject
        # "... and vowed to return"; "X says the budget is ... and accuses Y of ...": a second report the
        # parser hung in the first one's content takes that report's subject (:func:`reporting_cue`)
        node = reporting_cue(node) or node.head
    return None


CHANNEL_LEMMAS: frozenset[str] = frozenset({"take", "use", "go", "write", "appear", "turn"})
"""Verbs of taking to a channel with a purpose infinitive ("took to the airwaves to urge", "used a speech to ...")."""


def channel_subject(verb: Token) -> Token | None:
    """The speaker of a speech verb in a purpose infinitive after a channel ("The mayor took to the airwaves to urge").

    The infinitive has no subject of its own; the one who took to the airwaves, used the speech or
    went on television is the one who urged. Only verbs of a channel lend their subject: "wants to
    urge" or "plans to urge" report no act done.

    Args:
        verb: A verb without a subject of its own.

    Returns:
        The channel verb's active subject, when ``verb`` is its infinitive (``xcomp``/``advcl``).

    """
    if verb.dep_ not in {"xcomp", "advcl"} or not any(c.tag_ == "TO" for c in verb.children):
        return None
    head = verb.head
    if not is_verb(head) or head.lemma_.lower() not in CHANNEL_LEMMAS:
        return None
    return active_subject(head)


def is_speaker(token: Token | None) -> bool:
    """Whether a subject can speak: a person or an organisation.

    Args:
        token: The subject, or ``None``.

    Returns:
        True for "she", "who", "Lee", "the union", "officials", "critics"; False for
        "the storm", "the season", "the data", "it".

    """
    if token is None:
        return False
    lemma = token.lemma_.lower()
    if token.pos_ == "PRON":
        return token.lower_ in SPEAKER_PRONOUNS
    if lemma in EVIDENCE_SUBJECTS:
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in SPEAKER_ENTITIES:
        return True
    return token.pos_ == "NOUN" and lemma in _speaker_nouns()


QUESTION_LEMMAS: frozenset[str] = frozenset({"ask", "question", "inquire", "enquire", "query"})
"""Speech-act verbs that ask rather than tell."""

WRITER_SUBJECTS: frozenset[str] = frozenset({"i", "we", "reporter", "journalist", "correspondent", "interviewer"})
"""Subjects (lower-cased words or lemmas) that stand for the writer and their colleagues: their questions
("I asked the ranger whether ...", "A reporter asked whether ...") are how the story was gathered, not a
source's words."""


def _writer_asks(verb: Token, subject: Token | None) -> bool:
    """Whether ``verb`` is a question the writer (or a reporter) asked."""
    if subject is None or verb.lemma_.lower() not in QUESTION_LEMMAS:
        return False
    return subject.lower_ in WRITER_SUBJECTS or subject.lemma_.lower() in WRITER_SUBJECTS


def passive_agent(verb: Token) -> Token | None:
    """The agent of a passive ``verb`` ("were asked *by police* to ..."): the noun after "by", or ``None``."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return None if agent is None else next((c for c in agent.children if c.dep_ == "pobj"), None)


def _called_on(verb: Token) -> bool:
    """Whether "call" is a directive: "called on/upon X to ..."."""
    return verb.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ in DIRECTIVE_CALLS for c in verb.children
    )


@rule("classify.class.speech_act", stage="classify", order=9)
def class_speech_act(target: Target) -> Answer:
    """A promise, vow, urging, demand or question made by a speaker ("the union urged ...") is ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token):
        return None
    if token.lemma_.lower() not in SPEECH_ACT_LEMMAS and not _called_on(token):
        return None
    subject = active_subject(token) or passive_agent(token) or channel_subject(token)  # "were asked by police to"
    if _writer_asks(token, subject):
        return None
    return ("cue_class", "speech") if is_speaker(subject) else None


ALOUD_ADVERBS: frozenset[str] = frozenset({"aloud", "publicly"})
"""Adverbs that put a thought into words ("wondered *aloud* whether ...", "*publicly* doubted that ...")."""


@rule("classify.class.aloud", stage="classify", order=3)
def class_aloud(target: Target) -> Answer:
    """A thought voiced "aloud" or "publicly" ("wondered aloud whether", "publicly doubted that") is ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token):
        return None
    voiced = any(c.dep_ == "advmod" and c.lower_ in ALOUD_ADVERBS for c in token.children)
    return ("cue_class", "speech") if voiced else None


MAKING_KNOWN_LEMMAS: frozenset[str] = frozenset({"let", "make"})
"""Verbs that make a thing known by saying it ("*let* it be known that ...", "*made* it known that ...")."""


@rule("classify.class.made_known", stage="classify", order=3)
def class_made_known(target: Target) -> Answer:
    """What a speaker "let it be known" or "made it known" ("The palace let it be known that ...") is ``speech``.

    "known" alone is knowledge ("It is known that ..."); with "let" or "make" and the placeholder "it" the
    subject tells people the clause, a statement put about on purpose. Evidence that makes a fact known
    ("The data made it known that ...") is no speaker, and its class stays.
    """
    token = target.cue_token
    if token is None or token.lemma_.lower() != "know" or token.tag_ != "VBN":
        return None
    verb = token.head
    if token.dep_ not in {"ccomp", "xcomp", "oprd"} or verb.lemma_.lower() not in MAKING_KNOWN_LEMMAS:
        return None
    placeholder = [c for c in (*token.children, *verb.children) if c.lower_ == "it" and c.i < token.i]
    subject = active_subject(verb)
    if not placeholder or subject is None or subject.lemma_.lower() in EVIDENCE_SUBJECTS:
        return None
    return ("cue_class", "speech") if subject.pos_ != "PRON" or is_speaker(subject) else None


RAISING_LEMMAS: frozenset[str] = frozenset({"raise"})
"""Verbs that put a concern into words when a speaker does it ("parents *raised* concerns that ...")."""


@rule("classify.class.raised", stage="classify", order=7)
def class_raised(target: Target) -> Answer:
    """A concern, fear or doubt a speaker "raised" ("the union raised concerns that ...") is ``speech``.

    A thing that raises fears causes them ("The closure raised fears that ..."): its class stays.
    """
    token = target.cue_token
    if token is None or token.pos_ != "NOUN" or token.dep_ != "dobj":
        return None
    verb = token.head
    if not is_verb(verb) or verb.lemma_.lower() not in RAISING_LEMMAS:
        return None
    return ("cue_class", "speech") if is_speaker(active_subject(verb)) else None


@rule("classify.class.persuaded", stage="classify", order=4)
def class_persuaded(target: Target) -> Answer:
    """A persuasion verb in the passive ("is convinced that", "remains persuaded that") is a ``belief``."""
    token = target.cue_token
    if token is None or token.lemma_.lower() not in PERSUASION_LEMMAS:
        return None
    passive = (
        token.pos_ == "ADJ"
        or token.dep_ in STATE_DEPS
        or any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in token.children)
    )
    return ("cue_class", "belief") if passive else None


CLAUSAL_DEPS: frozenset[str] = frozenset({"xcomp", "ccomp"})
"""Complements that give a passive cue a content of its own ("is said *to be* ...", "was announced *that* ...")."""


@rule("classify.content.passive_subject", stage="classify", order=115)
def content_passive_subject(target: Target) -> Answer:
    """A passive cue inside its content ("the deal was announced", "she was named chair") has a ``noun_phrase``.

    The passive subject is what the active verb's object would be ("announced the deal"): the
    claim says that something was announced, named or listed, not what anyone said. A passive
    with a complement of its own ("is said to be ...", "is reported to have ...") is left to
    the other rules.
    """
    token = target.cue_token
    span = target.content
    if token is None or span is None or not span.start <= token.i < span.end or not is_verb(token):
        return None
    children = list(token.children)
    if not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children) or any(c.dep_ in CLAUSAL_DEPS for c in children):
        return None
    return "content_type", "noun_phrase"


UNSAID_LEMMAS: frozenset[str] = frozenset({"fail", "avoid", "refrain", "neglect", "omit", "decline", "refuse"})
"""Verbs whose complement did not happen: "*failed* to mention that ...", "*avoided* saying whether ..."."""

COMPLEMENT_DEPS: frozenset[str] = frozenset({"xcomp", "pcomp"})
"""Relations of a cue to the verb (or the preposition after it) that governs it."""


def _governor(token: Token) -> Token | None:
    """The verb a cue is the complement of: "failed to *mention*", "refrained from *saying*"."""
    if token.dep_ not in COMPLEMENT_DEPS or token.head.i == token.i:
        return None
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "refrained from saying", "stopped short of saying"
    return head


@rule("classify.polarity.unsaid", stage="classify", order=225)
def polarity_unsaid(target: Target) -> Answer:
    """A cue that did not happen ("failed to mention", "has yet to say", "stopped short of saying") is ``negated``."""
    token = target.cue_token
    if token is not None and (_without(token) or _not_so_far(token)):
        return "polarity", "negated"
    governor = None if token is None else _governor(token)
    if governor is None:
        return None
    if governor.lower_ == "short" and governor.dep_ == "advmod" and governor.head.lemma_.lower() == "stop":
        return "polarity", "negated"  # "stopped short of claiming": the parse hangs "of" on "short"
    lemma = governor.lemma_.lower()
    adverbs = {c.lower_ for c in governor.children if c.dep_ == "advmod"}
    not_yet = "yet" in adverbs and lemma in {"have", "be"}  # "has yet to say"
    stopped_short = lemma == "stop" and "short" in adverbs  # "stopped short of saying"
    return ("polarity", "negated") if lemma in UNSAID_LEMMAS or not_yet or stopped_short else None


def _without(token: Token) -> bool:
    """Whether the cue is the object of "without" ("was published *without saying* that ...").

    "It goes without saying that ..." is the writer's idiom, left to ``classify.polarity.generic_say``.
    """
    if token.dep_ != "pcomp" or token.head.lower_ != "without" or token.head.i == token.i:
        return False
    return token.head.head.lemma_.lower() != "go"


def _not_so_far(token: Token) -> bool:
    """Whether the cue is what a negated "go so far as to" stops before ("did not go so far as to say")."""
    if token.dep_ not in {"advcl", "xcomp"} or token.head.i == token.i:
        return False
    head = token.head
    if head.lemma_.lower() != "go" or not any(c.dep_ == "advmod" and c.lower_ == "far" for c in head.children):
        return False
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not"} for c in head.children)
