"""Attributions from around the sentence, for a quoted sentence with no cue of its own.

The registered rules of stage ``"quotes"`` with orders 300–399, tried in
order: an introduction ending in a colon in the previous sentence, the
speaker of the quotation right before, a cue with a speaker in the previous
or next sentence, anywhere in the paragraph, and finally none
(``quote.unattributed``). Cues inside quoted words never count.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..._model import Mention, Span
from ...lang.en._lexicon import cue_noun
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS, VERB_POS
from ...rules import rule
from ..layout import is_silent
from ._context import word_count
from ._cues import CueInfo, mention_span
from ._leading import leading, naming_aside, with_pre
from ._mention import speaker_of, to_mention
from ._quotes import AROUND, CONFIDENCE, Attribution, Look, cue_of, cues_between, run_band
from ._verbs import gives_a_name

if TYPE_CHECKING:
    from spacy.tokens import Token

NEIGHBOUR_CLASSES: frozenset[str] = frozenset({"speech", "phrase"})
"""Cue classes that attribute a quotation from a neighbouring sentence."""

EMPTY_SPEAKERS: frozenset[str] = frozenset({"it", "this", "that"})
"""Subjects of a neighbouring cue that name no speaker."""

SUBJECT_LEAD = 1
"""Most words before the speaker of a cue opening the next sentence ("And Smith said.")."""

NEXT_SENTENCE_LEAD_WORDS = 6
"""Most words before the cue of a next sentence that attributes the quotation ("The city's engineer, Okafor, said.")."""

INTRODUCED_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
"""Pronoun subjects of a writer's sentence that introduce the person quoted in the next paragraph."""

NOT_SPEAKER_ENTITIES: frozenset[str] = frozenset(
    {"GPE", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "EVENT", "LAW", "WORK_OF_ART"}
)
"""Entity types of a named subject that is no speaker ("Britain has long resisted.")."""

MAX_INTRODUCTION_WORDS = 30
"""Longest writer's sentence that introduces the speaker of the quotation opening the next paragraph."""

MIN_INTRODUCED_WORDS = 5
"""Fewest words of a quotation credited through the sentence before (a shorter one alone is a subheading)."""


def neighbours(look: Look) -> Attribution | None:
    """The attribution of a quoted sentence with no cue of its own (the active rules of orders 300–399).

    Args:
        look: The pairing, with the quotation before it and the quoted stretches.

    Returns:
        The attribution, or ``None`` when no active rule gives one.

    """
    return run_band(look, AROUND)


def previous_sentence(look: Look) -> tuple[int, int] | None:
    """The sentence before the pairing's sentence (in its paragraph or the one before).

    Args:
        look: The pairing.

    Returns:
        ``(start, end)`` of that sentence, or ``None`` at the article's start.

    """
    text, layout, setting = look.text, look.scene.layout, look.setting
    end = setting.pre.start
    para = setting.para
    while end > para.start and text[end - 1].isspace():
        end -= 1
    if end <= para.start:
        if para.index == 0:
            return None
        para = layout.paragraphs[para.index - 1]
        end = para.end
    start = layout.sentence_start(para.start, max(para.start, end - 1))
    return (start, end) if start < end else None


@rule("quote.colon_intro", stage="quotes", order=310, confidence=CONFIDENCE["quote.colon_intro"])
def colon_intro(look: Look) -> Attribution | None:
    """An introduction ending with a colon, before the mark or as the previous sentence ("The senator went on:").

    Before the mark, any verb with a subject in the introduction attributes
    the quotation ("Okafor delivered a snappy retort: “...”"), when no cue
    right before the colon did; a verb that gives a name does not ("Locals
    gave the bird a name: “Big Len”", "The crew dubbed the tower: ...").
    """
    pre = look.setting.pre
    if pre.text.strip():
        if not pre.text.rstrip().endswith(":"):
            return None
        intro = pre
    else:
        previous = previous_sentence(look)
        if previous is None or not look.text[previous[0] : previous[1]].rstrip().endswith(":"):
            return None
        intro = Span.of(look.text, previous[0], previous[1])
    found = naming_aside(look, leading(with_pre(look, intro))) or _any_verb_subject(look, intro)
    if found is None:
        return None
    return Attribution(rule="quote.colon_intro", cue=found.cue, speaker=found.speaker, end=found.end)


def _any_verb_subject(look: Look, intro: Span) -> Attribution | None:
    """Any verb with a subject in an introduction ending in a colon ("The senator went further:").

    A subject that is someone's words ("Her answer is always the same:",
    "The company's reply was short:": a speech noun of the lexicon with a
    possessor) credits the possessor, with the noun as the cue.
    """
    for token in reversed(look.scene.tokens_in(intro.start, intro.end)):
        if token.pos_ not in VERB_POS:
            continue
        if gives_a_name(token):
            return None
        for child in token.children:
            if child.dep_ in NOMINAL_SUBJECT_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
                speaker, cue = _words_of(child) or (child, token)
                start, end = cue.idx, cue.idx + len(cue.text)
                mention = mention_span(speaker)
                if len(mention) > 1 and mention[-1].dep_ == "case":
                    mention = mention[:-1]  # "Ostrova’s response": the possessor without its "’s"
                return Attribution(
                    rule="quote.colon_intro",
                    cue=Span.of(look.text, start, end),
                    speaker=to_mention(mention),
                    end=intro.end,
                )
    return None


