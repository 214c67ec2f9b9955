"""Titles and role mentions (issue 12) on hand-built parses (no model), each rule switched off once.

Folded pre-nominal titles, surface and stacked titles, role mentions before and after a name as one entity.
"""

from __future__ import annotations

import pytest
from _handbuilt import parsed
from _handmade import quote

from quoteextract.article import Article
from quoteextract.rules import as_rule_set
from quoteextract.stages.speakers import resolve_speakers
from quoteextract.stages.speakers._names import parse_name, title_is_credible, title_length, unfold_title


@pytest.mark.parametrize(
    ("text", "title", "tokens"),
    [
        ("Alderman Rick Soto", ("Alderman",), ("Rick", "Soto")),
        ("Alderman Soto", ("Alderman",), ("Soto",)),
        ("Midfielder Tomi Ade", ("Midfielder",), ("Tomi", "Ade")),
        ("Deputy Chief Constable Maren Holt", ("Chief", "Constable"), ("Maren", "Holt")),  # "Deputy": honorific
        ("Station Officer Jo Prine", ("Station", "Officer"), ("Jo", "Prine")),
        ("Harbour Master Elias Voss", ("Harbour", "Master"), ("Elias", "Voss")),
        ("Headteacher Lorna Quist", ("Headteacher",), ("Lorna", "Quist")),
        ("Rev. Canon Jo Hale", ("Canon",), ("Jo", "Hale")),
        ("State Department Inspector General Ann Lee", ("State", "Department", "Inspector", "General"), ("Ann", "Lee")),
        ("State Department Inspector General", (), ("State", "Department", "Inspector", "General")),
        # a trade that is also a name is kept when one name word follows
        ("Hunter Biden", (), ("Hunter", "Biden")),
        ("Baker Hughes", (), ("Baker", "Hughes")),
        ("Mason Mount", (), ("Mason", "Mount")),
        # organisations and plain names are left alone
        ("Teachers Union", (), ("Teachers", "Union")),
        ("Police Officer Association", (), ("Police", "Officer", "Association")),
        ("Rose Baker", (), ("Rose", "Baker")),
        ("Jane Roe", (), ("Jane", "Roe")),
    ],
)
def test_role_titles_fold_off_the_name(text, title, tokens):
    name = parse_name(text)
    assert (name.title, name.tokens) == (title, tokens)


def test_a_folded_title_marks_a_person_and_its_gender():
    name = parse_name("Spokeswoman Ama Quill")
    assert name.title == ("Spokeswoman",) and name.tokens == ("Ama", "Quill")
    assert title_length(["Councillor"]) == 0  # a title needs a name after it


@pytest.mark.parametrize(
    ("text", "label", "surnames", "credible"),
    [
        ("Winger Davi Costa", "ORG", set(), True),  # a first and a last name follow
        ("Alderman Solano", "ORG", {"solano"}, True),  # "Rick Solano" elsewhere
        ("Alderman Solano", "PERSON", set(), True),
        ("Cardinal Health", "ORG", set(), False),
        ("Engineer Street", "", set(), False),
    ],
)
def test_a_title_before_one_name_word_needs_support(text, label, surnames, credible):
    name = parse_name(text)
    assert name.title and title_is_credible(name, label, surnames) is credible
    assert unfold_title(name).tokens == tuple(text.split())


def _entities(doc, *quotes, disable=()):
    result = resolve_speakers(Article.build(doc, as_rule_set(disable=disable)), list(quotes))
    return result


def _titles(result, name):
    return [list(e.titles) for e in result.entities if e.name == name]


def _founder():
    """The parse of: Vela’s founder, the poet Jo Hale, said it was late."""
    return parsed(
        [
            ("Vela", False, 2, "poss", "PROPN", "NNP", "Vela", "B-ORG"),
            ("’s", True, 0, "case", "PART", "POS", "’s", "O"),
            ("founder", False, 9, "nsubj", "NOUN", "NN", "founder", "O"),
            (",", True, 2, "punct", "PUNCT", ",", ",", "O"),
            ("the", True, 5, "det", "DET", "DT", "the", "O"),
            ("poet", True, 2, "appos", "NOUN", "NN", "poet", "O"),
            ("Jo", True, 7, "compound", "PROPN", "NNP", "Jo", "B-PERSON"),
            ("Hale", False, 5, "appos", "PROPN", "NNP", "Hale", "I-PERSON"),
            (",", True, 2, "punct", "PUNCT", ",", ",", "O"),
            ("said", True, 9, "ROOT", "VERB", "VBD", "say", "O"),
            ("it", True, 11, "nsubj", "PRON", "PRP", "it", "O"),
            ("was", True, 9, "ccomp", "AUX", "VBD", "be", "O"),
            ("late", False, 11, "acomp", "ADJ", "JJ", "late", "O"),
            (".", False, 9, "punct", "PUNCT", ".", ".", "O"),
        ]
    )


def test_stacked_title():
    """title.stacked: "Vela’s founder, the poet Jo Hale," gives both titles; switched off, only the poet."""
    doc = _founder()
    assert _titles(_entities(doc), "Jo Hale") == [["the poet", "Vela’s founder"]]
    assert _titles(_entities(doc, disable=["title.stacked"]), "Jo Hale") == [["the poet"]]


