"""Who answers an unlabelled printed interview: the person its introduction names, right above the questions.

A printed interview opens with a short introduction (or a box's heading) naming the interviewee, then
its questions: "Lowenna Crewe, 29, became the first woman to helm the lifeboat this summer." or
"Five minutes with ... Lowenna Crewe, lifeboat helm". The answers (:mod:`._qa_answers`) get the first person
named in the :data:`INTRO_PARAGRAPHS` paragraphs above the first question (the nearest first) as their speaker
mention, so a report printed above a box ("Station manager Derek Polglase said ...") does not lend its people
to the box. The writer's partner in "she talked to Katrin Ostler" is the interviewer, not the interviewee;
an introduction naming no person but a spokesperson ("Its answers, given by a spokesperson, ...") gives that
mention. Linear: it reads the tokens of two paragraphs once per interview.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..._model import Mention
from ...lang.en import _speaker_lexicon as _lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ._context import Scene

INTRO_PARAGRAPHS = 2
"""How many paragraphs above the first question may name the interviewee."""

MEETING_VERBS = frozenset({"talk", "speak", "chat"})
"""Lemmas of verbs whose object ("she talked to Katrin Ostler") is the interviewer unless "we" or "I" talked."""

WRITER_WORDS = frozenset({"we", "i"})
"""Subjects of a meeting verb that are the writer: "We talked to Ilse Brandt" names the interviewee."""

OWN_STAFF = frozenset({"correspondent", "reporter", "interviewer", "writer", "editor"})
"""Nouns of the paper's own staff: "Our correspondent, Ines Sardinha," is the interviewer."""

WRITER_OWN = frozenset({"our", "my"})
"""Possessives that make a staff noun the paper's own ("Our correspondent")."""

SPOKESPEOPLE = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})
"""Head words of an unnamed spokesperson giving a company's answers."""


def interviewee(scene: Scene, first_question: int) -> Mention | None:
    """The interviewee named above the first question of an interview, if any.

    Args:
        scene: The article (parsed).
        first_question: The index of the interview's first question paragraph.

    Returns:
        A mention of the interviewee in the introduction, or ``None``.

    """
    doc = scene.article.doc
    paragraphs = scene.layout.paragraphs
    if doc is None:
        return None
    for index in range(first_question - 1, max(-1, first_question - 1 - INTRO_PARAGRAPHS), -1):
        para = paragraphs[index]
        words = doc.char_span(para.start, para.end, alignment_mode="expand")
        if words is None:
            continue
        found = _person(scene, words) or _spokesperson(scene, words)
        if found is not None:
            return found
    return None


def _person(scene: Scene, words: SpacySpan) -> Mention | None:
    """The first person named in ``words``, not an interviewer.

    A person is a run of proper nouns with a word tagged as a person's or a known first name followed by
    another proper noun; the mention starts there ("Dr Priya Ramaswamy" gives "Priya Ramaswamy"). One word
    alone is a person only as the surname of a full name written earlier.
    """
    names = _lexicon.first_names()
    doc = words.doc
    index = words.start
    while index < words.end:
        end = index
        while end + 1 < words.end and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
            end += 1
        if doc[index].pos_ != "PROPN":
            index += 1
            continue
        first = next(
            (k for k in range(index, end + 1) if doc[k].ent_type_ == "PERSON" or (k < end and doc[k].text in names)),
            None,
        )
        if first is not None and not _interviewer(doc[index]) and (first < end or _surname(scene, doc[first])):
            start, last = doc[first].idx, doc[end]
            return Mention(start, last.idx + len(last.text), scene.text[start : last.idx + len(last.text)])
        index = end + 1
    return None


def _surname(scene: Scene, token: Token) -> bool:
    """Whether a one-word name is the last word of a full name written earlier ("Delgado" after "Rosa Delgado").

    The small tagger types a restaurant's or a boat's one-word name ("her restaurant, Marea") as a person's;
    a surname alone is the interviewee only when the article has named the person in full before.
    """
    pattern = regex.compile(r"\p{Lu}\p{Ll}+[ ]" + regex.escape(token.text) + r"\b")
    return pattern.search(scene.text, 0, token.idx) is not None


def _interviewer(token: Token) -> bool:
    """Whether a name is the interviewer's: the paper's own staff, or "talked to" someone not the writer.

    "Our correspondent, Ines Sardinha, visited ..." names the interviewer; so does the object of "talked to"
    or "spoke with" whose subject is not the writer.
    """
    doc = token.doc
    if token.i >= 3 and doc[token.i - 1].text == "," and doc[token.i - 2].lower_ in OWN_STAFF:
        return doc[token.i - 3].lower_ in WRITER_OWN
    if token.i < 2 or doc[token.i - 1].lower_ not in {"to", "with"}:
        return False
    verb = doc[token.i - 2]
    if verb.lemma_.lower() not in MEETING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is None or subject.lower_ not in WRITER_WORDS


def _spokesperson(scene: Scene, words: SpacySpan) -> Mention | None:
    """A spokesperson named in ``words`` ("given by a spokesperson"), with its determiner."""
    for token in words:
        if token.lower_ in SPOKESPEOPLE:
            start = token.left_edge.idx if token.left_edge.i >= words.start else token.idx
            end = token.idx + len(token.text)
            return Mention(start, end, scene.text[start:end])
    return None