def _words_of(noun: Token) -> tuple[Token, Token] | None:
    """``(possessor, noun)`` when ``noun`` is someone's words ("her answer", "the minister's reply"), else ``None``."""
    if noun.pos_ != "NOUN":
        return None
    entry = cue_noun(noun.lemma_)
    if entry is None or entry.cls != "speech":
        return None
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    return (possessor, noun) if possessor is not None else None


@rule("quote.continuation", stage="quotes", order=320, confidence=CONFIDENCE["quote.continuation"])
def continuation(look: Look) -> Attribution | None:
    """Right after a quotation with a speaker, with nothing in between, opening its sentence: the same speaker.

    A quotation in a line that reports nothing (a "READ MORE" teaser, a caption, a headline) is not continued
    by the text under it: the teaser quotes another story.
    """
    previous, setting = look.previous, look.setting
    if previous is None or previous[0].speaker is None or is_silent(look.scene.layout, previous[0].start):
        return None
    if setting.pre.text.strip():
        return None  # words of the writer's before the mark ("Okafor delivered a retort: “...”"): no continuation
    between = look.text[previous[1] : setting.pre.start]
    earlier = look.scene.layout.paragraph_at(max(0, previous[1] - 1)).index
    if between.strip() or setting.para.index - earlier > 1:
        return None
    prev = previous[0]
    return Attribution(rule="quote.continuation", cue=prev.cue, speaker=prev.speaker)


@rule("quote.previous_sentence", stage="quotes", order=330, confidence=CONFIDENCE["quote.previous_sentence"])
def in_previous_sentence(look: Look) -> Attribution | None:
    """A speech cue with a speaker in the sentence before."""
    before = previous_sentence(look)
    if before is None:
        return None
    return neighbour_speaker(look, before[0], before[1], "quote.previous_sentence")


@rule("quote.next_sentence", stage="quotes", order=340, confidence=CONFIDENCE["quote.next_sentence"])
def in_next_sentence(look: Look) -> Attribution | None:
    """A speech cue with a speaker opening the sentence after ("“We won.” Smith said.").

    The cue must come within :data:`NEXT_SENTENCE_LEAD_WORDS` words of that
    sentence's start: a later one reports something else ("She left the room
    and Okafor said nothing.").
    """
    setting, text = look.setting, look.text
    start, hi = setting.post.end, setting.last_para.end
    if start >= hi:
        return None
    while start < hi and text[start].isspace():
        start += 1
    end = look.scene.layout.sentence_end(min(start + 1, hi), hi)
    return neighbour_speaker(look, start, end, "quote.next_sentence", lead=NEXT_SENTENCE_LEAD_WORDS)


@rule("quote.paragraph", stage="quotes", order=350, confidence=CONFIDENCE["quote.paragraph"])
def in_paragraph(look: Look) -> Attribution | None:
    """A speech cue with a speaker elsewhere in the paragraph: the nearest before, else the first after.

    A cue after the quotation must open its sentence, as for ``quote.next_sentence``.
    """
    setting = look.setting
    found = neighbour_speaker(look, setting.para.start, setting.pre.start, "quote.paragraph", last=True)
    if found is None and setting.post.end < setting.last_para.end:
        found = neighbour_speaker(
            look, setting.post.end, setting.last_para.end, "quote.paragraph", lead=NEXT_SENTENCE_LEAD_WORDS
        )
    return found


@rule("quote.introduced", stage="quotes", order=360, confidence=CONFIDENCE["quote.introduced"])
def introduced(look: Look) -> Attribution | None:
    """A quotation opening its sentence after a writer's sentence about one person ("Her son sees it differently.").

    News introduces a speaker with a sentence of the writer's and lets the
    quotation follow with no cue, in the same paragraph or as a paragraph of
    its own ("Delgado is blunt about her early years. ¶ “I was fired three
    times ...”"). When no rule before found a cue with a speaker, the
    subject of the sentence before (in a body line, of at most
    :data:`MAX_INTRODUCTION_WORDS` words, with no quoted words) is the
    speaker, when it is named: a proper noun not tagged a place, date or
    number (directly, or through its appositive: "Her son, Callum Tulloch,
    ..."), or "he" or "she", the active subject of the sentence's root
    verb, which is the cue. A subject that names no one ("The government
    had been stalling.", "Britain has long resisted.") introduces no one; a
    passive subject ("She was fired.") is acted on, not introduced; a
    quotation of fewer than :data:`MIN_INTRODUCED_WORDS` words is a
    subheading ("‘A change warrior.’"), not an answer.
    """
    setting, scene = look.setting, look.scene
    if setting.pre.text.strip() or word_count(setting.quote.content.text) < MIN_INTRODUCED_WORDS:
        return None
    before = previous_sentence(look)
    if before is None:
        return None
    start, end = before
    intro = scene.layout.paragraph_at(start)
    if intro.role != "body" or not scene.text[start:end].rstrip().endswith("."):
        return None
    if word_count(scene.text[start:end]) > MAX_INTRODUCTION_WORDS or _quoted_within(look.quoted, start, end):
        return None
    return _person_subject(look, start, end)


