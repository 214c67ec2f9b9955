"""Speech the lexicon's class of the cue word hides (classify_spoken), on hand-built parses.

Each parse is the one en_core_web_sm 3.8 gives the sentence (invented, not from a suite):
a speech noun with its speaker ("The firm's promise to repay"), a wish to know ("wanted to
know why"), an account ("described how") and a ruling ("The judge ruled that") are speech;
"The storm's threat", "The study concluded that" and "The jury found that" are not.
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

# The firm's promise to repay every customer was broken.
FIRMS_PROMISE = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("firm", 3, "poss", "NOUN", "NN", "firm"),
    ("'s", 1, "case", "PART", "POS", "'s"),
    ("promise", 9, "nsubjpass", "NOUN", "NN", "promise"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("repay", 3, "acl", "VERB", "VB", "repay"),
    ("every", 7, "det", "DET", "DT", "every"),
    ("customer", 5, "dobj", "NOUN", "NN", "customer"),
    ("was", 9, "auxpass", "AUX", "VBD", "be"),
    ("broken", 9, "ROOT", "VERB", "VBN", "break"),
    (".", 9, "punct", "PUNCT", ".", "."),
]

# The promise of rain kept the farmers hopeful.
PROMISE_OF_RAIN = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("promise", 4, "nsubj", "NOUN", "NN", "promise"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("rain", 2, "pobj", "NOUN", "NN", "rain"),
    ("kept", 4, "ROOT", "VERB", "VBD", "keep"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("farmers", 4, "dobj", "NOUN", "NNS", "farmer"),
    ("hopeful", 4, "oprd", "ADJ", "JJ", "hopeful"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# The senator wanted to know why the contract had not been tendered.
WANTED_TO_KNOW = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 2, "nsubj", "NOUN", "NN", "senator"),
    ("wanted", 2, "ROOT", "VERB", "VBD", "want"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("know", 2, "xcomp", "VERB", "VB", "know"),
    ("why", 11, "advmod", "SCONJ", "WRB", "why"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("contract", 11, "nsubjpass", "NOUN", "NN", "contract"),
    ("had", 11, "aux", "AUX", "VBD", "have"),
    ("not", 11, "neg", "PART", "RB", "not"),
    ("been", 11, "auxpass", "AUX", "VBN", "be"),
    ("tendered", 4, "ccomp", "VERB", "VBN", "tender"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The nurse described how the ward had run out of oxygen.
DESCRIBED_HOW = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("nurse", 2, "nsubj", "NOUN", "NN", "nurse"),
    ("described", 2, "ROOT", "VERB", "VBD", "describe"),
    ("how", 7, "advmod", "SCONJ", "WRB", "how"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("ward", 7, "nsubj", "NOUN", "NN", "ward"),
    ("had", 7, "aux", "AUX", "VBD", "have"),
    ("run", 2, "ccomp", "VERB", "VBN", "run"),
    ("out", 7, "prep", "ADP", "IN", "out"),
    ("of", 8, "prep", "ADP", "IN", "of"),
    ("oxygen", 9, "pobj", "NOUN", "NN", "oxygen"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The judge ruled that the evidence could not be used.
JUDGE_RULED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("judge", 2, "nsubj", "NOUN", "NN", "judge"),
    ("ruled", 2, "ROOT", "VERB", "VBD", "rule"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("evidence", 9, "nsubjpass", "NOUN", "NN", "evidence"),
    ("could", 9, "aux", "AUX", "MD", "could"),
    ("not", 9, "neg", "PART", "RB", "not"),
    ("be", 9, "auxpass", "AUX", "VB", "be"),
    ("used", 2, "ccomp", "VERB", "VBN", "use"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The study concluded that children sleep less.
STUDY_CONCLUDED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("study", 2, "nsubj", "NOUN", "NN", "study"),
    ("concluded", 2, "ROOT", "VERB", "VBD", "conclude"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("children", 5, "nsubj", "NOUN", "NNS", "child"),
    ("sleep", 2, "ccomp", "VERB", "VBP", "sleep"),
    ("less", 5, "advmod", "ADV", "RBR", "less"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The jury found that the company had been negligent.
JURY_FOUND = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("jury", 2, "nsubj", "NOUN", "NN", "jury"),
    ("found", 2, "ROOT", "VERB", "VBD", "find"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("company", 7, "nsubj", "NOUN", "NN", "company"),
    ("had", 7, "aux", "AUX", "VBD", "have"),
    ("been", 2, "ccomp", "AUX", "VBN", "be"),
    ("negligent", 7, "acomp", "ADJ", "JJ", "negligent"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The storm's threat to flood the valley grew.
STORMS_THREAT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("storm", 3, "poss", "NOUN", "NN", "storm"),
    ("'s", 1, "case", "PART", "POS", "'s"),
    ("threat", 8, "nsubj", "NOUN", "NN", "threat"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("flood", 3, "acl", "VERB", "VB", "flood"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("valley", 5, "dobj", "NOUN", "NN", "valley"),
    ("grew", 8, "ROOT", "VERB", "VBD", "grow"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


NAMES = [
    "classify.class.speech_noun",
    "classify.class.asked_to_know",
    "classify.content.asked_to_know",
    "classify.class.account",
    "classify.class.ruling",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_rules_are_registered(name):
    """Each rule is registered in stage ``classify`` with a docstring."""
    entry = get_rule(name)
    assert entry.stage == "classify"
    assert entry.func.__doc__


@pytest.mark.parametrize(
    ("rows", "content", "cue", "content_type", "rule"),
    [
        (FIRMS_PROMISE, "to repay every customer", "promise", "infinitive", "classify.class.speech_noun"),
        (
            WANTED_TO_KNOW,
            "to know why the contract had not been tendered",
            "wanted",
            "clause",
            "classify.class.asked_to_know",
        ),
        (DESCRIBED_HOW, "how the ward had run out of oxygen", "described", "clause", "classify.class.account"),
        (JUDGE_RULED, "that the evidence could not be used", "ruled", "clause", "classify.class.ruling"),
    ],
)
def test_speech_with_its_speaker(rows, content, cue, content_type, rule):
    """Each is ``speech`` with its content type; with its rule switched off it is not speech."""
    quote = classified(parse(rows), content, cue)
    assert (quote.cue_class, quote.content_type) == ("speech", content_type)
    off = classified(parse(rows), content, cue, rules=RuleSet(disable=frozenset({rule})))
    assert off.cue_class != "speech"


def test_a_wish_to_know_has_a_clause_for_content():
    """The content "to know why ..." asks a question (a ``clause``); without the rule it reads as an infinitive."""
    content = "to know why the contract had not been tendered"
    assert classified(parse(WANTED_TO_KNOW), content, "wanted").content_type == "clause"
    rules = RuleSet(disable=frozenset({"classify.content.asked_to_know"}))
    assert classified(parse(WANTED_TO_KNOW), content, "wanted", rules=rules).content_type == "infinitive"


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (STORMS_THREAT, "to flood the valley", "threat"),
        (STUDY_CONCLUDED, "that children sleep less", "concluded"),
        (JURY_FOUND, "that the company had been negligent", "found"),
    ],
)
def test_without_a_speaker_or_a_ruling_it_is_not_speech(rows, content, cue):
    """A storm's threat, a study's conclusion and a jury's finding of fact are not speech."""
    assert classified(parse(rows), content, cue).cue_class != "speech"
