"""Classify rule for refusals to speak voiced through "said".

``classify.polarity.refusal_content`` reads reported words that refuse with a negated
speech verb ("said she would not comment on ..."). Spokespeople refuse in other set
forms, and a "said" over them reports that nothing was said, so the claim is
``negated`` (the ``speech`` scope drops it, as it drops "declined to comment"):

- a judgement on speaking with no content of its own: "said it would be
  *inappropriate to comment* while the inquiry was under way", "said it was *not
  appropriate to discuss* the case", "said it would be *premature to say anything
  more*";
- nothing to add: "said it had *nothing further to add*", "said he had *no comment*
  (to make)", "said there was *nothing more to say*";
- no position to comment: "said it was *not in a position to comment*" ("was not in a
  position to discuss the complaint" tells what the speaker cannot do, and stays speech, as
  the third speech-or-not suite decided);
- a policy of silence on a kind of case: "said it *did not discuss individual
  customers*", "said it does not comment on *ongoing* investigations".

A comment that was only sought is no speech either: "did not return calls *seeking
comment* on the closure", "sent *a request for comment* about the fees" (the noun cue
is what someone asked for: ``classify.polarity.sought``).

A speech verb with a clause of its own is not a refusal: "said it would be wrong to
say that the plant will close" denies that the plant will close, and stays speech.
Information about a record stays asserted: "said it had no record of the patient",
"said it was unaware of any arrest".

.. versionadded:: 0.4.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.polarity import NEGATORS
from ..rules import rule
from .classify_polarity import COMMENT_LEMMAS, PREMATURE_WORDS, TELL_LEMMAS, _gives_reason

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

SPEAK_LEMMAS: frozenset[str] = COMMENT_LEMMAS | TELL_LEMMAS | frozenset({"talk", "add", "answer"})
"""Verbs of speaking whose refusal these forms report ("to comment", "to add", "to discuss", "to say")."""

IMPROPER_WORDS: frozenset[str] = frozenset(
    {"inappropriate", "improper", "unhelpful", "irresponsible", "wrong", "premature", "unwise"}
)
"""Adjectives that judge speaking out of place ("it would be *inappropriate* to comment")."""

PROPER_WORDS: frozenset[str] = frozenset({"appropriate", "proper", "helpful", "right", "possible", "able"})
"""Adjectives that refuse when negated ("it was *not appropriate* to discuss the case")."""

NOTHING_WORDS: frozenset[str] = frozenset({"nothing"})
"""Objects of "had ... to add/say" that refuse ("had *nothing* further to add")."""

NO_COMMENT_NOUNS: frozenset[str] = frozenset({"comment", "statement"})
"""Nouns that "no" turns into a refusal ("had *no comment*", "no further statement to make")."""

POSITION_NOUNS: frozenset[str] = frozenset({"position"})
"""Nouns of being placed to speak ("not in a *position* to comment")."""

POLICY_MODIFIERS: frozenset[str] = frozenset(
    {"individual", "specific", "ongoing", "private", "personal", "particular", "pending", "internal", "operational"}
)
"""Modifiers of the cases a policy of silence covers ("does not discuss *individual* customers")."""

HABIT_AUXILIARIES: frozenset[str] = frozenset({"do", "does", "did"})
"""Auxiliaries of a policy of not speaking, backshifted after "said" ("did not discuss individual cases")."""


def _has_content(verb: Token) -> bool:
    """Whether the speech verb has a clause of its own ("wrong to say *that the plant will close*")."""
    return any(c.dep_ in {"ccomp", "advcl"} and c.lower_ not in NEGATORS for c in verb.children)


def _vague_object(verb: Token) -> bool:
    """Whether the speech verb's object says nothing ("to say *anything* more", "to add *more*")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "advmod"}]
    return not objects or any(c.lower_ in {"anything", "more", "further", "much"} for c in objects)


