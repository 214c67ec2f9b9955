"""Classify rules for speech that the lexicon alone misreads, on hand-built parses.

- a held attitude put into words ("expressed concern that ...") is speech;
- "would only say", "could only quip", "would later tell" report what was said;
- a conjunct with its own subject does not take the modal of the clause before it;
- a noun with a speech participle ("a statement saying that ...") carries a clause;
- evidence that "suggests" or "reveals" ("the polls suggest that ...") is evidence, not speech.
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

EXPRESSED_CONCERN = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("expressed", 1, "ROOT", "VERB", "VBD", "express"),
    ("concern", 1, "dobj", "NOUN", "NN", "concern"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("fares", 6, "nsubj", "NOUN", "NNS", "fare"),
    ("would", 6, "aux", "AUX", "MD", "would"),
    ("rise", 2, "acl", "VERB", "VB", "rise"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

SHARED_CONCERN = [
    ("Analysts", 1, "nsubj", "NOUN", "NNS", "analyst"),
    ("share", 1, "ROOT", "VERB", "VBP", "share"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("concern", 1, "dobj", "NOUN", "NN", "concern"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("fares", 7, "nsubj", "NOUN", "NNS", "fare"),
    ("will", 7, "aux", "AUX", "MD", "will"),
    ("rise", 3, "acl", "VERB", "VB", "rise"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

WOULD_ONLY_SAY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("coach", 4, "nsubj", "NOUN", "NN", "coach"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("only", 4, "advmod", "ADV", "RB", "only"),
    ("say", 4, "ROOT", "VERB", "VB", "say"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("club", 8, "nsubj", "NOUN", "NN", "club"),
    ("appealed", 4, "ccomp", "VERB", "VBD", "appeal"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

WOULD_LATER_TELL = [
    ("She", 3, "nsubj", "PRON", "PRP", "she"),
    ("would", 3, "aux", "AUX", "MD", "would"),
    ("later", 3, "advmod", "ADV", "RB", "later"),
    ("tell", 3, "ROOT", "VERB", "VB", "tell"),
    ("friends", 3, "dobj", "NOUN", "NNS", "friend"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("trip", 7, "nsubj", "NOUN", "NN", "trip"),
    ("failed", 3, "ccomp", "VERB", "VBD", "fail"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# "Such a theft would be odd, but police say the gang did it."
BUT_POLICE_SAY = [
    ("Such", 2, "predet", "DET", "PDT", "such"),
    ("a", 2, "det", "DET", "DT", "a"),
    ("theft", 4, "nsubj", "NOUN", "NN", "theft"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("be", 4, "ROOT", "AUX", "VB", "be"),
    ("odd", 4, "acomp", "ADJ", "JJ", "odd"),
    (",", 4, "punct", "PUNCT", ",", ","),
    ("but", 4, "cc", "CCONJ", "CC", "but"),
    ("police", 9, "nsubj", "NOUN", "NNS", "police"),
    ("say", 4, "conj", "VERB", "VBP", "say"),
    ("the", 11, "det", "DET", "DT", "the"),
    ("gang", 12, "nsubj", "NOUN", "NN", "gang"),
    ("did", 9, "ccomp", "VERB", "VBD", "do"),
    ("it", 12, "dobj", "PRON", "PRP", "it"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# "He would call the board and say the plan failed."
WOULD_CALL_AND_SAY = [
    ("He", 2, "nsubj", "PRON", "PRP", "he"),
    ("would", 2, "aux", "AUX", "MD", "would"),
    ("call", 2, "ROOT", "VERB", "VB", "call"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("board", 2, "dobj", "NOUN", "NN", "board"),
    ("and", 2, "cc", "CCONJ", "CC", "and"),
    ("say", 2, "conj", "VERB", "VB", "say"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("plan", 9, "nsubj", "NOUN", "NN", "plan"),
    ("failed", 6, "ccomp", "VERB", "VBD", "fail"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

STATEMENT_SAYING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("firm", 2, "nsubj", "NOUN", "NN", "firm"),
    ("issued", 2, "ROOT", "VERB", "VBD", "issue"),
    ("a", 4, "det", "DET", "DT", "a"),
    ("statement", 2, "dobj", "NOUN", "NN", "statement"),
    ("saying", 4, "acl", "VERB", "VBG", "say"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("plant", 9, "nsubj", "NOUN", "NN", "plant"),
    ("stays", 5, "ccomp", "VERB", "VBZ", "stay"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

PHOTO_SHOWING = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("posted", 1, "ROOT", "VERB", "VBD", "post"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("photo", 1, "dobj", "NOUN", "NN", "photo"),
    ("showing", 3, "acl", "VERB", "VBG", "show"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("street", 4, "dobj", "NOUN", "NN", "street"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


ECHOING_EXPERTS_WHO_SAY = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("echoed", 1, "ROOT", "VERB", "VBD", "echo"),
    ("experts", 1, "dobj", "NOUN", "NNS", "expert"),
    ("who", 4, "nsubj", "PRON", "WP", "who"),
    ("say", 2, "relcl", "VERB", "VBP", "say"),
    ("rents", 6, "nsubj", "NOUN", "NNS", "rent"),
    ("rose", 4, "ccomp", "VERB", "VBD", "rise"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

POLLS_SUGGEST = [
    ("Polls", 1, "nsubj", "NOUN", "NNS", "poll"),
    ("suggest", 1, "ROOT", "VERB", "VBP", "suggest"),
    ("that", 4, "mark", "SCONJ", "IN", "that"),
    ("rents", 4, "nsubj", "NOUN", "NNS", "rent"),
    ("rose", 1, "ccomp", "VERB", "VBD", "rise"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

MAYOR_SUGGESTED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("suggested", 2, "ROOT", "VERB", "VBD", "suggest"),
    ("that", 5, "mark", "SCONJ", "IN", "that"),
    ("rents", 5, "nsubj", "NOUN", "NNS", "rent"),
    ("rose", 2, "ccomp", "VERB", "VBD", "rise"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

DATA_THAT_REVEAL = [
    ("They", 1, "nsubj", "PRON", "PRP", "they"),
    ("released", 1, "ROOT", "VERB", "VBD", "release"),
    ("data", 1, "dobj", "NOUN", "NNS", "datum"),
    ("that", 4, "nsubj", "PRON", "WDT", "that"),
    ("reveal", 2, "relcl", "VERB", "VBP", "reveal"),
    ("rents", 6, "nsubj", "NOUN", "NNS", "rent"),
    ("rose", 4, "ccomp", "VERB", "VBD", "rise"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "content", "cue", "expected"),
    [
        (EXPRESSED_CONCERN, "fares would rise", "concern", ("speech", "clause", "asserted")),
        (SHARED_CONCERN, "fares will rise", "concern", ("belief", "clause", "asserted")),
        (WOULD_ONLY_SAY, "that the club appealed", "say", ("speech", "clause", "asserted")),
        (WOULD_LATER_TELL, "the trip failed", "tell", ("speech", "clause", "asserted")),
        (BUT_POLICE_SAY, "the gang did it", "say", ("speech", "clause", "asserted")),
        (WOULD_CALL_AND_SAY, "the plan failed", "say", ("speech", "clause", "hypothetical")),
        (STATEMENT_SAYING, "a statement saying that the plant stays", "issued", ("speech", "clause", "asserted")),
        (PHOTO_SHOWING, "a photo showing the street", "posted", ("speech", "noun_phrase", "asserted")),
        (ECHOING_EXPERTS_WHO_SAY, "experts who say rents rose", "echoed", ("speech", "clause", "asserted")),
        (POLLS_SUGGEST, "that rents rose", "suggest", ("evidence", "clause", "asserted")),
        (MAYOR_SUGGESTED, "that rents rose", "suggested", ("speech", "clause", "asserted")),
        (DATA_THAT_REVEAL, "rents rose", "reveal", ("evidence", "clause", "asserted")),
    ],
)
def test_speech_the_lexicon_alone_misreads(rows, content, cue, expected):
    """Each parse gets the cue class, content type and polarity a speech annotator would give."""
    quote = classified(parse(rows), content, cue)
    assert (quote.cue_class, quote.content_type, quote.polarity) == expected


def test_disabling_the_voiced_rule_switches_it_off():
    """With ``classify.class.voiced`` off, "expressed concern" is the noun's class again (belief)."""
    rules = RuleSet(disable=frozenset({"classify.class.voiced"}))
    quote = classified(parse(EXPRESSED_CONCERN), "fares would rise", "concern", rules=rules)
    assert quote.cue_class == "belief"


def test_disabling_the_inference_rule_switches_it_off():
    """With ``classify.class.inference`` off, "polls suggest" is the verb's class again (speech)."""
    rules = RuleSet(disable=frozenset({"classify.class.inference"}))
    quote = classified(parse(POLLS_SUGGEST), "that rents rose", "suggest", rules=rules)
    assert quote.cue_class == "speech"


@pytest.mark.parametrize("name", ["classify.class.voiced", "classify.class.inference"])
def test_the_new_rules_are_registered(name):
    """The rules are classify rules with a description."""
    found = get_rule(name)
    assert found.stage == "classify"
    assert found.description
