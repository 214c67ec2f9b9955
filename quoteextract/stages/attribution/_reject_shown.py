"""Rejections of quoted words no person says: machine text, survey answers, words entered or learnt as words.

- **Machine text**: what an automated voice, a recorded announcement, a satnav,
  a robot, an error message or a pop-up says ("The automated voice repeats
  “your call is important to us”", "The satnav kept telling drivers to “turn
  left”", "saw the message “Transaction declined”", "an error message reading
  ‘Card not recognised’", "were greeted with ‘404: page not found’"), and what a
  hoarding, billboard, van or ticket "carries", "promises" or "proclaims" ("A
  hoarding carries the developer's promise: ‘...’"), or placards "with messages
  such as ‘...’". A message from a person stays speech ("saw the message “I am
  safe” from her son").
- **A survey answer**: an option a share of respondents answered, ticked or
  chose ("Sixty-two per cent answered ‘no’", "Almost a third chose “never”",
  "The word most often chosen was “tired”").
- **A word as a word**: a word added to a dictionary ("added ‘staycationer’ to
  the online edition") or learnt as words ("learn to say “thank you” in six
  languages", "taught the class how to say «merci»").

Each test reads a bounded window of the sentence before and after the marks.
"""

from __future__ import annotations

import regex

from ...rules import rule
from ._context import Scene, Setting, word_count
from ._reject_display import list_lead

WINDOW = 160
"""Characters read before the opening mark, and after the closing mark (bounded: no rescan)."""

MAX_SHOWN_WORDS = 20
"""Longest quoted machine text or learnt phrase (in words) these rules reject."""

MAX_ANSWER_WORDS = 4
"""Longest quoted survey answer (in words)."""

FLAGS = regex.IGNORECASE | regex.VERBOSE

_NO_MARKS = r"[^.;!?“”\"«»\n]"
"""A character of the same clause that is no quote mark."""

MACHINE = regex.compile(
    rf"""
    (?:
      \b(?:automated|recorded|pre-recorded|computeri[sz]ed|robotic|electronic|synthetic|automatic|tannoy)
        [ ]+(?:voice|message|announcement|recording|system|reply|response|assistant|alert|voicemail)s?\b
        {_NO_MARKS}{{0,60}}?
    | \b(?:sat-?navs?|GPS|robots?|(?:robot[ ])?vacuums?|smart[ ]speakers?|voice[ ]assistants?|chatbots?|kiosks?
        |(?:ticket|parking|cash|vending)[ ]machines?|self-checkouts?|elevators?|tannoys?|smoke[ ]alarms?
        |doorbells?|intercoms?|answerphones?|answering[ ]machines?)\b
        (?!['’]|[ ]+(?:workers?|operators?|engineers?|compan(?:y|ies)|firms?|makers?|owners?|staff|attendants?
          |manufacturers?|technicians?|boss(?:es)?|spokes\p{{L}}+|suppliers?|providers?|industry|inspectors?
          |experts?|users?|fans?|critics?|designers?|developers?|cameras?|footage|recordings?|videos?)\b)
        [^.;!?,“”"«»\n]{{0,50}}?
        (?<!\b(?:shouting|yelling|screaming|singing|chanting|crying|whispering|saying)[ ]*)
    | \b(?:error|pop-?up|on-?screen|system|auto-?reply|out-of-office|holding|status|warning)[ ]+
        (?:message|notice|box|window|notification|screen|page|reply)s?
        (?:[ ]+(?:reading|saying|asking|telling[ ]\p{{L}}+|warning|that[ ]read|which[ ]read|read|said|popped[ ]up))?
    | \b(?:saw|see|sees|seeing|seen|spotted|noticed|greeted[ ]with|met[ ]with|faced[ ]with|presented[ ]with|shown)[ ]+
        (?:(?:a|an|the|this|that)[ ]+)?(?:(?:new|blank|red|short|brief|cryptic|terse|single|familiar)[ ]+)?
        (?:message|notice|error|screen|pop-?up|warning|alert|notification|page)
        (?:[ ]+(?:reading|saying|asking|warning))?
    | \b(?:hoardings?|billboards?|banners?|posters?|placards?|shopfronts?|vans?|lorr(?:y|ies)|trucks?|buses|fences?
        |walls?|windows?|mugs?|tote[ ]bags?|badges?|t-shirts?|hoodies?|bumper[ ]stickers?|tickets?|receipts?
        |packets?|wrappers?|cans?|cups?)
        (?:[ ]+(?:on|in|at|of|around|outside|above|along|across|beside|by|near|over|facing)
          (?:[ ]+[\p{{L}}\p{{N}}'’\-]+){{1,3}}?)?
        (?:[ ]+(?:now|still|simply|only|just|also|proudly))?
        [ ]+(?:carr(?:y|ies|ied)|bears?|bore|features?|featured|displays?|displayed|shows?|showed|proclaims?
          |proclaimed|promises?|promised|declares?|declared|boasts?|boasted|announces?|announced)\b
        {_NO_MARKS}{{0,40}}?
    | \b(?:placards?|banners?|signs?|posters?|t-shirts?|badges?|stickers?|flags?|hoardings?|billboards?)[ ]+with[ ]+
        (?:(?:the|messages?|slogans?|words?|phrases?|legends?)[ ]+)+(?:such[ ]+as|like|including)?
    )[ ]*[,:—–]?[ ]*$
    """,
    FLAGS,
)
"""A machine, a recorded voice, an error message, or a thing that carries words, right before the marks."""