def _person_subject(look: Look, start: int, end: int) -> Attribution | None:
    """The person who is the subject of the root verb of the sentence ``[start, end)``, with that verb as the cue."""
    roots = [t for t in look.scene.tokens_in(start, end) if t.head.i == t.i or not start <= t.head.idx < end]
    if len(roots) != 1 or roots[0].pos_ not in VERB_POS:
        return None
    verb = roots[0]
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue  # a passive subject ("She was fired.") is acted on, not introduced
        named = subject if subject.lower_ in INTRODUCED_PRONOUNS or _is_name(subject) else None
        if named is None:
            named = next((c for c in subject.children if c.dep_ == "appos" and _is_name(c)), None)
        if named is None:
            return None
        mention = mention_span(named)
        cue = Span.of(look.text, verb.idx, verb.idx + len(verb.text))
        return Attribution(rule="quote.introduced", cue=cue, speaker=to_mention(mention))
    return None


def _is_name(token: Token) -> bool:
    """Whether ``token`` heads a name that may be a speaker (a proper noun not tagged a place, date or number)."""
    return token.pos_ == "PROPN" and token.ent_type_ not in NOT_SPEAKER_ENTITIES


def _quoted_within(quoted: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether a quoted stretch (sorted, not overlapping) overlaps ``[start, end)``."""
    k = bisect.bisect_left(quoted, end, key=lambda q: q[0]) - 1
    return k >= 0 and quoted[k][1] > start


@rule("quote.unattributed", stage="quotes", order=390, confidence=CONFIDENCE["quote.unattributed"])
def unattributed(look: Look) -> Attribution | None:
    """None of the rules before found an attribution: a direct quotation without a speaker."""
    return Attribution(rule="quote.unattributed")


def neighbour_speaker(
    look: Look, start: int, end: int, name: str, *, last: bool = False, lead: int | None = None
) -> Attribution | None:
    """A cue with a speaker in a neighbouring sentence ``[start, end)``.

    The cues of a paragraph, and the speaker of each, are worked out once
    per paragraph (see :func:`_paragraph_cues`), so a paragraph of many
    quotations without attribution is not rescanned per quotation.

    Args:
        look: The pairing (its ``quoted`` stretches hold cues that do not count).
        start: The sentence's first offset.
        end: Offset one past its end.
        name: The rule name to report.
        last: Take the last cue with a speaker rather than the first.
        lead: At most this many words before the cue in its sentence, and at
            most :data:`SUBJECT_LEAD` before its speaker: the attribution
            opens its sentence (no limit when ``None``).

    Returns:
        The attribution of the first cue that has a speaker, or ``None``.

    """
    cues = cues_between(look.scene, start, end)
    for cue in reversed(cues) if last else cues:
        if cue.cls not in NEIGHBOUR_CLASSES or _inside(look.quoted, cue.token.idx):
            continue
        if lead is not None and not _opens_sentence(look, start, cue.token.idx, lead):
            continue
        speaker = _speaker(look, cue)
        if lead is not None and speaker is not None and not _opens_sentence(look, start, speaker.start, SUBJECT_LEAD):
            continue
        if speaker is not None and speaker.text.lower() not in EMPTY_SPEAKERS:
            return Attribution(rule=name, cue=cue_of(look.text, cue), speaker=speaker)
    return None


def _opens_sentence(look: Look, start: int, offset: int, lead: int) -> bool:
    """Whether at most ``lead`` words come before ``offset`` in its sentence (not counting those before ``start``)."""
    para = look.scene.layout.paragraph_at(offset)
    begin = max(start, look.scene.layout.sentence_start(para.start, offset))
    return word_count(look.text[begin:offset]) <= lead


def _speaker(look: Look, cue: CueInfo) -> Mention | None:
    """The speaker of a neighbouring cue, never written after its verb (cached on the scene)."""
    key = ("quote.neighbour_speaker", cue.token.i)
    memo = look.scene.memo
    if key not in memo:
        memo[key] = speaker_of(cue, inverted_ok=False)
    found = memo[key]
    return found if isinstance(found, Mention) else None


def _inside(quoted: tuple[tuple[int, int], ...], offset: int) -> bool:
    """Whether ``offset`` lies in one of the quoted stretches (sorted, not overlapping)."""
    k = bisect.bisect_right(quoted, offset, key=lambda q: q[0]) - 1
    return k >= 0 and quoted[k][0] <= offset < quoted[k][1]
