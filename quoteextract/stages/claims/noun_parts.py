"""Nouns the parser puts in the wrong place around a cue (session 18, suite ``reported_speech7``).

- A label after an object, parsed as an adverbial noun or a second object: "branded it *a
  disgrace*", "branded him *a traitor*" (:func:`label`).
- A speech noun's "that" clause hung on the relative clause about the noun: "stood by a claim
  he made on Tuesday *that the deficit had been halved*" (:func:`relative_clause`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..attribution._cues import is_cue
from ._tokens import has_mark, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...lang.en._lexicon import CueWord

LABEL_DEPS: frozenset[str] = frozenset({"npadvmod", "dobj"})
"""Relations under which the parser hangs a label after the object ("branded it [a disgrace]")."""

INDEFINITE: frozenset[str] = frozenset({"a", "an"})
"""Articles that open a label ("a disgrace", "an insult"); "this week" is a time."""


def label(noun: Token, obj: Token) -> bool:
    """Whether a noun right after the object is a label for it ("branded it a disgrace").

    Args:
        noun: A dependent of the cue after its object.
        obj: The cue's object.

    Returns:
        ``True`` for a noun parsed as an adverbial noun or a second object that opens right after
        the object with "a" or "an"; an appositive after a comma ("the treaty, a deal signed in
        2019") or a time ("this week") is none.

    """
    if noun.dep_ not in LABEL_DEPS or noun.pos_ != "NOUN" or noun.left_edge.i != obj.right_edge.i + 1:
        return False
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def relative_clause(token: Token, word: CueWord) -> list[Token] | None:
    """The "that" clause of a nominal cue that the parser hung on the relative clause about it.

    "stood by a claim he made on Tuesday that the deficit had been halved", "withdrew a promise it
    gave in May that bonuses would be capped": the relative clause's verb ("made", "gave") has the
    noun as its missing object, so a "that" clause after it is the noun's content.

    Args:
        token: A nominal cue.
        word: Its lexicon entry.

    Returns:
        The clause's tokens, or ``None``.

    """
    if not word.takes("acl"):
        return None
    for relcl in token.rights:
        if relcl.dep_ != "relcl" or subject_of(relcl) is None or any(c.dep_ == "dobj" for c in relcl.children):
            continue
        if is_cue(relcl) is not None:
            continue  # "the claim he denied that ...": the relative verb is a report of its own
        for clause in relcl.rights:
            if clause.dep_ == "ccomp" and has_mark(clause, {"that"}):
                return list(clause.subtree)
    return None
