"""The ``layout`` rule for a caption sentence beside a credit-only line.

A news photo is often given as two lines: the credit ("Photo: Ana Ruiz/The
Ledger", "Image: Getty") and, under it, the caption itself, a sentence in the
present tense ("Volunteers clear debris from the beach on Sunday.", "Mayor
Lee says the pier ‘has a future’."). The caption rule (:mod:`.roles`) knows the
credit line by its label; the sentence under it has no mark of its own and
reads as the story's first paragraph. The rule here makes it a caption when
the line above is a short credit (a caption label and at most a few words)
and text follows, or when the credit is the line below and only heading lines
(headline, byline, ...) stand above, and the line is one short sentence told
in the present tense (its main verb
is in the present, a participle, or there is none: "The trawler in the
harbour."), with text below it. A first paragraph in the past tense ("The
mayor said on Tuesday ...") or with a lead's trailing source ("..., officials
say.") stays text.
"""

from __future__ import annotations

import regex

from ...rules import rule
from ._lines import Line, LineSite
from .roles import HEADING_ROLES
from .roles import PATTERNS as ROLE_PATTERNS

MAX_CREDIT_WORDS = 8
"""Longest credit-only line (in words) whose next line may be its caption."""

MAX_CAPTION_SENTENCE_WORDS = 35
"""Longest caption sentence (in words) under a credit line."""

TRAILING_SOURCE = regex.compile(r",[ ](?:\p{L}+[ ]){0,3}?(?:say|says|warn|warns|report|reports)[.!]?$")
"""A lead's trailing attribution ("..., officials say."): a story's first paragraph, not a caption."""

PRESENT_TAGS: frozenset[str] = frozenset({"VBZ", "VBP", "VBG", "VB"})
"""Tags of a caption's main verb: the present tense of news-photo captions (the parse tags some as the
base form), or a participle."""


def _credit(line: Line | None) -> bool:
    """Whether a line is a caption label with a short credit ("Photo: Ana Ruiz/The Ledger", "Image: Getty")."""
    return (
        line is not None
        and len(line.words) <= MAX_CREDIT_WORDS
        and ROLE_PATTERNS["CAPTION_START"].match(line.text) is not None
    )


def _beside_credit(site: LineSite) -> bool:
    """Whether the line sits in a photo block: under a credit line, or between the heading lines and a credit line."""
    previous = site.previous
    if previous is not None and site.page.role_of(previous.index) == "caption" and _credit(previous):
        return site.next is not None  # text must follow: the last line under a credit may be the story
    if not _credit(site.next):
        return False
    return previous is None or site.page.role_of(previous.index) in HEADING_ROLES


def _present_tense(site: LineSite) -> bool:
    """Whether the line's main verb is in the present tense or a participle, or it has none (parse needed)."""
    doc = site.page.doc
    if doc is None:
        return False
    line = site.line
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    if span is None:
        return False
    roots = [t for t in span if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    if root.pos_ not in {"VERB", "AUX"}:
        return not any(t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "MD"} for t in span)
    return root.tag_ in PRESENT_TAGS and not any(c.tag_ in {"VBD", "MD"} for c in root.children if c.dep_ == "aux")


@rule("layout.caption_under_credit", stage="layout", order=52)
def caption_under_credit(site: LineSite) -> str | None:
    """One present-tense sentence beside a credit-only line ("Photo: Ana Ruiz" above "Crowds watch ..."): caption."""
    line = site.line
    if not _beside_credit(site) or line.opens_quote or not line.final:
        return None
    if len(line.words) > MAX_CAPTION_SENTENCE_WORDS or ". " in line.text.rstrip("."):
        return None
    plain = ROLE_PATTERNS["QUOTED"].sub(" ", line.text)
    if ROLE_PATTERNS["NARRATIVE"].search(plain) or TRAILING_SOURCE.search(plain):
        return None
    return "caption" if _present_tense(site) else None
