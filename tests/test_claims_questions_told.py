"""Reported questions and told clauses the parser hangs on a noun (``claim.wh_question``, ``claim.told_clause``).

Session 8. Hand-built parses state the reading a small English model gives; the sentences are invented for
these tests (none is taken from the suites), in several phrasings each:

- "Users asked on the forum when the update would arrive", "Parents asked at the meeting why ...", "asked the
  clerk where ...": the question hung on the verb as an adverbial clause or on a noun as a relative clause
  is what was asked (``claim.wh_question``, reported as ``claim.ccomp``); "asked at the hotel where they
  stayed", "asked for help when the car broke down" and "the man who called" are not questions;
- "told police he had been travelling to work": after a person told, a clause with its own subject hung
  as a relative clause is the content even without an object (``claim.told_clause``).
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

ASKED_ON_THE_FORUM = """
Users    1   nsubj   NOUN   NNS   user
asked    1   ROOT    VERB   VBD   ask
on       1   prep    ADP    IN    on
the      4   det     DET    DT    the
forum    2   pobj    NOUN   NN    forum
when     9   advmod  SCONJ  WRB   when
the      7   det     DET    DT    the
update   9   nsubj   NOUN   NN    update
would    9   aux     AUX    MD    would
arrive   1   advcl   VERB   VB    arrive
.        1   punct   PUNCT  .     .
"""

ASKED_AT_THE_MEETING = """
Parents  1   nsubj   NOUN   NNS   parent
asked    1   ROOT    VERB   VBD   ask
at       1   prep    ADP    IN    at
the      4   det     DET    DT    the
meeting  2   pobj    NOUN   NN    meeting
why      9   advmod  SCONJ  WRB   why
the      7   det     DET    DT    the
school   9   nsubj   NOUN   NN    school
had      9   aux     AUX    VBD   have
closed   4   relcl   VERB   VBN   close
early    9   advmod  ADV    RB    early
.        1   punct   PUNCT  .     .
"""

ASKED_THE_CLERK = """
She      1   nsubj     PRON   PRP   she
asked    1   ROOT      VERB   VBD   ask
the      3   det       DET    DT    the
clerk    1   dobj      NOUN   NN    clerk
where    8   advmod    SCONJ  WRB   where
the      6   det       DET    DT    the
files    8   nsubjpass NOUN   NNS   file
were     8   auxpass   AUX    VBD   be
kept     3   relcl     VERB   VBN   keep
.        1   punct     PUNCT  .     .
"""

ASKED_AT_THE_HOTEL = """
Police   1   nsubj   NOUN   NNS   police
asked    1   ROOT    VERB   VBD   ask
at       1   prep    ADP    IN    at
the      4   det     DET    DT    the
hotel    2   pobj    NOUN   NN    hotel
where    9   advmod  SCONJ  WRB   where
the      7   det     DET    DT    the
couple   9   nsubj   NOUN   NN    couple
had      9   aux     AUX    VBD   have
stayed   4   relcl   VERB   VBN   stay
.        1   punct   PUNCT  .     .
"""

ASKED_FOR_HELP = """
He       1   nsubj   PRON   PRP   he
asked    1   ROOT    VERB   VBD   ask
for      1   prep    ADP    IN    for
help     2   pobj    NOUN   NN    help
when     7   advmod  SCONJ  WRB   when
the      6   det     DET    DT    the
car      7   nsubj   NOUN   NN    car
broke    1   advcl   VERB   VBD   break
down     7   prt     ADP    RP    down
.        1   punct   PUNCT  .     .
"""

TOLD_POLICE = """
The         1   det     DET    DT    the
driver      2   nsubj   NOUN   NN    driver
told        2   ROOT    VERB   VBD   tell
police      2   dobj    NOUN   NNS   police
he          7   nsubj   PRON   PRP   he
had         7   aux     AUX    VBD   have
been        7   aux     AUX    VBN   be
travelling  3   relcl   VERB   VBG   travel
to          7   prep    ADP    IN    to
work        8   pobj    NOUN   NN    work
.           2   punct   PUNCT  .     .
"""

TOLD_A_STORY = """
The      1   det     DET    DT    the
police   2   nsubj   NOUN   NNS   police
told     2   ROOT    VERB   VBD   tell
the      4   det     DET    DT    the
story    2   dobj    NOUN   NN    story
the      6   det     DET    DT    the
family   8   nsubj   NOUN   NN    family
had      8   aux     AUX    VBD   have
lived    4   relcl   VERB   VBN   live
through  8   prep    ADP    IN    through
.        2   punct   PUNCT  .     .
"""


def _contents(rows: str, disable: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set(disable=disable)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.cue.text, c.rule) for c in claims]


def test_handbuilt_sentences_read_as_written():
    assert parse(ASKED_ON_THE_FORUM).text == "Users asked on the forum when the update would arrive."
    assert parse(ASKED_AT_THE_MEETING).text == "Parents asked at the meeting why the school had closed early."
    assert parse(ASKED_THE_CLERK).text == "She asked the clerk where the files were kept."
    assert parse(TOLD_POLICE).text == "The driver told police he had been travelling to work."


def test_a_question_hung_on_the_verb_after_an_adjunct_is_what_was_asked():
    assert _contents(ASKED_ON_THE_FORUM) == [("when the update would arrive", "asked", "claim.ccomp")]
    assert ("when the update would arrive", "asked", "claim.ccomp") not in _contents(
        ASKED_ON_THE_FORUM, disable=("claim.wh_question",)
    )


def test_a_question_hung_on_a_noun_as_a_relative_clause_is_what_was_asked():
    assert _contents(ASKED_AT_THE_MEETING) == [("why the school had closed early", "asked", "claim.ccomp")]
    assert _contents(ASKED_THE_CLERK) == [("where the files were kept", "asked", "claim.ccomp")]


def test_a_place_or_a_time_is_not_a_question():
    assert all(not text.startswith("where") for text, _, _ in _contents(ASKED_AT_THE_HOTEL))
    assert all(not text.startswith("when") for text, _, _ in _contents(ASKED_FOR_HELP))


def test_a_clause_after_a_person_told_is_the_content():
    assert _contents(TOLD_POLICE) == [("he had been travelling to work", "told", "claim.ccomp")]
    assert _contents(TOLD_POLICE, disable=("claim.told_clause",)) == []


def test_a_relative_clause_on_a_thing_told_stays_a_relative_clause():
    assert _contents(TOLD_A_STORY) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Users asked on the forum when the update would arrive.", "when the update would arrive"),
        ("Parents asked at the meeting why the school had closed early.", "why the school had closed early"),
        ("The senator asked in a letter how the money had been spent.", "how the money had been spent"),
        ("Residents asked the council when the bins would be collected.", "when the bins would be collected"),
        ("They asked the bank where the money had gone.", "where the money had gone"),
        ("The driver told police he had been travelling to work.", "he had been travelling to work"),
        ("She told the court she had been living abroad since 2019.", "she had been living abroad since 2019"),
        (
            "A man, described as tall, who was seen near the bank, told officers he had only been waiting for a bus.",
            "he had only been waiting for a bus",
        ),
    ],
)
def test_questions_and_told_clauses_on_the_model(nlp, text, content):
    quotes = quoteextract.Extractor(nlp)(text).quotes
    assert content in [q.text for q in quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police asked at the hotel where the couple had stayed.",
        "He asked for the file when the meeting ended.",
        "She asked the staff to leave when the alarm rang.",
        "I asked a friend who knows the area.",
    ],
)
def test_places_times_and_requests_are_not_questions(nlp, text):
    quotes = quoteextract.Extractor(nlp)(text).quotes
    assert not any(q.text.split()[0].lower() in {"when", "where", "who"} for q in quotes)
