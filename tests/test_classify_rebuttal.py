"""Rebuttals, dismissals and rumours (classify_rebuttal), on hand-built parses.

Each parse is the one en_core_web_sm 3.8 gives the sentence (invented, not from a suite): a
speaker's rebuttal of a claim ("rejected the claim that", "pushed back on suggestions that")
is speech, denied; "dismissed the audit as a smear" is speech, its content a clause; "The
council rejected the plan" stays a stance; "Rumours that the mill would close" is a rumour,
"Her speculation that ..." keeps the lexicon's class.
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

# The mayor rejected the claim that the pool was unsafe.
REJECTED_CLAIM = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("rejected", 2, "ROOT", "VERB", "VBD", "reject"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("claim", 2, "dobj", "NOUN", "NN", "claim"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("pool", 8, "nsubj", "NOUN", "NN", "pool"),
    ("was", 4, "acl", "AUX", "VBD", "be"),
    ("unsafe", 8, "acomp", "ADJ", "JJ", "unsafe"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The mayor did not reject the claim that the pool was unsafe.
NOT_REJECTED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 4, "nsubj", "NOUN", "NN", "mayor"),
    ("did", 4, "aux", "AUX", "VBD", "do"),
    ("not", 4, "neg", "PART", "RB", "not"),
    ("reject", 4, "ROOT", "VERB", "VB", "reject"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("claim", 4, "dobj", "NOUN", "NN", "claim"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("pool", 10, "nsubj", "NOUN", "NN", "pool"),
    ("was", 6, "acl", "AUX", "VBD", "be"),
    ("unsafe", 10, "acomp", "ADJ", "JJ", "unsafe"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# The coach pushed back on suggestions that he would quit.
PUSHED_BACK = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("coach", 2, "nsubj", "NOUN", "NN", "coach"),
    ("pushed", 2, "ROOT", "VERB", "VBD", "push"),
    ("back", 2, "advmod", "ADV", "RB", "back"),
    ("on", 2, "prep", "ADP", "IN", "on"),
    ("suggestions", 4, "pobj", "NOUN", "NNS", "suggestion"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("he", 9, "nsubj", "PRON", "PRP", "he"),
    ("would", 9, "aux", "AUX", "MD", "would"),
    ("quit", 5, "acl", "VERB", "VB", "quit"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The senator dismissed the audit as a smear.
DISMISSED_AS = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("dismissed", 2, "ROOT", "VERB", "VBD", "dismiss"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("audit", 2, "dobj", "NOUN", "NN", "audit"),
    ("as", 2, "prep", "ADP", "IN", "as"),
    ("a", 7, "det", "DET", "DT", "a"),
    ("smear", 5, "pobj", "NOUN", "NN", "smear"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The council rejected the plan for a new car park.
REJECTED_PLAN = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("council", 2, "nsubj", "NOUN", "NN", "council"),
    ("rejected", 2, "ROOT", "VERB", "VBD", "reject"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("plan", 2, "dobj", "NOUN", "NN", "plan"),
    ("for", 4, "prep", "ADP", "IN", "for"),
    ("a", 9, "det", "DET", "DT", "a"),
    ("new", 9, "amod", "ADJ", "JJ", "new"),
    ("car", 9, "compound", "NOUN", "NN", "car"),
    ("park", 5, "pobj", "NOUN", "NN", "park"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# Rumours that the mill would close spread quickly.
RUMOURS = [
    ("Rumours", 6, "nsubj", "NOUN", "NNS", "rumour"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("mill", 5, "nsubj", "NOUN", "NN", "mill"),
    ("would", 5, "aux", "AUX", "MD", "would"),
    ("close", 0, "ccomp", "VERB", "VB", "close"),
    ("spread", 6, "ROOT", "VERB", "VB", "spread"),
    ("quickly", 6, "advmod", "ADV", "RB", "quickly"),
    (".", 6, "punct", "PUNCT", ".", "."),
]

# Her speculation that prices would fall proved right.
HER_SPECULATION = [
    ("Her", 1, "poss", "PRON", "PRP$", "her"),
    ("speculation", 1, "ROOT", "NOUN", "NN", "speculation"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("prices", 5, "nsubj", "NOUN", "NNS", "price"),
    ("would", 5, "aux", "AUX", "MD", "would"),
    ("fall", 1, "acl", "VERB", "VB", "fall"),
    ("proved", 1, "acl", "VERB", "VBN", "prove"),
    ("right", 6, "oprd", "ADJ", "JJ", "right"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# The club's rebuttal of the report was brief.
CLUBS_REBUTTAL = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("club", 3, "poss", "NOUN", "NN", "club"),
    ("'s", 1, "case", "PART", "POS", "'s"),
    ("rebuttal", 7, "nsubj", "NOUN", "NN", "rebuttal"),
    ("of", 3, "prep", "ADP", "IN", "of"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("report", 4, "pobj", "NOUN", "NN", "report"),
    ("was", 7, "ROOT", "AUX", "VBD", "be"),
    ("brief", 7, "acomp", "ADJ", "JJ", "brief"),
    (".", 7, "punct", "PUNCT", ".", "."),
]

# The rebuttal of the theory took decades.
REBUTTAL_OF_THEORY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("rebuttal", 5, "nsubj", "NOUN", "NN", "rebuttal"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("theory", 2, "pobj", "NOUN", "NN", "theory"),
    ("took", 5, "ROOT", "VERB", "VBD", "take"),
    ("decades", 5, "dobj", "NOUN", "NNS", "decade"),
    (".", 5, "punct", "PUNCT", ".", "."),
]

NAMES = [
    "classify.class.rebuttal",
    "classify.content.as_predicate",
    "classify.polarity.rebutted",
    "classify.class.rumour",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_rules_are_registered(name):
    """Each rule is registered in stage ``classify`` with a docstring."""
    entry = get_rule(name)
    assert entry.stage == "classify"
    assert entry.func.__doc__


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (REJECTED_CLAIM, "the claim that the pool was unsafe", "rejected"),
        (PUSHED_BACK, "suggestions that he would quit", "pushed"),
    ],
)
def test_a_speakers_rebuttal_of_a_claim_is_denied_speech(rows, content, cue):
    """Speech, its content a clause, denied; with the rules switched off, the lexicon's stance."""
    quote = classified(parse(rows), content, cue)
    assert (quote.cue_class, quote.content_type, quote.polarity) == ("speech", "clause", "denied")
    off = RuleSet(disable=frozenset({"classify.class.rebuttal"}))
    assert classified(parse(rows), content, cue, rules=off).cue_class == "stance"


