"""Speech acts of courts, hearings and people in authority, on hand-built parses.

- "The inquest heard that ...": evidence given to a hearing is speech; "Neighbours
  heard that ..." stays a belief;
- "The tribunal ordered the club to reinstate ...": a directive with an infinitive is
  speech; "ordered fresh fish" and the passive "was ordered to pay" are not;
- "The union accused the bosses of ignoring ...": an accusation of a deed is speech
  with a clause as content; "accused him of cowardice" is left to the lexicon;
- "is reported to have left": hearsay without a speaker is a belief ("is said by
  analysts to" names its speakers);
- "The officer gave evidence that ...": testimony, speech; "The study provides
  evidence that ..." stays evidence.
"""

from __future__ import annotations

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

INQUEST_HEARD = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("inquest", 2, "nsubj", "NOUN", "NN", "inquest"),
    ("heard", 2, "ROOT", "VERB", "VBD", "hear"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("boiler", 7, "nsubj", "NOUN", "NN", "boiler"),
    ("had", 7, "aux", "AUX", "VBD", "have"),
    ("been", 2, "ccomp", "AUX", "VBN", "be"),
    ("faulty", 7, "acomp", "ADJ", "JJ", "faulty"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

NEIGHBOURS_HEARD = [
    ("Neighbours", 1, "nsubj", "NOUN", "NNS", "neighbour"),
    ("heard", 1, "ROOT", "VERB", "VBD", "hear"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("mill", 6, "nsubj", "NOUN", "NN", "mill"),
    ("would", 6, "aux", "AUX", "MD", "would"),
    ("shut", 1, "ccomp", "VERB", "VB", "shut"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

TRIBUNAL_ORDERED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("tribunal", 2, "nsubj", "NOUN", "NN", "tribunal"),
    ("ordered", 2, "ROOT", "VERB", "VBD", "order"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("club", 2, "dobj", "NOUN", "NN", "club"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("reinstate", 2, "xcomp", "VERB", "VB", "reinstate"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("groundsman", 6, "dobj", "NOUN", "NN", "groundsman"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

CHEF_ORDERED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("chef", 2, "nsubj", "NOUN", "NN", "chef"),
    ("ordered", 2, "ROOT", "VERB", "VBD", "order"),
    ("fresh", 4, "amod", "ADJ", "JJ", "fresh"),
    ("fish", 2, "dobj", "NOUN", "NN", "fish"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

FIRM_WAS_ORDERED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("firm", 3, "nsubjpass", "NOUN", "NN", "firm"),
    ("was", 3, "auxpass", "AUX", "VBD", "be"),
    ("ordered", 3, "ROOT", "VERB", "VBN", "order"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("pay", 3, "xcomp", "VERB", "VB", "pay"),
    ("damages", 5, "dobj", "NOUN", "NNS", "damage"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

UNION_ACCUSED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("union", 2, "nsubj", "NOUN", "NN", "union"),
    ("accused", 2, "ROOT", "VERB", "VBD", "accuse"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("bosses", 2, "dobj", "NOUN", "NNS", "boss"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("ignoring", 5, "pcomp", "VERB", "VBG", "ignore"),
    ("safety", 8, "compound", "NOUN", "NN", "safety"),
    ("rules", 6, "dobj", "NOUN", "NNS", "rule"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

ACCUSED_OF_COWARDICE = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("accused", 1, "ROOT", "VERB", "VBD", "accuse"),
    ("him", 1, "dobj", "PRON", "PRP", "he"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("cowardice", 3, "pobj", "NOUN", "NN", "cowardice"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_what_an_inquest_heard_is_speech():
    """Evidence given to a hearing ("The inquest heard that ...") is speech."""
    quote = classified(parse(INQUEST_HEARD), "the boiler had been faulty", "heard")
    assert (quote.cue_class, quote.content_type, quote.polarity) == ("speech", "clause", "asserted")


def test_what_neighbours_heard_stays_a_belief():
    """Hearsay a person picked up ("Neighbours heard that ...") keeps the lexicon's class."""
    quote = classified(parse(NEIGHBOURS_HEARD), "the mill would shut", "heard")
    assert quote.cue_class == "belief"


def test_an_order_to_someone_is_speech():
    """A directive with an object and an infinitive is speech."""
    quote = classified(parse(TRIBUNAL_ORDERED), "the club to reinstate the groundsman", "ordered")
    assert (quote.cue_class, quote.content_type) == ("speech", "infinitive")


def test_ordering_goods_and_being_ordered_are_not_speech():
    """No infinitive ("ordered fresh fish"), or no one who spoke (the passive): the lexicon's class stays."""
    assert classified(parse(CHEF_ORDERED), "fresh fish", "ordered").cue_class == "intention"
    assert classified(parse(FIRM_WAS_ORDERED), "to pay damages", "ordered").cue_class == "intention"


def test_an_accusation_of_a_deed_is_speech_with_a_clause():
    """An accusation: "accused X of doing Y" says that X did Y: speech, content a clause."""
    quote = classified(parse(UNION_ACCUSED), "the bosses of ignoring safety rules", "accused")
    assert (quote.cue_class, quote.content_type) == ("speech", "clause")


def test_an_accusation_of_a_quality_is_left_to_the_lexicon():
    """An accusation: "accused him of cowardice" has no deed: the lexicon's class and a noun phrase stay."""
    quote = classified(parse(ACCUSED_OF_COWARDICE), "him of cowardice", "accused")
    assert (quote.cue_class, quote.content_type) == ("stance", "noun_phrase")


def test_the_rules_are_registered_and_can_be_switched_off():
    """Each rule is registered; with ``classify.class.hearing`` off, the inquest's hearing is a belief again."""
    for name in ("classify.class.hearing", "classify.class.directive", "classify.class.accusation"):
        assert get_rule(name).stage == "classify"
    assert get_rule("classify.content.accusation").stage == "classify"
    rules = RuleSet(disable=frozenset({"classify.class.hearing"}))
    assert classified(parse(INQUEST_HEARD), "the boiler had been faulty", "heard", rules=rules).cue_class == "belief"
    rules = RuleSet(disable=frozenset({"classify.class.directive"}))
    quote = classified(parse(TRIBUNAL_ORDERED), "the club to reinstate the groundsman", "ordered", rules=rules)
    assert quote.cue_class == "intention"


AMBASSADOR_REPORTED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("ambassador", 3, "nsubjpass", "NOUN", "NN", "ambassador"),
    ("is", 3, "auxpass", "AUX", "VBZ", "be"),
    ("reported", 3, "ROOT", "VERB", "VBN", "report"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("have", 6, "aux", "AUX", "VB", "have"),
    ("left", 3, "xcomp", "VERB", "VBN", "leave"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("capital", 6, "dobj", "NOUN", "NN", "capital"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

SAID_BY_ANALYSTS = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("company", 3, "nsubjpass", "NOUN", "NN", "company"),
    ("is", 3, "auxpass", "AUX", "VBZ", "be"),
    ("said", 3, "ROOT", "VERB", "VBN", "say"),
    ("by", 3, "agent", "ADP", "IN", "by"),
    ("analysts", 4, "pobj", "NOUN", "NNS", "analyst"),
    ("to", 7, "aux", "PART", "TO", "to"),
    ("be", 3, "xcomp", "AUX", "VB", "be"),
    ("worth", 7, "acomp", "ADJ", "JJ", "worth"),
    ("millions", 8, "npadvmod", "NOUN", "NNS", "million"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

OFFICER_GAVE_EVIDENCE = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("officer", 2, "nsubj", "NOUN", "NN", "officer"),
    ("gave", 2, "ROOT", "VERB", "VBD", "give"),
    ("evidence", 2, "dobj", "NOUN", "NN", "evidence"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("files", 8, "nsubjpass", "NOUN", "NNS", "file"),
    ("were", 8, "auxpass", "AUX", "VBD", "be"),
    ("shredded", 3, "acl", "VERB", "VBN", "shred"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

STUDY_PROVIDES_EVIDENCE = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("study", 2, "nsubj", "NOUN", "NN", "study"),
    ("provides", 2, "ROOT", "VERB", "VBZ", "provide"),
    ("evidence", 2, "dobj", "NOUN", "NN", "evidence"),
    ("that", 6, "mark", "PRON", "WDT", "that"),
    ("sleep", 6, "nsubj", "NOUN", "NN", "sleep"),
    ("protects", 3, "acl", "VERB", "VBZ", "protect"),
    ("memory", 6, "dobj", "NOUN", "NN", "memory"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_hearsay_without_a_speaker_is_a_belief():
    """The passive of a report verb with an infinitive and no agent ("is reported to have left") is a belief."""
    quote = classified(parse(AMBASSADOR_REPORTED), "to have left the capital", "reported")
    assert quote.cue_class == "belief"


def test_hearsay_with_its_speaker_stays_speech():
    """With an agent ("is said by analysts to be ..."), someone said it: the lexicon's class stays."""
    quote = classified(parse(SAID_BY_ANALYSTS), "to be worth millions", "said")
    assert quote.cue_class == "speech"


def test_evidence_a_speaker_gave_is_speech():
    """Evidence a person "gave" is testimony (speech); evidence a study "provides" stays evidence."""
    quote = classified(parse(OFFICER_GAVE_EVIDENCE), "the files were shredded", "evidence")
    assert quote.cue_class == "speech"
    quote = classified(parse(STUDY_PROVIDES_EVIDENCE), "sleep protects memory", "evidence")
    assert quote.cue_class == "evidence"


def test_hearsay_and_given_rules_can_be_switched_off():
    """With ``classify.class.hearsay`` or ``classify.class.given`` off, the lexicon's class comes back."""
    rules = RuleSet(disable=frozenset({"classify.class.hearsay"}))
    assert (
        classified(parse(AMBASSADOR_REPORTED), "to have left the capital", "reported", rules=rules).cue_class
        == "speech"
    )
    rules = RuleSet(disable=frozenset({"classify.class.given"}))
    quote = classified(parse(OFFICER_GAVE_EVIDENCE), "the files were shredded", "evidence", rules=rules)
    assert quote.cue_class == "evidence"
