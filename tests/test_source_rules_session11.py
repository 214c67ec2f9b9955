"""Session-11 sources rules on hand-built parses (no model): a reporting clause after the claim, switched off."""

from __future__ import annotations

from _handbuilt import parsed
from _handmade import quote

from quoteextract.article import Article
from quoteextract.rules import as_rule_set
from quoteextract.stages.sources import link_sources
from quoteextract.stages.speakers import resolve_speakers


def _relations(doc, q, disable=()):
    """``(relation, source words)`` rows of the quotation's chain."""
    article = Article.build(doc, as_rule_set(disable=disable))
    result = resolve_speakers(article, [q])
    linked = link_sources(article, result.quotes, result.entities)
    return [(s.relation, s.mention.text if s.mention else None) for s in linked[0].sources]


def _pilot():
    """The parse of: The pilot told controllers that an engine had failed, the board said.

    The parser hangs the trailing "said" under "told" as a complement, as the small English model does.
    """
    return parsed(
        [
            ("The", True, 1, "det", "DET", "DT", "the", "O"),
            ("pilot", True, 2, "nsubj", "NOUN", "NN", "pilot", "O"),
            ("told", True, 2, "ROOT", "VERB", "VBD", "tell", "O"),
            ("controllers", True, 2, "dobj", "NOUN", "NNS", "controller", "O"),
            ("that", True, 8, "mark", "SCONJ", "IN", "that", "O"),
            ("an", True, 6, "det", "DET", "DT", "an", "O"),
            ("engine", True, 8, "nsubj", "NOUN", "NN", "engine", "O"),
            ("had", True, 8, "aux", "AUX", "VBD", "have", "O"),
            ("failed", False, 2, "ccomp", "VERB", "VBN", "fail", "O"),
            (",", True, 2, "punct", "PUNCT", ",", ",", "O"),
            ("the", True, 11, "det", "DET", "DT", "the", "O"),
            ("board", True, 12, "nsubj", "NOUN", "NN", "board", "O"),
            ("said", False, 2, "ccomp", "VERB", "VBD", "say", "O"),
            (".", False, 2, "punct", "PUNCT", ".", ".", "O"),
        ]
    )


def test_reporting_clause_after_the_claim_relays_it():
    """sources.nested: "X told Y that ..., the board said": the board relays it, Y heard it; off, neither."""
    doc = _pilot()
    q = quote(doc.text, "an engine had failed", "The pilot", "told")
    chain = _relations(doc, q)
    assert ("reported_by", "the board") in chain, chain
    assert ("told", "controllers") in chain, chain
    off = _relations(doc, q, disable=["sources.nested"])
    assert not any(relation == "reported_by" for relation, _ in off), off
