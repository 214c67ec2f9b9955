"""A reporting verb parsed as the subject or a modifier of its own content (``claim.cue_misparse``, session 8).

Hand-built parses state the reading a small English model gives; the sentences are invented for these tests
(none is taken from the suites):

- "The head teacher insisted pupils would not lose any lessons": "insisted" read as the clausal subject of
  "lose" with "pupils" its object;
- "The coach insisted players would be rested": "insisted" read as an adjective of "players".

The verb has a subject of its own before it, so it is a cue and the clause after it is its content;
a participle with no subject ("The rejected bid was worth £2m") is no cue.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

INSISTED_CSUBJ = """
The          2   det       DET    DT    the
head         2   compound  NOUN   NN    head
teacher      3   nsubj     NOUN   NN    teacher
insisted     7   csubj     VERB   VBD   insist
pupils       3   dobj      NOUN   NNS   pupil
would        7   aux       AUX    MD    would
not          7   neg       PART   RB    not
lose         7   ROOT      VERB   VB    lose
any          9   det       DET    DT    any
lessons      7   dobj      NOUN   NNS   lesson
over         9   prep      ADP    IN    over
the          12  det       DET    DT    the
strike       10  pobj      NOUN   NN    strike
.            7   punct     PUNCT  .     .
"""

INSISTED_AMOD = """
The          1   det       DET    DT    the
coach        2   nsubj     NOUN   NN    coach
insisted     3   amod      VERB   VBN   insist
players      6   nsubjpass NOUN   NNS   player
would        6   aux       AUX    MD    would
be           6   auxpass   AUX    VB    be
rested       6   ROOT      VERB   VBN   rest
on           6   prep      ADP    IN    on
Sunday       7   pobj      PROPN  NNP   Sunday
.            6   punct     PUNCT  .     .
"""

NO_SPEAKER = """
The          3   det       DET    DT    the
retired      3   amod      ADJ    JJ    retired
insisted     3   amod      VERB   VBN   insist
troops       5   nsubj     NOUN   NNS   troop
would        5   aux       AUX    MD    would
stay         5   ROOT      VERB   VB    stay
.            5   punct     PUNCT  .     .
"""


def _contents(rows: str, disable: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set(disable=disable)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.cue.text, c.rule) for c in claims]


def test_handbuilt_sentences_read_as_written():
    assert parse(INSISTED_CSUBJ).text == "The head teacher insisted pupils would not lose any lessons over the strike."
    assert parse(INSISTED_AMOD).text == "The coach insisted players would be rested on Sunday."


def test_a_cue_read_as_a_clausal_subject_reports_the_clause_after_it():
    expected = ("pupils would not lose any lessons over the strike", "insisted", "claim.ccomp")
    assert _contents(INSISTED_CSUBJ) == [expected]
    assert _contents(INSISTED_CSUBJ, disable=("claim.cue_misparse",)) == []


def test_a_cue_read_as_an_adjective_reports_the_clause_after_it():
    assert _contents(INSISTED_AMOD) == [("players would be rested on Sunday", "insisted", "claim.ccomp")]


def test_a_modifier_without_a_speaker_is_no_cue():
    assert _contents(NO_SPEAKER) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The head teacher insisted pupils would not lose any lessons over the strike.", "pupils would not lose"),
        ("The coach insisted players would be rested on Sunday.", "players would be rested on Sunday"),
        ("The coach insisted the players would be rested on Sunday.", "the players would be rested on Sunday"),
        ("Ministers insisted talks would continue.", "talks would continue"),
    ],
)
def test_thatless_clauses_on_the_model(nlp, text, content):
    quotes = quoteextract.Extractor(nlp, scope="speech")(text).quotes
    assert any(q.text.startswith(content) for q in quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Taxpayers reporting capital gains would pay their ordinary rate.",
        "How he answers that question will decide the race.",
        "The rejected bid was worth two million pounds.",
    ],
)
def test_gerunds_and_real_clausal_subjects_are_not_misread_cues(nlp, text):
    """The rule adds nothing here: what the other frames find is all there is."""
    with_rule = [(q.text, q.rule) for q in quoteextract.Extractor(nlp)(text).quotes]
    without = [(q.text, q.rule) for q in quoteextract.Extractor(nlp, disable=["claim.cue_misparse"])(text).quotes]
    assert with_rule == without