def test_a_negated_rebuttal_is_not_denied():
    """A negated rebuttal ("did not reject the claim that ...") is left to the negation rules: ``negated``."""
    assert classified(parse(NOT_REJECTED), "the claim that the pool was unsafe", "reject").polarity == "negated"


def test_dismissed_as_is_speech_with_a_clause():
    """A dismissal "as" something ("dismissed the audit as a smear") is speech, its content a clause, asserted."""
    quote = classified(parse(DISMISSED_AS), "the audit as a smear", "dismissed")
    assert (quote.cue_class, quote.content_type, quote.polarity) == ("speech", "clause", "asserted")
    off = RuleSet(disable=frozenset({"classify.content.as_predicate"}))
    assert classified(parse(DISMISSED_AS), "the audit as a smear", "dismissed", rules=off).content_type == "noun_phrase"


def test_rejecting_a_thing_stays_a_stance():
    """Rejecting a thing ("The council rejected the plan for a new car park") rebuts no claim: the lexicon's stance."""
    quote = classified(parse(REJECTED_PLAN), "the plan for a new car park", "rejected")
    assert (quote.cue_class, quote.content_type) == ("stance", "noun_phrase")


def test_a_rumour_without_a_speaker_is_a_rumour():
    """A rumour with no speaker ("Rumours that the mill ...") is class ``rumour``; "Her speculation" is not."""
    assert classified(parse(RUMOURS), "the mill would close", "Rumours").cue_class == "rumour"
    assert classified(parse(HER_SPECULATION), "prices would fall", "speculation").cue_class == "speech"


def test_a_rebuttal_noun_is_speech_with_its_speaker():
    """A rebuttal with its speaker ("The club's rebuttal of the report") is denied speech; without one, a stance."""
    quote = classified(parse(CLUBS_REBUTTAL), "the report", "rebuttal")
    assert (quote.cue_class, quote.polarity) == ("speech", "denied")
    assert classified(parse(REBUTTAL_OF_THEORY), "the theory", "rebuttal").cue_class == "stance"
