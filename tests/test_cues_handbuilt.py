"""The cue finder and its speaker mentions on hand-built parses (each test states the parse it handles)."""

from __future__ import annotations

import pytest
from _handbuilt import parse

from quoteextract._model import Cue
from quoteextract.stages.attribution._cues import cue_span, find_cues, speaker_mention

EXPECTED_TO_WIN = """
She      2 nsubjpass PRON  PRP she
is       2 auxpass   AUX   VBZ be
expected 2 ROOT      VERB  VBN expect
to       4 aux       PART  TO  to
win      2 xcomp     VERB  VB  win
.        2 punct     PUNCT .   .
"""

SHE_WAS_TOLD = """
She  2 nsubjpass PRON  PRP she
was  2 auxpass   AUX   VBD be
told 2 ROOT      VERB  VBN tell
.    2 punct     PUNCT .   .
"""

A_STATEMENT_SAYING = """
The       1 det   DET   DT  the
council   2 nsubj NOUN  NN  council
issued    2 ROOT  VERB  VBD issue
a         4 det   DET   DT  a
statement 2 dobj  NOUN  NN  statement
saying    4 acl   VERB  VBG say
the       7 det   DET   DT  the
road      8 nsubj NOUN  NN  road
closed    5 ccomp VERB  VBD close
.         2 punct PUNCT .   .
"""

WHO_SAID = """
A       1 det   DET   DT  a
senator 4 nsubj NOUN  NN  senator
who     3 nsubj PRON  WP  who
said    1 relcl VERB  VBD say
left    4 ROOT  VERB  VBD leave
.       4 punct PUNCT .   .
"""

ACCORDING_TO_THE_REPORT = """
According 6 prep  VERB  VBG accord
to        0 prep  ADP   IN  to
the       3 det   DET   DT  the
report    1 pobj  NOUN  NN  report
,         6 punct PUNCT ,   ,
growth    6 nsubj NOUN  NN  growth
slowed    6 ROOT  VERB  VBD slow
.         6 punct PUNCT .   .
"""


def _cue(rows: str, text: str):
    doc = parse(rows)
    return next(c for c in find_cues(doc) if c.span.text == text)


def _speaker(rows: str, text: str) -> str | None:
    found = speaker_mention(_cue(rows, text))
    return None if found is None else found.text


@pytest.mark.parametrize(
    ("rows", "cue", "speaker"),
    [
        (EXPECTED_TO_WIN, "expected", "She"),  # a passive belief verb: its subject holds the view
        (SHE_WAS_TOLD, "told", None),  # a passive speech verb: the one told is not the speaker
        (A_STATEMENT_SAYING, "saying", "The council"),  # a participle on a noun cue: who made the statement
        (A_STATEMENT_SAYING, "statement", "The council"),  # a noun cue as object: the verb's subject
        (WHO_SAID, "said", "who"),  # a relative clause: the relative pronoun is the nearest mention
        (ACCORDING_TO_THE_REPORT, "According to", "the report"),  # a source phrase: its object
    ],
)
def test_speaker_mention(rows: str, cue: str, speaker: str | None) -> None:
    """The subject finder's cases, each on the parse it was written for."""
    assert _speaker(rows, cue) == speaker


def test_phrase_cue_hides_the_words_inside_it() -> None:
    """The phrase "According to" is one cue; "According" is not reported again as a verb."""
    doc = parse(ACCORDING_TO_THE_REPORT)
    first = find_cues(doc)[0]
    assert (first.span.text, first.kind) == ("According to", "phrase")
    assert "According" not in [c.span.text for c in find_cues(doc)]


def test_cue_span_carries_the_lexicon_entry() -> None:
    """cue_span gives a Cue with lemma, class and relation, for a verb and for a phrase."""
    doc = parse(A_STATEMENT_SAYING)
    said = next(c for c in find_cues(doc) if c.span.text == "saying")
    at = doc.text.index("saying")
    assert cue_span(said, doc.text) == Cue(at, at + 6, "saying", lemma="say", cue_class="speech", relation="said")
    doc = parse(ACCORDING_TO_THE_REPORT)
    phrase = find_cues(doc)[0]
    assert cue_span(phrase, doc.text) == Cue(
        0, 12, "According to", lemma="according to", cue_class="phrase", relation="according_to"
    )
