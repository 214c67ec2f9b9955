"""The last stage, sources: the chain of sources of each claim.

:func:`link_sources` reads the attribution clause of each claim (the
sentences holding its cue and speaker, minus the claim's own words) and
turns what it states into :class:`~quoteextract.SourceLink` objects, by the
registered rules of stage ``sources``, run in order (``quoteextract rules``
lists them; :mod:`._site` describes what a rule reads and returns):

* the speaker with the cue's relation ("said", "told", "wrote", "according
  to"; :mod:`._claim_rules`);
* media frames: "in a statement", "in an interview with Y", "in the letter",
  "a statement from X", "a statement released by X" (:mod:`._segment_rules`);
* relays: "according to X", "as reported by Y", "Y reported", "Y reported,
  citing X" (Y ``citing``), "a memo seen by Y", "Y quoted X as saying", "X was
  quoted by Y as saying", "in remarks carried by Y", "a letter published in Y";
  an outer relay is always ``reported_by`` (:data:`._chain.OUTER_RELATIONS`);
* documents an outlet obtained, saw, heard, carried or cited lend it to the
  claims read from them later ("In it, X wrote", "The memo said", "They show
  that"; :mod:`._documents`); a relayed document is whoever made it public
  ("according to a transcript released by Y", "a new book by Y");
* a relay written at a claim's end (", in remarks carried by Y") is read as
  attribution text; a wire dateline's agency is a news agency;
* the people told, as a ``told`` hop when a relay follows ("X told regional
  officials that ..., as first reported by Y"), also when the relay was
  carried from an earlier sentence (``sources.carried_hop``);
* outlets, known by their words or by how news describes them ("the news
  agency X", "the X podcast"): "X told OUTLET", "in a statement to OUTLET"
  (``told``), "in an interview with OUTLET", "told OUTLET in an interview",
  "speaking to OUTLET", "said on the X podcast", a Q&A's answers
  (``interview``), frames that carry over to the speaker's next quotations
  (:mod:`._carry`);
* spokespeople: "X's spokesman said", "a spokeswoman for X" (X gets
  ``on_behalf_of``);
* nesting: "X said Y told him that ..." (the cue's clause hangs under
  another speech verb: Y, then X ``told``) and a quotation inside another
  claim (the outer speaker ``reported_by``).

Every link carries the span of the words that state it and, when a source is
named, its mention; nothing is added that the text does not say. The chain
is ordered from the immediate speaker outward by :data:`RANK`, ties broken
by closeness to the claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from ..._model import Entity, Quotation
from . import (  # noqa: F401  (register the ``sources`` rules)
    _carry,
    _citing,
    _claim_rules,
    _credits,
    _documents,
    _filers,
    _relays,
    _segment_rules,
)
from ._chain import Chain, region, segments
from ._index import MentionIndex
from ._patterns import PATTERNS, RANK
from ._site import SCOPES, ClaimSite, Proposal, SegmentSite

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...article import Article
    from ...rules import Rule

__all__ = ["PATTERNS", "RANK", "link_sources"]


def _cue_root(doc: Doc, quote: Quotation) -> Token | None:
    """The head word of the claim's cue (none without a cue, or for "according to": it has no verb)."""
    if quote.cue is None or quote.cue.text.lower().startswith("according"):
        return None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _apply(chain: Chain, proposals: Iterable[Proposal]) -> None:
    """Add a rule's proposals to a chain, in the order the rule gave them."""
    for proposal in proposals:
        if proposal.replace:
            chain.replace(proposal.link, proposal.rank)
        else:
            chain.add(proposal.link, proposal.rank)


def _run_claim(site: ClaimSite, rules: Sequence[Rule]) -> None:
    """Run the claim and segment rules on one claim, in order; consecutive segment rules stretch by stretch."""
    stretches = segments(site.region, site.quote)
    i = 0
    while i < len(rules):
        if SCOPES.get(rules[i].name, "claim") != "segment":
            _apply(site.chain, rules[i].func(site))
            i += 1
            continue
        block = []
        while i < len(rules) and SCOPES.get(rules[i].name) == "segment":
            block.append(rules[i])
            i += 1
        for start, end in stretches:
            stretch = SegmentSite(site, start, end)
            for found in block:
                _apply(site.chain, found.func(stretch))


def link_sources(article: Article, quotes: Sequence[Quotation], entities: Sequence[Entity]) -> list[Quotation]:
    """Attach the chain of sources to each quotation.

    Args:
        article: The parsed article.
        quotes: Quotations with resolved speakers (``speaker.entity``).
        entities: The article's entities (from speaker resolution).

    Returns:
        The quotations with ``sources`` set: an ordered chain from the
        immediate speaker outward; empty when the text states no source.

    """
    if not quotes:
        return []
    doc = article.doc
    assert doc is not None, "source linking reads the parse"
    index = MentionIndex(doc, article.text, entities)
    active = article.rules.active("sources")
    per_claim = [r for r in active if SCOPES.get(r.name, "claim") != "article"]
    sites = [
        ClaimSite(doc, index, quote, Chain(quote), _cue_root(doc, quote), region(doc, article.text, quote))
        for quote in quotes
    ]
    for site in sites:
        _run_claim(site, per_claim)
    for found in (r for r in active if SCOPES.get(r.name) == "article"):
        article_rule: Callable[[list[ClaimSite]], Iterable[tuple[int, Proposal]]] = found.func
        for i, proposal in article_rule(sites):
            _apply(sites[i].chain, [proposal])
    return [attrs.evolve(site.quote, sources=site.chain.ordered()) for site in sites]
