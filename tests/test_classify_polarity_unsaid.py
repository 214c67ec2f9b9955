"""Speech that a negated subject, an unfinished act or an inverted condition says did not happen, on hand-built parses.

- a subject meaning nobody: "*Not one* trustee argued that ...", "*Not a single* ...";
  "Not all doctors said ..." stays asserted (some of them spoke);
- speech stopped before it happened: "stopped short *of claiming*" (the parse hangs
  "of" on "short"), "*without saying* that ...", "did *not go so far as to* say that ...";
  "went so far as to say" stays asserted;
- a condition opened by an auxiliary before the subject: "*Had* the pilots warned that
  ..., the plane could have been diverted", "*Were* the club to announce that ...".
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

# Not one trustee argued that the museum should close.
NOT_ONE = [
    ("Not", 1, "neg", "PART", "RB", "not"),
    ("one", 2, "nummod", "NUM", "CD", "one"),
    ("trustee", 3, "nsubj", "NOUN", "NN", "trustee"),
    ("argued", 3, "ROOT", "VERB", "VBD", "argue"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("museum", 8, "nsubj", "NOUN", "NN", "museum"),
    ("should", 8, "aux", "AUX", "MD", "should"),
    ("close", 3, "ccomp", "VERB", "VB", "close"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# The judge stopped short of claiming that the police had lied.
STOPPED_SHORT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("judge", 2, "nsubj", "NOUN", "NN", "judge"),
    ("stopped", 2, "ROOT", "VERB", "VBD", "stop"),
    ("short", 2, "advmod", "ADV", "RB", "short"),
    ("of", 3, "prep", "ADP", "IN", "of"),
    ("claiming", 4, "pcomp", "VERB", "VBG", "claim"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("police", 10, "nsubj", "NOUN", "NN", "police"),
    ("had", 10, "aux", "AUX", "VBD", "have"),
    ("lied", 5, "ccomp", "VERB", "VBN", "lie"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The plan was approved without saying that the road would close.
WITHOUT_SAYING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("plan", 3, "nsubjpass", "NOUN", "NN", "plan"),
    ("was", 3, "auxpass", "AUX", "VBD", "be"),
    ("approved", 3, "ROOT", "VERB", "VBN", "approve"),
    ("without", 3, "prep", "ADP", "IN", "without"),
    ("saying", 4, "pcomp", "VERB", "VBG", "say"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("road", 10, "nsubj", "NOUN", "NN", "road"),
    ("would", 10, "aux", "AUX", "MD", "would"),
    ("close", 5, "ccomp", "VERB", "VB", "close"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# The mayor did not go so far as to say that the vote was void.
NOT_SO_FAR = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 4, "nsubj", "NOUN", "NN", "mayor"),
    ("did", 4, "aux", "AUX", "VBD", "do"),
    ("not", 4, "neg", "PART", "RB", "not"),
    ("go", 4, "ROOT", "VERB", "VB", "go"),
    ("so", 6, "advmod", "ADV", "RB", "so"),
    ("far", 4, "advmod", "ADV", "RB", "far"),
    ("as", 9, "mark", "SCONJ", "IN", "as"),
    ("to", 9, "aux", "PART", "TO", "to"),
    ("say", 4, "advcl", "VERB", "VB", "say"),
    ("that", 13, "mark", "SCONJ", "IN", "that"),
    ("the", 12, "det", "DET", "DT", "the"),
    ("vote", 13, "nsubj", "NOUN", "NN", "vote"),
    ("was", 9, "ccomp", "AUX", "VBD", "be"),
    ("void", 13, "acomp", "ADJ", "JJ", "void"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# The mayor went so far as to say that the vote was void.
WENT_SO_FAR = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("went", 2, "ROOT", "VERB", "VBD", "go"),
    ("so", 4, "advmod", "ADV", "RB", "so"),
    ("far", 2, "advmod", "ADV", "RB", "far"),
    ("as", 7, "mark", "SCONJ", "IN", "as"),
    ("to", 7, "aux", "PART", "TO", "to"),
    ("say", 4, "advcl", "VERB", "VB", "say"),
    ("that", 11, "mark", "SCONJ", "IN", "that"),
    ("the", 10, "det", "DET", "DT", "the"),
    ("vote", 11, "nsubj", "NOUN", "NN", "vote"),
    ("was", 7, "ccomp", "AUX", "VBD", "be"),
    ("void", 11, "acomp", "ADJ", "JJ", "void"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# Had the pilots warned that the runway was icy, the plane could have been diverted.
HAD_WARNED = [
    ("Had", 3, "aux", "AUX", "VBD", "have"),
    ("the", 2, "det", "DET", "DT", "the"),
    ("pilots", 3, "nsubj", "NOUN", "NNS", "pilot"),
    ("warned", 15, "ccomp", "VERB", "VBD", "warn"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("runway", 7, "nsubj", "NOUN", "NN", "runway"),
    ("was", 3, "ccomp", "AUX", "VBD", "be"),
    ("icy", 7, "acomp", "ADJ", "JJ", "icy"),
    (",", 15, "punct", "PUNCT", ",", ","),
    ("the", 11, "det", "DET", "DT", "the"),
    ("plane", 15, "nsubjpass", "NOUN", "NN", "plane"),
    ("could", 15, "aux", "AUX", "MD", "could"),
    ("have", 15, "aux", "AUX", "VB", "have"),
    ("been", 15, "auxpass", "AUX", "VBN", "be"),
    ("diverted", 15, "ROOT", "VERB", "VBN", "divert"),
    (".", 15, "punct", "PUNCT", ".", "."),
]

# Were the club to announce that the coach had quit, fans would protest.
WERE_TO = [
    ("Were", 13, "advcl", "AUX", "VBD", "be"),
    ("the", 2, "det", "DET", "DT", "the"),
    ("club", 0, "nsubj", "NOUN", "NN", "club"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("announce", 0, "advcl", "VERB", "VB", "announce"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("coach", 9, "nsubj", "NOUN", "NN", "coach"),
    ("had", 9, "aux", "AUX", "VBD", "have"),
    ("quit", 4, "ccomp", "VERB", "VBN", "quit"),
    (",", 13, "punct", "PUNCT", ",", ","),
    ("fans", 13, "nsubj", "NOUN", "NNS", "fan"),
    ("would", 13, "aux", "AUX", "MD", "would"),
    ("protest", 13, "ROOT", "VERB", "VB", "protest"),
    (".", 13, "punct", "PUNCT", ".", "."),
]

# Not all doctors said that the drug was safe.
NOT_ALL = [
    ("Not", 2, "neg", "PART", "RB", "not"),
    ("all", 2, "det", "DET", "DT", "all"),
    ("doctors", 3, "nsubj", "NOUN", "NNS", "doctor"),
    ("said", 3, "ROOT", "VERB", "VBD", "say"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("drug", 7, "nsubj", "NOUN", "NN", "drug"),
    ("was", 3, "ccomp", "AUX", "VBD", "be"),
    ("safe", 7, "acomp", "ADJ", "JJ", "safe"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


# Not one of the ministers has said that the plan failed.
NOT_ONE_OF = [
    ("Not", 1, "neg", "PART", "RB", "not"),
    ("one", 6, "nsubj", "NUM", "CD", "one"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("ministers", 2, "pobj", "NOUN", "NNS", "minister"),
    ("has", 6, "aux", "AUX", "VBZ", "have"),
    ("said", 6, "ROOT", "VERB", "VBN", "say"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("plan", 10, "nsubj", "NOUN", "NN", "plan"),
    ("failed", 6, "ccomp", "VERB", "VBD", "fail"),
    (".", 6, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize("name", ["classify.polarity.inverted_condition", "classify.polarity.unsaid"])
def test_the_rules_are_registered(name):
    """Each rule is registered in stage ``classify`` with a docstring."""
    entry = get_rule(name)
    assert entry.stage == "classify"
    assert entry.func.__doc__


@pytest.mark.parametrize(
    ("rows", "content", "cue", "polarity", "rule"),
    [
        (NOT_ONE, "the museum should close", "argued", "negated", "classify.polarity.negative_phrase"),
        (NOT_ONE_OF, "the plan failed", "said", "negated", "classify.polarity.negative_phrase"),
        (STOPPED_SHORT, "the police had lied", "claiming", "negated", "classify.polarity.unsaid"),
        (WITHOUT_SAYING, "the road would close", "saying", "negated", "classify.polarity.unsaid"),
        (NOT_SO_FAR, "the vote was void", "say", "negated", "classify.polarity.unsaid"),
        (HAD_WARNED, "the runway was icy", "warned", "hypothetical", "classify.polarity.inverted_condition"),
        (WERE_TO, "the coach had quit", "announce", "hypothetical", "classify.polarity.inverted_condition"),
    ],
)
def test_speech_that_did_not_happen(rows, content, cue, polarity, rule):
    """Each phrasing reports no words; with its rule switched off it reads as an assertion."""
    assert classified(parse(rows), content, cue).polarity == polarity
    off = classified(parse(rows), content, cue, rules=RuleSet(disable=frozenset({rule})))
    assert off.polarity == "asserted"


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (WENT_SO_FAR, "the vote was void", "say"),
        (NOT_ALL, "the drug was safe", "said"),
    ],
)
def test_speech_that_happened_stays_asserted(rows, content, cue):
    """Going "so far as to say", and "Not all doctors said", report words that were said."""
    assert classified(parse(rows), content, cue).polarity == "asserted"
