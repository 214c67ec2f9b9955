"""Q&A answers printed as the paper's attributed quotations (session 15).

"Q: Will you stand again?" / "A: “I have not decided,” Lopez said." is the paper quoting the interviewee: the
quotation is the quoted words, its speaker the name (or "she") of the line, never the label "A", and no
quotation takes in its own attribution. An answer that opens with the interviewee reporting someone else
("A: He said, “We are drifting.”") stays an answer. An interview in dash turns is answered by the person the
introduction visits, not by "Our reporter". The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

INTRO = "Five questions for Marta Lopez, the council leader. She spoke to the Gazette on Tuesday.\n\n"


def _found(extractor, text: str) -> list[tuple[str, str, str | None]]:
    """Each quotation's text, rule and the name of its speaker entity."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    return [(q.text, q.rule, names.get(q.sources[0].entity) if q.sources else None) for q in result.quotes]


@pytest.mark.model
def test_an_attributed_answer_is_no_turn_of_the_label(extractor):
    """The probe: one quotation, the quoted words, spoken by Lopez; none spans the attribution."""
    text = INTRO + "Q: Will you stand again?\nA: “I have not decided,” Lopez said.\n"
    found = _found(extractor, text)
    assert [(t, n) for t, _, n in found] == [("I have not decided,", "Marta Lopez")]
    assert all(rule != "layout.transcript" for _, rule, _ in found)


@pytest.mark.model
def test_she_after_an_answer_quotation_is_the_interviewee(extractor):
    """Question lines between the name and "she" do not lose the interviewee."""
    text = (
        INTRO + "Q: Will you stand again?\nA: “I have not decided,” Lopez said.\n\n"
        "Q: Was the scheme a mistake?\nA: “The scheme was right and the builder was wrong,” she said.\n"
    )
    found = _found(extractor, text)
    assert [n for _, _, n in found] == ["Marta Lopez", "Marta Lopez"]
    assert found[1][0].startswith("The scheme")


@pytest.mark.model
def test_an_answer_reporting_someone_else_stays_an_answer(extractor):
    """The line "A: He said, “...” I remember it." is the interviewee's own turn, the inner quotation inside it."""
    text = (
        "We spoke to the harbour master, Owen Tremayne, about the night of the grounding.\n\n"
        "Q: What did the master say?\n"
        "A: He said, “We are drifting and the anchor is not holding.” I remember it exactly.\n\n"
        "Q: And then?\nA: I called the tug crew at home.\n"
    )
    answers = [n for _, rule, n in _found(extractor, text) if rule == "layout.transcript"]
    assert answers == ["Owen Tremayne", "Owen Tremayne"]


@pytest.mark.model
def test_an_interview_in_dash_turns_is_answered_by_the_person_visited(extractor):
    """Dash-opened questions and answers, three times: the answers are the interviewee's, without the dash."""
    text = (
        "Our reporter, Lena Voss, visited Orrin, where the ferryman Piet Maas, 70, has worked since 1975.\n\n"
        "— How many crossings a day?\n"
        "— Twelve in summer. Fewer now.\n"
        "— Why stay?\n"
        "— Where else would I go? I was born here.\n"
        "— Who takes over?\n"
        "— Nobody yet. The council is looking.\n"
    )
    answers = [(t, n) for t, rule, n in _found(extractor, text) if rule == "quote.qa_answer"]
    assert answers == [
        ("Twelve in summer. Fewer now.", "Piet Maas"),
        ("Where else would I go? I was born here.", "Piet Maas"),
        ("Nobody yet. The council is looking.", "Piet Maas"),
    ]
