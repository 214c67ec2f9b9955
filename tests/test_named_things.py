"""Quoted names of things that a verb outside the cue lexicon plays, relies on or heads: no speaker says them.

``mixed.verb``, ``quote.leading_verb`` and ``quote.trailing_verb`` read any verb near quoted words as a cue. A verb
that takes the words through "with", "on" or "from" ("the orchestra ended with “...”", "the appeal court leaned on
“...”"), a participle describing a noun ("a chapter titled “...”, ..."), a relative clause on a noun after the marks
("“...”, the tune that launched her career") and a sentence going on after "and" ("“...” and then hang up") name
things or continue the writer's sentence. The sentences here are invented for these tests.
"""

from __future__ import annotations

import pytest

import quoteextract


def _quoted(nlp, text: str) -> list[str]:
    return [q.text for q in quoteextract.extract(text, nlp, scope="speech").quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The orchestra ended with “Farewell to the Northern Lights and the Sea”, a piece written for the town.",
        "The appeal court leaned heavily on “Marsh v Quill Holdings Limited”, an old ruling on leases.",
        "In chapter two, titled “How the river was tamed”, the author visits the dam.",
        "“Stand by me on the harbour wall” was the tune that launched her career.",
        "Drivers are met with “Please wait for the next available agent” and then hang up.",
    ],
)
def test_things_named_near_an_unlisted_verb_are_not_quotations(nlp, text):
    """No quotation: the words are a piece played, a case, a heading, a song, a recorded message."""
    assert _quoted(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The senator, pointing at the chart, shot back, “That figure is wrong.”", "That figure is wrong."),
        ("“We will not be moved,” the organiser bellowed from the stage.", "We will not be moved,"),
        ("The minister hailed the deal as “a new chapter for farms”.", "the deal as “a new chapter for farms”"),
    ],
)
def test_unlisted_speech_verbs_still_report(nlp, text, words):
    """An unlisted verb with its words as object, through "as", or with its speaker after the marks still reports."""
    assert words in _quoted(nlp, text)
