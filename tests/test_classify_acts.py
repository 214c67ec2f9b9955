"""Speech acts whose class depends on who performs them, on hand-built parses.

- "The union urged members to ...", "rebels threatened to ...": a speaker performs the
  act, so it is speech; "the storm threatened to ...", "staff were urged to ..." are not;
  "staff were urged by police to ...": the agent after "by" performs it, speech;
- "The judge asked whether ...": a question asked by a speaker is speech; "Asked
  whether ..., she said" (the reporter's question) is not;
- "called on voters to ..." is a directive: speech;
- "is convinced that ...": a belief, not speech.
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

UNION_URGED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("union", 2, "nsubj", "NOUN", "NN", "union"),
    ("urged", 2, "ROOT", "VERB", "VBD", "urge"),
    ("members", 2, "dobj", "NOUN", "NNS", "member"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("strike", 2, "xcomp", "VERB", "VB", "strike"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

STORM_THREATENED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("storm", 2, "nsubj", "NOUN", "NN", "storm"),
    ("threatened", 2, "ROOT", "VERB", "VBD", "threaten"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("flood", 2, "xcomp", "VERB", "VB", "flood"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("town", 4, "dobj", "NOUN", "NN", "town"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

STAFF_WERE_URGED = [
    ("Staff", 2, "nsubjpass", "NOUN", "NN", "staff"),
    ("were", 2, "auxpass", "AUX", "VBD", "be"),
    ("urged", 2, "ROOT", "VERB", "VBN", "urge"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("leave", 2, "xcomp", "VERB", "VB", "leave"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "The senator, who vowed to block it, spoke."
STAFF_WERE_URGED_BY_POLICE = [
    ("Staff", 2, "nsubjpass", "NOUN", "NN", "staff"),
    ("were", 2, "auxpass", "AUX", "VBD", "be"),
    ("urged", 2, "ROOT", "VERB", "VBN", "urge"),
    ("by", 2, "agent", "ADP", "IN", "by"),
    ("police", 3, "pobj", "NOUN", "NNS", "police"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("leave", 2, "xcomp", "VERB", "VB", "leave"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

WAS_ASKED_BY_REPORTERS = [
    ("He", 2, "nsubjpass", "PRON", "PRP", "he"),
    ("was", 2, "auxpass", "AUX", "VBD", "be"),
    ("asked", 2, "ROOT", "VERB", "VBN", "ask"),
    ("by", 2, "agent", "ADP", "IN", "by"),
    ("reporters", 3, "pobj", "NOUN", "NNS", "reporter"),
    ("whether", 8, "mark", "SCONJ", "IN", "whether"),
    ("he", 8, "nsubj", "PRON", "PRP", "he"),
    ("would", 8, "aux", "AUX", "MD", "will"),
    ("resign", 2, "ccomp", "VERB", "VB", "resign"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

WHO_VOWED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("senator", 8, "nsubj", "NOUN", "NN", "senator"),
    (",", 1, "punct", "PUNCT", ",", ","),
    ("who", 4, "nsubj", "PRON", "WP", "who"),
    ("vowed", 1, "relcl", "VERB", "VBD", "vow"),
    ("to", 6, "aux", "PART", "TO", "to"),
    ("block", 4, "xcomp", "VERB", "VB", "block"),
    ("it", 6, "dobj", "PRON", "PRP", "it"),
    ("spoke", 8, "ROOT", "VERB", "VBD", "speak"),
    (".", 8, "punct", "PUNCT", ".", "."),
]

# "Lee spoke and promised that taxes would fall."
SPOKE_AND_PROMISED = [
    ("Lee", 1, "nsubj", "PROPN", "NNP", "Lee"),
    ("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
    ("and", 1, "cc", "CCONJ", "CC", "and"),
    ("promised", 1, "conj", "VERB", "VBD", "promise"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("taxes", 7, "nsubj", "NOUN", "NNS", "tax"),
    ("would", 7, "aux", "AUX", "MD", "would"),
    ("fall", 3, "ccomp", "VERB", "VB", "fall"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

JUDGE_ASKED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("judge", 2, "nsubj", "NOUN", "NN", "judge"),
    ("asked", 2, "ROOT", "VERB", "VBD", "ask"),
    ("whether", 6, "mark", "SCONJ", "IN", "whether"),
    ("he", 6, "nsubj", "PRON", "PRP", "he"),
    ("was", 6, "aux", "AUX", "VBD", "be"),
    ("paid", 2, "ccomp", "VERB", "VBN", "pay"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# "Asked whether she would run, she smiled."
ASKED_WHETHER = [
    ("Asked", 6, "advcl", "VERB", "VBN", "ask"),
    ("whether", 4, "mark", "SCONJ", "IN", "whether"),
    ("she", 4, "nsubj", "PRON", "PRP", "she"),
    ("would", 4, "aux", "AUX", "MD", "would"),
    ("run", 0, "ccomp", "VERB", "VB", "run"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("she", 7, "nsubj", "PRON", "PRP", "she"),
    ("smiled", 7, "ROOT", "VERB", "VBD", "smile"),
    (".", 7, "punct", "PUNCT", ".", "."),
]

REPORTER_ASKED = [
    ("A", 1, "det", "DET", "DT", "a"),
    ("reporter", 2, "nsubj", "NOUN", "NN", "reporter"),
    ("asked", 2, "ROOT", "VERB", "VBD", "ask"),
    ("whether", 6, "mark", "SCONJ", "IN", "whether"),
    ("he", 6, "nsubj", "PRON", "PRP", "he"),
    ("was", 6, "aux", "AUX", "VBD", "be"),
    ("paid", 2, "ccomp", "VERB", "VBN", "pay"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

I_ASKED = [
    ("I", 1, "nsubj", "PRON", "PRP", "I"),
    ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
    ("whether", 5, "mark", "SCONJ", "IN", "whether"),
    ("he", 5, "nsubj", "PRON", "PRP", "he"),
    ("was", 5, "aux", "AUX", "VBD", "be"),
    ("paid", 1, "ccomp", "VERB", "VBN", "pay"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

CALLED_ON = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("called", 1, "ROOT", "VERB", "VBD", "call"),
    ("on", 1, "prep", "ADP", "IN", "on"),
    ("voters", 2, "pobj", "NOUN", "NNS", "voter"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("vote", 1, "xcomp", "VERB", "VB", "vote"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

IS_CONVINCED = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("is", 1, "ROOT", "AUX", "VBZ", "be"),
    ("convinced", 1, "acomp", "VERB", "VBN", "convince"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("they", 6, "nsubj", "PRON", "PRP", "they"),
    ("will", 6, "aux", "AUX", "MD", "will"),
    ("win", 2, "ccomp", "VERB", "VB", "win"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

CONVINCED_THE_BOARD = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("convinced", 1, "ROOT", "VERB", "VBD", "convince"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("board", 1, "dobj", "NOUN", "NN", "board"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("it", 6, "nsubj", "PRON", "PRP", "it"),
    ("works", 1, "ccomp", "VERB", "VBZ", "work"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "content", "cue", "cue_class"),
    [
        (UNION_URGED, "members to strike", "urged", "speech"),
        (STORM_THREATENED, "to flood the town", "threatened", "intention"),
        (STAFF_WERE_URGED, "to leave", "urged", "intention"),
        (STAFF_WERE_URGED_BY_POLICE, "to leave", "urged", "speech"),
        (WAS_ASKED_BY_REPORTERS, "whether he would resign", "asked", "question"),
        (WHO_VOWED, "to block it", "vowed", "speech"),
        (SPOKE_AND_PROMISED, "taxes would fall", "promised", "speech"),
        (JUDGE_ASKED, "whether he was paid", "asked", "speech"),
        (ASKED_WHETHER, "whether she would run", "Asked", "question"),
        (REPORTER_ASKED, "whether he was paid", "asked", "question"),
        (I_ASKED, "whether he was paid", "asked", "question"),
        (CALLED_ON, "to vote", "called", "speech"),
        (IS_CONVINCED, "they will win", "convinced", "belief"),
        (CONVINCED_THE_BOARD, "it works", "convinced", "speech"),
    ],
)
def test_class_depends_on_who_acts(rows, content, cue, cue_class):
    """Each parse gets the class a speech annotator would give its cue."""
    assert classified(parse(rows), content, cue).cue_class == cue_class


@pytest.mark.parametrize(
    ("name", "rows", "content", "cue", "lexicon_class"),
    [
        ("classify.class.speech_act", UNION_URGED, "members to strike", "urged", "intention"),
        ("classify.class.speech_act", JUDGE_ASKED, "whether he was paid", "asked", "question"),
        ("classify.class.persuaded", IS_CONVINCED, "they will win", "convinced", "speech"),
    ],
)
def test_disabling_a_rule_gives_the_lexicon_class_back(name, rows, content, cue, lexicon_class):
    """With the rule off, the cue has the class the lexicon lists for its word."""
    rules = RuleSet(disable=frozenset({name}))
    assert classified(parse(rows), content, cue, rules=rules).cue_class == lexicon_class


@pytest.mark.parametrize(
    "name",
    [
        "classify.class.speech_act",
        "classify.class.persuaded",
        "classify.class.aloud",
        "classify.content.passive_subject",
        "classify.polarity.unsaid",
    ],
)
def test_the_rules_are_registered(name):
    """The rules are classify rules with a description."""
    found = get_rule(name)
    assert found.stage == "classify"
    assert found.description


DEAL_WAS_ANNOUNCED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("deal", 3, "nsubjpass", "NOUN", "NN", "deal"),
    ("was", 3, "auxpass", "AUX", "VBD", "be"),
    ("announced", 3, "ROOT", "VERB", "VBN", "announce"),
    ("today", 3, "npadvmod", "NOUN", "NN", "today"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

AIDES_ARE_SAID_TO = [
    ("Aides", 2, "nsubjpass", "NOUN", "NNS", "aide"),
    ("are", 2, "auxpass", "AUX", "VBP", "be"),
    ("said", 2, "ROOT", "VERB", "VBN", "say"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("object", 2, "xcomp", "VERB", "VB", "object"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "content", "cue", "content_type"),
    [
        (DEAL_WAS_ANNOUNCED, "The deal was announced today", "announced", "noun_phrase"),
        (AIDES_ARE_SAID_TO, "Aides are said to object", "said", "clause"),
    ],
)
def test_a_passive_cue_inside_its_content_names_a_thing(rows, content, cue, content_type):
    """A claim like "The deal was announced" says that something was announced, not what was said."""
    assert classified(parse(rows), content, cue).content_type == content_type


def test_disabling_the_passive_rule_switches_it_off():
    """With ``classify.content.passive_subject`` off, the passive clause is a clause again."""
    rules = RuleSet(disable=frozenset({"classify.content.passive_subject"}))
    quote = classified(parse(DEAL_WAS_ANNOUNCED), "The deal was announced today", "announced", rules=rules)
    assert quote.content_type == "clause"


# "She wondered aloud whether it works."
WONDERED_ALOUD = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("wondered", 1, "ROOT", "VERB", "VBD", "wonder"),
    ("aloud", 1, "advmod", "ADV", "RB", "aloud"),
    ("whether", 5, "mark", "SCONJ", "IN", "whether"),
    ("it", 5, "nsubj", "PRON", "PRP", "it"),
    ("works", 1, "ccomp", "VERB", "VBZ", "work"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


def test_a_thought_voiced_aloud_is_speech():
    """A question "wondered aloud" is speech; with the rule off it is the lexicon's question."""
    assert classified(parse(WONDERED_ALOUD), "whether it works", "wondered").cue_class == "speech"
    rules = RuleSet(disable=frozenset({"classify.class.aloud"}))
    assert classified(parse(WONDERED_ALOUD), "whether it works", "wondered", rules=rules).cue_class == "question"


