# The passages are data, one per line: long lines read better than wrapped ones here.
# ruff: noqa: E501
"""Marks that are not quotations, with the marker a few words away: names, works, signs, scare quotes.

Rule tests read hand-built parses (so they state the parse each rule
handles); the model tests run invented sentences, several phrasings per case,
each next to a real quotation that must still be found.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution import attribute
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_markers import gap, gap_marker
from quoteextract.stages.attribution._reject_syntax import modifier_scare_quote, naming_reason, work_title
from quoteextract.stages.claims.rejected import Rejected
from tests._handbuilt import parse


def _setting(text, index=0):
    quote = [q for q in find_quotes(text).quotes if q.depth == 0][index]
    return setting_of(Layout.of(text), quote, None)


def _scene(doc):
    return Scene(Article.build(doc))


# Hand-built parses ----------------------------------------------------------

KNOWN_AS = """
The 1 det DET DT the
tower 11 nsubj NOUN NN tower
, 1 punct PUNCT , ,
known 1 acl VERB VBN know
locally 3 advmod ADV RB locally
as 3 prep ADP IN as
“_ 8 punct PUNCT `` “
the 8 det DET DT the
Needle_ 5 pobj PROPN NNP needle
” 8 punct PUNCT '' ”
, 1 punct PUNCT , ,
fell 11 ROOT VERB VBD fall
. 11 punct PUNCT . .
"""

FANS_CALL = """
Fans 1 nsubj NOUN NNS fan
call 1 ROOT VERB VBP call
the 3 det DET DT the
bus 1 dobj NOUN NN bus
“_ 6 punct PUNCT `` “
the 6 det DET DT the
ghost_ 1 oprd NOUN NN ghost
” 6 punct PUNCT '' ”
. 1 punct PUNCT . .
"""

LEE_CALLED = """
Lee 1 nsubj PROPN NNP Lee
called 1 ROOT VERB VBD call
the 3 det DET DT the
plan 1 dobj NOUN NN plan
“_ 5 punct PUNCT `` “
a 6 det DET DT a
disgrace_ 1 oprd NOUN NN disgrace
” 6 punct PUNCT '' ”
. 1 punct PUNCT . .
"""

FANS_CALL_RECKLESS = """
Fans 1 nsubj NOUN NNS fan
call 1 ROOT VERB VBP call
the 3 det DET DT the
plan 1 dobj NOUN NN plan
“_ 5 punct PUNCT `` “
reckless_ 1 oprd ADJ JJ reckless
” 5 punct PUNCT '' ”
. 1 punct PUNCT . .
"""

SHE_WROTE = """
She 1 nsubj PRON PRP she
wrote 1 ROOT VERB VBD write
“_ 3 punct PUNCT `` “
Salt 1 dobj PROPN NNP salt
and 3 cc CCONJ CC and
Iron_ 3 conj PROPN NNP iron
” 3 punct PUNCT '' ”
in 1 prep ADP IN in
a 9 det DET DT a
year 7 pobj NOUN NN year
. 1 punct PUNCT . .
"""

THANK_YOU_WROTE = """
“_ 2 punct PUNCT `` “
Thank 6 ccomp VERB VB thank
You 1 dobj PRON PRP you
All_ 2 appos PRON DT all
,_ 6 punct PUNCT , ,
” 6 punct PUNCT '' ”
she 6 nsubj PRON PRP she
wrote 6 ROOT VERB VBD write
. 6 punct PUNCT . .
"""

PUSHED_NARRATIVE = """
They 1 nsubj PRON PRP they
pushed 1 ROOT VERB VBD push
the 7 det DET DT the
“_ 5 punct PUNCT `` “
gun 5 compound NOUN NN gun
violence_ 7 compound NOUN NN violence
” 5 punct PUNCT '' ”
narrative 1 dobj NOUN NN narrative
. 1 punct PUNCT . .
"""

SAID_TEMPORARY = """
She 1 nsubj PRON PRP she
said 1 ROOT VERB VBD say
the 6 det DET DT the
“_ 4 punct PUNCT `` “
temporary_ 6 amod ADJ JJ temporary
” 4 punct PUNCT '' ”
fix 8 nsubj NOUN NN fix
had 8 aux AUX VBD have
failed 1 ccomp VERB VBN fail
. 1 punct PUNCT . .
"""


def _reason(rows, rule):
    doc = parse(rows)
    return rule(_scene(doc), _setting(doc.text))


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(KNOWN_AS).text == "The tower, known locally as “the Needle”, fell."
    assert parse(FANS_CALL).text == "Fans call the bus “the ghost”."
    assert parse(PUSHED_NARRATIVE).text == "They pushed the “gun violence” narrative."


@pytest.mark.parametrize(
    ("rows", "reason"),
    [
        (KNOWN_AS, "nickname"),  # a participle: nobody speaks
        (FANS_CALL, "nickname"),  # a generic subject names the bus
        (LEE_CALLED, None),  # a named speaker's words: a partial quotation
        (FANS_CALL_RECKLESS, None),  # an evaluative word, not a name
    ],
)
def test_naming_reason(rows, reason):
    """A naming verb rejects a name given by nobody in particular, never a speaker's words."""
    assert _reason(rows, naming_reason) == reason


