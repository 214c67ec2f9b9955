"""Where a claim's content starts and ends, on hand-built parses (invented sentences).

Parser errors that cut a content clause in two (a plural noun or an auxiliary
read as the clause's verb), contrasts and participles set off by commas
inside the claim, and hyphens inside words must not end the content; a
contrast or participle that closes the sentence still does.
"""

from __future__ import annotations

from _handbuilt import parse

from quoteextract import rules
from quoteextract.article import Article
from quoteextract.stages.claims import find_claims
from quoteextract.stages.claims.complements import split_clause
from quoteextract.stages.claims.content import goes_on, stranded_subject
from quoteextract.stages.claims.trim import runs_to_end, word_hyphen

# "roadworks" read as the clause's verb (VBZ): the real verb "had added" is a second ccomp of "said".
NOUN_READ_AS_VERB = """
Greythorn  1   compound  PROPN  NNP   Greythorn
Buses      2   nsubj     PROPN  NNPS  Buses
said       2   ROOT      VERB   VBD   say
on         2   prep      ADP    IN    on
Monday     3   pobj      PROPN  NNP   Monday
that       6   nsubj     PRON   WDT   that
roadworks  2   ccomp     VERB   VBZ   roadwork
on         6   prep      ADP    IN    on
the        10  det       DET    DT    the
ring       10  compound  NOUN   NN    ring
road       7   pobj      NOUN   NN    road
had        12  aux       AUX    VBD   have
added      2   ccomp     VERB   VBN   add
twenty     14  nummod    NUM    CD    twenty
minutes    12  dobj      NOUN   NNS   minute
to         12  prep      ADP    IN    to
the        17  det       DET    DT    the
trip       15  pobj      NOUN   NN    trip
.          2   punct     PUNCT  .     .
"""

# "do" read as the clause's verb: "know" hangs off "say" as a second clause without a subject.
AUXILIARY_READ_AS_VERB = """
Most    1   amod      ADJ    JJS   most
riders  2   nsubj     NOUN   NNS   rider
say     2   ROOT      VERB   VBP   say
they    4   nsubj     PRON   PRP   they
do_     2   ccomp     VERB   VBP   do
n’t     7   neg       PART   RB    not
yet     7   advmod    ADV    RB    yet
know    2   ccomp     VERB   VB    know
enough  7   advmod    ADJ    JJ    enough
about   8   prep      ADP    IN    about
the     11  det       DET    DT    the
scheme  9   pobj      NOUN   NN    scheme
.       2   punct     PUNCT  .     .
"""

# A second report after a comma and a participle: its own clause, not the rest of the first.
SECOND_CLAUSE_AFTER_COMMA = """
The      1   det       DET    DT    the
union    2   nsubj     NOUN   NN    union
said     2   ROOT      VERB   VBD   say
fares    4   nsubj     NOUN   NNS   fare
rose     2   ccomp     VERB   VBD   rise
,        2   punct     PUNCT  ,     ,
and      2   cc        CCONJ  CC    and
drivers  9   nsubj     NOUN   NNS   driver
were     9   aux       AUX    VBD   be
striking 2   ccomp     VERB   VBG   strike
.        2   punct     PUNCT  .     .
"""

# A bare cue verb whose subject the parser hung inside the first clause: a report of its own.
BARE_CUE_AFTER_CLAUSE = """
Half     1   nsubj     NOUN   NN    half
said     1   ROOT      VERB   VBD   say
the      3   det       DET    DT    the
council  4   nsubj     NOUN   NN    council
ignored  1   ccomp     VERB   VBD   ignore
them     4   dobj      PRON   PRP   they
and      4   cc        CCONJ  CC    and
a        9   det       DET    DT    a
third    9   nsubj     NOUN   NN    third
said     1   ccomp     VERB   VBD   say
it       11  nsubj     PRON   PRP   it
lied     9   ccomp     VERB   VBD   lie
.        1   punct     PUNCT  .     .
"""

CONTRAST_INSIDE = """
The      1   det       DET    DT    the
auditor  2   nsubj     NOUN   NN    auditor
said     2   ROOT      VERB   VBD   say
the      4   det       DET    DT    the
scheme   9   nsubj     NOUN   NN    scheme
,        9   punct     PUNCT  ,     ,
though   7   advmod    SCONJ  IN    though
costly   9   advcl     ADJ    JJ    costly
,        9   punct     PUNCT  ,     ,
was      2   ccomp     AUX    VBD   be
worth    9   acomp     ADJ    JJ    worth
the      12  det       DET    DT    the
money    10  pobj      NOUN   NN    money
.        2   punct     PUNCT  .     .
"""

