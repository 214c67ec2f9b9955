"""The writer's asides that mention saying (classify_aside), on hand-built parses.

Each parse is the one en_core_web_sm 3.8 gives the sentence (invented, not from a suite):
"It is fair to say that", "It is no exaggeration to say that" and "To claim that ...
would be misleading" are ``hypothetical``; "Hardly anybody disputes that" and "Few economists
claim that" are ``negated`` ("A few residents said" stays asserted); "asked themselves
whether" is a belief, "This explains why" and "Body language suggested that" are evidence (not "The
moderator pointed out that" or "The letter suggested that").
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

# It is fair to say that the coach has lost the players.
FAIR_TO_SAY = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("is", 1, "ROOT", "AUX", "VBZ", "be"),
    ("fair", 1, "acomp", "ADJ", "JJ", "fair"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("say", 1, "xcomp", "VERB", "VB", "say"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("coach", 9, "nsubj", "NOUN", "NN", "coach"),
    ("has", 9, "aux", "AUX", "VBZ", "have"),
    ("lost", 4, "ccomp", "VERB", "VBN", "lose"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("players", 9, "dobj", "NOUN", "NNS", "player"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# It is no exaggeration to say that the harbour saved the town.
NO_EXAGGERATION = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("is", 1, "ROOT", "AUX", "VBZ", "be"),
    ("no", 3, "det", "DET", "DT", "no"),
    ("exaggeration", 1, "attr", "NOUN", "NN", "exaggeration"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("say", 3, "acl", "VERB", "VB", "say"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("harbour", 9, "nsubj", "NOUN", "NN", "harbour"),
    ("saved", 5, "ccomp", "VERB", "VBD", "save"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("town", 9, "dobj", "NOUN", "NN", "town"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# To claim that the budget is balanced would be misleading.
TO_CLAIM = [
    ("To", 1, "aux", "PART", "TO", "to"),
    ("claim", 8, "csubj", "VERB", "VB", "claim"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("budget", 5, "nsubj", "NOUN", "NN", "budget"),
    ("is", 1, "ccomp", "AUX", "VBZ", "be"),
    ("balanced", 5, "acomp", "ADJ", "JJ", "balanced"),
    ("would", 8, "aux", "AUX", "MD", "would"),
    ("be", 8, "ROOT", "AUX", "VB", "be"),
    ("misleading", 8, "acomp", "ADJ", "JJ", "misleading"),
    (".", 8, "punct", "PUNCT", ".", "."),
]

# Hardly anybody disputes that the bridge is too narrow.
HARDLY_ANYBODY = [
    ("Hardly", 1, "advmod", "ADV", "RB", "hardly"),
    ("anybody", 2, "nsubj", "PRON", "NN", "anybody"),
    ("disputes", 2, "ROOT", "VERB", "VBZ", "dispute"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("bridge", 6, "nsubj", "NOUN", "NN", "bridge"),
    ("is", 2, "ccomp", "AUX", "VBZ", "be"),
    ("too", 8, "advmod", "ADV", "RB", "too"),
    ("narrow", 6, "acomp", "ADJ", "JJ", "narrow"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# Few economists claim that tariffs lower prices.
FEW_ECONOMISTS = [
    ("Few", 1, "amod", "ADJ", "JJ", "few"),
    ("economists", 2, "nsubj", "NOUN", "NNS", "economist"),
    ("claim", 2, "ROOT", "VERB", "VBP", "claim"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("tariffs", 5, "nsubj", "NOUN", "NNS", "tariff"),
    ("lower", 2, "ccomp", "ADJ", "JJR", "low"),
    ("prices", 5, "dobj", "NOUN", "NNS", "price"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# A few residents said the bus had been late.
A_FEW = [
    ("A", 1, "quantmod", "DET", "DT", "a"),
    ("few", 2, "amod", "ADJ", "JJ", "few"),
    ("residents", 3, "nsubj", "NOUN", "NNS", "resident"),
    ("said", 3, "ROOT", "VERB", "VBD", "say"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("bus", 7, "nsubj", "NOUN", "NN", "bus"),
    ("had", 7, "aux", "AUX", "VBD", "have"),
    ("been", 3, "ccomp", "AUX", "VBN", "be"),
    ("late", 7, "acomp", "ADJ", "JJ", "late"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# Staff asked themselves whether the shop would survive.
THEMSELVES = [
    ("Staff", 1, "nsubj", "PROPN", "NNP", "Staff"),
    ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
    ("themselves", 1, "dobj", "PRON", "PRP", "themselves"),
    ("whether", 7, "mark", "SCONJ", "IN", "whether"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("shop", 7, "nsubj", "NOUN", "NN", "shop"),
    ("would", 7, "aux", "AUX", "MD", "would"),
    ("survive", 1, "ccomp", "VERB", "VB", "survive"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# This explains why the queues are long.
THIS_EXPLAINS = [
    ("This", 1, "nsubj", "PRON", "DT", "this"),
    ("explains", 1, "ROOT", "VERB", "VBZ", "explain"),
    ("why", 5, "advmod", "SCONJ", "WRB", "why"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("queues", 5, "nsubj", "NOUN", "NNS", "queue"),
    ("are", 1, "ccomp", "AUX", "VBP", "be"),
    ("long", 5, "acomp", "ADJ", "JJ", "long"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


# Body language suggested that the two leaders did not get on.
BODY_LANGUAGE = [
    ("Body", 1, "compound", "NOUN", "NN", "body"),
    ("language", 2, "nsubj", "NOUN", "NN", "language"),
    ("suggested", 2, "ROOT", "VERB", "VBD", "suggest"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("two", 6, "nummod", "NUM", "CD", "two"),
    ("leaders", 9, "nsubj", "NOUN", "NNS", "leader"),
    ("did", 9, "aux", "AUX", "VBD", "do"),
    ("not", 9, "neg", "PART", "RB", "not"),
    ("get", 2, "ccomp", "VERB", "VB", "get"),
    ("on", 9, "prt", "ADP", "RP", "on"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The moderator pointed out that the senator had not answered.
MODERATOR = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("moderator", 2, "nsubj", "NOUN", "NN", "moderator"),
    ("pointed", 2, "ROOT", "VERB", "VBD", "point"),
    ("out", 2, "prt", "ADP", "RP", "out"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("senator", 9, "nsubj", "NOUN", "NN", "senator"),
    ("had", 9, "aux", "AUX", "VBD", "have"),
    ("not", 9, "neg", "PART", "RB", "not"),
    ("answered", 2, "ccomp", "VERB", "VBN", "answer"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The letter suggested that the deal was close.
LETTER = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("letter", 2, "nsubj", "NOUN", "NN", "letter"),
    ("suggested", 2, "ROOT", "VERB", "VBD", "suggest"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("deal", 6, "nsubj", "NOUN", "NN", "deal"),
    ("was", 2, "ccomp", "AUX", "VBD", "be"),
    ("close", 6, "acomp", "ADJ", "JJ", "close"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

NAMES = [
    "classify.polarity.aside",
    "classify.polarity.scarce_speakers",
    "classify.class.self_question",
    "classify.class.explaining_fact",
    "classify.class.sign",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_rules_are_registered(name):
    """Each rule is registered in stage ``classify`` with a docstring."""
    entry = get_rule(name)
    assert entry.stage == "classify"
    assert entry.func.__doc__


@pytest.mark.parametrize(
    ("rows", "content", "cue", "polarity", "rule"),
    [
        (FAIR_TO_SAY, "the coach has lost the players", "say", "hypothetical", "classify.polarity.aside"),
        (NO_EXAGGERATION, "the harbour saved the town", "say", "hypothetical", "classify.polarity.aside"),
        (TO_CLAIM, "the budget is balanced", "claim", "hypothetical", "classify.polarity.aside"),
        (HARDLY_ANYBODY, "the bridge is too narrow", "disputes", "negated", "classify.polarity.scarce_speakers"),
        (FEW_ECONOMISTS, "tariffs lower prices", "claim", "negated", "classify.polarity.scarce_speakers"),
    ],
)
def test_asides_report_no_words(rows, content, cue, polarity, rule):
    """Each aside reports nobody's words; with its rule switched off it does not say so."""
    assert classified(parse(rows), content, cue).polarity == polarity
    off = classified(parse(rows), content, cue, rules=RuleSet(disable=frozenset({rule})))
    assert off.polarity != polarity


