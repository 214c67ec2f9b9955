"""Proper names as strings: honorifics, possessives, name tokens, acronyms.

Pure string logic, no spaCy: everything here can be tested on plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.en import _speaker_lexicon as _lexicon

_PATTERNS: dict[str, re.Pattern[str]] = {
    # A possessive ending: "Ruiz’s", "Jones'", "the Post's".
    "possessive": re.compile(r"(?:['’]s|(?<=s)['’])$"),
    # An acronym: two to six capitals, optionally dotted ("NASA", "U.N.", "FBI").
    "acronym": re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,5}s?$"),
    # Name suffixes that are not name tokens ("Jr.", "III").
    "suffix": re.compile(r"^(?:Jr\.?|Sr\.?|II|III|IV|Esq\.?|Ph\.?D\.?|M\.?D\.?)$"),
    # The suffixes among them that tell a father from a son ("Jr.", "Sr.", "III").
    "generation": re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$"),
    # Characters trimmed from both ends of a name.
    "edge": re.compile(r"^[\s\"'“”‘’(\[,.;:-]+|[\s\"'“”‘’)\],;:-]+$"),
    # A leading article ("the Post", "The Washington Post").
    "article": re.compile(r"^(?:the|The|THE)\s+"),
}

SEATS_OF_GOVERNMENT: frozenset[str] = frozenset(
    {
        "Downing Street", "Number 10", "No 10", "No. 10", "White House", "Kremlin", "Elysee", "Élysée",
        "Elysee Palace", "Élysée Palace", "Pentagon", "Whitehall", "Vatican", "Quai d'Orsay", "Blue House",
        "Zhongnanhai", "Kantei", "Holyrood", "Chancellery",
    }
)  # fmt: skip
"""Buildings whose name stands for the government or office in them ("Downing Street said", "the Kremlin
denied"): a speaker so named is an organisation, and "it" may stand for it."""

_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "&", "de", "la", "on", "in", "to", "at", "a"})
"""Words skipped when building an acronym from a name."""


@dataclass(frozen=True)
class Name:
    """A proper name taken apart.

    Args:
        text: The name as written, edges trimmed.
        honorific: A title written before it ("Sen."), if any.
        tokens: The name words without honorific, title, possessive or article.
        possessive: True for "Ruiz’s".
        title: The words of a role title written before the name and folded
            off it ("Deputy Chief Constable" of "Deputy Chief Constable Maren
            Holt"), after any honorific; empty when there is none.
        generation: The suffix telling a father from a son, with its stop
            ("Jr.", "Sr.", "III"); empty when there is none.

    """

    text: str
    honorific: str | None
    tokens: tuple[str, ...]
    possessive: bool
    title: tuple[str, ...] = ()
    generation: str = ""

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
    found = honorific_parts(text)
    if not found:
        return None, text
    honorific = " ".join(found)
    return honorific, text[len(honorific) :].strip()


