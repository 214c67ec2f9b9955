"""Speaker labels of interview transcripts, and "said one" / "said the other" after an unnamed pair.

- A transcript's labels, whatever their layout (a surname in capitals, a surname in title case, a full
  name in capitals, a role introduced above the turns: "PRESENTER:" for "the presenter Lola Ferrant"),
  are the people they name: both the interviewee's answers and, with the opt-in rule
  ``quote.interviewer_question``, the interviewer's questions (cue class ``question``, kept by the
  ``speech`` scope like any quoted question). By default the questions stay silent.
- "said one" and "said the other" after "two men" / "two nurses" are two different unnamed people, each an
  anonymous entity labelled by the pair's noun.
"""

from __future__ import annotations

import pytest

import quoteextract

INTRO = "The radio presenter Lola Ferrant spoke to the transport minister Piet Vandam on Sunday morning.\n\n"

LAYOUTS = {
    "surname-caps": ("FERRANT", "VANDAM"),
    "surname-title": ("Ferrant", "Vandam"),
    "full-name-caps": ("LOLA FERRANT", "PIET VANDAM"),
    "roles": ("PRESENTER", "MINISTER"),
}


def transcript(asker: str, answerer: str) -> str:
    """An invented radio interview whose turns carry the given labels."""
    return INTRO + (
        f"{asker}: Will the night trains run again this winter?\n\n"
        f"{answerer}: They will. I signed the contract on Friday.\n\n"
        f"{asker}: And the fares?\n\n"
        f"{answerer}: Fares stay where they are until next spring."
    )


def speakers_by_rule(extraction: quoteextract.Extraction) -> dict[str, set[str]]:
    """The entity names speaking each transcript rule's quotations."""
    names = {e.id: e.name for e in extraction.entities}
    found: dict[str, set[str]] = {}
    for quote in extraction.quotes:
        if quote.rule in {"layout.transcript", "quote.interviewer_question"} and quote.speaker is not None:
            found.setdefault(quote.rule, set()).add(names.get(quote.speaker.entity, "?"))
    return found


@pytest.mark.model
@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_answers_are_the_labelled_interviewee(nlp, layout):
    """Every answer, whatever the layout of its label, is the minister introduced above; no question is reported."""
    extraction = quoteextract.extract(transcript(*LAYOUTS[layout]), nlp)
    assert speakers_by_rule(extraction) == {"layout.transcript": {"Piet Vandam"}}
    assert sum(q.rule == "layout.transcript" for q in extraction.quotes) == 2


@pytest.mark.model
@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_named_interviewer_questions_when_switched_on(nlp, layout):
    """With quote.interviewer_question on, the presenter's two turns are her questions, kept by the speech scope."""
    text = transcript(*LAYOUTS[layout])
    extraction = quoteextract.Extractor(nlp, enable=["quote.interviewer_question"], scope="speech")(text)
    assert speakers_by_rule(extraction) == {
        "layout.transcript": {"Piet Vandam"},
        "quote.interviewer_question": {"Lola Ferrant"},
    }
    questions = [q for q in extraction.quotes if q.rule == "quote.interviewer_question"]
    assert [q.content.text for q in questions] == ["Will the night trains run again this winter?", "And the fares?"]
    assert all(q.kind == "direct" and q.cue_class == "question" and q.polarity == "asserted" for q in questions)


@pytest.mark.model
def test_anonymous_askers_stay_silent_when_switched_on(nlp):
    """The labels "Q:" and "INTERVIEWER:" name nobody: their questions are not reported even with the rule on."""
    text = (
        "We spoke to the harbour engineer Mette Solberg about the storm gates.\n\n"
        "INTERVIEWER: When will the gates close?\n\nSOLBERG: At high tide, every night.\n\n"
        "INTERVIEWER: Every night?\n\nSOLBERG: Every night until March."
    )
    extraction = quoteextract.Extractor(nlp, enable=["quote.interviewer_question"])(text)
    assert not any(q.rule == "quote.interviewer_question" for q in extraction.quotes)
    assert speakers_by_rule(extraction) == {"layout.transcript": {"Mette Solberg"}}


@pytest.mark.model
def test_a_role_label_introduced_after_the_name(nlp):
    """The label "HOST:" is the "Dov Amrani, the host," of the introduction, not a person named "Host"."""
    text = (
        "Dov Amrani, the host, talked with the chef Ines Okafor-Reyes about her new kitchen.\n\n"
        "HOST: Why open a second restaurant now?\n\nOKAFOR-REYES: Because the first one has a waiting list.\n\n"
        "HOST: Is it risky?\n\nOKAFOR-REYES: Everything in restaurants is risky."
    )
    extraction = quoteextract.Extractor(nlp, enable=["quote.interviewer_question"])(text)
    found = speakers_by_rule(extraction)
    assert found.get("quote.interviewer_question") == {"Dov Amrani"}


PAIRS = [
    (
        "Two men were waiting at the bus stop when the wall came down.\n\n"
        "“It sounded like thunder,” said one.\n\n“I thought it was a lorry,” said the other.",
        "men",
    ),
    (
        "Two nurses who were on the late shift described the evacuation.\n\n"
        "“We moved the beds first,” one said.\n\n“Nobody panicked,” the other said.",
        "nurses",
    ),
    (
        "The police spoke to two witnesses outside the bakery. “He ran towards the river,” said one. "
        "“He had a red bag,” said the other.",
        "witnesses",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "noun"), PAIRS, ids=["said-one", "one-said", "one-paragraph"])
def test_one_and_the_other_of_an_unnamed_pair(nlp, text, noun):
    """The speakers "one" and "the other" are two different anonymous people, named after the pair's noun."""
    extraction = quoteextract.extract(text, nlp)
    entities = {e.id: e for e in extraction.entities}
    quoted = [q for q in extraction.quotes if q.kind == "direct"]
    assert len(quoted) == 2
    speakers = [entities[q.speaker.entity] for q in quoted if q.speaker is not None and q.speaker.entity is not None]
    assert [e.name for e in speakers] == [f"one of the two {noun}", f"the other of the two {noun}"]
    assert all(e.type == "anonymous" for e in speakers)


@pytest.mark.model
def test_said_one_without_a_pair_is_left_to_the_other_rules(nlp):
    """Without "two ..." above, "said one" is no member of a pair (a crowd's "one" stays what it was)."""
    text = "Hundreds of residents packed the hall.\n\n“We were never asked,” said one."
    extraction = quoteextract.extract(text, nlp)
    names = {e.id: e.name for e in extraction.entities}
    speakers = [names.get(q.speaker.entity, "") for q in extraction.quotes if q.speaker is not None]
    assert not any("of the two" in name for name in speakers)
