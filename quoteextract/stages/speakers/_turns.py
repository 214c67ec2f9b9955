"""Questions put to someone: the person asked answers next.

"He asked the caretaker, Lorcan Bay, whether the boiler could cope. “It
works,” he said." News writes a question and then its answer: the "he" who
speaks next is the person asked, not the one who asked. The same holds for
"I asked the ranger whether the path would reopen. She said it would not",
where the ranger is named by a role only, and for "questioned",
"pressed", "interviewed".

:func:`questions` finds, once per article, every verb of asking with a
person as its object; :class:`~._reader.Reader` records each one as a
:class:`Turn` when the pass reaches the end of its object, and a speaker
pronoun in the next sentences of the paragraph then favours the addressee
over the asker (:func:`._pronouns.score`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ._groups import Group

QUESTION_VERBS = frozenset({"ask", "question", "quiz", "press", "query", "interview", "challenge", "confront"})
"""Lemmas of verbs that put a question to their object ("asked the guard whether ...", "pressed her on ...")."""

ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
"""Dependency labels of the person a question is put to."""

ADDRESSEE_POS = frozenset({"NOUN", "PROPN", "PRON"})
"""Parts of speech an addressee's head word may have."""

TURN_SENTENCES = 2
"""How many sentences after the question a speaker pronoun may be its answer."""


@dataclass(frozen=True)
class Question:
    """A verb of asking and the words it is put to, found in the parse.

    Args:
        verb: The verb ("asked").
        addressee: The head word of its object ("caretaker", "Bay", "her").
        end: Where the object's words end (the turn is recorded there, once
            the names and pronouns in it have been read).

    """

    verb: Token
    addressee: Token
    end: int


@dataclass(frozen=True)
class Turn:
    """A question put by one group to another.

    Args:
        asker: Who asked (``None`` for the writer's "I" or an unknown subject).
        addressee: Who was asked.
        sentence: The question's sentence index.
        paragraph: Its paragraph index.

    """

    asker: Group | None
    addressee: Group
    sentence: int
    paragraph: int


def questions(doc: Doc, tokens: list[Token]) -> list[Question]:
    """Every verb of asking with an object that may be a person, in text order.

    "Asked about the gift" (no object) and "asked a question" are skipped
    by the part of speech and the lexicon of the caller; the object may be
    a name, a role ("the ranger") or a pronoun ("asked him").

    Args:
        doc: The parsed article.
        tokens: Its tokens, in order (made once by the caller).

    Returns:
        The questions.

    """
    if not doc.has_annotation("DEP"):
        return []
    found = []
    for token in tokens:
        if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in QUESTION_VERBS:
            continue
        addressee = next((c for c in token.children if c.dep_ in ADDRESSEE_DEPS and c.pos_ in ADDRESSEE_POS), None)
        if addressee is None or addressee.lower_ in {"it", "this", "that", "what", "question", "questions"}:
            continue
        right = addressee.right_edge
        end = max(right.idx + len(right.text), addressee.idx + len(addressee.text))
        found.append(Question(token, addressee, end))
    return found


def passive_asker(verb: Token) -> Token | None:
    """Who put the question of a fronted "Asked by X whether ..." on ``verb``: X's head word, if the clause has one.

    "Asked by an analyst whether the cuts were permanent, she said: ..." The
    participle hangs off the main verb (``advcl``) and names the asker as
    its agent; the subject of the main verb is the one asked, so the asker
    is never who "she" stands for.

    Args:
        verb: The main verb of a clause ("said").

    Returns:
        The head word of the agent ("analyst"), or ``None``.

    """
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in QUESTION_VERBS:
            continue
        for agent in clause.children:
            if agent.dep_ == "agent":
                asker = next((c for c in agent.children if c.dep_ == "pobj" and c.pos_ in ADDRESSEE_POS), None)
                if asker is not None:
                    return asker
    return None


def subject_of(verb: Token) -> Token | None:
    """The nominal subject of a verb, if it has one."""
    return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)


def turn_bonus(turn: Turn | None, group: Group, sentence: int, paragraph: int) -> float:
    """What a recent question adds to a candidate for a speaker pronoun: the addressee gains, the asker loses.

    Args:
        turn: The latest question before the pronoun.
        group: The candidate.
        sentence: The pronoun's sentence index.
        paragraph: The pronoun's paragraph index.

    Returns:
        +0.7 for the addressee in the sentence after the question (+0.5 a
        sentence later), -0.5 for the asker, 0 otherwise.

    """
    if turn is None or turn.paragraph != paragraph or not 0 < sentence - turn.sentence <= TURN_SENTENCES:
        return 0.0
    if group is turn.addressee:
        return 0.7 if sentence - turn.sentence == 1 else 0.5
    if group is turn.asker:
        return -0.5
    return 0.0
