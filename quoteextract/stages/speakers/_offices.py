"""An office the tagger read as a name ("the Tánaiste", "the Grand Mufti"): the person named holding it.

News names an office holder once with the office before the name ("Tánaiste Declan Rourke", "Grand
Mufti Sheikh Yusuf Haddad") and then by the office alone, capitalised: "the Tánaiste said". The tagger
often reads the capitalised office as a name of its own, so the ``speaker.name`` rule would make it an
entity ("Tánaiste") beside the person. The ``speaker.office_name`` rule runs first: a definite mention
whose name is nothing but a title role noun is the latest person filed under that role.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...rules import rule

if TYPE_CHECKING:
    from ._groups import Group
    from ._speaker_rules import Outcome, SpeakerSite


def office_nouns(words: list[str]) -> set[str]:
    """The title role nouns a capitalised office is made of: the whole of it, else its last one or two words.

    Args:
        words: The office's words, without "the" ("Grand", "Mufti").

    Returns:
        The role nouns, lower case ({"grand mufti", "mufti"}); empty when some word is no part of a title
        ("Donegal County Council").

    """
    lowered = [w.lower() for w in words]
    found = set()
    for size in range(1, min(len(lowered), 3) + 1):
        role = _lexicon.roles().get(" ".join(lowered[-size:]))
        if role is not None and role.title and role.type == "person":
            found.add(role.noun)
    if not found:
        return set()
    covered = max(len(noun.split()) for noun in found)
    rest = lowered[: len(lowered) - covered]
    if any(w not in _lexicon.roles() and w not in OFFICE_MODIFIERS for w in rest):
        return set()
    return found


def _letters_office(words: list[str]) -> set[str]:
    """The office of the letters ending a mention ("the Kerry TD", "the MP"), whatever name the tagger read."""
    if not words or words[-1] not in _lexicon.postnominals():
        return set()
    role = _lexicon.roles().get(words[-1].lower())
    return {role.noun} if role is not None and role.type == "person" else set()


OFFICE_MODIFIERS = frozenset({"grand", "deputy", "acting", "assistant", "senior", "chief", "vice", "interim"})
"""Words that qualify an office without naming anything ("Deputy", "Acting")."""


def _definite(site: SpeakerSite) -> bool:
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in site.root.children)
        or site.speaker.text[:4].lower() == "the "
    )


@rule("speaker.office_name", stage="speakers", order=99)
def office_name_speaker(site: SpeakerSite) -> Outcome:
    """An office the tagger read as a name ("the Tánaiste", "the Grand Mufti"): the person named holding it."""
    reader = site.reader
    group: Group | None = reader.owner.get(site.root.i)
    if group is None or group.kind != "name" or not _definite(site):
        return None
    words = site.speaker.text.split()[1:]
    nouns = _letters_office(words) or office_nouns(words)
    if not nouns or (
        not _letters_office(words) and any(w not in " ".join(words).lower().split() for w in group.name_words)
    ):
        return None
    holder = reader.holder(nouns, plural=False, not_of=group)
    if holder is None or holder.kind != "name" or holder.type != "person":
        return None
    reader.add_mention(holder, site.speaker.start, site.speaker.end)
    return holder
