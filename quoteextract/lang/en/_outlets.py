"""News outlets by their words: "the Dunmore Herald", "KWPX", "the station" name a publication or broadcaster.

The named-entity layer of a small model often types a local paper as a person
("the Dunmore Herald") or misses a call sign ("KWPX"), so source chains decide
from the words of the name, read from ``data/outlets.tsv`` and the ``outlet``
rows of ``data/news_agencies.tsv``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
import re

from ._speaker_lexicon import first_names, outlet_words
from ._tables import read_table

_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:FM|AM|TV|DT))?$")
"""A North American broadcaster's call sign ("KWPX", "WNYC-FM")."""

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "our", "local", "one"})
"""Words that may open a common-noun outlet phrase ("this newspaper", "a local station")."""


@functools.cache
def _kinds() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for kind, value in read_table("outlets.tsv", 2):
        kinds.setdefault(kind, set()).add(value)
    kinds.setdefault("word", set()).update(outlet_words())
    return {kind: frozenset(values) for kind, values in kinds.items()}


def _words(phrase: str) -> list[str]:
    return [w.strip(".,;:'’\"“”()") for w in phrase.split()]


def is_outlet_name(phrase: str) -> bool:
    """Whether a name is an outlet's: a call sign, an outlet word ("Courier"), "Radio X", "... magazine".

    Args:
        phrase: The words of a name, with or without a leading article.

    Returns:
        True for "the Dunmore Herald", "KWPX", "Radio Kestrel", "Coastline magazine", and for the names
        of ``name`` rows of ``outlets.tsv`` ("the Press Association") matched whole.

    """
    words = [w for w in _words(phrase) if w]
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or (not words[0][:1].isupper() and not words[0][:1].isdigit()):
        return False
    kinds = _kinds()
    if " ".join(words) in kinds.get("name", frozenset()):
        return True  # "the Press Association": an agency whose words read as a body's
    if any(_CALL_SIGN.match(w) for w in words) or words[0] in kinds.get("lead", frozenset()):
        return True
    if len(words) == 2 and words[0] in first_names() and not phrase.lower().startswith("the "):
        return False  # "Mara Star", "Sunil Post": a person's name ending in an outlet word
    if words[-1].lower() in {"magazine", "newspaper", "radio"}:
        return True
    return any(w in kinds["word"] for w in words[1:] or words)


def outlet_noun(phrase: str) -> bool:
    """Whether a common-noun phrase names an outlet ("the station", "this newspaper", "the local paper").

    Args:
        phrase: A noun phrase.

    Returns:
        True when its head (last word) is an outlet noun and the words before it are determiners or adjectives.

    """
    words = [w.lower() for w in _words(phrase) if w]
    if not words or words[0] not in _DETERMINERS:
        return False
    nouns = _kinds().get("noun", frozenset())
    return words[-1] in nouns or " ".join(words[-2:]) in nouns


def staff_noun(phrase: str) -> bool:
    """Whether a phrase names an outlet's staff ("reporters", "a journalist"): people told, never outlets."""
    words = [w.lower() for w in _words(phrase) if w]
    return bool(words) and words[-1] in _kinds().get("person", frozenset())
