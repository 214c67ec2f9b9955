"""Sayings, labels, displayed text and survey wording (``_reject_sayings``), and glosses (``_reject_glossed``).

The sentences are invented for these tests, in several phrasings each; none is taken from
the hard-negative suites.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_glossed import gloss
from quoteextract.stages.attribution._reject_sayings import (
    displayed_text,
    displayed_text_rule,
    habitual_saying,
    label_status,
    saying,
    saying_rule,
    survey_wording,
)
from tests._handbuilt import parse

# "People often say “you get what you pay for”.": a bare plural subject and a habitual adverb.
HABITUAL = """
People 2 nsubj NOUN NNS people
often 2 advmod ADV RB often
say 2 ROOT VERB VBP say
“_ 5 punct PUNCT `` “
you 5 nsubj PRON PRP you
get 2 ccomp VERB VBP get
what 8 dobj PRON WP what
you 8 nsubj PRON PRP you
pay 5 ccomp VERB VBP pay
for_ 8 prep ADP IN for
” 5 punct PUNCT '' ”
. 2 punct PUNCT . .
"""

# "The officials often say “you get what you pay for”.": a particular group speaks.
PARTICULAR = """
The 1 det DET DT the
officials 3 nsubj NOUN NNS official
often 3 advmod ADV RB often
say 3 ROOT VERB VBP say
“_ 6 punct PUNCT `` “
you 6 nsubj PRON PRP you
get 3 ccomp VERB VBP get
what 9 dobj PRON WP what
you 9 nsubj PRON PRP you
pay 6 ccomp VERB VBP pay
for_ 9 prep ADP IN for
” 6 punct PUNCT '' ”
. 3 punct PUNCT . .
"""

# "Boxes marked “urgent” sat in the hall.": a participle without a subject of its own (VBN, acl).
PARTICIPLE = """
Boxes 5 nsubj NOUN NNS box
marked 0 acl VERB VBN mark
“_ 3 punct PUNCT `` “
urgent_ 1 oprd ADJ JJ urgent
” 3 punct PUNCT '' ”
sat 5 ROOT VERB VBD sit
in 5 prep ADP IN in
the 8 det DET DT the
hall_ 6 pobj NOUN NN hall
. 5 punct PUNCT . .
"""

# "The watchdog flagged “serious weaknesses”.": an active verb with its subject: the watchdog's words.
ACTIVE = """
The 1 det DET DT the
watchdog 2 nsubj NOUN NN watchdog
flagged 2 ROOT VERB VBD flag
“_ 5 punct PUNCT `` “
serious 5 amod ADJ JJ serious
weaknesses_ 2 dobj NOUN NNS weakness
” 5 punct PUNCT '' ”
. 2 punct PUNCT . .
"""


def _pair(doc_or_text):
    text = doc_or_text if isinstance(doc_or_text, str) else doc_or_text.text
    quote = next(q for q in find_quotes(text).quotes if q.depth == 0)
    return setting_of(Layout.of(text), quote, None)


def _scene(doc_or_text):
    return Scene(Article.build(doc_or_text))


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(HABITUAL).text == "People often say “you get what you pay for”."
    assert parse(PARTICULAR).text == "The officials often say “you get what you pay for”."
    assert parse(PARTICIPLE).text == "Boxes marked “urgent” sat in the hall."
    assert parse(ACTIVE).text == "The watchdog flagged “serious weaknesses”."


def test_people_at_large_say_a_saying_particular_people_speak():
    """A bare plural subject with a habitual adverb says a saying; "the officials" still speak."""
    doc = parse(HABITUAL)
    assert habitual_saying(_scene(doc), _pair(doc))
    particular = parse(PARTICULAR)
    assert not habitual_saying(_scene(particular), _pair(particular))


def test_a_label_participle_labels_an_active_verb_quotes():
    """A participle ("Boxes marked “urgent”") labels; an active verb ("The watchdog flagged “...”") quotes."""
    doc = parse(PARTICIPLE)
    assert label_status(_scene(doc), _pair(doc))
    active = parse(ACTIVE)
    assert not label_status(_scene(active), _pair(active))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As the saying goes, “slow and steady wins the race”.", True),
        ("An old Fenland saying has it that ‘water finds the lowest wallet’.", True),
        ("The old adage 'you reap what you sow' came true.", True),
        ("To borrow a cliché: “it is what it is”.", True),
        ("It proves the old line that “nothing is certain but taxes”.", True),
        ("As they say, «it takes a village».", True),
        ("An email saying “done” arrived at noon.", False),
        ("He had this great saying – ‘never explain, never complain’.", False),
        ("She repeated her warning, saying “the dam will not hold”.", False),
    ],
)
def test_saying(text, expected):
    """A proverb or cliché named before the marks is a saying; the gerund "saying" introduces speech."""
    assert saying(_scene(text), _pair(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The arrivals board read “DELAYED” all afternoon.", True),
        ("The screen at the pump flashed 'Card not accepted'.", True),
        ("His ticket said “Gate 14” but the flight left from gate 3.", True),
        ("The jar's label reads “Shake well”.", True),
        ("Each bottle carries the words ‘Not for resale’.", True),
        ("The label said “the album is delayed until May”.", False),
        ("The minister said “the board will decide”.", False),
    ],
)
def test_displayed_text(text, expected):
    """Words a screen, board, ticket or label shows are displayed text; a record label that "said" speaks."""
    assert displayed_text(_scene(text), _pair(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The questionnaire asks “How often do you cycle?” and offers four answers.", True),
        ("Voters were asked: 'Should the library stay open?'", True),
        ("Most disagreed with the statement “I trust the police”.", True),
        ("Asked “Is the town safer than five years ago?”, 31 per cent said yes.", True),
        ("Asked ‘Do you cycle to work?’, just 12% said yes.", True),
        ("Asked ‘Will you stand again?’, the mayor said no.", False),
        ("The survey, the minister said, showed “a clear shift”.", False),
    ],
)
def test_survey_wording(text, expected):
    """A poll's question or statement is no one's speech; a question put to a named person is left alone."""
    assert survey_wording(_scene(text), _pair(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Festina lente” means 'make haste slowly'.", True),
        ("They call it ‘hygge’, which roughly means “cosiness”.", True),
        ("The lawyer said the verdict means “nothing has changed”.", False),
        ("She said the phrase means “we are not giving up”.", False),
    ],
)
def test_gloss(text, expected):
    """The meaning of a quoted word is a gloss; what a verdict or a phrase "means" to a speaker is not."""
    second = [q for q in find_quotes(text).quotes if q.depth == 0][-1]
    assert gloss(_scene(text), setting_of(Layout.of(text), second, None)) is expected


def test_status_noun_after_the_marks():
    """A short quoted class before a status noun ("a ‘red’ alert", "a “hold” rating") is a label."""
    for text in ("Forecasters issued a ‘red’ alert for the coast.", "The broker keeps a “hold” rating on the shares."):
        assert label_status(_scene(text), _pair(text))
    text = "The broker said the shares were “a hold, not a buy”."
    assert not label_status(_scene(text), _pair(text))


def test_rules_answer_their_reasons():
    """The registered rules give ``word_as_word`` for a saying and ``slogan`` for displayed text."""
    text = "As the saying goes, “slow and steady wins the race”."
    assert saying_rule(_scene(text), _pair(text)) == "word_as_word"
    text = "The arrivals board read “DELAYED” all afternoon."
    assert displayed_text_rule(_scene(text), _pair(text)) == "slogan"


# (text, the non-quote, a real quotation or claim that must still be found): invented sentences.
NON_QUOTES = [
    (
        "As the old saying goes, “many hands make light work”. Organiser Tamsin Reade said 300 people came.",
        "many hands make light work",
        "300 people came",
    ),
    (
        "Plumbers always say “if it ain't broke, don't fix it”. The firm's owner, Dev Patel, said prices would rise.",
        "if it ain't broke, don't fix it",
        "prices would rise",
    ),
    (
        "The patient was listed as “critical but stable” on Sunday. Her brother said the family was hopeful.",
        "critical but stable",
        "the family was hopeful",
    ),
    (
        "The screen at the self-checkout flashed “Unexpected item”. “It does that daily,” said Omar Haddad.",
        "Unexpected item",
        "It does that daily",
    ),
    (
        "Asked “Would you use a tram?”, 62 per cent said yes. The transport chief, Ina Voss, said a bid would follow.",
        "Would you use a tram?",
        "a bid would follow",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "non_quote", "control"), NON_QUOTES, ids=[n[:20] for _, n, _ in NON_QUOTES])
def test_sayings_labels_and_survey_words_are_not_quotations(nlp, text, non_quote, control):
    """The marked words are rejected and reported by nothing; the real report next to them is found."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index(non_quote)
    assert any(r.span.start == start for r in extraction.rejected)
    assert not [q for q in extraction.quotes if q.start <= start < q.end and len(q.text) < 2 * len(non_quote) + 8]
    assert any(control in q.text for q in extraction.quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The watchdog flagged “serious weaknesses” in the bank's controls, the report said.", "serious weaknesses"),
        ("The bill was labelled “a disgrace” by the opposition leader, Rhian Moss.", "a disgrace"),
        ("He repeated his warning, saying “the dam will not hold”.", "the dam will not hold"),
        ("Critics say “the plan will never work”.", "the plan will never work"),
    ],
)
def test_speakers_words_stay_quotations(nlp, text, words):
    """An active verb with a subject, an agent after a label, and the gerund "saying" still quote someone."""
    extraction = quoteextract.extract(text, nlp)
    assert any(words in q.text for q in extraction.quotes)


@pytest.mark.model
def test_switching_the_rule_off(nlp):
    """``Extractor(disable=["reject.saying"])`` really turns the rule off."""
    text = "As the saying goes, “slow and steady wins the race”, and the tortoise agreed."
    on = quoteextract.extract(text, nlp)
    off = quoteextract.Extractor(nlp, disable=["reject.saying"])(text)
    assert any(r.span.text.startswith("slow and steady") for r in on.rejected)
    assert not any(r.span.text.startswith("slow and steady") for r in off.rejected)