STACKED_HONORIFICS = frozenset({"Sir", "Dame", "Lord", "Lady", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Rev"})
"""Honorifics that may follow another ("Prof Sir", "Rev Dr"); an office's words ("Deputy", "Chief") do not stack."""


def honorific_parts(text: str) -> list[str]:
    """The honorifics opening ``text``, one after another ("Prof Sir Alan Reed": "Prof", "Sir").

    Args:
        text: A name, or stacked honorifics alone followed by a space.

    Returns:
        Each honorific as written, in order; empty when the text opens with none.

    """
    found: list[str] = []
    rest = text
    while True:
        best: str | None = None
        for title in _lexicon.honorifics():
            if rest.startswith(title + " ") and (best is None or len(title) > len(best)):
                best = title
        if best is None or (found and best not in STACKED_HONORIFICS):
            return found
        found.append(best)
        rest = rest[len(best) + 1 :]


MAX_TITLE_WORDS = 4
"""Most words of a role title folded off the front of a name ("Detective Chief Inspector")."""


def _role_at(words: list[str], end: int) -> _lexicon.Role | None:
    """The title role noun ending at ``words[end - 1]`` (one or two words), if any ("Alderman", "Chief Constable")."""
    roles = _lexicon.roles()
    for size in (2, 1):
        if end - size >= 0:
            role = roles.get(" ".join(w.lower() for w in words[end - size : end]))
            if role is not None and role.type == "person" and role.title:
                return role
    return None


def title_length(words: list[str]) -> int:
    """How many leading words of a name are a role title to fold off it.

    The title is the longest run of at most :data:`MAX_TITLE_WORDS` words
    that ends in a person role noun ("Alderman", "Midfielder", "Station
    Officer", "Defence Secretary", "Harbour Master"); the words before the role
    noun may be any capitalised words but a known first name. A name word must
    follow, capitalised, and the rest must not read as an organisation ("Police
    Officer Association"). A role that is also a common name ("Hunter",
    "Mason") or a known first name ("Dean") is folded only when two name words
    follow: "Hunter Biden" keeps its first name.

    Args:
        words: The words of a name, honorific removed.

    Returns:
        The number of title words (0 for none).

    """
    first_names = _lexicon.first_names()
    remit = _remit_length(words)
    if remit:
        return remit
    for end in range(min(MAX_TITLE_WORDS, len(words) - 1), 0, -1):
        role = _role_at(words, end)
        rest = words[end:]
        if role is None or not rest[0][:1].isupper() or _role_at(words, end + 1) is not None:
            continue  # "Inspector General Ann Lee": the title goes on
        if any(not w[:1].isalpha() or w in first_names for w in words[: end - 1]):
            continue
        if (role.name_like or words[end - 1] in first_names) and len(rest) < 2:
            continue
        if not looks_like_org(Name(" ".join(rest), None, tuple(rest), False)):
            return end
    return 0


REMIT_WORDS = frozenset({"for", "of"})
"""Words that join an office to its remit ("Deputy Chief Constable for Operations", "Minister of State")."""

MAX_REMIT_WORDS = 5
"""Most words of an office's remit before the name ("of State for Rural Affairs")."""

REMIT_JOINERS = frozenset({"and", "for", "of", "the", "&"})
"""Lower-case words inside a remit ("Minister of State for Rural Affairs")."""


def _remit_length(words: list[str]) -> int:
    """The length of an office with its remit written before a name ("Deputy Chief Constable for Operations").

    The office ends in a title role noun (or is the honorific split off before the words) followed by
    "for" or "of"; the remit is one to :data:`MAX_REMIT_WORDS` capitalised words or joiners ("and",
    "for"); a known first name and at least one more name word follow. Returns 0 when the words do not
    read so.
    """
    first_names = _lexicon.first_names()
    for joint in range(min(MAX_TITLE_WORDS, len(words) - 3) + 1):
        if words[joint] not in REMIT_WORDS or (joint and _role_at(words, joint) is None):
            continue  # at 0, the office was the honorific ("Minister for Finance Ann Roe")
        for start in range(joint + 2, min(joint + 2 + MAX_REMIT_WORDS, len(words) - 1)):
            remit = words[joint + 1 : start]
            if all(w[:1].isupper() or w in REMIT_JOINERS for w in remit) and words[start] in first_names:
                return start
    return 0


def title_is_credible(name: Name, label: str, surnames: set[str]) -> bool:
    """Whether a title folded off a name can stand, given the tagger's label and the names seen.

    A title reads as one before a person's name: the tagger labels it a
    person, a first and a last name follow ("Winger Davi Costa", which the
    small tagger often calls an organisation), the name starts with a known
    first name, or its one word is the last word of a full name seen
    elsewhere ("Alderman Solano" after "Rick Solano"). Before one other word
    the words are a name of their own ("Cardinal Health", "Engineer Street").

    Args:
        name: A parsed name with a folded ``title``.
        label: The named-entity label ("" for a proper-noun run).
        surnames: Lower-case last words of the article's names of two or more words.

    Returns:
        True to keep the title folded off.

    """
    if label == "PERSON" or len(name.tokens) >= 2 or name.tokens[0] in _lexicon.first_names():
        return True
    return name.last in surnames


def unfold_title(name: Name) -> Name:
    """The name with its folded title put back among its words."""
    return Name(name.text, name.honorific, name.title + name.tokens, name.possessive)


def parse_name(text: str) -> Name:
    """Take a proper name apart into honorific, role title, name tokens and possessive.

    Args:
        text: The name as written ("Sen. Elizabeth Warren’s", "Alderman Rick
            Soto": title "Alderman", name tokens "Rick Soto").

    Returns:
        The :class:`Name`.

    """
    trimmed = _PATTERNS["edge"].sub("", text)
    possessive = bool(_PATTERNS["possessive"].search(trimmed))
    bare = _PATTERNS["possessive"].sub("", trimmed) if possessive else trimmed
    bare = _PATTERNS["article"].sub("", bare)
    honorific, rest = split_honorific(bare)
    written = rest.split()
    words = [t for t in written if not _PATTERNS["suffix"].match(t) and t not in {",", "."}]
    while len(words) > 1 and words[-1] in _lexicon.postnominals():
        words.pop()  # letters after the name ("Miriam Okonjo KC", "Alan Reed FRS")
    folded = title_length(words)
    generation = generation_of(written) if words else ""
    return Name(trimmed, honorific, tuple(words[folded:]), possessive, tuple(words[:folded]), generation)


def generation_of(words: list[str]) -> str:
    """The suffix among a name's words that tells a father from a son, written with a stop ("Sr" -> "Sr.").

    Args:
        words: The name's words after the honorific ("Robert", "Hale", "Sr").

    Returns:
        "Jr.", "Sr.", "II", "III" or "IV"; "" when the name has none.

    """
    found = next((w for w in reversed(words[1:]) if _PATTERNS["generation"].match(w)), "")
    bare = found.rstrip(".")
    return bare + "." if bare in {"Jr", "Sr"} else bare


def generations_clash(one: str, other: str) -> bool:
    """Whether two names' generations tell them apart ("Jr." and "Sr."; a name without one fits either)."""
    return bool(one) and bool(other) and one != other


def is_acronym(word: str) -> bool:
    """Whether a word is written as an acronym ("NASA", "U.N.")."""
    return bool(_PATTERNS["acronym"].match(word))


def acronym_of(tokens: tuple[str, ...]) -> str:
    """The initials of a multi-word name, skipping function words.

    Args:
        tokens: Name words ("Tarnby", "Valley", "News", "Agency").

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
        for part in honorific_parts(name.honorific + " "):  # "Prof Dame": female
            gender = _lexicon.honorifics().get(part)
            if gender is not None:
                return gender
    if len(name.tokens) >= 2 and name.tokens[0] in _lexicon.first_names() and not looks_like_org(name):
        return _lexicon.first_names()[name.tokens[0]]  # not "Ashby Parva Primary School": no one's first name
    role = _role_at(list(name.title), len(name.title)) if name.title else None
    return None if role is None else role.gender


def looks_like_org(name: Name) -> bool:
    """Whether a name's own words mark an organisation (suffix word or acronym).

    Args:
        name: A parsed name.

    Returns:
        True for "Nordic Central News Agency", "NCNA", "the Post", a seat of government ("Downing Street",
        "the Kremlin": :data:`SEATS_OF_GOVERNMENT`) and a wire agency's name ("Yonhap", "Antara").

    """
    if not name.tokens:
        return False
    if len(name.tokens) == 1 and is_acronym(name.tokens[0]):
        return True
    if " ".join(name.tokens) in SEATS_OF_GOVERNMENT or " ".join(name.tokens) in _lexicon.wire_agencies():
        return True  # "the Kremlin"; "Yonhap", "Xinhua": a news agency's name on its own
    suffixes = _lexicon.org_suffixes()
    return any(t in suffixes for t in name.tokens)


def looks_like_person(name: Name) -> bool:
    """Whether a name's own words mark a person (honorific or known first name).

    Args:
        name: A parsed name.

    Returns:
        True for "Mr. Smith", "Jane Doe".

    """
    if name.honorific is not None or name.title:
        return True
    return len(name.tokens) >= 2 and name.tokens[0] in _lexicon.first_names() and not looks_like_org(name)


def is_outlet(name: Name) -> bool:
    """Whether a name looks like a news agency or outlet ("Reuters", "The Post")."""
    words = _lexicon.outlet_words()
    return any(t in words for t in name.tokens) or " ".join(name.tokens) in words
