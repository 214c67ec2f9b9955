"""A quoted sentence credited by the writer's next sentence, which points back at it.

Features open a paragraph with the words and name the speaker in the sentence
after, pointing back at them: "“It just kept coming.” ¶ That is how Aroha
Ngata describes the night ...", "“...” So says the mayor, ...", "“...” The
warning came from Dr Lee, ...". The pointing words ("That is how", "So says",
"The warning came from") make the next sentence an attribution even when it
starts a new paragraph or its speaker stands several words into it, where
``quote.next_sentence`` (a cue within the first words of the same paragraph's
next sentence) does not look.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ..._model import Mention, Span
from ...rules import rule
from ._around import NOT_SPEAKER_ENTITIES
from ._cues import mention_span
from ._mention import SPEAKER_PRONOUNS, any_verb_cue, quote_cue, speaker_of, to_mention
from ._quotes import CONFIDENCE, Attribution, Look, cue_of

if TYPE_CHECKING:
    from spacy.tokens import Token

POINTING_OPENERS = regex.compile(
    r"(?:That|This|Which)(?:['’]s|\s+(?:is|was))\s+(?:how|what)\s"
    r"|(?:And\s+)?[Ss]o\s+(?:says|said)\s"
)
"""Openers of a sentence that credits the words before it through its cue verb ("That is how X describes it")."""

_NOUN = (
    r"(?P<noun>warning|verdict|words?|message|assessment|plea|admission|reaction|advice|answer|reply|prediction"
    r"|promise|view|remark|confession|comment|boast|vow|appeal|response|assurance|complaint)"
)
POINTING_NOUNS = regex.compile(
    rf"(?:The|That|This|Those|These)\s+(?:\w+\s+)?{_NOUN}\s+(?:came|comes|come)\s+from\s"
    rf"|(?:Those|These|They|That|This|It|Such)(?:['’]s|\s+(?:were|are|was|is))\s+(?:the|an?)\s+(?:\w+\s+)?{_NOUN}"
    r"\s+(?:of|from)\s"
    rf"|(?:The|That|This)\s+(?:\w+\s+)?{_NOUN},\s+from\s"
)
"""Openers that name the words before them and then their speaker ("The warning came from Dr Lee", "That was the
verdict of coach Lee", "It is an unexpected confession from Lee", "The remark, from an official who ...")."""

REPORTING_CLASSES: frozenset[str] = frozenset({"speech", "stance"})
"""Cue classes whose verb reports the words before it whoever its subject is ("So says the report")."""

NOUN_HEAD_DEPS: frozenset[str] = frozenset({"compound", "amod", "det", "poss", "nmod", "punct"})
"""Labels of words in front of a noun phrase's head ("Dr", "the", "Anand-Keele's")."""

MAX_HEAD_HOPS = 4
"""Most words walked from the first word after "from" to its noun phrase's head."""


@rule("quote.back_reference", stage="quotes", order=315, confidence=CONFIDENCE["quote.back_reference"])
def back_reference(look: Look) -> Attribution | None:
    """A quoted sentence credited by the next one, which points back at it ("“...” That is how X describes it")."""
    setting, text = look.setting, look.text
    if setting.pre.text.strip() or any(c.isalnum() for c in setting.post.text):
        return None  # the quotation must be a sentence of its own
    start = _next_sentence_start(look)
    if start is None:
        return None
    end = look.scene.layout.sentence_end(start + 1, look.scene.layout.paragraph_at(start).end)
    named = POINTING_NOUNS.match(text, start)
    if named is not None:
        return _named_from(look, named, end)
    opener = POINTING_OPENERS.match(text, start)
    if opener is None:
        return None
    verb = next((t for t in look.scene.tokens_in(start, end) if t.pos_ == "VERB" and t.lemma_ != "be"), None)
    cue = (quote_cue(verb) or any_verb_cue(verb)) if verb is not None else None
    if cue is None:
        return None
    speaker = speaker_of(cue, inverted_ok=True)
    if speaker is None and verb is not None and opener.group().startswith(("So", "so", "And")):
        speaker = _phrase_after(look, verb.idx + len(verb.text), end)  # "So said X, in ...": X lost to the parse
    if speaker is None or not (cue.cls in REPORTING_CLASSES or _names_a_person(look, speaker)):
        return None  # "That is how the storm felt": no one speaks
    return Attribution(rule="quote.back_reference", cue=cue_of(text, cue), speaker=speaker)


def _names_a_person(look: Look, speaker: Mention) -> bool:
    """Whether a mention is a name (a proper noun not tagged a place or date) or a personal pronoun."""
    tokens = look.scene.tokens_in(speaker.start, speaker.end)
    if len(tokens) == 1 and tokens[0].lower_ in SPEAKER_PRONOUNS:
        return True
    return any(t.pos_ == "PROPN" and t.ent_type_ not in NOT_SPEAKER_ENTITIES for t in tokens)


def _next_sentence_start(look: Look) -> int | None:
    """Where the sentence after the quotation starts: in its paragraph, else the next body paragraph's start."""
    setting, text, layout = look.setting, look.text, look.scene.layout
    start, para = setting.post.end, setting.last_para
    while start < para.end and text[start].isspace():
        start += 1
    if start < para.end:
        return start
    if para.index + 1 >= len(layout.paragraphs):
        return None
    following = layout.paragraphs[para.index + 1]
    return following.start if following.role == "body" else None


def _named_from(look: Look, named: regex.Match[str], end: int) -> Attribution | None:
    """The speaker after "came from" or "the words of", with the pointing noun as the cue."""
    speaker = _phrase_after(look, named.end(), end)
    if speaker is None:
        return None
    cue = Span.of(look.text, named.start("noun"), named.end("noun"))
    return Attribution(rule="quote.back_reference", cue=cue, speaker=speaker)


def _phrase_after(look: Look, start: int, end: int) -> Mention | None:
    """The noun phrase that opens the text from ``start`` (to ``end``): its head's mention, if a noun's."""
    first = next((t for t in look.scene.tokens_in(start, end) if not t.is_space), None)
    if first is None or first.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
        return None
    head: Token = first
    for _ in range(MAX_HEAD_HOPS):
        if head.dep_ not in NOUN_HEAD_DEPS or head.head.i <= head.i:
            break
        head = head.head
    if head.pos_ not in ("PROPN", "NOUN"):
        return None
    return to_mention(mention_span(head))


__all__ = ["POINTING_NOUNS", "POINTING_OPENERS", "back_reference"]
