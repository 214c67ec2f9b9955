"""Finding mentions in a parsed article: proper names, their places and roles."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS, VERB_POS
from ._evidence import context_gender
from ._groups import ORG_LABELS, PERSON_LABELS, NameMention
from ._intervals import Intervals
from ._names import Name, looks_like_org, looks_like_person, parse_name, title_is_credible, unfold_title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ...article import Article

_POSSESSIVES = frozenset({"'s", "’s"})
"""A possessive ending written as its own token."""

NICKNAMED = re.compile(
    r"""
    \b(?P<first>[A-Z][\w'’-]*[\w])                   # a first name ("Teddy")
    [ ][“"‘](?P<nick>[A-Z][\w'’-]*(?:[ ][\w'’-]+){0,3})[”"’]  # a nickname, no punctuation ("“Two Phones”")
    [ ](?P<last>[A-Z][\w-]*(?:['’][A-Z][\w-]*)?)       # a surname ("Garvey", "O'Hara"), no possessive
    """,
    re.VERBOSE,
)
"""A nickname written inside a name: Teddy “Two Phones” Garvey."""


@dataclass(frozen=True)
class SpeakerLayout:
    """Where sentences and lines start, and which characters are quoted or credits.

    The pronoun scores count sentences and lines back from a pronoun, so this
    layout keeps the units they were tuned on rather than ``Article.layout``:
    spaCy's sentences (the regex sentences of ``Article.layout`` split
    differently inside quotations and after abbreviations) and every line,
    blank ones included (``Article.layout`` skips blank lines, which would
    double the paragraph window of articles written with blank lines between
    paragraphs). Both are indexed once from ``Article.text`` and the parse.

    Args:
        sentence_starts: Character offset of every sentence start.
        paragraph_starts: Character offset of every line start.
        quoted: Every quoted fragment.
        credits: Every credit line.

    """

    sentence_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]
    quoted: Intervals
    credits: Intervals

    def sentence(self, offset: int) -> int:
        """Index of the sentence holding ``offset``."""
        return max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)

    def paragraph(self, offset: int) -> int:
        """Index of the paragraph (line) holding ``offset``."""
        return max(0, bisect.bisect_right(self.paragraph_starts, offset) - 1)

    def line_start(self, offset: int) -> int:
        """Offset of the first character of the line holding ``offset``."""
        return self.paragraph_starts[self.paragraph(offset)]

    def in_quote(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside quoted words."""
        return self.quoted.contains(start, end)

    def in_credit(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies in a byline or credit line."""
        return self.credits.contains(start, end)


def make_layout(article: Article, quoted: list[tuple[int, int]], credits: list[tuple[int, int]]) -> SpeakerLayout:
    """Build the :class:`SpeakerLayout` of a parsed article.

    Args:
        article: The article (its text and parse).
        quoted: Quoted fragments.
        credits: Credit lines.

    Returns:
        The layout.

    """
    doc = article.doc
    assert doc is not None
    paragraphs = [0] + [m.end() for m in re.finditer("\n", article.text)]
    sentences = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    return SpeakerLayout(tuple(sentences), tuple(paragraphs), Intervals(quoted), Intervals(credits))


@functools.cache
def _honorific_before() -> tuple[re.Pattern[str], int]:
    """An honorific and a space ending where a name starts, not glued to a word before it; and the longest's length.

    The titles are tried longest first, so the leftmost match is the longest title there.
    """
    titles = sorted(_lexicon.honorifics(), key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, titles)) + r") \Z")
    return pattern, len(titles[0]) if titles else 0


def _honorific_start(text: str, start: int) -> int:
    """Extend a name's start leftwards over an honorific written before it."""
    pattern, longest = _honorific_before()
    match = pattern.search(text, max(0, start - longest - 1), start)
    return match.start() if match is not None else start


def _possessive_after(doc: Doc, ent: Span) -> bool:
    """Whether the token after an entity (or its last token) is a possessive ending."""
    last = ent[-1]
    if last.tag_ == "POS" or last.text in _POSSESSIVES:
        return True
    return ent.end < len(doc) and doc[ent.end].tag_ == "POS"


_COMMA_KEEPS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "co", "co.", "corp", "corp.", "jr", "jr."})
"""Words after a comma that continue the same name ("Acme, Inc.", "Sam Ruiz, Jr.")."""

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""Entity labels of places, whose comma joins one name ("Salem, Oregon")."""


def _inner_comma(ent: Span, token: Token) -> bool:
    """Whether a comma inside an entity parts two names ("the Marsh Gazette, Dunstan Ferrow")."""
    if token.text != "," or token.i + 1 >= ent.end or ent.label_ in _PLACE_LABELS:
        return False
    after = token.nbor(1)
    return after.pos_ == "PROPN" and after.lower_ not in _COMMA_KEEPS


def _pieces(ent: Span) -> list[list[Token]]:
    """Split an entity at an inner possessive ("The Ledger’s Lena Park": two names), a verb or a comma."""
    pieces: list[list[Token]] = [[]]
    for token in ent:
        if token.tag_.startswith("VB") and token.text not in _POSSESSIVES and token.pos_ in VERB_POS:
            pieces.append([])  # a headline's verb swallowed by the tagger ("Obama Says ...")
        elif _inner_comma(ent, token):
            pieces.append([])
        elif token.tag_ == "POS" and token.i < ent.end - 1:
            pieces[-1].append(token)
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [p for p in pieces if p]


def _dateline(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether a name is a capitalised dateline opening its line ("WASHINGTON (AP) —")."""
    words = text[start:end]
    letters = [c for c in words if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or (len(letters) <= 6 and " " not in words):
        return False
    return start == 0 or not text[line_start:start].strip()


def _trim_tokens(tokens: list[Token], possessive: bool) -> tuple[list[Token], bool]:
    """Drop a leading article, punctuation and swallowed verbs, and a trailing possessive, from a name."""
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct or tokens[0].tag_.startswith("VB")):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_.startswith("VB") and tokens[-1].text not in _POSSESSIVES:
        tokens = tokens[:-1]  # a headline's verb swallowed by the tagger ("Obama Says")
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].text in _POSSESSIVES):
        possessive = possessive or tokens[-1].tag_ == "POS"
        tokens = tokens[:-1]
    return tokens, possessive


def _mention(text: str, tokens: list[Token], label: str, layout: SpeakerLayout, possessive: bool) -> NameMention | None:
    """Clean a run of name tokens into a mention (articles, possessive, honorific)."""
    tokens, possessive = _trim_tokens(tokens, possessive)
    if not tokens or not tokens[0].text[:1].isupper():
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if text[end - 2 : end] in _POSSESSIVES and len(tokens[-1].text) > 2:
        end -= 2
        possessive = True
    if end < len(text) and text[end : end + 2] in _POSSESSIVES:
        possessive = True
    start = _honorific_start(text, start)
    if layout.in_credit(start, end) or end <= start or _dateline(text, layout.line_start(start), start, end):
        return None
    name = parse_name(text[start:end] + ("’s" if possessive else ""))
    if not name.tokens:
        return None
    return NameMention(start, end, name, label)


_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
"""Entity labels whose words are never speakers' names."""


def _propn_runs(tokens: list[Token], covered: set[int]) -> list[list[Token]]:
    """Runs of proper-noun tokens the named-entity layer missed or mislabelled."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        usable = (
            token.pos_ == "PROPN"
            and token.i not in covered
            and token.ent_type_ not in _NOT_NAMES
            and token.text[:1].isupper()
            and token.text not in _lexicon.honorifics()
        )
        if usable:
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def _joined_entities(doc: Doc) -> list[tuple[Span, str]]:
    """Name entities and their labels, a place name joined to an organisation word after it.

    The tagger splits "Springfield Gazette" into a place and a person; when two
    entities touch and the second ends in an organisation word, they are one
    organisation.
    """
    ents = [e for e in doc.ents if e.label_ in PERSON_LABELS | ORG_LABELS]
    joined: list[tuple[Span, str]] = []
    for ent in ents:
        if joined and joined[-1][0].end == ent.start and joined[-1][1] in ORG_LABELS:
            merged = doc[joined[-1][0].start : ent.end]
            if looks_like_org(parse_name(merged.text)) and ent[-1].text in _lexicon.org_suffixes():
                joined[-1] = (merged, "ORG")
                continue
        joined.append((_cut_short(doc, ent), ent.label_))
    return joined


def _check_titles(found: list[tuple[NameMention, Span]], surnames: set[str]) -> None:
    """Put back a title folded off a one-word name that is no person's ("Cardinal Health")."""
    for mention, _ in found:
        if mention.name.title and not title_is_credible(mention.name, mention.label, surnames):
            mention.name = unfold_title(mention.name)


def _described(token: Token) -> bool:
    """Whether a proper noun has a role-noun appositive ("Skylark, the Irish budget carrier,"): a name."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in _lexicon.roles() for c in token.children)


def _cut_short(doc: Doc, ent: Span) -> Span:
    """An entity with the surname the tagger left out after it ("vet Nkechi Obi" tagged "Nkechi").

    One plain capitalised proper noun directly after a one-word entity, on
    the same line, that no entity holds, that is no honorific, role,
    organisation or outlet word, and that no capitalised word follows (in a
    title-case headline every word is capitalised).
    """
    if len(ent) != 1 or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    word = after.text
    plain = word[:1].isupper() and word[1:].islower() and word.isalpha()
    vocabulary = _lexicon.org_suffixes() | _lexicon.outlet_words()
    if (
        not plain
        or after.pos_ != "PROPN"
        or after.ent_type_
        or word in vocabulary
        or word in _lexicon.honorifics()
        or _title_word(word)
        or ent[-1].whitespace_ != " "
        or (ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isupper())  # a title-case headline
    ):
        return ent
    return doc[ent.start : ent.end + 1]


def _title_word(word: str) -> bool:
    """Whether a word is written as a title before a name ("Mayor"), not a rare role noun ("obi")."""
    role = _lexicon.roles().get(word.lower())
    return role is not None and role.title


def _missed_names(
    doc: Doc,
    tokens: list[Token],
    text: str,
    layout: SpeakerLayout,
    known: set[str],
    covered: set[int],
    surnames: set[str],
) -> list[tuple[NameMention, Span]]:
    """Runs of proper nouns the tagger missed that are names (``covered`` grows by their tokens).

    Kept when their own words mark a name (a known first name, an honorific,
    an organisation word), when their last word is a word of a name found by
    the tagger, when they end in a verb's subject outside quotes, or when a
    role-noun appositive describes them. A title folded off a one-word name
    that is nobody's goes back on ("Cardinal Health").
    """
    found: list[tuple[NameMention, Span]] = []
    for run in _propn_runs(tokens, covered):
        mention = _mention(text, run, "", layout, possessive=False)
        if mention is None:
            continue
        if mention.name.title and not title_is_credible(mention.name, "", surnames):
            mention.name = unfold_title(mention.name)
        name = mention.name
        subject = _subject_name(run, name) and not layout.in_quote(mention.start, mention.end)
        if looks_like_person(name) or looks_like_org(name) or name.last in known or subject or _described(run[-1]):
            found.append((mention, doc[run[0].i : run[-1].i + 1]))
            covered.update(t.i for t in run)
    return found


def _subject_name(run: list[Token], name: Name) -> bool:
    """Whether a run of two or more proper nouns ends in a verb's subject ("Headteacher Bronwen Tully said").

    The tagger misses unfamiliar names; one that does something is someone.
    """
    return len(name.tokens) >= 2 and run[-1].dep_ in NOMINAL_SUBJECT_DEPS and run[-1].head.pos_ == "VERB"


def name_mentions(
    doc: Doc, text: str, layout: SpeakerLayout, tokens: list[Token] | None = None
) -> list[tuple[NameMention, Span]]:
    """Proper-name mentions, from the named-entity layer and from proper-noun runs.

    Each named entity labelled person, organisation, country or group
    becomes a mention (split at an inner possessive); a leading article and a
    trailing possessive are trimmed from the span, an honorific written just
    before it is added. The small tagger misses and mislabels names, so runs
    of proper nouns outside those entities are added too when their own words
    mark a name (a known first name, an honorific, an organisation word) or
    when their last word is a word of a name found by the tagger ("Roe’s"
    after "Jane Roe"). Names in credit lines are skipped.

    Args:
        doc: The parsed article.
        text: Its text (``Article.text``).
        layout: Its layout.
        tokens: Its tokens in order, when the caller has made them already.

    Returns:
        ``(mention, token span)`` pairs in text order.

    """
    tokens = list(doc) if tokens is None else tokens
    found: list[tuple[NameMention, Span]] = []
    covered: set[int] = set()
    for ent, label in _joined_entities(doc):
        covered.update(range(ent.start, ent.end))
        for piece in _pieces(ent):
            mention = _mention(text, piece, label, layout, possessive=_possessive_after(doc, ent))
            if mention is not None:
                found.append((mention, doc[piece[0].i : piece[-1].i + 1]))
    nicknamed = _nicknamed(doc, text, layout)
    known = {t.lower() for m, _ in found + nicknamed for t in m.name.tokens}
    surnames = {m.name.last for m, _ in found if len(m.name.tokens) >= 2}
    _check_titles(found, surnames)
    found.extend(_missed_names(doc, tokens, text, layout, known, covered, surnames))
    found.extend(_bare_surnames(doc, tokens, text, layout, found + nicknamed, covered))
    found.sort(key=lambda pair: pair[0].start)
    if nicknamed:  # the pieces the tagger found inside a nicknamed name give way to the whole name
        spans = Intervals((m.start, m.end) for m, _ in nicknamed)
        found = sorted([p for p in found if not spans.overlaps(p[0].start, p[0].end)] + nicknamed, key=_start)
    found = _shared_surnames(text, found)
    for mention, span in found:
        if len(mention.name.tokens) == 1 and mention.name.honorific is None:
            mention.gender = context_gender(span[-1])
    return found


_SURNAME_DEPS = NOMINAL_SUBJECT_DEPS | {"poss", "appos"}
"""Where a bare surname the tagger did not call a proper noun still stands for its person ("Ilves said")."""


def _bare_surnames(
    doc: Doc,
    tokens: list[Token],
    text: str,
    layout: SpeakerLayout,
    found: list[tuple[NameMention, Span]],
    covered: set[int],
) -> list[tuple[NameMention, Span]]:
    """Bare surnames of people named in full that the tagger read as common nouns ("Ilves said").

    Only a capitalised word equal to the last word of a full name found
    elsewhere (whatever the tagger's label, but not an organisation's name by
    its own words), standing as a subject, a possessor or an appositive.
    """
    surnames = {m.name.tokens[-1] for m, _ in found if len(m.name.tokens) >= 2 and not looks_like_org(m.name)}
    extra: list[tuple[NameMention, Span]] = []
    for token in tokens:
        if token.text not in surnames or token.i in covered or token.ent_type_ in _NOT_NAMES:
            continue
        if token.dep_ in _SURNAME_DEPS and token.pos_ in {"NOUN", "PROPN", "ADJ", "X"}:
            mention = _mention(text, [token], "", layout, possessive=False)
            if mention is not None:
                extra.append((mention, doc[token.i : token.i + 1]))
    return extra


def _start(pair: tuple[NameMention, Span]) -> int:
    """Where a mention starts (a sort key)."""
    return pair[0].start


def _nicknamed(doc: Doc, text: str, layout: SpeakerLayout) -> list[tuple[NameMention, Span]]:
    """Names with a nickname inside (Teddy “Two Phones” Garvey): one mention of "Teddy Garvey" over all of it.

    The tagger splits them into a first name, a quotation and a surname.
    """
    whole: list[tuple[NameMention, Span]] = []
    for match in NICKNAMED.finditer(text):
        first, last = match.group("first"), match.group("last")
        start, end = _honorific_start(text, match.start()), match.end()
        span = doc.char_span(match.start(), end, alignment_mode="expand")
        if span is None or layout.in_credit(start, end) or first in _lexicon.honorifics():
            continue
        if span[0].pos_ != "PROPN" and first not in _lexicon.first_names():
            continue  # a headline's capitalised words around a quotation are no name
        possessive = text[end : end + 2] in _POSSESSIVES
        honorific = text[start : match.start()].strip() or None
        name = Name(text=text[start:end], honorific=honorific, tokens=(first, last), possessive=possessive)
        whole.append((NameMention(start, end, name, "PERSON"), span))
    return whole


def _shared_surnames(text: str, found: list[tuple[NameMention, Span]]) -> list[tuple[NameMention, Span]]:
    """Give a lone first name coordinated with a full name its surname ("Delia and Tom Rourke": Delia Rourke).

    Only when the full name is a person's (a known first name opens it, or the
    tagger says so) and the lone word is nobody's surname in the article
    ("Rourke and Delia Vance" stays as it is when "Tom Rourke" is named
    too).
    """
    surnames = {m.name.last for m, _ in found if len(m.name.tokens) >= 2}
    out = list(found)
    for n in range(len(found) - 1):
        (alone, span), (full, _) = found[n], found[n + 1]
        if (
            len(alone.name.tokens) == 1
            and alone.name.honorific is None
            and alone.label in PERSON_LABELS | {""}
            and len(full.name.tokens) == 2
            and text[alone.end : full.start] == " and "
            and (full.name.tokens[0] in _lexicon.first_names() or full.label == "PERSON")
            and alone.name.first not in surnames
            and not looks_like_org(alone.name)
            and not looks_like_org(full.name)
        ):
            name = parse_name(f"{alone.name.tokens[0]} {full.name.tokens[-1]}")
            out[n] = (NameMention(alone.start, alone.end, name, full.label), span)
    return out


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens covering ``start:end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def is_modifier(token: Token) -> bool:
    """Whether a name only modifies a common noun ("the Paris agreement", "Lopez campaign")."""
    return token.dep_ in {"compound", "amod", "nmod"} and token.head.pos_ == "NOUN"


def is_subject(token: Token) -> bool:
    """Whether a token heads (or is inside, or is in apposition to) the subject of a clause.

    "The lawyer, Ana Ruiz, said": the name in apposition to the subject is
    the subject too.
    """
    while token.dep_ in {"compound", "flat", "amod", "appos"} and token.head is not token:
        token = token.head
    return token.dep_ in NOMINAL_SUBJECT_DEPS
