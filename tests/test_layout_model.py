"""Line roles end to end with the real pipeline: non-text lines, transcripts, sign-offs, the writer's voice."""

from __future__ import annotations

import pytest

import quoteextract

pytestmark = pytest.mark.model


def _run(nlp, text, **settings):
    extraction = quoteextract.Extractor(nlp, **settings)(text)
    for quote in extraction.quotes:
        assert text[quote.start : quote.end] == quote.text
    return extraction


def _speakers(extraction):
    """``(content, speaker entity name)`` for every quotation."""
    names = {e.id: e.name for e in extraction.entities}
    return [
        (q.text, names.get(q.speaker.entity) if q.speaker is not None and q.speaker.entity is not None else None)
        for q in extraction.quotes
    ]


def _in(text, line, extraction):
    """The quotations that start in ``line`` of ``text``."""
    start = text.index(line)
    return [q for q in extraction.quotes if start <= q.start < start + len(line)]


@pytest.mark.parametrize(
    "lines",
    [
        ("Dockers say new crane is unsafe", "Union leader Kemi Adebayo said the crane had failed two inspections."),
        ("READ MORE: Officials warn the pier could close", "Harbour master Ola Berg said the pier would reopen."),
        ("Volunteers say they planted 400 trees. (Photo: Ines Holt)", "Ola Berg said more planting was planned."),
        ("By Ines Holt, Staff Writer", "Ola Berg said the pier would reopen in June."),
        ("Sign up for our newsletter: what experts say", "Harbour master Ola Berg said the pier would reopen."),
    ],
)
def test_nothing_is_reported_from_a_non_text_line(nlp, lines):
    """A headline, teaser, caption, byline or call to action gives no claim; the body's claim stays."""
    text = "\n\n".join(lines)
    extraction = _run(nlp, text)
    assert not _in(text, lines[0], extraction)
    assert _in(text, lines[1], extraction)


def test_quotation_in_a_headline_is_rejected_and_the_body_keeps_it(nlp):
    """A headline's quotation goes to ``rejected``; the same words quoted in the body are reported once."""
    text = "Harbour chief: “We will not back down”\n\n“We will not back down,” harbour chief Ola Berg said on Monday."
    extraction = _run(nlp, text)
    assert [q.text for q in extraction.quotes] == ["We will not back down,"]
    assert any(r.reason == "headline" and r.span.start < 40 for r in extraction.rejected)


def test_section_label_is_no_speaker(nlp):
    """A label in capitals ("MARKETS:") never speaks; a claim written after it is kept."""
    text = (
        "Shares rise in quiet trade\n\n"
        "MARKETS: The pound rose against the euro on Tuesday.\n\n"
        "CURRENCIES: Traders said the central bank would hold rates."
    )
    extraction = _run(nlp, text)
    names = {e.name for e in extraction.entities}
    assert "MARKETS" not in names and "CURRENCIES" not in names


@pytest.mark.parametrize(
    "line",
    ["MARKETS: Traders said rates would hold.", "CURRENCIES: Analysts told reporters the pound would stay weak."],
)
def test_a_report_after_a_section_label_is_the_reporters_claim(nlp, line):
    """After "MARKETS:" the claim is the one the sentence reports, not one spoken by the label."""
    text = f"The pound rose on Tuesday.\n\n{line}\n\nShares rose in late trade."
    quotes = _in(text, line, _run(nlp, text))
    assert quotes
    assert all(q.rule != "claim.colon" and q.speaker is not None for q in quotes)
    assert all(q.speaker.text.upper() != q.speaker.text for q in quotes)


def test_switching_the_label_filter_off_gives_the_label_claim_back(nlp):
    """With ``claim_filter.section_label`` off, the "Label: words" claim of the label returns (then dropped)."""
    text = "The pound rose on Tuesday.\n\nMARKETS: Traders said rates would hold.\n\nShares rose in late trade."
    extraction = _run(nlp, text, disable=["claim_filter.section_label"])
    assert not _in(text, "MARKETS: Traders said rates would hold.", extraction)


QA = (
    "Q&A: The man who saved the lido\n\n"
    "Bruno Castellane, 71, swam in the Eastgate lido for fifty years before he led the campaign to reopen it. "
    "He spoke to the Eastgate Echo.\n\n"
    "Q: Why did you fight for it?\n"
    "A: Because my father taught me to swim here. I owed him that.\n\n"
    "Q: Was the council helpful?\n"
    "A: Not at first. They wanted a car park."
)


def test_q_and_a_answers_are_the_interviewees_quotations(nlp):
    """Each answer is one direct quotation of the interviewee; questions are not reported; "A" names no one."""
    extraction = _run(nlp, QA)
    assert _speakers(extraction) == [
        ("Because my father taught me to swim here. I owed him that.", "Bruno Castellane"),
        ("Not at first. They wanted a car park.", "Bruno Castellane"),
    ]
    assert all(q.kind == "direct" and q.rule == "layout.transcript" for q in extraction.quotes)
    assert not {"Q", "A"} & {e.name for e in extraction.entities}


