"""English nouns that cannot be the content of an attribution: they name only physical things.

Read by the claims stage (:mod:`quoteextract.stages.claims.np_sense`): a claim
whose content is a noun phrase reports something said, thought, found or
intended ("an allegation", "concerns", "a plan", "a rise in prices"), never a
dog, a microphone or a slice of cake. The list is derived from WordNet 3.0's
lexicographer files by ``scripts/make_content_nouns.py`` (``data/physical_nouns.tsv``,
with the hand-kept ``data/physical_nouns_hand.tsv`` on top).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools

from ._tables import LexiconError, read_table

KINDS: frozenset[str] = frozenset({"physical", "partitive"})
"""The kinds of noun the table lists."""


@functools.cache
def _nouns() -> dict[str, tuple[str, str]]:
    """``{noun: (kind, source)}`` from ``data/physical_nouns.tsv``."""
    nouns: dict[str, tuple[str, str]] = {}
    for noun, kind, source in read_table("physical_nouns.tsv", 3):
        if kind not in KINDS:
            raise LexiconError(f"physical_nouns.tsv: unknown kind {kind!r} for {noun!r}")
        nouns[noun] = (kind, source)
    return nouns


def physical_file(lemma: str) -> str | None:
    """The WordNet lexicographer file of a physical noun's first sense.

    Args:
        lemma: The noun's lemma, any case.

    Returns:
        ``"animal"`` for "dog", ``"artifact"`` for "truck", ``"food"`` for
        "cake" (``"hand"`` for a noun of the hand-kept list); ``None`` for a
        noun that is not physical.

    """
    kind, source = _nouns().get(lemma.lower(), ("", ""))
    return source if kind == "physical" else None


def is_physical(lemma: str) -> bool:
    """Whether a noun names only physical things (every WordNet sense an animal, artefact, food ...).

    Args:
        lemma: The noun's lemma, any case.

    Returns:
        True for "dog", "cake", "microphone", "trunk"; False for "photo"
        (a picture carries content), "system", "release" or "window" (they
        have abstract senses too) and for unknown words.

    """
    return physical_file(lemma) is not None


def is_partitive(lemma: str) -> bool:
    """Whether a noun is a measure or a piece of something, read through its "of" object.

    Args:
        lemma: The noun's lemma, any case.

    Returns:
        True for "slice", "bottle", "handful" ("a slice of cake" is as
        physical as cake; "a share of the blame" is not).

    """
    return _nouns().get(lemma.lower(), ("", ""))[0] == "partitive"


__all__ = ["is_partitive", "is_physical", "physical_file"]
