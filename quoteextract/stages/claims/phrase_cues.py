"""Reporting idioms and "per X": cues the word lexicon cannot list (session 10).

Two kinds of cue the claim finder reads on top of the lexicon:

- *Reporting idioms*: a verb with a word that makes it a speech act, "made (it) clear that ...", "made plain
  that ...", "let (it) slip that ...", "raised the alarm that ...". Neither "make" nor "let" reports anything
  alone, so the table ``lang/en/data/claim_cue_idioms.tsv`` lists the pairs; the idiom's content is the first
  "that" clause after its word (or the clause the parser hangs on it), wherever the parser attached it ("let
  slip on a podcast that ...": a small model may hang the clause on "podcast"). Frame ``claim.idiom``.
- *"per X"* and *"as per X"*: "The forward will be out for six weeks, per a club spokesperson", "Per two
  people familiar with the matter, ...": wire and sports copy's short "according to". "per" is far more
  often a rate ("5 per cent", "£20 per person", "per capita"), so it is a source phrase only when it opens
  its sentence or follows a comma and its object is a party that can speak: a determiner, a number or a
  possessor before it, or a proper name ("per Reuters"), and no unit or measure noun. The content is the
  rest of the sentence, as for "according to" (frame ``claim.according_to``). Switched by
  ``claim.per_source``.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..._model import Cue
from ...lang.en._lexicon import CuePhrase, CueWord
from ...lang.en._tables import read_table
from ...lang.en.syntax import is_verb
from ...rules import rule
from ..attribution._cues import CueInfo
from .frames import FRAME_CONFIDENCE, Found
from .trim import cut_trailing

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

IDIOM_TABLE = "claim_cue_idioms.tsv"
"""The table of reporting idioms (in ``quoteextract/lang/en/data``)."""

IDIOM_RULE = "claim.idiom"
"""The frame (and switch) of the reporting idioms."""

PER_RULE = "claim.per_source"
"""The switch of the "per X" source phrase."""

IDIOM_WORD_DEPS: frozenset[str] = frozenset(
    {"ccomp", "acomp", "oprd", "xcomp", "dobj", "advmod", "amod", "conj", "prep"}
)
"""Relations under which the parser hangs an idiom's word on its verb ("made *clear*", "let *slip*", "put it *to*
him that", counsel's question in a cross-examination)."""

IDIOM_REACH = 3
"""Most tokens between an idiom's verb and its word ("made *it* clear", "raised *the* alarm")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "advcl", "relcl", "acl", "conj"})
"""Relations of a clause the parser may hang after an idiom's word."""

PER_PHRASE = CuePhrase(("per",), "source_object", "according_to", 0.8)
"""The "per X" source phrase (relation ``according_to``)."""

SPEAKING_DETERMINERS: frozenset[str] = frozenset({"det", "poss", "nummod", "compound"})
"""Dependents that make the object of "per" a party ("per *a* spokesperson", "per *two* officials")."""

MEASURE_NOUNS: frozenset[str] = frozenset(
    {
        "cent",
        "centum",
        "capita",
        "annum",
        "head",
        "person",
        "passenger",
        "pupil",
        "household",
        "share",
        "unit",
        "item",
        "day",
        "week",
        "month",
        "year",
        "hour",
        "minute",
        "second",
        "game",
        "match",
        "mile",
        "kilometre",
        "kilometer",
        "litre",
        "liter",
        "gallon",
        "kilo",
        "kilogram",
        "pound",
        "tonne",
        "ton",
        "barrel",
        "acre",
        "hectare",
        "room",
        "night",
        "seat",
        "vote",
        "usual",
        "se",
        "curiam",
    }
)
"""Objects that make "per" a rate or a Latin tag ("per cent", "per capita", "per head", "as per usual")."""


@functools.cache
def idiom_table() -> dict[str, dict[str, CueWord]]:
    """The reporting idioms, by verb lemma and then word (loaded once).

    Returns:
        For each verb lemma, its idiom words with a :class:`~quoteextract.lang.en._lexicon.CueWord`
        (lemma "verb word", no frames: only ``claim.idiom`` reads them).

    Raises:
        LexiconError: If the table is malformed.

    """
    table: dict[str, dict[str, CueWord]] = {}
    for verb, word, cls, relation, weight in read_table(IDIOM_TABLE, 5):
        entry = CueWord(f"{verb} {word}", "verb", cls, relation, frozenset(), float(weight))
        table.setdefault(verb, {})[word] = entry
    return table


def _idiom_word(verb: Token, words: dict[str, CueWord]) -> Token | None:
    """The word that makes ``verb`` an idiom ("made it *clear*"), if it follows within reach."""
    doc = verb.doc
    for token in doc[verb.i + 1 : min(len(doc), verb.i + IDIOM_REACH + 1)]:
        if token.lower_ in words and token.head.i == verb.i and token.dep_ in IDIOM_WORD_DEPS:
            return token
    return None