def test_the_interview_phrase_names_the_interviewee(nlp):
    """The phrase "spoke to Mira Daud" makes Mira Daud the interviewee even when someone else is named first."""
    text = (
        "Fire chief Tomas Brandt retired on Friday. Our reporter spoke to Mira Daud, who takes over the station.\n\n"
        "Q: What changes first?\n"
        "A: The rota. People are exhausted."
    )
    assert _speakers(_run(nlp, text)) == [("The rota. People are exhausted.", "Mira Daud")]


def test_the_interviewee_may_be_named_after_the_transcript(nlp):
    """With no introduction, "A" is the person the article names after the turns; never an entity "A"."""
    text = (
        "INTERVIEW\n\nQ. What made you stand for the council?\nA. The potholes. Honestly.\n\n"
        "Mira Solberg, 38, was elected in May."
    )
    assert _speakers(_run(nlp, text)) == [("The potholes. Honestly.", "Mira Solberg")]


def test_an_answer_without_anyone_named_has_no_speaker_entity(nlp):
    """When the article names no person, the answer keeps its label mention but no entity is made of "A"."""
    text = "Q&A\n\nQ: Why the depot?\nA: Because I found it empty.\n\nQ: And now?\nA: Now it is full."
    extraction = _run(nlp, text)
    assert [name for _, name in _speakers(extraction)] == [None, None]
    assert "A" not in {e.name for e in extraction.entities}


def test_a_q_and_a_nobody_is_said_to_give_reports_no_answer(nlp):
    """With no introduction, nobody named and no answer in the first person, "Q:"/"A:" is an explainer (session 10).

    A headline "Q&A" heads explainers as often as interviews; such answers used to be reported with no speaker.
    """
    text = "Q&A\n\nQ: Why the depot?\nA: Because it was empty.\n\nQ: And now?\nA: Now it is full."
    extraction = _run(nlp, text)
    assert _speakers(extraction) == []
    assert "A" not in {e.name for e in extraction.entities}


def test_an_answer_is_given_to_the_outlet_that_held_the_interview(nlp):
    """The outlet named in the introduction is the answer's outer link, with the relation ``interview``."""
    extraction = _run(nlp, QA)
    names = {e.id: e.name for e in extraction.entities}
    for quote in extraction.quotes:
        chain = [
            (link.relation, names.get(link.entity) if link.entity is not None else link.mention.text)
            for link in quote.sources
        ]
        assert chain == [("said", "Bruno Castellane"), ("interview", "Eastgate Echo")]


def test_an_outlet_in_a_transcripts_headline_holds_the_interview(nlp):
    """A headline "Transcript: Show, Station" names the outlet when the introduction does not."""
    quote = _run(nlp, TRANSCRIPT).quotes[0]
    assert [link.relation for link in quote.sources] == ["said", "interview"]
    assert quote.sources[-1].mention.text == "Radio Eastgate"


def test_switching_the_outlet_rule_off_leaves_the_speaker_alone(nlp):
    """With ``sources.transcript_outlet`` off an answer's chain is its speaker only."""
    extraction = _run(nlp, QA, disable=["sources.transcript_outlet"])
    assert all([link.relation for link in q.sources] == ["said"] for q in extraction.quotes)


def test_answers_stay_in_the_speech_scope(nlp):
    """A transcript's answers are reported speech."""
    extraction = _run(nlp, QA, scope="speech")
    assert len(extraction.quotes) == 2


TRANSCRIPT = (
    "Transcript: Drive Time, Radio Eastgate\n\n"
    "PARRY: Councillor Wanjiru Odhiambo, the market closes next month. Is that final?\n\n"
    "ODHIAMBO: No. Two traders have offered to run it together.\n\n"
    "PARRY: When will we know?\n\n"
    "ODHIAMBO: By the end of the week, I hope."
)


def test_name_labels_speak_as_the_person_they_name(nlp):
    """The interviewee's label ("ODHIAMBO:") is the person named in full elsewhere; the interviewer is not reported."""
    extraction = _run(nlp, TRANSCRIPT)
    found = _speakers(extraction)
    assert [text for text, _ in found] == [
        "No. Two traders have offered to run it together.",
        "By the end of the week, I hope.",
    ]
    assert all(name is not None and name.endswith("Wanjiru Odhiambo") for _, name in found)


def test_switching_the_transcript_rule_off_restores_the_label_claims(nlp):
    """With ``layout.transcript`` off the lines are text again (the "Label: words" claims come back)."""
    extraction = _run(nlp, QA, disable=["layout.transcript"])
    assert not any(q.rule == "layout.transcript" for q in extraction.quotes)
    assert any(q.speaker is not None and q.speaker.text == "A" for q in extraction.quotes)


VOXPOP = (
    "What do shoppers think of the new bus lanes?\n\n"
    "“I get to work ten minutes earlier.”\n"
    "— Femi Adeyemi, nurse\n\n"
    "“The lanes are empty half the day.”\n"
    "-- Harriet Moss, 62, Northgate\n\n"
    "“Cyclists love them.”\n"
    "— Joao Pereira, bike courier"
)


