"""Chants: a crowd voicing a slogan together ("The crowd chanted “Keep it local”").

Is a chant speech? A crowd chanting a slogan is nobody's statement: a study
of who gets quoted counts no "crowd" among its sources, and the words are a
slogan, like those on a placard (reason ``slogan``). One person shouting
("Lee shouted “Get out!”") is speaking, and stays a quotation.

PolNeAR, which annotates every attribution, counts crowd chants as quotations
("protesters chanted “...”"), so the rule ``reject.chant`` is **off by
default**: the ``attribution`` scope keeps PolNeAR's reading. Turn it on for
a who-gets-quoted count::

    quoteextract.Extractor(enable=["reject.chant"])

The rule rejects quoted words of at most :data:`MAX_CHANT_WORDS` words that a
chant verb ("chant", "sing", "shout", "roar", ...) governs when the voice is a
crowd: a crowd noun ("the crowd", "protesters", "supporters") or a bare plural,
as the subject of the verb, or the noun a participle describes ("a crowd
chanting “...”").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import SUBJECT_DEPS
from ...rules import rule
from ._context import Scene, Setting, word_count
from ._reject_naming import _generic_plural
from ._reject_syntax import verb_over_quote, words

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_CHANT_WORDS = 8
"""Longest quoted slogan (in words) a crowd can chant."""

PARTICIPLE_DEPS: frozenset[str] = frozenset({"acl", "advcl", "conj", "xcomp"})
"""Labels of a participle whose voice is the noun or the subject above it ("protesters gathered, chanting")."""


def _voice(verb: Token) -> Token | None:
    """Who voices the chant: the verb's subject, or the noun or subject a participle hangs off."""
    node = verb
    for _ in range(2):
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if node.dep_ not in PARTICIPLE_DEPS or node.head.i == node.i:
            return None
        if node.dep_ == "acl" and node.head.dep_ != "pobj":
            return node.head  # "a crowd chanting “...”"
        node = node.head
        if node.dep_ == "pobj":  # "Marchers wound through the city centre chanting “...”": the place walked through
            node = node.head.head  # is no voice; the marchers, subject of the verb of the preposition, are
    return None


def is_crowd(token: Token | None) -> bool:
    """Whether a voice is a crowd: a crowd noun (not a name) or a bare plural.

    Args:
        token: The voice, or ``None``.

    Returns:
        True for "the crowd", "protesters", "many supporters", "marchers".

    """
    if token is None or token.pos_ == "PROPN":
        return False
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        token = next((c for c in prep.children if c.dep_ == "pobj"), token)  # "hundreds of marchers"
    return token.pos_ != "PROPN" and (token.lemma_.lower() in words("crowd_noun") or _generic_plural(token))


def crowd_chant(scene: Scene, setting: Setting) -> bool:
    """Whether a crowd chants the quoted words (see the module docstring).

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for "The crowd chanted “Keep it local”"; False for "Lee shouted “Get out!”".

    """
    if word_count(setting.quote.content.text) > MAX_CHANT_WORDS:
        return False
    found = verb_over_quote(scene, setting)
    if found is None:
        return False
    verb, child = found
    return child.dep_ not in SUBJECT_DEPS and crowd_chants(verb)


def crowd_chants(verb: Token) -> bool:
    """Whether ``verb`` is a chant verb ("chant", "sing", "shout", ...) voiced by a crowd (see :func:`is_crowd`)."""
    return verb.lemma_.lower() in words("chant_verb") and is_crowd(_voice(verb))


@rule("reject.chant", stage="reject", order=57, default=False)
def chant(scene: Scene, setting: Setting) -> str | None:
    """A crowd chanting a slogan ("The crowd chanted “Keep it local”"): a slogan, not a quotation (off by default)."""
    return "slogan" if crowd_chant(scene, setting) else None
