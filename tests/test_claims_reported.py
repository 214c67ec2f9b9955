"""Reported-speech boundaries and set phrases on hand-built parses (invented sentences, session 7).

Each parse states the reading a small English model gives (or a misreading it is known to make)
and the claim the rules take from it:

- a verb of telling's infinitive after the one told (``claim.told_to``, reported as ``claim.xcomp``);
- a condition the parser hangs on the cue goes on with an urged infinitive ("unless ...");
- a hedged appositive ("possibly a Ford Transit") and a "that" clause after it stay in the claim;
- a clock word the parser hangs on the cue ("at 3 a.m.") stays with its number;
- a participle under the content verb's "had" goes on with the claim, even tagged as a past tense;
- a speech verb's gerund is its content (``claim.gerund``, reported as ``claim.xcomp``: "denied taking");
- "That said, ...", "Time will tell ...", "citing two officials" and "calling the tower 'the Stump'"
  report nothing (``claim_filter.that_said``, ``time_will_tell``, ``cited_source``, ``naming``).
"""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

TOLD_TO = """
The     1   det     DET    DT    the
warden  2   nsubj   NOUN   NN    warden
told    2   ROOT    VERB   VBD   tell
hikers  2   dobj    NOUN   NNS   hiker
to      5   aux     PART   TO    to
stay    2   xcomp   VERB   VB    stay
on      5   prep    ADP    IN    on
the     8   det     DET    DT    the
path    6   pobj    NOUN   NN    path
.       2   punct   PUNCT  .     .
"""

URGED_UNLESS = """
Officials  1   nsubj   NOUN   NNS   official
urged      1   ROOT    VERB   VBD   urge
drivers    1   dobj    NOUN   NNS   driver
to         4   aux     PART   TO    to
stay       1   xcomp   VERB   VB    stay
home       4   advmod  ADV    RB    home
unless     9   mark    SCONJ  IN    unless
their      8   poss    PRON   PRP$  their
trip       9   nsubj   NOUN   NN    trip
was        1   advcl   AUX    VBD   be
urgent     9   acomp   ADJ    JJ    urgent
.          1   punct   PUNCT  .     .
"""

HEDGED_APPOSITIVE = """
Witnesses  1   nsubj   NOUN   NNS   witness
said       1   ROOT    VERB   VBD   say
the        3   det     DET    DT    the
gunman     4   nsubj   NOUN   NN    gunman
drove      1   ccomp   VERB   VBD   drive
off        4   advmod  ADP    RP    off
in         4   prep    ADP    IN    in
a          8   det     DET    DT    a
car        6   pobj    NOUN   NN    car
,          8   punct   PUNCT  ,     ,
probably   13  advmod  ADV    RB    probably
a          13  det     DET    DT    a
grey       13  amod    ADJ    JJ    grey
Volvo      8   appos   PROPN  NNP   Volvo
,          13  punct   PUNCT  ,     ,
that       16  nsubj   PRON   WDT   that
had        13  relcl   VERB   VBD   have
no         18  det     DET    DT    no
plates     16  dobj    NOUN   NNS   plate
.          1   punct   PUNCT  .     .
"""

# "a.m." hung on the cue instead of on the clock time.
CLOCK_ON_CUE = """
Police  1   nsubj    NOUN   NNS   police
said    1   ROOT     VERB   VBD   say
the     3   det      DET    DT    the
shop    5   nsubjpass NOUN  NN    shop
was     5   auxpass  AUX    VBD   be
raided  1   ccomp    VERB   VBN   raid
at      5   prep     ADP    IN    at
3       6   pobj     NUM    CD    3
a.m.    1   advmod   ADV    RB    a.m.
"""

# "given" misread as a past tense, like the cue: it still shares "had" with "phoned".
SHARED_PERFECT = """
She     1   nsubj   PRON   PRP   she
said    1   ROOT    VERB   VBD   say
she     4   nsubj   PRON   PRP   she
had     4   aux     AUX    VBD   have
phoned  1   ccomp   VERB   VBN   phone
the     6   det     DET    DT    the
police  4   dobj    NOUN   NNS   police
and     4   cc      CCONJ  CC    and
shown   4   conj    VERB   VBD   show
them    8   dative  PRON   PRP   they
the     11  det     DET    DT    the
video   8   dobj    NOUN   NN    video
.       1   punct   PUNCT  .     .
"""

GERUND = """
The       1   det     DET    DT    the
senator   2   nsubj   NOUN   NN    senator
denied    2   ROOT    VERB   VBD   deny
taking    2   xcomp   VERB   VBG   take
money     3   dobj    NOUN   NN    money
from      3   prep    ADP    IN    from
the       7   det     DET    DT    the
builder   5   pobj    NOUN   NN    builder
.         2   punct   PUNCT  .     .
"""

THAT_SAID = """
That   1   nsubj   PRON   DT    that
said   1   ROOT    VERB   VBD   say
,      6   punct   PUNCT  ,     ,
the    4   det     DET    DT    the
plan   6   nsubj   NOUN   NN    plan
still  6   advmod  ADV    RB    still
needs  1   ccomp   VERB   VBZ   need
money  6   dobj    NOUN   NN    money
.      1   punct   PUNCT  .     .
"""

TIME_WILL_TELL = """
Only     1   amod    ADJ    JJ    only
time     3   nsubj   NOUN   NN    time
will     3   aux     AUX    MD    will
tell     3   ROOT    VERB   VB    tell
whether  7   mark    SCONJ  IN    whether
the      6   det     DET    DT    the
fix      7   nsubj   NOUN   NN    fix
works    3   ccomp   VERB   VBZ   work
.        3   punct   PUNCT  .     .
"""

