"""Noun-phrase content that is not something said: ``claim_filter.physical_content`` and ``physical_permission``.

Rule tests run on hand-built parses (the parse is stated); the model tests run
invented sentences in several phrasings through the whole pipeline.
"""

from __future__ import annotations

import pytest
from _handbuilt import hand_claims, parse

import quoteextract
from quoteextract.lang.en.content_nouns import is_partitive, is_physical, physical_file

PHOTO_SHOWS_A_DOG = """
The    1 det   DET   DT  the
photo  2 nsubj NOUN  NN  photo
shows  2 ROOT  VERB  VBZ show
a      4 det   DET   DT  a
dog    2 dobj  NOUN  NN  dog
asleep 4 amod  ADJ   JJ  asleep
.      2 punct PUNCT .   .
"""

CHART_SHOWS_A_RISE = """
The    1 det   DET   DT  the
chart  2 nsubj NOUN  NN  chart
shows  2 ROOT  VERB  VBZ show
a      4 det   DET   DT  a
rise   2 dobj  NOUN  NN  rise
in     4 prep  ADP   IN  in
prices 5 pobj  NOUN  NNS price
.      2 punct PUNCT .   .
"""

SHARED_A_SLICE_OF_CAKE = """
The    1 det   DET   DT  the
couple 2 nsubj NOUN  NN  couple
shared 2 ROOT  VERB  VBD share
a      4 det   DET   DT  a
slice  2 dobj  NOUN  NN  slice
of     4 prep  ADP   IN  of
cake   5 pobj  NOUN  NN  cake
.      2 punct PUNCT .   .
"""

SHARED_A_SLICE_OF_THE_BLAME = """
The    1 det   DET   DT  the
mayor  2 nsubj NOUN  NN  mayor
shared 2 ROOT  VERB  VBD share
a      4 det   DET   DT  a
slice  2 dobj  NOUN  NN  slice
of     4 prep  ADP   IN  of
the    7 det   DET   DT  the
blame  5 pobj  NOUN  NN  blame
.      2 punct PUNCT .   .
"""

TWEETED_A_PHOTO = """
The     1 det   DET   DT  the
mayor   2 nsubj NOUN  NN  mayor
tweeted 2 ROOT  VERB  VBD tweet
a       4 det   DET   DT  a
photo   2 dobj  NOUN  NN  photo
of      4 prep  ADP   IN  of
the     7 det   DET   DT  the
road    5 pobj  NOUN  NN  road
.       2 punct PUNCT .   .
"""

POINTED_TO_JARS = """
She     1 nsubj PRON  PRP she
pointed 1 ROOT  VERB  VBD point
to      1 prep  ADP   IN  to
jars    2 pobj  NOUN  NNS jar
of      3 prep  ADP   IN  of
honey   4 pobj  NOUN  NN  honey
and     5 cc    CCONJ CC  and
butter  5 conj  NOUN  NN  butter
.       1 punct PUNCT .   .
"""

PITCHED_THE_ISLAND_AS_A_HAVEN = """
The     1 det   DET   DT  the
agency  2 nsubj NOUN  NN  agency
pitched 2 ROOT  VERB  VBD pitch
the     4 det   DET   DT  the
island  2 dobj  NOUN  NN  island
as      4 prep  ADP   IN  as
a       7 det   DET   DT  a
haven   5 pobj  NOUN  NN  haven
.       2 punct PUNCT .   .
"""

ALLOWED_THE_TRUNK_TO_BE_OPENED = """
The     1 det       DET   DT  the
guard   2 nsubj     NOUN  NN  guard
allowed 2 ROOT      VERB  VBD allow
the     4 det       DET   DT  the
trunk   7 nsubjpass NOUN  NN  trunk
to      7 aux       PART  TO  to
be      7 auxpass   AUX   VB  be
opened  2 ccomp     VERB  VBN open
.       2 punct     PUNCT .   .
"""

ALLOW_DOGS_TO_ENTER = """
The   2 det   DET   DT  the
new   2 amod  ADJ   JJ  new
rules 3 nsubj NOUN  NNS rule
allow 3 ROOT  VERB  VBP allow
dogs  6 nsubj NOUN  NNS dog
to    6 aux   PART  TO  to
enter 3 ccomp VERB  VB  enter
the   8 det   DET   DT  the
park  6 dobj  NOUN  NN  park
.     3 punct PUNCT .   .
"""

