"""Unnamed sources: "two officials familiar with the matter", "sources".

Pure text logic over the words of a speaker phrase, so it is tested without
a model. The vocabulary (head nouns, number words, reasons for anonymity) is
in ``data/anonymous.tsv``.
"""

from __future__ import annotations

import functools
import re

from ..._model import AnonymousSource
from ...lang.en import _speaker_lexicon as _lexicon

_QUALIFIERS = frozenset(
    {
        "a", "an", "the", "some", "several", "many", "other", "few", "more", "most", "various", "multiple",
        "senior", "top", "former", "current", "high-ranking", "high", "ranking", "unnamed", "anonymous", "two",
        "three", "four", "five", "one", "both", "longtime", "veteran", "leading", "key", "close", "government",
    }
)  # fmt: skip
"""Words before the head noun that say nothing about whom the source belongs to."""


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The regular expressions of this module, built once from the lexicon."""
    heads = "|".join(sorted((re.escape(h) for h in _lexicon.anonymous_heads()), key=len, reverse=True))
    numbers = "|".join(sorted((re.escape(n) for n in _lexicon.number_words()), key=len, reverse=True))
    return {
        # The head noun of an unnamed-source phrase, singular or plural.
        "head": re.compile(rf"\b(?P<head>{heads})(?P<plural>s)?\b", re.IGNORECASE),
        # A number word or digits opening the phrase ("two", "a dozen", "3").
        "count": re.compile(rf"^\s*(?:(?P<word>{numbers})|(?P<digits>\d+))\b", re.IGNORECASE),
        # Whom the source belongs to, after the head ("officials at the Pentagon").
        "after": re.compile(
            r"^\s+(?:at|with|from|in|inside|for|of|close\s+to|within)\s+"
            r"(?P<aff>(?:the\s+)?(?:[A-Z][\w.&’'-]*|[a-z]+)(?:\s+(?:of\s+|and\s+)?[A-Z][\w.&’'-]*)*)"
        ),
        # "people" needs company to be a source: "people familiar with", "people close to".
        "people": re.compile(r"\bpeople\b", re.IGNORECASE),
    }


def anonymous_head(phrase: str) -> re.Match[str] | None:
    """Find the head noun that makes a phrase an unnamed source, if any.

    Args:
        phrase: The words of a speaker mention ("two senior officials").

    Returns:
        The match of the head noun (groups ``head`` and ``plural``), or
        ``None`` when the phrase names no unnamed-source noun.

    """
    return _patterns()["head"].search(phrase)


def describe(phrase: str, context: str = "") -> AnonymousSource:
    """Read what the text says about an unnamed source.

    Args:
        phrase: The speaker phrase ("two officials familiar with the matter").
        context: The rest of the sentence, searched for a reason too
            ("..., who spoke on condition of anonymity").

    Returns:
        The count (``None`` when not said: "officials", "sources"), the
        affiliation ("State Department", "the Pentagon") and the reason.

    """
    patterns = _patterns()
    count = None
    found = patterns["count"].match(phrase)
    if found is not None:
        count = int(found["digits"]) if found["digits"] else _lexicon.number_words()[found["word"].lower()]
    affiliation = None
    head = patterns["head"].search(phrase)
    if head is not None:
        after = patterns["after"].match(phrase[head.end() :])
        if after is not None:
            affiliation = after["aff"].strip()
        else:
            words = [w for w in phrase[: head.start()].split() if w.lower() not in _QUALIFIERS and not w.isdigit()]
            words = [w for w in words if w.lower() not in _lexicon.number_words()]
            if words:
                affiliation = " ".join(words).strip(",")
    reason = None
    for pattern in _lexicon.anonymity_reasons():
        match = pattern.search(phrase) or (pattern.search(context) if context else None)
        if match is not None:
            reason = match.group(0).strip()
            break
    return AnonymousSource(count=count, affiliation=affiliation or None, reason=reason)