@pytest.mark.parametrize(("rows", "expected"), [(SHE_WROTE, True), (THANK_YOU_WROTE, False)])
def test_work_title(rows, expected):
    """Title-case words that a work verb takes as its object are a title; a quoted sentence it reports is not."""
    assert _reason(rows, work_title) is expected


@pytest.mark.parametrize(("rows", "expected"), [(PUSHED_NARRATIVE, True), (SAID_TEMPORARY, False)])
def test_modifier_scare_quote(rows, expected):
    """Quoted words modifying a noun are a scare quote, unless a speech verb reports their clause."""
    assert _reason(rows, modifier_scare_quote) is expected


# Gap markers (text only) -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Marchers carried placards reading “Hands off our square” all day.", "slogan"),
        ("A banner saying “Save the pier” hung from the bridge.", "slogan"),
        ("A poster in the window read “Back in ten minutes”.", "slogan"),
        ("He wore a T-shirt that said “Ask me about the tram”.", "slogan"),
        ("Signs along the fence proclaimed “No more towers”.", "slogan"),
        ("The T-shirts say “I Survived the Fenland Half” on the front.", "slogan"),
        ("The banners still promise “Homes for locals”.", "slogan"),
        ("Fans say “we want our club back”.", None),
        ("The quarry, known to climbers as “the Bowl”, is closed.", "nickname"),
        ("The lane is better known locally as “Fiddler's Row”.", "nickname"),
        ("Nurses have a name for the night shift: “the long haul”.", "word_as_word"),
        ("Nurses have a name for it — “the long haul” — and dread it.", "word_as_word"),
        ("Analysts coined the phrase “quiet quitting” last year.", "word_as_word"),
        ("The board said, “We will appeal.”", None),
        ("The pilot said the word was “final”.", None),
        ("Residents said “enough is enough” at the meeting.", None),
    ],
)
def test_gap_marker(text, reason):
    """A marker a few words before the opening mark names the reason; a speaker's words name none."""
    assert gap_marker(text, _setting(text)) == reason


WORK_NOUN = """
A 1 det DET DT a
film 7 nsubj NOUN NN film
her 3 poss PRON PRP$ her
brother 4 nsubj NOUN NN brother
shot_ 1 relcl VERB VBD shoot
, 1 punct PUNCT , ,
“_ 7 punct PUNCT `` “
Winter 8 compound PROPN NNP winter
Harbour_ 1 appos PROPN NNP harbour
” 8 punct PUNCT '' ”
, 1 punct PUNCT , ,
won 11 ROOT VERB VBD win
a 13 det DET DT a
prize 11 dobj NOUN NN prize
. 11 punct PUNCT . .
"""

SHOW_VERB = """
“_ 2 punct PUNCT `` “
We 2 nsubj PRON PRP we
care_ 2 ROOT VERB VBP care
,_ 2 punct PUNCT , ,
” 2 punct PUNCT '' ”
the 6 det DET DT the
authors 7 nsubj NOUN NNS author
wrote 2 parataxis VERB VBD write
to 9 aux PART TO to
show 7 xcomp VERB VB show
the 13 det DET DT the
“_ 13 punct PUNCT `` “
Blue 13 compound PROPN NNP blue
Plan_ 9 dobj PROPN NNP plan
” 13 punct PUNCT '' ”
. 2 punct PUNCT . .
"""


@pytest.mark.parametrize(("rows", "expected"), [(WORK_NOUN, "title"), (SHOW_VERB, None)])
def test_work_noun_before_a_title(rows, expected):
    """Title-case words a few words after a noun naming a work are its title; a verb "show" names none."""
    doc = parse(rows)
    setting = _setting(doc.text, index=-1)
    assert gap(_scene(doc), setting) == expected


