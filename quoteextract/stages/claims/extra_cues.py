"""Reporting verbs the claim finder reads as cues on top of the cue lexicon (session 9).

"The hospital appealed for former nurses to return", "The treasurer confessed to taking the money", "Two MPs
queried whether the contract was tendered": the claims-local table ``lang/en/data/claim_cue_verbs.tsv`` lists
reporting verbs the shared cue lexicon does not have (same columns as ``cue_verbs.tsv``). The claim finder runs
its frames on them as on any cue, and a coordinated one ends the content of the claim before it ("Detectives said
the victim knew her attacker and appealed for witnesses": the appeal is a second report, not part of what was
said). Only the claim finder reads the table: quotations with quote marks and the other stages see the shared
lexicon alone.

Switched by the rule ``claim.extra_cues`` (stage ``"claims"``): with it off no claim comes from these verbs
(the content cut before a coordinated one, in :mod:`.trim`, still reads the table).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ...lang.en._lexicon import VERB_FRAMES, CueWord, _words
from ...lang.en.syntax import is_verb
from ...rules import rule
from ..attribution._cues import CueInfo, is_cue

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from .frames import Found

TABLE = "claim_cue_verbs.tsv"
"""The claims-local table of cue verbs (in ``quoteextract/lang/en/data``)."""

RULE_NAME = "claim.extra_cues"
"""The rule that switches the table on."""


@functools.cache
def claim_cue_verbs() -> dict[str, CueWord]:
    """The claims-local cue verbs, keyed by lemma (loaded once).

    Returns:
        A dictionary from lemma to :class:`~quoteextract.lang.en._lexicon.CueWord`.

    Raises:
        LexiconError: If the table is malformed.

    """
    return _words(TABLE, "verb", VERB_FRAMES)


def extra_cue(token: Token) -> CueInfo | None:
    """The claims-local cue ``token`` heads, when the shared lexicon has none.

    Args:
        token: Any token of a parsed Doc.

    Returns:
        A verb cue from the claims-local table, or ``None``.

    """
    if not is_verb(token) or token.tag_ == "MD":
        return None
    table = claim_cue_verbs()
    word = table.get(token.lemma_.lower()) or table.get(token.lower_)
    if word is None or is_cue(token) is not None:
        return None
    return CueInfo(token=token, span=token.doc[token.i : token.i + 1], word=word)


def extra_cues(doc: Doc) -> Iterator[CueInfo]:
    """Every claims-local cue of ``doc``, in text order (one pass over the tokens)."""
    table = claim_cue_verbs()
    for token in doc:
        if token.lemma_.lower() in table or token.lower_ in table:
            info = extra_cue(token)
            if info is not None:
                yield info


def claim_cue(token: Token) -> CueInfo | None:
    """The cue ``token`` heads for the claim finder: the shared lexicon's, else the claims-local table's."""
    return is_cue(token) or extra_cue(token)


@rule(RULE_NAME, stage="claims", order=5)
def use_extra_cues(cue: CueInfo) -> Found | None:
    """Read the claims-local cue verbs too ("appealed for", "confessed to", "queried whether").

    A switch, not a frame: it answers no cue; the claim finder reads the table while it is on.
    """
    return None


__all__ = ["RULE_NAME", "claim_cue", "claim_cue_verbs", "extra_cue", "extra_cues", "use_extra_cues"]
