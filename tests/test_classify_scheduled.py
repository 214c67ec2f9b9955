"""Session 9's classify rules, on hand-built parses, with the model for a few more phrasings.

- speech set for a named occasion is asserted: "The mayor will tell the meeting that ..."
  (``classify.polarity.scheduled``); "will announce that ..." with no occasion stays a
  forecast;
- a cue under "unable" is negated: "The ministry was unable to confirm that ..."
  (``classify.polarity.unable``);
- not being able to tell, said by a speaker, is asserted: "She said she could not say whether
  ..." (inside ``classify.polarity.refusal_content``); "would not say whether" stays a refusal;
- a finite verb the cue governs beside an object the parser split off is a clause: "Engineers
  cautioned [the dam] [might not survive]" (``classify.content.clause``);
- a document a party files accuses in its name ("The lawsuit accuses the firm of ..."), and a
  label or a sign that "says" is a standing text, not a speaker.
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

# She said she could not say whether it rained.
COULD_NOT_SAY = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("said", 1, "ROOT", "VERB", "VBD", "say"),
    ("she", 5, "nsubj", "PRON", "PRP", "she"),
    ("could", 5, "aux", "AUX", "MD", "could"),
    ("not", 5, "neg", "PART", "RB", "not"),
    ("say", 1, "ccomp", "VERB", "VB", "say"),
    ("whether", 8, "mark", "SCONJ", "IN", "whether"),
    ("it", 8, "nsubj", "PRON", "PRP", "it"),
    ("rained", 5, "ccomp", "VERB", "VBD", "rain"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# She said she would not say whether it rained.
WOULD_NOT_SAY = list(COULD_NOT_SAY)
WOULD_NOT_SAY[3] = ("would", 5, "aux", "AUX", "MD", "would")

# The ministry was unable to confirm that it rained.
UNABLE = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("ministry", 2, "nsubj", "NOUN", "NN", "ministry"),
    ("was", 2, "ROOT", "AUX", "VBD", "be"),
    ("unable", 2, "acomp", "ADJ", "JJ", "unable"),
    ("to", 5, "aux", "PART", "TO", "to"),
    ("confirm", 3, "xcomp", "VERB", "VB", "confirm"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("it", 8, "nsubj", "PRON", "PRP", "it"),
    ("rained", 5, "ccomp", "VERB", "VBD", "rain"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The mayor will tell the meeting that the pool will close.
TELL_MEETING = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 3, "nsubj", "NOUN", "NN", "mayor"),
    ("will", 3, "aux", "AUX", "MD", "will"),
    ("tell", 3, "ROOT", "VERB", "VB", "tell"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("meeting", 3, "dobj", "NOUN", "NN", "meeting"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("the", 8, "det", "DET", "DT", "the"),
    ("pool", 10, "nsubj", "NOUN", "NN", "pool"),
    ("will", 10, "aux", "AUX", "MD", "will"),
    ("close", 3, "ccomp", "VERB", "VB", "close"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# The mayor will announce that the pool will close.
ANNOUNCE = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 3, "nsubj", "NOUN", "NN", "mayor"),
    ("will", 3, "aux", "AUX", "MD", "will"),
    ("announce", 3, "ROOT", "VERB", "VB", "announce"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("pool", 8, "nsubj", "NOUN", "NN", "pool"),
    ("will", 8, "aux", "AUX", "MD", "will"),
    ("close", 3, "ccomp", "VERB", "VB", "close"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


# Engineers cautioned the dam might not survive.
CAUTIONED = [
    ("Engineers", 1, "nsubj", "NOUN", "NNS", "engineer"),
    ("cautioned", 1, "ROOT", "VERB", "VBD", "caution"),
    ("the", 3, "det", "DET", "DT", "the"),
    ("dam", 1, "dobj", "NOUN", "NN", "dam"),
    ("might", 6, "aux", "AUX", "MD", "might"),
    ("not", 6, "neg", "PART", "RB", "not"),
    ("survive", 1, "ccomp", "VERB", "VB", "survive"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# The mayor praised the firefighters.
PRAISED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("mayor", 2, "nsubj", "NOUN", "NN", "mayor"),
    ("praised", 2, "ROOT", "VERB", "VBD", "praise"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("firefighters", 2, "dobj", "NOUN", "NNS", "firefighter"),
    (".", 2, "punct", "PUNCT", ".", "."),
]


def test_a_clause_beside_a_split_off_object_is_a_clause():
    """A split-off object ("cautioned [the dam] [might not survive]") is a clause; a plain one a noun phrase."""
    content = "the dam might not survive"
    assert classified(parse(CAUTIONED), content, "cautioned").content_type == "clause"
    rules = RuleSet(disable=frozenset({"classify.content.clause"}))
    assert classified(parse(CAUTIONED), content, "cautioned", rules=rules).content_type == "noun_phrase"
    assert classified(parse(PRAISED), "the firefighters", "praised").content_type == "noun_phrase"


@pytest.mark.parametrize("name", ["classify.polarity.scheduled", "classify.polarity.unable"])
def test_the_rules_are_registered(name):
    """Each rule is registered in stage ``classify`` with a docstring."""
    entry = get_rule(name)
    assert entry.stage == "classify"
    assert entry.func.__doc__


def test_speech_set_for_an_occasion_is_asserted():
    """Speech set for a meeting ("will tell the meeting that") is asserted; switched off, a forecast."""
    assert classified(parse(TELL_MEETING), "the pool will close", "tell").polarity == "asserted"
    rules = RuleSet(disable=frozenset({"classify.polarity.scheduled"}))
    assert classified(parse(TELL_MEETING), "the pool will close", "tell", rules=rules).polarity == "hypothetical"


def test_speech_foreseen_without_an_occasion_stays_a_forecast():
    """Speech with no occasion ("will announce that") names none: still ``hypothetical``."""
    assert classified(parse(ANNOUNCE), "the pool will close", "announce").polarity == "hypothetical"


def test_a_cue_under_unable_is_negated():
    """A cue under "unable" ("was unable to confirm that") is ``negated``; switched off, asserted."""
    assert classified(parse(UNABLE), "it rained", "confirm").polarity == "negated"
    rules = RuleSet(disable=frozenset({"classify.polarity.unable"}))
    assert classified(parse(UNABLE), "it rained", "confirm", rules=rules).polarity == "asserted"


def test_not_able_to_tell_said_is_asserted_and_a_refusal_is_not():
    """Inability said ("said she could not say whether") is information; "said she would not say whether" a refusal."""
    content = "she could not say whether it rained"
    assert classified(parse(COULD_NOT_SAY), content, "said").polarity == "asserted"
    refusal = "she would not say whether it rained"
    assert classified(parse(WOULD_NOT_SAY), refusal, "said").polarity == "negated"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("In a speech on Monday, the governor will say that the state budget is balanced.", True),
        ("The senator is due to tell the hearing that she never saw the contract.", True),
        ("The chancellor is due to tell the conference that fuel duty will be frozen.", True),
        ("The chief executive will argue at the annual meeting that the merger makes sense.", True),
        ("The chief executive will argue that the merger makes sense.", False),
        ("The governor is expected to say that the budget is balanced.", False),
        ("The fire service said it could not say what had caused the blaze.", True),
        ("The fire service said it would not comment on the cause of the blaze.", False),
        ("The embassy was unable to confirm that the hostages had been freed.", False),
        ("Officials were unable to say how many people had been evacuated.", False),
        ("The governor will tell the budget meeting on Friday that fees will be cut.", True),
        ("Engineers cautioned the dam might not survive another winter.", True),
        ("Paramedics warned the hospital could be overwhelmed by nightfall.", True),
        ("The petition accuses the council of wasting money on consultants.", True),
        ("The lawsuit accuses the airline of charging customers hidden fees.", True),
        ("The indictment accuses the former treasurer of stealing from the club.", True),
        ("The label says the pills should be taken with food.", False),
        ("A sign at the entrance says visitors must wear helmets.", False),
    ],
)
def test_the_speech_scope_on_new_phrasings(nlp, text, kept):
    """New sentences, in several phrasings: kept in the speech scope or not."""
    import quoteextract

    found = quoteextract.Extractor(nlp=nlp, scope="speech")(text).quotes
    assert bool(found) is kept, [(q.text, q.polarity) for q in found]
