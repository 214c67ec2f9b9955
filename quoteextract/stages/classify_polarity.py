"""Classify rules for speech that did not happen, however the sentence says so.

``classify.polarity.negated`` reads a negation on the cue itself ("did not say",
"never claimed"). News also negates speech in other places, and each of these
reports that something was *not* said (``polarity="negated"``), so the speech
scope drops it and nobody reads it as an assertion:

- the speech is what a denial is about: "denied *telling* staff that the office
  would move", "denied ever *saying* that ...", "denied that she had *told*
  staff that ..." (what she denies is the telling);
- the negation sits in a phrase of the sentence, not on the verb: "*At no
  point* did the inspector say that ...", "*Not once* did she suggest that
  ...", "*Nowhere* does the report say that ...", "*No one* has claimed that
  ...", "*Not one* councillor argued that ...", "would *neither* confirm *nor*
  deny that ...", "did not confirm *or* deny that ..." (a negation covers the
  verbs joined by "or", not by "and");
- the reported words are a refusal to speak: "said she *would not comment* on
  leaked documents", "said he *was unable to comment* on individual cases",
  "said they *could not discuss* the case", "said it was *too early to comment*",
  "said she *would not say* whether ..." (the ``speech`` scope drops a refusal,
  "declined to comment", the same way). Not being *able to tell*, said by a
  speaker, is information and stays asserted: "said she *could not say* whether
  the fire was deliberate", "told reporters he *could not confirm* the name"
  (since session 9).
  "said it was *too early to tell* whether the repairs had worked", "*too soon to
  say* what caused the blast" are not refusals: the speaker gives an assessment
  (nothing can be known yet), and a speech-only reader counts it.

A condition opened by an auxiliary before the subject ("*Had* the council warned that ..., lives
would have been saved", "*Were* the mayor to announce that ...") reports no words either: it is
``hypothetical`` (``classify.polarity.inverted_condition``), like "If the council had warned".

"The view, *which tells you* why the rent is so high, ...": a fact that "tells
you" something is evidence, not a speaker's words (``classify.class.telling``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.polarity import DENIAL_LEMMAS, NEGATORS
from ..lang.en.syntax import SUBJECT_DEPS, is_verb
from ..rules import rule
from .classify import _inside, _negated
from .classify_acts import RELATIVE_TAGS, active_subject, is_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .._model import Quotation
    from .classify import Answer, Target

DENIED_SPEECH_DEPS: frozenset[str] = frozenset({"xcomp", "ccomp", "pcomp"})
"""Relations of a speech cue to the denial verb it is the content of ("denied *telling* ...")."""

NEGATIVE_ADVERBS: frozenset[str] = frozenset({"nowhere", "hardly", "scarcely"})
"""Adverbs that negate the verb they modify ("*Nowhere* does the report say that ...")."""

NEGATED_ADVERBS: frozenset[str] = frozenset({"once", "ever"})
"""Adverbs that a "not" turns into a negation of the verb ("*Not once* did she say ...")."""

NEGATIVE_DETERMINERS: frozenset[str] = frozenset({"no", "neither"})
"""Determiners that make a subject or an adjunct negate the verb ("*No* one said", "at *no* point",
"*Neither* side has suggested", "*Neither* the mayor nor the council said")."""

NEGATIVE_DETERMINER_DEPS: frozenset[str] = frozenset({"det", "preconj"})
"""Relations of such a determiner to its noun ("*neither* side": det; "*neither* the mayor nor ...": preconj)."""

DISJUNCTIONS: frozenset[str] = frozenset({"or", "nor"})
"""Conjunctions over which a negation spreads ("did not confirm *or* deny"; not "and")."""

COMMENT_LEMMAS: frozenset[str] = frozenset({"comment", "elaborate", "speculate"})
"""Verbs of talking about something whose negation in reported words is a refusal under a modal or
"does" ("would not comment", "does not comment on individual cases"); "has not commented" reports a
silence so far, not a refusal."""

TELL_LEMMAS: frozenset[str] = frozenset({"say", "confirm", "disclose", "divulge", "reveal", "specify", "discuss"})
"""Verbs of giving information whose negation is a refusal under a modal ("could not say", "would not
confirm", "will not disclose"); without one it may report a fact ("had not disclosed the breach").
"would not talk to the rebels" and "would not answer the committee's questions" are not here: they
refuse a negotiation or a testimony, news in itself."""

REASON_MARKS: frozenset[str] = frozenset({"because", "since", "as", "until"})
"""Subordinators of a reason given with a refusal ("could not comment *because* he had not seen the letter"):
the reason is information, so the claim stays asserted."""

REFUSAL_MODALS: frozenset[str] = frozenset({"would", "could", "will", "can", "ca", "wo"})
"""Modals of a refusal ("would not", "cannot", "won't")."""

HABIT_AUXILIARIES: frozenset[str] = frozenset({"does", "do"})
"""Auxiliaries of a policy of not commenting ("the agency does not comment on ...")."""

UNABLE_WORDS: frozenset[str] = frozenset({"unable"})
"""Adjectives that negate the speech verb after them ("was *unable* to comment")."""

TOO_EARLY_WORDS: frozenset[str] = frozenset({"early", "soon"})
"""Words that, after "too", put off speaking ("it was *too early* to comment", "too soon to say")."""

PREMATURE_WORDS: frozenset[str] = frozenset({"premature"})
"""Words that put off speaking on their own ("it would be *premature* to speculate")."""


TELLING_LEMMAS: frozenset[str] = frozenset({"tell"})
"""Speech verbs that a fact can do with a generic listener ("which *tells* you why ...")."""

GENERIC_LISTENERS: frozenset[str] = frozenset({"you", "us", "one"})
"""Listeners of a fact that "tells" ("tells *you* why", "tells *us* that")."""


def _denied(token: Token) -> bool:
    """Whether ``token`` is the speech a denial is about ("denied *telling* staff that ...")."""
    if token.dep_ not in DENIED_SPEECH_DEPS or token.head.i == token.i:
        return False
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "denied ever having said"
    return head.lemma_.lower() in DENIAL_LEMMAS and is_verb(head)


@rule("classify.polarity.denied_speech", stage="classify", order=205)
def polarity_denied_speech(target: Target) -> Answer:
    """A speech cue that a denial is about ("denied telling staff that ...") is ``negated``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() in DENIAL_LEMMAS:
        return None
    return ("polarity", "negated") if _denied(token) else None


NOT_ONE_WORDS: frozenset[str] = frozenset({"one", "a", "an", "single", "even", "any"})
"""Words after a "not" that open a subject meaning nobody ("*Not one* councillor", "*Not a single*
shareholder", "*Not even* the mayor"); "Not all economists said" and "Not only the mayor" are not here:
some of them spoke."""


def _no_phrase(noun: Token) -> bool:
    """Whether a noun phrase opens with "no", "neither" or "not one" ("*no* one", "*not a single* member").

    "No 10" and "No. 11" (Downing Street's numbers, a house or a shirt) are "number", not "no" (:func:`_number_sign`).
    """
    first = noun.left_edge
    if _number_sign(first):
        return False
    if first.lower_ == "not" and first.dep_ == "neg":
        if noun.i == first.i + 1:
            return noun.lower_ == "one"  # "Not one of the ministers has said"
        following = noun.doc[first.i + 1]
        return following.lower_ in NOT_ONE_WORDS and noun.i in {first.head.i, first.head.head.i}
    return first.dep_ in NEGATIVE_DETERMINER_DEPS and first.lower_ in NEGATIVE_DETERMINERS and first.head.i == noun.i


def _number_sign(word: Token) -> bool:
    """Whether ``word`` is a capitalised "No" or "No." before digits: "number" ("outside No 11", "No. 10 said")."""
    doc = word.doc
    return word.text in {"No", "No."} and word.i + 1 < len(doc) and doc[word.i + 1].text.isdigit()


def _negative_phrase(token: Token, quote: Quotation) -> bool:
    """Whether a phrase on ``token`` outside the reported words negates it ("at no point", "No one", "not once")."""
    children = [c for c in token.children if not quote.start <= c.idx < quote.end]
    subjects = [c for c in children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) == 1 and _no_phrase(subjects[0]):
        return True  # "No one has claimed that ...", "No official said ..."
    for child in children:
        if child.dep_ != "advmod" and child.dep_ != "prep":
            continue
        lower = child.lower_
        if lower in NEGATIVE_ADVERBS or (lower in NEGATED_ADVERBS and any(c.dep_ == "neg" for c in child.children)):
            return True  # "Nowhere does it say", "Not once did she say"
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and _no_phrase(g) for g in child.children):
            return True  # "At no point did he say"
    return False


