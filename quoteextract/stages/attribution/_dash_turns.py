"""Dialogue turns opened by a dash instead of quote marks ("— I'm angry, yes, he says. — But it won't pay the rent.").

Features, interviews and copy translated from languages that set speech off
with a dash (Spanish, French, Italian, Russian ...) open each turn with an em
or en dash at the start of the paragraph and close none: the spoken words run
to a comma, question or exclamation mark followed by a short attribution
("he says", "Vidal told this newspaper", "asks her neighbour, Miquel Roig"),
and a second dash after the attribution's sentence reopens them. The finder
pairs quote marks only, so these turns are found here, once per paragraph
that opens with a dash.

A turn with an attribution inside its paragraph becomes a quotation (rule
``quote.dash_turn``): a dash opening a list item or a subheading ("— Reduce
regulations.") has none, and a turn whose attribution names no speaker is
left alone. A bare turn ("— Not away.") is a quotation only as a reply in a
dialogue (rule ``quote.dash_reply``): its paragraph comes right after an
attributed turn, or after another turn that does; a bare question there is
the reporter's, and is not reported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._model import Mention, Quotation, Span
from ...rules import rule
from ._context import Scene
from ._cues import CueInfo
from ._mention import speaker_of
from ._quotes import CONFIDENCE, cue_of, cues_between

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...article import Paragraph

DASHES = ("—", "–")
"""Dashes that open a turn of dialogue at the start of a paragraph."""

TURN_ENDS: frozenset[str] = frozenset({",", "?", "!"})
"""Punctuation that ends the spoken words before the attribution ("— Where will I go now? she asks.")."""

MAX_SUBJECT_WORDS = 3
"""Most words between the end of the spoken words and the cue ("he says", "the deputy mayor said")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp"})
"""Children after a verb that make it part of the spoken words ("— Look, he said it would work.")."""

TURN_CUE_CLASSES: frozenset[str] = frozenset({"speech", "question"})
"""Cue classes of a turn's attribution ("he says", "she asks")."""


def dash_turns(scene: Scene) -> list[Quotation]:
    """The quotations of every paragraph opened by a dash with an attribution inside it.

    Args:
        scene: The article.

    Returns:
        The quotations (none when the rule ``quote.dash_turn`` is off), in text order.

    """
    if not scene.is_on("quote.dash_turn", "quotes"):
        return []
    replies = scene.is_on("quote.dash_reply", "quotes")
    found: list[Quotation] = []
    run: list[Mention | None] = []  # the speakers of the dialogue's turns up to the paragraph before this one
    last = -2
    text = scene.text
    for para in scene.layout.paragraphs:
        first, end = scene.visible(para)
        if para.role != "body" or end - first < 3 or text[first] not in DASHES or not text[first + 1].isspace():
            continue
        if para.index != last + 1:
            run = []
        quote = dash_turn(scene, para)
        if quote is None and run and replies:
            if text[end - 1] == "?":  # the reporter's question ("— And if the wind comes early?"): a turn, unreported
                run.append(None)
                last = para.index
                continue
            quote = dash_reply(scene, para, run)
        if quote is not None:
            found.append(quote)
            run.append(quote.speaker)
            last = para.index
    return found


@rule("quote.dash_turn", stage="quotes", order=460, confidence=CONFIDENCE["quote.dash_turn"])
def dash_turn(scene: Scene, para: Paragraph) -> Quotation | None:
    """A turn of dialogue opened by a dash, attributed inside its paragraph ("— I'm angry, yes, he says. — But ...").

    The spoken words run from the dash to the comma, question or exclamation
    mark before the first speech verb with a speaker whose subject (at most
    :data:`MAX_SUBJECT_WORDS` words) or inverted speaker stands between the
    two ("— And the customers? asks her neighbour"); a cue with a clause of
    its own after it is part of the spoken words ("— Look, he said it would
    work."). A
    dash after the attribution's sentence reopens the turn up to the end of
    the paragraph, as the quotation's second piece.
    """
    first, end = scene.visible(para)
    for cue in cues_between(scene, first, end):
        verb = cue.token
        stop = _turn_end(verb, first) if cue.cls in TURN_CUE_CLASSES and verb.pos_ == "VERB" else None
        if stop is None or any(c.dep_ in CLAUSE_DEPS and c.i > verb.i for c in verb.children):
            continue
        speaker = speaker_of(cue, avoid=(first, stop.idx + 1))
        if speaker is not None:
            return _quotation(scene, cue, Span.of(scene.text, first, first + 1), stop, end, speaker)
    return None


def _turn_end(cue: Token, first: int) -> Token | None:
    """The punctuation ending the spoken words right before the cue's subject, if the cue is an attribution."""
    doc = cue.doc
    k, words = cue.i - 1, 0
    while k >= 0 and doc[k].idx > first:
        token = doc[k]
        if token.text in TURN_ENDS:
            return token
        if token.is_punct or token.is_space or words == MAX_SUBJECT_WORDS:
            return None
        words += 1
        k -= 1
    return None


def _quotation(scene: Scene, cue: CueInfo, dash: Span, stop: Token, end: int, speaker: Mention) -> Quotation:
    """The turn's quotation: its first piece, and the piece a second dash reopens after the attribution."""
    text = scene.text
    start = dash.end
    while text[start].isspace():
        start += 1
    pieces = [Span.of(text, start, stop.idx + 1)]
    marks = [dash]
    after = scene.layout.sentence_end(cue.token.idx, end)
    while after < end and text[after].isspace():
        after += 1
    if after + 1 < end and text[after] in DASHES and text[after + 1].isspace():
        marks.append(Span.of(text, after, after + 1))
        reopened = after + 1
        while text[reopened].isspace():
            reopened += 1
        pieces.append(Span.of(text, reopened, end))
    return Quotation(
        content=Span.of(text, pieces[0].start, pieces[-1].end),
        kind="direct",
        fragments=tuple(pieces),
        marks=tuple(marks),
        cue=cue_of(text, cue),
        speaker=speaker,
        confidence=CONFIDENCE["quote.dash_turn"],
        rule="quote.dash_turn",
    )


@rule("quote.dash_reply", stage="quotes", order=461, confidence=CONFIDENCE["quote.dash_reply"])
def dash_reply(scene: Scene, para: Paragraph, run: list[Mention | None]) -> Quotation:
    """A bare turn of dialogue answering the turn above it ("— He'd give it away, she says." / "— Not away.").

    Its paragraph opens with a dash and has no attribution, and the paragraph
    before it is a turn of the same dialogue (attributed, or a reply to one).
    The whole paragraph after the dash is the quotation. Speakers take turns:
    it is credited to the speaker of the turn before the one it answers
    (``A``, ``B``, then ``A`` again), and to no one when the dialogue has had
    one turn only. A bare question is the reporter's ("— And if the wind
    comes early?"): a turn of the dialogue, but not reported.
    """
    text = scene.text
    first, end = scene.visible(para)
    start = first + 1
    while text[start].isspace():
        start += 1
    speaker = run[-2] if len(run) >= 2 else None
    return Quotation(
        content=Span.of(text, start, end),
        kind="direct",
        fragments=(Span.of(text, start, end),),
        marks=(Span.of(text, first, first + 1),),
        speaker=speaker,
        confidence=CONFIDENCE["quote.dash_reply"] if speaker is not None else CONFIDENCE["quote.unattributed"],
        rule="quote.dash_reply",
    )
