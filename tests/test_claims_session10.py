"""Session-10 claim rules on hand-built parses (the reading a small English model gives; invented sentences).

- ``claim.idiom``: reporting idioms ("made it clear that", "let slip that"), the clause found wherever the
  parser hung it; "made clear progress" reports nothing;
- ``claim.per_source``: "..., per a club spokesperson" is "according to"; "per cent" is a rate;
- ``claim.denied_report``: "denied reports that ..." reports the denied noun phrase;
- ``claim.inverted_object``: "..., insisted the captain" (the speaker misread as the object);
- ``claim.told_clause``: an audience told ("told the jury he had acted ...");
- an adjective cue whose clause hangs on the copula ("was adamant | that ...");
- "even as" opens a second report that ends the first one's content;
- a cue inside a "that" clause of a copula is no parenthetical attribution ("The view is that the tests add
  nothing": "add" does not report "The view is").
"""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims

MADE_IT_CLEAR = """
The           1   det       DET    DT    the
mayor         2   nsubj     NOUN   NN    mayor
made          2   ROOT      VERB   VBD   make
it            4   nsubj     PRON   PRP   it
clear         2   ccomp     ADJ    JJ    clear
that          8   mark      SCONJ  IN    that
she           8   nsubj     PRON   PRP   she
would         8   aux       AUX    MD    would
veto          4   advcl     VERB   VB    veto
any           11  det       DET    DT    any
fare          11  amod      ADJ    JJ    fare
increase      8   dobj      NOUN   NN    increase
.             2   punct     PUNCT  .     .
"""

LET_SLIP_ON_A_PODCAST = """
Perrin        1   compound  PROPN  NNP   Perrin
Osei          2   nsubj     PROPN  NNP   Osei
let           2   ROOT      VERB   VBD   let
slip          2   ccomp     VERB   VB    slip
on            3   prep      ADP    IN    on
a             6   det       DET    DT    a
podcast       4   pobj      NOUN   NN    podcast
that          13  mark      SCONJ  IN    that
the           9   det       DET    DT    the
band_         11  poss      NOUN   NN    band
's            9   case      PART   POS   's
tour          13  nsubj     NOUN   NN    tour
would         13  aux       AUX    MD    would
start         6   relcl     VERB   VB    start
in            13  prep      ADP    IN    in
Glasgow       14  pobj      PROPN  NNP   Glasgow
.             2   punct     PUNCT  .     .
"""

PER_A_SPOKESPERSON = """
The           1   det       DET    DT    the
forward       3   nsubj     NOUN   NN    forward
will          3   aux       AUX    MD    will
be            3   ROOT      AUX    VB    be
out           3   advmod    ADV    RB    out
for           3   prep      ADP    IN    for
six           7   nummod    NUM    CD    six
weeks         5   pobj      NOUN   NNS   week
,             3   punct     PUNCT  ,     ,
per           3   prep      ADP    IN    per
a             12  det       DET    DT    a
club          12  compound  NOUN   NN    club
spokesperson  9   pobj      NOUN   NN    spokesperson
.             3   punct     PUNCT  .     .
"""

PER_CENT = """
Inflation     1   nsubj     NOUN   NN    inflation
fell          1   ROOT      VERB   VBD   fall
to            1   prep      ADP    IN    to
2.1           5   nummod    NUM    CD    2.1
per           5   compound  NOUN   NN    per
cent          2   pobj      NOUN   NN    cent
in            1   prep      ADP    IN    in
March         6   pobj      PROPN  NNP   March
.             1   punct     PUNCT  .     .
"""

DENIED_REPORTS = """
The           1   det       DET    DT    the
airline       2   nsubj     NOUN   NN    airline
denied        2   ROOT      VERB   VBD   deny
reports       2   dobj      NOUN   NNS   report
that          7   mark      SCONJ  IN    that
it            7   nsubj     PRON   PRP   it
would         7   aux       AUX    MD    would
cut           3   acl       VERB   VB    cut
jobs          7   dobj      NOUN   NNS   job
.             2   punct     PUNCT  .     .
"""

TOLD_THE_JURY = """
Mr            1   compound  PROPN  NNP   Mr
Haddad        2   nsubj     PROPN  NNP   Haddad
told          2   ROOT      VERB   VBD   tell
the           4   det       DET    DT    the
jury          2   dobj      NOUN   NN    jury
he            7   nsubj     PRON   PRP   he
had           7   aux       AUX    VBD   have
acted         4   relcl     VERB   VBN   act
in            7   prep      ADP    IN    in
self_         11  compound  NOUN   NN    self
-_            11  punct     PUNCT  HYPH  -
defence       8   pobj      NOUN   NN    defence
.             2   punct     PUNCT  .     .
"""

INSISTED_THE_CAPTAIN = """
Nobody        2   nsubj     PRON   NN    nobody
had           2   aux       AUX    VBD   have
given         5   ccomp     VERB   VBN   give
up            2   prt       ADP    RP    up
,             5   punct     PUNCT  ,     ,
insisted      5   ROOT      VERB   VBD   insist
the           7   det       DET    DT    the
captain       5   dobj      NOUN   NN    captain
.             5   punct     PUNCT  .     .
"""

ADMITTED_THE_COACH = """
We            1   nsubj     PRON   PRP   we
lost          1   ROOT      VERB   VBD   lose
the           3   det       DET    DT    the
game          1   dobj      NOUN   NN    game
,             1   punct     PUNCT  ,     ,
admitted      1   conj      VERB   VBD   admit
the           7   det       DET    DT    the
coach         5   dobj      NOUN   NN    coach
.             1   punct     PUNCT  .     .
"""

