"""Q&A across layout, attribution and speakers (session 10).

Explainer boxes and FAQs, press briefings, title and court labels, unlabelled interviews and who answers them.

The layout tests read roles without a parse; the others run the model on invented sentences written for these
tests (not copied from the interviews set).
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.article import Layout
from quoteextract.rules import DEFAULT_RULES
from quoteextract.stages.layout import assign_roles


def roles(text: str) -> list[str]:
    """The role of each line of ``text``."""
    return [p.role for p in assign_roles(Layout.of(text), None, DEFAULT_RULES).paragraphs]


EXPLAINER = (
    "Bridge to shut for repairs\n\n"
    "The Old Mill bridge will close for six weeks from Monday, the county council said.\n\n"
    "Question: How will buses get round?\n"
    "Answer: Routes 4 and 9 will divert via Station Road.\n\n"
    "Question: Can cyclists still cross?\n"
    "Answer: Yes, on foot, along a temporary walkway.\n"
)

FAQ = (
    "Passport renewals: your questions\n\n"
    "Q: How long does it take?\nA: Usually three weeks, but allow ten in summer.\n\n"
    "Q: Can I travel while it is renewed?\nA: No. Your old passport is cancelled when the application is processed.\n"
)


@pytest.mark.parametrize("text", [EXPLAINER, FAQ])
def test_a_q_and_a_nobody_gives_is_no_interview(text):
    """An explainer box or an FAQ: its answers are text whose label speaks for no one, its questions silent."""
    found = roles(text)
    assert "qa_answer" not in found
    assert found.count("section_label") == 2 and found.count("qa_question") == 2


@pytest.mark.parametrize(
    "intro",
    [
        "We asked the operator's chief executive, Dana Whitlock, one question.",
        "QUICK QUESTIONS FOR ... the harbour master, Tom Elder",
        "Five minutes with Tom Elder, harbour master",
        "Tom Elder spoke to the Gazette about the new moorings.",
        "The interview has been edited for length and clarity.",
        "The harbour master, Tom Elder, read a statement and then took questions.",
        "Tom Elder briefed reporters at the harbour on Friday.",
    ],
)
def test_a_q_and_a_introduced_as_an_interview_has_answers(intro):
    """The line above the first question says an interview took place, or names who answers."""
    text = f"{intro}\n\nQ: What changes first?\nA: The moorings. The waiting list is 300 boats long.\n"
    assert roles(text)[-2:] == ["qa_question", "qa_answer"]


def test_answers_in_the_first_person_make_an_interview_without_an_introduction():
    """Half the answers or more say "I", "me" or "my": someone answers for themselves."""
    text = "Q: When did you start painting?\nA: At sixty. I needed something to do with my hands.\n"
    assert roles(text) == ["qa_question", "qa_answer"]


BRIEFING = (
    "The defence secretary, Hana Park, spoke to reporters at the base on Monday.\n\n"
    "SECRETARY PARK: The exercise went well and nobody was hurt.\n\n"
    "Q: Will the troops stay over winter?\n\n"
    "SECRETARY PARK: That decision has not been made.\n\n"
    "Q: When will it be?\n\n"
    "SECRETARY PARK: Within a fortnight.\n"
)


def test_q_questions_answered_by_name_labels_are_a_press_briefing():
    """Questions labelled "Q:" and answered by name labels: the reporters ask, every name label answers."""
    assert roles(BRIEFING) == ["body", "qa_answer", "qa_question", "qa_answer", "qa_question", "qa_answer"]


def test_one_q_answered_by_a_name_is_no_briefing():
    """A single "Q." followed by a label in capitals is not enough to make a transcript."""
    text = "Q: Is the pier safe?\n\nNOTE FROM THE EDITOR: This item was updated on Friday.\n"
    assert "qa_answer" not in roles(text)


def _speakers(extractor, text: str) -> list[tuple[str, str | None]]:
    """Each quotation's rule and the name of its speaker entity."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    return [(q.rule, names.get(q.sources[0].entity) if q.sources else None) for q in result.quotes]


@pytest.mark.model
def test_title_labels_are_the_person_of_that_surname(extractor):
    """The label "SECRETARY PARK:" is Hana Park, named in the introduction."""
    found = _speakers(extractor, BRIEFING)
    answers = [name for rule, name in found if rule == "layout.transcript"]
    assert answers == ["Hana Park"] * 3


@pytest.mark.model
def test_court_labels_are_the_witness_and_the_judge(extractor):
    """The label "THE WITNESS:" is the person the introduction says gives evidence; "THE COURT:" the judge it names."""
    text = (
        "The inquest heard evidence from the pathologist, Dr Alan Frey, before Judge Miriam Cole on Tuesday.\n\n"
        "MS GRANT: What was the cause of death?\n\n"
        "THE WITNESS: A head injury consistent with a fall from a bicycle.\n\n"
        "MS GRANT: Was a helmet worn?\n\n"
        "THE WITNESS: No helmet was recovered.\n\n"
        "THE COURT: Thank you, doctor. You may step down.\n"
    )
    answers = [name for rule, name in _speakers(extractor, text) if rule == "layout.transcript"]
    assert answers == ["Alan Frey", "Alan Frey", "Miriam Cole"]


