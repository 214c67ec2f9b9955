"""A recording that shows someone speaking: "The video shows X saying ..." is X's, not the video's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SHOWING_VERBS = frozenset({"show", "capture", "catch", "film", "record", "depict", "hear", "feature"})
"""Verbs of a recording that shows someone speaking ("The video shows X saying", "captures X telling")."""


def shown_speaker(verb: Token) -> Token | None:
    """The person a recording shows speaking: the object of "shows" before the cue's "-ing" form.

    "Footage obtained by the Post shows a sergeant, X, telling a detainee that ...": the sergeant speaks, the
    footage only shows it.

    Args:
        verb: A cue verb without a subject of its own.

    Returns:
        The head of the object shown speaking, or ``None`` when the verb is no "-ing" form of a showing verb's.

    """
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "ccomp", "acl"} or head.lemma_ not in _SHOWING_VERBS:
        return None
    shown = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return shown if shown is not None and shown.pos_ in {"NOUN", "PROPN"} else None
