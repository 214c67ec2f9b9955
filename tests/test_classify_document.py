"""Rules and documents that "say", negating quantifier subjects, and "whoever" as a speaker.

Hand-built parses (each is what en_core_web_sm 3.8 gives the sentence above it):

- a standing text that lays down rules as the subject of a saying verb ("The law
  states that ...", "the club rules say ...", "Section 12 of the act states ...")
  is ``evidence`` (``classify.class.document``); "the report says" stays speech;
- "Neither side has suggested ..." and "Neither the mayor nor the council said ..."
  are ``negated`` (``classify.polarity.negative_phrase``); a "neither" inside the
  reported words negates nothing;
- speech whose subject is "whoever", quoted or not, is ``hypothetical``
  (``classify.polarity.generic_say``);
- a cue that opens its sentence as an order to the reader ("Ask a teenager and
  ...") is ``hypothetical`` (``classify.polarity.imperative``);
- a "deny" that withholds a thing from someone ("denied him entry", "was denied
  bail") is a ``stance`` (``classify.class.withheld``); a denial of a noun phrase
  ("denied any wrongdoing") is speech the ``speech`` scope keeps.
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from quoteextract.stages.scope import is_speech
from tests.test_classify import classified, parse

# The law states that a licence must be renewed every five years.
LAW_STATES = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("law", 2, "nsubj", "NOUN", "NN", "law"),
    ("states", 2, "ROOT", "VERB", "VBZ", "state"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("licence", 8, "nsubjpass", "NOUN", "NN", "licence"),
    ("must", 8, "aux", "AUX", "MD", "must"),
    ("be", 8, "auxpass", "AUX", "VB", "be"),
    ("renewed", 2, "ccomp", "VERB", "VBN", "renew"),
    ("every", 11, "det", "DET", "DT", "every"),
    ("five", 11, "nummod", "NUM", "CD", "five"),
    ("years", 8, "npadvmod", "NOUN", "NNS", "year"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The club rules say that members must wear whites.
RULES_SAY = [
    ("The", 2, "det", "DET", "DT", "the"),
    ("club", 2, "compound", "NOUN", "NN", "club"),
    ("rules", 3, "nsubj", "NOUN", "NNS", "rule"),
    ("say", 3, "ROOT", "VERB", "VBP", "say"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("members", 7, "nsubj", "NOUN", "NNS", "member"),
    ("must", 7, "aux", "AUX", "MD", "must"),
    ("wear", 3, "ccomp", "VERB", "VB", "wear"),
    ("whites", 7, "dobj", "NOUN", "NNS", "white"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# Section 12 of the act states that landlords must give notice.
SECTION_OF_ACT = [
    ("Section", 5, "nsubj", "NOUN", "NN", "section"),
    ("12", 0, "nummod", "NUM", "CD", "12"),
    ("of", 0, "prep", "ADP", "IN", "of"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("act", 2, "pobj", "NOUN", "NN", "act"),
    ("states", 5, "ROOT", "VERB", "VBZ", "state"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("landlords", 9, "nsubj", "NOUN", "NNS", "landlord"),
    ("must", 9, "aux", "AUX", "MD", "must"),
    ("give", 5, "ccomp", "VERB", "VB", "give"),
    ("notice", 9, "dobj", "NOUN", "NN", "notice"),
    (".", 5, "punct", "PUNCT", ".", "."),
]

# The report says that the river is polluted.
REPORT_SAYS = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("report", 2, "nsubj", "NOUN", "NN", "report"),
    ("says", 2, "ROOT", "VERB", "VBZ", "say"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("river", 7, "nsubjpass", "NOUN", "NN", "river"),
    ("is", 7, "auxpass", "AUX", "VBZ", "be"),
    ("polluted", 2, "ccomp", "VERB", "VBN", "pollute"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# Neither side has suggested that the talks are over.
NEITHER_SIDE = [
    ("Neither", 1, "det", "DET", "DT", "neither"),
    ("side", 3, "nsubj", "NOUN", "NN", "side"),
    ("has", 3, "aux", "AUX", "VBZ", "have"),
    ("suggested", 3, "ROOT", "VERB", "VBN", "suggest"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("talks", 7, "nsubj", "NOUN", "NNS", "talk"),
    ("are", 3, "ccomp", "AUX", "VBP", "be"),
    ("over", 7, "advmod", "ADV", "RB", "over"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# Neither the mayor nor the council said the pool would close.
NEITHER_MAYOR_NOR = [
    ("Neither", 2, "preconj", "CCONJ", "CC", "neither"),
    ("the", 2, "det", "DET", "DT", "the"),
    ("mayor", 6, "nsubj", "NOUN", "NN", "mayor"),
    ("nor", 2, "cc", "CCONJ", "CC", "nor"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("council", 2, "conj", "NOUN", "NN", "council"),
    ("said", 6, "ROOT", "VERB", "VBD", "say"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("pool", 10, "nsubj", "NOUN", "NN", "pool"),
    ("would", 10, "aux", "AUX", "MD", "would"),
    ("close", 6, "ccomp", "VERB", "VB", "close"),
    (".", 6, "punct", "PUNCT", ".", "."),
]

# The minister said neither side would back down.
MINISTER_SAID_NEITHER = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("minister", 2, "nsubj", "NOUN", "NN", "minister"),
    ("said", 2, "ROOT", "VERB", "VBD", "say"),
    ("neither", 4, "det", "DET", "DT", "neither"),
    ("side", 6, "nsubj", "NOUN", "NN", "side"),
    ("would", 6, "aux", "AUX", "MD", "would"),
    ("back", 2, "ccomp", "VERB", "VB", "back"),
    ("down", 6, "prt", "ADP", "RP", "down"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# Whoever first said 'you can't take it with you' never met a collector.
WHOEVER_QUOTED = [
    ("Whoever", 2, "nsubj", "PRON", "WP", "whoever"),
    ("first", 2, "advmod", "ADV", "RB", "first"),
    ("said", 13, "csubj", "VERB", "VBD", "say"),
    ("'", 2, "punct", "PUNCT", "``", "'"),
    ("you", 7, "nsubj", "PRON", "PRP", "you"),
    ("ca", 7, "aux", "AUX", "MD", "can"),
    ("n't", 7, "neg", "PART", "RB", "not"),
    ("take", 2, "ccomp", "VERB", "VB", "take"),
    ("it", 7, "dobj", "PRON", "PRP", "it"),
    ("with", 7, "prep", "ADP", "IN", "with"),
    ("you", 9, "pobj", "PRON", "PRP", "you"),
    ("'", 13, "punct", "PUNCT", "''", "'"),
    ("never", 13, "neg", "ADV", "RB", "never"),
    ("met", 13, "ROOT", "VERB", "VBD", "meet"),
    ("a", 15, "det", "DET", "DT", "a"),
    ("collector", 13, "dobj", "NOUN", "NN", "collector"),
    (".", 13, "punct", "PUNCT", ".", "."),
]

# Whoever said that the meek shall inherit the earth had not met this board.
WHOEVER_CLAUSE = [
    ("Whoever", 1, "nsubj", "PRON", "WP", "whoever"),
    ("said", 11, "csubj", "VERB", "VBD", "say"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("meek", 6, "nsubj", "NOUN", "NN", "meek"),
    ("shall", 6, "aux", "AUX", "MD", "shall"),
    ("inherit", 1, "ccomp", "VERB", "VB", "inherit"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("earth", 6, "dobj", "NOUN", "NN", "earth"),
    ("had", 11, "aux", "AUX", "VBD", "have"),
    ("not", 11, "neg", "PART", "RB", "not"),
    ("met", 11, "ROOT", "VERB", "VBN", "meet"),
    ("this", 13, "det", "DET", "DT", "this"),
    ("board", 11, "dobj", "NOUN", "NN", "board"),
    (".", 11, "punct", "PUNCT", ".", "."),
]


# Ask a teenager and the verdict is simply "mid".
ASK_A_TEENAGER = [
    ("Ask", 0, "ROOT", "VERB", "VB", "ask"),
    ("a", 2, "det", "DET", "DT", "a"),
    ("teenager", 0, "dobj", "NOUN", "NN", "teenager"),
    ("and", 0, "cc", "CCONJ", "CC", "and"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("verdict", 6, "nsubj", "NOUN", "NN", "verdict"),
    ("is", 0, "conj", "AUX", "VBZ", "be"),
    ("simply", 6, "advmod", "ADV", "RB", "simply"),
    ('"', 6, "punct", "PUNCT", "``", '"'),
    ("mid", 6, "acomp", "PROPN", "NNP", "mid"),
    ('"', 6, "punct", "PUNCT", "''", '"'),
    (".", 6, "punct", "PUNCT", ".", "."),
]

# She asked the mayor whether the budget is balanced.
SHE_ASKED = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("mayor", 1, "dobj", "NOUN", "NN", "mayor"),
    ("whether", 8, "mark", "SCONJ", "IN", "whether"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("budget", 8, "nsubjpass", "NOUN", "NN", "budget"),
    ("is", 8, "auxpass", "AUX", "VBZ", "be"),
    ("balanced", 1, "ccomp", "VERB", "VBN", "balance"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


# The council denied him entry to the meeting.
DENIED_HIM_ENTRY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("council", 2, "nsubj", "NOUN", "NN", "council"),
    ("denied", 2, "ROOT", "VERB", "VBD", "deny"),
    ("him", 2, "dative", "PRON", "PRP", "he"),
    ("entry", 2, "dobj", "NOUN", "NN", "entry"),
    ("to", 4, "prep", "ADP", "IN", "to"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("meeting", 5, "pobj", "NOUN", "NN", "meeting"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# He was denied bail.
DENIED_BAIL = [
    ("He", 2, "nsubjpass", "PRON", "PRP", "he"),
    ("was", 2, "auxpass", "AUX", "VBD", "be"),
    ("denied", 2, "ROOT", "VERB", "VBN", "deny"),
    ("bail", 2, "dobj", "NOUN", "NN", "bail"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The company denied any wrongdoing.
DENIED_WRONGDOING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("company", 2, "nsubj", "NOUN", "NN", "company"),
    ("denied", 2, "ROOT", "VERB", "VBD", "deny"),
    ("any", 4, "det", "DET", "DT", "any"),
    ("wrongdoing", 2, "dobj", "NOUN", "NN", "wrongdoing"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_the_document_rule_is_registered():
    """``classify.class.document`` is a classify rule with a docstring."""
    entry = get_rule("classify.class.document")
    assert entry.stage == "classify"
    assert entry.func.__doc__


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (LAW_STATES, "a licence must be renewed every five years", "states"),
        (RULES_SAY, "members must wear whites", "say"),
        (SECTION_OF_ACT, "landlords must give notice", "states"),
    ],
)
def test_a_rule_or_document_that_says_is_evidence(rows, content, cue):
    """A law, a rulebook or a section of an act that "says" is evidence; switched off, it is speech again."""
    assert classified(parse(rows), content, cue).cue_class == "evidence"
    off = RuleSet(disable=frozenset({"classify.class.document"}))
    assert classified(parse(rows), content, cue, rules=off).cue_class == "speech"


def test_a_report_that_says_stays_speech():
    """A report is someone's account: "the report says" stays speech."""
    assert classified(parse(REPORT_SAYS), "the river is polluted", "says").cue_class == "speech"


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (NEITHER_SIDE, "the talks are over", "suggested"),
        (NEITHER_MAYOR_NOR, "the pool would close", "said"),
    ],
)
def test_neither_subject_negates_the_speech(rows, content, cue):
    """With "Neither side has suggested" or "Neither X nor Y said", nobody said it."""
    assert classified(parse(rows), content, cue).polarity == "negated"
    off = RuleSet(disable=frozenset({"classify.polarity.negative_phrase"}))
    assert classified(parse(rows), content, cue, rules=off).polarity == "asserted"


