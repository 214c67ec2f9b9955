"""Proper names as strings: honorifics, possessives, name tokens, acronyms.

Pure string logic, no spaCy: everything here can be tested on plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.en import _speaker_lexicon as _lexicon

_PATTERNS: dict[str, re.Pattern[str]] = {
    # A possessive ending: "Kim’s", "Jones'", "the Post's".
    "possessive": re.compile(r"(?:['’]s|(?<=s)['’])$"),
    # An acronym: two to six capitals, optionally dotted ("NASA", "U.N.", "FBI").
    "acronym": re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,5}s?$"),
    # Name suffixes that are not name tokens ("Jr.", "III").
    "suffix": re.compile(r"^(?:Jr\.?|Sr\.?|II|III|IV|Esq\.?|Ph\.?D\.?|M\.?D\.?)$"),
    # Characters trimmed from both ends of a name.
    "edge": re.compile(r"^[\s\"'“”‘’(\[,.;:-]+|[\s\"'“”‘’)\],;:-]+$"),
    # A leading article ("the Post", "The Washington Post").
    "article": re.compile(r"^(?:the|The|THE)\s+"),
}

_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "&", "de", "la", "on", "in", "to", "at", "a"})
"""Words skipped when building an acronym from a name."""


@dataclass(frozen=True)
class Name:
    """A proper name taken apart.

    Args:
        text: The name as written, edges trimmed.
        honorific: A title written before it ("Sen."), if any.
        tokens: The name words without honorific, possessive or article.
        possessive: True for "Kim’s".

    """

    text: str
    honorific: str | None
    tokens: tuple[str, ...]
    possessive: bool

    @property
    def key(self) -> str:
        """The name words joined, lower case: the identity of a full name."""
        return " ".join(t.lower() for t in self.tokens)

    @property
    def last(self) -> str:
        """The last name word, lower case ("" for an empty name)."""
        return self.tokens[-1].lower() if self.tokens else ""

    @property
    def first(self) -> str:
        """The first name word, lower case ("" for an empty name)."""
        return self.tokens[0].lower() if self.tokens else ""


def split_honorific(text: str) -> tuple[str | None, str]:
    """Split a leading honorific ("Sen.", "Prime Minister") off a name.

    Args:
        text: A name, possibly starting with a title.

    Returns:
        The honorific as written (or ``None``) and the rest of the name.

    """
    best: str | None = None
    for title in _lexicon.honorifics():
        if text.startswith(title + " ") and (best is None or len(title) > len(best)):
            best = title
    if best is None:
        return None, text
    return best, text[len(best) :].strip()


def parse_name(text: str) -> Name:
    """Take a proper name apart into honorific, name tokens and possessive.

    Args:
        text: The name as written ("Sen. Elizabeth Warren’s").

    Returns:
        The :class:`Name`.

    """
    trimmed = _PATTERNS["edge"].sub("", text)
    possessive = bool(_PATTERNS["possessive"].search(trimmed))
    bare = _PATTERNS["possessive"].sub("", trimmed) if possessive else trimmed
    bare = _PATTERNS["article"].sub("", bare)
    honorific, rest = split_honorific(bare)
    tokens = tuple(t for t in rest.split() if not _PATTERNS["suffix"].match(t) and t not in {",", "."})
    return Name(text=trimmed, honorific=honorific, tokens=tokens, possessive=possessive)


def is_acronym(word: str) -> bool:
    """Whether a word is written as an acronym ("NASA", "U.N.")."""
    return bool(_PATTERNS["acronym"].match(word))


def acronym_of(tokens: tuple[str, ...]) -> str:
    """The initials of a multi-word name, skipping function words.

    Args:
        tokens: Name words ("Korean", "Central", "News", "Agency").

    Returns:
        The upper-case initials ("NCNA"); "" for fewer than two words.

    """
    words = [t for t in tokens if t.lower() not in _FUNCTION_WORDS and t[:1].isalpha()]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words).upper()


def name_gender(name: Name) -> str | None:
    """The gender a name marks by its honorific or first name, if any.

    Args:
        name: A parsed name.

    Returns:
        ``"male"``, ``"female"`` or ``None``.

    """
    if name.honorific is not None:
        gender = _lexicon.honorifics().get(name.honorific)
        if gender is not None:
            return gender
    if len(name.tokens) >= 2:
        return _lexicon.first_names().get(name.tokens[0])
    return None


def looks_like_org(name: Name) -> bool:
    """Whether a name's own words mark an organisation (suffix word or acronym).

    Args:
        name: A parsed name.

    Returns:
        True for "Nordic Central News Agency", "NCNA", "the Post".

    """
    if not name.tokens:
        return False
    if len(name.tokens) == 1 and is_acronym(name.tokens[0]):
        return True
    suffixes = _lexicon.org_suffixes()
    return any(t in suffixes for t in name.tokens)


def looks_like_person(name: Name) -> bool:
    """Whether a name's own words mark a person (honorific or known first name).

    Args:
        name: A parsed name.

    Returns:
        True for "Mr. Smith", "Jane Doe".

    """
    if name.honorific is not None:
        return True
    return len(name.tokens) >= 2 and name.tokens[0] in _lexicon.first_names() and not looks_like_org(name)


def is_outlet(name: Name) -> bool:
    """Whether a name looks like a news agency or outlet ("Reuters", "The Post")."""
    words = _lexicon.outlet_words()
    return any(t in words for t in name.tokens) or " ".join(name.tokens) in words
