"""Grouping name mentions into one group per person or organisation, in text order (see ``docs/speakers.md``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...lang.en import _speaker_lexicon as _lexicon
from ._groups import Group, NameMention
from ._names import Name, acronym_of, generations_clash, looks_like_org, name_gender

__all__ = ["cluster_names", "place_name"]


def _genders_clash(group: Group, name: Name, context: str | None = None) -> bool:
    """Whether a name's gender (else the one its context marks) contradicts the group's."""
    gender = name_gender(name) or context
    return gender is not None and group.gender is not None and gender != group.gender


def _bare_candidates(groups: list[Group], word: str) -> tuple[list[Group], list[Group], list[Group]]:
    """Groups a one-word name could denote.

    Args:
        groups: The groups so far.
        word: The one name word, lower case.

    Returns:
        ``(surname, exact, first)``: groups with a longer name ending in the
        word (a surname, or an organisation's head word: "the Post") or
        abbreviated by it;
        groups called by exactly this one word; groups with a longer name
        starting with it.

    """
    surname, exact, first = [], [], []
    for group in groups:
        single, last, starts = group.words
        if word in single and not group.multi:
            exact.append(group)
            continue
        if (
            word in last
            or word in {without_article(w) for w in last}
            or (word.upper() in group.acronyms and word.upper() not in _lexicon.postnominals())
        ):
            surname.append(group)  # "MP" abbreviates no "Marcus Price": letters after names are offices
        elif word in starts:
            first.append(group)
    return surname, exact, first


def _recent(groups: list[Group]) -> Group:
    """The group mentioned last."""
    return max(groups, key=lambda g: g.mentions[-1][0] if g.mentions else -1)


def _same_full_name(group: Group, name: Name) -> bool:
    """Whether a multi-word name is one of the group's names or a variant.

    "Maria T. Lopez" and "Maria Lopez" are variants: same first and last
    word, the shorter one's words all in the longer one.
    """
    if generations_clash(group.generation, name.generation):
        return False  # "Robert Hale Sr." is not "Robert Hale Jr."
    if name.key in group.keys:
        return True
    for other in group.multi:
        if other.first == name.first and other.last == name.last:
            small, big = sorted((other, name), key=lambda n: len(n.tokens))
            if {t.lower() for t in small.tokens} <= {t.lower() for t in big.tokens}:
                return True
    return False


ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-(?=\w{2})")
"""The article of an Arabic surname ("al-Hassan"), which the tokenizer and the tagger often leave out."""


def without_article(word: str) -> str:
    """A surname without its Arabic article ("al-hassan": "hassan"); other words as they are."""
    return ARABIC_ARTICLE.sub("", word)


class _NameIndex:
    """Which groups carry a given name word or acronym.

    Placing a name then looks at a handful of groups instead of all of them,
    which keeps clustering linear in the article's length.
    """

    def __init__(self) -> None:
        self._groups: dict[str, list[Group]] = {}
        self._order: dict[int, int] = {}

    def candidates(self, *keys: str) -> list[Group]:
        """The groups filed under any of ``keys``, in the order they were made."""
        found = {id(g): g for key in keys for g in self._groups.get(key, ())}
        return sorted(found.values(), key=lambda g: self._order[id(g)])

    def file(self, group: Group, name: Name) -> None:
        """File ``group`` under the words of ``name`` and under its acronyms."""
        self._order.setdefault(id(group), len(self._order))
        keys = {f"w:{name.first}", f"w:{name.last}", f"w:{without_article(name.last)}"}
        if name.tokens:
            keys.add(f"r:{name.tokens[0].replace('.', '')}")
        keys |= {f"a:{acronym}" for acronym in group.acronyms}
        for key in keys:
            filed = self._groups.setdefault(key, [])
            if not filed or (filed[-1] is not group and group not in filed):
                filed.append(group)


def place_name(groups: list[Group], mention: NameMention, index: _NameIndex | None = None) -> Group:
    """Put one name mention into an existing group or a new one.

    Rules, in order:

    1. A multi-word name joins the group that has the same full name (or a
       variant with the same first and last word).
    2. A multi-word name joins an earlier one-word group called by its last
       word (the surname seen first), or by its acronym, unless the genders
       its first name and the group mark disagree.
    Groups whose gender contradicts the one an honorific marks ("Mrs Rourke"
    beside "Tom Rourke"), or the words around the mention mark ("Rourke, a
    grandmother of six,"; "Rourke said he ..."), are never candidates for a
    one-word name.

    3. A one-word name joins the one group with a longer name ending in it
       (a surname, or an organisation's head word: "the Post") or
       abbreviated by it (an acronym). When several groups qualify the most
       recently mentioned one already called by that word alone wins (else
       the most recently mentioned one), and all of them are marked ambiguous.
    4. Otherwise it joins the group called by exactly that word; if some
       group's longer name starts with that word too, the group is marked
       ambiguous (a bare "Park" beside "Park Ji Won").
    5. Otherwise a one-word name joins the one group whose longer name
       starts with it (a first name alone), else a new group starts.

    Args:
        groups: The groups so far (a new group is appended to it).
        mention: The mention to place.
        index: The name index of ``groups``, kept up to date here; without
            one every group is examined (same result, quadratic time).

    Returns:
        The group it was placed in.

    """
    name = mention.name

    def near(*keys: str) -> list[Group]:
        return groups if index is None else index.candidates(*keys)

    if len(name.tokens) >= 2:
        chosen = _place_full_name(name, near)
    elif name.tokens:
        chosen = _place_one_word(name, near, mention.gender, called=not mention.compared)
    else:
        chosen = None
    if chosen is None:
        chosen = Group()
        groups.append(chosen)
    chosen.add(mention)
    if index is not None:
        index.file(chosen, name)
    return chosen


def _place_full_name(name: Name, near: Callable[..., list[Group]]) -> Group | None:
    """Rules 1 and 2 of :func:`place_name`: the same full name, else the one earlier bare surname or acronym."""
    for group in near(f"w:{name.first}"):
        if _same_full_name(group, name):
            return group
    tails = [
        g
        for g in near(f"w:{name.last}")
        if g.kind == "name" and _ends_longer_name(g, name) and not generations_clash(g.generation, name.generation)
    ]
    if tails:
        return _most_recent_of(tails)
    acronym = acronym_of(name.tokens)
    by_last_word = not _modified_head_word(name)  # "the House" named first is not "the White House"

    def called_by_it(group: Group) -> bool:
        return any(
            n.tokens
            and ((by_last_word and n.first == name.last) or (acronym and n.tokens[0].replace(".", "") == acronym))
            for n in group.names
        )

    bare = [
        g
        for g in near(f"w:{name.last}", f"r:{acronym}")
        if not g.multi
        and g.kind == "name"
        and called_by_it(g)
        and not _genders_clash(g, name)
        and not generations_clash(g.generation, name.generation)
    ]
    return bare[0] if len(bare) == 1 else None


def _modified_head_word(name: Name) -> bool:
    """Whether an organisation's name is a generic head word with words before it ("White House", "State Department").

    The bare head word named earlier ("the House", "the department") is another body of the same kind, not
    this one: news writes the full name first and shortens it later, never the reverse.
    """
    return name.tokens[-1] in _lexicon.org_suffixes() and looks_like_org(name)


def _ends_longer_name(group: Group, name: Name) -> bool:
    """Whether a multi-word surname ends a longer name of the group ("von der Hoff" of "Ursula von der Hoff").

    Surnames with particles and compound surnames ("García Márquez", "dos Santos") are written without the
    given names after the first mention, capitalised at a sentence's start ("Von der Hoff said"). The
    surname's first word is no known first name ("Ann Smith" is not "Mary Ann Smith"), and no
    organisation's words are involved.
    """
    words = [t.lower() for t in name.tokens]
    if name.tokens[0] in _lexicon.first_names() or looks_like_org(name):
        return False
    return any(
        len(other.tokens) > len(words)
        and [t.lower() for t in other.tokens[-len(words) :]] == words
        and not looks_like_org(other)
        for other in group.multi
    )


def _place_one_word(
    name: Name, near: Callable[..., list[Group]], context: str | None = None, *, called: bool = True
) -> Group | None:
    """Rules 3 to 5 of :func:`place_name` for a one-word name; ambiguous candidates are marked.

    ``called``: whether a group already called by the word alone is preferred (not after "the elder").
    """
    nearby = near(f"w:{name.first}", f"a:{name.first.upper()}")
    # "Mrs Rourke" is not "Tom Rourke": an honorific's gender rules out a group of the other
    fitting = [
        g
        for g in nearby
        if g.kind == "name"
        and not _genders_clash(g, name, context)
        and not generations_clash(g.generation, name.generation)
    ]
    surname, exact, first = _bare_candidates(fitting, name.first)
    surname = [g for g in surname if _honorific_fits(g, name)] or surname
    if surname:
        return _most_recent_of(surname, _called_by(surname, name.first) if called else None)
    if exact:
        if first:
            exact[0].ambiguous = True
        return exact[0]
    if first:
        return _most_recent_of(first)
    return None


WOMENS_HONORIFICS = frozenset({"mrs", "ms", "miss"})
"""Honorifics a paper keeps for one woman: "Ms Pike" after "Mrs Pike" is another woman of the family."""


def _womans_honorific(name: Name) -> str | None:
    """The woman's honorific of a name, lower case without its stop ("mrs" of "Mrs. Pike"), if it has one."""
    honorific = (name.honorific or "").lower().rstrip(".")
    return honorific if honorific in WOMENS_HONORIFICS else None


def _honorific_fits(group: Group, name: Name) -> bool:
    """Whether a group was never called by another woman's honorific with this surname ("Mrs Pike" for "Ms Pike").

    News keeps the honorific it gave a woman: a mother is "Mrs Pike" throughout, her daughter "Ms Pike".
    """
    honorific = _womans_honorific(name)
    if honorific is None:
        return True
    called = {_womans_honorific(n) for n in group.names if n.tokens and n.last == name.last} - {None}
    return not called or honorific in called


def _called_by(candidates: list[Group], word: str) -> list[Group]:
    """The candidates already called by ``word`` alone ("Okafor said" before "her father, Emeka Okafor").

    News keeps a bare surname for the person it has been calling so; a relative of the same surname named
    in full later is written in full, or by kin ("her father"), not by the bare surname.
    """
    return [g for g in candidates if word in g.words[0]] if len(candidates) > 1 else []


def _most_recent_of(candidates: list[Group], preferred: list[Group] | None = None) -> Group:
    """The most recently mentioned candidate (of ``preferred``, when some); all are marked ambiguous when several."""
    if len(candidates) > 1:
        for group in candidates:
            group.ambiguous = True
    return _recent(preferred or candidates)


def cluster_names(mentions: list[NameMention]) -> tuple[list[Group], list[Group]]:
    """Group name mentions, in text order, into would-be entities.

    Args:
        mentions: Name mentions; sorted by start here.

    Returns:
        The groups, and for each mention (in sorted order) its group.

    """
    groups: list[Group] = []
    index = _NameIndex()
    placed = [place_name(groups, m, index) for m in sorted(mentions, key=lambda m: m.start)]
    return groups, placed