CONTRAST_AT_THE_END = """
She        1   nsubj     PRON   PRP   she
said       1   ROOT      VERB   VBD   say
the        3   det       DET    DT    the
bridge     4   nsubj     NOUN   NN    bridge
was        1   ccomp     AUX    VBD   be
safe       4   acomp     ADJ    JJ    safe
,          4   punct     PUNCT  ,     ,
though     9   mark      SCONJ  IN    though
engineers  9   nsubj     NOUN   NNS   engineer
disagree   4   advcl     VERB   VBP   disagree
.          1   punct     PUNCT  .     .
"""

CONTRAST_AFTER_THAT = """
Nolan    1   nsubj     PROPN  NNP   Nolan
argued   1   ROOT      VERB   VBD   argue
that     14  mark      SCONJ  IN    that
,        14  punct     PUNCT  ,     ,
while    8   mark      SCONJ  IN    while
the      6   det       DET    DT    the
levy     8   nsubj     NOUN   NN    levy
may      8   aux       AUX    MD    may
cut      14  advcl     VERB   VB    cut
fares    8   dobj      NOUN   NNS   fare
,        14  punct     PUNCT  ,     ,
drivers  14  nsubj     NOUN   NNS   driver
wo_      14  aux       AUX    MD    will
n't      14  neg       PART   RB    not
see      1   ccomp     VERB   VB    see
the      16  det       DET    DT    the
savings  14  dobj      NOUN   NNS   saving
.        1   punct     PUNCT  .     .
"""

# "it was possible, though unlikely, that ...": the extraposed clause goes on after the contrast.
CONTRAST_BEFORE_EXTRAPOSED_CLAUSE = """
Aides     1   nsubj     NOUN   NNS   aide
said      1   ROOT      VERB   VBD   say
it        3   nsubj     PRON   PRP   it
was       1   ccomp     AUX    VBD   be
possible  3   acomp     ADJ    JJ    possible
,         3   punct     PUNCT  ,     ,
though    7   advmod    SCONJ  IN    though
unlikely  3   advcl     ADJ    JJ    unlikely
,         3   punct     PUNCT  ,     ,
that      13  mark      SCONJ  IN    that
the       11  det       DET    DT    the
senator   13  nsubj     NOUN   NN    senator
would     13  aux       AUX    MD    would
resign    3   ccomp     VERB   VB    resign
.         1   punct     PUNCT  .     .
"""

PARTICIPLE_THEN_CIRCUMSTANCE = """
He       1   nsubj     PRON   PRP   he
said     1   ROOT      VERB   VBD   say
the      3   det       DET    DT    the
plan     5   nsubj     NOUN   NN    plan
had      5   aux       AUX    VBD   have
failed   1   ccomp     VERB   VBN   fail
,        5   punct     PUNCT  ,     ,
leading  5   advcl     VERB   VBG   lead
to       7   prep      ADP    IN    to
a        10  det       DET    DT    a
row      8   pobj      NOUN   NN    row
,        5   punct     PUNCT  ,     ,
in       5   prep      ADP    IN    in
May      12  pobj      PROPN  NNP   May
.        1   punct     PUNCT  .     .
"""

# A parse that reads "reaching" in "far-reaching" as a participle closing the clause.
HYPHENATED_WORD = """
Officials  1   nsubj     NOUN   NNS   official
said       1   ROOT      VERB   VBD   say
the        3   det       DET    DT    the
talks      4   nsubj     NOUN   NNS   talk
were       1   ccomp     AUX    VBD   be
far_       4   acomp     ADV    RB    far
-_         5   punct     PUNCT  HYPH  -
reaching   5   advcl     VERB   VBG   reach
.          1   punct     PUNCT  .     .
"""


def _contents(rows: str) -> list[tuple[str, str]]:
    doc = parse(rows)
    claims = find_claims(Article.build(doc, rules.as_rule_set()))
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.cue.text) for c in claims]


