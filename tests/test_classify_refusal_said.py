"""Refusals voiced through "said" (classify.polarity.refusal_said), on hand-built parses.

Each parse is the one en_core_web_sm 3.8 gives the sentence (invented, not from a suite):
a judgement on speaking with no content of its own, nothing to add, no position to comment
and a policy of silence are ``negated``; information about a record, and a speech verb with
a clause of its own ("wrong to suggest that ..."), stay asserted.
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

# The trust said it would be inappropriate to comment while the review continued.
INAPPROPRIATE = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("trust", 2, "nsubj", "NOUN", "NN", "trust"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 5, "nsubj", "PRON", "PRP", "it"),
    ("would", 5, "aux", "AUX", "MD", "would"),
    ("be", 2, "ccomp", "AUX", "VB", "be"),
    ("inappropriate", 5, "acomp", "ADJ", "JJ", "inappropriate"),
    ("to", 8, "aux", "PART", "TO", "to"),
    ("comment", 5, "xcomp", "VERB", "VB", "comment"),
    ("while", 12, "mark", "SCONJ", "IN", "while"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("review", 12, "nsubj", "NOUN", "NN", "review"),
    ("continued", 5, "advcl", "VERB", "VBD", "continue"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# A spokesman said it had nothing more to add.
NOTHING_TO_ADD = [
    ("A", 1, "det", "DET", "DT", "a"),
    ("spokesman", 2, "nsubj", "NOUN", "NN", "spokesman"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("had", 2, "ccomp", "VERB", "VBD", "have"),
    ("nothing", 4, "dobj", "PRON", "NN", "nothing"),
    ("more", 5, "amod", "ADJ", "JJR", "more"),
    ("to", 8, "aux", "PART", "TO", "to"),
    ("add", 5, "relcl", "VERB", "VB", "add"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The insurer said it was not in a position to comment.
NO_POSITION = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("insurer", 2, "nsubj", "NOUN", "NN", "insurer"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("was", 2, "ccomp", "AUX", "VBD", "be"),
    ("not", 4, "neg", "PART", "RB", "not"),
    ("in", 4, "prep", "ADP", "IN", "in"),
    ("a", 8, "det", "DET", "DT", "a"),
    ("position", 6, "pobj", "NOUN", "NN", "position"),
    ("to", 10, "aux", "PART", "TO", "to"),
    ("comment", 8, "relcl", "VERB", "VB", "comment"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The hospital said it did not discuss individual patients.
POLICY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("hospital", 2, "nsubj", "NOUN", "NN", "hospital"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 6, "nsubj", "PRON", "PRP", "it"),
    ("did", 6, "aux", "AUX", "VBD", "do"),
    ("not", 6, "neg", "PART", "RB", "not"),
    ("discuss", 2, "ccomp", "VERB", "VB", "discuss"),
    ("individual", 8, "amod", "ADJ", "JJ", "individual"),
    ("patients", 6, "dobj", "NOUN", "NNS", "patient"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The council said it had no record of the complaint.
NO_RECORD = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("council", 2, "nsubj", "NOUN", "NN", "council"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("had", 2, "ccomp", "VERB", "VBD", "have"),
    ("no", 6, "det", "DET", "DT", "no"),
    ("record", 4, "dobj", "NOUN", "NN", "record"),
    ("of", 6, "prep", "ADP", "IN", "of"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("complaint", 7, "pobj", "NOUN", "NN", "complaint"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The airline said it would be wrong to suggest that the pilots were tired.
WRONG_TO_SUGGEST = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("airline", 2, "nsubj", "NOUN", "NN", "airline"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("it", 5, "nsubj", "PRON", "PRP", "it"),
    ("would", 5, "aux", "AUX", "MD", "would"),
    ("be", 2, "ccomp", "AUX", "VB", "be"),
    ("wrong", 5, "acomp", "ADJ", "JJ", "wrong"),
    ("to", 8, "aux", "PART", "TO", "to"),
    ("suggest", 6, "xcomp", "VERB", "VB", "suggest"),
    ("that", 12, "mark", "SCONJ", "IN", "that"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("pilots", 12, "nsubj", "NOUN", "NNS", "pilot"),
    ("were", 8, "ccomp", "AUX", "VBD", "be"),
    ("tired", 12, "acomp", "ADJ", "JJ", "tired"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


RULE = "classify.polarity.refusal_said"


def test_the_rule_is_registered():
    """The rule is registered in stage ``classify`` with a docstring."""
    entry = get_rule(RULE)
    assert entry.stage == "classify"
    assert entry.func.__doc__


@pytest.mark.parametrize(
    ("rows", "content"),
    [
        (INAPPROPRIATE, "it would be inappropriate to comment while the review continued"),
        (NOTHING_TO_ADD, "it had nothing more to add"),
        (NO_POSITION, "it was not in a position to comment"),
        (POLICY, "it did not discuss individual patients"),
    ],
)
def test_refusals_voiced_through_said_are_negated(rows, content):
    """Each set form of refusal is ``negated``; with the rule switched off it reads as an assertion."""
    assert classified(parse(rows), content, "said").polarity == "negated"
    off = classified(parse(rows), content, "said", rules=RuleSet(disable=frozenset({RULE})))
    assert off.polarity == "asserted"


@pytest.mark.parametrize(
    ("rows", "content"),
    [
        (NO_RECORD, "it had no record of the complaint"),
        (WRONG_TO_SUGGEST, "it would be wrong to suggest that the pilots were tired"),
    ],
)
def test_information_said_stays_asserted(rows, content):
    """Having "no record of" is information; "wrong to suggest that X" says not-X: both are speech."""
    quote = classified(parse(rows), content, "said")
    assert (quote.cue_class, quote.polarity) == ("speech", "asserted")