ALLOWED_TRUCKS_TO_OPERATE = """
The     1 det   DET   DT  the
pact    2 nsubj NOUN  NN  pact
allowed 2 ROOT  VERB  VBD allow
foreign 4 amod  ADJ   JJ  foreign
trucks  6 nsubj NOUN  NNS truck
to      6 aux   PART  TO  to
operate 2 ccomp VERB  VB  operate
here    6 advmod ADV  RB  here
.       2 punct PUNCT .   .
"""


WON_THE_ENDORSEMENT_OF_THE_UNION = """
The         1 det   DET   DT  the
mayor       2 nsubj NOUN  NN  mayor
won         2 ROOT  VERB  VBD win
the         4 det   DET   DT  the
endorsement 2 dobj  NOUN  NN  endorsement
of          4 prep  ADP   IN  of
the         7 det   DET   DT  the
union       5 pobj  NOUN  NN  union
.           2 punct PUNCT .   .
"""

WON_THE_ENDORSEMENT_OF_THE_PLAN = WON_THE_ENDORSEMENT_OF_THE_UNION.replace("union  ", "plan   ").replace(
    "NN  union", "NN  plan"
)

WON_HER_ENDORSEMENT_OF_THE_UNION = """
The         1 det   DET   DT   the
mayor       2 nsubj NOUN  NN   mayor
won         2 ROOT  VERB  VBD  win
her         4 poss  PRON  PRP$ her
endorsement 2 dobj  NOUN  NN   endorsement
of          4 prep  ADP   IN   of
the         7 det   DET   DT   the
union       5 pobj  NOUN  NN   union
.           2 punct PUNCT .    .
"""


def test_a_physical_object_is_no_content():
    """claim_filter.physical_content: "The photo shows a dog asleep." shows a dog, reports nothing."""
    assert hand_claims(PHOTO_SHOWS_A_DOG) == []
    assert hand_claims(PHOTO_SHOWS_A_DOG, disable=["claim_filter.physical_content"]) == [
        ("claim.dobj", "a dog asleep", "shows")
    ]


def test_an_abstract_object_stays_content():
    """The positive control: "The chart shows a rise in prices." is a finding."""
    assert hand_claims(CHART_SHOWS_A_RISE) == [("claim.dobj", "a rise in prices", "shows")]


def test_a_partitive_is_read_through_its_of_object():
    """A slice of cake is as physical as cake; a slice of the blame is not."""
    assert hand_claims(SHARED_A_SLICE_OF_CAKE) == []
    assert hand_claims(SHARED_A_SLICE_OF_THE_BLAME) == [("claim.dobj", "a slice of the blame", "shared")]


def test_a_picture_carries_content():
    """Pictures and recordings are kept out of the list: a tweeted photo is what was posted."""
    assert hand_claims(TWEETED_A_PHOTO) == [("claim.dobj", "a photo of the road", "tweeted")]


def test_a_prepositional_object_and_its_conjuncts_are_checked():
    """claim.prep content "jars of honey and butter" after "pointed to" names things only."""
    assert hand_claims(POINTED_TO_JARS) == []
    kept = hand_claims(POINTED_TO_JARS, disable=["claim_filter.physical_content"])
    assert [rule for rule, _, _ in kept] == ["claim.prep"]


def test_a_predication_stays_content():
    """Pitching "the island as a haven" says what the island is: a claim, though an island is a thing."""
    assert hand_claims(PITCHED_THE_ISLAND_AS_A_HAVEN) == [("claim.dobj", "the island as a haven", "pitched")]


def test_permission_for_a_thing_to_be_acted_on_is_no_claim():
    """claim_filter.physical_permission: "allowed the trunk to be opened" grants, reports nothing."""
    assert hand_claims(ALLOWED_THE_TRUNK_TO_BE_OPENED) == []
    found = hand_claims(ALLOWED_THE_TRUNK_TO_BE_OPENED, disable=["claim_filter.physical_permission"])
    assert found == [("claim.ccomp", "the trunk to be opened", "allowed")]


def test_permission_for_an_animal_is_no_claim():
    """The new rules allow dogs to enter the park: a permission for animals."""
    assert hand_claims(ALLOW_DOGS_TO_ENTER) == []


