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


_NAME_HONORIFICS = frozenset({"Dame", "Lord", "Lady", "Dr", "Dr.", "Rev."})
"""Honorifics besides the courtesy ones that belong to a name, not to a title before it."""

_EDGE_DEPS = frozenset({"punct", "cc"})
"""Tokens trimmed from the edges of a title."""


_OFF_HEAD = frozenset({"poss", "pobj", "case"})
"""Words in a title that name something else ("the firm’s", "of the committee"), not the role."""


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation and conjunctions from both ends of a token run, and an adverb before its determiner."""
    while tokens and (tokens[0].dep_ in _EDGE_DEPS or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[0].pos_ == "ADV" and tokens[1].pos_ == "DET":
        tokens = tokens[1:]  # "Later the spokeswoman": the adverb is the clause's
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
        if word in table and (tokens[i].pos_ == "NOUN" or (tokens[i].pos_ == "PROPN" and _title_word(tokens[i], word))):
            found.add(word)
    return found


def _title_word(token: Token, word: str) -> bool:
    """Whether a proper-noun token may still be a role ("Secretary"), not a name that spells one ("Obi", "Hunter").

    Capitalised words of the hand-kept list always count ("Department",
    "Secretary"); of the WordNet list, titles (offices, ranks, trades) that
    are no common name ("Midfielder", not "Yahoo" or "Hunter").
    """
    role = _lexicon.roles()[word]
    if role.curated or token.is_lower:
        return True  # a lower-case word tagged a proper noun ("shop steward") is still a common noun
    return role.title and not role.name_like and token.text not in _lexicon.first_names()


def _own_appositive(child: Token, name_tokens: frozenset[int]) -> list[list[Token]]:
    """The titles of one appositive of the name: its words, then each noun conjunct's."""
    conjuncts = [c for c in child.children if c.dep_ == "conj" and c.pos_ in _NOUNS]
    # "a retired nurse, who worked there"; "director of the Water Board, which supplies ...": no title words
    clauses = {t.i for c in child.subtree if c.dep_ == "relcl" for t in c.subtree}
    inner = [t for t in child.subtree if t.dep_ == "appos" and t is not child]  # "vicar of St Ives, a parish ..."
    excluded = {t.i for c in conjuncts + inner for t in c.subtree} | clauses
    first = [t for t in child.subtree if t.i not in excluded and t.i not in name_tokens]
    titles = [_trim(_contiguous(first))]
    titles.extend(_trim(_contiguous([t for t in conj.subtree if t.i not in clauses])) for conj in conjuncts)
    return titles


@rule("title.appositive", stage="titles", order=20)
def appositive_titles(site: TitleSite) -> list[list[Token]]:
    """Appositives of the name: "Ana Ruiz, the agency’s deputy director and spokeswoman"."""
    titles: list[list[Token]] = []
    for child in site.root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and not _whose_owned(child):
            titles.extend(_own_appositive(child, site.name_tokens))
    return _hyphen_joined([t for t in titles if t])


HYPHENS = frozenset("-‐‑")
"""Hyphens that join the parts of one compound word ("co-chair", "vice-president")."""


def _joined(left: list[Token], right: list[Token]) -> bool:
    """Whether two titles are one word the parser split at its hyphen ("the union’s co" + "chair")."""
    last, first = left[-1], right[0]
    if first.i != last.i + 2 or last.whitespace_:
        return False
    hyphen = last.doc[last.i + 1]
    return hyphen.text in HYPHENS and not hyphen.whitespace_


def _hyphen_joined(titles: list[list[Token]]) -> list[list[Token]]:
    """The titles with a compound the parser split at its hyphen into appositives written as one again.

    The parser reads "Leah Famuyiwa, the union’s co-chair," as three appositives ("co", "-", "chair");
    a title is written in one piece, so the halves on either side of a hyphen with no space are one title.
    """
    out: list[list[Token]] = []
    for title in titles:
        if out and _joined(out[-1], title):
            out[-1] = out[-1] + [title[0].doc[title[0].i - 1]] + title
        else:
            out.append(title)
    return out


def _whose_owned(noun: Token) -> bool:
    """Whether "whose" owns a noun ("Carver Estates, whose founder, Ann Pike"): the role is someone else's.

    The name before "whose" is the owner; the role belongs to the person named after it (or unnamed).
    """
    return any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children)


