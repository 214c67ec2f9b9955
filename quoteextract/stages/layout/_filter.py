"""Using the line roles, in one place, right after attribution.

:func:`apply_layout` is called by :func:`quoteextract.stages.run` on what
attribution found:

- nothing is reported from a line that is not text (``headline``,
  ``subheading``, ``teaser``, ``caption``, ``byline``, ``boilerplate``), nor from
  an interviewer's question (``qa_question``): the quote-mark pairs among
  them go to ``rejected`` (reason ``headline`` for a headline, else ``layout``),
  plain claims are dropped;
- in a ``section_label`` line ("CURRENCIES: The pound rose ...") a claim whose
  speaker or cue is the label is dropped; the sentence after the label stays text;
- with the opt-in rule ``quote.interviewer_question``, a named interviewer's
  ``qa_question`` line ("GREER: And then?") becomes a ``direct`` quotation of
  cue class ``question`` spoken by its label ("Q:" and "INTERVIEWER:" stay silent);
- each ``qa_answer`` line becomes one ``direct`` quotation (rule
  ``layout.transcript``) whose speaker mention is the turn's label ("A",
  "HARTIGAN"; the speakers stage resolves it to the interviewee); the claim
  that read the label as its speaker (``claim.colon``) is replaced;
- an answer line that quotes and credits its speaker itself ("A: “I have not decided,” Lopez said.",
  "A: Lopez said she had ...") is the paper's report, not a turn: it gives no answer quotation (the label
  "A" is never its speaker, and no quotation takes in its own attribution), and its quotations stay;
- a quotation standing alone in a line above a ``signoff`` line ("— Pat
  Nolan, bus driver") without a speaker in its own line (none, or one
  carried over from an earlier paragraph) gets the sign-off's name as its
  speaker mention and the dash as its cue (rule ``layout.signoff``).

Linear: each quotation asks for its paragraph once (a binary search), and
the sign-offs and answers are found in one pass over the paragraphs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import regex

from ..._model import Cue, Mention, Quotation, Rejection, Span
from ...rules import rule
from ._lines import PATTERNS as LINE_PATTERNS
from ._lines import make_line
from .roles import post_signature, signoff_name
from .transcript import ANSWER_LABELS, QUESTION_LABELS, turn_label

if TYPE_CHECKING:
    from ...article import Article, Layout, Paragraph

CLOSING_MARKS = "\"”’'»"
"""Closing quote marks trimmed from the end of a quoted transcript's turn."""

ANONYMOUS_ASKERS: frozenset[str] = frozenset({*QUESTION_LABELS, "INTERVIEWER", "REPORTER", "AUDIENCE", "CALLER"})
"""Labels of questions that name no one: the outlet's or an unnamed asker's ("Q:", "INTERVIEWER:"), silent."""

TURN_ROLES: frozenset[str] = frozenset({"qa_answer", "qa_question"})
"""Roles of a transcript's turns."""

SILENT_ROLES: frozenset[str] = frozenset(
    {"headline", "subheading", "teaser", "caption", "byline", "boilerplate", "qa_question", "signoff"}
)
"""Roles of lines that report nothing."""

ANSWER_CONFIDENCE = 0.9
"""Confidence of a transcript answer as a quotation of the interviewee."""

THIRD_PERSON: frozenset[str] = frozenset({"he", "she", "they"})
"""Pronoun speakers that, right after a quotation opening an answer ("“...,” she said."), are the reporter's
attribution; a pronoun opening the answer ("He said, “...”") is the interviewee reporting someone."""

SIGNOFF_CONFIDENCE = 0.85
"""Confidence of a quotation credited by a dash sign-off."""


@attrs.frozen
class _Turn:
    """A labelled line's label (the speaker mention) and its words (the content)."""

    label: Span
    content: Span


