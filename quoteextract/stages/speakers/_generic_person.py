"""An unnamed speaker called "the woman" or "the man" after the words that brought them in.

News that cannot name a source brings them in by a description ("A patient from the orthopedic ward, who
asked not to be identified, said ...") and then, to vary the words, calls them "the woman" or "the man"
("“I thought the pain was my fault,” the woman said."). No role rule finds them: nobody holds the role
"woman". The ``speaker.generic_person`` rule (order 590, before ``speaker.role``) reads a definite, bare
"the woman" / "the man" (also "the lady", "the gentleman") as the speaker of the quotation before, when that
speaker is unnamed (a description or an anonymous source), one person, of no other gender, and spoke in the
same paragraph or the one before. A named person is called by name or epithet, so is never taken; when some
entity already holds the word ("A woman who lives nearby said ... the woman said"), the role rule decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rules import rule

if TYPE_CHECKING:
    from ._groups import Group
    from ._speaker_rules import Outcome, SpeakerSite

GENERIC_PERSON_NOUNS = {"woman": "female", "man": "male", "lady": "female", "gentleman": "male"}
"""Nouns that describe any person by gender alone, with the gender each marks."""

MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "poss", "prep", "relcl", "acl", "appos"})
"""Dependents that make the noun describe someone in particular ("the old man", "the man from the council")."""

UNNAMED_KINDS = frozenset({"role", "anonymous"})
"""Kinds of group that stand for an unnamed person: a description ("a patient from the ward") or a source."""

PARAGRAPHS_BACK = 1
"""How many paragraphs before the mention's own the previous speaker may have been last mentioned."""


def _bare_definite(site: SpeakerSite) -> str | None:
    """The gender a bare "the woman" / "the man" heading the mention marks, else ``None``."""
    head = site.head
    gender = GENERIC_PERSON_NOUNS.get(head.lower_)
    if gender is None or head is not site.root or head.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return None if any(c.dep_ in MODIFIER_DEPS for c in head.children) else gender


def _unnamed_previous(site: SpeakerSite, gender: str) -> Group | None:
    """The previous quotation's speaker, if unnamed, one person, of no other gender and mentioned lately."""
    reader = site.reader
    if not reader.speakers:
        return None
    previous = reader.speakers[-1]
    if previous.kind not in UNNAMED_KINDS or previous.plural or not previous.mentions:
        return None
    if previous.type == "organisation" or previous.gender not in {None, gender}:
        return None
    last = reader.layout.paragraph(previous.mentions[-1][0])
    return previous if reader.layout.paragraph(site.speaker.start) - last <= PARAGRAPHS_BACK else None


@rule("speaker.generic_person", stage="speakers", order=590)
def generic_person_speaker(site: SpeakerSite) -> Outcome:
    """A bare "the woman" / "the man" with no holder of that word: the unnamed speaker just quoted."""
    gender = _bare_definite(site)
    if gender is None or site.reader.holder({site.head.lower_}, plural=False) is not None:
        return None
    previous = _unnamed_previous(site, gender)
    if previous is None:
        return None
    if previous.gender is None:
        previous.gender = gender
    site.reader.add_mention(previous, site.speaker.start, site.speaker.end)
    return previous
