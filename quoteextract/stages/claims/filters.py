"""The "no claim when ..." checks: registered rules of stage ``"claim_filters"``.

A filter is a function ``drop(candidate: Candidate) -> bool``: ``True`` drops
the candidate claim. Every active filter sees every candidate (a frame's
claim or a "Label: words" claim); a candidate is kept only when none drops
it, so the order of filters does not change the result (it is the order they
are listed in).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import attrs

from ..._model import Cue, Mention, Span
from ...lang.en.syntax import EXPLETIVES, is_verb
from ...rules import rule
from ..attribution._cues import CueInfo, is_cue
from ._tokens import subject_of, words_of
from .rejected import NO_REJECTIONS, Rejected

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

NEEDS_SPEAKER: frozenset[str] = frozenset({"claim.colon", "claim.parataxis", "claim.dobj"})
"""Frames that are rarely an attribution when no source is named ("..., it would seem.",
"criticising the plan" with no one criticising: a third of such objects are claims on train)."""

MIN_CONFIDENCE = 0.2
"""Claims below this confidence are dropped."""

TIME_ENTITIES: frozenset[str] = frozenset({"DATE", "TIME"})
"""Entity types that say when, never what ("spoke Monday")."""

MAX_MODIFIER_WORDS = 2
"""Longest content that may be a bare adjective or adverb phrase rather than a claim ("clear", "much more")."""

MODIFIER_POS: frozenset[str] = frozenset({"ADJ", "ADV"})
"""Parts of speech of a bare modifier ("laid bare", "said more")."""

ATTRIBUTION_DEPS: frozenset[str] = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "npadvmod", "punct", "cc", "mark", "prt"}
)
"""Dependents of a cue verb that make up a bare attribution ("the paper reported Tuesday")."""

SECOND_PERSON: frozenset[str] = frozenset({"you", "ya", "y'all"})
"""Subjects that address the listener rather than name a source."""

CLOSING_CHARS = "\"'”’»)] \n"
"""Characters that may follow a question mark at a sentence end."""


def _sorted_regions(regions: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(sorted(regions))


@attrs.frozen
class Quoted:
    """The outermost quotations of an article as sorted regions, for logarithmic look-ups.

    Args:
        regions: ``(start, end)`` of each outermost quotation, marks included, sorted.

    .. versionadded:: 0.2.0

    """

    regions: tuple[tuple[int, int], ...] = attrs.field(converter=_sorted_regions)
    _starts: tuple[int, ...] = attrs.field(init=False, repr=False)
    _reach: tuple[int, ...] = attrs.field(init=False, repr=False)
    _union: tuple[tuple[int, int], ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        reach: list[int] = []
        union: list[tuple[int, int]] = []
        for start, end in self.regions:
            reach.append(max(end, reach[-1]) if reach else end)
            if union and start <= union[-1][1]:
                union[-1] = (union[-1][0], max(union[-1][1], end))
            elif start < end:
                union.append((start, end))
        object.__setattr__(self, "_starts", tuple(start for start, _ in self.regions))
        object.__setattr__(self, "_reach", tuple(reach))
        object.__setattr__(self, "_union", tuple(union))

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a quotation (marks included)."""
        i = bisect.bisect_right(self._union, (offset, float("inf"))) - 1
        return i >= 0 and self._union[i][0] <= offset < self._union[i][1]

    def wholly(self, content: Span) -> bool:
        """Whether ``content`` is one quotation, marks included (a direct quote, not a claim)."""
        length = content.end - content.start
        i = bisect.bisect_right(self._starts, content.start + 1) - 1
        while i >= 0 and self._reach[i] >= content.end - 1:
            start, end = self.regions[i]
            if end >= content.end - 1 and end - start >= 0.8 * length:
                return True
            i -= 1
        return False


@attrs.frozen
class Candidate:
    """A claim before the filters: what a frame (or a "Label:" line) found, and where.

    Args:
        info: The cue as found in the parse, or ``None`` for a "Label: words" claim.
        cue: The cue's words with their lexicon entry (the colon of a "Label:" claim).
        tokens: The content tokens the frame found (empty for a "Label:" claim).
        rule: The rule name the claim is reported under (``"claim.ccomp"``).
        content: The content's characters.
        mention: The source's mention as the parse shows it (possibly
            empty), or ``None`` when the cue names no source.
        confidence: The claim's confidence so far.
        quoted: The article's quotations.
        rejected: The quote-mark pairs the attribution stage rejected
            (:mod:`.rejected`).

    .. versionadded:: 0.2.0

    """

    info: CueInfo | None
    cue: Cue
    tokens: tuple[Token, ...]
    rule: str
    content: Span
    mention: Mention | None
    confidence: float
    quoted: Quoted
    rejected: Rejected = NO_REJECTIONS