def test_a_noun_read_as_the_clauses_verb_does_not_cut_the_content():
    """'that roadworks ... had added ...': the second clause without a subject is the rest of the content."""
    assert _contents(NOUN_READ_AS_VERB) == [
        ("roadworks on the ring road had added twenty minutes to the trip", "said"),
    ]


def test_an_auxiliary_read_as_the_clauses_verb_does_not_cut_the_content():
    """'they don't yet know ...' parsed as 'they do' + 'n't yet know ...': one content."""
    assert _contents(AUXILIARY_READ_AS_VERB) == [("they don’t yet know enough about the scheme", "say")]


def test_split_clause_needs_no_subject_and_no_break():
    """A clause with its own subject after a comma and 'and' is not the first one's rest."""
    doc = parse(SECOND_CLAUSE_AFTER_COMMA)
    assert not split_clause(doc[9], last=4)  # "drivers were striking": its own subject
    doc = parse(NOUN_READ_AS_VERB)
    assert split_clause(doc[12], last=10)  # "had added" right after "road"
    assert not split_clause(doc[12], last=8)  # not adjacent to the content so far


def test_a_bare_cue_verb_after_the_clause_is_a_report_of_its_own():
    """'... and a third said it lied': "said" is no rest of the first content."""
    doc = parse(BARE_CUE_AFTER_CLAUSE)
    assert not split_clause(doc[9], last=8)


def test_a_contrast_set_off_inside_the_claim_is_part_of_it():
    assert _contents(CONTRAST_INSIDE) == [("the scheme, though costly, was worth the money", "said")]


def test_a_contrast_closing_the_sentence_is_the_reporters_addition():
    assert _contents(CONTRAST_AT_THE_END) == [("the bridge was safe", "said")]


def test_a_contrast_right_after_that_opens_the_content_without_the_comma():
    """'argued that, while ..., drivers won't ...': the whole clause, from "while"."""
    assert _contents(CONTRAST_AFTER_THAT) == [
        ("while the levy may cut fares, drivers won't see the savings", "argued"),
    ]


def test_a_contrast_before_an_extraposed_clause_is_part_of_the_claim():
    assert _contents(CONTRAST_BEFORE_EXTRAPOSED_CLAUSE) == [
        ("it was possible, though unlikely, that the senator would resign", "said"),
    ]


def test_a_closing_participle_followed_by_a_circumstance_still_ends_the_content():
    """', leading to a row, in May': a time or place after the participle does not make it inner."""
    assert _contents(PARTICIPLE_THEN_CIRCUMSTANCE) == [("the plan had failed", "said")]
    doc = parse(PARTICIPLE_THEN_CIRCUMSTANCE)
    tokens = list(doc[2:14])
    assert runs_to_end(tokens, 5)  # "leading" (tokens[5])


def test_a_hyphen_inside_a_word_is_no_break():
    assert _contents(HYPHENATED_WORD) == [("the talks were far-reaching", "said")]
    doc = parse(HYPHENATED_WORD)
    tokens = list(doc)
    assert word_hyphen(tokens, 6)
    spaced = parse(CONTRAST_AT_THE_END)
    assert not word_hyphen(list(spaced), 6)  # a comma


# "according to" in mid-sentence, then the reporter's participle: the claim is the clause before it.
ACCORDING_TO_THEN_PARTICIPLE = """
Fares      1   nsubj     NOUN   NNS   fare
rose       1   ROOT      VERB   VBD   rise
last       3   amod      ADJ    JJ    last
year       1   npadvmod  NOUN   NN    year
,          1   punct     PUNCT  ,     ,
according  1   prep      VERB   VBG   accord
to         5   prep      ADP    IN    to
the        8   det       DET    DT    the
council    6   pobj      NOUN   NN    council
,          1   punct     PUNCT  ,     ,
forcing    1   advcl     VERB   VBG   force
riders     10  dobj      NOUN   NNS   rider
onto       10  prep      ADP    IN    onto
bikes      12  pobj      NOUN   NNS   bike
.          1   punct     PUNCT  .     .
"""

