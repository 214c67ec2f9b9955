"""Speech that did not happen, however the sentence says so, on hand-built parses.

- a speech verb that a denial is about: "denied telling players that ...";
- a negation in a phrase, not on the verb: "At no point did ...", "No one has claimed
  ...", "Not once did ...", "neither confirm nor deny" (not across "and");
- reported words that refuse to speak: "said she would not comment on ..." (not when a
  reason is given, nor a fact: "had not disclosed the losses");
- a fact that "tells you" something is evidence ("..., which tells you why ...").
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

# The coach denied telling players that the club would move.
DENIED_TELLING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("coach", 2, "nsubj", "NOUN", "NN", "coach"),
    ("denied", 2, "ROOT", "VERB", "VBD", "deny"),
    ("telling", 2, "xcomp", "VERB", "VBG", "tell"),
    ("players", 3, "dobj", "NOUN", "NNS", "player"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("club", 9, "nsubj", "NOUN", "NN", "club"),
    ("would", 9, "aux", "AUX", "MD", "would"),
    ("move", 3, "ccomp", "VERB", "VB", "move"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# At no point did the mayor say that taxes would rise.
AT_NO_POINT = [
    ("At", 6, "prep", "ADP", "IN", "at"),
    ("no", 2, "det", "DET", "DT", "no"),
    ("point", 0, "pobj", "NOUN", "NN", "point"),
    ("did", 6, "aux", "AUX", "VBD", "do"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("mayor", 6, "nsubj", "NOUN", "NN", "mayor"),
    ("say", 6, "ROOT", "VERB", "VB", "say"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("taxes", 10, "nsubj", "NOUN", "NNS", "tax"),
    ("would", 10, "aux", "AUX", "MD", "would"),
    ("rise", 6, "ccomp", "VERB", "VB", "rise"),
    (".", 6, "punct", "PUNCT", ".", "."),
]

# No one has claimed that the fire was deliberate.
NO_ONE = [
    ("No", 1, "det", "DET", "DT", "no"),
    ("one", 3, "nsubj", "NOUN", "NN", "one"),
    ("has", 3, "aux", "AUX", "VBZ", "have"),
    ("claimed", 3, "ROOT", "VERB", "VBN", "claim"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("fire", 7, "nsubj", "NOUN", "NN", "fire"),
    ("was", 3, "ccomp", "AUX", "VBD", "be"),
    ("deliberate", 7, "acomp", "ADJ", "JJ", "deliberate"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# Not once did he suggest that fares would rise.
NOT_ONCE = [
    ("Not", 1, "neg", "PART", "RB", "not"),
    ("once", 4, "advmod", "ADV", "RB", "once"),
    ("did", 4, "aux", "AUX", "VBD", "do"),
    ("he", 4, "nsubj", "PRON", "PRP", "he"),
    ("suggest", 4, "ROOT", "VERB", "VB", "suggest"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("fares", 8, "nsubj", "NOUN", "NNS", "fare"),
    ("would", 8, "aux", "AUX", "MD", "would"),
    ("rise", 4, "ccomp", "VERB", "VB", "rise"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# The club would neither confirm nor deny that he left.
NEITHER_NOR = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("club", 4, "nsubj", "NOUN", "NN", "club"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("neither", 4, "preconj", "CCONJ", "CC", "neither"),
    ("confirm", 4, "ROOT", "VERB", "VB", "confirm"),
    ("nor", 4, "cc", "CCONJ", "CC", "nor"),
    ("deny", 4, "conj", "VERB", "VB", "deny"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("he", 9, "nsubj", "PRON", "PRP", "he"),
    ("left", 6, "ccomp", "VERB", "VBD", "leave"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# The firm does not track complaints and has insisted that it is safe.
NOT_AND = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("firm", 4, "nsubj", "NOUN", "NN", "firm"),
    ("does", 4, "aux", "AUX", "VBZ", "do"),
    ("not", 4, "neg", "PART", "RB", "not"),
    ("track", 4, "ROOT", "VERB", "VB", "track"),
    ("complaints", 4, "dobj", "NOUN", "NNS", "complaint"),
    ("and", 4, "cc", "CCONJ", "CC", "and"),
    ("has", 8, "aux", "AUX", "VBZ", "have"),
    ("insisted", 4, "conj", "VERB", "VBN", "insist"),
    ("that", 11, "mark", "SCONJ", "IN", "that"),
    ("it", 11, "nsubj", "PRON", "PRP", "it"),
    ("is", 8, "ccomp", "AUX", "VBZ", "be"),
    ("safe", 11, "acomp", "ADJ", "JJ", "safe"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# She said she would not comment on the sale.
WOULD_NOT_COMMENT = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("she", 5, "nsubj", "PRON", "PRP", "she"),
    ("would", 5, "aux", "AUX", "MD", "would"),
    ("not", 5, "neg", "PART", "RB", "not"),
    ("comment", 1, "ccomp", "VERB", "VB", "comment"),
    ("on", 5, "prep", "ADP", "IN", "on"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("sale", 6, "pobj", "NOUN", "NN", "sale"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# He said he could not comment because he had not seen it.
BECAUSE_NOT_SEEN = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("he", 5, "nsubj", "PRON", "PRP", "he"),
    ("could", 5, "aux", "AUX", "MD", "could"),
    ("not", 5, "neg", "PART", "RB", "not"),
    ("comment", 1, "ccomp", "VERB", "VB", "comment"),
    ("because", 10, "mark", "SCONJ", "IN", "because"),
    ("he", 10, "nsubj", "PRON", "PRP", "he"),
    ("had", 10, "aux", "AUX", "VBD", "have"),
    ("not", 10, "neg", "PART", "RB", "not"),
    ("seen", 5, "advcl", "VERB", "VBN", "see"),
    ("it", 10, "dobj", "PRON", "PRP", "it"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# The regulator said the bank had not disclosed the losses.
HAD_NOT_DISCLOSED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("regulator", 2, "nsubj", "NOUN", "NN", "regulator"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("bank", 7, "nsubj", "NOUN", "NN", "bank"),
    ("had", 7, "aux", "AUX", "VBD", "have"),
    ("not", 7, "neg", "PART", "RB", "not"),
    ("disclosed", 2, "ccomp", "VERB", "VBN", "disclose"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("losses", 7, "dobj", "NOUN", "NNS", "loss"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The view, which tells you why rents are high, is free.
WHICH_TELLS = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("view", 11, "nsubj", "NOUN", "NN", "view"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("which", 4, "nsubj", "PRON", "WDT", "which"),
    ("tells", 1, "relcl", "VERB", "VBZ", "tell"),
    ("you", 4, "dobj", "PRON", "PRP", "you"),
    ("why", 8, "advmod", "SCONJ", "WRB", "why"),
    ("rents", 8, "nsubj", "NOUN", "NNS", "rent"),
    ("are", 4, "ccomp", "AUX", "VBP", "be"),
    ("high", 8, "acomp", "ADJ", "JJ", "high"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("is", 11, "ROOT", "AUX", "VBZ", "be"),
    ("free", 11, "acomp", "ADJ", "JJ", "free"),
    (".", 11, "punct", "PUNCT", ".", "."),
]

# He tells you that the mill will reopen.
HE_TELLS = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("tells", 1, "ROOT", "VERB", "VBZ", "tell"),
    ("you", 1, "dobj", "PRON", "PRP", "you"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("mill", 7, "nsubj", "NOUN", "NN", "mill"),
    ("will", 7, "aux", "AUX", "MD", "will"),
    ("reopen", 1, "ccomp", "VERB", "VB", "reopen"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

RULES = (
    "classify.polarity.denied_speech",
    "classify.polarity.negative_phrase",
    "classify.polarity.refusal_content",
    "classify.class.telling",
)


@pytest.mark.parametrize("name", RULES)
def test_the_rules_are_registered(name):
    """Each rule is registered in stage ``classify`` with a docstring."""
    entry = get_rule(name)
    assert entry.stage == "classify"
    assert entry.func.__doc__


@pytest.mark.parametrize(
    ("rows", "content", "cue", "polarity", "rule"),
    [
        (DENIED_TELLING, "the club would move", "telling", "negated", "classify.polarity.denied_speech"),
        (AT_NO_POINT, "taxes would rise", "say", "negated", "classify.polarity.negative_phrase"),
        (NO_ONE, "the fire was deliberate", "claimed", "negated", "classify.polarity.negative_phrase"),
        (NOT_ONCE, "fares would rise", "suggest", "negated", "classify.polarity.negative_phrase"),
        (NEITHER_NOR, "he left", "deny", "negated", "classify.polarity.negative_phrase"),
        (
            WOULD_NOT_COMMENT,
            "she would not comment on the sale",
            "said",
            "negated",
            "classify.polarity.refusal_content",
        ),
    ],
)
def test_speech_that_did_not_happen_is_negated(rows, content, cue, polarity, rule):
    """Each phrasing is ``negated``; with its rule switched off it is what the older rules made of it."""
    assert classified(parse(rows), content, cue).polarity == polarity
    off = classified(parse(rows), content, cue, rules=RuleSet(disable=frozenset({rule})))
    assert off.polarity != polarity


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (NOT_AND, "it is safe", "insisted"),
        (BECAUSE_NOT_SEEN, "he could not comment because he had not seen it", "said"),
        (HAD_NOT_DISCLOSED, "the bank had not disclosed the losses", "said"),
        (HE_TELLS, "the mill will reopen", "tells"),
    ],
)
def test_asserted_speech_stays_asserted(rows, content, cue):
    """A negation does not cross "and"; a refusal with its reason, and a fact, are statements."""
    assert classified(parse(rows), content, cue).polarity == "asserted"


def test_a_fact_that_tells_you_is_evidence():
    """A fact that "tells you why ..." is evidence; "He tells you that ..." stays speech."""
    assert classified(parse(WHICH_TELLS), "why rents are high", "tells").cue_class == "evidence"
    assert classified(parse(HE_TELLS), "the mill will reopen", "tells").cue_class == "speech"
    rules = RuleSet(disable=frozenset({"classify.class.telling"}))
    assert classified(parse(WHICH_TELLS), "why rents are high", "tells", rules=rules).cue_class == "speech"
