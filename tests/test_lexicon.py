"""Tests for the cue lexicon data files and their look-ups."""

from __future__ import annotations

import pytest

from quoteextract._model import RELATIONS
from quoteextract.lang.en import _lexicon


@pytest.mark.parametrize(
    ("lemma", "cls", "frame"),
    [
        ("say", "speech", "ccomp"),
        ("say", "speech", "parataxis"),
        ("believe", "belief", "ccomp"),
        ("show", "evidence", "ccomp"),
        ("want", "intention", "xcomp"),
        ("criticize", "stance", "dobj"),
        ("call", "stance", "prep_for"),
        ("favor", "stance", "dobj"),
        ("shrug", "stance", "prep_off"),
        ("document", "evidence", "ccomp"),
    ],
)
def test_cue_verb_entries(lemma: str, cls: str, frame: str) -> None:
    """Common reporting verbs are listed with their class and content frame."""
    entry = _lexicon.cue_verb(lemma)
    assert entry is not None
    assert entry.cls == cls
    assert entry.takes(frame)


@pytest.mark.parametrize("lemma", ["table", "run", "eat", ""])
def test_non_cue_verbs(lemma: str) -> None:
    """Words that are not cues give None."""
    assert _lexicon.cue_verb(lemma) is None


def test_lookup_is_case_insensitive() -> None:
    """Look-ups lower-case the lemma."""
    assert _lexicon.cue_verb("Say") == _lexicon.cue_verb("say")


@pytest.mark.parametrize(("lemma", "frame"), [("claim", "acl"), ("statement", "acl"), ("criticism", "prep_of")])
def test_cue_noun_entries(lemma: str, frame: str) -> None:
    """Nominal cues carry the frame that holds their content."""
    entry = _lexicon.cue_noun(lemma)
    assert entry is not None
    assert entry.takes(frame)


@pytest.mark.parametrize(("lemma", "frame"), [("confident", "ccomp"), ("critical", "prep_of"), ("willing", "xcomp")])
def test_cue_adjective_entries(lemma: str, frame: str) -> None:
    """Attitude adjectives carry the frame that holds their content."""
    entry = _lexicon.cue_adjective(lemma)
    assert entry is not None
    assert entry.pos == "adjective"
    assert entry.takes(frame)


def test_prep_frames_give_prepositions() -> None:
    """``prep_<word>`` frames expose their prepositions."""
    entry = _lexicon.cue_verb("call")
    assert entry is not None
    assert "for" in entry.preps


@pytest.mark.parametrize(
    ("first", "phrase", "kind", "relation"),
    [
        ("according", "according to", "source_object", "according_to"),
        ("in", "in a statement", "medium", "statement"),
        ("in", "in an interview", "medium", "interview"),
    ],
)
def test_phrases(first: str, phrase: str, kind: str, relation: str) -> None:
    """Phrases are indexed by their first word with kind and relation."""
    found = {p.text: p for p in _lexicon.phrases_starting(first)}
    assert found[phrase].kind == kind
    assert found[phrase].relation == relation


def test_phrases_longest_first() -> None:
    """Phrases sharing a first word come longest first, so the longest match wins."""
    lengths = [len(p.words) for p in _lexicon.phrases_starting("in")]
    assert lengths == sorted(lengths, reverse=True)


def test_every_entry_is_valid() -> None:
    """Every entry has a known relation and a weight in [0, 1]."""
    entries = [*_lexicon.cue_verbs().values(), *_lexicon.cue_nouns().values(), *_lexicon.cue_adjectives().values()]
    assert len(entries) > 200
    for entry in [*entries, *_lexicon.cue_phrases()]:
        assert entry.relation in RELATIONS
        assert 0.0 <= entry.weight <= 1.0


def test_malformed_row_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row with the wrong number of fields raises LexiconError."""

    class _Fake:
        def joinpath(self, *parts: str) -> _Fake:
            return self

        def read_text(self, encoding: str) -> str:
            return "# header\nsay\tspeech\n"

    monkeypatch.setattr(_lexicon.resources, "files", lambda package: _Fake())
    with pytest.raises(_lexicon.LexiconError):
        _lexicon._rows("cue_verbs.tsv", 5)
