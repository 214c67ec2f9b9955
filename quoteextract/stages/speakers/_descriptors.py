"""Titles and descriptions of a named entity, read from the parse.

Four constructions give titles, each a registered rule of stage ``titles``
(run in this order, so the titles come out in it):

* appositives: "Ana Ruiz, Lopez’s younger sister and deputy director of the
  agency ..." (each conjunct a title), and the reverse, "the company’s chief
  executive, Dan Hirsch";
* pre-modifiers holding a role noun: "Defense Secretary Jane Roe", and office
  honorifics such as "Sen." written before the name;
* copulas with a role noun: "Roe is the mayor of Springfield";
* relative clauses: "Ortega, who chairs the committee".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...rules import DEFAULT_RULES, Rule, rule

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOUNS = frozenset({"NOUN", "PROPN"})
"""Parts of speech of nouns, common and proper."""


@dataclass(frozen=True)
class TitleSite:
    """A name whose titles the ``titles`` rules look for.

    Args:
        doc: The parsed article.
        root: The syntactic head of the name.
        first: Index of the name's first token.
        name_tokens: Indices of the name's tokens.

    """

    doc: Doc
    root: Token
    first: int
    name_tokens: frozenset[int]


_EDGE_DEPS = frozenset({"punct", "cc"})
"""Tokens trimmed from the edges of a title."""


_OFF_HEAD = frozenset({"poss", "pobj", "case"})
"""Words in a title that name something else ("the firm’s", "of the committee"), not the role."""


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation and conjunctions from both ends of a token run."""
    while tokens and (tokens[0].dep_ in _EDGE_DEPS or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].dep_ in _EDGE_DEPS or tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _contiguous(tokens: list[Token]) -> list[Token]:
    """Keep the first run of consecutive tokens (titles are written in one piece)."""
    run: list[Token] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if run and token.i != run[-1].i + 1:
            break
        run.append(token)
    return run


def role_nouns(tokens: list[Token]) -> set[str]:
    """Role nouns among the tokens ("director", "chief executive").

    Args:
        tokens: The words of a title.

    Returns:
        The lower-case role nouns found, two-word ones included.

    """
    table = _lexicon.roles()
    found = set()
    inside = {t.i for t in tokens}
    tokens = [t for t in tokens if t.dep_ not in _OFF_HEAD and not (t.head.i in inside and t.head.dep_ in _OFF_HEAD)]
    words = [t.lemma_.lower() if t.pos_ in _NOUNS else t.lower_ for t in tokens]
    for i, word in enumerate(words):
        if i + 1 < len(words) and f"{word} {words[i + 1]}" in table:
            found.add(f"{word} {words[i + 1]}")
        if word in table and tokens[i].pos_ in _NOUNS:
            found.add(word)
    return found


def _own_appositive(child: Token, name_tokens: frozenset[int]) -> list[list[Token]]:
    """The titles of one appositive of the name: its words, then each noun conjunct's."""
    conjuncts = [c for c in child.children if c.dep_ == "conj" and c.pos_ in _NOUNS]
    excluded = {t.i for c in conjuncts for t in c.subtree}
    first = [t for t in child.subtree if t.i not in excluded and t.i not in name_tokens]
    titles = [_trim(_contiguous(first))]
    titles.extend(_trim(_contiguous(list(conj.subtree))) for conj in conjuncts)
    return titles


@rule("title.appositive", stage="titles", order=20)
def appositive_titles(site: TitleSite) -> list[list[Token]]:
    """Appositives of the name: "Ana Ruiz, the agency’s deputy director and spokeswoman"."""
    titles = []
    for child in site.root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            titles.extend(_own_appositive(child, site.name_tokens))
    return [t for t in titles if t]


@rule("title.reverse_appositive", stage="titles", order=25)
def reverse_appositive_title(site: TitleSite) -> list[list[Token]]:
    """The noun the name is in apposition to: "the company’s chief executive, Dan Hirsch"."""
    root = site.root
    if root.dep_ != "appos" or root.head.i in site.name_tokens or root.head.pos_ != "NOUN":
        return []
    own = {t.i for t in root.subtree}
    before = [t for t in root.head.subtree if t.i not in own and t.i < min(own)]
    title = _trim(_contiguous(before))
    return [title] if title else []


@rule("title.premodifier", stage="titles", order=10)
def premodifier_title(site: TitleSite) -> list[list[Token]]:
    """Words before the name that modify it and hold a role noun: "Defense Secretary Jane Roe"."""
    doc = site.doc
    run: list[Token] = []
    heads = set(site.name_tokens)
    i = site.first - 1
    while i >= 0:
        token = doc[i]
        if token.dep_ not in {"compound", "amod", "nmod", "poss", "case"} or token.head.i not in heads:
            break
        run.insert(0, token)
        heads.add(token.i)
        i -= 1
    run = _trim(run)
    return [run] if run and role_nouns(run) else []


@rule("title.copula", stage="titles", order=30)
def copula_titles(site: TitleSite) -> list[list[Token]]:
    """Role-noun complements of "be" with the name as subject: "Roe is the mayor"."""
    root = site.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return []
    titles = []
    for child in root.head.children:
        if child.dep_ == "attr" and child.pos_ == "NOUN":
            tokens = _trim(list(child.subtree))
            head = [t for t in tokens if t.i <= child.i and (t is child or t.head is child)]
            if role_nouns(head[-2:]):
                titles.append(tokens)
    return titles


@rule("title.relative", stage="titles", order=40)
def relative_titles(site: TitleSite) -> list[list[Token]]:
    """Relative clauses about the name: "Ortega, who chairs the committee"."""
    titles = []
    for child in site.root.children:
        if child.dep_ == "relcl":
            tokens = _trim(list(child.subtree))
            if tokens and tokens[0].lower_ in {"who", "whom", "whose"}:
                titles.append(tokens)
    return titles


def titles_of(doc: Doc, start_token: int, end_token: int, rules: Sequence[Rule] | None = None) -> list[list[Token]]:
    """Every title the parse gives a name written at ``doc[start_token:end_token]``.

    Args:
        doc: The parsed article.
        start_token: Index of the name's first token.
        end_token: Index one past its last token.
        rules: The ``titles`` rules to run, in order (default: the built-in ones).

    Returns:
        Titles as token runs, in the order of the rules: pre-modifier,
        appositives, reverse appositive, copula, relative clause.

    """
    if end_token <= start_token:
        return []
    site = TitleSite(doc, doc[start_token:end_token].root, start_token, frozenset(range(start_token, end_token)))
    active = DEFAULT_RULES.active("titles") if rules is None else rules
    titles = [title for found in active for title in found.func(site)]
    return [t for t in titles if t and len(t) <= 30]