def apply_layout(
    article: Article, quotes: list[Quotation], rejected: list[Rejection]
) -> tuple[list[Quotation], list[Rejection]]:
    """Drop what non-text lines gave, make transcript answers quotations, credit quotations to sign-offs.

    Args:
        article: The article, its lines' roles set.
        quotes: What attribution found.
        rejected: The quote-mark pairs attribution refused.

    Returns:
        The quotations and the rejections, updated.

    """
    layout = article.layout
    if all(p.role == "body" for p in layout.paragraphs):
        return quotes, rejected
    text = article.text
    turns = {p.index: t for p in layout.paragraphs if (t := _turn(text, p)) is not None}
    reported = _reported_answers(layout, turns, quotes)
    signed = _signed_paragraphs(text, layout)
    kept: list[Quotation] = []
    rejected = list(rejected)
    for quote in quotes:
        para = layout.paragraph_at(quote.start)
        if _dropped(quote, para, turns.get(para.index)):
            rejected.extend(Rejection(f, "headline" if para.role == "headline" else "layout") for f in quote.fragments)
            continue
        signoff = signed.get(para.index)
        if signoff is not None and quote.kind == "direct" and _speaker_elsewhere(layout, quote, para):
            quote = attrs.evolve(
                quote, speaker=signoff[0], cue=signoff[1], rule="layout.signoff", confidence=SIGNOFF_CONFIDENCE
            )
        kept.append(quote)
    asks = article.rules.is_on("quote.interviewer_question")
    kept.extend(_answers(text, layout, {i: t for i, t in turns.items() if i not in reported}, reported, asks=asks))
    kept.extend(_posts(text, layout, signed, kept))
    return kept, rejected


_POST_TAIL = regex.compile(r"(?:[ \t]+(?:pic\.twitter\.com/\S+|https?://\S+|\S+\.\S+/\S+))+[ \t]*$")
"""Links a flattened post ends with ("... pic.twitter.com/AbC123", "... https://t.co/x9"): no words of its."""


def _posts(text: str, layout: Layout, signed: dict[int, tuple[Mention, Cue]], kept: list[Quotation]) -> list[Quotation]:
    """The posts embedded as text above their signature lines, each a direct quotation of the account.

    A social post pasted into the copy ("The road is closed. pic.twitter.com/x" over "— Metro Police
    (@MetroPolice) 3 March 2026") has no quote marks; the line above its signature is the account's words
    (rule ``layout.post_signature``) unless a quotation in marks was found in it already (then the sign-off
    credits that one). Reported speech found inside the post stays, nested in it.
    """
    posts: list[Quotation] = []
    for para in layout.paragraphs:
        if para.role != "signoff" or para.index == 0 or not post_signature(make_line(text, para).text):
            continue
        above = layout.paragraphs[para.index - 1]
        signoff = signed.get(above.index)
        marked = any(above.start <= q.start < above.end and q.kind != "indirect" for q in kept)
        if above.role != "body" or signoff is None or marked:
            continue
        line = make_line(text, above)
        tail = _POST_TAIL.search(line.text)
        end = line.start + (tail.start() if tail else len(line.text))
        if end <= line.start:
            continue
        content = Span(line.start, end, text[line.start : end])
        posts.append(
            Quotation(
                content=content,
                kind="direct",
                fragments=(content,),
                speaker=signoff[0],
                cue=attrs.evolve(signoff[1], lemma="write", relation="wrote"),
                rule="layout.post_signature",
                confidence=SIGNOFF_CONFIDENCE,
            )
        )
    return posts


def is_silent(layout: Layout, offset: int) -> bool:
    """Whether the line holding ``offset`` reports nothing (a headline, caption, byline, question ...).

    Args:
        layout: The article's layout, with roles.
        offset: A character offset (a claim's start).

    Returns:
        ``True`` for a line whose role is in :data:`SILENT_ROLES`.

    """
    return bool(layout.paragraphs) and layout.role_at(offset) in SILENT_ROLES


