"""Relatives and couples: "her husband said", "Okonedo's daughter said", "the couple said" after "Mr and Mrs X".

News names a relative by kin more often than by name ("Mrs Okonedo said ... her
husband said"), and a married couple as one subject ("Mr and Mrs Okonedo told
the committee"). Two ``speakers`` rules read them:

- ``speaker.kin``: a kin noun with a possessive ("her husband", "Okonedo's
  daughter") is the relative of the person the possessive stands for. A
  spouse of someone called by a married honorific ("Mrs Okonedo"), or of one
  of a couple written "Mr and Mrs X", is "Mr X" (or a person of that surname
  and the spouse's gender named before); any other relative is "<name>'s
  daughter", titled by the mention. The same kin of the same person is one
  entity however often it speaks.
- ``speaker.couple``: "the couple" or "the pair" is the people named
  together last ("Mr and Mrs X", "X and Y").

Couples written "Mr and Mrs X" are found once per article (:func:`find_couples`)
and become a plural group like any other people named together
(:mod:`._plural`), so "they" after them, "both" and "the couple" point back to
them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...rules import rule
from ._groups import Descriptor, Group
from ._plural import Together
from ._speaker_layout import span_root

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

COUPLE = re.compile(
    r"\b(?:Mr|Dr|Prof|Rev|Sir)\.?\s+and\s+(?:Mrs|Ms|Dr|Lady)\.?\s+(?P<surname>[A-Z][\w'’-]*[a-z][\w'’-]*)"
)
"""A married couple written with two honorifics and one surname ("Mr and Mrs Okonedo", "Dr. and Mrs. Tran")."""

SPOUSES = frozenset({"husband", "wife", "widow", "widower"})
"""Kin nouns naming a spouse (who usually shares a married honorific's surname)."""

MARRIED_HONORIFICS = frozenset({"mr", "mrs"})
"""Honorifics whose spouse is conventionally "Mr X" or "Mrs X"."""

SPOUSE_HONORIFIC = {"male": "Mr", "female": "Mrs"}
"""The honorific a spouse of each gender is called by."""

COUPLE_NOUNS = frozenset({"couple", "pair"})
"""Nouns that, definite ("the couple"), point back to two people named together."""

SIBLING_NOUNS = frozenset({"twin", "brother", "sister", "sibling"})
"""Kin nouns that, definite and plural ("the twins", "the sisters"), point back to the people named together."""

DEFINITE = frozenset({"the", "this"})
"""Determiners of a back-reference."""


def find_couples(reader: Reader) -> list[Together]:
    """The couples written "Mr and Mrs X", each a plural group keyed by the head of its words.

    Args:
        reader: The article's reader (names grouped).

    Returns:
        One :class:`Together` per couple, in text order; the surnames are
        recorded in ``reader.couples``.

    """
    found = []
    for match in COUPLE.finditer(reader.text):
        root = span_root(reader.doc, match.start(), match.end())
        if root is None:
            continue
        surname = match["surname"]
        reader.couples.add(surname.lower())
        group = Group(kind="set", label=_clean(match.group()), salient=True, plural=True)
        group.votes["person"] += 1
        reader.groups.append(group)
        found.append(Together(root.i, group, match.start(), match.end()))
    return found


def _clean(text: str) -> str:
    """A couple's words with their spaces collapsed."""
    return " ".join(text.split())


def _kin_noun(head: Token) -> str | None:
    """The kin noun a singular head is ("husband"), else ``None``."""
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ in {"NNS", "NNPS"} or ("kin", word) not in _lexicon.person_words():
        return None
    return word


def _possessor(reader: Reader, head: Token) -> Group | None:
    """The person a kin noun's possessive stands for: a name ("Okonedo's"), else what "her" or "his" resolves to."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    owner = reader.owner.get(poss.i)
    if owner is None and poss.lower_ in _lexicon.pronouns():
        owner = reader.pronoun(poss, speaker=False)
    return owner if owner is not None and owner.type == "person" and not owner.plural else None


def _surname(group: Group) -> str | None:
    """The written surname of a named person's longest name."""
    names = [n for n in group.names if n.tokens]
    if not names:
        return None
    return max(names, key=lambda n: len(n.tokens)).tokens[-1]


def _married(reader: Reader, group: Group, surname: str) -> bool:
    """Whether a person is called by a married honorific ("Mrs Okonedo") or is one of a couple ("Mr and Mrs X")."""
    if surname.lower() in reader.couples:
        return True
    return any(n.honorific is not None and n.honorific.rstrip(".").lower() in MARRIED_HONORIFICS for n in group.names)


def _named_spouse(reader: Reader, owner: Group, surname: str, gender: str | None) -> Group | None:
    """A person of the same surname and the spouse's gender named before ("Tom Larch" for "Mrs Larch's husband")."""
    for group in reader.filed(surname.lower()):
        if group is owner or group.plural or group.type != "person" or gender is None:
            continue
        if group.gender == gender or (group.gender is None and group.kind == "name"):
            return group  # a gender left open ("Ray" of "Ray and Margaret Hollis") does not contradict it
    return None


def _relative(reader: Reader, owner: Group, kin: str, start: int, end: int) -> Group:
    """The relative a kin mention of ``owner`` at ``start:end`` stands for: named, found before, or new."""
    key = (id(owner), kin)
    if key in reader.kin:
        return reader.kin[key]
    gender = _lexicon.person_words()[("kin", kin)]
    surname = _surname(owner)
    relative = None
    label = f"{owner.name}'s {kin}"
    if kin in SPOUSES and surname is not None and gender is not None:
        relative = _named_spouse(reader, owner, surname, gender)  # "Ray and Margaret Hollis ... her husband"
        if _married(reader, owner, surname):
            label = f"{SPOUSE_HONORIFIC[gender]} {surname}"
    if relative is None:
        relative = Group(kind="role", label=label, salient=True, gender=gender)
        relative.votes["person"] += 1
        relative.role_nouns.add(kin)
        reader.groups.append(relative)
    relative.descriptors.append(Descriptor(reader.text[start:end], start, end, owner))
    owner.salient = True
    reader.kin[key] = relative
    return relative


@rule("speaker.kin", stage="speakers", order=550)
def kin_speaker(site: SpeakerSite) -> Outcome:
    """A relative named by kin ("her husband", "Okonedo's daughter"): that person's relative, "Mr X" for a spouse."""
    kin = _kin_noun(site.head)
    if kin is None:
        return None
    owner = _possessor(site.reader, site.head)
    if owner is None:
        return None
    relative = _relative(site.reader, owner, kin, site.speaker.start, site.speaker.end)
    site.reader.add_mention(relative, site.speaker.start, site.speaker.end)
    return relative


def _named_beside(head: Token) -> bool:
    """Whether a name stands in apposition to the kin noun ("his brother, Jurek", "Her sister Rekha")."""
    if any(c.dep_ == "appos" for c in head.children):
        return True
    doc = head.doc
    after = head.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return after < len(doc) and doc[after].pos_ == "PROPN"


def kin_subject(reader: Reader, head: Token, start: int, end: int) -> bool:
    """A kin subject outside speaker mentions ("Her husband laughed."): a mention of that relative.

    News often brings the next speaker in by a sentence without a cue ("Her husband laughed. “...,” he
    said"); the relative then stands for the pronoun after it. Returns whether the phrase was one.
    """
    kin = _kin_noun(head)
    if kin is None or _named_beside(head) or head.head.dep_ != "ROOT" or reader.contents.holds(start):
        return False  # "His wife, Marisa Carvalho, works ...": the name is the mention; "said his son had": words
    owner = _possessor(reader, head)
    if owner is None:
        return False
    relative = _relative(reader, owner, kin, start, end)
    reader.add_mention(relative, start, end)
    return True


def _names_a_set(head: Token) -> bool:
    """Whether a noun stands for people named together: "couple", "pair", or plural siblings ("the twins")."""
    lemma = head.lemma_.lower()
    return lemma in COUPLE_NOUNS or (lemma in SIBLING_NOUNS and head.tag_ == "NNS")


@rule("speaker.couple", stage="speakers", order=560)
def couple_speaker(site: SpeakerSite) -> Outcome:
    """A definite "couple", "pair", "twins" or "sisters": the people named together last ("Mr and Mrs X", "X and Y")."""
    head = site.head
    if not _names_a_set(head) or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return None
    group = site.reader.latest_set(site.speaker.start, windowed=False)  # "the couple" names them from afar
    if group is None:
        return None
    site.reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group
