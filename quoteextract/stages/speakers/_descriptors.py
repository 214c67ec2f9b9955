"""Titles and descriptions of a named entity, read from the parse.

Four constructions give titles:

* appositives: "Ana Ruiz, Lopez’s younger sister and deputy director of the
  agency ..." (each conjunct a title), and the reverse, "the company’s chief
  executive, Dan Hirsch";
* pre-modifiers holding a role noun: "Defense Secretary Jane Roe", and office
  honorifics such as "Sen." written before the name;
* copulas with a role noun: "Roe is the mayor of Springfield";
* relative clauses: "Ortega, who chairs the committee".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
    words = [t.lemma_.lower() if t.pos_ in {"NOUN", "PROPN"} else t.lower_ for t in tokens]
    for i, word in enumerate(words):
        if i + 1 < len(words) and f"{word} {words[i + 1]}" in table:
            found.add(f"{word} {words[i + 1]}")
        if word in table and tokens[i].pos_ in {"NOUN", "PROPN"}:
            found.add(word)
    return found


def _appositive_titles(root: Token, name_tokens: set[int]) -> list[list[Token]]:
    """Titles from appositives of the name and from the noun the name is in apposition to."""
    titles = []
    for child in root.children:
        if child.dep_ != "appos" or child.ent_type_ == "PERSON":
            continue
        conjuncts = [c for c in child.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
        excluded = {t.i for c in conjuncts for t in c.subtree}
        first = [t for t in child.subtree if t.i not in excluded and t.i not in name_tokens]
        titles.append(_trim(_contiguous(first)))
        for conj in conjuncts:
            titles.append(_trim(_contiguous(list(conj.subtree))))
    if root.dep_ == "appos" and root.head.i not in name_tokens and root.head.pos_ == "NOUN":
        own = {t.i for t in root.subtree}
        before = [t for t in root.head.subtree if t.i not in own and t.i < min(own)]
        titles.append(_trim(_contiguous(before)))
    return [t for t in titles if t]


def _premodifier_title(doc: Doc, first: int, name_tokens: set[int]) -> list[Token]:
    """Words before the name that modify it and hold a role noun ("Defense Secretary")."""
    run: list[Token] = []
    heads = set(name_tokens)
    i = first - 1
    while i >= 0:
        token = doc[i]
        if token.dep_ not in {"compound", "amod", "nmod", "poss", "case"} or token.head.i not in heads:
            break
        run.insert(0, token)
        heads.add(token.i)
        i -= 1
    run = _trim(run)
    return run if run and role_nouns(run) else []


def _copula_titles(root: Token) -> list[list[Token]]:
    """Role-noun complements of "be" with the name as subject ("Roe is the mayor")."""
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


def _relative_titles(root: Token) -> list[list[Token]]:
    """Relative clauses about the name ("who chairs the committee")."""
    titles = []
    for child in root.children:
        if child.dep_ == "relcl":
            tokens = _trim(list(child.subtree))
            if tokens and tokens[0].lower_ in {"who", "whom", "whose"}:
                titles.append(tokens)
    return titles


def titles_of(doc: Doc, start_token: int, end_token: int) -> list[list[Token]]:
    """Every title the parse gives a name written at ``doc[start_token:end_token]``.

    Args:
        doc: The parsed article.
        start_token: Index of the name's first token.
        end_token: Index one past its last token.

    Returns:
        Titles as token runs, in the order: pre-modifier, appositives,
        copula, relative clause.

    """
    if end_token <= start_token:
        return []
    name_tokens = set(range(start_token, end_token))
    root = doc[start_token:end_token].root
    titles = []
    pre = _premodifier_title(doc, start_token, name_tokens)
    if pre:
        titles.append(pre)
    titles.extend(_appositive_titles(root, name_tokens))
    titles.extend(_copula_titles(root))
    titles.extend(_relative_titles(root))
    return [t for t in titles if t and len(t) <= 30]
