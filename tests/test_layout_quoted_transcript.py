"""Quoted interview transcripts: every turn opens with a quote mark ("“MARLOWE: ...").

News prints a transcript excerpt as one long quotation ("Partial transcript as
follows:"), each paragraph opening with a quote mark and only the last one
closing. Each answer is then its own quotation, spoken by its label; the
interviewer's questions report nothing (as in a transcript without marks).
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.stages.layout.transcript import _asks, _continues, turn_label

ONE_QUOTATION = """Councillor Ada Morrow defended the ferry levy on the evening programme.

Partial transcript as follows:

“HOLLIS: Councillor, will the levy rise again next year?

“MORROW: It will not. We have frozen it for two years.

“HOLLIS: And the night crossings?

“MORROW: They stay, as long as people use them.”

The council votes on the budget next month."""

PAIRED_TURNS = """The harbour master spoke to the Kestrel Courier on Friday. A transcript:

"REED: Will the pier reopen?"

"OKAFOR: Yes, in the spring. The engineers are confident."

"REED: What about the fares?"

"OKAFOR: They will not change."
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("“MARLOWE: Senator, will you run?", ("MARLOWE", 8)),
        ('"Q: Why now?', ("Q", 2)),
        ("MARLOWE: Senator, will you run?", ("MARLOWE", 7)),
        ("“We will run,” she said.", None),
        ("“UPDATE: the ferry is late.", ("UPDATE", 7)),  # a label; the transcript rules refuse it as a speaker
    ],
)
def test_turn_label_after_an_opening_mark(line, expected):
    """One opening mark before a label is skipped; the label ends at the offset given."""
    assert turn_label(line) == expected


def test_question_before_a_closing_mark():
    """A turn asks a question when it ends with "?" before its closing mark."""
    assert _asks("“REED: Will the pier reopen?”")
    assert not _asks("“OKAFOR: Yes.”")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("and the fares will stay.", True),
        ("“And the fares will stay.", True),
        ("(END VIDEO CLIP.)", False),
        ("….", False),
        ("[crosstalk]", False),
        ("“(LAUGHTER.)", False),
    ],
)
def test_continuation_lines(line, expected):
    """An unlabelled line continues the turn above unless it is an elision or a stage direction."""
    assert _continues(line) is expected


@pytest.mark.model
@pytest.mark.parametrize("text", [ONE_QUOTATION, PAIRED_TURNS], ids=["one-quotation", "paired-turns"])
def test_each_answer_is_a_quotation_of_its_speaker(nlp, text):
    """Every answer is one direct quotation of the interviewee; no question, no label, no closing mark is reported."""
    extraction = quoteextract.extract(text, nlp)
    turns = [q for q in extraction.quotes if q.rule == "layout.transcript"]
    assert len(turns) == 2
    for quote in turns:
        assert text[quote.start : quote.end] == quote.text
        assert quote.kind == "direct" and quote.speaker is not None
        assert quote.speaker.text in ("MORROW", "OKAFOR")
        assert not quote.text.endswith(("”", '"')) and ":" not in quote.text[:10]
    assert not any("?" in q.text for q in extraction.quotes if q.kind != "indirect")


@pytest.mark.model
def test_the_label_resolves_to_the_named_interviewee(nlp):
    """The label "MORROW" is the Ada Morrow of the introduction."""
    extraction = quoteextract.extract(ONE_QUOTATION, nlp)
    turns = [q for q in extraction.quotes if q.rule == "layout.transcript"]
    names = {e.id: e.name for e in extraction.entities}
    assert all(q.speaker is not None and names.get(q.speaker.entity) == "Ada Morrow" for q in turns)


@pytest.mark.model
def test_switching_the_transcript_rule_off(nlp):
    """With ``layout.transcript`` off the excerpt is no transcript: no answer is made of its turns."""
    extraction = quoteextract.Extractor(nlp, disable=["layout.transcript"])(ONE_QUOTATION)
    assert not any(q.rule == "layout.transcript" for q in extraction.quotes)
