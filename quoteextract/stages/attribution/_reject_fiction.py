"""Lines of fiction quoted in reviews: a work's words, or its characters', not anybody's statement.

Reviews and arts pages quote novels, plays, films, songs and poems. The quoted words
are a line of the work, whatever verb carries them, when nothing reports them (no cue
above, no "according to", no parenthetical "X said") and the voice of the verb over
them is fiction:

- **a work or a part of one** (``fiction_noun``): "The poem ends on “...”", "The
  chapter begins with the sentence “...”", "In the closing credits the song asks
  “...?”", "The opera's libretto has the count sing “...”" (the voice of a verb
  above the one that carries the words);
- **a thing of a work** (a subject that is no person, organisation or document, with
  a work in its own phrase): "The trailer's voice-over promises “...”", "The poster
  for the play carries a line from its third scene: «...»", "The musical's
  showstopper, ‘...’, earned a standing ovation";
- **a character** (``character_noun``) of a work: "the play's heroine turns to the
  audience: “...”";
- **anyone inside a work**: a common-noun subject of a verb framed by "in" and a
  work ("In the script's final page, the old boxer whispers ‘...’", "In the
  sitcom's pilot, the landlord greets every tenant with ‘...’"). A name or a
  pronoun stays a speaker ("In his book, Smith writes “...”");
- **a line named by the noun before the marks** (a comma, colon or dash between): a
  work or a part of one, or a thing a work or a character owns ("a line from its third
  scene: «...»", "Every review quotes the villain's threat, ‘...’"); not a person
  ("the film's star, “...”") nor a speech ("the villain's speech").

Kept: a work's makers ("The film's director said “...”": a person), a work that is
a document or an advertisement ("The report says", "The ad says": they speak for
their authors; neither is a ``fiction_noun``), and a character without a work
("the narrator of the ad").

The word classes are data: ``quoteextract/lang/en/data/reject_words.tsv``
(``fiction_noun``, ``character_noun``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en._speaker_lexicon import roles
from ...lang.en.syntax import SUBJECT_DEPS, VERB_POS
from ...rules import rule
from ._context import Scene, Setting
from ._reject_carried import _voice, reported, speaks
from ._reject_syntax import verb_over_quote, words

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_VERBS = 3
"""Verbs read up from the one over the quoted words, through complements ("has the count sing")."""

COMPLEMENT_DEPS: frozenset[str] = frozenset({"xcomp", "ccomp"})
"""Labels of a verb that completes the one above ("has the count sing"); a conjoined verb is another clause."""

OWNER_PREPOSITIONS: frozenset[str] = frozenset({"of", "for", "from"})
"""Prepositions that give a thing its work ("the poster for the play", "a line from the film")."""

WINDOW = 240
"""Characters before the opening mark read for an introduction: bounded, so long run-on sentences cost no rescan."""

LINE_PUNCTUATION: frozenset[str] = frozenset({",", ":", "—", "–", "-"})
"""Marks between a noun and the line it names ("the villain's threat, ‘...’", "a line from its third scene: «...»")."""

FRAME_PREPOSITIONS: frozenset[str] = frozenset({"in"})
"""Prepositions that set a verb inside a work ("In the film, ...")."""


def _is_fiction(token: Token) -> bool:
    """Whether a noun names a work of fiction or a part of one (``fiction_noun``)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("fiction_noun")


def _owners(noun: Token) -> list[Token]:
    """The words of a noun's own phrase that may name its work: its left modifiers and theirs, "of"/"for" objects."""
    found: list[Token] = []
    for child in noun.lefts:
        found.append(child)
        found.extend(child.lefts)
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPOSITIONS:
            found.extend(c for c in prep.rights if c.dep_ == "pobj")
    return found


def _in_work(noun: Token, before: int, groups: tuple[str, ...] = ("fiction_noun", "character_noun")) -> bool:
    """Whether a work or a character (``groups``) is in the noun's own phrase before ``before`` ("the play's hero")."""
    return any(
        t.idx < before and t.pos_ == "NOUN" and any(t.lemma_.lower() in words(g) for g in groups) for t in _owners(noun)
    )