def _reported_answers(layout: Layout, turns: dict[int, _Turn], quotes: list[Quotation]) -> set[int]:
    """The "A:" answer lines that quote and credit their speaker themselves, by paragraph index.

    Such a line is the paper's report of the answer ("A: “I have not decided,” Lopez said."; "A: Lopez said
    she had ..."): a quotation opens the turn's words and its speaker is named in the line after it (a name
    or "she"), or the turn opens with a named speaker of a quotation of the line ("Lopez said ..."). The
    interviewee's own report of someone else ("A: He said, “We are drifting.”") stays an answer.
    """
    found: set[int] = set()
    for quote in quotes:
        para = layout.paragraph_at(quote.start)
        turn = turns.get(para.index)
        speaker = quote.speaker
        if para.role != "qa_answer" or turn is None or speaker is None or quote.cue is None:
            continue
        if turn.label.text.upper() not in ANSWER_LABELS:
            continue  # a name label ("OKAFOR:") is its speaker's own turn, whatever names it opens with
        if not turn.content.start <= speaker.start < turn.content.end:
            continue
        if _opens_with(quote, turn, speaker) or _named_at_start(turn, speaker):
            found.add(para.index)
    return found


def _opens_with(quote: Quotation, turn: _Turn, speaker: Mention) -> bool:
    """Whether the quotation opens the turn's words and its speaker, a name or a pronoun, follows it."""
    first_end = quote.fragments[0].end if quote.fragments else quote.end
    if quote.start > turn.content.start + 1 or speaker.start < first_end:
        return False
    return speaker.text[:1].isupper() or speaker.text.casefold() in THIRD_PERSON


def _named_at_start(turn: _Turn, speaker: Mention) -> bool:
    """Whether the turn's words open with a name as a speaker ("Lopez said she had ..."; not "He", "The engineers")."""
    words = speaker.text.split()
    if speaker.start != turn.content.start or words[0].casefold() in _PRONOUNS:
        return False
    return all(word[:1].isupper() for word in words)


_PRONOUNS: frozenset[str] = frozenset(
    {"he", "she", "they", "we", "i", "it", "you", "my", "our", "his", "her", "the", "a", "an", "this", "that"}
)
"""Pronouns, possessives and articles that open an interviewee's own report ("He said, ...", "My editor said
...", "The Mayor said ...")."""


def _answers(
    text: str, layout: Layout, turns: dict[int, _Turn], reported: set[int], *, asks: bool = False
) -> list[Quotation]:
    """One quotation per answer line; a line without a label continues the answer above it.

    A line after a reported answer (``reported``) continues no answer. With ``asks``, a named interviewer's
    question line is a question quotation too (:func:`interviewer_question`).
    """
    found: list[Quotation] = []
    label: Span | None = None
    for para in layout.paragraphs:
        if para.role not in TURN_ROLES:
            continue
        if para.index in reported:
            label = None
            continue
        turn = turns.get(para.index)
        if turn is None and label is not None:
            line = make_line(text, para)
            if line.text:
                turn = _Turn(label, Span.of(text, line.start, line.end))
        if turn is None:
            continue
        label = turn.label
        if para.role == "qa_answer":
            found.append(_answer(turn))
        elif asks and turn.label.text.upper().rstrip(".") not in ANONYMOUS_ASKERS:
            found.append(interviewer_question(turn))
    return found


def _speaker_elsewhere(layout: Layout, quote: Quotation, para: Paragraph) -> bool:
    """Whether a quotation has no speaker of its own line (none, or one carried over from a line above)."""
    speaker = quote.speaker
    return speaker is None or layout.paragraph_at(speaker.start).index != para.index


def _dropped(quote: Quotation, para: Paragraph, turn: _Turn | None) -> bool:
    """Whether the role of the quotation's line silences it."""
    if para.role in SILENT_ROLES:
        return True
    if para.role == "section_label" and turn is None:
        return True  # a whole line in capitals ("COUNCIL SAYS NO", "POLITICS")
    if para.role not in {"section_label", "qa_answer"} or turn is None:
        return False
    label = turn.label
    for span in (quote.speaker, quote.cue):
        if span is not None and label.start <= span.start and span.end <= label.end + 1:
            return True  # the label (or its colon) read as the speaker or the cue
    if para.role == "qa_answer" and quote.start < turn.content.start:
        return True  # a parse across the label (or a timestamp before it): "[00:04:44] Moreau: Soon, they say"
    return para.role == "qa_answer" and quote.start <= turn.content.start and quote.end >= turn.content.end


