"""The cue lexicon: reporting verbs, nouns and phrases, loaded once from data files.

The words live in ``quoteextract/lang/en/data/cue_verbs.tsv``, ``cue_nouns.tsv``,
``cue_adjectives.tsv`` and ``cue_phrases.tsv`` (tab-separated, ``#`` comments;
each file's header says what its columns mean). This module reads them on first
use through the one table reader (:func:`quoteextract.lang.en._tables.read_table`)
and answers typed look-ups; it never imports spaCy.
"""

from __future__ import annotations

import functools

import attrs

from ..._model import RELATIONS
from ._tables import LexiconError, read_table

CUE_CLASSES: tuple[str, ...] = (
    "speech",
    "belief",
    "evidence",
    "intention",
    "stance",
    "question",
    "perception",
    "rumour",
)
"""What kind of attribution a cue word expresses (``rumour``: what circulates with no voice, "rumours that ...")."""

VERB_FRAMES: tuple[str, ...] = ("ccomp", "parataxis", "dobj", "xcomp", "passive")
"""Frames a verb may take besides ``prep_<word>`` (see ``cue_verbs.tsv``)."""

NOUN_FRAMES: tuple[str, ...] = ("acl", "colon")
"""Frames a noun may take besides ``prep_<word>`` (see ``cue_nouns.tsv``)."""

ADJECTIVE_FRAMES: tuple[str, ...] = ("ccomp", "xcomp")
"""Frames an adjective may take besides ``prep_<word>`` (see ``cue_adjectives.tsv``)."""

AUDIENCE_NOUNS: frozenset[str] = frozenset(
    {
        "jury",
        "inquiry",
        "tribunal",
        "panel",
        "hearing",
        "audience",
        "crowd",
        "rally",
        "meeting",
        "conference",
        "assembly",
        "parliament",
        "congress",
        "senate",
        "chamber",
        "delegate",
        "worker",
        "employee",
        "member",
        "supporter",
        "voter",
        "investor",
        "shareholder",
        "analyst",
        "journalist",
        "listener",
        "viewer",
        "reader",
        "student",
        "pupil",
        "parent",
        "resident",
        "family",
        "relative",
        "colleague",
        "friend",
        "neighbour",
        "neighbor",
        "customer",
        "passenger",
        "patient",
        "guest",
        "fan",
        "follower",
        "host",
        "interviewer",
        "investigator",
        "detective",
        "officer",
        "magistrate",
        "coroner",
        "paper",
        "newspaper",
        "broadcaster",
        "programme",
        "program",
        "podcast",
        "station",
    }
)
"""Lemmas of the ones told that are no role title ("told *the jury* he had acted ...", "told *investors* ...")."""

PHRASE_KINDS: tuple[str, ...] = ("source_object", "medium")

VOICING_LEMMAS: frozenset[str] = frozenset(
    {"express", "voice", "air", "reiterate", "repeat", "restate", "state", "convey", "articulate", "outline", "lay"}
)
"""Verbs that put a held attitude into words: "*expressed* concern that ...", "*voiced* hope that ..."."""

INFERENCE_LEMMAS: frozenset[str] = frozenset(
    {"suggest", "imply", "hint", "indicate", "reveal", "confirm", "point", "signal"}
)
"""Speech verbs that also report an inference: "she suggested that ..." vs "the polls suggest that ..."."""

EVIDENCE_SUBJECTS: frozenset[str] = frozenset(
    {
        "poll",
        "polling",
        "survey",
        "data",
        "datum",
        "study",
        "research",
        "analysis",
        "figure",
        "number",
        "result",
        "finding",
        "evidence",
        "statistic",
        "record",
        "trend",
        "model",
        "projection",
        "estimate",
        "count",
        "tally",
        "chart",
        "map",
        "photo",
        "photograph",
        "video",
        "footage",
        "image",
        "test",
        "document",
        "email",
        "e-mail",
        "memo",
        "filing",
        "history",
        "experience",
        "fact",
        "move",
        "decision",
        "action",
        "vote",
        "sign",
        "pattern",
        "census",
        "experiment",
        "trial",
        "sample",
        "log",
        "reading",
        "scan",
        "autopsy",
        "audit",
        "inspection",
        "investigation",
        "probe",
        "modelling",
        "picture",
        "imagery",
        "recording",
        "transcript",
        "measurement",
        "indicator",
    }
)
"""Subjects (lemmas) that suggest or reveal without saying anything: "the data suggest", "emails revealed"."""
"""Kinds of multi-word cue (see ``cue_phrases.tsv``)."""