def test_a_machine_that_acts_stands_for_its_operators():
    """A pact allowed foreign trucks to operate: a decision about the hauliers, so it stays a claim."""
    assert hand_claims(ALLOWED_TRUCKS_TO_OPERATE) == [("claim.ccomp", "foreign trucks to operate here", "allowed")]


def test_the_extractor_switches_the_physical_filter_off():
    """Extractor(disable=["claim_filter.physical_content"]) really switches the filter off in the pipeline."""
    assert quoteextract.analyse(parse(PHOTO_SHOWS_A_DOG)).quotes == ()
    rules_off = quoteextract.Extractor(disable=["claim_filter.physical_content"]).rules
    quotes = quoteextract.analyse(parse(PHOTO_SHOWS_A_DOG), rules=rules_off).quotes
    assert [q.rule for q in quotes] == ["claim.dobj"]


def test_the_giver_of_what_was_won_is_no_content():
    """claim_filter.received_from: in "won the endorsement of the union" the union endorsed; it is no content."""
    assert hand_claims(WON_THE_ENDORSEMENT_OF_THE_UNION) == []
    found = hand_claims(WON_THE_ENDORSEMENT_OF_THE_UNION, disable=["claim_filter.received_from"])
    assert found == [("claim.noun", "the union", "endorsement")]


def test_what_was_endorsed_stays_content():
    """The positive controls: "won the endorsement of the plan" (not people) and "won her endorsement of the union"."""
    assert hand_claims(WON_THE_ENDORSEMENT_OF_THE_PLAN) == [("claim.noun", "the plan", "endorsement")]
    assert hand_claims(WON_HER_ENDORSEMENT_OF_THE_UNION) == [("claim.noun", "the union", "endorsement")]


@pytest.mark.parametrize(
    ("lemma", "physical"),
    [
        ("dog", True),
        ("Cake", True),
        ("microphone", True),
        ("trunk", True),
        ("photo", False),  # a picture carries content (hand-kept)
        ("panel", False),  # a group of people in news (hand-kept)
        ("breakfast", False),  # a meal is an occasion (hand-kept)
        ("moderator", False),  # more senses of people than of things
        ("system", False),  # abstract senses too
        ("rise", False),
        ("allegation", False),
        ("zzzz", False),
    ],
)
def test_physical_nouns(lemma, physical):
    """The WordNet-derived table: physical only when no sense can name content."""
    assert is_physical(lemma) is physical


def test_physical_file_and_partitives():
    """The table keeps each noun's first lexicographer file, and lists partitives apart."""
    assert physical_file("dog") == "animal"
    assert physical_file("truck") == "artifact"
    assert physical_file("rise") is None
    assert is_partitive("slice") and is_partitive("bottle")
    assert not is_partitive("dog") and not is_physical("slice")


def _found(nlp, text, scope="attribution"):
    return [(q.text, q.cue.text if q.cue else None) for q in quoteextract.extract(text, nlp, scope=scope).quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The picture shows a horse grazing by the harbour wall.",
        "Two neighbours shared a bottle of lemonade on the steps.",
        "The children shared a plate of biscuits after the match.",
        "The caretaker pointed to the broken windows in the corridor.",
        "The warden allowed the car to be searched at the gate.",
        "The new bylaw lets horses graze on the common.",
    ],
)
def test_physical_contents_on_the_model(nlp, text):
    """Things acted on or permitted give no claim in either scope."""
    assert _found(nlp, text) == []
    assert _found(nlp, text, "speech") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Last week the mayor won the endorsement of the teachers' union.",
        "The candidate secured the backing of three councillors on Friday.",
        "She now faces the criticism of her own deputy.",
    ],
)
def test_givers_on_the_model(nlp, text):
    """Who gave an endorsement, backing or criticism the subject received is never its content."""
    quotes = quoteextract.extract(text, nlp).quotes
    assert all(q.rule != "claim.noun" for q in quotes), quotes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The survey shows a sharp fall in bus use.", "a sharp fall in bus use"),
        ("The councillor shared her worries about the budget.", "her worries about the budget"),
        ("The mayor posted a photo of the flooded road.", "a photo of the flooded road"),
        ("Residents want a new bridge.", "a new bridge"),
        ("The union backs the pipeline.", "the pipeline"),
    ],
)
def test_content_nouns_on_the_model(nlp, text, content):
    """The positive controls: findings, worries, posted pictures, wanted and backed things stay claims."""
    assert [text for text, _ in _found(nlp, text)] == [content]