def test_dash_signoffs_name_the_speaker_and_their_titles(nlp):
    """A quotation above a dash sign-off is that person's; the words after the name are titles, not ages or places."""
    extraction = _run(nlp, VOXPOP)
    assert _speakers(extraction) == [
        ("I get to work ten minutes earlier.", "Femi Adeyemi"),
        ("The lanes are empty half the day.", "Harriet Moss"),
        ("Cyclists love them.", "Joao Pereira"),
    ]
    titles = {e.name: e.titles for e in extraction.entities}
    assert "nurse" in titles["Femi Adeyemi"]
    assert "bike courier" in titles["Joao Pereira"]
    assert "Northgate" not in titles["Harriet Moss"]
    assert "62" not in titles["Harriet Moss"]
    assert not any("\n" in title for entity_titles in titles.values() for title in entity_titles)
    assert all(q.rule == "layout.signoff" for q in extraction.quotes)


def test_a_signoff_overrides_a_speaker_carried_over_from_the_line_above(nlp):
    """A quotation whose speaker only came from an earlier line belongs to the sign-off under it."""
    text = (
        "Readers react: Should the car park be free?\n\n"
        "“Free parking would bring people back.” — Olu Bankole, café owner\n\n"
        "“It should cost something, or commuters will fill it by eight.”\n"
        "— Marta Nowak, 47, Castlegate"
    )
    found = dict(_speakers(_run(nlp, text)))
    assert found["It should cost something, or commuters will fill it by eight."] == "Marta Nowak"


COLUMN = (
    "A week on the night buses\n\n"
    "By Celia Marchetti\n\n"
    "On Tuesday I asked the driver, Sam Okoro, whether the route would survive the cuts. "
    "“Ask the council,” he said. I have written before that the night buses keep this city working."
)


def test_first_person_in_narrative_is_the_bylines_writer(nlp):
    """The writer's "I" outside quote marks is the byline's person."""
    extraction = _run(nlp, COLUMN)
    spoken = [(q.speaker.text, name) for (_, name), q in zip(_speakers(extraction), extraction.quotes, strict=True)]
    assert ("I", "Celia Marchetti") in spoken
    assert ("he", "Sam Okoro") in spoken


def test_first_person_without_a_byline_is_the_author(nlp):
    """Without a byline the writer is an entity named "the author"."""
    text = COLUMN.replace("By Celia Marchetti\n\n", "")
    names = [name for (_, name), q in zip(_speakers(_run(nlp, text)), _run(nlp, text).quotes, strict=True)]
    assert "the author" in names
    assert "Celia Marchetti" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Why I still take the night bus\n\nI asked the driver, Sam Okoro, whether the route would survive. "
        "He said it would not.\n\nCelia Marchetti is a freelance writer based in Northgate.",
        "Letters: Save the night bus\n\nI asked the council whether the route would survive. It said it would "
        "not.\n\n— Celia Marchetti, Northgate",
    ],
)
def test_first_person_is_the_writer_named_at_the_end(nlp, text):
    """A writer's note or a letter's sign-off at the end names the "I" of the article."""
    extraction = _run(nlp, text)
    spoken = [(q.speaker.text, name) for (_, name), q in zip(_speakers(extraction), extraction.quotes, strict=True)]
    assert ("I", "Celia Marchetti") in spoken


def test_first_person_inside_quote_marks_is_the_quoted_speaker(nlp):
    """An "I" inside a quotation is not the writer."""
    text = "By Celia Marchetti\n\n“I said the route would close,” the driver, Sam Okoro, told passengers."
    assert "Celia Marchetti" not in {name for _, name in _speakers(_run(nlp, text))}


EDITORIAL = (
    "Editorial: Keep the night buses running\n\n"
    "The Northgate Courier\n\n"
    "We believe the council is wrong to cut the night routes. Transport chief Ellen Frost said the savings "
    "were needed."
)


def test_we_in_an_editorial_is_the_outlet(nlp):
    """An editorial's "we" is the outlet named under the headline."""
    extraction = _run(nlp, EDITORIAL)
    assert ("the council is wrong to cut the night routes", "Northgate Courier") in _speakers(extraction)


def test_we_in_an_unsigned_editorial_is_the_editorial_board(nlp):
    """Without a named outlet, an editorial's "we" is "the editorial board"."""
    text = EDITORIAL.replace("The Northgate Courier\n\n", "")
    assert ("the council is wrong to cut the night routes", "the editorial board") in _speakers(_run(nlp, text))


def test_switching_the_first_person_rule_off_leaves_the_writer_unresolved(nlp):
    """With ``speaker.first_person`` off, "I" resolves to no one (the old behaviour)."""
    extraction = _run(nlp, COLUMN, disable=["speaker.first_person"])
    names = {e.name for e in extraction.entities}
    assert "Celia Marchetti" not in names or all(
        q.speaker is None or q.speaker.text != "I" or q.speaker.entity is None for q in extraction.quotes
    )
