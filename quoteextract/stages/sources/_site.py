"""What a ``sources`` rule reads and returns, and how the rules are registered with their scope.

A rule of stage ``sources`` is a short function that returns the links it
finds (:class:`Proposal`); the stage adds them to the claim's chain in rule
order. Each rule has a *scope*, saying what it reads:

- ``claim``: one claim (:class:`ClaimSite`), once;
- ``segment``: one stretch of the claim's attribution text (:class:`SegmentSite`),
  once per stretch; consecutive segment rules run stretch by stretch;
- ``article``: every claim at once (a list of :class:`ClaimSite`), returning
  ``(claim index, proposal)`` pairs, after the claims' own rules.

A rule registered with :func:`quoteextract.rules.rule` for stage ``sources``
without :func:`source_rule` has the ``claim`` scope.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, TypeVar

from ..._model import Quotation, SourceLink, Span
from ...rules import rule
from ._outlets import outlet_found, own_platform
from ._patterns import PATTERNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ._chain import Chain
    from ._index import Found, MentionIndex

Scope = Literal["claim", "segment", "article"]
"""What a ``sources`` rule reads (see the module docstring)."""

SCOPES: dict[str, Scope] = {}
"""The scope of every built-in ``sources`` rule, by rule name."""

F = TypeVar("F", bound=Callable[..., object])


def source_rule(name: str, *, order: int, scope: Scope = "claim", default: bool = True) -> Callable[[F], F]:
    """Register a rule of stage ``sources`` with its scope.

    Args:
        name: Unique dotted name of the rule.
        order: Position within the stage: lower runs first.
        scope: ``claim``, ``segment`` or ``article``.
        default: Whether extractors run it unless told not to.

    Returns:
        A decorator that registers the function and returns it unchanged.

    """

    def register(func: F) -> F:
        SCOPES[name] = scope
        return rule(name, stage="sources", order=order, default=default)(func)

    return register


_SHOWING_NOUNS = frozenset({"video", "post", "posting", "tweet", "interview", "message"})
"""Media whose "of" names what they show or hold ("a video of the crash"), never their maker."""

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""Named-entity labels of places: "a statement from Kyiv" says where it was made."""

_PLACE_WORDS = re.compile(
    r"(?:(?:his|her|their|its|the)\s+)?(?:home|house|hospital|hospital\s+bed|prison|jail|cell|office|car|hotel)\b",
    re.IGNORECASE,
)
"""Places a medium is sent "from" ("a message from his hospital bed", "a letter from prison")."""


@dataclass(frozen=True)
class Proposal:
    """A link a rule found, and where it goes in the chain.

    Args:
        link: The link.
        rank: Its place in the chain when not its relation's (``RANK``).
        replace: Whether it replaces any earlier link for the same entity.

    """

    link: SourceLink
    rank: int | None = None
    replace: bool = False


@dataclass(frozen=True)
class ClaimSite:
    """One claim and what the ``sources`` rules read about it.

    Args:
        doc: The parsed article.
        index: The entities' mentions.
        quote: The claim (its speaker resolved).
        chain: The links found so far (read it; rules return new links).
        cue_root: The head word of the cue (``None`` without a cue, or for "according to").
        region: The sentences holding the cue and the speaker.

    """

    doc: Doc
    index: MentionIndex
    quote: Quotation
    chain: Chain
    cue_root: Token | None
    region: tuple[int, int]

    @property
    def text(self) -> str:
        """The article's text."""
        return self.index.text

    @property
    def speaker_entity(self) -> int | None:
        """The entity of the claim's speaker, as speaker resolution gave it."""
        return self.quote.speaker.entity if self.quote.speaker is not None else None


class SegmentSite:
    """One stretch of a claim's attribution text (the region minus the claim's words).

    Args:
        claim: The claim.
        start: Offset of the stretch.
        end: Offset one past it.

    """

    def __init__(self, claim: ClaimSite, start: int, end: int) -> None:
        self.claim = claim
        self.start = start
        self.end = end
        self.piece = claim.text[start:end]

    def matches(self, pattern: str) -> list[re.Match[str]]:
        """The matches of ``PATTERNS[pattern]`` in the stretch (offsets relative to ``start``)."""
        return list(PATTERNS[pattern].finditer(self.piece))

    def words(self, match: re.Match[str], found: Found | None = None) -> Span:
        """The words of a match, extended to the source it names."""
        last = found.mention.end if found is not None else self.start + match.end()
        return Span.of(self.claim.text, self.start + match.start(), max(last, self.start + match.end()))

    @functools.cached_property
    def frames(self) -> list[tuple[re.Match[str], Found]]:
        """The "a statement from X" frames of the stretch that name a source, with it."""
        found = [(m, self.claim.index.after(self.start + m.end(), self.end)) for m in self.matches("frame_source")]
        # "a post on social media", "a statement on Wednesday", "a post on Chirp": after "on", only an outlet, and
        # not someone's own website ("a post on the club's website")
        return [
            (m, f)
            for m, f in found
            if f is not None
            and (m["prep"].lower() != "on" or (self._outlet(f) and not own_platform(f.mention.text)))
            and not self._not_a_source(m, f)
        ]

    def _not_a_source(self, match: re.Match[str], found: Found) -> bool:
        """Whether the words after a frame say where it was made or what it shows, not who made it.

        "in a telephone interview from Lisbon", "a statement from his home in Leeds": a place; "a video of a
        police interview", "a post of the crash": what the medium shows; "a letter of apology": its kind.
        """
        prep, noun = match["prep"].lower(), match["frame"].lower().split()[-1]
        if prep == "of":  # "a letter of apology", "a statement of intent": its kind, not its maker
            return noun in _SHOWING_NOUNS or (found.entity is None and found.mention.text[:1].islower())
        if prep != "from":
            return False
        if noun == "interview" or _PLACE_WORDS.match(found.mention.text):
            return True
        span = self.claim.doc.char_span(found.mention.start, found.mention.end, alignment_mode="expand")
        return span is not None and any(t.ent_type_ in _PLACE_LABELS for t in span)

    def _outlet(self, found: Found) -> bool:
        """Whether a source is a news outlet ("in an interview on KWPX"), not a platform or a date."""
        return outlet_found(self.claim, found) is not None

    def taken(self, match: re.Match[str]) -> bool:
        """Whether a match starts inside a frame that names its source (those words are the frame's)."""
        at = self.start + match.start()
        return any(self.start + m.start() <= at < self.start + m.end() for m, _ in self.frames)