def _negated_disjunct(token: Token, quote: Quotation) -> bool:
    """Whether ``token`` is joined by "or"/"nor" to a negated verb ("neither confirm nor *deny*")."""
    if token.dep_ != "conj" or token.head.i == token.i or any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return False
    head = token.head
    joints = [c for c in head.children if c.dep_ == "cc" and c.i < token.i]
    if not joints or joints[-1].lower_ not in DISJUNCTIONS:
        return False  # "doesn't track rates and has maintained that ...": the negation stops at "and"
    return _negated(head, quote) or _negative_phrase(head, quote)


@rule("classify.polarity.negative_phrase", stage="classify", order=207)
def polarity_negative_phrase(target: Target) -> Answer:
    """Speech negated by a phrase ("At no point did he say", "No one claimed", "neither ... nor") is ``negated``."""
    token = target.cue_token
    if token is None or not (is_verb(token) or any(c.dep_ == "aux" for c in token.children)):
        return None  # a verb, or one the parser took for a noun ("did the constable *claim*": aux "did")
    quote = target.quote
    if _negative_phrase(token, quote) or _negated_disjunct(token, quote):
        return "polarity", "negated"
    return None


def _speak_verb(root: Token) -> tuple[Token, bool] | None:
    """The speech verb a reported clause is about, and whether "unable" negates it ("was unable to comment")."""
    speak = COMMENT_LEMMAS | TELL_LEMMAS
    if root.lemma_.lower() in speak and is_verb(root):
        return root, False
    for child in root.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in speak:
            return child, False  # "would not be able to comment" hangs "comment" on "be"
        if child.dep_ in {"acomp", "advmod"} and _puts_off(child):
            verb = next((g for g in [*child.children, *root.children] if g.dep_ == "xcomp"), None)
            if verb is not None and verb.lemma_.lower() in COMMENT_LEMMAS:
                return verb, True  # "it was too early to comment", "premature to speculate"
            return None  # "too early to tell (whether ...)", "too soon to say what ...": an assessment, said
        if child.dep_ == "acomp" and child.lower_ in UNABLE_WORDS | {"able"}:
            verb = next((g for g in child.children if g.dep_ == "xcomp"), None)
            if verb is not None and verb.lemma_.lower() in speak:
                return verb, child.lower_ in UNABLE_WORDS
    return None


