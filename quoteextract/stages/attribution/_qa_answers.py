"""The answers of a printed question-and-answer interview without "Q:"/"A:" labels.

Magazines and local papers print short interviews as an introduction, then
questions set in their own paragraphs (often in bold, which plain text
loses) and answers in the paragraphs below them, with no label on either:

    What surprised you most when you arrived?

    How much paperwork a constable does. I knew it was bad.

A labelled transcript ("Q:", "A:", "NAME:") is read by the layout rules
(:mod:`quoteextract.stages.layout.transcript`); this module finds the
unlabelled kind, once per article, in one pass over its paragraphs. An
exchange is a question paragraph (a body paragraph of at most
:data:`MAX_QUESTION_WORDS` words, without quote marks, ending with a
question mark) followed by its answer: the first paragraph below it, whatever
its person, then the next ones that speak in the first person and ask nothing
(the report's closing paragraph after the last answer is in the third person).
Most answers of a run must speak in the first person (the question
subheadings of an explainer, "Who is affected?", are answered in the third).
A run of at least :data:`MIN_EXCHANGES` consecutive exchanges is an interview
when most of its questions address "you" or when the paragraph before it says
an interview took place (readers' questions put to a company: "Can I fill my
paddling pool?"); a rhetorical question in a feature is not followed by
another two. A run of two exchanges is enough when both questions say "you"
and the paragraph before the first one says an interview took place ("We
asked her about the change.", "She spoke to the Gazette", "edited for length").

Each answer paragraph becomes a ``direct`` quotation without a cue (rule
``quote.qa_answer``). Its speaker mention is the person named right above the
questions (:mod:`._qa_interviewee`), if any. Its confidence (0.9, as a labelled
transcript's answer) lets it win, in the merge, over the claims the parser
finds inside the answer ("I've told my superintendents that ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import attrs
import regex

from ..._model import Quotation, Span
from ...rules import rule
from ._context import Scene
from ._qa_interviewee import interviewee
from ._quotes import CONFIDENCE

if TYPE_CHECKING:
    from ...article import Paragraph

DASH_TURN: tuple[str, ...] = ("— ", "– ")
"""A dash and a space opening a paragraph: a turn of dialogue in copy that sets speech off with dashes."""

MAX_QUESTION_WORDS = 40
"""Most words of a question paragraph."""

MIN_EXCHANGES = 3
"""Fewest consecutive question-and-answer exchanges that make an interview."""

INTERVIEWEE_RULE = "speaker.qa_interviewee"
"""The speakers rule that credits the answers to the interviewee; switched off, the answers have no speaker."""

MIN_INTRODUCED_EXCHANGES = 2
"""Fewest exchanges when the paragraph before them introduces an interview and every question says "you"."""


PATTERNS: dict[str, regex.Pattern[str]] = {
    # The speaker's own words: "I", "I'm", "me", "my", "we", "our" ... (English).
    "FIRST_PERSON": regex.compile(r"\bI\b|\b(?i:me|my|mine|myself|we|us|our|ours|ourselves)\b"),
    # Words addressing the interviewee: "you", "your" ...
    "SECOND_PERSON": regex.compile(r"\b(?i:you|your|yours|yourself)\b"),
    # An introduction saying an interview took place: "We asked her", "spoke to", "edited for length".
    "INTERVIEW": regex.compile(
        r"\b(?:we[ ]asked|asked[ ](?:him|her|them)|spoke[ ](?:to|with)|talked[ ](?:to|with)|interview(?:ed)?"
        r"|(?:edited|condensed)[ ]for[ ](?:length|clarity)|sat[ ]down[ ]with|we[ ]met[ ](?:him|her|them)"
        r"|questions?[ ]for|minutes[ ]with|we[ ]put[ ](?:the|these|your|our|them|some|a[ ]few)\b[^.?!]{0,40}?[ ]to)\b",
        regex.IGNORECASE,
    ),
    # A quote mark (not an apostrophe inside a word): a quoted question is no question of the interview.
    "QUOTE_MARK": regex.compile(r"[\"“”«»„]|(?<!\w)['‘’]|['‘’](?!\w)"),
}
"""Regular expressions of this module (no nesting of quantifiers: linear time)."""


def qa_answers(scene: Scene) -> list[Quotation]:
    """The answers of the unlabelled question-and-answer interview in the article, if there is one.

    Args:
        scene: The article.

    Returns:
        One quotation per answer paragraph, in text order (none when the rule
        ``quote.qa_answer`` is off or the article has no such interview).

    """
    if not scene.is_on("quote.qa_answer", "quotes"):
        return []
    found: list[Quotation] = []
    for intro, exchanges in _runs(scene):
        if not _is_interview(exchanges, intro):
            continue
        # The interviewee is the speakers stage's rule to credit: off, the answers keep no speaker.
        credited = scene.is_on(INTERVIEWEE_RULE, "speaker_mentions")
        speaker = interviewee(scene, exchanges[0].question) if credited else None
        for exchange in exchanges:
            found.extend(attrs.evolve(qa_answer(scene, para), speaker=speaker) for para in exchange.answers)
    return found


def _is_interview(exchanges: list[Exchange], intro: str) -> bool:
    """Whether a run of exchanges is an interview.

    Most answers must speak in the first person (an explainer answers in the third), and either three
    exchanges most of whose questions say "you", or three introduced as an interview whatever the questions
    say (readers' questions put to a company: "Can I fill my paddling pool?"), or two introduced whose
    questions both say "you".
    """
    addressed = sum(exchange.addressed for exchange in exchanges)
    voiced = sum(exchange.voiced for exchange in exchanges)
    if len(exchanges) >= MIN_EXCHANGES and all(exchange.dashed for exchange in exchanges):
        return True  # "— How many do you bake?" / "— Three hundred.": dashes set off turns of speech
    if 2 * voiced <= len(exchanges):
        return False
    introduced = PATTERNS["INTERVIEW"].search(intro) is not None
    if len(exchanges) >= MIN_EXCHANGES:
        return introduced or 2 * addressed > len(exchanges)
    return len(exchanges) >= MIN_INTRODUCED_EXCHANGES and addressed == len(exchanges) and introduced


@dataclass
class Exchange:
    """A question and the answer paragraphs below it.

    Args:
        question: The index of the question paragraph.
        addressed: Whether the question says "you".
        answers: The answer paragraphs: the first paragraph below the question, then the next ones that speak
            in the first person.
        voiced: Whether an answer paragraph speaks in the first person.
        dashed: Whether the question and every answer paragraph open with a dash (a dialogue's turns).

    """

    question: int
    addressed: bool
    answers: list[Paragraph] = field(default_factory=list)
    voiced: bool = False
    dashed: bool = False


Run = tuple[str, list[Exchange]]
"""A run of exchanges: the text of the paragraph before it, and its exchanges."""


def _runs(scene: Scene) -> list[Run]:
    """Runs of consecutive exchanges, each with the paragraph before its first question."""
    runs: list[Run] = []
    run: list[Exchange] = []
    intro, previous = "", ""
    open_: Exchange | None = None  # the open question's, while its answer is read
    for para in scene.layout.paragraphs:
        text = _words(scene, para)
        voiced = PATTERNS["FIRST_PERSON"].search(text) is not None
        if _is_question(para, text):
            if open_ is not None and open_.answers:
                run.append(open_)
            elif run:
                runs.append((intro, run))
                run = []
            if not run:
                intro = previous
            open_ = Exchange(para.index, PATTERNS["SECOND_PERSON"].search(text) is not None)
            open_.dashed = text.startswith(DASH_TURN)
        elif open_ is not None and para.role == "body" and (voiced or not open_.answers):
            open_.dashed = open_.dashed and text.startswith(DASH_TURN)
            open_.answers.append(para)
            open_.voiced = open_.voiced or voiced
        elif open_ is not None:
            if open_.answers:
                run.append(open_)
            runs.append((intro, run))
            run, open_ = [], None
        previous = text
    if open_ is not None and open_.answers:
        run.append(open_)
    runs.append((intro, run))
    return runs


def _words(scene: Scene, para: Paragraph) -> str:
    """The visible text of a paragraph."""
    first, end = scene.visible(para)
    return scene.text[first:end]


def _is_question(para: Paragraph, text: str) -> bool:
    """Whether a paragraph is a question of the interview."""
    return (
        para.role == "body"
        and text.endswith("?")
        and 0 < para.words <= MAX_QUESTION_WORDS
        and PATTERNS["QUOTE_MARK"].search(text) is None
    )


@rule("quote.qa_answer", stage="quotes", order=470, confidence=CONFIDENCE["quote.qa_answer"])
def qa_answer(scene: Scene, para: Paragraph) -> Quotation:
    """An answer paragraph of an unlabelled printed interview (a question paragraph, then "I ...", three times).

    Two exchanges are enough after an introduction that says an interview took place ("We asked her ...").

    The paragraph right below a question, and the first-person paragraphs after it, are the
    interviewee's words: a ``direct`` quotation without cue (its speaker mention, the person
    named above the questions, is added by the caller), found only in a run of at least
    :data:`MIN_EXCHANGES` consecutive exchanges, most answering in the first person, most of
    whose questions say "you" or introduced as an interview, or of
    :data:`MIN_INTRODUCED_EXCHANGES` introduced as an interview.
    """
    first, end = scene.visible(para)
    opening = scene.text[first:end]
    if opening.startswith(DASH_TURN):  # "— Three hundred in summer.": the dash opens the turn, no word of it
        first = end - len(opening[len(DASH_TURN[0]) :].lstrip())
    content = Span.of(scene.text, first, end)
    return Quotation(
        content=content,
        kind="direct",
        fragments=(content,),
        confidence=CONFIDENCE["quote.qa_answer"],
        rule="quote.qa_answer",
    )
