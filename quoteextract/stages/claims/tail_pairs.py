"""Two closing attributions in one sentence: each reports only the words since the one before (session 8).

"The outbreak is under control, health officials said on Tuesday, though two more cases were confirmed
overnight, they added." The closing "they added" reports what comes after the first attribution, not the
whole sentence before its comma (which holds "health officials said" and its claim, so the first claim was
dropped as nested in the second). :func:`~quoteextract.stages.claims.content.tail_attribution` asks
:func:`after_earlier_attribution` where its content starts.

The same holds for an attribution in the middle of a sentence followed by "and"/"but" and a clause with a
subject of its own ("Prices rose, the bank said, and wages fell", "..., according to officials, and two
houses collapsed": :func:`new_clause_first`), and for a source phrase that closes a sentence already holding
the same phrase ("A, according to X, and B, according to Y": :func:`same_phrase_before`).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..attribution._cues import is_cue
from ._tokens import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..attribution._cues import CueInfo

BREAKS: frozenset[str] = frozenset({",", "—", "–", ";"})
"""Punctuation around a closing attribution in the middle of a sentence."""

LINK_WORDS: frozenset[str] = frozenset({"and", "but", "though", "although", "while", "whereas", "yet"})
"""Words that join the next claim to the attribution before it ("..., officials said, *though* ...")."""


def _closing_cue(verb: Token, start: int) -> bool:
    """Whether ``verb`` is a speech cue closing a claim: its own subject right after a break, no clause after it."""
    info = is_cue(verb)
    if info is None or info.word is None or info.word.cls != "speech":
        return False
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i or subject.dep_ != "nsubj":
        return False
    opening = subject.left_edge.i - 1
    if opening <= start or verb.doc[opening].text not in BREAKS:
        return False
    return not any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i for c in verb.children)


def after_earlier_attribution(before: list[Token]) -> list[Token]:
    """The words of ``before`` after the last closing attribution inside it, or all of them.

    Args:
        before: The words before a closing attribution's comma, in order.

    Returns:
        A suffix of ``before``: after the break that ends an earlier closing attribution ("..., officials
        said on Tuesday, though"), without the joining word; ``before`` itself when there is none, or
        when nothing would be left.

    """
    if len(before) < 4:
        return before
    start = before[0].i
    for k in range(len(before) - 2, 0, -1):
        verb = before[k]
        if not _closing_cue(verb, start):
            continue
        end = next((j for j in range(k + 1, len(before)) if before[j].text in BREAKS), None)
        if end is None:
            return before
        rest = before[end + 1 :]
        while rest and (rest[0].lower_ in LINK_WORDS or rest[0].is_punct):
            rest = rest[1:]
        return rest if any(not t.is_punct for t in rest) else before
    return before


def same_phrase_before(cue: CueInfo, start: int) -> bool:
    """Whether the sentence holds the same source phrase earlier ("A, according to X, and B, according to Y").

    Each phrase then reports only the clause it hangs off, not the whole sentence before it.
    """
    words = [t.lower_ for t in cue.span]
    doc = cue.token.doc
    for token in doc[start : cue.token.i]:
        if token.lower_ == words[0] and [t.lower_ for t in doc[token.i : token.i + len(words)]] == words:
            return True
    return False


def new_clause_first(head: Token, after: list[Token]) -> bool:
    """Whether the words after a mid-sentence attribution open with "and"/"but" and a clause of their own."""
    word = next((t for t in after if not t.is_punct and not t.is_space), None)
    return word is not None and word.dep_ == "cc" and word.head.i == head.i and new_clause_after(head, word)


def new_clause_after(head: Token, cc: Token) -> bool:
    """Whether the verb coordinated with ``head`` after ``cc`` has a subject of its own ("and schools were shut")."""
    verb = next((c for c in head.rights if c.dep_ == "conj" and c.i > cc.i), None)
    if verb is None:
        return False
    # the subject may hang on the verb's auxiliary ("but the cause *is* not yet known")
    return any(t.dep_ in {"nsubj", "nsubjpass", "expl"} and cc.i < t.i < verb.i for t in verb.subtree)


__all__ = ["after_earlier_attribution", "new_clause_after", "new_clause_first", "same_phrase_before"]