CITING = """
The      1   det     DET    DT    the
paper    2   nsubj   NOUN   NN    paper
said     2   ROOT    VERB   VBD   say
the      4   det     DET    DT    the
deal     5   nsubj   NOUN   NN    deal
was      2   ccomp   AUX    VBD   be
close    5   acomp   ADJ    JJ    close
,        5   punct   PUNCT  ,     ,
citing   5   advcl   VERB   VBG   cite
two      10  nummod  NUM    CD    two
bankers  8   dobj    NOUN   NNS   banker
.        2   punct   PUNCT  .     .
"""


NICKNAME = """
Locals      1   nsubj   NOUN   NNS   local
call        1   ROOT    VERB   VBP   call
the         3   det     DET    DT    the
tower       1   dobj    NOUN   NN    tower
‘_          6   punct   PUNCT  ``    ‘
the         6   det     DET    DT    the
Stump_      1   oprd    PROPN  NNP   Stump
’           1   punct   PUNCT  ''    ’
.           1   punct   PUNCT  .     .
"""


def _contents(rows: str, disable: tuple[str, ...] = ()) -> list[tuple[str, str, str]]:
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set(disable=disable)))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.cue.text, c.rule) for c in claims]


def test_a_verb_of_telling_reports_the_infinitive_without_the_one_told():
    assert _contents(TOLD_TO) == [("to stay on the path", "told", "claim.xcomp")]


def test_told_to_can_be_switched_off():
    assert _contents(TOLD_TO, disable=("claim.told_to",)) == []
    assert _contents(TOLD_TO, disable=("claim.xcomp",)) == []  # reported as claim.xcomp: off with it


def test_a_condition_hung_on_the_cue_goes_on_with_the_urged_infinitive():
    assert _contents(URGED_UNLESS) == [("drivers to stay home unless their trip was urgent", "urged", "claim.xcomp")]


def test_a_hedged_appositive_and_the_that_clause_after_it_stay_in_the_claim():
    expected = "the gunman drove off in a car, probably a grey Volvo, that had no plates"
    assert _contents(HEDGED_APPOSITIVE) == [(expected, "said", "claim.ccomp")]


def test_a_reporters_appositive_still_closes_the_claim():
    only = "only       13  advmod  ADV    RB    only"
    rows = HEDGED_APPOSITIVE.replace("probably   13  advmod  ADV    RB    probably", only)
    rows = rows.replace("that       16  nsubj   PRON   WDT   that", "which      16  nsubj   PRON   WDT   which")
    assert _contents(rows) == [("the gunman drove off in a car", "said", "claim.ccomp")]


def test_a_clock_word_hung_on_the_cue_stays_with_its_number():
    assert _contents(CLOCK_ON_CUE) == [("the shop was raided at 3 a.m", "said", "claim.ccomp")]


def test_a_participle_sharing_the_perfect_auxiliary_goes_on_with_the_claim():
    assert _contents(SHARED_PERFECT) == [("she had phoned the police and shown them the video", "said", "claim.ccomp")]


def test_a_speech_verbs_gerund_is_its_content():
    assert _contents(GERUND) == [("taking money from the builder", "denied", "claim.xcomp")]
    assert _contents(GERUND, disable=("claim.gerund",)) == []


def test_that_said_opens_a_concession_not_a_report():
    assert _contents(THAT_SAID) == []
    assert _contents(THAT_SAID, disable=("claim_filter.that_said",)) == [
        ("the plan still needs money", "said", "claim.ccomp")
    ]


def test_time_will_tell_reports_nothing():
    assert _contents(TIME_WILL_TELL) == []
    assert _contents(TIME_WILL_TELL, disable=("claim_filter.time_will_tell",)) == [
        ("whether the fix works", "tell", "claim.ccomp")
    ]
    someone = TIME_WILL_TELL.replace("time     3   nsubj   NOUN   NN    time", "Lee      3   nsubj   PROPN  NNP   Lee")
    assert _contents(someone) == [("whether the fix works", "tell", "claim.ccomp")]


def test_citing_a_source_is_a_relay_not_a_claim():
    assert _contents(CITING) == [("the deal was close", "said", "claim.ccomp")]
    assert ("two bankers", "citing", "claim.dobj") in _contents(CITING, disable=("claim_filter.cited_source",))


def test_a_name_given_is_not_a_view():
    assert _contents(NICKNAME) == []
    assert _contents(NICKNAME, disable=("claim_filter.naming",)) != []
    view = NICKNAME.replace("‘_          6   punct   PUNCT  ``    ‘", "a           6   det     DET    DT    a")
    view = view.replace("the         6   det     DET    DT    the", "total       6   amod    ADJ    JJ    total")
    view = view.replace("Stump_      1   oprd    PROPN  NNP   Stump", "eyesore     1   oprd    NOUN   NN    eyesore")
    view = view.replace("’           1   punct   PUNCT  ''    ’\n", "")
    assert _contents(view) == [("the tower a total eyesore", "call", "claim.dobj")]


def test_citing_a_reason_is_still_a_claim():
    rows = CITING.replace("two      10  nummod  NUM    CD    two", "high     10  amod    ADJ    JJ    high")
    rows = rows.replace("bankers  8   dobj    NOUN   NNS   banker", "costs    8   dobj    NOUN   NNS   cost")
    assert ("high costs", "citing", "claim.dobj") in _contents(rows)
