"""Speakers a cue's own subject does not name (session 18, suite ``reported_speech7``).

- "The minister *let it be known* that ...": the passive "known" has the placeholder "it" as
  its subject; the one who let it be known is the speaker.
- "a promise *he made* in May that ...", "the second warning *the inspectors had given* that
  ...": a speech noun's maker is the subject of the relative clause whose missing object the
  noun is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import ACTIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

KNOWN_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "oprd"})
"""Relations of "known" under "let" ("let it be known")."""


def let_be_known(verb: Token, passive: Token) -> bool:
    """Whether ``verb`` is "known" in "let it be known", so the subject of "let" is the speaker.

    Args:
        verb: A cue verb.
        passive: Its passive subject.

    Returns:
        ``True`` for "known" with the placeholder "it", under "let".

    """
    if verb.lemma_.lower() != "know" or passive.lower_ != "it" or verb.dep_ not in KNOWN_DEPS:
        return False
    return verb.head.lemma_.lower() == "let"


def relative_maker(noun: Token) -> Token | None:
    """The subject of a relative clause whose missing object is the noun ("a claim *he* made on Tuesday").

    Args:
        noun: A nominal cue.

    Returns:
        The relative clause's subject, unless it is a relative pronoun or the clause has an object of its own.

    """
    for child in noun.rights:
        if child.dep_ != "relcl" or any(g.dep_ == "dobj" for g in child.children):
            continue
        subject = next((c for c in child.children if c.dep_ in ACTIVE_SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
            return subject
    return None