@rule("title.reverse_appositive", stage="titles", order=25)
def reverse_appositive_title(site: TitleSite) -> list[list[Token]]:
    """The noun the name is in apposition to: "the company’s chief executive, Dan Hirsch"."""
    root = site.root
    if root.dep_ != "appos" or root.head.i in site.name_tokens:
        return []
    noun = _titled_noun(root.head)
    if noun.pos_ != "NOUN" and not _capitalised_office(noun):
        return []
    if noun.dep_ in {"dobj", "pobj"} and _introductory(noun):
        return []  # "After meeting the mayor, Tom Reyes, 45, said"
    own = {t.i for t in root.subtree}
    before = [t for t in noun.subtree if t.i not in own and t.i < min(own)]
    pieces: list[list[Token]] = [[]]
    for token in _contiguous(before):  # "The club's manager, former striker Dom Pelly": two titles
        if token.lower_ == "whose" and token.head.i == noun.i:
            continue  # "whose founder, Ann Pike": her title is "founder"
        if token.text == ",":
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [title for piece in pieces if (title := _trim(piece))]


def _capitalised_office(token: Token) -> bool:
    """Whether a proper noun after "the" or a possessive is an office ("The local MP", "the area's MSP").

    A title role noun ("The Dean of Hexley"), or a short acronym (an office
    written in capitals), with a definite article or a possessor.
    """
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in token.children):
        return False
    role = _lexicon.roles().get(token.lower_)
    return (role is not None and role.title) or (token.text.isupper() and 2 <= len(token.text) <= 4)


def _titled_noun(token: Token) -> Token:
    """The noun a name stands in apposition to, up from the object of a title's "of" phrase.

    "The company's head of vaccines, Matthias Oberholzer": the parser hangs
    the name on "vaccines"; the title is "The company's head of vaccines". A
    person's role noun there keeps the name ("a spokesman for the mayor, Ann
    Lee": Ann Lee is the mayor).
    """
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN":
        role = _lexicon.roles().get(token.lemma_.lower())
        if role is not None and role.type == "person":
            break
        token = token.head.head
    return token


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
    while run and (run[-1].text in _lexicon.courtesy_titles() or run[-1].text in _NAME_HONORIFICS):
        run = run[:-1]  # "retired judge Sir Alan Moss": "Sir" belongs to the name
    run = _trim(run)
    return [run] if run and role_nouns(run) else []


_PHRASE_POS = frozenset({"DET", "NOUN", "ADJ", "NUM", "ADV", "PART", "PROPN", "VERB"})
"""Parts of speech a title's words may have when read from the surface ("the 23-year-old poet")."""

_BEFORE_PHRASE = frozenset({"VERB", "AUX", "ADP", "SCONJ"})
"""Parts of speech that make a noun phrase the object of something, not a title ("after meeting the mayor, ...")."""


def _is_role(token: Token) -> bool:
    """Whether a token is a role noun ("novelist", "firm") tagged as a noun."""
    word = token.lemma_.lower()
    if word not in _lexicon.roles():
        return False
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and _title_word(token, word))