@pytest.mark.model
def test_a_box_inside_a_report_is_answered_by_the_person_its_heading_names(extractor):
    """The label "A:" in a box headed with a person is that person, not the first person the report names."""
    text = (
        "Ferry fares to rise\n\n"
        "Fares on the island ferry will rise by 8 per cent in April. “It's a tax on living here,” said Rhys Penrose, "
        "a fisherman.\n\n"
        "ONE QUESTION FOR ... the operator's chief executive, Dana Whitlock\n"
        "Q: Why now?\n"
        "A: Fuel. Our fuel bill has doubled in two years and we have held fares for three.\n"
    )
    answers = [name for rule, name in _speakers(extractor, text) if rule == "layout.transcript"]
    assert answers == ["Dana Whitlock"]


@pytest.mark.model
def test_an_explainer_box_reports_nothing_for_a(extractor):
    """The paper's own "Q:/A:" box inside a report gives no quotation."""
    result = extractor(EXPLAINER)
    assert not [q for q in result.quotes if q.rule == "layout.transcript"]
    assert not [q for q in result.quotes if "Routes 4 and 9" in q.text]


UNLABELLED = (
    "The last cobbler in Ilford\n\n"
    "Tariq Osman, 44, has mended shoes on the high street for 20 years. He talked to Ruth Kemp about glue, "
    "leather and the internet.\n\n"
    "What brings people in?\n\n"
    "Heels, mostly. People wear out the back of a shoe long before the front.\n\n"
    "Has the internet hurt you?\n\n"
    "It helped, to be honest. My daughter put us online and now we post repairs all over the country.\n\n"
    "Will you train anyone?\n\n"
    "My nephew, if he wants it. I hope he does.\n\n"
    "Osman's shop is open six days a week.\n"
)


@pytest.mark.model
def test_an_unlabelled_answer_in_the_third_person_is_still_an_answer(extractor):
    """The paragraph right below a question is its answer; the closing paragraph in the third person is not."""
    found = [q.text for q in extractor(UNLABELLED).quotes if q.rule == "quote.qa_answer"]
    assert found[0] == "Heels, mostly. People wear out the back of a shoe long before the front."
    assert len(found) == 3 and not any("six days" in text for text in found)


@pytest.mark.model
def test_an_unlabelled_interview_is_answered_by_the_person_named_above_not_the_interviewer(extractor):
    """In "He talked to Ruth Kemp", Kemp asks; Osman, named first above the questions, answers."""
    answers = [name for rule, name in _speakers(extractor, UNLABELLED) if rule == "quote.qa_answer"]
    assert answers == ["Tariq Osman"] * 3


@pytest.mark.model
def test_readers_questions_put_to_a_company_are_answered_by_it(extractor):
    """Three exchanges introduced as put to a company: answers in the first person plural, questions without "you"."""
    text = (
        "Readers have sent us dozens of questions about the Eastwick bus cuts. We put the most common ones to the "
        "operator, Eastwick Buses. Its answers, given by a spokesman, are below.\n\n"
        "Why cut the number 12?\n\n"
        "Fewer than forty people a day use it. We cannot keep running an empty bus.\n\n"
        "Will the school service continue?\n\n"
        "Yes. We have guaranteed it until July at least.\n\n"
        "Can the council step in?\n\n"
        "It can, and we have offered to run the route if it pays the difference.\n"
    )
    found = [q for q in extractor(text).quotes if q.rule == "quote.qa_answer"]
    assert len(found) == 3
    # The small model tags "Eastwick Buses" as a person's name; either mention names who answers.
    assert all(q.speaker is not None and q.speaker.text in {"a spokesman", "Eastwick Buses"} for q in found)


@pytest.mark.model
def test_the_answer_rule_can_be_switched_off(nlp):
    """Extractor(disable=["layout.transcript"]) reports no answer of a briefing."""
    result = quoteextract.Extractor(nlp, disable=["layout.transcript"])(BRIEFING)
    assert not [q for q in result.quotes if q.rule == "layout.transcript"]


@pytest.mark.model
def test_a_one_word_name_that_is_not_a_known_person_does_not_answer(extractor):
    """A café's one-word name right above the questions is no interviewee; the surname of a full name is."""
    text = (
        "Anil Mehta opened his first bakery in a railway arch in Leeds. Ten years on he has four. He talked to "
        "Jo Price.\n\n"
        "Mehta is quiet in person and laughs easily.\n\n"
        "We met at his newest shop, Crumb, before it opened for the day.\n\n"
        "Why did you choose bread?\n\n"
        "Because my grandmother baked every morning and I liked the smell.\n\n"
        "What is the hardest part of the job for you?\n\n"
        "The hours. I get up at three, and I have done for ten years.\n\n"
        "Would you sell the business?\n\n"
        "Not while I can still knead.\n"
    )
    answers = [name for rule, name in _speakers(extractor, text) if rule == "quote.qa_answer"]
    assert answers == ["Anil Mehta"] * 3