def idiom_cues(doc: Doc) -> Iterator[CueInfo]:
    """Every reporting idiom of ``doc``, in text order (one pass over the tokens).

    Args:
        doc: A parsed Doc.

    Yields:
        A cue whose token is the idiom's verb and whose span runs to its word ("made it clear").

    """
    table = idiom_table()
    for token in doc:
        words = table.get(token.lemma_.lower())
        if words is None or not is_verb(token):
            continue
        word = _idiom_word(token, words)
        if word is not None:
            yield CueInfo(token=token, span=doc[token.i : word.i + 1], word=words[word.lower_])


def _descends(token: Token, ancestor: Token) -> bool:
    """Whether ``ancestor`` governs ``token`` (one walk up the heads)."""
    while token.head.i != token.i:
        if token.head.i == ancestor.i:
            return True
        token = token.head
    return False


def _idiom_clause(verb: Token, word: Token) -> Token | None:
    """The head of the clause an idiom reports: the first "that" clause after its word, else a clause hung on it."""
    for token in verb.doc[word.i + 1 : verb.sent.end]:
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.i > token.i and _descends(token.head, verb):
            return token.head
    for child in (*word.rights, *verb.rights):
        if child.i > word.i and child.dep_ in CLAUSE_DEPS and _bare_clause(child):
            return child
    return None


def _bare_clause(clause: Token) -> bool:
    """Whether a clause has its own subject and no subordinator ("made plain *she would not resign*", not "when")."""
    children = list(clause.children)
    if any(c.dep_ == "mark" or (c.tag_ == "WRB" and c.i < clause.i) for c in children):
        return False  # "raised the alarm when she saw smoke": a clause of time, not what was said
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)


@rule(IDIOM_RULE, stage="claims", order=60, confidence=FRAME_CONFIDENCE["ccomp"])
def idiom(cue: CueInfo) -> Found | None:
    """A reporting idiom's clause ("made it clear that ...", "let slip that ...", "raised the alarm that ...")."""
    if cue.word is None or cue.phrase is not None or " " not in cue.word.lemma or cue.word.frames:
        return None
    verb = cue.token
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None  # "as was made clear last week when ...": no one makes it clear
    word = cue.span[-1]
    clause = _idiom_clause(verb, word)
    if clause is None:
        return None
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
    start = clause.left_edge.i if mark is None else mark.i
    return Found(cut_trailing([t for t in clause.subtree if t.i >= start], clause))


def _per_object(per: Token) -> Token | None:
    """The party "per" names, when it names one ("per a club spokesperson", "per Reuters")."""
    obj = next((c for c in per.children if c.dep_ == "pobj"), None)
    if obj is None or obj.lemma_.lower() in MEASURE_NOUNS or obj.lower_ in MEASURE_NOUNS:
        return None
    if obj.pos_ == "PROPN" or any(c.dep_ in SPEAKING_DETERMINERS for c in obj.children):
        return obj
    return None


def _set_off(per: Token) -> bool:
    """Whether "per" (or "as per") opens its sentence or follows a comma or dash."""
    doc = per.doc
    before = per.i - 1
    if before >= 0 and doc[before].lower_ == "as":
        before -= 1
    return before < per.sent.start or doc[before].text in {",", "—", "–", "("}


def per_cues(doc: Doc) -> Iterator[CueInfo]:
    """Every "per X" / "as per X" source phrase of ``doc``, in text order.

    Args:
        doc: A parsed Doc.

    Yields:
        A phrase cue (relation ``according_to``) whose span is "per" or "as per".

    """
    for token in doc:
        if token.lower_ != "per" or _per_object(token) is None or not _set_off(token):
            continue
        start = token.i - 1 if token.i > 0 and doc[token.i - 1].lower_ == "as" else token.i
        yield CueInfo(token=doc[start], span=doc[start : token.i + 1], phrase=PER_PHRASE)


def is_per_phrase(info: CueInfo) -> bool:
    """Whether a cue is the "per X" phrase (its class is speech, as for "according to")."""
    return info.phrase is PER_PHRASE


def speech_cue(cue: Cue) -> Cue:
    """A "per X" cue with its class set to ``speech`` (a lexicon phrase gets its class from the lexicon)."""
    return Cue(cue.start, cue.end, cue.text, lemma=cue.lemma, cue_class="speech", relation=cue.relation)


@rule(PER_RULE, stage="claims", order=6)
def use_per_source(cue: CueInfo) -> Found | None:
    """Read "per X" and "as per X" as "according to X" when set off and naming a party.

    A switch, not a frame: it answers no cue; the claim finder reads the phrase while it is on.
    """
    return None


__all__ = [
    "IDIOM_RULE",
    "PER_RULE",
    "idiom",
    "idiom_cues",
    "idiom_table",
    "is_per_phrase",
    "per_cues",
    "speech_cue",
    "use_per_source",
]
