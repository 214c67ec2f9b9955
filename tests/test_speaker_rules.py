"""The speakers and titles rules on hand-built parses (no model), each switched off once."""

from __future__ import annotations

from types import SimpleNamespace

import attrs
import pytest
from _handbuilt import parsed
from _handmade import find, quote

from quoteextract._model import Cue
from quoteextract.article import Article
from quoteextract.rules import as_rule_set
from quoteextract.stages.speakers import resolve_speakers
from quoteextract.stages.speakers._speaker_rules import SpeakerSite, cue_lemma


def _speaker_names(doc, *quotes, disable=()):
    """The resolved speaker entity's name for each quotation (``None`` when unresolved)."""
    result = resolve_speakers(Article.build(doc, as_rule_set(disable=disable)), list(quotes))
    names = {e.id: e.name for e in result.entities}
    return [names.get(q.speaker.entity) if q.speaker.entity is not None else None for q in result.quotes]


def _mayor():
    """The parse of: Mayor Ana Ruiz opened the bridge. “It is finished,” the mayor said."""
    return parsed(
        [
            ("Mayor", True, 2, "compound", "PROPN", "NNP", "Mayor", "O"),
            ("Ana", True, 2, "compound", "PROPN", "NNP", "Ana", "B-PERSON"),
            ("Ruiz", True, 3, "nsubj", "PROPN", "NNP", "Ruiz", "I-PERSON"),
            ("opened", True, 3, "ROOT", "VERB", "VBD", "open", "O"),
            ("the", True, 5, "det", "DET", "DT", "the", "O"),
            ("bridge", False, 3, "dobj", "NOUN", "NN", "bridge", "O"),
            (".", True, 3, "punct", "PUNCT", ".", ".", "O"),
            ("“", False, 15, "punct", "PUNCT", "``", "“", "O"),
            ("It", True, 9, "nsubj", "PRON", "PRP", "it", "O"),
            ("is", True, 15, "ccomp", "AUX", "VBZ", "be", "O"),
            ("finished", False, 9, "acomp", "ADJ", "JJ", "finished", "O"),
            (",", False, 15, "punct", "PUNCT", ",", ",", "O"),
            ("”", True, 15, "punct", "PUNCT", "''", "”", "O"),
            ("the", True, 14, "det", "DET", "DT", "the", "O"),
            ("mayor", True, 15, "nsubj", "NOUN", "NN", "mayor", "O"),
            ("said", False, 15, "ROOT", "VERB", "VBD", "say", "O"),
            (".", False, 15, "punct", "PUNCT", ".", ".", "O"),
        ]
    )


def _she():
    """The parse of: Ana Ruiz opened the bridge. “It is finished,” she said."""
    return parsed(
        [
            ("Ana", True, 1, "compound", "PROPN", "NNP", "Ana", "B-PERSON"),
            ("Ruiz", True, 2, "nsubj", "PROPN", "NNP", "Ruiz", "I-PERSON"),
            ("opened", True, 2, "ROOT", "VERB", "VBD", "open", "O"),
            ("the", True, 4, "det", "DET", "DT", "the", "O"),
            ("bridge", False, 2, "dobj", "NOUN", "NN", "bridge", "O"),
            (".", True, 2, "punct", "PUNCT", ".", ".", "O"),
            ("“", False, 13, "punct", "PUNCT", "``", "“", "O"),
            ("It", True, 8, "nsubj", "PRON", "PRP", "it", "O"),
            ("is", True, 13, "ccomp", "AUX", "VBZ", "be", "O"),
            ("finished", False, 8, "acomp", "ADJ", "JJ", "finished", "O"),
            (",", False, 13, "punct", "PUNCT", ",", ",", "O"),
            ("”", True, 13, "punct", "PUNCT", "''", "”", "O"),
            ("she", True, 13, "nsubj", "PRON", "PRP", "she", "O"),
            ("said", False, 13, "ROOT", "VERB", "VBD", "say", "O"),
            (".", False, 13, "punct", "PUNCT", ".", ".", "O"),
        ]
    )