@rule("claim_filter.cue_in_quotes", stage="claim_filters", order=100)
def cue_in_quotes(candidate: Candidate) -> bool:
    """Drops a claim whose cue is inside quote marks (the quotation reports it, not the cue)."""
    return candidate.info is not None and candidate.quoted.holds(candidate.info.token.idx)


@rule("claim_filter.only_when", stage="claim_filters", order=200)
def only_when(candidate: Candidate) -> bool:
    """Drops a claim whose content is only a date or time ("talked Monday": when, not what)."""
    words = words_of(candidate.tokens)
    return bool(words) and all(t.ent_type_ in TIME_ENTITIES for t in words)


@rule("claim_filter.bare_modifier", stage="claim_filters", order=300)
def bare_modifier(candidate: Candidate) -> bool:
    """Drops a content of one or two words headed by an adjective or adverb ("laid bare", "said more")."""
    words = words_of(candidate.tokens)
    if not words or len(words) > MAX_MODIFIER_WORDS:
        return False
    ids = {t.i for t in words}
    root = next((t for t in words if t.head.i not in ids or t.head.i == t.i), words[0])
    return root.pos_ in MODIFIER_POS


@rule("claim_filter.bare_attribution", stage="claim_filters", order=400)
def bare_attribution(candidate: Candidate) -> bool:
    """Drops a closing cue's host that is only another attribution ("..., she noted, he added").

    A host with a modal ("The company will comment later, a spokesman said", "She would testify, her lawyer
    said") says what someone will do: it is the claim, not an attribution.
    """
    if candidate.rule != "claim.parataxis":
        return False
    ids = {t.i for t in candidate.tokens}
    roots = [t for t in candidate.tokens if t.head.i not in ids or t.head.i == t.i]
    words = words_of(roots)
    if len(words) != 1:
        return False
    root = words[0]
    if not is_verb(root) or is_cue(root) is None:
        return False
    if _is_a_claim(root, ids):
        return False
    return all(c.dep_ in ATTRIBUTION_DEPS or (c.dep_ == "prep" and c.i < root.i) for c in root.children if c.i in ids)


def _is_a_claim(root: Token, ids: set[int]) -> bool:
    """Whether a host whose only verb is a cue still says something: a passive clause, or a modal one.

    "two more cases were confirmed overnight, they added" (passive) and "She will testify, her lawyer said"
    (a forecast of speech, session 14) are claims, not attributions.
    """
    for child in root.children:
        if child.i not in ids:
            continue
        if child.dep_ == "nsubjpass" and child.lower_ not in EXPLETIVES:
            return True
        if child.dep_ == "aux" and child.tag_ == "MD":
            return True
    return False


@rule("claim_filter.asks_the_reader", stage="claim_filters", order=500)
def asks_the_reader(candidate: Candidate) -> bool:
    """Drops a cue asked of the one addressed ("Do you support the plan?": a question, no claim)."""
    if candidate.info is None:
        return False
    verb = candidate.info.token
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in SECOND_PERSON:
        return False
    return verb.sent.text.rstrip().rstrip(CLOSING_CHARS).endswith("?")


@rule("claim_filter.needs_speaker", stage="claim_filters", order=600)
def needs_speaker(candidate: Candidate) -> bool:
    """Drops a claim without a named source from a frame that needs one, or whose content is only a name."""
    if candidate.mention is not None:
        return False
    if candidate.rule in NEEDS_SPEAKER:
        return True  # "..., it would seem.", "criticising the plan" with no one criticising
    words = words_of(candidate.tokens)
    return bool(words) and all(t.ent_type_ == "PERSON" for t in words)  # "talk about Maria Lopez": a topic


@rule("claim_filter.low_confidence", stage="claim_filters", order=700)
def low_confidence(candidate: Candidate) -> bool:
    """Drops a claim whose confidence is below MIN_CONFIDENCE (weak cue, weak frame, no source)."""
    return candidate.confidence < MIN_CONFIDENCE


@rule("claim_filter.wholly_quoted", stage="claim_filters", order=800)
def wholly_quoted(candidate: Candidate) -> bool:
    """Drops a content that is one quotation, marks included (a direct quotation, not a claim)."""
    return candidate.quoted.wholly(candidate.content)


__all__ = ["MIN_CONFIDENCE", "NEEDS_SPEAKER", "Candidate", "Quoted"]
