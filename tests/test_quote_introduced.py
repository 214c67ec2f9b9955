"""quote.introduced: a quotation with no cue after a writer's sentence about a named person credits that person."""

from __future__ import annotations

import pytest
from _handbuilt import parsed

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute

SP, NO = True, False

INTRODUCED = [
    ("Her", SP, 1, "poss", "PRON", "PRP$", "her", "O"),
    ("son", NO, 6, "nsubj", "NOUN", "NN", "son", "O"),
    (",", SP, 1, "punct", "PUNCT", ",", ",", "O"),
    ("Tom", SP, 4, "compound", "PROPN", "NNP", "Tom", "B-PERSON"),
    ("Hale", NO, 1, "appos", "PROPN", "NNP", "Hale", "I-PERSON"),
    (",", SP, 1, "punct", "PUNCT", ",", ",", "O"),
    ("sees", SP, 6, "ROOT", "VERB", "VBZ", "see", "O"),
    ("it", SP, 6, "dobj", "PRON", "PRP", "it", "O"),
    ("differently", NO, 6, "advmod", "ADV", "RB", "differently", "O"),
    (".", NO, 6, "punct", "PUNCT", ".", ".", "O"),
    ("\n\n", NO, 9, "dep", "SPACE", "_SP", "\n\n", "O"),
    ("“", NO, 14, "punct", "PUNCT", "``", "“", "O"),
    ("We", SP, 14, "nsubj", "PRON", "PRP", "we", "O"),
    ("never", SP, 14, "neg", "ADV", "RB", "never", "O"),
    ("knew", SP, 14, "ROOT", "VERB", "VBD", "know", "O"),
    ("about", SP, 14, "prep", "ADP", "IN", "about", "O"),
    ("the", SP, 17, "det", "DET", "DT", "the", "O"),
    ("plan", NO, 15, "pobj", "NOUN", "NN", "plan", "O"),
    (".", NO, 14, "punct", "PUNCT", ".", ".", "O"),
    ("”", NO, 14, "punct", "PUNCT", "''", "”", "O"),
]
"""Her son, Tom Hale, sees it differently.⏎⏎“We never knew about the plan.”"""


def _with_subject(words: list[tuple[str, str, str]]) -> list[tuple[str, bool, int, str, str, str, str, str]]:
    """INTRODUCED with its first six tokens (the subject) replaced by a subject of ``words`` (word, pos, ent)."""
    n = len(words)
    subject = [
        (w, SP, n - 1 if k < n - 1 else n, "compound" if k < n - 1 else "nsubj", pos, "NN", w.lower(), ent)
        for k, (w, pos, ent) in enumerate(words)
    ]
    shift = n - 6
    rest = [
        (w, sp, head + shift if head >= 6 else n, dep, pos, tag, lemma, ent)
        for (w, sp, head, dep, pos, tag, lemma, ent) in INTRODUCED[6:]
    ]
    return subject + rest


def _direct(rows, disable: tuple[str, ...] = ()):
    doc = parsed(rows)
    quotes, _ = attribute(Article.build(doc, rules.as_rule_set(disable=disable)))
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1, quotes
    return direct[0]


def test_the_parse_spells_its_text():
    """The hand-built parse reads as its docstring says."""
    assert parsed(INTRODUCED).text == "Her son, Tom Hale, sees it differently.\n\n“We never knew about the plan.”"


def test_the_named_subject_of_the_sentence_before_is_the_speaker():
    """Through the subject's appositive name; the sentence's verb is the cue."""
    quote = _direct(INTRODUCED)
    assert quote.rule == "quote.introduced"
    assert quote.speaker is not None and quote.speaker.text == "Tom Hale"
    assert quote.cue is not None and quote.cue.text == "sees"


def test_switched_off_the_quotation_is_unattributed():
    """Extractor(disable=["quote.introduced"]) really switches the rule off."""
    quote = _direct(INTRODUCED, disable=("quote.introduced",))
    assert quote.rule == "quote.unattributed"
    assert quote.speaker is None


def test_a_subject_that_names_no_one_introduces_no_one():
    """“The government” (a common noun) and “Britain” (a place) are no speaker of the next quotation."""
    government = _with_subject([("The", "DET", "O"), ("government", "NOUN", "O")])
    assert parsed(government).text.startswith("The government sees it differently.")
    assert _direct(government).rule == "quote.unattributed"
    place = _with_subject([("Britain", "PROPN", "B-GPE")])
    assert _direct(place).rule == "quote.unattributed"


def test_a_pronoun_subject_is_the_speaker():
    """“She sees it differently.” then the quotation: “She” is the speaker (resolved later by the speakers stage)."""
    quote = _direct(_with_subject([("She", "PRON", "O")]))
    assert quote.rule == "quote.introduced"
    assert quote.speaker is not None and quote.speaker.text == "She"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Maria Lindqvist has run the bakery on Quay Street since 1994.\n\n"
            "“The rent has tripled. I cannot sell bread at London prices in a town like this.”",
            "Maria Lindqvist",
        ),
        (
            "The harbour master, Piet Van Doren, is less worried. "
            "“We have seen worse winters than this one and the boats always come back.”",
            "Piet Van Doren",
        ),
        (
            "Councillor Ruth Abernethy was furious after the vote.\n\n"
            "“This town was promised a pool. Now it is getting a car park.”",
            "Ruth Abernethy",
        ),
    ],
)
def test_on_the_model_the_introduced_person_is_credited(extractor, text, speaker):
    """Invented passages in three phrasings: the quotation is credited to the person the sentence before names."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    quotes = [q for q in result.quotes if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.entity is not None
    assert names[quotes[0].speaker.entity] == speaker


def test_a_passive_subject_introduces_no_one():
    """“Tom Hale was fired.” then the quotation: the subject is acted on, not introduced as the speaker."""
    rows = [
        ("Tom", SP, 1, "compound", "PROPN", "NNP", "Tom", "B-PERSON"),
        ("Hale", SP, 3, "nsubjpass", "PROPN", "NNP", "Hale", "I-PERSON"),
        ("was", SP, 3, "auxpass", "AUX", "VBD", "be", "O"),
        ("fired", NO, 3, "ROOT", "VERB", "VBN", "fire", "O"),
        *[(w, sp, head - 3, dep, pos, tag, lemma, ent) for (w, sp, head, dep, pos, tag, lemma, ent) in INTRODUCED[9:]],
    ]
    assert parsed(rows).text == "Tom Hale was fired.\n\n“We never knew about the plan.”"
    assert _direct(rows).rule == "quote.unattributed"
