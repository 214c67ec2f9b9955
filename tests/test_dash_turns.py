"""quote.dash_turn: dialogue turns opened by a dash at the start of a paragraph, attributed inside the paragraph."""

from __future__ import annotations

import pytest
from _handbuilt import parsed

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

SP, NO = True, False

TURN = [
    ("—", SP, 5, "punct", "PUNCT", ":", "—", "O"),
    ("It", NO, 2, "nsubj", "PRON", "PRP", "it", "O"),
    ("’s", SP, 5, "ccomp", "AUX", "VBZ", "be", "O"),
    ("over", NO, 2, "acomp", "ADJ", "JJ", "over", "O"),
    (",", SP, 5, "punct", "PUNCT", ",", ",", "O"),
    ("he", SP, 6, "nsubj", "PRON", "PRP", "he", "O"),
    ("says", NO, 6, "ROOT", "VERB", "VBZ", "say", "O"),
    (".", SP, 6, "punct", "PUNCT", ".", ".", "O"),
    ("—", SP, 11, "punct", "PUNCT", ":", "—", "O"),
    ("We", SP, 11, "nsubj", "PRON", "PRP", "we", "O"),
    ("lost", SP, 11, "ROOT", "VERB", "VBD", "lose", "O"),
    ("everything", NO, 11, "dobj", "PRON", "NN", "everything", "O"),
    (".", NO, 11, "punct", "PUNCT", ".", ".", "O"),
]
"""— It’s over, he says. — We lost everything."""


def _fix_heads(rows):
    """The rows with the second sentence's heads pointing inside it (they were written one too high)."""
    fixed = []
    for k, (w, sp, head, dep, pos, tag, lemma, ent) in enumerate(rows):
        if k < 8:
            fixed.append((w, sp, 6 if head == 5 else head, dep, pos, tag, lemma, ent))
        else:
            fixed.append((w, sp, 10, dep, pos, tag, lemma, ent))
    return fixed


ROWS = _fix_heads(TURN)


def _quotes(rows, disable: tuple[str, ...] = ()):
    quotes, _ = attribute(Article.build(parsed(rows), rules.as_rule_set(disable=disable)))
    return quotes


def test_the_parse_spells_its_text():
    """The hand-built parse reads as its docstring says."""
    assert parsed(ROWS).text == "— It’s over, he says. — We lost everything."


def test_a_turn_is_a_direct_quotation_in_two_pieces():
    """The words before “he says” and those after the second dash are one quotation, “he” its speaker."""
    quotes = [q for q in _quotes(ROWS) if q.rule == "quote.dash_turn"]
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.kind == "direct"
    assert [f.text for f in quote.fragments] == ["It’s over,", "We lost everything."]
    assert [m.text for m in quote.marks] == ["—", "—"]
    assert quote.speaker is not None and quote.speaker.text == "he"
    assert quote.cue is not None and quote.cue.text == "says"
    text = parsed(ROWS).text
    assert text[quote.start : quote.end] == quote.text


def test_the_rule_can_be_switched_off():
    """Extractor(disable=["quote.dash_turn"]) leaves the turn to the claim rules."""
    assert not [q for q in _quotes(ROWS, disable=("quote.dash_turn",)) if q.rule == "quote.dash_turn"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        (
            "The ferry was late again.\n\n— We wait here every morning, says Olga Petrenko, a nurse. "
            "— Nobody tells us anything.",
            "We wait here every morning,",
            "Olga Petrenko",
        ),
        (
            "The coach was asked about the defeat.\n\n— What do you want me to say? asked Ruben Castell. "
            "— We were not good enough.",
            "What do you want me to say?",
            "Ruben Castell",
        ),
        (
            "Marta Ilić runs the only shop in the village.\n\n— If the bus stops coming, the village dies, she said.",
            "If the bus stops coming, the village dies,",
            "Marta Ilić",
        ),
    ],
)
def test_on_the_model_turns_in_three_phrasings(extractor, text, first, speaker):
    """Invented turns ("says X, a nurse", an inverted "asked X" after a question, "she said" at the end)."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    turns = [q for q in result.quotes if q.rule == "quote.dash_turn"]
    assert len(turns) == 1
    assert turns[0].fragments[0].text == first
    assert turns[0].speaker is not None and turns[0].speaker.entity is not None
    assert names[turns[0].speaker.entity] == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The plan has three parts:\n\n— The council said fares would fall in March.\n\n— Add night buses.",
        "— Look, he said it would work, and it did.",
        "Three things to know:\n\n— The museum reopens on Monday.\n\n— Entry is free.",
    ],
)
def test_on_the_model_lists_and_spoken_cues_are_no_turns(extractor, text):
    """A list item that opens with its own attribution, a cue with its own clause after it, a plain list: no turn."""
    result = extractor(text)
    assert not [q for q in result.quotes if q.rule == "quote.dash_turn"]
