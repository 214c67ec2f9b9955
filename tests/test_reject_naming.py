"""Labels inside a naming construction (rule ``reject.naming_label``).

A quoted modifier of the name a naming verb gives ("called it a “temporary”
closure") and a short label given by a bare plural ("Officials describe the
gap as a “rounding error”") are the writer's; a speaker's name for something
("Senator Hale called the plan “a disgrace”", "what he calls the “crooked”
process") stays a quotation. Rule tests read hand-built parses; model tests
run invented sentences in several phrasings.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_naming import generic_label, modifier_in_name, naming_label
from tests._handbuilt import parse

COUNCIL_TEMPORARY = """
The 1 det DET DT the
board 2 nsubj NOUN NN board
called 2 ROOT VERB VBD call
it 2 dobj PRON PRP it
a 8 det DET DT a
“_ 6 punct PUNCT `` “
short_ 8 amod ADJ JJ short
” 6 punct PUNCT '' ”
pause 2 oprd NOUN NN pause
. 2 punct PUNCT . .
"""

WHAT_HE_CALLS = """
She 1 nsubj PRON PRP she
mocked 1 ROOT VERB VBD mock
what 4 dobj PRON WP what
he 4 nsubj PRON PRP he
calls 1 ccomp VERB VBZ call
a 8 det DET DT a
“_ 7 punct PUNCT `` “
rigged_ 8 amod ADJ JJ rigged
” 7 punct PUNCT '' ”
vote 4 oprd NOUN NN vote
. 1 punct PUNCT . .
"""

PLANNERS_DESCRIBE = """
Planners 1 nsubj NOUN NNS planner
describe 1 ROOT VERB VBP describe
the 3 det DET DT the
delay 1 dobj NOUN NN delay
as 3 prep ADP IN as
a 8 det DET DT a
“_ 7 punct PUNCT `` “
minor 8 amod ADJ JJ minor
hiccup_ 4 pobj NOUN NN hiccup
” 8 punct PUNCT '' ”
. 1 punct PUNCT . .
"""

TWO_PLANNERS_DESCRIBE = """
Two 1 nummod NUM CD two
planners 2 nsubj NOUN NNS planner
described 2 ROOT VERB VBD describe
the 4 det DET DT the
delay 2 dobj NOUN NN delay
as 4 prep ADP IN as
a 9 det DET DT a
“_ 8 punct PUNCT `` “
minor 9 amod ADJ JJ minor
hiccup_ 5 pobj NOUN NN hiccup
” 9 punct PUNCT '' ”
. 2 punct PUNCT . .
"""

HALE_CALLED = """
Hale 1 nsubj PROPN NNP Hale
called 1 ROOT VERB VBD call
the 3 det DET DT the
plan 1 dobj NOUN NN plan
“_ 5 punct PUNCT `` “
a 6 det DET DT a
disgrace_ 1 oprd NOUN NN disgrace
” 6 punct PUNCT '' ”
. 1 punct PUNCT . .
"""


def _run(rows, check):
    doc = parse(rows)
    quote = next(q for q in find_quotes(doc.text).quotes if q.depth == 0)
    return check(Scene(Article.build(doc)), setting_of(Layout.of(doc.text), quote, None))


def test_handbuilt_sentences_read_as_written():
    """The hand-built parses spell the sentences the tests name."""
    assert parse(COUNCIL_TEMPORARY).text == "The board called it a “short” pause."
    assert parse(PLANNERS_DESCRIBE).text == "Planners describe the delay as a “minor hiccup”."
    assert parse(WHAT_HE_CALLS).text == "She mocked what he calls a “rigged” vote."


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(COUNCIL_TEMPORARY, True), (WHAT_HE_CALLS, False), (HALE_CALLED, False), (PLANNERS_DESCRIBE, False)],
)
def test_modifier_in_name(rows, expected):
    """A quoted modifier of the name a naming verb gives is a scare quote, unless "what X calls" hands it to X."""
    assert _run(rows, modifier_in_name) is expected


@pytest.mark.parametrize(
    ("rows", "expected"),
    [(PLANNERS_DESCRIBE, True), (TWO_PLANNERS_DESCRIBE, False), (HALE_CALLED, False)],
)
def test_generic_label(rows, expected):
    """A bare plural naming something gives a label; counted or named people speak."""
    assert _run(rows, generic_label) is expected


def test_rule_gives_scare_quote():
    """The rule's reason is ``scare_quote``, or nothing."""
    assert _run(COUNCIL_TEMPORARY, naming_label) == "scare_quote"
    assert _run(HALE_CALLED, naming_label) is None


