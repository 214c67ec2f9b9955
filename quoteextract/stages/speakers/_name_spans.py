"""Cleaning a run of name tokens into a name mention: articles, possessives, honorifics, datelines."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ..layout.dateline import dateline_end
from ._groups import NameMention
from ._names import parse_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ._speaker_layout import SpeakerLayout

POSSESSIVES = frozenset({"'s", "’s"})
"""A possessive ending written as its own token."""

NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})
"""Entity labels whose words are never speakers' names."""


@functools.cache
def _honorific_before() -> tuple[re.Pattern[str], int]:
    """An honorific and a space ending where a name starts, not glued to a word before it; and the longest's length.

    The titles are tried longest first, so the leftmost match is the longest title there.
    """
    titles = sorted(_lexicon.honorifics(), key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, titles)) + r") \Z")
    return pattern, len(titles[0]) if titles else 0


def honorific_start(text: str, start: int) -> int:
    """Extend a name's start leftwards over an honorific written before it."""
    pattern, longest = _honorific_before()
    match = pattern.search(text, max(0, start - longest - 1), start)
    return match.start() if match is not None else start


def possessive_after(doc: Doc, ent: Span) -> bool:
    """Whether the token after an entity (or its last token) is a possessive ending."""
    last = ent[-1]
    if last.tag_ == "POS" or last.text in POSSESSIVES:
        return True
    return ent.end < len(doc) and doc[ent.end].tag_ == "POS"


def _dateline(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether a name is a capitalised dateline opening its line ("WASHINGTON (AP) —") or lies in a wire dateline.

    A wire dateline ("BERLIN (Reuters) -", "NAIROBI, Kenya (AP) —": :mod:`quoteextract.stages.layout.dateline`)
    names where a story was filed and its agency; neither is a speaker, and the agency in brackets is no title of
    the place.
    """
    dateline = dateline_end(text, line_start)
    if dateline is not None and end <= dateline:
        return True
    words = text[start:end]
    letters = [c for c in words if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or (len(letters) <= 6 and " " not in words):
        return False
    return start == 0 or not text[line_start:start].strip()


VERSION_NOTES = frozenset(
    {
        "ADDS",
        "ADDING",
        "CORRECTS",
        "CORRECTED",
        "CORRECTING",
        "FIXES",
        "RECASTS",
        "REFILE",
        "REFILES",
        "REPEAT",
        "REPEATS",
        "RPT",
        "RETRANSMITS",
        "REWRITES",
        "UPDATE",
        "UPDATES",
        "WRAPUP",
        "ADVISORY",
    }
)
"""Capitalised words that open a wire copy's version note ("ADDS minister's comment", "REFILE-UPDATE 2-")."""


def _version_note(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether a name is a word of a wire version note opening its line ("UPDATES with ...", "REFILE-").

    Agencies mark a story's new version at the top of its copy ("ADDS quotes from minister in paragraphs
    4-5", "CORRECTS spelling of name", "REFILE-UPDATE 2-..."): the capitalised word is an editor's note,
    no organisation and no speaker. Only a note word written in capitals, with nothing but spaces, other
    note words and hyphens before it on its line, counts.
    """
    first = re.split(r"[\s-]", text[start:end], maxsplit=1)[0]
    if first not in VERSION_NOTES:
        return False
    before = [w for w in re.split(r"[\s\-–—]+|\d+", text[line_start:start]) if w]
    return all(w in VERSION_NOTES for w in before)


def _trim_tokens(tokens: list[Token], possessive: bool) -> tuple[list[Token], bool]:
    """Drop a leading article, punctuation and swallowed verbs, and a trailing possessive, from a name."""
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct or tokens[0].tag_.startswith("VB")):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_.startswith("VB") and tokens[-1].text not in POSSESSIVES:
        tokens = tokens[:-1]  # a headline's verb swallowed by the tagger ("Obama Says")
    while tokens and (tokens[-1].tag_ == "POS" or tokens[-1].is_punct or tokens[-1].text in POSSESSIVES):
        possessive = possessive or tokens[-1].tag_ == "POS"
        tokens = tokens[:-1]
    return tokens, possessive


ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"})
"""Lower-case articles that open an Arabic surname written alone ("al-Hassan said")."""


def _arabic_article(tokens: list[Token]) -> bool:
    """Whether a name opens with an Arabic article and a hyphen before a capitalised word ("al-Hassan")."""
    return (
        len(tokens) >= 3
        and tokens[0].text in ARABIC_ARTICLES
        and tokens[1].text == "-"
        and tokens[2].text[:1].isupper()
    )


def _abbreviation_alone(tokens: list[Token]) -> bool:
    """Whether a would-be name is only an honorific abbreviation whose stop the tokenizer split off ("Det" of "Det.").

    At a sentence's start the tagger may take "Det" or "Sgt" of "Det. Insp. Ann Roe" for a person of its own.
    """
    if len(tokens) != 1:
        return False
    word = tokens[0]
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return after is not None and after.text == "." and not word.whitespace_ and word.text + "." in _lexicon.honorifics()


def make_mention(
    text: str, tokens: list[Token], label: str, layout: SpeakerLayout, possessive: bool
) -> NameMention | None:
    """Clean a run of name tokens into a mention (articles, possessive, honorific)."""
    tokens, possessive = _trim_tokens(tokens, possessive)
    if not tokens or not (tokens[0].text[:1].isupper() or _arabic_article(tokens)) or _abbreviation_alone(tokens):
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if text[end - 2 : end] in POSSESSIVES and len(tokens[-1].text) > 2:
        end -= 2
        possessive = True
    if end < len(text) and text[end : end + 2] in POSSESSIVES:
        possessive = True
    start = honorific_start(text, start)
    line_start = layout.line_start(start)
    if layout.in_credit(start, end) or end <= start or _dateline(text, line_start, start, end):
        return None
    if _version_note(text, line_start, start, end):
        return None
    name = parse_name(text[start:end] + ("’s" if possessive else ""))
    if not name.tokens:
        return None
    return NameMention(start, end, name, label)