@attrs.frozen
class CueWord:
    """One verb or noun of the cue lexicon.

    Args:
        lemma: The lemma, lower case.
        pos: ``"verb"``, ``"noun"`` or ``"adjective"``.
        cls: The attribution class (:data:`CUE_CLASSES`).
        relation: The source relation it implies (a :data:`~quoteextract._model.Relation`).
        frames: The syntactic frames whose dependent is the claim's content.
        weight: How strongly the word signals attribution, in [0, 1].

    """

    lemma: str
    pos: str
    cls: str
    relation: str
    frames: frozenset[str]
    weight: float

    def takes(self, frame: str) -> bool:
        """Whether the word takes ``frame`` (``"ccomp"``, ``"prep_for"``, ...)."""
        return frame in self.frames

    @property
    def preps(self) -> frozenset[str]:
        """The prepositions whose object is the content (``{"for", "about"}``)."""
        return frozenset(f[5:] for f in self.frames if f.startswith("prep_"))


@attrs.frozen
class CuePhrase:
    """A multi-word cue such as "according to" or "in a statement".

    Args:
        words: The phrase's words, lower case.
        kind: ``"source_object"`` (the object of the last word is the
            source) or ``"medium"`` (names how a claim was made).
        relation: The source relation it implies.
        weight: How strongly the phrase signals attribution, in [0, 1].

    """

    words: tuple[str, ...]
    kind: str
    relation: str
    weight: float

    @property
    def text(self) -> str:
        """The phrase as one lower-case string."""
        return " ".join(self.words)


def _weight(value: str, where: str) -> float:
    try:
        weight = float(value)
    except ValueError:
        raise LexiconError(f"{where}: weight {value!r} is not a number") from None
    if not 0.0 <= weight <= 1.0:
        raise LexiconError(f"{where}: weight {weight} is outside [0, 1]")
    return weight


def _check(value: str, choices: tuple[str, ...], what: str, where: str) -> None:
    if value not in choices:
        raise LexiconError(f"{where}: unknown {what} {value!r}")


def _words(filename: str, pos: str, frames_allowed: tuple[str, ...]) -> dict[str, CueWord]:
    table: dict[str, CueWord] = {}
    for lemma, cls, relation, frames, weight in read_table(filename, 5):
        where = f"{filename}: {lemma}"
        _check(cls, CUE_CLASSES, "class", where)
        _check(relation, RELATIONS, "relation", where)
        frame_set = frozenset(f.strip() for f in frames.split(",") if f.strip())
        for frame in frame_set:
            if frame not in frames_allowed and not frame.startswith("prep_"):
                raise LexiconError(f"{where}: unknown frame {frame!r}")
        if lemma in table:
            raise LexiconError(f"{where}: listed twice")
        table[lemma] = CueWord(lemma, pos, cls, relation, frame_set, _weight(weight, where))
    return table


@functools.cache
def cue_verbs() -> dict[str, CueWord]:
    """All cue verbs, keyed by lemma (loaded once).

    Returns:
        A dictionary from lemma to :class:`CueWord`.

    Raises:
        LexiconError: If the data file is malformed.

    """
    return _words("cue_verbs.tsv", "verb", VERB_FRAMES)


@functools.cache
def cue_nouns() -> dict[str, CueWord]:
    """All cue nouns, keyed by lemma (loaded once).

    Raises:
        LexiconError: If the data file is malformed.

    """
    return _words("cue_nouns.tsv", "noun", NOUN_FRAMES)


@functools.cache
def cue_adjectives() -> dict[str, CueWord]:
    """All cue adjectives ("confident that", "critical of"), keyed by lemma (loaded once).

    Raises:
        LexiconError: If the data file is malformed.

    """
    return _words("cue_adjectives.tsv", "adjective", ADJECTIVE_FRAMES)


