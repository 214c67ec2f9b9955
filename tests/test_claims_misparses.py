"""Claim boundaries and non-reporting senses on hand-built parses (invented sentences, session 6).

Each parse states the reading a small English model gives (or a misreading it
is known to make) and the claim the rules take from it:

- an object's "as" predication hung as a clause of the cue completes the claim;
- a date after an object ends it;
- after a passive verb of telling, the object before a subjectless clause is its subject;
- a closing attribution read as a late appositive of the subject (``claim.appos_tail``);
- a relative clause that is only a passive cue reports nothing (``claim_filter.bare_relative``);
- an instrument, a map, a timetable or a recipe is no source (``claim_filter.no_voice``);
- "which tells you", "it tells us" is the writer's inference (``claim_filter.tells_you``);
- a content does not cross a sentence end the parser missed after "p.m." (``claims.sentence_break``).
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

from quoteextract import rules
from quoteextract._model import Span
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims
from quoteextract.stages.claims.sentence_break import missed_breaks, one_sentence

AS_PREDICATION = """
The        1   det        DET    DT    the
report     2   nsubj      NOUN   NN    report
described  2   ROOT       VERB   VBD   describe
the        5   det        DET    DT    the
new        5   amod       ADJ    JJ    new
depot      2   dobj       NOUN   NN    depot
as         8   mark       SCONJ  IN    as
badly      8   advmod     ADV    RB    badly
designed   2   advcl      VERB   VBN   design
.          2   punct      PUNCT  .     .
"""

# "as" with a subject of its own is a time clause ("as the city grew"), not a predication.
AS_CLAUSE = """
The        1   det        DET    DT    the
mayor      2   nsubj      NOUN   NN    mayor
criticised 2   ROOT       VERB   VBD   criticise
the        4   det        DET    DT    the
plan       2   dobj       NOUN   NN    plan
as         8   mark       SCONJ  IN    as
the        7   det        DET    DT    the
city       8   nsubj      NOUN   NN    city
grew       2   advcl      VERB   VBD   grow
.          2   punct      PUNCT  .     .
"""

DATE_AFTER_OBJECT = """
The     1   det        DET    DT    the
club    2   nsubj      NOUN   NN    club
backed  2   ROOT       VERB   VBD   back
Mensah  2   dobj       PROPN  NNP   Mensah
in      2   prep       ADP    IN    in
late    6   amod       ADJ    JJ    late
May     4   pobj       PROPN  NNP   May
.       2   punct      PUNCT  .     .
"""
DATE_AFTER_OBJECT_ENTS = ["O", "O", "O", "B-PERSON", "O", "B-DATE", "I-DATE", "O"]

# "the boiler" read as the object of "told": the clause after it has no subject.
PASSIVE_TOLD = """
Tenants  3   nsubjpass  NOUN   NNS   tenant
have     3   aux        AUX    VBP   have
been     3   auxpass    AUX    VBN   be
told     3   ROOT       VERB   VBN   tell
the      5   det        DET    DT    the
boiler   3   dobj       NOUN   NN    boiler
will     7   aux        AUX    MD    will
fail     3   ccomp      VERB   VB    fail
in       7   prep       ADP    IN    in
winter   8   pobj       NOUN   NN    winter
.        3   punct      PUNCT  .     .
"""

# "announced" read as a participle of "bank", an appositive of "branches".
APPOS_TAIL = """
Two        1   nummod     NUM    CD    two
branches   3   nsubj      NOUN   NNS   branch
will       3   aux        AUX    MD    will
shut       3   ROOT       VERB   VB    shut
next       5   amod       ADJ    JJ    next
month      3   npadvmod   NOUN   NN    month
,          3   punct      PUNCT  ,     ,
the        9   det        DET    DT    the
regional   9   amod       ADJ    JJ    regional
bank       1   appos      NOUN   NN    bank
announced  9   acl        VERB   VBN   announce
on         10  prep       ADP    IN    on
Monday     11  pobj       PROPN  NNP   Monday
.          3   punct      PUNCT  .     .
"""

# A true appositive right after its noun, with a participle that has an agent: no report.
TRUE_APPOSITIVE = """
The        1   det        DET    DT    the
council    2   nsubj      NOUN   NN    council
approved   2   ROOT       VERB   VBD   approve
the        4   det        DET    DT    the
budget     2   dobj       NOUN   NN    budget
,          4   punct      PUNCT  ,     ,
a          7   det        DET    DT    a
plan       4   appos      NOUN   NN    plan
announced  7   acl        VERB   VBN   announce
by         8   agent      ADP    IN    by
the        11  det        DET    DT    the
mayor      9   pobj       NOUN   NN    mayor
.          2   punct      PUNCT  .     .
"""

BARE_RELATIVE = """
A           1   det        DET    DT    a
man         7   nsubjpass  NOUN   NN    man
who         5   nsubjpass  PRON   WP    who
was         5   auxpass    AUX    VBD   be
not         5   neg        PART   RB    not
named       1   relcl      VERB   VBN   name
was         7   auxpass    AUX    VBD   be
taken       7   ROOT       VERB   VBN   take
to          7   prep       ADP    IN    to
hospital    8   pobj       NOUN   NN    hospital
.           7   punct      PUNCT  .     .
"""

INSTRUMENT = """
The      1   det        DET    DT    the
meter    2   nsubj      NOUN   NN    meter
showed   2   ROOT       VERB   VBD   show
that     6   mark       SCONJ  IN    that
the      5   det        DET    DT    the
battery  6   nsubj      NOUN   NN    battery
was      2   ccomp      AUX    VBD   be
flat     6   acomp      ADJ    JJ    flat
.        2   punct      PUNCT  .     .
"""

ACCORDING_TO_MAP = """
According  7   prep       VERB   VBG   accord
to         0   prep       ADP    IN    to
the        3   det        DET    DT    the
map        1   pobj       NOUN   NN    map
,          7   punct      PUNCT  ,     ,
the        6   det        DET    DT    the
path       7   nsubj      NOUN   NN    path
ends       7   ROOT       VERB   VBZ   end
at         7   prep       ADP    IN    at
the        10  det        DET    DT    the
weir       8   pobj       NOUN   NN    weir
.          7   punct      PUNCT  .     .
"""

TELLS_US = """
It     1   nsubj      PRON   PRP   it
tells  1   ROOT       VERB   VBZ   tell
us     1   dobj       PRON   PRP   we
why    6   advmod     SCONJ  WRB   why
the    5   det        DET    DT    the
queue  6   nsubj      NOUN   NN    queue
is     1   ccomp      AUX    VBZ   be
so     8   advmod     ADV    RB    so
long   6   acomp      ADJ    JJ    long
.      1   punct      PUNCT  .     .
"""


def _contents(rows: str, ents: list[str] | None = None, disable: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    doc = parse(rows, ents)
    claims = find_claims(Article.build(doc, rules.as_rule_set(disable=disable)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.cue.text) for c in claims]


def test_an_as_predication_hung_on_the_cue_completes_the_claim():
    assert _contents(AS_PREDICATION) == [("the new depot as badly designed", "described")]


def test_an_as_clause_with_its_own_subject_is_not_part_of_the_claim():
    assert _contents(AS_CLAUSE) == [("the plan", "criticised")]


def test_a_date_after_the_object_ends_the_claim():
    assert _contents(DATE_AFTER_OBJECT, DATE_AFTER_OBJECT_ENTS) == [("Mensah", "backed")]


def test_a_place_or_topic_after_the_object_still_completes_it():
    no_date = ["O", "O", "O", "B-PERSON", "O", "O", "O", "O"]
    assert _contents(DATE_AFTER_OBJECT, no_date) == [("Mensah in late May", "backed")]


def test_after_a_passive_verb_of_telling_the_object_is_the_clauses_subject():
    assert _contents(PASSIVE_TOLD) == [("the boiler will fail in winter", "told")]


def test_after_an_active_verb_of_telling_the_object_is_the_one_told():
    rows = PASSIVE_TOLD.replace("Tenants  3   nsubjpass", "Tenants  3   nsubj    ")
    rows = rows.replace("have     3   aux        AUX    VBP   have\n", "have     3   aux        AUX    VBP   have\n")
    rows = rows.replace("been     3   auxpass    AUX    VBN   be", "been     3   aux        AUX    VBN   be")
    assert _contents(rows) == [("will fail in winter", "told")]


def test_a_closing_attribution_read_as_a_late_appositive_is_a_claim():
    assert _contents(APPOS_TAIL) == [("Two branches will shut next month", "announced")]
    doc = parse(APPOS_TAIL)
    claim = find_claims(Article.build(doc, rules.as_rule_set()))[0]
    assert claim.rule == "claim.appos_tail"
    assert claim.speaker is not None and claim.speaker.text == "the regional bank"


def test_appos_tail_can_be_switched_off():
    """With appos_tail off, the later participle_tail reads the same shape; with both off, nothing."""
    assert _contents(APPOS_TAIL, disable=("claim.appos_tail", "claim.participle_tail")) == []
    claim = find_claims(Article.build(parse(APPOS_TAIL), rules.as_rule_set(disable=["claim.appos_tail"])))[0]
    assert claim.rule == "claim.participle_tail"


def test_a_late_appositive_that_cannot_speak_is_no_report():
    rows = APPOS_TAIL.replace(
        "regional   9   amod       ADJ    JJ    regional", "sudden     9   amod       ADJ    JJ    sudden  "
    )
    rows = rows.replace(
        "bank       1   appos      NOUN   NN    bank", "decision   1   appos      NOUN   NN    decision"
    )
    assert parse(rows)[9].text == "decision"
    assert _contents(rows) == []


def test_a_true_appositive_with_an_agent_is_no_report():
    assert _contents(TRUE_APPOSITIVE) == []


def test_a_relative_clause_that_is_only_a_passive_cue_reports_nothing():
    assert _contents(BARE_RELATIVE) == []
    assert _contents(BARE_RELATIVE, disable=("claim_filter.bare_relative",)) == [("who was not named", "named")]


def test_an_instrument_is_no_source():
    assert _contents(INSTRUMENT) == []
    assert _contents(INSTRUMENT, disable=("claim_filter.no_voice",)) == [("the battery was flat", "showed")]


def test_according_to_a_map_is_no_source():
    assert _contents(ACCORDING_TO_MAP) == []
    council = ACCORDING_TO_MAP.replace(
        "map        1   pobj       NOUN   NN    map", "council    1   pobj       NOUN   NN    council"
    )
    assert _contents(council) == [("the path ends at the weir", "According to")]


def test_it_tells_us_is_the_writers_inference():
    assert _contents(TELLS_US) == []
    she = TELLS_US.replace("It     1   nsubj      PRON   PRP   it", "She    1   nsubj      PRON   PRP   she")
    assert _contents(she) == [("why the queue is so long", "tells")]


TIMETABLE = "According to the timetable, the last tram leaves at 11.40 p.m. Conductors said it was often late."


@pytest.mark.parametrize(
    ("text", "breaks"),
    [
        (TIMETABLE, [TIMETABLE.index("Conductors")]),
        ("The bus leaves at 7 a.m. Tuesday and returns at 6 p.m. Eastern.", []),
        ("Doors open at 9 a.m. sharp.", []),
        ("They sell pens, paper, etc. The owner agreed.", [len("They sell pens, paper, etc. ")]),
        ("The vote is at 2 p.m. “Nobody knows,” he said.", [len("The vote is at 2 p.m. ")]),
    ],
)
def test_missed_breaks_after_abbreviations(text, breaks):
    assert missed_breaks(text, 0, len(text)) == breaks


def test_one_sentence_keeps_the_cues_side():
    start = TIMETABLE.index("the last")
    content = Span.of(TIMETABLE, start, len(TIMETABLE) - 1)
    before = one_sentence(TIMETABLE, content, 0)
    assert before is not None and before.text == "the last tram leaves at 11.40 p.m."
    after = one_sentence(TIMETABLE, content, len(TIMETABLE))
    assert after is not None and after.text == "Conductors said it was often late"
    inside = one_sentence(TIMETABLE, content, TIMETABLE.index("tram"))
    assert inside is not None and inside.text == "the last tram leaves at 11.40 p.m."
    plain = Span.of(TIMETABLE, start, start + 10)
    assert one_sentence(TIMETABLE, plain, 0) is plain
