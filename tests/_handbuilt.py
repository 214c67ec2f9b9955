"""Build spaCy Docs by hand, so a rule's test states the exact parse it handles (no model)."""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

_VOCAB = spacy.blank("en").vocab


def parsed(rows: Sequence[tuple[str, bool, int, str, str, str, str, str]]) -> Doc:
    """A Doc from one row per token: ``(word, space after, head index, dep, pos, tag, lemma, IOB entity)``.

    Heads are absolute token indices (a root is its own head); entities are
    IOB strings such as ``"B-PERSON"``, ``"I-PERSON"`` or ``"O"``.
    """
    words, spaces, heads, deps, pos, tags, lemmas, ents = (list(column) for column in zip(*rows, strict=True))
    return Doc(
        _VOCAB,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        ents=ents,
    )