FAILED_TO_MENTION = [
    ("It", 1, "nsubj", "PRON", "PRP", "it"),
    ("failed", 1, "ROOT", "VERB", "VBD", "fail"),
    ("to", 3, "aux", "PART", "TO", "to"),
    ("mention", 1, "xcomp", "VERB", "VB", "mention"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("it", 7, "nsubj", "PRON", "PRP", "it"),
    ("had", 7, "aux", "AUX", "VBD", "have"),
    ("burst", 3, "ccomp", "VERB", "VBN", "burst"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

STOPPED_SHORT_OF_SAYING = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("stopped", 1, "ROOT", "VERB", "VBD", "stop"),
    ("short", 1, "advmod", "ADV", "RB", "short"),
    ("of", 1, "prep", "ADP", "IN", "of"),
    ("saying", 3, "pcomp", "VERB", "VBG", "say"),
    ("it", 6, "nsubj", "PRON", "PRP", "it"),
    ("failed", 4, "ccomp", "VERB", "VBD", "fail"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

HAS_YET_TO_SAY = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("has", 1, "ROOT", "VERB", "VBZ", "have"),
    ("yet", 1, "advmod", "ADV", "RB", "yet"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("say", 1, "xcomp", "VERB", "VB", "say"),
    ("whether", 7, "mark", "SCONJ", "IN", "whether"),
    ("she", 7, "nsubj", "PRON", "PRP", "she"),
    ("runs", 4, "ccomp", "VERB", "VBZ", "run"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

STOPPED_SAYING = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("stopped", 1, "ROOT", "VERB", "VBD", "stop"),
    ("saying", 1, "xcomp", "VERB", "VBG", "say"),
    ("it", 4, "nsubj", "PRON", "PRP", "it"),
    ("failed", 2, "ccomp", "VERB", "VBD", "fail"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.mark.parametrize(
    ("rows", "content", "cue", "polarity"),
    [
        (FAILED_TO_MENTION, "that it had burst", "mention", "negated"),
        (STOPPED_SHORT_OF_SAYING, "it failed", "saying", "negated"),
        (HAS_YET_TO_SAY, "whether she runs", "say", "negated"),
        (STOPPED_SAYING, "it failed", "saying", "asserted"),
    ],
)
def test_a_cue_that_did_not_happen_is_negated(rows, content, cue, polarity):
    """A cue that "failed", "stopped short" or "has yet" to happen reports that nothing was said."""
    assert classified(parse(rows), content, cue).polarity == polarity


def test_disabling_the_unsaid_rule_switches_it_off():
    """With ``classify.polarity.unsaid`` off, "failed to mention" is asserted again."""
    rules = RuleSet(disable=frozenset({"classify.polarity.unsaid"}))
    assert classified(parse(FAILED_TO_MENTION), "that it had burst", "mention", rules=rules).polarity == "asserted"