def _judged(root: Token) -> Token | None:
    """The speech verb of "it would be inappropriate/not appropriate to comment", when the frame refuses."""
    negated = any(c.dep_ == "neg" for c in root.children)
    for word in root.children:
        if word.dep_ not in {"acomp", "attr"}:
            continue
        refuses = word.lower_ in IMPROPER_WORDS or (negated and word.lower_ in PROPER_WORDS)
        if not refuses:
            continue
        verb = next((g for g in [*word.children, *root.children] if g.dep_ == "xcomp"), None)
        if verb is not None and verb.lemma_.lower() in SPEAK_LEMMAS and not _has_content(verb):
            if word.lower_ not in PREMATURE_WORDS or _vague_object(verb):
                return verb
    return None


def _nothing_to_add(root: Token) -> Token | None:
    """The refusing word of "had nothing further to add", "had no comment to make", "nothing more to say"."""
    for word in root.children:
        if word.dep_ not in {"dobj", "attr"}:
            continue
        no_comment = word.lemma_.lower() in NO_COMMENT_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in word.children
        )
        if no_comment:
            return word
        if word.lower_ in NOTHING_WORDS:
            verb = next((g for g in word.children if g.dep_ in {"relcl", "acl"}), None)
            if verb is not None and verb.lemma_.lower() in SPEAK_LEMMAS:
                return verb
    return None


def _no_position(root: Token) -> Token | None:
    """The verb of "was not in a position to comment" (not "to discuss the complaint": what one cannot do, said)."""
    if not any(c.dep_ == "neg" for c in root.children):
        return None
    for prep in root.children:
        for noun in prep.children:
            if prep.dep_ == "prep" and noun.lemma_.lower() in POSITION_NOUNS:
                verb = next((g for g in noun.children if g.dep_ in {"relcl", "acl"}), None)
                if verb is not None and verb.lemma_.lower() in COMMENT_LEMMAS | {"add"}:
                    return verb
    return None


def _policy(root: Token) -> Token | None:
    """The verb of "did not discuss individual customers", "does not comment on ongoing investigations"."""
    if root.lemma_.lower() not in SPEAK_LEMMAS or not any(c.dep_ == "neg" for c in root.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in HABIT_AUXILIARIES for c in root.children):
        return None
    objects = [c for c in root.children if c.dep_ == "dobj"]
    objects += [g for c in root.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for noun in objects:
        if any(m.lower_ in POLICY_MODIFIERS for m in noun.children if m.dep_ in {"amod", "compound"}):
            return root
    return None


@rule("classify.polarity.refusal_said", stage="classify", order=223)
def polarity_refusal_said(target: Target) -> Answer:
    """Reported words that refuse in a set form ("said it would be inappropriate to comment") are ``negated``.

    The forms: a judgement on speaking with no content ("inappropriate to comment", "not appropriate to
    discuss the case", "premature to say anything more"), nothing to add ("had nothing further to add",
    "had no comment"), no position to speak ("was not in a position to comment") and a policy of silence
    on a kind of case ("did not discuss individual customers").
    """
    content = target.content
    if content is None or target.quote.kind == "direct" or not len(content):
        return None
    root = content.root
    for form in (_judged, _nothing_to_add, _no_position, _policy):
        verb = form(root)
        if verb is not None:
            return None if _gives_reason(root) else ("polarity", "negated")
    return None


SOUGHT_NOUNS: frozenset[str] = frozenset({"comment", "response", "reaction", "statement", "clarification"})
"""Noun cues that name a comment asked for ("seeking *comment*", "a request for *response*")."""

SEEKING_LEMMAS: frozenset[str] = frozenset({"seek", "request", "ask", "solicit", "invite", "await", "chase"})
"""Verbs of asking for a comment, and the nouns "request" ("seeking comment", "requested a statement")."""

ASKING_NOUNS: frozenset[str] = frozenset({"request", "call", "inquiry", "enquiry", "query", "email", "message"})
"""Nouns that ask for a comment through "for" ("a request *for* comment", "calls *for* comment")."""


@rule("classify.polarity.sought", stage="classify", order=221)
def polarity_sought(target: Target) -> Answer:
    """A comment only asked for ("calls seeking comment on ...", "a request for comment about ...") is ``negated``."""
    token = target.cue_token
    if token is None or token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in SOUGHT_NOUNS:
        return None
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in SEEKING_LEMMAS:
        return "polarity", "negated"
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ASKING_NOUNS | SEEKING_LEMMAS:
        return "polarity", "negated"
    return None