def test_preceding_title():
    """title.preceding: "the poet" read from the surface when the parse does not attach it."""
    doc = _founder()
    off = ["title.reverse_appositive", "title.stacked"]
    assert _titles(_entities(doc, disable=off), "Jo Hale") == [["the poet"]]
    assert _titles(_entities(doc, disable=[*off, "title.preceding"]), "Jo Hale") == [[]]


def test_titled_speaker():
    """speaker.titled: the speaker "Vela’s founder" is Jo Hale, whose title it is; switched off, a role of its own."""
    doc = _founder()
    q = quote(doc.text, "it was late", "Vela’s founder", "said", kind="indirect")
    names = {e.id: e.name for e in _entities(doc, q).entities}
    assert names[_entities(doc, q).quotes[0].speaker.entity] == "Jo Hale"
    off = _entities(doc, q, disable=["speaker.titled"])
    assert {e.id: e.name for e in off.entities}[off.quotes[0].speaker.entity] != "Jo Hale"


def _spokeswoman():
    """The parse of: A council spokeswoman said it was late. The spokeswoman, Jo Hale, said it was over."""
    return parsed(
        [
            ("A", True, 2, "det", "DET", "DT", "a", "O"),
            ("council", True, 2, "compound", "NOUN", "NN", "council", "O"),
            ("spokeswoman", True, 3, "nsubj", "NOUN", "NN", "spokeswoman", "O"),
            ("said", True, 3, "ROOT", "VERB", "VBD", "say", "O"),
            ("it", True, 5, "nsubj", "PRON", "PRP", "it", "O"),
            ("was", True, 3, "ccomp", "AUX", "VBD", "be", "O"),
            ("late", False, 5, "acomp", "ADJ", "JJ", "late", "O"),
            (".", True, 3, "punct", "PUNCT", ".", ".", "O"),
            ("The", True, 9, "det", "DET", "DT", "the", "O"),
            ("spokeswoman", False, 14, "nsubj", "NOUN", "NN", "spokeswoman", "O"),
            (",", True, 9, "punct", "PUNCT", ",", ",", "O"),
            ("Jo", True, 12, "compound", "PROPN", "NNP", "Jo", "B-PERSON"),
            ("Hale", False, 9, "appos", "PROPN", "NNP", "Hale", "I-PERSON"),
            (",", True, 9, "punct", "PUNCT", ",", ",", "O"),
            ("said", True, 14, "ROOT", "VERB", "VBD", "say", "O"),
            ("it", True, 16, "nsubj", "PRON", "PRP", "it", "O"),
            ("was", True, 14, "ccomp", "AUX", "VBD", "be", "O"),
            ("over", False, 16, "acomp", "ADJ", "JJ", "over", "O"),
            (".", False, 14, "punct", "PUNCT", ".", ".", "O"),
        ]
    )


def test_role_mentions_before_and_after_the_name_are_one_entity():
    """A council spokeswoman said ... The spokeswoman, Jo Hale, said: both quotations are Jo Hale's."""
    doc = _spokeswoman()
    first = quote(doc.text, "it was late", "A council spokeswoman", "said", kind="indirect")
    second = quote(doc.text, "it was over", "The spokeswoman", "said", kind="indirect", cue_nth=1)
    result = _entities(doc, first, second)
    (hale,) = [e for e in result.entities if e.name == "Jo Hale"]
    assert [q.speaker.entity for q in result.quotes] == [hale.id, hale.id]
    assert "A council spokeswoman" in hale.titles and "The spokeswoman" in hale.titles
    assert not [e for e in result.entities if e.type == "anonymous"]
    for q in result.quotes:
        assert doc.text[q.content.start : q.content.end] == q.content.text


def test_a_role_word_inside_the_person_entity_before_the_name_is_no_crash():
    """A role noun the tagger put in the person entity ("Nurse Jo Hale") leaves the surface rules nothing to read."""
    from quoteextract.stages.speakers._descriptors import titles_of

    doc = parsed(
        [
            ("Nurse", True, 2, "compound", "NOUN", "NN", "nurse", "B-PERSON"),
            ("Jo", True, 2, "compound", "PROPN", "NNP", "Jo", "I-PERSON"),
            ("Hale", False, 4, "nsubj", "PROPN", "NNP", "Hale", "I-PERSON"),
            (",", True, 2, "punct", "PUNCT", ",", ",", "O"),
            ("said", False, 4, "ROOT", "VERB", "VBD", "say", "O"),
            (".", False, 4, "punct", "PUNCT", ".", ".", "O"),
        ]
    )
    assert [[t.text for t in title] for title in titles_of(doc, 1, 3)] == [["Nurse"]]


def test_titles_found_in_pieces_are_joined_and_inner_ones_dropped():
    """Entity titles: "Station" + "Officer" are one; "staff" inside "the mayor's chief of staff" is not repeated."""
    from quoteextract.stages.speakers._entities import _joined_titles
    from quoteextract.stages.speakers._groups import Descriptor, Group

    text = "Station Officer Jo Prine and the mayor's chief of staff, Ann Lee"
    mayor = Group()

    def title(words, related=None):
        start = text.index(words)
        return Descriptor(words, start, start + len(words), related)

    pieces = [title("Officer"), title("Station"), title("the mayor's chief of staff", mayor), title("staff")]
    joined = [(text[s:e], r) for s, e, r in _joined_titles(text, pieces)]
    assert joined == [("Station Officer", None), ("the mayor's chief of staff", mayor)]
