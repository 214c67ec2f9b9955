"""quote.dash_reply: bare dialogue turns opened by a dash that answer an attributed turn right above them."""

from __future__ import annotations

import pytest
from _handbuilt import parsed

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

SP, NO = True, False

ROWS = [
    ("—", SP, 6, "punct", "PUNCT", ":", "—", "O"),
    ("It", NO, 2, "nsubj", "PRON", "PRP", "it", "O"),
    ("’s", SP, 6, "ccomp", "AUX", "VBZ", "be", "O"),
    ("over", NO, 2, "acomp", "ADJ", "JJ", "over", "O"),
    (",", SP, 6, "punct", "PUNCT", ",", ",", "O"),
    ("he", SP, 6, "nsubj", "PRON", "PRP", "he", "O"),
    ("says", NO, 6, "ROOT", "VERB", "VBZ", "say", "O"),
    (".", NO, 6, "punct", "PUNCT", ".", ".", "O"),
    ("\n\n", NO, 6, "dep", "SPACE", "_SP", "\n\n", "O"),
    ("—", SP, 13, "punct", "PUNCT", ":", "—", "O"),
    ("No", NO, 13, "intj", "INTJ", "UH", "no", "O"),
    (",", SP, 13, "punct", "PUNCT", ",", ",", "O"),
    ("it", SP, 13, "nsubj", "PRON", "PRP", "it", "O"),
    ("is", NO, 13, "ROOT", "AUX", "VBZ", "be", "O"),
    ("n’t", NO, 13, "neg", "PART", "RB", "not", "O"),
    (".", NO, 13, "punct", "PUNCT", ".", ".", "O"),
    ("\n\n", NO, 13, "dep", "SPACE", "_SP", "\n\n", "O"),
    ("—", SP, 19, "punct", "PUNCT", ":", "—", "O"),
    ("It", SP, 19, "nsubj", "PRON", "PRP", "it", "O"),
    ("is", NO, 19, "ROOT", "AUX", "VBZ", "be", "O"),
    (".", NO, 19, "punct", "PUNCT", ".", ".", "O"),
]
"""— It’s over, he says.⏎⏎— No, it isn’t.⏎⏎— It is."""


def _quotes(disable: tuple[str, ...] = ()):
    quotes, _ = attribute(Article.build(parsed(ROWS), rules.as_rule_set(disable=disable)))
    return quotes


def test_the_parse_spells_its_text():
    """The hand-built parse reads as its docstring says."""
    assert parsed(ROWS).text == "— It’s over, he says.\n\n— No, it isn’t.\n\n— It is."


def test_bare_turns_after_an_attributed_turn_are_replies():
    """Each bare turn right after the attributed one is a direct quotation without a cue; speakers alternate."""
    text = parsed(ROWS).text
    replies = [q for q in _quotes() if q.rule == "quote.dash_reply"]
    assert [q.text for q in replies] == ["No, it isn’t.", "It is."]
    assert all(q.kind == "direct" and q.cue is None and text[q.start : q.end] == q.text for q in replies)
    assert [m.text for m in replies[0].marks] == ["—"]
    assert replies[0].speaker is None  # the other party of a dialogue of one turn so far: unknown
    assert replies[1].speaker is not None and replies[1].speaker.text == "he"  # A, B, then A again


def test_the_rule_can_be_switched_off():
    """Extractor(disable=["quote.dash_reply"]) leaves bare turns alone; the attributed turn stays."""
    quotes = _quotes(disable=("quote.dash_reply",))
    assert not [q for q in quotes if q.rule == "quote.dash_reply"]
    assert [q for q in quotes if q.rule == "quote.dash_turn"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "replies", "second"),
    [
        (
            "— The boat is late again, says Inés Duarte, who runs the kiosk.\n\n— It is always late.\n\n"
            "— Not on Sundays.",
            ["It is always late.", "Not on Sundays."],
            "Inés Duarte",
        ),
        (
            "Outside the clinic, two women compare notes.\n\n— Did they call you back? asks Rosa Menéndez.\n\n"
            "— Never. I rang four times.\n\n— Same here.",
            ["Never. I rang four times.", "Same here."],
            "Rosa Menéndez",
        ),
        (
            "— We lost the whole harvest, said the farmer Teodor Marin.\n\n— All of it?\n\n— Every last row.",
            ["Every last row."],  # "— All of it?": the reporter's question, a turn but no reply
            "Teodor Marin",
        ),
    ],
)
def test_on_the_model_replies_in_three_phrasings(extractor, text, replies, second):
    """Invented dialogues ("says X", "asks X", "said the farmer X"): bare turns are replies, bare questions not."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    found = [q for q in result.quotes if q.rule == "quote.dash_reply"]
    assert [q.text for q in found] == replies
    assert found[-1].speaker is not None and found[-1].speaker.entity is not None
    assert names[found[-1].speaker.entity] == second


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The union wants three things:\n\n— Higher pay.\n\n— Shorter shifts.",
        "Three rules, the coach said.\n\n— Be on time.\n\n— Listen to the captain.",
        "— We open at six, he says.\n\nThe queue outside is already long.\n\n— Every day it is like this.",
    ],
)
def test_on_the_model_lists_and_interrupted_dialogue_have_no_replies(extractor, text):
    """Dash list items, and a bare turn after a paragraph of narration, are no replies."""
    assert not [q for q in extractor(text).quotes if q.rule == "quote.dash_reply"]