def _phrase_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` may be a word of a title read from the surface."""
    token = doc[i]
    if token.ent_type_ == "PERSON" or (token.pos_ == "VERB" and token.tag_ not in {"VBN", "VBG"}):
        return False
    if token.lower_ == "whose":
        return False  # "Carver Estates, whose founder, Ann Pike": her title is "founder"
    hyphen = token.text in {"-", "–"} and i > 0 and not doc[i - 1].is_space
    joined = token.lower_ == "and" and 0 < i < len(doc) - 1 and doc[i - 1].pos_ == doc[i + 1].pos_ == "NOUN"
    return token.pos_ in _PHRASE_POS or hyphen or joined or token.tag_ in {"POS", "PRP$"}


def _phrase_before(doc: Doc, end: int) -> list[Token]:
    """The noun phrase ending at ``doc[end - 1]``, read leftwards from the surface, up to its determiner.

    The small parser often misattaches such phrases ("the ride-hailing firm
    Vantly", "23-year-old poet Felix Amara"), so the words are read from
    their parts of speech: nouns, adjectives, numbers, participles, hyphens
    and a possessive; a determiner or the sentence's start ends the phrase.
    """
    run: list[Token] = []
    i = end - 1
    while i >= 0 and len(run) < MAX_PHRASE and (_phrase_word(doc, i) or _of_between_nouns(doc, i)):
        run.insert(0, doc[i])
        if doc[i].pos_ == "DET" or doc[i].tag_ == "PRP$" or doc[i].is_sent_start:
            break
        i -= 1
    return run


def _of_between_nouns(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is the "of" of a role's complement ("chief of staff", "head of news")."""
    return doc[i].lower_ == "of" and 0 < i < len(doc) - 1 and doc[i - 1].pos_ == "NOUN" and doc[i + 1].pos_ == "NOUN"


MAX_PHRASE = 8
"""Most words of a title read from the surface."""


def _name_start(site: TitleSite) -> int:
    """Index of the name's first token, honorifics written before it included ("Sir Alan Moss", "Lt. Cdr. Ann Roe").

    The tokenizer splits the stop off an abbreviation it does not know ("Cdr" and "."): the two are one honorific.
    """
    honorifics = _lexicon.honorifics()
    doc = site.doc
    i = site.first
    while i > 0:
        if doc[i - 1].text in honorifics:
            i -= 1
        elif i > 1 and doc[i - 1].text == "." and not doc[i - 2].whitespace_ and doc[i - 2].text + "." in honorifics:
            i -= 2
        else:
            break
    return i


@rule("title.preceding", stage="titles", order=15)
def preceding_title(site: TitleSite) -> list[list[Token]]:
    """A role-noun phrase written right before the name: "the novelist Mara Lind", "the ride-hailing firm Vantly"."""
    first = _name_start(site)
    if first == 0 or not _is_role(site.doc[first - 1]):
        return []
    run = _trim(_phrase_before(site.doc, first))
    return [run] if run else []


_OF_ORGANISATION = frozenset({"of", "at", "for"})
"""Prepositions joining a role to the organisation it serves ("chief executive of Harlow Water")."""


def _role_phrase_before_comma(doc: Doc, comma: int) -> list[Token]:
    """The role phrase ending right before ``doc[comma]``: "The panel’s chair", "The head of Harlow Water"."""
    if _is_role(doc[comma - 1]):
        return _phrase_before(doc, comma)
    j = comma - 1
    while j > 0 and doc[j].pos_ == "PROPN":
        j -= 1  # the organisation's name
    if j < comma - 1 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or j == comma - 1 or doc[j].lower_ not in _OF_ORGANISATION or not _is_role(doc[j - 1]):
        return []
    phrase = _phrase_before(doc, j)
    return [*phrase, *doc[j:comma]] if phrase else []


@rule("title.stacked", stage="titles", order=26)
def stacked_title(site: TitleSite) -> list[list[Token]]:
    """A role phrase and a comma before the name or its title: "The panel’s chair, the novelist Mara Lind, said".

    The name (with any title right before it) must be closed by a comma or
    the clause's end, and the phrase must not be the object of a verb or
    preposition in a clause opening the sentence ("After meeting the mayor,
    Lind, 45, said" gives no title; "I asked the committee chair, Councillor
    Nell Varga, whether" does). The phrase may name the organisation the role
    serves ("The chief executive of Harlow Water, Kate Bligh, said").
    """
    doc = site.doc
    start = _name_start(site)
    own = _phrase_before(doc, start) if start > 0 and _is_role(doc[start - 1]) else []
    start = own[0].i if own else start
    last = max(site.name_tokens)
    closed = last + 1 >= len(doc) or doc[last + 1].text in {",", ";", ")", "—", "–"}
    if start < 2 or doc[start - 1].text != "," or not closed:
        return []
    phrase = _role_phrase_before_comma(doc, start - 1)
    if not phrase or phrase[0].i == 0 or phrase[0].is_sent_start:
        return [_trim(phrase)] if phrase else []
    before = doc[phrase[0].i - 1]
    if before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ == "one":
        return [_trim([doc[before.i - 1], before, *phrase])]  # "One of the councillors, Gus Ambrose,"
    return [] if before.pos_ in _BEFORE_PHRASE and _introductory(before) else [_trim(phrase)]


def _introductory(token: Token) -> bool:
    """Whether a token lies in a clause that opens its sentence ("After meeting the mayor, ...")."""
    opener = token.sent[0]
    return opener.pos_ in {"ADP", "SCONJ"} or opener.tag_ in {"VBG", "VBN"}


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
    """Relative clauses about the name: "Ortega, who chairs the committee" (not what it said: "who said the ...").

    Not for a name that is the object of a preposition on a noun ("a senior manager at Harwell, who was not
    authorised to speak"): the clause may as well be about that noun.
    """
    titles: list[list[Token]] = []
    root = site.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in {"NOUN", "PROPN"}:
        return titles
    for child in root.children:
        if child.dep_ == "relcl" and not any(c.dep_ == "ccomp" for c in child.children):
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
    return [t for t in titles if t and len(t) <= 30 and any(w.is_alpha for w in t)]  # an age alone is no title
