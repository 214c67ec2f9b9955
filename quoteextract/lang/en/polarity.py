"""English words that change what a cue asserts: denials, refusals, negators, modals and conditionals.

Read by the ``classify`` stage (:mod:`quoteextract.stages.classify`) to set a
claim's ``polarity``; one place to review, one place a second language replaces.
"""

from __future__ import annotations

DENIAL_LEMMAS: frozenset[str] = frozenset(
    {
        "deny",
        "denial",
        "reject",
        "rejection",
        "dispute",
        "refute",
        "refutation",
        "rebut",
        "rebuttal",
        "disavow",
        "contest",
        "repudiate",
    }
)
"""Cue lemmas whose source says the content is false ("denied that ...", "disputed the claim")."""

REFUSAL_LEMMAS: frozenset[str] = frozenset({"decline", "refuse"})
"""Cue lemmas of a refusal to speak ("declined to comment", "refused to say"): nothing was asserted."""

REFUSING_ADJECTIVES: frozenset[str] = frozenset({"unwilling"})
"""Adjectives whose infinitive is a refusal to speak ("were *unwilling* to discuss how much ..."): nothing was
asserted. "unable" is ``classify.polarity.unable``'s."""

NEGATORS: frozenset[str] = frozenset({"not", "n't", "never", "no", "neither", "nor", "nobody", "none", "nothing"})
"""Words that negate the verb or noun they depend on ("did not say", "never said", "no comment", "said nothing")."""

HYPOTHETICAL_MODALS: frozenset[str] = frozenset({"would", "could", "might", "'d"})
"""Modal auxiliaries that make a cue hypothetical ("would say", "could argue", "may claim")."""

FUTURE_FRAMES: frozenset[str] = frozenset(
    {"likely", "unlikely", "due", "set", "poised", "expected", "going", "about", "scheduled", "slated"}
)
"""Words whose infinitive is speech still to come ("is *due* to tell MPs", "is *likely* to announce",
"is *going* to say"): nothing has been said yet."""

CONDITIONAL_MARKERS: frozenset[str] = frozenset({"if", "unless"})
"""Subordinators that make a cue conditional ("if he says ...")."""

CLAUSE_OPENERS: frozenset[str] = frozenset(
    {"that", "whether", "if", "how", "what", "why", "when", "where", "who", "which"}
)
"""First words of a content clause ("that the talks resumed", "whether he would run")."""