def _director():
    """The parse of: Ana Ruiz, the agency’s director, said the plan failed."""
    return parsed(
        [
            ("Ana", True, 1, "compound", "PROPN", "NNP", "Ana", "B-PERSON"),
            ("Ruiz", False, 8, "nsubj", "PROPN", "NNP", "Ruiz", "I-PERSON"),
            (",", True, 1, "punct", "PUNCT", ",", ",", "O"),
            ("the", True, 4, "det", "DET", "DT", "the", "O"),
            ("agency", False, 6, "poss", "NOUN", "NN", "agency", "O"),
            ("’s", True, 4, "case", "PART", "POS", "’s", "O"),
            ("director", False, 1, "appos", "NOUN", "NN", "director", "O"),
            (",", True, 1, "punct", "PUNCT", ",", ",", "O"),
            ("said", True, 8, "ROOT", "VERB", "VBD", "say", "O"),
            ("the", True, 10, "det", "DET", "DT", "the", "O"),
            ("plan", True, 11, "nsubj", "NOUN", "NN", "plan", "O"),
            ("failed", False, 8, "ccomp", "VERB", "VBD", "fail", "O"),
            (".", False, 8, "punct", "PUNCT", ".", ".", "O"),
        ]
    )


def test_role_speaker_is_the_latest_holder_of_the_role():
    """speaker.role: "the mayor" is the entity titled mayor before it; switched off, it is not."""
    doc = _mayor()
    q = quote(doc.text, "It is finished,", "the mayor", "said")
    assert _speaker_names(doc, q) == ["Ana Ruiz"]
    assert _speaker_names(doc, q, disable=["speaker.role"]) == ["the mayor"]


def test_pronoun_speaker_resolves_to_the_name_before_it():
    """speaker.pronoun: "she" is Ana Ruiz (female first name, subject just before); switched off, it is not."""
    doc = _she()
    q = quote(doc.text, "It is finished,", "she", "said", speaker_nth=1)
    assert _speaker_names(doc, q) == ["Ana Ruiz"]
    assert _speaker_names(doc, q, disable=["speaker.pronoun"]) != ["Ana Ruiz"]


def test_name_speaker_and_explicit_map():
    """speaker.name: a named speaker gets its entity, and the result maps the quotation to it explicitly."""
    doc = _she()
    text = doc.text
    q = quote(text, "It is finished,", "Ana Ruiz", "said")
    result = resolve_speakers(Article.build(doc), [q])
    (entity,) = [e for e in result.entities if e.name == "Ana Ruiz"]
    assert dict(result.speaker_entity) == {0: entity.id}
    assert result.quotes[0].speaker.entity == entity.id
    assert all(e.id >= 0 for e in result.entities)


def test_appositive_title():
    """title.appositive: "Ana Ruiz, the agency’s director," gives the title; switched off, no title."""
    doc = _director()
    on = resolve_speakers(Article.build(doc), []).entities
    off = resolve_speakers(Article.build(doc, as_rule_set(disable=["title.appositive"])), []).entities
    assert [e.titles for e in on if e.name == "Ana Ruiz"] == [("the agency’s director",)]
    assert [e.titles for e in off if e.name == "Ana Ruiz"] == [()]


@pytest.mark.parametrize("cue_type", ["span", "cue"])
def test_cue_lemma_from_either_cue(cue_type):
    """The speakers stage reads a Cue's lemma when attribution gives one, else the cue word's parse."""
    doc = _she()
    said = find(doc.text, "said")
    cue = said if cue_type == "span" else Cue(said.start, said.end, said.text, lemma="reply", cue_class="speech")
    q = attrs.evolve(quote(doc.text, "It is finished,", "she", speaker_nth=1), cue=cue)
    site = SpeakerSite(SimpleNamespace(doc=doc), q, q.speaker, doc[12], doc[12])  # type: ignore[arg-type]
    assert cue_lemma(site) == ("say" if cue_type == "span" else "reply")


@pytest.mark.parametrize("cue_type", ["span", "cue"])
def test_speakers_same_with_span_or_cue(cue_type):
    """A plain Span cue and a Cue with the lexicon's entry resolve the speaker alike."""
    doc = _she()
    said = find(doc.text, "said")
    cue = said if cue_type == "span" else Cue(said.start, said.end, said.text, lemma="say", cue_class="speech")
    q = attrs.evolve(quote(doc.text, "It is finished,", "she", speaker_nth=1), cue=cue)
    assert _speaker_names(doc, q) == ["Ana Ruiz"]