ADAMANT = """
The           1   det       DET    DT    the
landlord      2   nsubj     NOUN   NN    landlord
was           2   ROOT      AUX    VBD   be
adamant       2   acomp     ADJ    JJ    adamant
that          7   mark      SCONJ  IN    that
he            7   nsubj     PRON   PRP   he
had           7   aux       AUX    VBD   have
paid          2   ccomp     VERB   VBN   pay
the           9   det       DET    DT    the
rent          7   dobj      NOUN   NN    rent
.             2   punct     PUNCT  .     .
"""

EVEN_AS = """
The           1   det       DET    DT    the
minister      2   nsubj     NOUN   NN    minister
said          2   ROOT      VERB   VBD   say
that          8   mark      SCONJ  IN    that
the           5   det       DET    DT    the
vote          8   nsubjpass NOUN   NN    vote
would         8   aux       AUX    MD    would
be            8   auxpass   AUX    VB    be
held          2   ccomp     VERB   VBN   hold
in            8   prep      ADP    IN    in
May           9   pobj      PROPN  NNP   May
,             8   punct     PUNCT  ,     ,
even          16  advmod    ADV    RB    even
as            16  mark      SCONJ  IN    as
his           15  poss      PRON   PRP$  his
partners      16  nsubj     NOUN   NNS   partner
insisted      8   advcl     VERB   VBD   insist
that          22  mark      SCONJ  IN    that
no            19  det       DET    DT    no
date          22  nsubjpass NOUN   NN    date
had           22  aux       AUX    VBD   have
been          22  auxpass   AUX    VBN   be
agreed        16  ccomp     VERB   VBN   agree
.             2   punct     PUNCT  .     .
"""

MADE_CLEAR_PROGRESS = """
The           1   det       DET    DT    the
works         3   nsubj     NOUN   NNS   work
have          3   aux       AUX    VBP   have
made          3   ROOT      VERB   VBN   make
clear         5   amod      ADJ    JJ    clear
progress      3   dobj      NOUN   NN    progress
since         3   prep      SCONJ  IN    since
June          6   pobj      PROPN  NNP   June
.             3   punct     PUNCT  .     .
"""


VIEW_IS_THAT = """
The           1   det       DET    DT    the
union_        3   poss      NOUN   NN    union
's            1   case      PART   POS   's
view          4   nsubj     NOUN   NN    view
is            4   ROOT      AUX    VBZ   be
that          9   mark      SCONJ  IN    that
the           8   det       DET    DT    the
new           8   amod      ADJ    JJ    new
tests         9   nsubj     NOUN   NNS   test
add           4   ccomp     VERB   VBP   add
nothing       9   dobj      PRON   NN    nothing
.             4   punct     PUNCT  .     .
"""


def _claims(rows: str, disable: tuple[str, ...] = ()) -> list[tuple[str, str, str, str]]:
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set(disable=disable)))
    for claim in claims:
        assert doc.text[claim.content.start : claim.content.end] == claim.content.text
    return [(q.content.text, q.cue.text if q.cue else "", q.speaker.text if q.speaker else "", q.rule) for q in claims]


def test_made_it_clear_reports_the_clause_the_parser_hung_on_clear():
    assert _claims(MADE_IT_CLEAR) == [("she would veto any fare increase", "made it clear", "The mayor", "claim.idiom")]
    assert _claims(MADE_IT_CLEAR, disable=("claim.idiom",)) == []


def test_let_slip_finds_a_clause_misread_as_a_relative_of_the_medium():
    assert _claims(LET_SLIP_ON_A_PODCAST) == [
        ("the band's tour would start in Glasgow", "let slip", "Perrin Osei", "claim.idiom")
    ]


def test_made_clear_progress_is_no_report():
    assert _claims(MADE_CLEAR_PROGRESS) == []


def test_per_a_spokesperson_is_according_to():
    claims = _claims(PER_A_SPOKESPERSON)
    assert claims == [("The forward will be out for six weeks", "per", "a club spokesperson", "claim.according_to")]
    assert _claims(PER_A_SPOKESPERSON, disable=("claim.per_source",)) == []


def test_per_cent_is_a_rate():
    assert _claims(PER_CENT) == []


def test_a_denied_report_is_the_content_of_the_denial():
    claims = _claims(DENIED_REPORTS)
    assert claims == [("reports that it would cut jobs", "denied", "The airline", "claim.dobj")]
    without = _claims(DENIED_REPORTS, disable=("claim.denied_report",))
    assert [c[:2] for c in without] == [("it would cut jobs", "reports")]  # the noun's claim, as before


def test_the_jury_told_is_an_audience():
    assert _claims(TOLD_THE_JURY) == [("he had acted in self-defence", "told", "Mr Haddad", "claim.ccomp")]


def test_an_inverted_speaker_misread_as_the_object():
    assert _claims(INSISTED_THE_CAPTAIN) == [
        ("Nobody had given up", "insisted", "the captain", "claim.inverted_object")
    ]
    assert _claims(ADMITTED_THE_COACH) == [("We lost the game", "admitted", "the coach", "claim.inverted_object")]
    off = _claims(INSISTED_THE_CAPTAIN, disable=("claim.inverted_object",))
    assert all(c[3] != "claim.inverted_object" for c in off)


def test_an_adjective_cue_whose_clause_hangs_on_the_copula():
    assert _claims(ADAMANT) == [("he had paid the rent", "adamant", "The landlord", "claim.ccomp")]


def test_even_as_opens_a_second_report():
    assert [c[:3] for c in _claims(EVEN_AS)] == [
        ("the vote would be held in May", "said", "The minister"),
        ("no date had been agreed", "insisted", "his partners"),
    ]


def test_a_cue_in_a_copula_that_clause_is_no_attribution():
    assert [c[:3] for c in _claims(VIEW_IS_THAT)] == [("the new tests add nothing", "view", "The union's")]