def _turn(text: str, para: Paragraph) -> _Turn | None:
    """The label and words of a ``section_label``, ``qa_answer`` or ``qa_question`` line that opens with a label."""
    if para.role not in {"section_label", *TURN_ROLES}:
        return None
    line = make_line(text, para)
    found = turn_label(line.text)
    if found is None:
        return None
    label, label_end = found
    rest = line.text[label_end:]
    after = rest.lstrip(" \t:.")
    start = line.end - len(after)
    end = line.end
    if LINE_PATTERNS["LEADING_MARK"].match(line.text):
        # A quoted transcript's turn ("“MARLOWE: ...”"): its closing mark is no word of it (a timestamp before the
        # label is no opening mark: "[00:14:36] Oduya: ... “...”" keeps the mark closing a quotation).
        end = start + len(after.rstrip().rstrip(CLOSING_MARKS).rstrip())
    if end <= start:
        return None
    label_start = line.start + label_end - len(label)
    return _Turn(Span.of(text, label_start, label_start + len(label)), Span.of(text, start, end))


def _answer(turn: _Turn) -> Quotation:
    """A transcript answer as a ``direct`` quotation spoken by its label."""
    label = turn.label
    return Quotation(
        content=turn.content,
        kind="direct",
        cue=Cue(label.start, label.end, label.text, lemma="say", cue_class="speech", relation="said"),
        speaker=Mention(label.start, label.end, label.text),
        confidence=ANSWER_CONFIDENCE,
        rule="layout.transcript",
    )


@rule("quote.interviewer_question", stage="quotes", order=480, confidence=ANSWER_CONFIDENCE, default=False)
def interviewer_question(turn: _Turn) -> Quotation:
    """A named interviewer's turn ("GREER: And what did you tell him?") as a ``direct`` question of its label.

    Off by default: a transcript's questions are the interviewer's, not the interviewee's, and the interview
    suites annotate them as silent. Switched on, a person named by the label ("GREER", "TOM GREER", a role
    "PRESENTER" introduced as "presenter Tom Greer") asks it, as "“Why?” she asked" reports a question: cue
    class ``question``, which the ``speech`` scope keeps like any quoted question. "Q:", "INTERVIEWER:" and
    "REPORTER:" name nobody and stay silent.
    """
    label = turn.label
    return Quotation(
        content=turn.content,
        kind="direct",
        cue=Cue(label.start, label.end, label.text, lemma="ask", cue_class="question", relation="said"),
        speaker=Mention(label.start, label.end, label.text),
        confidence=ANSWER_CONFIDENCE,
        rule="quote.interviewer_question",
        cue_class="question",
    )


def _signed_paragraphs(text: str, layout: Layout) -> dict[int, tuple[Mention, Cue]]:
    """For each paragraph whose quotations a sign-off below credits: the name mention and the dash.

    One pass: a sign-off credits the quotation lines right above it, up to the
    previous sign-off or the first line that is not a quotation.
    """
    found: dict[int, tuple[Mention, Cue]] = {}
    paragraphs = layout.paragraphs
    floor = 0
    for para in paragraphs:
        if para.role != "signoff":
            continue
        line = make_line(text, para)
        where = signoff_name(line.text)
        if where is None:
            floor = para.index + 1
            continue
        name = Mention(line.start + where[0], line.start + where[1], line.text[where[0] : where[1]])
        dash = Cue(line.start, line.start + 1, text[line.start], lemma="say", cue_class="speech", relation="said")
        index = para.index - 1
        while index >= floor and paragraphs[index].role == "body" and make_line(text, paragraphs[index]).opens_quote:
            found[index] = (name, dash)
            index -= 1
        if index >= floor and index == para.index - 1:
            found[index] = (name, dash)  # a quotation ending on the line above that opened higher up
        floor = para.index + 1
    return found
