"""Speakers of quotations after a colon: someone's words ("Her answer was short:"), narration ("And then:")."""

from __future__ import annotations

import pytest
from _handbuilt import parsed

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

SP, NO = True, False

QUOTE = [
    ("“", NO, 4, "punct", "PUNCT", "``", "“", "O"),
    ("We", SP, 4, "nsubj", "PRON", "PRP", "we", "O"),
    ("never", SP, 4, "neg", "ADV", "RB", "never", "O"),
    ("knew", SP, 4, "ROOT", "VERB", "VBD", "know", "O"),
    ("about", SP, 4, "prep", "ADP", "IN", "about", "O"),
    ("the", SP, 7, "det", "DET", "DT", "the", "O"),
    ("plan", NO, 5, "pobj", "NOUN", "NN", "plan", "O"),
    (".", NO, 4, "punct", "PUNCT", ".", ".", "O"),
    ("”", NO, 4, "punct", "PUNCT", "''", "”", "O"),
]
"""“We never knew about the plan.” (heads counted from 1 at the opening mark; :func:`_after` shifts them)."""


def _after(intro: list[tuple[str, bool, int, str, str, str, str, str]]):
    """``intro`` then the quotation, the quotation's heads shifted past the introduction."""
    shift = len(intro) - 1
    return intro + [(row[0], row[1], row[2] + shift, *row[3:]) for row in QUOTE]


ANSWER = _after(
    [
        ("Her", SP, 1, "poss", "PRON", "PRP$", "her", "O"),
        ("answer", SP, 2, "nsubj", "NOUN", "NN", "answer", "O"),
        ("was", SP, 2, "ROOT", "AUX", "VBD", "be", "O"),
        ("short", NO, 2, "acomp", "ADJ", "JJ", "short", "O"),
        (":", SP, 2, "punct", "PUNCT", ":", ":", "O"),
    ]
)
"""Her answer was short: “We never knew about the plan.”"""

SON = _after(
    [
        ("Her", SP, 1, "poss", "PRON", "PRP$", "her", "O"),
        ("son", SP, 2, "nsubj", "NOUN", "NN", "son", "O"),
        ("was", SP, 2, "ROOT", "AUX", "VBD", "be", "O"),
        ("blunt", NO, 2, "acomp", "ADJ", "JJ", "blunt", "O"),
        (":", SP, 2, "punct", "PUNCT", ":", ":", "O"),
    ]
)
"""Her son was blunt: “We never knew about the plan.”"""

NARRATION = _after(
    [
        ("And", SP, 3, "cc", "CCONJ", "CC", "and", "O"),
        ("then", NO, 3, "advmod", "ADV", "RB", "then", "O"),
        (",", SP, 3, "punct", "PUNCT", ",", ",", "O"),
        ("at", SP, 3, "ROOT", "ADP", "IN", "at", "O"),
        ("the", SP, 5, "det", "DET", "DT", "the", "O"),
        ("door", NO, 3, "pobj", "NOUN", "NN", "door", "O"),
        (":", SP, 3, "punct", "PUNCT", ":", ":", "O"),
    ]
)
"""And then, at the door: “We never knew about the plan.”"""


def _direct(rows, disable: tuple[str, ...] = ()):
    quotes, _ = attribute(Article.build(parsed(rows), rules.as_rule_set(disable=disable)))
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1, quotes
    return direct[0]


def test_the_parses_spell_their_sentences():
    """Each hand-built parse reads as its docstring says."""
    assert parsed(ANSWER).text == "Her answer was short: “We never knew about the plan.”"
    assert parsed(SON).text == "Her son was blunt: “We never knew about the plan.”"
    assert parsed(NARRATION).text == "And then, at the door: “We never knew about the plan.”"


def test_someones_answer_credits_its_possessor():
    """A speech noun of the lexicon with a possessor: the possessor speaks, the noun is the cue."""
    quote = _direct(ANSWER)
    assert quote.rule == "quote.colon_intro"
    assert quote.speaker is not None and quote.speaker.text == "Her"
    assert quote.cue is not None and quote.cue.text == "answer"


def test_a_person_with_a_possessor_is_still_the_speaker():
    """“Her son was blunt:”: a son is no one's words; he is the speaker, the verb the cue."""
    quote = _direct(SON)
    assert quote.speaker is not None and quote.speaker.text == "Her son"
    assert quote.cue is not None and quote.cue.text == "was"


def test_narration_before_a_colon_is_no_bare_name():
    """“And then, at the door:” opens with a conjunction: it names no speaker (it was taken as a bare name)."""
    quote = _direct(NARRATION)
    assert quote.speaker is None or "door" not in quote.speaker.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Inspector Dalia Moreno was asked about the missing files. Her reply was short: "
            "“We are looking at every possibility, and we will find them.”",
            "Dalia Moreno",
        ),
        (
            "Ferdinand Oyelowo has coached the team for a decade.\n\n"
            "His answer to the critics is always the same: “Judge us in May, not in October.”",
            "Ferdinand Oyelowo",
        ),
    ],
)
def test_on_the_model_the_possessor_of_the_words_is_credited(extractor, text, speaker):
    """Invented passages: “Her reply was short:” and “His answer ... is always the same:” credit the person."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    quotes = [q for q in result.quotes if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.entity is not None
    assert names[quotes[0].speaker.entity] == speaker