def _fictional_voice(voice: Token, before: int) -> bool:
    """Whether a verb's voice is a work, a thing of a work, a character of a work or a character's words.

    "The trailer's voice-over" (a thing of a work), "the play's heroine" (a character of a work) and "the
    villain's threat" (a character's words, even a cue noun) are fiction; "the film's star" (a person) and
    "the film's director" are not.
    """
    if _is_fiction(voice):
        return True
    if voice.pos_ != "NOUN" or not _in_work(voice, before):
        return False
    lemma = voice.lemma_.lower()
    if lemma in words("character_noun"):
        return True
    if _in_work(voice, before, ("character_noun",)):
        return lemma not in roles()
    return not speaks(voice)


def _framed(verb: Token, before: int) -> bool:
    """Whether "in" and a work frame the verb ("In the script's final page, ...", "In the film, ...")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in FRAME_PREPOSITIONS or prep.idx >= before:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (_is_fiction(noun) or _in_work(noun, before)):
                return True
    return False


def _verbs_up(verb: Token) -> list[Token]:
    """The verb over the quoted words and the verbs above it, nearest first (at most :data:`MAX_VERBS`)."""
    found = [verb]
    node = verb
    while len(found) < MAX_VERBS and node.dep_ in COMPLEMENT_DEPS and node.head.pos_ in VERB_POS:
        node = node.head
        found.append(node)
    return found


def _voiced_in_fiction(verb: Token, before: int) -> bool:
    """Whether a verb over the quoted words is voiced by fiction or set inside a work."""
    for node in _verbs_up(verb):
        voice = _voice(node)
        if voice is None:
            continue
        if _fictional_voice(voice, before):
            return True
        if voice.pos_ == "NOUN" and voice.dep_ in SUBJECT_DEPS and _framed(node, before):
            return True
    return False


def _line_noun(scene: Scene, setting: Setting) -> Token | None:
    """The noun right before the opening mark, a comma, colon or dash between ("the villain's threat, ‘...’")."""
    end = setting.quote.open.start
    before = [t for t in scene.tokens_in(max(setting.pre.start, end - WINDOW // 8), end) if not t.is_space]
    while before and before[-1].is_punct and before[-1].text in LINE_PUNCTUATION:
        before.pop()
    if not before or before[-1].pos_ != "NOUN" or _is_speech(before[-1]):
        return None
    return before[-1]


def _introducing_verbs(scene: Scene, setting: Setting) -> list[Token]:
    """The top verbs of the words before the marks, when the quoted words do not hang off them.

    The parse often makes the quoted sentence the root and the introduction its clause ("the play's heroine
    turns to the audience: “...”" with "turns" under the quoted verb).
    """
    end = setting.quote.open.start
    start = max(setting.pre.start, end - WINDOW)
    return [
        t
        for t in scene.tokens_in(start, end)
        if t.pos_ in VERB_POS and (t.head.i == t.i or not start <= t.head.idx < end)
    ]


def _is_speech(noun: Token) -> bool:
    """Whether a noun names somebody's speech ("speech", "remarks", "statement"): its words are a statement."""
    return noun.lemma_.lower() in words("speaking_noun")


def fiction_line(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are a line of fiction (see the module docstring).

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for "The poem ends on “...”", "the play's heroine turns to the audience: “...”", "In the
        sitcom's pilot, the landlord greets every tenant with ‘...’"; False for "The film's director
        said “...”", "The report says “...”" and any line a cue, "according to" or "X said" reports.

    """
    found = verb_over_quote(scene, setting)
    before = setting.quote.open.start
    if found is not None and not reported(scene, setting, found[0]) and _voiced_in_fiction(found[0], before):
        return True
    introducing = _introducing_verbs(scene, setting)
    if any(not reported(scene, setting, v) and _voiced_in_fiction(v, before) for v in introducing):
        return True
    noun = _line_noun(scene, setting)
    if noun is None or not _fictional_voice(noun, before):
        return False
    return not reported(scene, setting, noun.head if noun.head.pos_ in VERB_POS else noun)  # "quotes the villain's ..."


@rule("reject.fiction_line", stage="reject", order=62)
def fiction_line_rule(scene: Scene, setting: Setting) -> str | None:
    """A line of a novel, play, film, song or poem, voiced by the work or its characters: a word as a word."""
    return "word_as_word" if fiction_line(scene, setting) else None
