"""A report in an "as" clause names the clause it is attached to (session 9).

"The factory will close in June, as announced by the company last week", "The project is over budget, as
auditors revealed on Tuesday", "As the regulator disclosed last month, four hospitals failed": a reporting verb
in an adverbial clause opened by "as", with no object or content of its own, reports the clause it hangs off;
its subject or its passive agent is the source. The "as" clause has a gap where its content would be ("as [it
was] announced", "as auditors revealed [it]"), which is what tells it from a time clause with a report in it
("As she announced her retirement, the crowd stood", "as the crowd called for calm": the verb has its own
object or content), and the verb must be one that reports a clause and takes an object ("as she talks", "as
he replied": times). A report without a named source ("as announced last week", "as previously reported") gives
no claim: it is the reporter's reference to earlier news, not a source's words.

Registered frame of stage ``"claims"``: ``claim.as_reported``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import EXPLETIVES
from ...rules import rule
from ._tokens import is_clause
from .complements import TIME_ENTITIES
from .frames import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

AS_CONFIDENCE = 0.85
"""Confidence of an "as X announced" claim (as a closing attribution's)."""

OWN_CONTENT_DEPS: frozenset[str] = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "acomp"})
"""Dependents that give the verb of an "as" clause a content of its own ("As she announced *her retirement*")."""

SCENE_PREPS: frozenset[str] = frozenset({"in", "at", "during"})
"""Prepositions of the "as" verb that only say where or when it was said ("as confirmed *in* Parliament")."""

LEAD_DEPS: frozenset[str] = frozenset({"cc", "advmod"})
"""Words before a fronted "as" clause that open the sentence, not the content ("*And*, as X reported, ...")."""

REPORT_CLASSES: frozenset[str] = frozenset({"speech", "belief"})
"""Cue classes whose "as" clause reports its host ("as announced by X", "as analysts had predicted"); evidence verbs
are left out: "as shown by the party's support for it", "as previous campaigns have demonstrated" name no source."""


def _agent_noun(children: list[Token]) -> Token | None:
    """The noun of a verb's passive agent ("by *the company*"), if it has one."""
    agent = next((c for c in children if c.dep_ == "agent"), None)
    return None if agent is None else next((g for g in agent.children if g.dep_ == "pobj"), None)


def _source(token: Token) -> Token | None:
    """The source of the gapped clause: an active verb's subject, or a passive verb's agent (never its subject)."""
    children = list(token.children)
    deps = {c.dep_ for c in children}
    if "nsubjpass" in deps:
        return None  # "as he was discovered": the passive subject fills the gap
    if "auxpass" in deps or "agent" in deps:
        return _agent_noun(children)  # "as announced by the company", "as was confirmed by the club"
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < token.i), None)
    return None if subject is None or subject.lower_ in EXPLETIVES else subject


def _scene_prep(prep: Token) -> bool:
    """Whether a preposition of the verb only sets the scene ("in Parliament", "at the meeting", "on Tuesday")."""
    if prep.lower_ in SCENE_PREPS:
        return True
    return any(g.dep_ == "pobj" and g.ent_type_ in TIME_ENTITIES for g in prep.children)


def _gapped_as_clause(token: Token) -> bool:
    """Whether ``token`` heads an "as" adverbial clause with nothing in the place of its object."""
    if token.dep_ != "advcl" or token.head.i == token.i or not is_clause(token.head):
        return False
    mark = next((c for c in token.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ != "as" or mark.i != token.left_edge.i:
        return False
    for child in token.children:
        if child.dep_ in OWN_CONTENT_DEPS or child.dep_ == "prt":
            return False
        if child.dep_ == "prep" and not _scene_prep(child):
            return False  # "as they talked over dinner", "as she joked with a friend": a scene, not a source
    return True


@rule("claim.as_reported", stage="claims", order=460, confidence=AS_CONFIDENCE)
def as_reported(cue: CueInfo) -> Found | None:
    """A report in an "as" clause names its host ("X will close, as announced by the company")."""
    word = cue.word
    if cue.phrase is not None or word is None or word.pos != "verb" or word.cls not in REPORT_CLASSES:
        return None
    if not word.takes("ccomp") or not (word.takes("dobj") or word.takes("passive")):
        return None  # the gap is a reported clause's: "as he replied", "as she talks" are times, not sources
    token = cue.token
    if not _gapped_as_clause(token) or _source(token) is None:
        return None
    return _found(_host_without(token))


def _host_without(clause: Token) -> list[Token]:
    """The clause the "as" clause hangs off, without it; the whole clause when the "as" clause is inside it."""
    head = clause.head
    cut_left, cut_right = clause.left_edge.i, clause.right_edge.i
    before = [t for t in head.subtree if t.i < cut_left]
    after = [t for t in head.subtree if t.i > cut_right]
    while before and (before[-1].is_punct or before[-1].is_space):
        before.pop()
    while after and (after[0].is_punct or after[0].is_space):
        after.pop(0)
    lead = [t for t in before if not (t.is_punct or t.dep_ in LEAD_DEPS)]
    if lead and after and any(not t.is_punct for t in after):
        return list(head.subtree)  # "The project, as auditors revealed, is over budget": one clause around it
    return after if not lead else before


def _found(tokens: list[Token]) -> Found | None:
    """The content, or ``None`` when nothing but punctuation is left."""
    return Found(tokens) if any(not t.is_punct for t in tokens) else None


__all__ = ["as_reported"]
