"""English syntax the rules read: dependency and tag label sets, defined once.

spaCy's English pipelines use the ClearNLP dependency labels and Penn
Treebank tags; every rule that reads ``dep_``, ``tag_`` or ``pos_`` takes
its label sets from here, so a second language adds its own module instead
of editing the rules' logic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ACTIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "csubj"})
"""Subjects of an active verb (nominal and clausal)."""

PASSIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubjpass", "csubjpass"})
"""Subjects of a passive verb (nominal and clausal)."""

SUBJECT_DEPS: frozenset[str] = ACTIVE_SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
"""Every subject label."""

NOMINAL_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
"""Nominal subjects, active or passive."""

EXPLETIVES: frozenset[str] = frozenset({"it", "there"})
"""Subject words that stand for no one ("it was reported", "there were claims")."""

EMPTY_SUBJECTS: frozenset[str] = EXPLETIVES | frozenset({"this", "that", "which", "what", "who"})
"""Subject words that name no speaker by themselves (expletives, demonstratives, relatives)."""

RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "that", "which", "whom"})
"""Words that open a relative clause."""

FINITE_VERB_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP"})
"""Tags of finite verbs (past, present third person, present other)."""

VERB_POS: frozenset[str] = frozenset({"VERB", "AUX"})
"""Universal parts of speech of verbs."""


def is_verb(token: Token) -> bool:
    """Whether ``token`` is a verb, by its universal part of speech or its Penn tag.

    Args:
        token: A parsed token.

    Returns:
        ``True`` for main verbs and auxiliaries.

    """
    return token.pos_ in VERB_POS or token.tag_.startswith("VB")


THING_PREPOSITIONS: frozenset[str] = frozenset({"with", "on", "upon", "from", "under", "in", "into"})
"""Prepositions through which a verb outside the cue lexicon takes a named thing, not words said ("the band closed
with “...”", "the judge relied on “...”"): a speech verb takes its words as an object or through "as"."""

RELATIVE_OBJECTS: frozenset[str] = frozenset({"which", "that", "whom", "who"})
"""Relative pronouns a verb may take as its object ("the storm, *which* forecasters named ‘...’")."""


def names_relative_object(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause whose object is the relative pronoun ("which its grower calls ...").

    Args:
        verb: A verb.

    Returns:
        True for a ``relcl`` verb with a relative pronoun as its object (or passive subject).

    """
    if verb.dep_ != "relcl":
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE_OBJECTS for c in verb.children)


TELLING_LEMMAS: frozenset[str] = frozenset({"tell", "assure", "inform", "remind", "warn"})
"""Verbs whose object is the one told, before what they were told ("told the BBC's Today programme ...")."""

CLAUSE_UNDER_NOUN_DEPS: frozenset[str] = frozenset({"ccomp", "relcl", "acl"})
"""Relations by which the parser may hang the told clause on the addressee noun."""


def clause_after_addressee(verb: Token, child: Token) -> Token | None:
    """The clause the parser hung on the addressee it took for a verb of telling's content.

    "Sir Keith told the BBC's Today programme the situation was dire": with no "that", the small model
    may make "programme" the clausal complement of "told" and "was" a clause under it. What was told
    is the clause whose subject follows the noun; the noun is the one told.

    Args:
        verb: A verb of telling (:data:`TELLING_LEMMAS`).
        child: Its ``ccomp`` dependent.

    Returns:
        The verb of the clause under ``child`` with its own subject after ``child``, or ``None``.

    """
    if verb.lemma_.lower() not in TELLING_LEMMAS or child.dep_ != "ccomp" or child.pos_ not in {"NOUN", "PROPN"}:
        return None
    for clause in child.rights:
        if clause.dep_ in CLAUSE_UNDER_NOUN_DEPS and is_verb(clause):
            subject = next((c for c in clause.lefts if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
            if subject is not None and subject.left_edge.i > child.i:
                return clause
    return None


def sentence_opener(token: Token) -> Token:
    """The first token of ``token``'s sentence in the parse, as ``token.sent[0]`` gives it.

    Walks back over the sentence only: spaCy's ``Token.sent`` first checks the whole document's
    sentence annotation, which costs the article's length on every call (quadratic over a long
    article's cues).

    Args:
        token: A token of a parsed document.

    Returns:
        The token that starts its sentence.

    """
    doc = token.doc
    start = token.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    return doc[start]