def test_rejected_lookup_is_by_interval():
    """Rejected pairs are looked up by the stretch of text that holds them."""
    rejected = Rejected(((40, 50, "title"), (5, 12, "nickname")), "x" * 60)
    assert rejected.inside(0, 20) == [(5, 12, "nickname")]
    assert rejected.inside(0, 45) == [(5, 12, "nickname")]
    assert rejected.inside(30, 60) == [(40, 50, "title")]
    assert rejected.inside(60, 80) == []
    assert rejected.holding(7) and rejected.holding(40) and not rejected.holding(12) and not rejected.holding(30)
    assert rejected.starting(30, 45) == [(40, 50, "title")]


def test_attribute_rejects_a_handbuilt_name():
    """The attribution stage itself lists the nickname of a hand-built parse as rejected."""
    quotes, rejected = attribute(Article.build(parse(KNOWN_AS)))
    assert not quotes
    assert [(r.span.text, r.reason) for r in rejected] == [("the Needle", "nickname")]


# On the model ------------------------------------------------------------------

# (text, the non-quote's words, the positive control's words): every passage is invented.
NON_QUOTES = [
    # nicknames with a gap, and generic naming
    (
        "The old mill, known locally as “the Biscuit Tin”, is for sale. Omar Haddad said the price was fair.",
        "the Biscuit Tin",
        "the price was fair",
    ),
    (
        "The footbridge is known to commuters as “the Wobbler”. “It never stopped moving,” said Jan Kowalczyk.",
        "the Wobbler",
        "It never stopped moving",
    ),
    (
        "Regulars began calling the corner table “the office” years ago. Lena Ortiz said she would keep it free.",
        "the office",
        "she would keep it free",
    ),
    (
        "Pia Lund, whom teammates call “the Wall”, retired on Sunday. Her coach said she had been the best keeper in the league.",
        "the Wall",
        "she had been the best keeper",
    ),
    (
        "Locals refer to the bend as “Dead Man's Corner”. The council said a barrier would be built.",
        "Dead Man's Corner",
        "a barrier would be built",
    ),
    (
        "The ferry, dubbed “the Slow Boat” by students, was retired. Ruth Okafor said a faster boat was coming.",
        "the Slow Boat",
        "a faster boat was coming",
    ),
    (
        "Commuters call the route “the crawl”. “We are adding buses,” said Tom Reyes.",
        "the crawl",
        "We are adding buses",
    ),
    # coined terms and words as words
    (
        "Researchers coined the term “heat debt” for nights that never cool. Dr. Ana Silva said the effect was growing.",
        "heat debt",
        "the effect was growing",
    ),
    (
        "Teachers have a word for the week before exams: “the hush”. The head teacher said results were improving.",
        "the hush",
        "results were improving",
    ),
    (
        "Economists call it “greedflation”: prices rising faster than costs. The minister said the figures were wrong.",
        "greedflation",
        "the figures were wrong",
    ),
    # titles of works
    (
        "A memoir her father started, “Nets and Needles”, was finished by his daughter. “He would have laughed,” she said.",
        "Nets and Needles",
        "He would have laughed",
    ),
    (
        "He wrote “The Salt Road” in a single winter. The publisher said a second edition was planned.",
        "The Salt Road",
        "a second edition was planned",
    ),
    (
        "She starred in “Harbour Nights” for six seasons. Her agent said she was taking a break.",
        "Harbour Nights",
        "she was taking a break",
    ),
    # slogans and signs
    (
        "Parents held placards reading “Fund our schools” outside the hall. The mayor said the budget was fixed.",
        "Fund our schools",
        "the budget was fixed",
    ),
    (
        "A sign on the gate said “No entry after dark”. The warden said the rule would stay.",
        "No entry after dark",
        "the rule would stay",
    ),
    (
        "Volunteers wore shirts that read “Clean river, clean town”. Maya Chen said 300 people took part.",
        "Clean river, clean town",
        "300 people took part",
    ),
    # scare quotes inside a noun phrase
    (
        "Opponents mocked the “eco-friendly” label on the new stadium. The architect said the roof used recycled steel.",
        "eco-friendly",
        "the roof used recycled steel",
    ),
    (
        "The firm pushed its “customer first” message all year. Its chief executive said complaints had halved.",
        "customer first",
        "complaints had halved",
    ),
]


def _overlaps(quote, start, end):
    return quote.start < end and start < quote.end


def _reported(quote, start, end):
    """Whether a result reports the words ``[start, end)`` as its own: its content or a fragment covers them (IoU >= 0.5)."""
    for unit in (quote.content, *quote.fragments):
        inter = min(unit.end, end) - max(unit.start, start)
        if inter > 0 and inter / (max(unit.end, end) - min(unit.start, start)) >= 0.5:
            return True
    return False


