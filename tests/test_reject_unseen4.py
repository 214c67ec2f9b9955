"""Direct quotations nobody speaks, from the fourth hard-negative suite's classes (session 7).

Invented sentences, several phrasings each (none from the suites):

- a labelling verb the model tags as a past tense in a reduced relative ("Crates labelled “fragile” were
  found": ``reject.label_status``);
- a habitual saying of people at large in a place ("Farmers across the county still repeat “...”":
  ``reject.habitual_saying``);
- a device's message ("Her phone lit up with a message: ‘...’": ``reject.displayed_text``);
- a people's word ("what the Italians call ‘...’": ``reject.naming_label``).

Real speech next to them stays: "The watchdog labelled the scheme “a shambles”", "The French called it
“a provocation”", a message "from her son".
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_sayings import habitual_saying, label_status

# "Crates labelled “fragile” were found.": the model's misreading, "labelled" a past tense with a subject.
LABELLED_FINITE = """
Crates 1 nsubj NOUN NNS crate
labelled 1 ROOT VERB VBD label
“_ 3 punct PUNCT `` “
fragile_ 1 oprd ADJ JJ fragile
” 3 punct PUNCT '' ”
were 6 auxpass AUX VBD be
found 1 conj VERB VBN find
. 1 punct PUNCT . .
"""

# "The watchdog labelled “serious weaknesses” in the report.": an active verb, the watchdog's words.
LABELLED_ACTIVE = """
The 1 det DET DT the
watchdog 2 nsubj NOUN NN watchdog
labelled 2 ROOT VERB VBD label
“_ 5 punct PUNCT `` “
serious 5 amod ADJ JJ serious
weaknesses_ 2 dobj NOUN NNS weakness
” 5 punct PUNCT '' ”
in 2 prep ADP IN in
the 9 det DET DT the
report_ 7 pobj NOUN NN report
. 2 punct PUNCT . .
"""

# "Farmers across the county still repeat “rain before seven”.": people at large in a place.
REGIONAL = """
Farmers 5 nsubj NOUN NNS farmer
across 0 prep ADP IN across
the 3 det DET DT the
county 1 pobj NOUN NN county
still 5 advmod ADV RB still
repeat 5 ROOT VERB VBP repeat
“_ 7 punct PUNCT `` “
rain 5 dobj NOUN NN rain
before 7 prep ADP IN before
seven_ 8 pobj NUM CD seven
” 7 punct PUNCT '' ”
. 5 punct PUNCT . .
"""

# "Farmers of the cooperative still repeat “rain before seven”.": a particular group.
PARTICULAR = REGIONAL.replace("across 0 prep ADP IN across", "of 0 prep ADP IN of").replace(
    "county 1 pobj NOUN NN county", "cooperative 1 pobj NOUN NN cooperative"
)


def _pair(doc):
    quote = next(q for q in find_quotes(doc.text).quotes if q.depth == 0)
    return setting_of(Layout.of(doc.text), quote, None)


def _scene(doc):
    return Scene(Article.build(doc))


def test_handbuilt_sentences_read_as_written():
    assert parse(LABELLED_FINITE).text == "Crates labelled “fragile” were found."
    assert parse(REGIONAL).text == "Farmers across the county still repeat “rain before seven”."
    assert parse(PARTICULAR).text == "Farmers of the cooperative still repeat “rain before seven”."


def test_a_label_in_a_reduced_relative_whatever_its_tag():
    doc = parse(LABELLED_FINITE)
    assert label_status(_scene(doc), _pair(doc))
    active = parse(LABELLED_ACTIVE)
    assert not label_status(_scene(active), _pair(active))


def test_people_in_a_place_say_a_saying_a_particular_group_speaks():
    doc = parse(REGIONAL)
    assert habitual_saying(_scene(doc), _pair(doc))
    particular = parse(PARTICULAR)
    assert not habitual_saying(_scene(particular), _pair(particular))


NON_QUOTES = [
    ("Boxes labelled “urgent” were left in the corridor.", "urgent"),
    ("Crates labelled „fragile“ were found smashed on the quay.", "fragile"),
    ("Farmers across the county still repeat “rain before seven, fine by eleven”.", "rain before seven"),
    ("Fishermen in the harbour often say ‘the sea takes its due’.", "the sea takes its due"),
    ("His phone buzzed with a text: ‘Your bank card has been blocked’.", "Your bank card"),
    ("The screen lit up with an alert: “Storm warning for the coast”.", "Storm warning"),
    ("What the Italians call ‘il dolce far niente’ has become a slogan.", "il dolce far niente"),
    ("It is what the Danes call “hygge”, a kind of cosiness.", "hygge"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), NON_QUOTES, ids=[w[:16] for _, w in NON_QUOTES])
def test_nobody_speaks_these_words(nlp, text, words):
    extraction = quoteextract.Extractor(nlp, scope="speech")(text)
    assert not [q for q in extraction.quotes if words in q.text]
    start = text.index(words)
    assert any(r.span.start <= start < r.span.end for r in extraction.rejected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The French rejected the plan and called it “a provocation”.", "a provocation"),
        ("The harbour master often says “the sea takes its due”.", "the sea takes its due"),
        ("Her phone lit up with a message from her son: “I’m safe, don’t worry.”", "I’m safe"),
        ("The watchdog labelled the scheme “a shambles” in its report.", "a shambles"),
    ],
)
def test_speakers_words_stay(nlp, text, words):
    assert any(words in q.text for q in quoteextract.Extractor(nlp, scope="speech")(text).quotes)


@pytest.mark.model
def test_switching_the_rules_off(nlp):
    # "lit up with", not "buzzed with": a sound verb with its preposition is no cue even without the rule (_heard.py)
    text = "Her phone lit up with a text: ‘Your bank card has been blocked’."
    off = quoteextract.Extractor(nlp, scope="speech", disable=["reject.displayed_text"])(text)
    assert any("Your bank card" in q.text for q in off.quotes)
    text = "What the Italians call ‘il dolce far niente’ has become a slogan."
    off = quoteextract.Extractor(nlp, scope="speech", disable=["reject.naming_label"])(text)
    assert any("il dolce" in q.text for q in off.quotes)
