"""Speech only foreseen, supposed or said by nobody in particular (``quoteextract.stages.classify_modal``).

Hand-built parses (each is what en_core_web_sm 3.8 gives the sentence above it):

- a cue under "will", "may", "should" or "is bound to" is ``hypothetical``
  (``classify.polarity.forecast``), unless a "but" answers a "may", the speaker
  performs the act ("I should say that ..."), or an adverb narrates it ("will only say");
- "Let's say", "Who is to say", "It is often said that" and speech in a relative
  clause of anyone at all or of someone supposed are ``hypothetical``
  (``classify.polarity.generic_say``); a real person's relative clause is not.
"""

from __future__ import annotations

import pytest

from quoteextract.rules import RuleSet, get_rule
from tests.test_classify import classified, parse

# The defence may claim that the confession was forced.
MAY_CLAIM = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("defence", 3, "nsubj", "NOUN", "NN", "defence"),
    ("may", 3, "aux", "AUX", "MD", "may"),
    ("claim", 3, "ROOT", "VERB", "VB", "claim"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("confession", 8, "nsubjpass", "NOUN", "NN", "confession"),
    ("was", 8, "auxpass", "AUX", "VBD", "be"),
    ("forced", 3, "ccomp", "VERB", "VBN", "force"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# The coach may insist that his side was unlucky, but the figures disagree.
MAY_BUT = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("coach", 3, "nsubj", "NOUN", "NN", "coach"),
    ("may", 3, "aux", "AUX", "MD", "may"),
    ("insist", 3, "ROOT", "VERB", "VB", "insist"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("his", 6, "poss", "PRON", "PRP$", "his"),
    ("side", 7, "nsubj", "NOUN", "NN", "side"),
    ("was", 3, "ccomp", "AUX", "VBD", "be"),
    ("unlucky", 7, "acomp", "ADJ", "JJ", "unlucky"),
    (",", 3, "punct", "PUNCT", ",", ","),
    ("but", 3, "cc", "CCONJ", "CC", "but"),
    ("the", 12, "det", "DET", "DT", "the"),
    ("figures", 13, "nsubj", "NOUN", "NNS", "figure"),
    ("disagree", 3, "conj", "VERB", "VBP", "disagree"),
    (".", 13, "punct", "PUNCT", ".", "."),
]

# The governor will tell lawmakers that the surplus is gone.
WILL_TELL = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("governor", 3, "nsubj", "NOUN", "NN", "governor"),
    ("will", 3, "aux", "AUX", "MD", "will"),
    ("tell", 3, "ROOT", "VERB", "VB", "tell"),
    ("lawmakers", 3, "dobj", "NOUN", "NNS", "lawmaker"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("surplus", 8, "nsubj", "NOUN", "NN", "surplus"),
    ("is", 9, "auxpass", "AUX", "VBZ", "be"),
    ("gone", 3, "ccomp", "VERB", "VBN", "go"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# I should say that the figures are provisional.
I_SHOULD_SAY = [
    ("I", 2, "nsubj", "PRON", "PRP", "I"),
    ("should", 2, "aux", "AUX", "MD", "should"),
    ("say", 2, "ROOT", "VERB", "VB", "say"),
    ("that", 6, "mark", "SCONJ", "IN", "that"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("figures", 6, "nsubj", "NOUN", "NNS", "figure"),
    ("are", 2, "ccomp", "AUX", "VBP", "be"),
    ("provisional", 6, "acomp", "ADJ", "JJ", "provisional"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# The spokesman will only say that talks are continuing.
WILL_ONLY_SAY = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("spokesman", 4, "nsubj", "NOUN", "NN", "spokesman"),
    ("will", 4, "aux", "AUX", "MD", "will"),
    ("only", 4, "advmod", "ADV", "RB", "only"),
    ("say", 4, "ROOT", "VERB", "VB", "say"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("talks", 8, "nsubj", "NOUN", "NNS", "talk"),
    ("are", 8, "aux", "AUX", "VBP", "be"),
    ("continuing", 4, "ccomp", "VERB", "VBG", "continue"),
    (".", 4, "punct", "PUNCT", ".", "."),
]

# Republicans are bound to argue that the bill raises taxes.
BOUND_TO = [
    ("Republicans", 2, "nsubjpass", "PROPN", "NNPS", "Republicans"),
    ("are", 2, "auxpass", "AUX", "VBP", "be"),
    ("bound", 2, "ROOT", "VERB", "VBN", "bind"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("argue", 2, "xcomp", "VERB", "VB", "argue"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("bill", 8, "nsubj", "NOUN", "NN", "bill"),
    ("raises", 4, "ccomp", "VERB", "VBZ", "raise"),
    ("taxes", 8, "dobj", "NOUN", "NNS", "taxis"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

# Let's just say the launch did not go to plan.
LETS_SAY = [
    ("Let", 0, "ROOT", "VERB", "VB", "let"),
    ("'s", 3, "nsubj", "PRON", "PRP", "us"),
    ("just", 3, "advmod", "ADV", "RB", "just"),
    ("say", 0, "ccomp", "VERB", "VB", "say"),
    ("the", 5, "det", "DET", "DT", "the"),
    ("launch", 8, "nsubj", "NOUN", "NN", "launch"),
    ("did", 8, "aux", "AUX", "VBD", "do"),
    ("not", 8, "neg", "PART", "RB", "not"),
    ("go", 3, "ccomp", "VERB", "VB", "go"),
    ("to", 8, "prep", "ADP", "IN", "to"),
    ("plan", 9, "pobj", "NOUN", "NN", "plan"),
    (".", 0, "punct", "PUNCT", ".", "."),
]

# It is often said that the town is a hard place.
OFTEN_SAID = [
    ("It", 3, "nsubjpass", "PRON", "PRP", "it"),
    ("is", 3, "auxpass", "AUX", "VBZ", "be"),
    ("often", 3, "advmod", "ADV", "RB", "often"),
    ("said", 3, "ROOT", "VERB", "VBN", "say"),
    ("that", 7, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("town", 7, "nsubj", "NOUN", "NN", "town"),
    ("is", 3, "ccomp", "AUX", "VBZ", "be"),
    ("a", 10, "det", "DET", "DT", "a"),
    ("hard", 10, "amod", "ADJ", "JJ", "hard"),
    ("place", 7, "attr", "NOUN", "NN", "place"),
    (".", 3, "punct", "PUNCT", ".", "."),
]

# Anyone who says the war is over is wrong.
ANYONE_WHO = [
    ("Anyone", 7, "nsubj", "PRON", "NN", "anyone"),
    ("who", 2, "nsubj", "PRON", "WP", "who"),
    ("says", 0, "relcl", "VERB", "VBZ", "say"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("war", 5, "nsubj", "NOUN", "NN", "war"),
    ("is", 2, "ccomp", "AUX", "VBZ", "be"),
    ("over", 5, "advmod", "ADV", "RB", "over"),
    ("is", 7, "ROOT", "AUX", "VBZ", "be"),
    ("wrong", 7, "acomp", "ADJ", "JJ", "wrong"),
    (".", 7, "punct", "PUNCT", ".", "."),
]

# She met a nurse who told her that the ward was full.
NURSE_WHO = [
    ("She", 1, "nsubj", "PRON", "PRP", "she"),
    ("met", 1, "ROOT", "VERB", "VBD", "meet"),
    ("a", 3, "det", "DET", "DT", "a"),
    ("nurse", 1, "dobj", "NOUN", "NN", "nurse"),
    ("who", 5, "nsubj", "PRON", "WP", "who"),
    ("told", 3, "relcl", "VERB", "VBD", "tell"),
    ("her", 5, "dobj", "PRON", "PRP", "she"),
    ("that", 10, "mark", "SCONJ", "IN", "that"),
    ("the", 9, "det", "DET", "DT", "the"),
    ("ward", 10, "nsubj", "NOUN", "NN", "ward"),
    ("was", 5, "ccomp", "AUX", "VBD", "be"),
    ("full", 10, "acomp", "ADJ", "JJ", "full"),
    (".", 1, "punct", "PUNCT", ".", "."),
]

# How would you answer a voter who told you that nothing changes?
VOTER_WHO = [
    ("How", 3, "advmod", "SCONJ", "WRB", "how"),
    ("would", 3, "aux", "AUX", "MD", "would"),
    ("you", 3, "nsubj", "PRON", "PRP", "you"),
    ("answer", 3, "ROOT", "VERB", "VB", "answer"),
    ("a", 5, "det", "DET", "DT", "a"),
    ("voter", 3, "dobj", "NOUN", "NN", "voter"),
    ("who", 7, "nsubj", "PRON", "WP", "who"),
    ("told", 5, "relcl", "VERB", "VBD", "tell"),
    ("you", 7, "dobj", "PRON", "PRP", "you"),
    ("that", 11, "mark", "SCONJ", "IN", "that"),
    ("nothing", 11, "nsubj", "PRON", "NN", "nothing"),
    ("changes", 7, "ccomp", "VERB", "VBZ", "change"),
    ("?", 3, "punct", "PUNCT", ".", "?"),
]

# Who is to say that the river will not flood?
WHO_IS_TO_SAY = [
    ("Who", 1, "nsubj", "PRON", "WP", "who"),
    ("is", 1, "ROOT", "AUX", "VBZ", "be"),
    ("to", 3, "aux", "PART", "TO", "to"),
    ("say", 1, "xcomp", "VERB", "VB", "say"),
    ("that", 9, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("river", 9, "nsubj", "NOUN", "NN", "river"),
    ("will", 9, "aux", "AUX", "MD", "will"),
    ("not", 9, "neg", "PART", "RB", "not"),
    ("flood", 3, "ccomp", "VERB", "VB", "flood"),
    ("?", 1, "punct", "PUNCT", ".", "?"),
]


@pytest.mark.parametrize("name", ["classify.polarity.forecast", "classify.polarity.generic_say"])
def test_the_rules_are_registered(name):
    """Both rules are registered in the classify stage, each with a docstring."""
    entry = get_rule(name)
    assert entry.stage == "classify" and entry.func.__doc__


@pytest.mark.parametrize(
    ("rows", "content", "cue", "rule"),
    [
        (MAY_CLAIM, "the confession was forced", "claim", "classify.polarity.forecast"),
        (WILL_TELL, "the surplus is gone", "tell", "classify.polarity.forecast"),
        (BOUND_TO, "the bill raises taxes", "argue", "classify.polarity.forecast"),
        (LETS_SAY, "the launch did not go to plan", "say", "classify.polarity.generic_say"),
        (OFTEN_SAID, "the town is a hard place", "said", "classify.polarity.generic_say"),
        (ANYONE_WHO, "the war is over", "says", "classify.polarity.generic_say"),
        (VOTER_WHO, "nothing changes", "told", "classify.polarity.generic_say"),
        (WHO_IS_TO_SAY, "the river will not flood", "say", "classify.polarity.generic_say"),
    ],
)
def test_foreseen_or_nobodys_speech_is_hypothetical(rows, content, cue, rule):
    """The cue reports no words that were said: ``hypothetical``; with the rule disabled, ``asserted``."""
    assert classified(parse(rows), content, cue).polarity == "hypothetical"
    off = classified(parse(rows), content, cue, rules=RuleSet(disable=frozenset({rule})))
    assert off.polarity == "asserted"


@pytest.mark.parametrize(
    ("rows", "content", "cue"),
    [
        (MAY_BUT, "his side was unlucky", "insist"),
        (I_SHOULD_SAY, "the figures are provisional", "say"),
        (WILL_ONLY_SAY, "talks are continuing", "say"),
        (NURSE_WHO, "the ward was full", "told"),
    ],
)
def test_narrated_speech_stays_asserted(rows, content, cue):
    """A conceded position, a first-person act, "will only say" and a real person's relative clause are asserted."""
    assert classified(parse(rows), content, cue).polarity == "asserted"


@pytest.mark.model
def test_a_quotation_under_will_is_kept(nlp):
    """Prepared remarks quoted under "will say" are words that exist: the speech scope keeps them."""
    import quoteextract

    text = "“Nothing prepares you for the job,” the president will say, according to excerpts."
    (quote,) = quoteextract.extract(text, nlp, scope="speech").quotes
    assert quote.polarity == "asserted"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors may argue that the fire was set for the insurance money.",
        "Critics will no doubt claim that the report is biased.",
        "The chancellor is sure to announce that borrowing has fallen.",
        "It has often been said that Pelham is a town of shopkeepers.",
        "Any official who says the budget balances is not reading it.",
        "People often say that Harwick is a hard place to live.",
        "As they say, the proof is in the pudding.",
    ],
)
def test_the_speech_scope_drops_foreseen_and_generic_speech(nlp, text):
    """New phrasings of foreseen or generic speech give nothing in the speech scope."""
    import quoteextract

    assert quoteextract.extract(text, nlp, scope="speech").quotes == ()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Officials often say that the budget is tight.",
        "They say the plant will close in May.",
        "She met a nurse who told her that the ward was full.",
        "The spokesman will only say that talks are continuing.",
    ],
)
def test_the_speech_scope_keeps_narrated_speech(nlp, text):
    """Habitual speech of real people, bare "they say" and narrated modals stay in the speech scope."""
    import quoteextract

    assert len(quoteextract.extract(text, nlp, scope="speech").quotes) == 1
