"""Quoted names that follow the noun they name: "the app «Spindle»", "the website “DealDrop”".

News marks the names of products, apps, ships, operations and sites with
quote marks right after the common noun they name ("urged users to delete the
app «Spindle»", "told shoppers to avoid the website “DealDrop”"). The marks
set off a name, not somebody's words: the clause around them may be reported
speech, but the name is no quoted fragment of it. Rule name:

``mixed.apposed_name``
    one to four capitalised words, at least one a proper noun and none a
    verb or pronoun, right after a common noun (not a speech noun) that opens
    with a determiner or a possessive ("the app", "its new game", "the
    children's location app"). Such a pair is no fragment of the clause
    around it (no ``mixed.*`` frame, and a claim holding it stays
    ``indirect``); it is rejected as a ``title``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule
from ._context import Scene, Setting
from ._cues import is_cue
from ._reject_naming import naming_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_NAME_WORDS = 4
"""Most words a quoted name may have."""

MAX_NOUN_PHRASE = 4
"""Most words (adjectives, nouns, a hyphen) between the determiner and the named noun."""

NAME_POS: frozenset[str] = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "X", "PUNCT", "CCONJ", "ADP", "DET", "PART"})
"""Parts of speech a quoted name's tokens may have (never a verb or pronoun); one must be a proper noun."""

MODIFIER_POS: frozenset[str] = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "PUNCT"})
"""Parts of speech of the words between a determiner and the named noun ("the new location app")."""

OPENER_TAGS: frozenset[str] = frozenset({"DT", "PRP$", "POS", "WP$"})
"""Tags that open the noun phrase: a determiner or a possessive ("the", "its", "children's")."""

OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "dative", "obj", "iobj"})
"""Relations of a cue verb's object or addressee ("told *the squad* “Bravo”")."""

SENTENCE_FINAL: tuple[str, ...] = (".", "!", "?")
"""A name does not end a sentence inside its marks."""


@rule("mixed.apposed_name", stage="merge", order=5)
def apposed_name(scene: Scene, setting: Setting) -> bool:
    """A quoted name right after the common noun it names ("delete the app «Spindle»") is no quoted fragment."""
    content = setting.quote.content
    words = content.text.strip().rstrip(",").split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or content.text.rstrip().endswith(SENTENCE_FINAL):
        return False
    if not all(_capitalised(w) for w in words):
        return False
    inner = [t for t in scene.tokens_in(content.start, content.end) if not t.is_space]
    if not inner or any(t.pos_ not in NAME_POS for t in inner) or not any(t.pos_ == "PROPN" for t in inner):
        return False
    noun = _word_before(scene, setting)
    return noun is not None and _named_noun(noun)


def _capitalised(word: str) -> bool:
    """Whether a word starts with a capital letter or a digit (after any opening punctuation)."""
    letters = word.lstrip("(-'’‘“\"")
    return bool(letters) and (letters[0].isupper() or letters[0].isdigit())


def _word_before(scene: Scene, setting: Setting) -> Token | None:
    """The token right before the opening mark, with only white space between (else ``None``)."""
    start = setting.quote.open.start
    if start == 0 or not scene.text[start - 1].isspace() or "\n" in scene.text[max(0, start - 2) : start]:
        return None
    before = scene.tokens_in(max(setting.pre.start, start - 40), start)
    before = [t for t in before if not t.is_space]
    if not before or before[-1].idx + len(before[-1].text) != start - 1:
        return None
    return before[-1]


def _named_noun(noun: Token) -> bool:
    """Whether ``noun`` is a lower-case common noun opening with a determiner or possessive.

    Not a speech noun ("the statement “...”"), and not the object of a cue
    verb: "told the squad “Bravo”" may report the word to its addressee; nor
    the object of a naming verb: in "branded the scheme “A Total Shambles”"
    the capitalised words are the name the subject gives it (the naming
    rules judge whether that is a nickname or somebody's words).
    """
    if noun.pos_ != "NOUN" or not noun.text.islower() or is_cue(noun) is not None:
        return False
    if noun.dep_ in OBJECT_DEPS and noun.head.i != noun.i:
        if is_cue(noun.head) is not None or noun.head.lemma_.lower() in naming_verbs():
            return False  # "branded the scheme “A Total Shambles”": the name the subject gives, not the noun's own
    doc = noun.doc
    k = noun.i - 1
    for _ in range(MAX_NOUN_PHRASE + 1):
        if k < 0:
            return False
        token = doc[k]
        if token.tag_ in OPENER_TAGS:
            return True
        if token.pos_ not in MODIFIER_POS or token.text in (",", ";", ":"):
            return False
        k -= 1
    return False