def _puts_off(word: Token) -> bool:
    """Whether ``word`` says the time to speak has not come ("too early", "too soon", "premature")."""
    if word.lower_ in PREMATURE_WORDS:
        return True
    return word.lower_ in TOO_EARLY_WORDS and any(c.lower_ == "too" for c in word.children)


def _refuses(verb: Token, root: Token) -> bool:
    """Whether a negation on the speech verb (or the clause's head) makes it a refusal."""
    words = [*verb.children, *root.children] if root.i != verb.i else list(verb.children)
    if not any(c.dep_ == "neg" for c in words):
        return False
    if sum(c.lower_ in NEGATORS for c in verb.children) > 1 or any(
        c.dep_ in {"dobj", "intj"} and c.lower_ in NEGATORS for c in verb.children
    ):
        return False  # "would never say never", "would not say no to a second term": idioms, not refusals
    modals = REFUSAL_MODALS | HABIT_AUXILIARIES if verb.lemma_.lower() in COMMENT_LEMMAS else REFUSAL_MODALS
    return any(c.dep_ == "aux" and c.lower_ in modals for c in words) or root.lemma_.lower() == "be"


@rule("classify.polarity.refusal_content", stage="classify", order=222)
def polarity_refusal_content(target: Target) -> Answer:
    """Reported words that refuse to speak ("said she would not comment on ...") are ``negated``."""
    content = target.content
    if content is None or target.quote.kind == "direct" or not len(content):
        return None
    found = _speak_verb(content.root)
    if found is None:
        return None
    verb, unable = found
    if _cannot_tell(verb, content.root) and _said_aloud(target):
        return None  # "She said she could not say whether ...": what she does not know, said
    if not unable and not _refuses(verb, content.root):
        return None
    if any(_gives_reason(head) for head in {verb, content.root}):
        return None
    return "polarity", "negated"


INABILITY_MODALS: frozenset[str] = frozenset({"could", "can", "ca"})
"""Modals of not being able to tell ("could not say whether"), as against not being willing ("would not say")."""


