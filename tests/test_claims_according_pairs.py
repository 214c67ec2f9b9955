"""Two source phrases in one sentence, and a new clause after a mid-sentence "according to X" (session 8).

Hand-built parses state the reading a small English model gives; the sentences are invented for these tests
(none is taken from the suites):

- "The roads were closed, according to police, and schools were shut, according to the council": each phrase
  reports the clause it hangs off (``claim.according_to``), not the whole sentence before the last one;
- "The fire started in the kitchen, according to firefighters, but the cause is not yet known": the clause
  after "but" has a subject of its own (on its auxiliary, as the model parses it): the writer's, not the
  firefighters'; "Fares rose, according to the council, and are set to rise again" still goes on.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

TWO_SOURCES = """
The          1   det       DET    DT    the
roads        2   nsubj     NOUN   NNS   road
were         2   ROOT      AUX    VBD   be
closed       2   acomp     ADJ    JJ    closed
,            2   punct     PUNCT  ,     ,
according    2   prep      VERB   VBG   accord
to           5   prep      ADP    IN    to
police       6   pobj      NOUN   NNS   police
,            2   punct     PUNCT  ,     ,
and          2   cc        CCONJ  CC    and
schools      12  nsubjpass NOUN   NNS   school
were         12  auxpass   AUX    VBD   be
shut         2   conj      VERB   VBN   shut
,            12  punct     PUNCT  ,     ,
according    12  prep      VERB   VBG   accord
to           14  prep      ADP    IN    to
the          17  det       DET    DT    the
council      15  pobj      NOUN   NN    council
.            12  punct     PUNCT  .     .
"""

WRITERS_CLAUSE = """
The          1   det       DET    DT    the
fire         2   nsubj     NOUN   NN    fire
started      2   ROOT      VERB   VBD   start
in           2   prep      ADP    IN    in
the          5   det       DET    DT    the
kitchen      3   pobj      NOUN   NN    kitchen
,            2   punct     PUNCT  ,     ,
according    2   prep      VERB   VBG   accord
to           7   prep      ADP    IN    to
firefighters 8   pobj      NOUN   NNS   firefighter
,            2   punct     PUNCT  ,     ,
but          2   cc        CCONJ  CC    but
the          13  det       DET    DT    the
cause        14  nsubj     NOUN   NN    cause
is           17  auxpass   AUX    VBZ   be
not          17  neg       PART   RB    not
yet          17  advmod    ADV    RB    yet
known        2   conj      VERB   VBN   know
.            2   punct     PUNCT  .     .
"""


def _contents(rows: str) -> list[tuple[str, str]]:
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set()))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, doc.text[c.speaker.start : c.speaker.end] if c.speaker else "") for c in claims]


def test_handbuilt_sentences_read_as_written():
    text = "The roads were closed, according to police, and schools were shut, according to the council."
    assert parse(TWO_SOURCES).text == text
    assert (
        parse(WRITERS_CLAUSE).text
        == "The fire started in the kitchen, according to firefighters, but the cause is not yet known."
    )


def test_each_source_phrase_reports_its_own_clause():
    assert _contents(TWO_SOURCES) == [("The roads were closed", "police"), ("schools were shut", "the council")]


def test_a_new_clause_after_the_phrase_is_not_the_sources():
    assert _contents(WRITERS_CLAUSE) == [("The fire started in the kitchen", "firefighters")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "At least 14 people were injured, according to local officials, and several buildings collapsed, "
            "according to witnesses.",
            ["At least 14 people were injured", "several buildings collapsed"],
        ),
        (
            "The fire started in the kitchen, according to firefighters, but the cause is not yet known.",
            ["The fire started in the kitchen"],
        ),
        (
            "Fares rose, according to the council, and are set to rise again.",
            ["Fares rose, according to the council, and are set to rise again"],
        ),
        (
            "The roads were closed and schools were shut, according to the council.",
            ["The roads were closed and schools were shut"],
        ),
        (
            "According to the police, the roads were closed and schools were shut.",
            ["the roads were closed and schools were shut"],
        ),
    ],
)
def test_source_phrases_on_the_model(nlp, text, contents):
    assert [q.text for q in quoteextract.Extractor(nlp)(text).quotes] == contents


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "The outbreak is under control, health officials said on Tuesday, though two more cases were "
            "confirmed overnight, they added.",
            ["The outbreak is under control", "two more cases were confirmed overnight"],
        ),
        (
            "The road will reopen on Monday, the council said, but delays are likely for weeks, it warned.",
            ["The road will reopen on Monday", "delays are likely for weeks"],
        ),
        (
            "Prices rose by 3 per cent, the bank said, and wages fell, analysts said.",
            ["Prices rose by 3 per cent", "wages fell"],
        ),
        ("The talks, the ministry said, will resume in May.", ["The talks, the ministry said, will resume in May"]),
    ],
)
def test_two_closing_attributions_in_one_sentence(nlp, text, contents):
    """Each closing attribution reports the words since the one before; a passive clause is not a bare attribution."""
    assert [q.text for q in quoteextract.Extractor(nlp)(text).quotes] == contents
