"""English words that tell a cue's reporting sense from its other senses.

Read by the claims stage (:mod:`quoteextract.stages.claims`) and the
``classify`` stage: what an "according to" phrase must name to be a source,
which requests are for anonymity rather than content, and which verbs grant
rather than report. The longer lists are data files (``data/not_sources.txt``,
``data/means_of_speaking.txt``).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools

from ._tables import read_table

ANONYMITY_LEMMAS: frozenset[str] = frozenset({"anonymity", "anonymous", "anonymously"})
"""Words that make a request one for anonymity ("requested anonymity", "asked to remain anonymous")."""

NAMING_VERBS: frozenset[str] = frozenset({"name", "identify", "quote"})
"""Verbs whose negated passive is a request for anonymity ("not to be named", "not be identified")."""

ANONYMITY_CUES: frozenset[str] = frozenset({"ask", "request", "insist", "demand", "speak", "agree", "want"})
"""Cue lemmas that make such a request ("asked that her name not be used")."""

NAME_NOUNS: frozenset[str] = frozenset({"name", "identity"})
"""Nouns a request to withhold is about ("asked that her name be withheld")."""

PERMISSION_LEMMAS: frozenset[str] = frozenset({"allow", "permit", "let", "enable"})
"""Cue lemmas that grant rather than report, unless a "that" clause follows ("allowed that some were right")."""

WITHHOLD_LEMMAS: frozenset[str] = frozenset({"withhold", "omit", "conceal"})
"""Verbs of a request to keep a name out ("that his name be withheld"); negated, any verb will do ("not be used")."""


@functools.cache
def _word_list(name: str) -> frozenset[str]:
    """The words of the one-column data file ``name``, lower case."""
    return frozenset(word.lower() for (word,) in read_table(name, 1))


def not_sources() -> frozenset[str]:
    """Heads of an "according to" object that are no source ("plan", "schedule", "rule").

    Returns:
        Their lemmas, lower case (``data/not_sources.txt``).

    """
    return _word_list("not_sources.txt")


def is_not_source(lemma: str) -> bool:
    """Whether the head of an "according to" object names no source.

    Args:
        lemma: The object's head lemma, any case.

    Returns:
        True for "plan", "schedule", "rule", ...

    """
    return lemma.lower() in not_sources()


def means_of_speaking() -> frozenset[str]:
    """Heads of a "by" phrase that say how words were sent ("said by phone", "by text message").

    Returns:
        Their lemmas, lower case (``data/means_of_speaking.txt``).

    """
    return _word_list("means_of_speaking.txt")


def is_means_of_speaking(lemma: str) -> bool:
    """Whether the object of a reporting verb's "by" says how the words were sent, not who sent them.

    Args:
        lemma: The object's head lemma, any case.

    Returns:
        True for "phone", "email", "message" ("by text message"), "link" ("by video link") ...

    """
    return lemma.lower() in means_of_speaking()