def test_a_few_residents_spoke():
    """A few residents "said": it reports what some of them said."""
    assert classified(parse(A_FEW), "the bus had been late", "said").polarity == "asserted"


@pytest.mark.parametrize(
    ("rows", "content", "cue", "cls", "rule"),
    [
        (THEMSELVES, "whether the shop would survive", "asked", "belief", "classify.class.self_question"),
        (THIS_EXPLAINS, "why the queues are long", "explains", "evidence", "classify.class.explaining_fact"),
    ],
)
def test_questions_to_oneself_and_explaining_facts_are_not_speech(rows, content, cue, cls, rule):
    """Asking "themselves whether" is a belief, "This explains why" evidence; without the rule, not that class."""
    assert classified(parse(rows), content, cue).cue_class == cls
    off = classified(parse(rows), content, cue, rules=RuleSet(disable=frozenset({rule})))
    assert off.cue_class != cls


def test_a_sign_that_suggests_is_evidence():
    """Saying "Body language suggested that" is evidence; without ``classify.class.sign`` it is speech."""
    content = "that the two leaders did not get on"
    assert classified(parse(BODY_LANGUAGE), content, "suggested").cue_class == "evidence"
    off = RuleSet(disable=frozenset({"classify.class.sign"}))
    assert classified(parse(BODY_LANGUAGE), content, "suggested", rules=off).cue_class == "speech"


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (MODERATOR, "that the senator had not answered", "pointed"),
        (LETTER, "that the deal was close", "suggested"),
    ],
)
def test_people_and_documents_still_speak(rows, content, cue):
    """A person's noun the role lists lack ("the moderator") and a document ("the letter") are not signs."""
    assert classified(parse(rows), content, cue).cue_class == "speech"