# ... then a coordinated verb of the same clause: the claim runs over the attribution.
ACCORDING_TO_THEN_CONJUNCT = """
The        1   det       DET    DT    the
mill       2   nsubj     NOUN   NN    mill
employs    2   ROOT      VERB   VBZ   employ
300        4   nummod    NUM    CD    300
people     2   dobj      NOUN   NNS   people
,          2   punct     PUNCT  ,     ,
according  2   prep      VERB   VBG   accord
to         6   prep      ADP    IN    to
its        9   poss      PRON   PRP$  its
owners     7   pobj      NOUN   NNS   owner
,          2   punct     PUNCT  ,     ,
and        2   cc        CCONJ  CC    and
plans      2   conj      VERB   VBZ   plan
to         14  aux       PART   TO    to
hire       12  xcomp     VERB   VB    hire
more       14  dobj      ADJ    JJR   more
.          2   punct     PUNCT  .     .
"""

# ... before the clause's verb: the clause runs on both sides of the attribution.
ACCORDING_TO_BEFORE_THE_VERB = """
The        1   det       DET    DT    the
talks      9   nsubj     NOUN   NNS   talk
,          9   punct     PUNCT  ,     ,
according  9   prep      VERB   VBG   accord
to         3   prep      ADP    IN    to
two        6   nummod    NUM    CD    two
officials  4   pobj      NOUN   NNS   official
,          9   punct     PUNCT  ,     ,
will       9   aux       AUX    MD    will
resume     9   ROOT      VERB   VB    resume
in         9   prep      ADP    IN    in
May        10  pobj      PROPN  NNP   May
.          9   punct     PUNCT  .     .
"""


def test_according_to_in_mid_sentence_before_a_participle_reports_the_clause_before_it():
    assert _contents(ACCORDING_TO_THEN_PARTICIPLE) == [("Fares rose last year", "according to")]


def test_according_to_in_mid_sentence_before_a_coordinated_verb_reports_the_whole_clause():
    assert _contents(ACCORDING_TO_THEN_CONJUNCT) == [
        ("The mill employs 300 people, according to its owners, and plans to hire more", "according to"),
    ]


def test_according_to_between_subject_and_verb_reports_the_whole_clause():
    assert _contents(ACCORDING_TO_BEFORE_THE_VERB) == [
        ("The talks, according to two officials, will resume in May", "according to"),
    ]


def test_goes_on_reads_the_first_word_after_the_attribution():
    doc = parse(ACCORDING_TO_THEN_PARTICIPLE)
    assert not goes_on(doc[1], list(doc[9:15]))  # ", forcing ...": an adverbial participle
    doc = parse(ACCORDING_TO_THEN_CONJUNCT)
    assert goes_on(doc[2], list(doc[10:17]))  # ", and plans ...": the clause's own conjunct
    assert not goes_on(doc[2], [doc[10], doc[16]])  # only punctuation


# The subject set off by an aside, read as the cue's object; the clause after it has no subject.
SUBJECT_READ_AS_OBJECT = """
The        1   det       DET    DT    the
mayor      2   nsubj     NOUN   NN    mayor
said       2   ROOT      VERB   VBD   say
the        5   det       DET    DT    the
new        5   amod      ADJ    JJ    new
depot      2   dobj      NOUN   NN    depot
,          5   punct     PUNCT  ,     ,
while      8   mark      SCONJ  IN    while
expensive  11  advcl     ADJ    JJ    expensive
,          11  punct     PUNCT  ,     ,
would      11  aux       AUX    MD    would
save       2   ccomp     VERB   VB    save
money      11  dobj      NOUN   NN    money
in         11  prep      ADP    IN    in
the        16  det       DET    DT    the
long       16  amod      ADJ    JJ    long
run        13  pobj      NOUN   NN    run
.          2   punct     PUNCT  .     .
"""


def test_a_subject_read_as_the_cues_object_starts_the_content():
    assert _contents(SUBJECT_READ_AS_OBJECT) == [
        ("the new depot, while expensive, would save money in the long run", "said"),
    ]


def test_the_object_of_a_verb_of_telling_or_asking_is_the_one_addressed():
    for verb, lemma in (("told", "tell"), ("asked", "ask")):
        rows = SUBJECT_READ_AS_OBJECT.replace(
            "said       2   ROOT      VERB   VBD   say", f"{verb:10s} 2   ROOT      VERB   VBD   {lemma}"
        )
        doc = parse(rows)
        assert doc[2].text == verb
        assert stranded_subject(doc[2], doc[11]) == []
    doc = parse(SUBJECT_READ_AS_OBJECT)
    assert [t.text for t in stranded_subject(doc[2], doc[11])] == ["the", "new", "depot", ","]
