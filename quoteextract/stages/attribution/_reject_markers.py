"""Rejections read from the words before the marks when the marker is a few words away.

The marker table of :mod:`._reject` (``reject_cues.tsv``) matches the words
right before the opening mark. News puts words in between:

- signs, banners and shirts: "placards reading “Hands off our park”", "a
  poster in the window read “Closed”", "a shirt that said “...”": words
  written on a thing, not said by anyone (reason ``slogan``). A crowd that
  *chants* stays a quotation by default, as PolNeAR counts it; the rule
  ``reject.chant`` (:mod:`._reject_chant`, off by default) makes it a slogan;
- names with a gap: "known locally as “...”", "better known to fans as “...”";
- a name or word for something: "staff have a name for the queue: “the long
  wait”", "coined the phrase “...”";
- a work named a few words earlier: "a novel my aunt began, “Salt and
  Iron”" (title-case words only), or described right after the title: "“Salt
  Roads,” a film about fishing towns, opens on Friday" (session 18).

The ``LONELY`` band (orders from 200) runs on a quoted sentence with no
attribution in its own sentence, before the neighbouring sentences are asked:
a short verbless phrase ("... a name for it: “the long wait”.") is the
writer's, and must not take the attribution of the next "X said".
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ...rules import rule
from ._context import Scene, Setting, word_count
from ._reject import LONELY, is_title_case
from ._reject_syntax import _nominal, words

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_LONELY_WORDS = 4
"""Longest quoted phrase (in words) that a sentence without a cue cannot make a quotation."""

MARKER_CHARS = 160
"""Characters before the marks a gap marker is looked for in (bounded: no rescan of a long sentence)."""

TITLE_CHARS = 120
"""Characters before the marks read for a work noun."""

TITLE_WINDOW = 8
"""How many words before the marks a work noun may be for title-case words to be its title."""

_SIGN_VERBS = (
    r"(?:(?:now|still|simply|also|once|just|even|boldly|proudly)\s+)?"
    r"(?:read|reads|reading|said|says|saying|proclaimed|proclaims|proclaiming|bore|bears|bearing"
    r"|declared|declaring|announced|announcing|urged|urging|demanded|demanding"
    r"|promised|promises|promising|boasted|boasts|boasting|screamed|screams|screaming|asked|asks|asking"
    r"|say|proclaim|bear|declare|announce|urge|demand|promise|boast|scream|ask"
    r"|with\s+the\s+words?|emblazoned\s+with|printed\s+with|that\s+spelled\s+out)"
)
"""What a sign does with its words ("reading", "that said", "now reads", "promising", plural "The T-shirts say"), after
an optional adverb."""

_PLACE = r"(?:\s+(?:in|on|at|outside|above|over|across|from|near|by|along|behind)(?:\s+[\p{L}\p{N}'’\-]+){1,3}?)?"
"""An optional short phrase of place between the sign and its verb ("a poster in the window read")."""


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    """The gap markers, each anchored at the end of the words before the opening mark (compiled once)."""
    signs = "|".join(sorted((regex.escape(w) for w in words("sign_noun")), key=len, reverse=True))
    return {
        # "placards reading", "a banner saying", "a poster in the window read", "a shirt that said"
        "slogan": regex.compile(
            r"\b(?:"
            + signs
            + r")(?:s|es)?\b"
            + _PLACE
            + r"\s*,?\s+(?:(?:that|which)\s+)?"
            + _SIGN_VERBS
            + r"\s*[,:]?\s*$",
            regex.IGNORECASE,
        ),
        # "known locally as", "better known to fans as", "known here simply as", "known to a generation of
        # listeners as", "known to regulars on the No 47 route as", "... on the 6.40 as" (up to eight words, no
        # punctuation but a time's or a number's inner point)
        "nickname": regex.compile(r"\bknown(?:\s+[\p{L}\p{N}'’\-]+(?:\.\p{N}+)*){0,8}?\s+as\s*$", regex.IGNORECASE),
        # "a name for the queue:", "their word for it,", "coined the phrase", "coined"
        "word_as_word": regex.compile(
            r"(?:\b(?:name|word|term|nickname|phrase|expression)\s+for\b[^.!?;“”\"—–]{0,80}(?:[:,]|\s[—–])|\bcoined(?:\s+[\p{L}'’\-]+){0,2}?)\s*$",
            regex.IGNORECASE,
        ),
    }


def gap_marker(text: str, setting: Setting) -> str | None:
    """The reason a marker a few words before the marks gives (see the module docstring).

    Args:
        text: The article.
        setting: The pairing in its sentence.

    Returns:
        ``slogan``, ``nickname`` or ``word_as_word``, or ``None``.

    """
    pre = text[max(setting.pre.start, setting.quote.open.start - MARKER_CHARS) : setting.quote.open.start]
    if not pre.strip():
        return None
    for reason, pattern in _patterns().items():
        if pattern.search(pre):
            return reason
    return None


def work_noun_before(scene: Scene, setting: Setting) -> bool:
    """Whether title-case quoted words follow a work noun a few words back ("a novel my aunt began, “...”").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True when one of the :data:`TITLE_WINDOW` tokens before the marks, in
        the same sentence and after any earlier closing mark, is a noun naming a work.

    """
    if not is_title_case(setting.quote.content.text):
        return False
    start = max(setting.pre.start, setting.quote.open.start - TITLE_CHARS)  # bounded: no rescan of a long sentence
    tokens = scene.tokens_in(start, setting.quote.open.start)[-TITLE_WINDOW:]
    nouns = words("work_noun")
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns for t in tokens)


APPOSED_ARTICLES: frozenset[str] = frozenset({"a", "an"})
"""Articles of a work noun set after a title ("“Salt Roads,” *a* film about ..."); "the report said" attributes."""

APPOSED_WINDOW = 4
"""How many words after the marks the work noun of an apposed description may be ("a new Netflix drama")."""


def work_noun_after(scene: Scene, setting: Setting) -> bool:
    """Whether title-case quoted words are followed by an indefinite description of a work ("“Salt Roads,” a film ...").

    News sets a title and its description side by side: "“Salt Roads,” a film
    about fishing towns, opens on Friday", "“Night Lines,” a new drama on
    Channel 4, ...". The words are the work's name; the verb after the
    description says what the work does, not who said the words. A definite
    source after the marks ("“Costs Will Rise,” the report said") stays an
    attribution.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True when the words after the marks open with a comma or dash (or the
        comma inside the marks), then "a"/"an" and, within
        :data:`APPOSED_WINDOW` words, a noun naming a work, and the description
        ends at punctuation before any finite verb ("“...,” a report by the
        audit office said" is the report's words).

    """
    content = setting.quote.content.text
    if not is_title_case(content):
        return False
    tokens = [t for t in scene.tokens_in(setting.post.start, setting.post.end) if not t.is_space]
    if tokens and tokens[0].is_punct and tokens[0].text in {",", "—", "–", "-", "--"}:
        tokens = tokens[1:]
    elif not content.rstrip().endswith(","):
        return False
    if not tokens or tokens[0].lower_ not in APPOSED_ARTICLES:
        return False
    nouns = words("work_noun")
    window = tokens[: 1 + APPOSED_WINDOW]
    noun = next((i for i, t in enumerate(window) if t.pos_ == "NOUN" and t.lemma_.lower() in nouns), None)
    return noun is not None and _description_closes(tokens[noun + 1 :])


FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a finite verb: one right after a description makes it the verb's subject ("a report said")."""


def _description_closes(tokens: list[Token]) -> bool:
    """Whether a description ends at punctuation before a finite verb ("a film ..., opens"; not "a report said")."""
    for token in tokens:
        if token.is_punct:
            return True
        if token.tag_ in FINITE_TAGS:
            return False
    return True


@rule("reject.gap_marker", stage="reject", order=15)
def gap(scene: Scene, setting: Setting) -> str | None:
    """A marker a few words before the marks: a sign "reading", "known locally as", "a name for it:", a work noun.

    .. versionchanged:: session 18 also a work noun apposed after title-case words (:func:`work_noun_after`).
    """
    reason = gap_marker(scene.text, setting)
    if reason is None and (work_noun_before(scene, setting) or work_noun_after(scene, setting)):
        return "title"
    return reason


BYLINE_AFTER = regex.compile(r"[ \t]*,?[ \t]+by[ \t]+(?:the[ \t]+)?\p{Lu}")
"""A credit right after the closing mark: "“..., ” by Times' Lee Park", "“...” by the Herald's Ana Ruiz"."""

LEAD_IN = regex.compile(r"^[\s\p{Pd}\p{Lu}'’:]*$")
"""What may stand before a listed headline in its sentence: a dash, a label in capitals ("BROADWAY BEAT—")."""


def credited_title(text: str, setting: Setting) -> bool:
    """Whether the quoted words are the headline of a linked story, credited to its writer.

    Newsletters list stories as "—“Ferry fares to rise in May,” by the Herald's
    Ana Ruiz": the quoted words open their sentence (after at most a dash or a
    label in capitals), a comma closes them, and "by" and a name follow the
    closing mark. A quotation is not credited so ("“If there had not been that
    intervention” by the allies, ..." has no comma: the words go on).

    Args:
        text: The article.
        setting: The pairing in its sentence.

    Returns:
        True for such a listed headline.

    """
    credit = BYLINE_AFTER.match(text, setting.outer_end)
    if credit is None:
        return False
    comma = setting.quote.content.text.rstrip().endswith(",") or "," in credit.group()
    return comma and LEAD_IN.match(text[setting.pre.start : setting.quote.open.start]) is not None


@rule("reject.credited_title", stage="reject", order=17)
def credited(scene: Scene, setting: Setting) -> str | None:
    """A story's headline credited to its writer ("—“Ferry fares to rise,” by the Herald's Ana Ruiz"): a title."""
    return "title" if credited_title(scene.text, setting) else None


@rule("reject.lonely_phrase", stage="reject", order=LONELY + 10)
def lonely_phrase(scene: Scene, setting: Setting) -> str | None:
    """A short verbless phrase in a sentence without attribution is the writer's ("a name for it: “the long wait”")."""
    content = setting.quote.content.text.strip()
    if word_count(content) > MAX_LONELY_WORDS or not _nominal(scene, setting, MAX_LONELY_WORDS):
        return None
    words_only = content.lstrip("“‘\"'([ ")
    if not words_only[:1].islower():
        return None  # "“Unacceptable.” That was all Lee said.", "Editorial: “Deport Them.”": a sentence of its own
    intro = setting.pre.text.rstrip()
    return "word_as_word" if intro.endswith(":") else "scare_quote"
