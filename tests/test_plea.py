"""Pleas to criminal charges are no reported speech (``classify.class.plea``, issue 11).

A court report says what a defendant "denies" or "admits" as a charge ("Pell, 58, denies six
counts of fraud", "She admits a charge of careless driving", "He pleaded guilty to
manslaughter", "denies causing death by dangerous driving"): a plea, no words reported. The
cue is a ``stance`` and the ``speech`` scope drops it. A denial of allegations, of an act in
words ("denied stealing the money", "denied conspiring with ..."), "denied *any* fraud" or a
clause ("denied that ...", "admitted that ...") stays speech.

Hand-built parses are what en_core_web_sm 3.8 gives the sentence above each; the model tests
run invented sentences in several phrasings.
"""

from __future__ import annotations

import pytest

from quoteextract import Extractor
from quoteextract.lang.en._lexicon import offences
from quoteextract.rules import RuleSet, get_rule
from quoteextract.stages.scope import is_speech
from tests.test_classify import classified, parse

# Pell, 58, denies six counts of fraud.
COUNTS = [
    ("Pell", 4, "nsubj", "PROPN", "NNP", "Pell"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("58", 0, "appos", "NUM", "CD", "58"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("denies", 4, "ROOT", "VERB", "VBZ", "deny"),
    ("six", 6, "nummod", "NUM", "CD", "six"),
    ("counts", 4, "dobj", "NOUN", "NNS", "count"),
    ("of", 6, "prep", "ADP", "IN", "of"),
    ("fraud", 7, "pobj", "NOUN", "NN", "fraud"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# He pleaded guilty to manslaughter.
PLEADED_GUILTY = [
    ("He", 1, "nsubj", "PRON", "PRP", "he"),
    ("pleaded", 1, "ROOT", "VERB", "VBD", "plead"),
    ("guilty", 1, "acomp", "ADJ", "JJ", "guilty"),
    ("to", 2, "prep", "ADP", "IN", "to"),
    ("manslaughter", 3, "pobj", "NOUN", "NN", "manslaughter"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# Dawson denies causing death by dangerous driving.
CAUSING_DEATH = [
    ("Dawson", 1, "nsubj", "PROPN", "NNP", "Dawson"),
    ("denies", 1, "ROOT", "VERB", "VBZ", "deny"),
    ("causing", 1, "xcomp", "VERB", "VBG", "cause"),
    ("death", 2, "dobj", "NOUN", "NN", "death"),
    ("by", 2, "prep", "ADP", "IN", "by"),
    ("dangerous", 6, "amod", "ADJ", "JJ", "dangerous"),
    ("driving", 4, "pobj", "NOUN", "NN", "driving"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# She denied stealing the money.
STEALING = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("denied", 1, "ROOT", "VERB", "VBD", "deny"),
    ("stealing", 1, "xcomp", "VERB", "VBG", "steal"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("money", 2, "dobj", "NOUN", "NN", "money"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# The minister denied the charges.
THE_CHARGES = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("minister", 2, "nsubj", "NOUN", "NN", "minister"),
    ("denied", 2, "ROOT", "VERB", "VBD", "deny"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("charges", 2, "dobj", "NOUN", "NNS", "charge"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The club denied any fraud.
ANY_FRAUD = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("club", 2, "nsubj", "NOUN", "NN", "club"),
    ("denied", 2, "ROOT", "VERB", "VBD", "deny"),
    ("any", 4, "det", "DET", "DT", "any"),
    ("fraud", 2, "dobj", "NOUN", "NN", "fraud"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

PLEA_OFF = RuleSet(disable=frozenset({"classify.class.plea"}))


def test_the_plea_rule_is_registered_and_the_table_reads():
    assert get_rule("classify.class.plea").stage == "classify"
    table = offences()
    assert {"count", "offence", "charge"} <= table.charges
    assert {"murder", "fraud", "false accounting"} <= table.offences
    assert "death" in table.gerunds["cause"]


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (COUNTS, "six counts of fraud", "denies"),
        (PLEADED_GUILTY, "manslaughter", "pleaded"),
        (CAUSING_DEATH, "causing death by dangerous driving", "denies"),
    ],
)
def test_a_plea_to_a_charge_is_a_stance(rows, content, cue):
    quote = classified(parse(rows), content, cue)
    assert quote.cue_class == "stance"
    assert not is_speech(quote)
    assert classified(parse(rows), content, cue, rules=PLEA_OFF).cue_class != "stance"


@pytest.mark.parametrize(
    ("rows", "content"),
    [(STEALING, "stealing the money"), (THE_CHARGES, "the charges"), (ANY_FRAUD, "any fraud")],
)
def test_a_denial_in_words_stays_speech(rows, content):
    """An act that is no offence's name, "the charges" without "of", "any" fraud: a denial in words."""
    quote = classified(parse(rows), content, "denied")
    assert quote.cue_class == "speech"
    assert quote.polarity == "denied"


PLEAS = [
    "Graham Pell, 58, of Leeds, denies six counts of fraud by abuse of position.",
    "The 41-year-old teacher admits a charge of careless driving.",
    "Both men deny charges of conspiracy to commit burglary.",
    "Mrs Hale has admitted three offences of theft from her employer.",
    "The company director pleaded guilty to one count of false accounting.",
    "Dawson, of Hull, denies causing death by dangerous driving.",
    "All four defendants deny the offences.",
    "She denies a single charge of harassment.",
    "The landlord has admitted breaching fire safety regulations.",
    "The accountant denies 14 counts of money laundering.",
    "The teenager admits possessing an offensive weapon in a public place.",
    "Jones, of no fixed address, denies two charges of burglary and one of theft.",
    "At Bristol Crown Court, the 52-year-old denied a count of rape.",
    "He pleaded guilty to causing death by careless driving.",
    "Mr Reed admits possessing a firearm without a certificate.",
    "The former councillor has denied misconduct in public office.",
    "The couple deny child cruelty.",
]

DENIALS = [
    ("The minister denied the allegations, saying she had acted properly.", "the allegations"),
    ("She denied stealing the money.", "stealing the money"),
    ("He denied that he had stolen the money.", "he had stolen the money"),
    ("The mayor admitted that the council had made mistakes.", "the council had made mistakes"),
    ("In a speech to supporters, the senator admitted making mistakes.", "making mistakes"),
    ("The club denied any wrongdoing.", "any wrongdoing"),
    ("Police denied using excessive force at the protest.", "using excessive force at the protest"),
    ("The president denied conspiring with foreign agents.", "conspiring with foreign agents"),
    ("The defendant denied being at the house that night.", "being at the house that night"),
    ("She denied knowing the men.", "knowing the men"),
]


@pytest.mark.model
@pytest.mark.parametrize("text", PLEAS)
def test_a_plea_gives_no_speech(nlp, text):
    assert not Extractor(nlp, scope="speech")(text).quotes


@pytest.mark.model
def test_a_plea_is_still_an_attribution_and_the_rule_can_be_disabled(nlp):
    text = "The accountant denies 14 counts of money laundering."
    (quote,) = Extractor(nlp)(text).quotes
    assert (quote.text, quote.cue_class, quote.polarity) == ("14 counts of money laundering", "stance", "denied")
    (kept,) = Extractor(nlp, scope="speech", disable=["classify.class.plea"])(text).quotes
    assert kept.cue_class == "speech"


@pytest.mark.model
@pytest.mark.parametrize(("text", "content"), DENIALS)
def test_a_denial_or_admission_in_words_stays_speech(nlp, text, content):
    quotes = Extractor(nlp, scope="speech")(text).quotes
    assert content in [q.text for q in quotes]
    assert all(q.cue_class == "speech" for q in quotes)
