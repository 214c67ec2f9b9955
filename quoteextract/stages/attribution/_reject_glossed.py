"""Rejections of glosses: a word a gloss explains ("“Mahalo”, the Hawaiian word for thanks") and the meaning itself.

News translates or explains a foreign or unusual word in an appositive right after
its marks: "“Mahalo”, the Hawaiian word for thanks, is printed on every receipt",
"“ceilidh”, the Gaelic for a visit", "‘hygge’, which roughly means cosiness",
"“haar” — the Scots term for a sea mist —". The quoted word is a word discussed as
a word, nobody's statement; the parse often takes the gloss for an attribution
("thanks" as a cue, "the Hawaiian word" as its speaker). ``reject.glossed_word``
rejects it (reason ``word_as_word``). The meaning itself, in marks after "means"
or "Latin for", or after a name that "means" it ("whose Māori name means “...”"), is
``reject.gloss`` (here too).

The test reads a bounded window after the closing mark.
"""

from __future__ import annotations

import regex

from ...rules import rule
from ._context import Scene, Setting, word_count
from ._reject_sayings import FLAGS, MAX_LABEL_WORDS, WINDOW, _bare, _before

GLOSSED_AFTER = regex.compile(
    r"""
    ^[ ]*(?:,|\(|—|–|[ ]-[ ])[ ]*
    (?:(?:the|an?)[ ]+(?!(?:only|right|best|same|perfect|kindest|politest)\b)(?:[\p{L}\-]+[ ]+){0,2}?
        (?:word|term|name|phrase|expression|greeting|slang|abbreviation|acronym|euphemism)s?[ ]+(?:for|meaning)\b
      |(?:the[ ]+)?(?:Welsh|Latin|Greek|French|German|Italian|Spanish|Portuguese|Dutch|Japanese|Chinese|Mandarin
        |Arabic|Hebrew|Yiddish|Irish|Gaelic|Scots|Hindi|Urdu|Russian|Polish|Swedish|Norwegian|Danish|Finnish|Māori
        |Maori|Swahili|Korean|Turkish|Persian|Sanskrit|Cornish|Icelandic|Hawaiian|Hawai['’]ian|Zulu|Inuit)
        [ ]+(?:word[ ]+|term[ ]+)?for\b
      |(?:which[ ]+|that[ ]+)?(?:roughly|loosely|literally|broadly)[ ]+(?:means|meaning|translates|translated)\b
      |(?:which[ ]+)?translat(?:es|ed|ing)[ ]+(?:\p{L}+ly[ ]+)?(?:as|to)\b
      |literally[ ]+["“‘']
    )
    """,
    FLAGS,
)
"""A gloss right after a quoted word, set off as an appositive: "“Mahalo”, the Hawaiian word for thanks", "“ceilidh”,
the Gaelic for a visit", "‘hygge’, which roughly means cosiness", "(literally ‘...’)". A bare "which means" is
left alone: after a speaker's word it is as often a consequence ("called it “unworkable”, which means ...")."""


GLOSS = regex.compile(
    r"""
    \b(?:means?|meaning|meant|translat(?:es|ed|ing)(?:[ ]+[\p{L}]+ly)?[ ]+(?:as|to)|stands?[ ]+for|short[ ]+for
      |(?:literally|roughly|loosely)(?:[ ]+(?:means?|meaning|translated))?
      |(?:Welsh|Latin|Greek|French|German|Italian|Spanish|Portuguese|Dutch|Japanese|Chinese|Mandarin|Arabic|Hebrew
        |Yiddish|Irish|Gaelic|Scots|Hindi|Urdu|Russian|Polish|Swedish|Norwegian|Danish|Finnish|Māori|Maori|Swahili
        |Korean|Turkish|Persian|Sanskrit|Cornish|Icelandic)[ ]+for)
    [ ]*[,:—–]?[ ]*$
    """,
    FLAGS,
)
"""A gloss right before the marks ("means", "translates roughly as", "Latin for")."""

GLOSSED = regex.compile(
    r"(?:[”’\"'»][ ]*,?[ ]*(?:(?:which|that|it)[ ]+)?"
    r"|\b(?i:whose|its|their|his|her|\p{L}+['’]s?)[ ]+(?:[\p{L}’'\-]+[ ]+){0,2}?(?:place-?)?names?[ ]+)"
    r"(?:\p{L}+ly[ ]+)?$"
)
"""What a gloss explains, right before it: a quoted word ("“Festina lente” means", "‘hygge’, which roughly
means") or a name ("whose Māori name means", "the village's Welsh name literally means"); not "the verdict
means" or "the phrase means", whose words a speaker may be quoted on."""


def gloss(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are the meaning or translation of a word ("“Festina lente” means “make haste slowly”").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for at most :data:`MAX_LABEL_WORDS` words after "means", "translates as", "Latin for" and the like,
        right after a quoted word ("“Festina lente” means", "‘hygge’, which roughly means"); False for
        "the verdict means “nothing has changed”" (a speaker's words about a thing).

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_LABEL_WORDS:
        return False
    before = _before(scene, setting)[1]
    match = GLOSS.search(before)
    return match is not None and GLOSSED.search(before, 0, match.start()) is not None


def glossed_word(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are a word a gloss right after them explains ("“Mahalo”, the Hawaiian word for thanks").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for at most :data:`MAX_LABEL_WORDS` quoted words followed by an appositive gloss
        (:data:`GLOSSED_AFTER`).

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_LABEL_WORDS:
        return False
    end = min(len(scene.text), setting.outer_end + WINDOW)
    return GLOSSED_AFTER.match(scene.text[setting.outer_end : end]) is not None


@rule("reject.glossed_word", stage="reject", order=25)
def glossed_word_rule(scene: Scene, setting: Setting) -> str | None:
    """A word a gloss right after it explains ("“Mahalo”, the Hawaiian word for thanks", "‘X’, which roughly means")."""
    return "word_as_word" if glossed_word(scene, setting) else None


@rule("reject.gloss", stage="reject", order=25)
def gloss_rule(scene: Scene, setting: Setting) -> str | None:
    """The meaning or translation of a word ("“Festina lente” means “make haste slowly”")."""
    return "word_as_word" if gloss(scene, setting) else None
