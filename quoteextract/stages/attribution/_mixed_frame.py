"""The frame of a quoted fragment and the walk up the parse to the cue verb that reports it.

Shared by the ``"mixed"`` rules (:mod:`._mixed`, :mod:`._mixed_verbs`): the
:class:`Frame` each returns, how sure each rule is, and
:func:`governing_cue`, the nearest cue verb above a fragment (or the outer
cue it stands for).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import attrs

from ...lang.en.syntax import SUBJECT_DEPS
from ._context import Setting, tokens_in
from ._mention import quote_cue
from ._verbs import reporting_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..._model import Mention, Span
    from ._cues import CueInfo

REPORTED_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "conj"})
"""Labels through which a cue is part of what an outer cue reports."""

MAX_OUTER_HOPS = 2
"""How far above a cue an outer speech cue may be."""

MAX_HOPS = 8
"""Longest path (in dependency arcs) from a fragment up to its cue."""

CONFIDENCE: dict[str, float] = {
    "mixed.complement": 0.8,
    "mixed.according_to": 0.7,
    "mixed.parenthetical": 0.7,
    "mixed.verb": 0.5,
    "mixed.detached": 0.6,
}
"""How sure each rule is."""


@attrs.frozen
class Frame:
    """The reporting clause a fragment sits in.

    Args:
        cue: The cue.
        content: The reported words (the complement holding the fragment).
        speaker: The speaker mention, if any.
        rule: The rule's name.

    """

    cue: CueInfo
    content: Span
    speaker: Mention | None
    rule: str


def attachments(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The fragment's tokens whose head lies outside ``[start, end)``."""
    return [t for t in tokens if not t.is_punct and (not (start <= t.head.idx < end) or t.head.i == t.i)]


def governing_cue(
    doc: Doc, start: int, end: int, bounds: tuple[int, int] | None = None
) -> tuple[CueInfo, Token] | None:
    """The cue verb above the words in ``[start, end)``, and its child on the path.

    The nearest cue verb on the path up from the fragment is taken; when it
    has no subject of its own it stands for a higher cue, whose source is
    the outer one ("The mayor says she will call the contractor and tell him “no more
    delays”" is reported through "says").

    Args:
        doc: The parsed article.
        start: The fragment's first offset.
        end: Offset one past its end.
        bounds: The stretch of text the cue must lie in (the fragment's
            paragraphs); the whole text when ``None``.

    Returns:
        ``(cue, child)`` where ``child`` is the cue's dependent whose
        subtree holds the fragment, or ``None``.

    """
    tokens = tokens_in(doc, start, end)
    if not tokens:
        return None
    best: tuple[int, CueInfo, Token] | None = None
    for token in attachments(tokens, start, end):
        found = _outermost_cue(token, start, end, bounds or (0, sys.maxsize))
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else (best[1], best[2])


def beyond(token: Token, bounds: tuple[int, int]) -> bool:
    """Whether a token lies outside the fragment's paragraph(s)."""
    return not (bounds[0] <= token.idx < bounds[1])


def _outermost_cue(token: Token, start: int, end: int, bounds: tuple[int, int]) -> tuple[int, CueInfo, Token] | None:
    """Walk up from ``token``; the outermost cue verb on the way, with hops to the nearest."""
    child, node, hops = token, token.head, 1
    found: tuple[int, CueInfo, Token] | None = None
    while node.i != child.i and hops <= MAX_HOPS:
        if not (start <= node.idx < end) and not beyond(node, bounds):
            info = quote_cue(node)
            if info is not None and info.kind == "verb" and child.dep_ not in SUBJECT_DEPS:
                found = (found[0] if found else hops, info, child)
                if not _reported_by_outer_cue(node) and _stands_alone(node):
                    break  # a cue with its own subject, a participle, or one of two coordinated cues
        elif beyond(node, bounds):
            break
        if node.head.i == node.i:
            break
        child, node, hops = node, node.head, hops + 1
    return found


def _stands_alone(node: Token) -> bool:
    """Whether a cue verb reports for itself: it has a subject, is a participle, or is coordinated with a cue.

    A cue the parser hung inside another cue's content in that cue's tense ("said the firm would cut prices, and
    told analysts that ...": :func:`._verbs.reporting_cue`) is coordinated with that cue: a second report.
    """
    if _has_subject(node) or node.tag_ == "VBG":
        return True
    return node.dep_ == "conj" and (quote_cue(node.head) is not None or reporting_cue(node) is not None)


def _reported_by_outer_cue(verb: Token) -> bool:
    """Whether a cue is itself the reported clause of a speech cue above it ("says he believes")."""
    node = verb
    for hop in range(MAX_OUTER_HOPS):
        if node.dep_ not in REPORTED_DEPS or node.head.i == node.i:
            return False
        if hop == 0 and node.dep_ == "conj" and (quote_cue(node.head) is not None or reporting_cue(node) is not None):
            return False  # "said A and called B": two reports side by side, not one inside the other
        node = node.head
        outer = quote_cue(node)
        if outer is not None and outer.kind == "verb" and outer.cls == "speech":
            return True
    return False


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject or passive agent of its own."""
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in verb.children)


def fragment_bounds(setting: Setting) -> tuple[int, int]:
    """The stretch of text a fragment's cue must lie in: its paragraph(s)."""
    return (setting.para.start, setting.last_para.end)