def test_neither_in_the_reported_words_negates_nothing():
    """The sentence "The minister said neither side would back down" is asserted."""
    quote = classified(parse(MINISTER_SAID_NEITHER), "neither side would back down", "said")
    assert quote.polarity == "asserted"


@pytest.mark.parametrize(
    ("rows", "content", "cue", "kind"),
    [
        (WHOEVER_QUOTED, "you ca n't take it with you", "said", "direct"),
        (WHOEVER_CLAUSE, "the meek shall inherit the earth", "said", "indirect"),
    ],
)
def test_whoever_said_is_nobodys_speech(rows, content, cue, kind):
    """The phrase "Whoever first said ‘...’" is hypothetical, quoted or not; switched off, asserted."""
    assert classified(parse(rows), content, cue, kind=kind).polarity == "hypothetical"
    off = RuleSet(disable=frozenset({"classify.polarity.generic_say"}))
    assert classified(parse(rows), content, cue, kind=kind, rules=off).polarity == "asserted"


def test_an_order_to_the_reader_is_hypothetical():
    """In "Ask a teenager and the verdict is ..." the writer gives an order; "She asked the mayor whether" does not."""
    assert classified(parse(ASK_A_TEENAGER), "a teenager", "Ask").polarity == "hypothetical"
    off = RuleSet(disable=frozenset({"classify.polarity.imperative"}))
    assert classified(parse(ASK_A_TEENAGER), "a teenager", "Ask", rules=off).polarity == "asserted"
    assert classified(parse(SHE_ASKED), "whether the budget is balanced", "asked").polarity == "asserted"


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [(DENIED_HIM_ENTRY, "entry to the meeting", "denied"), (DENIED_BAIL, "bail", "denied")],
)
def test_a_deny_that_withholds_is_a_stance(rows, content, cue):
    """Phrases like "denied him entry" and "was denied bail" withhold a thing: a stance, not a denial of words."""
    assert classified(parse(rows), content, cue).cue_class == "stance"
    off = RuleSet(disable=frozenset({"classify.class.withheld"}))
    assert classified(parse(rows), content, cue, rules=off).cue_class == "speech"


def test_a_denial_of_a_noun_phrase_is_speech():
    """The sentence "The company denied any wrongdoing" is a denial, speech: the speech scope keeps it."""
    quote = classified(parse(DENIED_WRONGDOING), "any wrongdoing", "denied")
    assert (quote.cue_class, quote.content_type, quote.polarity) == ("speech", "noun_phrase", "denied")
    assert is_speech(quote)
    withheld = classified(parse(DENIED_HIM_ENTRY), "entry to the meeting", "denied")
    assert not is_speech(withheld)
