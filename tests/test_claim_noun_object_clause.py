"""A nominal cue's "that" clause hung on the cue's verb by the parser ("gave assurances that ...", session 14)."""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

GAVE_ASSURANCES = """
The        2 det    DET   DT  the
prime      2 amod   ADJ   JJ  prime
minister   3 nsubj  NOUN  NN  minister
gave       3 ROOT   VERB  VBD give
assurances 3 dobj   NOUN  NNS assurance
that       9 mark   SCONJ IN  that
jobs       9 nsubjpass NOUN NNS job
would      9 aux    AUX   MD  would
be         9 auxpass AUX  VB  be
lost       3 ccomp  VERB  VBN lose
.          3 punct  PUNCT .   .
"""

GAVE_FIGURES = GAVE_ASSURANCES.replace("assurances 3 dobj   NOUN  NNS assurance", "figures 3 dobj NOUN NNS figure")


def _claims(rows: str) -> list[tuple[str, str, str]]:
    article = Article.build(parse(rows), rules.as_rule_set())
    return [(c.content.text, c.rule, c.cue.text) for c in find_claims(article)]


def test_the_clause_after_a_speech_noun_object_is_its_content():
    """In "gave assurances that jobs would be lost" the noun reports the clause the parser hung on "gave"."""
    assert _claims(GAVE_ASSURANCES) == [("jobs would be lost", "claim.noun", "assurances")]


def test_a_plain_object_reports_nothing():
    """In "gave figures that jobs would be lost" (no speech noun) the noun reports nothing."""
    assert _claims(GAVE_FIGURES) == []
