"""A speech verb's "that" clause the parser hung under a noun of the verb's adjunct.

"The ministry said in a statement carried by the state news agency that talks
had failed": the small English model often reads "that talks had failed" as a
relative clause of "agency", and the verb is left with no content clause, so
``claim.ccomp`` finds nothing. A relative clause does not open with a
complementiser: "that" marked ``mark`` with a subject of its own after it is
a content clause. ``claim.stray_that`` takes it as the verb's content when the
verb has no content clause of its own and the clause hangs inside the verb's
adjuncts after it (prepositional phrases, their nouns, participles and
appositions), never across another verb of saying.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ...rules import rule
from ..attribution._cues import CueInfo, is_cue
from .frames import FRAME_CONFIDENCE, Found, _word

if TYPE_CHECKING:
    from spacy.tokens import Token

ADJUNCT_PATH: frozenset[str] = frozenset({"prep", "agent", "pobj", "acl", "appos", "npadvmod", "compound", "dobj"})
"""Relations the search for a stray clause walks down from the verb (the adjunct's phrase)."""

STRAY_DEPS: frozenset[str] = frozenset({"relcl", "acl"})
"""Relations under which the parser hangs a stray content clause."""

SUBJECTS: frozenset[str] = NOMINAL_SUBJECT_DEPS | {"expl"}
"""Subjects that show a clause has its own subject after its "that"."""

FILLERS: frozenset[str] = frozenset({"nsubjpass", "dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "aux", "auxpass"})
"""Dependents that show a clause's "that" is no relative object: a passive, another object, an auxiliary."""

PRO_OBJECTS: frozenset[str] = frozenset(
    {"so", "it", "this", "that", "nothing", "something", "anything", "little", "much"}
)
"""Objects and adverbs that are already what was said ("said so at the meeting that ..."): no stray clause then."""


def _stray_clause(token: Token, *, without_that: bool = True) -> Token | None:
    """The head of a "that" content clause hung among a noun's dependents, or ``None``.

    The clause must open with "that" and have a subject of its own after it.
    The parser may call that "that" a relative pronoun (the verb's object:
    "said at a rally in the capital that taxes would fall"); after a verb of
    saying with no content of its own it is a complementiser. With
    ``without_that``, a clause with no "that" under a medium noun counts too
    (:func:`_without_that`).
    """
    if token.dep_ not in STRAY_DEPS or token.i < token.head.i:
        return None
    opener = token.left_edge
    if opener.lower_ != "that":  # a verb of telling's clause without "that" is ``claim.told_clause``'s
        return token if without_that and _without_that(token) else None
    if opener.head.i != token.i or opener.dep_ not in {"mark", "dobj"}:
        return None
    children = list(token.children)
    if not any(c.dep_ in SUBJECTS and c.i > opener.i for c in children):
        return None
    if opener.dep_ == "mark":
        return token
    # a relative "that" object leaves a gap: no other object, no auxiliary ("the meeting that officials held")
    return token if any(c.dep_ in FILLERS and c.i != opener.i for c in children) else None


def _without_that(token: Token) -> bool:
    """Whether a relative clause with no "that" is a whole content clause ("said in a statement they were sad").

    It hangs on a medium noun (:data:`MEDIUM_NOUNS`), opens with its own subject and leaves no gap: a
    passive, an auxiliary, an object or a complement besides the subject. "the statement *they issued*"
    lacks its object: a relative clause.
    """
    if token.dep_ != "relcl" or token.head.lemma_.lower() not in MEDIUM_NOUNS:
        return False  # "the way the candidates approach the issue": no gap, but no medium either
    subject = next((c for c in token.lefts if c.dep_ in SUBJECTS), None)
    if subject is None or subject.left_edge.i != token.left_edge.i or subject.lower_ in {"who", "which", "whom"}:
        return False
    return any(c.dep_ in FILLERS - CLAUSE_FILLERS and c.i != subject.i for c in token.children)


MEDIUM_NOUNS: frozenset[str] = frozenset(
    {
        "statement", "interview", "letter", "email", "e-mail", "message", "post", "tweet", "speech", "briefing",
        "memo", "release", "note", "video", "call", "podcast", "broadcast", "address", "remarks", "filing",
        "submission", "conference", "appearance", "hearing", "op-ed", "column", "blog", "text",
    }
)  # fmt: skip
"""Nouns of the medium a verb of saying names ("said *in a statement* they were ..."): only under one may a
clause without "that" be what was said."""

CLAUSE_FILLERS: frozenset[str] = frozenset({"ccomp", "xcomp"})
"""Fillers that may be the content themselves ("a statement it issued | that the coach had left")."""
DEGREE_WORDS: frozenset[str] = frozenset({"so", "such"})
"""Words whose "that" clause is a result ("spoke so quietly that no one heard"), not what was said."""


def _that_adverbial(clause: Token) -> bool:
    """Whether a verb's adverbial clause opens with "that" and has its own subject ("... through aides that she ...").

    The parser may hang the content clause of a verb with an adjunct between them as an adverbial; a
    result clause after "so" or "such" ("said it so loudly that ...") is not one.
    """
    if clause.dep_ != "advcl" or clause.i < clause.head.i:
        return False
    opener = clause.left_edge
    if opener.lower_ != "that" or opener.dep_ != "mark" or opener.head.i != clause.i:
        return False
    if any(t.lower_ in DEGREE_WORDS for t in clause.doc[clause.head.i : opener.i]):
        return False
    return any(c.dep_ in SUBJECTS and c.i > opener.i for c in clause.children)


def _has_content(child: Token) -> bool:
    """Whether a dependent of the verb already is what was said (a clause, "so", "it", "nothing")."""
    return child.dep_ in {"ccomp", "xcomp"} or (child.dep_ in {"dobj", "advmod"} and child.lower_ in PRO_OBJECTS)


def _own_object_cue(verb: Token, noun: Token) -> bool:
    """Whether ``noun`` is the verb's object and a cue of its own ("expressed *concern* that ..."): its own frame."""
    return noun.dep_ == "dobj" and noun.head.i == verb.i and is_cue(noun) is not None


def _loose_clauses(verb: Token) -> list[Token] | None:
    """The verb's content clauses when they are only a stray clause's tail, else ``None``.

    "said in a statement that the plan would add staff, not remove wards": the
    parser may hang "not remove wards" off the verb as its clause; with no
    subject and no "that" of its own it is the rest of the stray clause.
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for clause in clauses:
        if clause.i < verb.i or any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in clause.children):
            return None
    return clauses


def find_stray_clause(verb: Token) -> Token | None:
    """The first stray "that" clause inside ``verb``'s adjuncts after it.

    Args:
        verb: A verb of saying with no content clause of its own.

    Returns:
        The clause's head, or ``None``. The walk visits each token of the
        adjuncts at most once and stops at another verb of saying.

    """
    adverbial = next((c for c in verb.rights if _that_adverbial(c)), None)
    if adverbial is not None:
        return adverbial
    queue = deque(c for c in verb.rights if c.dep_ in {"prep", "agent", "npadvmod", "dobj"})
    while queue:
        node = queue.popleft()
        found = _stray_clause(node, without_that=verb.lemma_.lower() != "tell")
        if found is not None:
            return None if _own_object_cue(verb, found.head) else found
        if node.pos_ in {"VERB", "AUX"} and is_cue(node) is not None:
            continue  # another report's own words
        queue.extend(c for c in node.children if c.dep_ in ADJUNCT_PATH | STRAY_DEPS)
    return None


MAKING_KNOWN: frozenset[str] = frozenset({"let", "make"})
"""Verbs with which "known" puts words about ("let it be known", "made it known")."""


def made_known(token: Token) -> bool:
    """Whether ``token`` is "known" in "let it be known" or "made it known": a statement put about, not knowledge.

    Session 18 (suite ``reported_speech7``): "The minister let it be known through aides that she would
    not stand": the adjunct makes the parser hang the "that" clause under "aides", as after "said".
    """
    if token.lemma_.lower() != "know" or token.tag_ != "VBN" or token.head.lemma_.lower() not in MAKING_KNOWN:
        return False
    return any(c.lower_ == "it" and c.i < token.i for c in (*token.children, *token.head.children))


@rule("claim.stray_that", stage="claims", order=498, confidence=FRAME_CONFIDENCE["ccomp"])
def stray_that(cue: CueInfo) -> Found | None:
    """A verb of saying's "that" clause the parser hung under a noun of its adjunct ("said at a rally that ...")."""
    word = _word(cue)
    if word is None or not (word.cls == "speech" or made_known(cue.token)) or not word.takes("ccomp"):
        return None
    token = cue.token
    loose = _loose_clauses(token)
    if loose is None or any(_has_content(c) and c.dep_ != "ccomp" for c in token.children):
        return None
    clause = find_stray_clause(token)
    if clause is None or any(c.i < clause.i for c in loose):
        return None
    last = max([clause.right_edge.i] + [c.right_edge.i for c in loose])
    return Found(tuple(token.doc[clause.left_edge.i : last + 1]))
