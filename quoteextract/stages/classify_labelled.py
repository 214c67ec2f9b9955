"""Classify rules for a speaker's label: an object with what the speaker called it.

News reports a judgement by its label: "The mayor *called* the plan *a disgrace*", "Union
leaders *branded* the offer *an insult*", "The regulator *described* the lenders *as
reckless*", "The ministry *denounced* the sanctions *as illegal*", "Reyna *labelled* the
decision *a joke*". The speaker said that the object is the predicate: the content "X (as)
Y" is a predication, a small clause without its verb, and the verb reports speech. The
cue lexicon lists most of these verbs as stances, because with a plain object they name a
thing or an act ("described the route", "condemned the attack", "called a meeting"), which
the ``speech`` scope rightly drops.

A label is:

- an object and a predicate after it that both hang on the verb: a second noun phrase
  ("called him *a liar*", parsed ``oprd`` or a second ``dobj``) or "as" with its noun or
  adjective ("described them *as reckless*");
- said by a speaker (a person, a body, a pronoun: not "the report", "the comet");
- not a name given ("called the new drink *Blaze*": a proper noun names, it does not judge)
  and not a thing fetched for someone ("called her *a taxi*": the object is the one it was
  called for, and the "predicate" names a physical thing).

Such a claim is ``speech`` (``classify.class.labelled``) with a ``clause`` content
(``classify.content.labelled``). "Dismissed X as Y" is a rebuttal and keeps its own rules
(:mod:`quoteextract.stages.classify_rebuttal`).

.. versionadded:: 0.5.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.content_nouns import is_physical
from ..lang.en.syntax import is_verb
from ..rules import rule
from .classify_acts import active_subject, is_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

LABEL_LEMMAS: frozenset[str] = frozenset(
    {
        "call",
        "brand",
        "label",
        "describe",
        "denounce",
        "condemn",
        "decry",
        "hail",
        "slam",
        "characterise",
        "characterize",
        "term",
        "deride",
        "lambast",
        "portray",
        "paint",
    }
)
"""Verbs that report a judgement by the label given to their object ("branded the offer an insult")."""

PREDICATE_DEPS: frozenset[str] = frozenset({"oprd", "dobj", "xcomp", "acomp", "npadvmod"})
"""Relations of a predicate noun or adjective the parser hangs on the verb after its object."""

PREDICATE_POS: frozenset[str] = frozenset({"NOUN", "ADJ", "PRON"})
"""Parts of speech of a predicate that judges ("a liar", "reckless"); a proper noun names instead."""

OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "dative"})
"""Relations of the object a label is given to."""


def _predicate_after(verb: Token, obj: Token) -> Token | None:
    """The predicate after the object ("a *liar*", "as *reckless*"), hanging on the verb or the object, if any."""
    for child in (*verb.rights, *obj.rights):
        if child.i <= obj.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((g for g in child.children if g.pos_ in PREDICATE_POS or g.dep_ == "pobj"), None)
        if child.dep_ in PREDICATE_DEPS and child.left_edge.i == obj.right_edge.i + 1:
            return child
    return None


def labelled_object(verb: Token | None) -> tuple[Token, Token] | None:
    """The object and its label when a speaker's verb labels it ("called [him] [a liar]").

    Args:
        verb: The cue word.

    Returns:
        The object and the head of its predicate, or ``None`` when ``verb`` is not a verb of labelling,
        has no object with a predicate after it, its subject is no speaker, or the "predicate" is a name
        ("called the drink Blaze") or a physical thing ("called her a taxi").

    """
    if verb is None or not is_verb(verb) or verb.lemma_.lower() not in LABEL_LEMMAS:
        return None
    obj = next((c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i), None)
    if obj is None:
        return None
    predicate = _predicate_after(verb, obj)
    if predicate is None or predicate.pos_ not in PREDICATE_POS or is_physical(predicate.lemma_):
        return None
    if not is_speaker(active_subject(verb)):
        return None
    return obj, predicate


def _labels(target: Target) -> bool:
    """Whether an indirect claim's content holds the object and the label its speaker gave it."""
    span = target.content
    if target.quote.kind != "indirect" or span is None:
        return False
    found = labelled_object(target.cue_token)
    return found is not None and all(span.start <= t.i < span.end for t in found)


@rule("classify.class.labelled", stage="classify", order=9)
def class_labelled(target: Target) -> Answer:
    """A label a speaker gave ("called him a liar", "described the rota as unworkable") is ``speech``."""
    return ("cue_class", "speech") if _labels(target) else None


@rule("classify.content.labelled", stage="classify", order=115)
def content_labelled(target: Target) -> Answer:
    """The content of a speaker's label ("the plan a disgrace", "them as reckless") is a predication: a ``clause``."""
    return ("content_type", "clause") if _labels(target) else None