# Invented sentences on the model ------------------------------------------------

# (text, the quoted words, a real quotation next to them)
LABELS = [
    (
        "The port authority called it a “brief” stoppage. Dockers said the cranes had been idle for a month.",
        "brief",
        "the cranes had been idle",
    ),
    (
        "The ministry has labelled the backlog a “temporary” problem. “We wait and wait,” said Ana Ruiz.",
        "temporary",
        "We wait and wait",
    ),
    (
        "Officials describe the overspend as a “minor slip”, but Tomas Ek said it would close two wards.",
        "minor slip",
        "it would close two wards",
    ),
    (
        "Analysts call the slump a “soft patch”. Priya Shah said the orders had not come back.",
        "soft patch",
        "the orders had not come back",
    ),
    (
        "Many commuters describe the timetable as “a lottery”. The operator said trains would run every ten minutes.",
        "a lottery",
        "trains would run every ten minutes",
    ),
]


def _overlaps(quote, start, end):
    return any(u.start < end and start < u.end for u in (quote.content, *quote.fragments))


def _reported(quote, start, end):
    """Whether a result reports ``[start, end)`` as its own: its content or a fragment covers it (IoU >= 0.5)."""
    for unit in (quote.content, *quote.fragments):
        inter = min(unit.end, end) - max(unit.start, start)
        if inter > 0 and inter / (max(unit.end, end) - min(unit.start, start)) >= 0.5:
            return True
    return False


@pytest.mark.model
@pytest.mark.parametrize(("text", "label", "control"), LABELS, ids=[w for _, w, _ in LABELS])
def test_labels_are_not_quotations(nlp, text, label, control):
    """The label is rejected in both scopes, never a quotation or a fragment; the real quotation next to it is found.

    (A claim with a noun phrase for content, "labelled the backlog a “temporary” problem", may
    still be an attribution in the ``attribution`` scope: the pair inside it stays rejected.)
    """
    start, end = text.index(label), text.index(label) + len(label)
    for scope in ("attribution", "speech"):
        extraction = quoteextract.extract(text, nlp, scope=scope)
        assert not any(_reported(q, start, end) for q in extraction.quotes), scope
        assert not any(f.start <= start < f.end for q in extraction.quotes for f in q.fragments), scope
        assert any(r.span.start == start and r.reason in ("scare_quote", "word_as_word") for r in extraction.rejected)
        c_start = text.index(control)
        assert any(_overlaps(q, c_start, c_start + len(control)) for q in extraction.quotes)


# (text, the quoted words): a speaker's own name for something stays a quotation.
SPEAKERS_NAMES = [
    ("Senator Hale called the plan “a disgrace” on Monday.", "a disgrace"),
    ("The mayor described the budget as “a house of cards”.", "a house of cards"),
    ("She attacked what he calls a “rigged” system of grants.", "rigged"),
    ("Within an hour he had called his rival “Sleepy Sam” twice.", "Sleepy Sam"),
    ("Three engineers described the bridge as “a death trap waiting to happen”.", "a death trap waiting to happen"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "words"), SPEAKERS_NAMES, ids=[w for _, w in SPEAKERS_NAMES])
def test_speakers_names_stay_quotations(nlp, text, words):
    """A named or counted speaker's name for something, or "what X calls", is still quoted."""
    extraction = quoteextract.extract(text, nlp)
    start = text.index(words)
    assert any(_overlaps(q, start, start + len(words)) and q.fragments for q in extraction.quotes)


@pytest.mark.model
def test_switching_the_rule_off(nlp):
    """With ``reject.naming_label`` off, the quoted modifier is reported again as a mixed quotation.

    With it on, the label the speaker gave ("it a brief stoppage", session 17) may still be a claim without
    quote marks; the marks are the writer's, so no quotation holds them.
    """
    text = "The port authority called it a “brief” stoppage."
    start = text.index("brief")
    on = quoteextract.Extractor(nlp)(text)
    assert not any(_overlaps(q, start, start + 5) and q.kind != "indirect" for q in on.quotes)
    off = quoteextract.Extractor(nlp, disable=["reject.naming_label"])(text)
    assert any(_overlaps(q, start, start + 5) and q.kind == "mixed" for q in off.quotes)
