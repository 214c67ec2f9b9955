"""Relay phrases at the edges of a claim's content belong to its chain of sources, not to its words.

"According to a letter from the union, as reported by the Norbury Post, staff
will strike": the content is "staff will strike"; "as reported by the Norbury
Post" is a link of the chain. The same for a leading "citing two engineers,
that ..." and a trailing ", according to three people close to him".
:func:`drop_relays` takes them off the content's tokens before its characters
are worked out (:func:`~quoteextract.stages.claims.trim.char_span`); the
sources stage reads them from the attribution text.

The filter ``claim_filter.relay_host`` drops the claim an "according to X"
frame makes of the outlet's own reporting clause ("..., according to three
people close to him, the Times reported on Sunday": the claim is what comes
before, the Times its outer link).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en._outlets import is_outlet_name, outlet_noun
from ...lang.en.syntax import is_verb
from ...rules import rule
from ..attribution._cues import CueInfo, is_cue
from .filters import ATTRIBUTION_DEPS, Candidate

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from .frames import Found

RELAY_WORDS: frozenset[str] = frozenset({"according", "citing", "quoting", "reported"})
"""Words that head a relay phrase ("according to X", "citing X", "as reported by X")."""

LEADING_FILLERS: frozenset[str] = frozenset({"as", "first", "also", "previously", "originally"})
"""Words that may open a relay phrase before its head word ("as first reported by X")."""

RELAY_PARTICIPLES: frozenset[str] = frozenset({"citing", "quoting"})
"""Participles through which an outlet names the source it relays."""

SEPARATORS: frozenset[str] = frozenset({",", "—", "–", "--"})
"""Punctuation that closes a leading relay phrase or opens a trailing one."""

FRAME_NOUNS: frozenset[str] = frozenset(
    {"statement", "release", "interview", "letter", "speech", "post", "tweet", "email", "message", "video"}
)
"""Nouns of the form a statement took: "in a statement carried by X" frames the cue ("..., in a statement")."""


def _relay_head(tokens: Sequence[Token], k: int) -> Token | None:
    """The relay word opening at ``tokens[k]`` ("according", "citing", "as reported by"), if any."""
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j].lower_ in LEADING_FILLERS:
        j += 1
    if j >= len(tokens):
        return None
    if j == k and _frame_phrase(tokens[j]):
        return tokens[j]
    if tokens[j].lower_ not in RELAY_WORDS:
        return None
    head = tokens[j]
    if head.lower_ == "reported" and (j == k or not any(c.lower_ in {"by", "in"} for c in head.children)):
        return None  # "Y reported" is an attribution of its own, not a relay phrase
    if head.lower_ == "according" and not (j + 1 < len(tokens) and tokens[j + 1].lower_ == "to"):
        return None
    return head


def _frame_phrase(token: Token) -> bool:
    """Whether ``token`` opens "in a statement", "in an interview" ...: the form the words took, a frame of the cue."""
    if token.lower_ != "in" or token.dep_ != "prep":
        return False
    noun = next((c for c in token.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.lemma_.lower() in FRAME_NOUNS


def _phrase_end(tokens: Sequence[Token], k: int, head: Token) -> int:
    """Index in ``tokens`` of the last token of the relay phrase opening at ``k`` (its head's subtree)."""
    last = max(head.right_edge.i, head.i + 1)
    end = k
    while end + 1 < len(tokens) and tokens[end + 1].i <= last:
        end += 1
    while end > k and tokens[end].is_punct:  # a comma the parse hangs inside the phrase closes it
        end -= 1
    return end


def _leading(tokens: Sequence[Token]) -> int:
    """How many tokens a leading relay phrase and its separator take ("citing two engineers, ...")."""
    k = 0
    while k < len(tokens) and (tokens[k].is_punct or tokens[k].is_space):
        k += 1
    head = _relay_head(tokens, k)
    if head is None:
        return 0
    end = _phrase_end(tokens, k, head)
    if end + 2 < len(tokens) and tokens[end + 1].text in SEPARATORS:
        return end + 2
    return 0


def _trailing(tokens: Sequence[Token]) -> int:
    """Where the trailing relay phrases start (the first one's separator), or ``len(tokens)`` when there are none.

    Relays may follow each other ("..., according to a statement from X, as
    reported by Y."): each is taken off in turn, from the end.
    """
    end = len(tokens)
    cut = _last_relay(tokens, end)
    while cut < end:
        end = cut
        cut = _last_relay(tokens, end)
    return end


def _last_relay(tokens: Sequence[Token], stop: int) -> int:
    """Where a relay phrase closing ``tokens[:stop]`` starts (its separator), or ``stop`` when none does."""
    for k in range(stop - 2, 0, -1):
        if tokens[k].text not in SEPARATORS:
            continue
        head = _relay_head(tokens, k + 1)
        if head is None:
            continue
        end = _phrase_end(tokens, k + 1, head)
        if end < stop and all(t.is_punct or t.is_space for t in tokens[end + 1 : stop]):
            return k
        return stop
    return stop


def _foreign_clause(tokens: Sequence[Token]) -> int:
    """Where a clause the parse hangs under a relay participle starts ("citing X, [that ...]"), else the end.

    In "The Star reported, citing two engineers, that the bridge was cracked"
    the parser may attach the "that" clause to "citing"; it is the report's
    content (``claim.relay_complement``), not part of the words cited.
    """
    ids = {t.i for t in tokens}
    for k, token in enumerate(tokens):
        if token.dep_ == "ccomp" and token.head.lower_ in RELAY_PARTICIPLES and token.head.i not in ids:
            start = token.left_edge.i
            cut = next((j for j, t in enumerate(tokens) if t.i >= start), k)
            while cut > 0 and tokens[cut - 1].text in SEPARATORS:
                cut -= 1
            return cut
    return len(tokens)


def drop_relays(tokens: Sequence[Token]) -> list[Token]:
    """The content's tokens without a relay phrase at either edge.

    Args:
        tokens: The content tokens, in text order.

    Returns:
        The tokens without a leading "as reported by Y," / "citing X," /
        "according to X," and a trailing ", according to X" / ", citing X" /
        ", as reported by Y"; unchanged when nothing would be left.

    """
    ordered = sorted(tokens, key=lambda t: t.i)
    start = _leading(ordered)
    end = min(_trailing(ordered), _foreign_clause(ordered))
    kept = ordered[start:end] if start < end else ordered
    return kept if any(not (t.is_punct or t.is_space) for t in kept) else ordered


@rule("claim_filter.relay_host", stage="claim_filters", order=450)
def relay_host(candidate: Candidate) -> bool:
    """Drops an "according to X" claim that is only an outlet's reporting clause ("..., the Times reported")."""
    if candidate.rule != "claim.according_to" or not candidate.tokens:
        return False
    ids = {t.i for t in candidate.tokens}
    roots = [t for t in candidate.tokens if t.head.i not in ids or t.head.i == t.i]
    if len(roots) != 1 or not is_verb(roots[0]) or is_cue(roots[0]) is None:
        return False
    root = roots[0]
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i in ids), None)
    if subject is None:
        return False
    words = subject.doc[subject.left_edge.i : subject.right_edge.i + 1].text  # not doc.text: the whole article
    if not (is_outlet_name(words) or outlet_noun(words)):
        return False  # only an outlet's reporting clause relays the source before it
    return all(c.dep_ in ATTRIBUTION_DEPS or c.dep_ == "prep" for c in root.children if c.i in ids)


@rule("claim.relay_complement", stage="claims", order=495, confidence=0.9)
def relay_complement(cue: CueInfo) -> Found | None:
    """A report's content clause parsed under its relay ("Y reported, citing X, that ..."): the report's content."""
    from .frames import Found  # here: frames imports this module's importers

    token = cue.token
    if not is_verb(token):
        return None
    for child in token.children:
        if child.i > token.i and child.dep_ in {"advcl", "xcomp", "conj"} and child.lower_ in RELAY_PARTICIPLES:
            clauses = [c for c in child.children if c.dep_ == "ccomp" and c.i > child.i]
            if clauses:
                return Found(tuple(clauses[0].subtree))
    return None