GREETED = regex.compile(r"\b(?:greeted|met|faced|presented)[ ]+with[ ]*$", regex.IGNORECASE)
"""Met or greeted with the words: machine text only when they read like it (:data:`MACHINE_WORDS`)."""

MACHINE_WORDS = regex.compile(
    r"\b(?:error|\d{3}|not[ ]found|try[ ]again|unavailable|declined|invalid|denied|failed|offline|timed[ ]out)\b",
    regex.IGNORECASE,
)
"""Words of an error message ("404: page not found", "Access denied")."""

FROM_AFTER = regex.compile(r"^[ ]*,?[ ]*(?:from|by|sent[ ]by|written[ ]by)\b", regex.IGNORECASE)
"""A writer named after the marks: "saw the message “I am safe” from her son" reports the son."""

ANSWER_VERB = regex.compile(
    r"""
    \b(?:answered|replied|ticked|chose|chosen|picked|selected|opted[ ]for|voted|voted[ ]for|clicked|circled
      |responded(?:[ ]with)?|went[ ]for)[ ]*[,:]?[ ]*$
    """,
    FLAGS,
)
"""An answering verb right before the marks ("answered", "ticked", "chose")."""

SHARE = regex.compile(
    r"""
    (?:\d[\d.,]*[ ]?(?:per[ ]?cent|percent|%)|\b[\p{L}\-]+[ ](?:per[ ]?cent|percent)\b|\bmajority\b|\bminority\b
      |\bhalf\b|\bthirds?\b|\bquarters?\b|\bfifths?\b|\bone[ ](?:in|out[ ]of)[ ][\p{L}\d]+|\bmost[ ]of\b
      |\brespondents\b|\b(?:those|people|adults|voters)[ ](?:polled|surveyed|questioned|asked)\b|\bparticipants\b)
    """,
    FLAGS,
)
"""A share of respondents in the window before the answering verb."""

SAID = regex.compile(r"\b(?:said|say|says)[ ]*[,:]?[ ]*$", regex.IGNORECASE)
"""A plain "said" right before the marks: a survey answer only after the people polled (:data:`POLLED`)."""

POLLED = regex.compile(r"\b(?:polled|surveyed|questioned|respondents|questionnaire)\b", regex.IGNORECASE)
"""The people a survey asked, before "said": "Most of those surveyed said “better”". A share alone is not enough:
"21 percent said “not too likely”" is how PolNeAR's direct quotations of polls read."""

CLAUSE = regex.compile(
    r"\b(?:is|are|was|were|am|will|would|can|it['’]s|i['’]m|we['’]re|they['’]re)\b|n['’]t\b", regex.IGNORECASE
)
"""Words of a sentence: "Half the residents answered “it's a disgrace”" quotes them; an option has none."""

DONT_KNOW = regex.compile(r"^(?:I[ ])?(?:don['’]t|do[ ]not)[ ]know$", regex.IGNORECASE)
"""The survey option "don't know", whose "n't" makes no sentence."""

MOST_CHOSEN = regex.compile(
    rf"""
    \bmost(?:[ ](?:often|commonly|frequently))?[ ](?:chosen|picked|selected|used|cited|given|mentioned|popular)\b
    {_NO_MARKS}{{0,60}}?\b(?:was|were|is|are)[ ]*[,:]?[ ]*$
    """,
    FLAGS,
)
"""The answer most respondents gave ("The word most often chosen to describe it was")."""

ADDED = regex.compile(r"\b(?:added|adds|add|adding|included|includes|entered|admitted|inducted)[ ]*$", regex.IGNORECASE)
"""A verb of entering a word, right before the marks."""

WORD_LIST_AFTER = regex.compile(
    r"""
    ^[ ]*(?:to|into|in)[ ]+(?:(?:the|its|their|his|her|this[ ]year's|next[ ]year's)[ ]+)?
    (?:[\p{L}\-']+[ ]+){0,2}?
    (?:dictionar(?:y|ies)|lexicon|word[ ]?list|glossary|thesaurus|vocabulary|edition|style[ ]?guide|OED|Scrabble)\b
    """,
    FLAGS,
)
"""A dictionary, word list or edition right after the marks ("to the online edition")."""

