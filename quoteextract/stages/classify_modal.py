"""Classify rules for speech that is only foreseen, supposed or said by no one in particular.

``classify.polarity.hypothetical`` reads "would", "could", "might", "if" and the
frames of speech still to come ("is due to tell", "is likely to announce"). News
foresees and supposes speech in more ways, and none of them reports words that
were said:

- a cue under "will", "shall", "may" or "should": "will announce that ...",
  "Some will claim that ...", "the defence may claim that ...", "she should tell
  the public what ...", "Only time will tell whether ..." (``hypothetical``);
- a cue under "is bound to", "is sure to", "is certain to": "the opposition is
  bound to say that ..." (``hypothetical``);
- a "say" or "tell" of no one in particular, in a phrase that is no report:
  "Let's just say ...", "Who is to say ...", "It goes without saying that ...",
  "Needless to say, ...", "It is often said that ..." (no speaker, no agent),
  "People often say that ...", "as they say", and
  speech in a relative clause of someone supposed or anyone at all: "What would
  you say to a neighbour *who told you* ...?", "Anyone *who says* ... is wrong",
  and the speech of "whoever", quoted or not: "Whoever first said ‘...’ never
  met ...", "Whoever said that ... was wrong"
  (``hypothetical``, ``classify.polarity.generic_say``).

Exceptions, each a way news narrates words that were said:

- an adverb of habit or report on the cue: "will often say", "may later claim"
  (:data:`~quoteextract.stages.classify.FACTUAL_MODAL_ADVERBS`);
- a concession the sentence answers: "X may blame trade deals, but ..." states
  a position X holds (a "but" joined to the cue);
- a quotation under "will": "“Nothing prepares you,” the president will say,
  according to excerpts" quotes prepared remarks whose words exist;
- a speaker saying it as they speak: "I should say that ...", "I'll tell you
  this", "We will say that ..." (a first-person subject performs the act).

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.syntax import SUBJECT_DEPS, is_verb
from ..rules import rule
from .classify import FACTUAL_MODAL_ADVERBS, _outside, _shares_head

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

FUTURE_MODALS: frozenset[str] = frozenset({"will", "'ll", "shall"})
"""Modals of speech still to come ("will announce that ...", "Time will tell whether ...")."""

SUPPOSING_MODALS: frozenset[str] = frozenset({"may", "should"})
"""Modals of speech only supposed or asked for ("may claim that ...", "should tell the public what ...")."""

CONCESSIVE_MODALS: frozenset[str] = frozenset({"may"})
"""Modals that concede a real position when a "but" answers it ("X may blame trade deals, but ...")."""

PERFORMING_SUBJECTS: frozenset[str] = frozenset({"i", "we"})
"""Subjects that perform the speech act they name ("*I* should say that ...", "*I*'ll tell you")."""

CERTAIN_FRAMES: frozenset[str] = frozenset({"bound", "sure", "certain"})
"""Adjectives whose infinitive is speech foreseen ("is *bound* to say that ...", "is *sure* to argue")."""


SAYING_LEMMAS: frozenset[str] = frozenset({"say", "tell"})
"""Verbs of the idioms of saying that report no one's words ("Let's say", "Who is to say", "needless to say")."""

SUPPOSING_SUBJECTS: frozenset[str] = frozenset({"'s", "us"})
"""The subject of "let" in "Let's say ..." / "let us say ..."."""

QUESTION_SUBJECTS: frozenset[str] = frozenset({"who", "what"})
"""Subjects of "Who is to say ...?"."""

NEEDLESS_WORDS: frozenset[str] = frozenset({"needless"})
"""Words whose infinitive "say" is the writer's aside ("*Needless* to say, ...")."""

GENERIC_SPEAKERS: frozenset[str] = frozenset({"people", "they", "you", "one"})
"""Subjects that stand for people at large when a habit adverb or "as" goes with them ("People *often* say that
...", "*as* they say"); bare "they say ..." may be officials, so it stays."""

HABIT_ADVERBS: frozenset[str] = frozenset({"often", "always", "sometimes", "usually", "commonly", "generally"})
"""Adverbs that make a generic subject's saying a commonplace ("people *often* say")."""

ANYONE_WORDS: frozenset[str] = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "whomever"})
"""Antecedents that make speech in their relative clause nobody's in particular ("anyone who says ...")."""

ANY_DETERMINERS: frozenset[str] = frozenset({"any", "every"})
"""Determiners of such an antecedent ("*any* voter who says ...")."""

INDEFINITE_DETERMINERS: frozenset[str] = frozenset({"a", "an"})
"""Determiners of an antecedent that a modal makes supposed ("would say to *a* neighbour who told you ...")."""