@pytest.mark.model
@pytest.mark.parametrize(("text", "non_quote", "control"), NON_QUOTES, ids=[n for _, n, _ in NON_QUOTES])
def test_non_quotes_are_not_quotations(nlp, text, non_quote, control):
    """The marked words are no quotation, fragment or claim of their own; the real quotation next to them is found."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index(non_quote)
    end = start + len(non_quote)
    assert not [q.text for q in extraction.quotes if _reported(q, start, end)]
    assert any(r.span.start == start for r in extraction.rejected)
    c_start = text.index(control)
    assert any(_overlaps(q, c_start, c_start + len(control)) for q in extraction.quotes)


# (text, the quoted words): speakers' words next to a naming, a work or a crowd.
QUOTATIONS = [
    ("Senator Hale called the plan “reckless” on Monday.", "reckless"),
    ("The mayor described the budget as “a house of cards”.", "a house of cards"),
    ("Ms. Dunn, who called her rival “the invisible candidate”, won easily.", "the invisible candidate"),
    ("Protesters chanted “Save our library” as the council met.", "Save our library"),
    ("She said the “temporary” fix had already failed twice.", "temporary"),
    ("He warned that the deal was “a trap for farmers”.", "a trap for farmers"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), QUOTATIONS, ids=[w for _, w in QUOTATIONS])
def test_speakers_words_stay_quotations(nlp, text, words):
    """A speaker naming or judging something, and a chanting crowd, are still quoted."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index(words)
    assert any(_overlaps(q, start, start + len(words)) and q.fragments for q in extraction.quotes)


# (text, the quoted modifier): a modifier in a sentence some source reports stays that source's words.
REPORTED_MODIFIERS = [
    ("According to the engineers, the “temporary” fix failed twice.", "temporary"),
    ("The “temporary” fix, the engineer said, has failed twice.", "temporary"),
    ("He warned of a “ferocious” fight over the budget.", "ferocious"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), REPORTED_MODIFIERS, ids=[t[:24] for t, _ in REPORTED_MODIFIERS])
def test_reported_modifiers_stay_quotations(nlp, text, words):
    """A quoted modifier is a scare quote only when no source reports its sentence."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index(words)
    assert any(start >= q.start and start + len(words) <= q.end and q.fragments for q in extraction.quotes)
    assert not any(r.span.start == start for r in extraction.rejected)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The rally was described as a “turning point” by organisers.",
        "The plan, labelled “reckless” by two senators, was withdrawn.",
    ],
)
def test_passive_characterisation_is_not_a_name(nlp, text):
    """A passive "described as" or "labelled" reports somebody's characterisation: the pair is not rejected as a name."""
    extraction = quoteextract.extract(text, nlp)
    assert not [r for r in extraction.rejected if r.reason in ("nickname", "word_as_word")]


@pytest.mark.model
def test_switching_the_naming_rule_off(nlp):
    """With ``reject.naming`` (and the gap markers) off, a generic naming is reported again."""
    text = "Regulars began calling the corner table “the office” years ago."
    start = text.index("the office")
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["reject.naming", "reject.gap_marker"])(text)
    assert not any(_reported(q, start, start + 10) for q in on.quotes)
    assert any(_reported(q, start, start + 10) for q in off.quotes)


@pytest.mark.model
def test_rejected_pair_is_not_claimed_again(nlp):
    """A coined term rejected as a pair is not re-extracted as a claim's content (``claim_filter.rejected_marks``)."""
    text = "Planners coined the term “hot desking” for offices without fixed seats."
    start = text.index("hot desking")
    kept = quoteextract.extract(text, nlp)
    assert not any(_overlaps(q, start, start + 11) for q in kept.quotes)
    assert any(r.span.start == start for r in kept.rejected)
    loose = quoteextract.Extractor(nlp, disable=["claim_filter.rejected_marks"])(text)
    assert any(_overlaps(q, start, start + 11) and not q.fragments for q in loose.quotes)


@pytest.mark.model
def test_lonely_phrase_does_not_take_the_next_speaker(nlp):
    """A short phrase of the writer's after a colon is rejected, and the next sentence's claim is kept."""
    text = "Drivers have a name for the ring road: “the car park”. Priya Shah said new lanes would open in May."
    extraction = quoteextract.extract(text, nlp)
    start = text.index("the car park")
    assert not any(_reported(q, start, start + 12) for q in extraction.quotes)
    claim = text.index("new lanes")
    assert any(_overlaps(q, claim, claim + 9) and q.speaker is not None for q in extraction.quotes)
