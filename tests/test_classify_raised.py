"""Speech and evidence the cue lexicon alone misreads, on hand-built parses.

- a concern, fear or doubt a speaker "raised" is speech (``classify.class.raised``); a thing
  that "raised fears" caused them, and the noun keeps its class;
- a plural body of evidence that opens a sentence, which the parser took for a name
  ("Records indicate that ..."), is evidence (``classify.class.inference``).
"""

from __future__ import annotations

from quoteextract.rules import RuleSet
from tests.test_classify import classified, parse

# Parents raised concerns that the school was unsafe.
PARENTS_RAISED = [
    ("Parents", 1, "nsubj", "NOUN", "NNS", "parent"),
    ("raised", 1, "ROOT", "VERB", "VBD", "raise"),
    ("concerns", 1, "dobj", "NOUN", "NNS", "concern"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("school", 6, "nsubj", "NOUN", "NN", "school"),
    ("was", 2, "acl", "AUX", "VBD", "be"),
    ("unsafe", 6, "acomp", "ADJ", "JJ", "unsafe"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# The closure raised fears that the town would empty.
CLOSURE_RAISED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("closure", 2, "nsubj", "NOUN", "NN", "closure"),
    ("raised", 2, "ROOT", "VERB", "VBD", "raise"),
    ("fears", 2, "dobj", "NOUN", "NNS", "fear"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("town", 8, "nsubj", "NOUN", "NN", "town"),
    ("would", 8, "aux", "AUX", "MD", "would"),
    ("empty", 3, "acl", "VERB", "VB", "empty"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# Records indicate that only one bid was received.
RECORDS_INDICATE = [
    ("Records", 1, "nsubj", "PROPN", "NNPS", "Records"),
    ("indicate", 1, "ROOT", "VERB", "VBP", "indicate"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("only", 4, "advmod", "ADV", "RB", "only"),
    ("one", 5, "nummod", "NUM", "CD", "one"),
    ("bid", 7, "nsubjpass", "NOUN", "NN", "bid"),
    ("was", 7, "auxpass", "AUX", "VBD", "be"),
    ("received", 1, "ccomp", "VERB", "VBN", "receive"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_concern_a_speaker_raised_is_speech():
    """A speaker who "raised concerns that ..." spoke; with the rule disabled, the noun's class (belief)."""
    assert classified(parse(PARENTS_RAISED), "the school was unsafe", "concerns").cue_class == "speech"
    off = RuleSet(disable=frozenset({"classify.class.raised"}))
    assert classified(parse(PARENTS_RAISED), "the school was unsafe", "concerns", rules=off).cue_class == "belief"


def test_fears_a_thing_raised_stay_a_belief():
    """A thing that "raised fears that ..." caused them: nobody voiced them."""
    assert classified(parse(CLOSURE_RAISED), "the town would empty", "fears").cue_class == "belief"


def test_records_opening_a_sentence_are_evidence():
    """The sentence-opening "Records indicate that ...", parsed as a name, is evidence like "The records indicate"."""
    assert classified(parse(RECORDS_INDICATE), "only one bid was received", "indicate").cue_class == "evidence"