SUPPOSED_MODALS: frozenset[str] = frozenset({"would", "could", "might", "'d"})
"""Modals of a clause whose indefinite people are only supposed ("What *would* you say to a neighbour who ...");
not "will": "will react to a candidate who has called for ..." is about a real candidate."""

RELATIVE_SUBJECTS: frozenset[str] = frozenset({"who", "that"})
"""Relative pronouns that make the antecedent the speaker ("anyone *who* says"; not "an electorate in which
67 percent say")."""


def _modal(verb: Token, target: Target) -> str | None:
    """The foreseeing or supposing modal on ``verb`` outside the reported words, unless narrated as fact."""
    children = _outside(verb, target.quote)
    if any(c.dep_ == "advmod" and c.lower_ in FACTUAL_MODAL_ADVERBS for c in children):
        return None  # "will often say", "may later claim": an account of what was said
    if any(c.dep_ in SUBJECT_DEPS and c.lower_ in PERFORMING_SUBJECTS for c in children):
        return None  # "I should say that ...": said as it is written
    for child in children:
        if child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ in FUTURE_MODALS | SUPPOSING_MODALS:
            if child.text[0].isupper() and not child.is_sent_start:
                continue  # "While Will acknowledges ...": a name the parser took for the modal
            return child.lower_
    return None


def _conceded(verb: Token) -> bool:
    """Whether a "but" joined to ``verb`` answers it ("X may blame trade deals, *but* ...")."""
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)


@rule("classify.polarity.forecast", stage="classify", order=241)
def polarity_forecast(target: Target) -> Answer:
    """A cue under "will", "may", "should" or "is bound to" ("will announce", "may claim") is ``hypothetical``."""
    token = target.cue_token
    if token is None or not is_verb(token):
        return None
    if token.dep_ == "xcomp" and token.head.lower_ in CERTAIN_FRAMES:
        return "polarity", "hypothetical"  # "is bound to say that ..."
    heads = (token, token.head) if _shares_head(token) else (token,)
    for verb in heads:
        modal = _modal(verb, target)
        if modal is None:
            continue
        if modal in CONCESSIVE_MODALS and _conceded(verb):
            return None
        if modal in FUTURE_MODALS and target.quote.kind == "direct":
            return None  # prepared remarks: the quoted words exist
        return "polarity", "hypothetical"
    return None


def _idiom(token: Token) -> bool:
    """Whether ``token`` ("say", "tell") is part of an idiom of saying that reports nobody's words."""
    head = token.head
    lemma = head.lemma_.lower()
    children = list(head.children)
    if token.dep_ in {"ccomp", "xcomp"} and lemma == "let":
        words = [*children, *token.children]  # the parser hangs "'s" on either verb
        return any(c.dep_ in SUBJECT_DEPS | {"dobj"} and c.lower_ in SUPPOSING_SUBJECTS for c in words)  # "Let's say"
    if token.dep_ == "xcomp" and lemma == "be":
        return any(c.dep_ in SUBJECT_DEPS and c.lower_ in QUESTION_SUBJECTS for c in children)  # "Who is to say"
    if token.dep_ == "pcomp" and head.lower_ == "without":
        return head.head.lemma_.lower() == "go"  # "It goes without saying"
    if token.dep_ == "xcomp" and head.lower_ in NEEDLESS_WORDS:
        return True  # "Needless to say"
    own = list(token.children)
    expletive = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in own)
    return expletive and not any(c.dep_ == "agent" for c in own)  # "It is often said that ..."


def _commonplace(token: Token) -> bool:
    """Whether people at large say it as a habit ("People often say that ...", "as they say")."""
    own = list(token.children)
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ in GENERIC_SPEAKERS and c.tag_ != "NNP" for c in own):
        return False
    return any(c.dep_ in {"advmod", "mark"} and c.lower_ in HABIT_ADVERBS | {"as"} for c in own)


def _anyones_speech(token: Token) -> bool:
    """Whether ``token`` is speech in a relative clause of anyone at all or someone supposed."""
    if token.dep_ != "relcl" or not any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_SUBJECTS for c in token.children
    ):
        return False
    antecedent = token.head
    determiners = {c.lower_ for c in antecedent.children if c.dep_ == "det"}
    if antecedent.lower_ in ANYONE_WORDS or determiners & ANY_DETERMINERS:
        return True  # "Anyone who says ...", "any voter who tells you ..."
    if not determiners & INDEFINITE_DETERMINERS:
        return False
    governor = antecedent.head.head if antecedent.dep_ == "pobj" else antecedent.head
    return any(c.dep_ == "aux" and c.lower_ in SUPPOSED_MODALS for c in governor.children)


WHOEVER_WORDS: frozenset[str] = frozenset({"whoever", "whomever"})
"""Subjects of a free relative whose speaker is nobody known ("*Whoever* first said ‘...’ never met ...")."""