def _cannot_tell(verb: Token, root: Token) -> bool:
    """Whether the reported words say the speaker cannot tell ("could not say whether", "can't confirm").

    Only verbs of telling count: "could not comment", "could not discuss" still refuse to talk.
    """
    if verb.lemma_.lower() not in TELL_LEMMAS - {"discuss"}:
        return False
    words = [*verb.children, *root.children] if root.i != verb.i else list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in INABILITY_MODALS for c in words)


def _said_aloud(target: Target) -> bool:
    """Whether a speaker's speech verb reports the words ("*said* she could not say", "*told* reporters ...").

    A speaker who says she cannot tell something gives information (what is not known),
    which a speech-only reader counts ("said she could not say when", as the second
    speech-or-not suite decided). With no saying verb above them ("could not say
    whether ...") the words are negated speech.
    """
    token, info = target.cue_token, target.cue_info
    if token is None or info is None or info.word is None or info.word.cls != "speech" or not is_verb(token):
        return False
    return any(child.dep_ in SUBJECT_DEPS for child in token.children) and token.dep_ != "xcomp"


def _gives_reason(verb: Token) -> bool:
    """Whether a clause or phrase of reason hangs on ``verb`` ("... because he had not seen it", "because of ...")."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS for m in child.children):
            return True
        if child.dep_ in {"prep", "advmod"} and child.lower_ in {"because", "due", "pending"}:
            return True  # "because of the investigation", "due to ...", "pending a review"
    return False


@rule("classify.class.telling", stage="classify", order=8)
def class_telling(target: Target) -> Answer:
    """A fact that "tells you" something ("which tells you why the rent is high") is ``evidence``."""
    token = target.cue_token
    if token is None or token.lemma_.lower() not in TELLING_LEMMAS or not is_verb(token):
        return None
    if not any(c.dep_ in {"dobj", "dative"} and c.lower_ in GENERIC_LISTENERS for c in token.children):
        return None
    own = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if own is None:
        return None  # "I am here to tell you what ...": the speaker is elsewhere
    if own.tag_ in RELATIVE_TAGS and own.lower_ != "who":
        return "cue_class", "evidence"  # "..., which tells you": the relative stands for a fact
    return None if is_speaker(active_subject(token)) else ("cue_class", "evidence")


INVERTED_CONDITION_WORDS: frozenset[str] = frozenset({"had", "were", "should"})
"""Auxiliaries that open a condition when they come before the subject ("*Had* the council warned that
..., lives would have been saved", "*Were* the mayor to announce ...", "*Should* the club confirm ...")."""


def _inverted_condition(verb: Token, quote: Quotation) -> bool:
    """Whether ``verb`` opens its sentence with an auxiliary before its subject ("Had the council warned")."""
    opener = verb.sent[0]
    while opener.is_punct or opener.lower_ in {"but", "and", "yet"}:
        if opener.i + 1 >= verb.sent.end:
            return False
        opener = opener.doc[opener.i + 1]  # "But had the council warned ..."
    if opener.lower_ not in INVERTED_CONDITION_WORDS or _inside(opener, quote):
        return False
    if opener.head.i == verb.i:
        clause = verb  # "Had the council warned": "had" is the cue's auxiliary
    elif opener.i == verb.head.i and verb.dep_ in {"advcl", "xcomp"}:
        clause = opener  # "Were the mayor to announce": the parse hangs the subject and the cue on "were"
    else:
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and opener.i < subject.i < verb.i and not _inside(subject, quote)


@rule("classify.polarity.inverted_condition", stage="classify", order=239)
def polarity_inverted_condition(target: Target) -> Answer:
    """Speech in a condition opened by "Had/Were/Should" ("Had the council warned that ...") is ``hypothetical``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.sent[-1].text == "?":
        return None
    return ("polarity", "hypothetical") if _inverted_condition(token, target.quote) else None


@rule("classify.polarity.unable", stage="classify", order=226)
def polarity_unable(target: Target) -> Answer:
    """A cue under "unable" ("was unable to confirm that ...", "were unable to say whether") is ``negated``.

    Nothing was confirmed or said: the cue's head is the adjective, so no negation sits on the
    cue itself. "said it was unable to confirm ..." has "said" as its cue and is the
    speaker's statement.
    """
    token = target.cue_token
    if token is None or token.dep_ != "xcomp" or not is_verb(token):
        return None
    return ("polarity", "negated") if token.head.lower_ in UNABLE_WORDS else None