@functools.cache
def cue_phrases() -> tuple[CuePhrase, ...]:
    """All multi-word cues, longest first (loaded once).

    Raises:
        LexiconError: If the data file is malformed.

    """
    phrases = []
    for phrase, kind, relation, weight in read_table("cue_phrases.tsv", 4):
        where = f"cue_phrases.tsv: {phrase}"
        _check(kind, PHRASE_KINDS, "kind", where)
        _check(relation, RELATIONS, "relation", where)
        phrases.append(CuePhrase(tuple(phrase.lower().split()), kind, relation, _weight(weight, where)))
    return tuple(sorted(phrases, key=lambda p: -len(p.words)))


@functools.cache
def colon_labels() -> tuple[frozenset[str], tuple[str, ...]]:
    """Labels before a paragraph-opening colon that name no speaker ("UPDATE: ...").

    Returns:
        The exact labels (lower case) and the label prefixes (entries
        ending in ``*``, without it).

    """
    exact: set[str] = set()
    prefixes: list[str] = []
    for (label,) in read_table("colon_labels.txt", 1):
        entry = label.lower()
        if entry.endswith("*"):
            prefixes.append(entry[:-1].strip())
        else:
            exact.add(entry)
    return frozenset(exact), tuple(prefixes)


def is_colon_label(label: str) -> bool:
    """Whether ``label`` (the words before a colon) is a heading rather than a speaker.

    Args:
        label: The words before the colon, any case.

    Returns:
        True for "Editor's note", "UPDATE", "Follow us on Twitter", ...

    """
    exact, prefixes = colon_labels()
    key = " ".join(label.lower().split())
    return key in exact or any(key.startswith(p) for p in prefixes)


def cue_verb(lemma: str) -> CueWord | None:
    """The cue verb with this lemma, or ``None``.

    Args:
        lemma: A verb lemma (case-insensitive).

    Returns:
        The entry, or ``None`` when the verb is not a cue.

    """
    return cue_verbs().get(lemma.lower())


def cue_adjective(lemma: str) -> CueWord | None:
    """The cue adjective with this lemma, or ``None``.

    Args:
        lemma: An adjective lemma (case-insensitive).

    Returns:
        The entry, or ``None`` when the adjective is not a cue.

    """
    return cue_adjectives().get(lemma.lower())


def cue_noun(lemma: str) -> CueWord | None:
    """The cue noun with this lemma, or ``None``.

    Args:
        lemma: A noun lemma (case-insensitive).

    Returns:
        The entry, or ``None`` when the noun is not a cue.

    """
    return cue_nouns().get(lemma.lower())


def phrases_starting(word: str) -> tuple[CuePhrase, ...]:
    """The multi-word cues whose first word is ``word``, longest first.

    Args:
        word: A word, any case.

    Returns:
        The matching phrases (possibly empty).

    """
    return _by_first_word().get(word.lower(), ())


@functools.cache
def _by_first_word() -> dict[str, tuple[CuePhrase, ...]]:
    table: dict[str, list[CuePhrase]] = {}
    for phrase in cue_phrases():
        table.setdefault(phrase.words[0], []).append(phrase)
    return {k: tuple(v) for k, v in table.items()}


@attrs.frozen
class Offences:
    """Criminal charges and offences, the object of a plea (``data/offences.tsv``).

    Args:
        charges: Nouns naming a charge ("count", "offence", "charge").
        offences: Offence names, one or more words ("murder", "false accounting").
        gerunds: Verb lemmas whose -ing form names an offence, mapped to the object or
            preposition lemmas that make it one ("cause" -> "death", "injury"; ``"*"``: any).

    """

    charges: frozenset[str]
    offences: frozenset[str]
    gerunds: dict[str, frozenset[str]]


@functools.cache
def offences() -> Offences:
    """The charge and offence words of ``data/offences.tsv``, read once.

    Returns:
        The table.

    Raises:
        LexiconError: If a row's kind is not ``charge``, ``offence`` or ``gerund``.

    """
    charges: set[str] = set()
    names: set[str] = set()
    gerunds: dict[str, frozenset[str]] = {}
    for row in read_table("offences.tsv", (2, 3)):
        kind, word = row[0], row[1].lower()
        if kind == "charge":
            charges.add(word)
        elif kind == "offence":
            names.add(word)
        elif kind == "gerund" and len(row) == 3:
            gerunds[word] = frozenset(row[2].lower().split())
        else:
            raise LexiconError(f"offences.tsv: bad row {row!r}")
    return Offences(frozenset(charges), frozenset(names), gerunds)