def _whoevers_speech(token: Token) -> bool:
    """Whether the cue's own subject is "whoever" ("Whoever first said ‘...’", "whoever said that ...")."""
    return any(c.dep_ in SUBJECT_DEPS and c.lower_ in WHOEVER_WORDS for c in token.children)


@rule("classify.polarity.generic_say", stage="classify", order=242)
def polarity_generic_say(target: Target) -> Answer:
    """Saying by nobody in particular ("Let's say", "It is often said that", "anyone who says") is ``hypothetical``.

    "Whoever first said ‘...’" is nobody's in particular even when the words are quoted: a proverb or a
    line whose author the writer does not know.
    """
    token = target.cue_token
    if token is None or not is_verb(token):
        return None
    if _whoevers_speech(token):
        return "polarity", "hypothetical"
    if target.quote.kind == "direct":
        return None
    if token.lemma_.lower() in SAYING_LEMMAS and (_idiom(token) or _commonplace(token)):
        return "polarity", "hypothetical"
    return ("polarity", "hypothetical") if _anyones_speech(token) else None


ORDERED_CLASSES: frozenset[str] = frozenset({"speech", "question"})
"""Cue classes of the speech the writer orders the reader to make ("*Ask* a teenager", "*Tell* a local")."""

IMPERATIVE_TAGS: frozenset[str] = frozenset({"VB"})
"""Tags of a verb in the imperative ("*Ask* a teenager and ...")."""

IMPERATIVE_DEPS: frozenset[str] = frozenset({"ROOT", "advcl", "ccomp"})
"""Relations of an order that opens its sentence: the main verb, or an opening clause ("*Say* what you like, ...")."""


def _imperative(token: Token) -> bool:
    """Whether ``token`` opens its sentence as an order to the reader: a bare verb, no subject, no auxiliary.

    The order may be the sentence's opening clause too ("*Say* what you like about the mayor, she turns up").
    """
    if token.tag_ not in IMPERATIVE_TAGS or token.dep_ not in IMPERATIVE_DEPS or not token.is_sent_start:
        return False
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in token.children)


@rule("classify.polarity.imperative", stage="classify", order=243)
def polarity_imperative(target: Target) -> Answer:
    """A cue that tells the reader to speak ("Ask a teenager and the verdict is “mid”") is ``hypothetical``.

    The writer addresses the reader ("Ask anyone in town and they will tell you ...", "Tell a
    local you like the stadium and ..."): nobody has said anything yet.
    """
    token, info = target.cue_token, target.cue_info
    if token is None or target.quote.kind == "direct" or info is None or info.word is None:
        return None  # "Read the latest updates below: “...”" introduces real quoted words
    if info.word.cls not in ORDERED_CLASSES:
        return None  # "Think ‘Barton Fink’ meets ...": a comparison, not an order to speak
    return ("polarity", "hypothetical") if _imperative(token) else None


IMAGINING_LEMMAS: frozenset[str] = frozenset({"imagine", "picture", "suppose", "envisage", "envision"})
"""Verbs by which the writer asks the reader to imagine a scene ("*Imagine* a doctor telling a patient that ...")."""

SCENE_DEPS: frozenset[str] = frozenset({"advcl", "acl", "xcomp", "ccomp", "dobj"})
"""Relations through which an imagined speech act hangs from the imagining verb (the parse varies)."""

MAX_SCENE_STEPS = 2
"""Most heads climbed from the cue to the imagining verb."""


def _imagined(token: Token) -> bool:
    """Whether ``token`` hangs, within :data:`MAX_SCENE_STEPS` heads, from an imperative verb of imagining."""
    head = token
    for _ in range(MAX_SCENE_STEPS):
        if head.dep_ not in SCENE_DEPS or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in IMAGINING_LEMMAS:
            return _invitation(head)
    return False


def _invitation(verb: Token) -> bool:
    """Whether an imagining word opens its sentence with no subject or auxiliary: the reader is asked to imagine.

    The parse may tag a sentence-opening "Picture" as a noun; its place and its missing subject still make it an order.
    """
    if verb.dep_ not in IMPERATIVE_DEPS or not verb.is_sent_start:
        return False
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ in {"aux", "auxpass"} for c in verb.children)


@rule("classify.polarity.imagined", stage="classify", order=244)
def polarity_imagined(target: Target) -> Answer:
    """A speech act the writer asks the reader to imagine is ``hypothetical``.

    "Imagine a doctor telling a patient that the wait will be two years", "Picture a minister telling voters
    that ...": the scene is invented to make a point, nobody has said the words.
    """
    token = target.cue_token
    if token is None or target.quote.kind == "direct":
        return None
    return ("polarity", "hypothetical") if _imagined(token) else None
