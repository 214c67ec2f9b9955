"""Second attributions of the same speaker, end to end on the model (invented sentences).

A cue coordinated into another cue's content in that cue's form ("said ...
but did not say ...", "said ... and added that ...", "suggested ... and
called for ..."), or a participle after a quotation's closing mark (',”
claiming that ...'), ends the first claim and makes a claim of its own whose
speaker is the first cue's.
"""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _found(nlp, text: str) -> list[tuple[str, str, str | None]]:
    result = quoteextract.Extractor(nlp)(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.cue.text if q.cue else "", q.speaker.text if q.speaker else None) for q in result.quotes]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The mayor said she would support the budget but did not say when the vote would take place.",
            ("she would support the budget", "said", "The mayor"),
            ("when the vote would take place", "say", "The mayor"),
        ),
        (
            "The inspector said the bridge was unsafe and added that repairs would take a year.",
            ("the bridge was unsafe", "said", "The inspector"),
            ("repairs would take a year", "added", "The inspector"),
        ),
        (
            "The ministry said the talks had stalled but insisted that a deal was still possible.",
            ("the talks had stalled", "said", "The ministry"),
            ("a deal was still possible", "insisted", "The ministry"),
        ),
        (
            "The nurses' union suggested the ward be closed and called for an inquiry.",
            ("the ward be closed", "suggested", "The nurses' union"),
            ("an inquiry", "called", "The nurses' union"),
        ),
        (
            "The farmers believe the drought will last another year and have been urging the council to ration water.",
            ("the drought will last another year", "believe", "The farmers"),
            ("the council to ration water", "urging", "The farmers"),
        ),
    ],
)
def test_a_coordinated_cue_is_a_second_claim_of_the_same_speaker(nlp, text, first, second) -> None:
    """The first claim stops before the coordinated cue, which reports its own content for the same speaker."""
    assert _found(nlp, text) == [first, second]


@pytest.mark.parametrize(
    ("text", "adjunct"),
    [
        (
            "The union insisted that wages were “far too low,” claiming that members had lost a fifth of their pay.",
            ("members had lost a fifth of their pay", "claiming", "The union"),
        ),
        (
            "The minister argued that the tunnel was “a waste of money,” adding that the city could not afford it.",
            ("the city could not afford it", "adding", "The minister"),
        ),
    ],
)
def test_a_participle_after_a_closing_mark_is_its_own_claim(nlp, text, adjunct) -> None:
    """',” claiming that ...': the quoted claim ends at its mark; the participle reports for the same speaker."""
    found = _found(nlp, text)
    assert len(found) == 2
    assert found[0][0].endswith("”") and "claiming" not in found[0][0] and "adding" not in found[0][0]
    assert found[1] == adjunct


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said he supports the plan but supports a delay too.", "he supports the plan but supports a delay too"),
        (
            "He said the firm would review the contract and support the workers.",
            "the firm would review the contract and support the workers",
        ),
        (
            "The pilot said the engine failed and the crew landed safely.",
            "the engine failed and the crew landed safely",
        ),
    ],
)
def test_a_verb_in_the_contents_form_goes_on_with_the_claim(nlp, text, content) -> None:
    """A conjunct in the form of the reported verb, or with its own subject, is part of what was said."""
    assert [c for c, _, _ in _found(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most parents said the school was safe, but a third said the buses were late.",
            [("the school was safe", "said", "Most parents"), ("the buses were late", "said", "a third")],
        ),
        (
            "The survey found that 40 percent backed the tax, and half said they would vote for it.",
            [("40 percent backed the tax", "found", "The survey"), ("they would vote for it", "said", "half")],
        ),
        (
            "She said the plan failed and critics said it was doomed from the start.",
            [("the plan failed", "said", "She"), ("it was doomed from the start", "said", "critics")],
        ),
        (
            "The mayor said the pool would reopen, but she did not say when.",
            [("the pool would reopen", "said", "The mayor")],
        ),
        (
            "The mayor accused the council of wasting money on the stadium while the council argued that it would pay.",
            [
                ("the council of wasting money on the stadium", "accused", "The mayor"),
                ("it would pay", "argued", "the council"),
            ],
        ),
    ],
)
def test_a_second_report_in_a_coordinated_clause(nlp, text, expected) -> None:
    """A second report after "and" or "but" has its own speaker; no dangling "and"; "did not say when" is no tail."""
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "inner", "inner_speaker"),
    [
        ("“She looked at me and said, ‘I will not resign,’” Ochterlony said.", "I will not resign,", "She"),
        ("“He stood up and shouted, ‘We want a recount,’” the clerk said.", "We want a recount,", "He"),
    ],
)
def test_a_verb_inside_quoted_words_keeps_its_own_subject(nlp, text, inner, inner_speaker):
    """A cue inside the outer quotation is the quoted speaker's conjunct, not a second report of the outer cue."""
    found = {quote: speaker for quote, _, speaker in _found(nlp, text)}
    assert found[inner] == inner_speaker