WORD_LIST_SUBJECT = regex.compile(
    r"""
    \b(?:dictionar(?:y|ies)|lexicograph(?:er|ers)|word[ ]?list|glossary|thesaurus|style[ ]?guide|OED|Scrabble)
    (?:['’]s|['’])?(?:[ ]+(?:editors?|compilers?|publishers?|makers?))?
    (?:[ ]+(?:have|has|had|will|now|also|just|quietly|finally)){0,2}[ ]*$
    """,
    FLAGS,
)
"""A dictionary (or its editors) as the subject of "added" ("The dictionary's editors have added ‘...’")."""

LEARNT = regex.compile(
    r"""
    \b(?:learn(?:s|ed|t|ing)?|taught|teach(?:es|ing)?|how|know(?:s)?[ ]how|knew[ ]how|practi[sc](?:e|es|ed|ing)
      |able)[ ]+(?:[\p{L}\-']+[ ]+){0,3}?to[ ]+(?:say|pronounce|spell|write|sign|sing)[ ]*[,:]?[ ]*$
    """,
    FLAGS,
)
"""Words learnt or taught as words, right before the marks ("learn to say", "taught the class how to say")."""


def _windows(scene: Scene, setting: Setting) -> tuple[str, str]:
    """The sentence's words before the opening mark and after the closing mark (each at most :data:`WINDOW`)."""
    start = max(setting.pre.start, setting.quote.open.start - WINDOW)
    end = min(len(scene.text), setting.outer_end + WINDOW)
    return scene.text[start : setting.quote.open.start], scene.text[setting.outer_end : end]


def _bare(setting: Setting) -> str:
    """The quoted words without edge marks and punctuation."""
    return setting.quote.content.text.strip().lstrip("“‘\"'«„ ").rstrip("”’\"'»“ ,.")


def machine_text(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are shown or spoken by a machine, or carried by a thing.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for at most :data:`MAX_SHOWN_WORDS` words after an automated voice or recorded announcement,
        an error message or pop-up, a message or screen someone saw or was greeted with, or a hoarding,
        billboard, van or T-shirt that carries, promises or proclaims them; or after "greeted with" when
        they read like an error ("404: page not found"); also for a later item of a list after one of
        these. False when a writer is named after them ("from her son").

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_SHOWN_WORDS:
        return False
    before, after = _windows(scene, setting)
    if FROM_AFTER.match(after):
        return False
    if MACHINE.search(list_lead(before) or before) is not None:
        return True
    return GREETED.search(before) is not None and MACHINE_WORDS.search(bare) is not None


def survey_answer(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are an answer a share of respondents gave ("62 per cent answered ‘no’").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for at most :data:`MAX_ANSWER_WORDS` words without a verb of their own after an answering verb
        ("answered", "ticked", "chose") with a share of respondents before it in the sentence, after "said"
        with the people polled before it ("Most of those surveyed said “better”"), or after
        "the word most often chosen ... was".

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_ANSWER_WORDS or (CLAUSE.search(bare) and not DONT_KNOW.match(bare)):
        return False
    before, _ = _windows(scene, setting)
    if MOST_CHOSEN.search(before) is not None:
        return True
    verb = ANSWER_VERB.search(before)
    if verb is not None:
        return SHARE.search(before, 0, verb.start()) is not None
    said = SAID.search(before)
    return said is not None and POLLED.search(before, 0, said.start()) is not None


def word_entry(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are entered in a dictionary or learnt as words ("added ‘X’ to the dictionary").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for at most :data:`MAX_SHOWN_WORDS` words after "added" with a dictionary, word list or
        edition right after the marks or as the subject ("The dictionary's editors have added"), or after
        "learn to say", "taught ... how to say".

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_SHOWN_WORDS:
        return False
    before, after = _windows(scene, setting)
    if LEARNT.search(before) is not None:
        return True
    added = ADDED.search(before)
    if added is None:
        return False
    return WORD_LIST_AFTER.match(after) is not None or WORD_LIST_SUBJECT.search(before, 0, added.start()) is not None


@rule("reject.machine_text", stage="reject", order=27)
def machine_text_rule(scene: Scene, setting: Setting) -> str | None:
    """Words of a machine or a thing ("The automated voice repeats “...”", "an error message reading ‘...’")."""
    return "slogan" if machine_text(scene, setting) else None


@rule("reject.survey_answer", stage="reject", order=28)
def survey_answer_rule(scene: Scene, setting: Setting) -> str | None:
    """An answer a share of respondents gave ("Sixty-two per cent answered ‘no’", "a third chose “never”")."""
    return "word_as_word" if survey_answer(scene, setting) else None


@rule("reject.word_entry", stage="reject", order=29)
def word_entry_rule(scene: Scene, setting: Setting) -> str | None:
    """A word entered in a dictionary or learnt as a word ("added ‘X’ to the dictionary", "learn to say “...”")."""
    return "word_as_word" if word_entry(scene, setting) else None
