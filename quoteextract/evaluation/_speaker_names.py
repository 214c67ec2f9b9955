"""Comparing speaker names and titles as the speaker metrics do (:mod:`._speaker_metrics`).

Names agree when the words of one lie within the other's, or one is the
other's acronym; titles match when, normalised, either contains the other.
"""

from __future__ import annotations

import re
import unicodedata

#: The regular expressions of this module, one named, commented entry each.
_PATTERNS: dict[str, re.Pattern[str]] = {
    # A word of a name or title: letters and digits, inner apostrophes, hyphens and dots ("O'Neill", "St.").
    "WORD": re.compile(r"\w[\w'’.\-]*"),
    # A possessive ending on a word ("union's", "workers'"), apostrophe straight or curly.
    "POSSESSIVE": re.compile(r"['’]s?$"),
    # A possessive ending anywhere in a title ("the shop's owner", "the workers' union").
    # (the text is normalised to straight apostrophes first).
    "POSSESSIVE_IN_TEXT": re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)"),
    # A leading article, repeated ("the", "a", "an").
    "LEADING_ARTICLE": re.compile(r"^(?:(?:the|a|an)(?:\s+|$))+"),
    # Runs of white space.
    "SPACE": re.compile(r"\s+"),
}

#: Words that never tell two speakers apart: articles, pronouns and honorifics.
_NOT_NAME_WORDS = frozenset(
    "the a an "
    "he him his himself she her hers herself they them their theirs themselves it its itself "
    "i me my mine myself we us our ours ourselves you your "
    "mr mrs ms miss mx dr prof sir dame".split()
)

#: Pronouns: a gold source mention that is one of these is scored by pronoun resolution accuracy.
PRONOUNS = frozenset(
    "he him his himself she her hers herself they them their themselves it its i me my we us our you".split()
)


#: Small words skipped when reading an acronym off a name ("Department of Transport" -> DT or DOT).
_ACRONYM_SKIPS = frozenset({"of", "and", "for", "the", "&", "on", "in"})


def name_words(name: str) -> tuple[str, ...]:
    """The comparable words of a name: case-folded, possessives dropped, without articles, pronouns, honorifics.

    Args:
        name: A name, description or mention text.

    Returns:
        Its words in order.

    """
    words = []
    for match in _PATTERNS["WORD"].finditer(name):
        word = _PATTERNS["POSSESSIVE"].sub("", match.group().rstrip(".-")).replace(".", "").casefold()
        if word and word not in _NOT_NAME_WORDS:
            words.append(word)
    return tuple(words)


def _acronyms(name: str) -> set[str]:
    """The acronyms a multi-word name can be written as, with and without its small words."""
    words = [m.group() for m in _PATTERNS["WORD"].finditer(name)]
    if len(words) < 2:
        return set()
    every = "".join(w[0] for w in words).casefold()
    content = "".join(w[0] for w in words if w.casefold() not in _ACRONYM_SKIPS).casefold()
    return {every, content} - {""}


def _is_acronym_of(short: str, long: str) -> bool:
    words = [m.group() for m in _PATTERNS["WORD"].finditer(short)]
    if len(words) != 1:
        return False
    word = words[0].replace(".", "")
    return len(word) >= 2 and word.isupper() and word.casefold() in _acronyms(long)


def names_agree(gold: str | None, predicted: str | None) -> bool:
    """Whether two names denote the same speaker: one's words within the other's, or an acronym.

    Words are compared as :func:`name_words` gives them; a name with no such
    words (a bare pronoun, "the") agrees with nothing.

    Args:
        gold: The gold name.
        predicted: The predicted name.

    Returns:
        True when the words of one are a subset of the other's, or one is
        the acronym of the other ("NHS", "National Health Service").

    """
    if not gold or not predicted:
        return False
    a, b = set(name_words(gold)), set(name_words(predicted))
    if a and b and (a <= b or b <= a):
        return True
    return _is_acronym_of(gold, predicted) or _is_acronym_of(predicted, gold)


def _strip_edges(text: str) -> str:
    """``text`` without white space and punctuation at either edge."""

    def edge(char: str) -> bool:
        return char.isspace() or unicodedata.category(char).startswith("P")

    start, end = 0, len(text)
    while start < end and edge(text[start]):
        start += 1
    while end > start and edge(text[end - 1]):
        end -= 1
    return text[start:end]


def normalise_title(title: str) -> str:
    """A title in comparable form: case-folded, possessives and leading articles dropped, spaces collapsed.

    Args:
        title: A title or description as written ("The shop’s owner,").

    Returns:
        The normalised title ("shop owner"); empty when nothing is left.

    """
    text = title.casefold().replace("’", "'")
    text = _PATTERNS["POSSESSIVE_IN_TEXT"].sub("", text)
    text = _PATTERNS["SPACE"].sub(" ", _strip_edges(text))
    return _PATTERNS["LEADING_ARTICLE"].sub("", text).strip()


def titles_match(gold: str, predicted: str) -> bool:
    """Whether a predicted title matches a gold one: after normalising, either contains the other as whole words.

    Args:
        gold: The gold title.
        predicted: A predicted title or descriptor.

    Returns:
        True on a match; never for a title that normalises to nothing.

    """
    a, b = normalise_title(gold), normalise_title(predicted)
    if not a or not b:
        return False
    return f" {a} " in f" {b} " or f" {b} " in f" {a} "


def is_pronoun(mention: str | None) -> bool:
    """Whether a source mention is a pronoun ("She", "they")."""
    return mention is not None and mention.strip().casefold() in PRONOUNS
