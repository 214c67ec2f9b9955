"""Recorded transcripts, hearings and what a court "heard" (session 17).

A podcast or broadcast transcript opens each turn with its time ("[00:41:07] Moreau: ..."); a broadcast names
each speaker in full at the first turn and by initials after it ("PAULO REIS:" then "PR:"); a select
committee's transcript labels the witness "Witness:" and its members by honorific and surname, each of whom
may ask once; and "the jury heard that ..." reports the evidence of the counsel or witness named beside it.
The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from quoteextract.stages.layout.transcript import turn_label


def _found(extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """Each quotation's text, its speaker mention and the name of its speaker entity."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    return [
        (q.text, q.speaker.text if q.speaker else None, names.get(q.sources[0].entity) if q.sources else None)
        for q in result.quotes
    ]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("[00:41:07] Moreau: We never planned it.", "Moreau"),
        ("(12:05) HOST: Welcome back.", "HOST"),
        ("01:15:40 - Ines Moreau: Not at all.", "Ines Moreau"),
        ("[3:02] Q: Why now?", "Q"),
    ],
)
def test_a_timestamp_before_a_label_is_skipped(line, label):
    """The label after a timestamp is the turn's, and the words start after its colon."""
    found = turn_label(line)
    assert found is not None
    assert found[0] == label
    assert line[found[1] - len(label) : found[1]] == label


def test_a_time_in_the_text_is_no_label():
    """A line that opens with a time and no label ("10:30 Trains resume.") has no turn."""
    assert turn_label("10:30 trains resume on the coast line.") is None


@pytest.mark.model
def test_timestamped_turns_are_the_guests_answers(extractor):
    """Three timestamped exchanges: the guest's turns are hers, without the timestamp; the host's are questions."""
    text = (
        "On this week's Harbour Lights the host, Tobias Fenn, talks to the lighthouse keeper Ines Moreau.\n\n"
        "[00:01:12] Tobias Fenn: How long have you kept the light?\n\n"
        "[00:01:15] Ines Moreau: Twenty-two years. My mother kept it before me.\n\n"
        "[00:04:40] Fenn: Will it be automated?\n\n"
        "[00:04:44] Moreau: Next spring, they say. I will believe it when the engineers arrive.\n\n"
        "[00:09:03] Fenn: And then what will you do?\n\n"
        "[00:09:06] Moreau: Grow vegetables and sleep through the night.\n"
    )
    found = _found(extractor, text)
    assert [name for _, _, name in found] == ["Ines Moreau"] * 3
    assert found[0][0] == "Twenty-two years. My mother kept it before me."
    assert not any("?" in quote for quote, _, _ in found)


@pytest.mark.model
def test_initials_after_full_names_keep_the_presenters_questions_out(extractor):
    """Initials: "PR:" is the presenter named "PAULO REIS:" first, his questions no quotations; "NA:" answers."""
    text = (
        "The presenter Paulo Reis spoke to the head of the fire service, Nadia Achebe, on Sunday morning.\n\n"
        "PAULO REIS: Nadia, are the fires out?\n\n"
        "NADIA ACHEBE: Most of them. Two are still burning on the high ground.\n\n"
        "PR: How many crews are up there?\n\n"
        "NA: Eleven, and two more from the next county tonight.\n\n"
        "PR: Should walkers stay away?\n\n"
        "NA: Yes. Please keep off the moor until the weekend.\n"
    )
    found = _found(extractor, text)
    assert [name for _, _, name in found] == ["Nadia Achebe"] * 3
    assert not any(quote.endswith("?") for quote, _, _ in found)


@pytest.mark.model
def test_a_committee_witness_and_members_who_ask_once(extractor):
    """A hearing: "Witness:" is the person the introduction names; "Mr Haldane:" and "Dr Oyelowo:" ask once each."""
    text = (
        "The head of the prison service, Corinne Bassett, gave evidence to the justice committee on Thursday. "
        "The committee is chaired by Alun Pritchard.\n\n"
        "Chair: How many prisons are full?\n\n"
        "Witness: Thirty-one of them. We expect two more by the summer.\n\n"
        "Chair: What is the plan?\n\n"
        "Witness: Early release for some short sentences, and four new wings.\n\n"
        "Mr Haldane: Has the ministry agreed to pay for the wings?\n\n"
        "Witness: It has agreed to pay for two.\n\n"
        "Dr Oyelowo: When will the other two be built?\n\n"
        "Witness: Not before 2028.\n"
    )
    found = _found(extractor, text)
    assert [name for _, _, name in found] == ["Corinne Bassett"] * 4
    assert not any(quote.endswith("?") for quote, _, _ in found)


@pytest.mark.model
def test_what_the_jury_heard_is_the_prosecutors(extractor):
    """What "the jury heard" after the prosecutor spoke: the prosecutor's words, the mention left as written."""
    text = (
        "A removal firm's director lied about the damage to a client's piano, a court was told.\n\n"
        "Prosecutor Imogen Ward said the director, Karl Stenberg, had written a false report for the insurer. "
        "The jury heard that the piano had been dropped from a ramp in front of three witnesses.\n\n"
        "Stenberg denies fraud.\n"
    )
    found = {quote: (mention, name) for quote, mention, name in _found(extractor, text)}
    heard = found["the piano had been dropped from a ramp in front of three witnesses"]
    assert heard == ("The jury", "Imogen Ward")


@pytest.mark.model
def test_what_an_inquest_heard_in_a_lead_is_the_witness_named_next(extractor):
    """A lead "..., an inquest heard." is the witness who gives the evidence in the paragraph after it."""
    text = (
        "An ambulance crew waited four hours outside the hospital, a coroner's court has heard.\n\n"
        "Giving evidence, the paramedic in charge, Lewis Amadi, said the queue had been the longest he had seen.\n"
    )
    found = _found(extractor, text)
    lead = next((mention, name) for quote, mention, name in found if quote.startswith("An ambulance crew"))
    assert lead == ("a coroner's court", "Lewis Amadi")


@pytest.mark.model
def test_what_a_court_heard_with_nobody_named_stays_the_courts(extractor):
    """No one named as speaking nearby: the hearing keeps its own mention, never a person named far away."""
    text = (
        "Mayor Alma Ferrante said the new bridge would open in March.\n\n"
        "The bridge was closed again in May.\n\n"
        "Engineers found cracks in two of its piers.\n\n"
        "Repairs are expected to last the summer.\n\n"
        "A van driver had driven at twice the speed limit through the town centre, a court heard.\n"
    )
    found = _found(extractor, text)
    court = next((mention, name) for quote, mention, name in found if quote.startswith("A van driver"))
    assert court == ("a court", "a court")


@pytest.mark.model
def test_counsel_putting_it_to_a_witness_reports_counsel(extractor):
    """Counsel who "put it to her that ..." in a cross-examination claims the "that" clause."""
    text = (
        "In cross-examination, defence counsel Amir Rahman put it to the shop's manager that she had never "
        "checked the till receipts.\n"
    )
    found = _found(extractor, text)
    assert [quote for quote, _, _ in found] == ["she had never checked the till receipts"]
    assert "Rahman" in (found[0][2] or "")


@pytest.mark.model
def test_putting_something_to_use_reports_nothing(extractor):
    """Putting "the donations to use" has no "that" clause: no claim."""
    text = "The trust put the donations to use at once, and the new roof was finished by May.\n"
    assert _found(extractor, text) == []
