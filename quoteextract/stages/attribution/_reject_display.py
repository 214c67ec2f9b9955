"""Rejections of quoted words that are text on display, questions put to people, or names of things.

News quotes many words nobody said on an occasion:

- words of a **text that is shown or sung**, named by a noun right before the
  marks, in apposition or with the verb a text "does": "the chorus of the new
  single, “we were the river,” ...", "its last line — ‘...’ —", "The poem
  begins: “...”", "A placard at the front said simply “Enough”", "The ballot
  paper reads “...”", "The bank’s new campaign, “Your money, your way”, ...";
- **a search**: "searches for “flood insurance” tripled", "typed ‘bin day’
  into a search engine";
- **the writer's question to the reader**: "Have you ever been told “the
  cheque is in the post”?";
- **a name after "the"**, in title case: "Campaigners want the “Clean Rivers
  Bill” passed";
- the **second and later items of a list** whose first item one of these rules
  (or a sign "reading") rejects: "banners reading ‘Save Our Ferry’ and
  ‘Islands Need Boats’".

Each rule reads at most a bounded window of the sentence before and after the
marks (no rescan of a long sentence).
"""

from __future__ import annotations

import functools

import regex

from ...rules import rule
from ._context import Scene, Setting, word_count
from ._reject import is_title_case
from ._reject_markers import _patterns as gap_patterns

WINDOW = 200
"""Characters read before the opening mark (and after the closing mark)."""

MAX_LIST_ITEMS = 8
"""Most items of a list of quoted words looked back over."""

MIN_TITLE_WORDS = 2
"""Fewest words of a title-case name after "the"."""

_LYRIC = (
    r"chorus|refrain|verse|lyrics?|hook|couplet|stanza|hymn|(?:nursery[ ])?rhyme|anthem|jingle|poem|limerick|ballad"
    r"|carol|epitaph|epigraph|inscription"
    r"|(?:opening|closing|first|last|final|famous|best-known|most[ ]famous|key|killer|punch|signature)[ ]lines?"
    r"|lines?[ ]from[ ](?:the|her|his|its|their|a|an)[ ](?:[\p{L}\p{N}'’\-]+[ ]){0,3}?"
    r"(?:song|poem|album|collection|hymn|play|film|book|verse|single|track|anthem|rhyme|musical|opera)"
)
"""Nouns naming sung or written verse (reason ``title``)."""

_SIGN = (
    r"sign|signs|placard|banner|poster|billboard|notice|noticeboard|sticker|t-shirt|shirt|tee|mural|plaque|graffiti"
    r"|flyers?|fliers?"
    r"|ballot(?:[ ]paper)?"
)
"""Nouns of things that carry written words (reason ``slogan``); they may "say" or "read" them."""

_SLOGAN = (
    r"slogan|tagline|strapline|catchphrase|catch-?line|sign-?off|motto|advert|advertisement|ad|hashtag"
    r"|(?:tasting|sleeve|liner)[ ]notes?|blurb"
    r"|rallying[ ]cry|battle[ ]cry|war[ ]cry|watchword"
)
"""Nouns of advertising words (reason ``slogan``): only right before the marks, never with a verb.

Tasting, sleeve and liner notes and blurbs are a product's copy ("Tasting notes: “Jammy, with a hint of
tobacco”"), not a speaker's words.

Not "campaign": in news a campaign speaks ("According to the Halvorsen campaign, “...”",
"he said of the campaign, “...”")."""

_QUESTION = (
    r"(?:survey|poll|polling|ballot|referendum|census|exam|quiz|consultation|questionnaire)[ ]questions?"
    r"|(?:essay|exam|writing)[ ](?:prompts?|questions?|titles?)"
    r"|search[ ](?:terms?|query|queries)|password|username|user[ ]name"
)
"""Nouns of words put to many people or typed (reason ``word_as_word``)."""

_SPEECH_DOCUMENTS = regex.compile(
    r"\b(?:statement|letter|speech|e-?mail|memo|testimony|interview|remarks|message|tweet|post|release|report|lawsuit"
    r"|complaint|filing|affidavit|spokes\w+|minister|official|president|mayor)\b",
    regex.IGNORECASE,
)
"""Words in a noun's of-phrase that make the text someone's speech ("the last line of her statement")."""

_PREPOSITION_PHRASE = (
    r"(?:(?:[ ]+(?:[\p{L}\-]+(?:ed|en)|hung|stuck|held|left|put|set|strung))?"
    r"[ ]+(?:of|from|in|on|at|to|outside|above|over|across|near|by|along|behind|for)"
    r"(?:[ ]+(?!(?:and|or|but|that|which|who|as)\b)[\p{L}\p{N}'’\-]+){1,5}?)?"
)
"""An optional phrase after the noun ("of the band's new single", "at the front", "taped to the door")."""

_TEXT_VERBS = r"(?:begins|began|opens|opened|ends|ended|goes|went|runs|ran|reads|read|closes|closed|starts|started)"
"""What a text does with its words ("The poem begins: ...")."""

_SIGN_VERBS = (
    r"(?:said|says|read|reads|displays|displayed|shows|showed|bore|bears|proclaimed|proclaims|declared|declares"
    r"|asked|asks|urged|urges|warned|warns|promised|promises|promising|claimed|claims|claiming|offered|offers|offering"
    r"|boasted|boasts|boasting)"
)
"""What a sign does with its words ("A placard said simply ...")."""

_AFTER_VERB = r"(?:[ ]+(?:simply|only|just|it[ ]all|in[ ]full|in[ ]capitals|in[ ]part|like[ ]this|as[ ]follows|with))?"
"""Words between the verb and the marks ("said simply", "said it all")."""


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    """The patterns, each anchored at the end of the words before the opening mark (compiled once)."""
    flags = regex.IGNORECASE | regex.VERBOSE
    appositive = r"(?:s|es)?\b(?P<mod>" + _PREPOSITION_PHRASE + r")[ ]*(?:,|:|—|–|--?|\()" + r"[ ]*$"
    bare = r"(?:s|es)?\b(?P<mod>" + _PREPOSITION_PHRASE + r")[ ]*(?:,|:|—|–|--?|\()?[ ]*$"
    of_work = r"(?:s|es)?[ ]+of[ ]*$"  # "The chorus of ‘...’": the words of the verse named right after "of"
    adverb = r"(?:[ ]+(?:now|still|simply|also|once|just|even|boldly|proudly))?"
    return {
        "title": regex.compile(r"\b(?:" + _LYRIC + r")(?:" + bare + r"|" + of_work + r")", flags),
        "slogan": regex.compile(r"\b(?:" + _SIGN + r"|" + _SLOGAN + r")" + appositive, flags),
        "word_as_word": regex.compile(r"\b(?:" + _QUESTION + r")" + bare, flags),
        "title_verb": regex.compile(
            r"\b(?:"
            + _LYRIC
            + r")(?P<mod>"
            + _PREPOSITION_PHRASE
            + r")"
            + adverb
            + r"[ ]+"
            + _TEXT_VERBS
            + _AFTER_VERB
            + r"[ ]*[,:—–]?[ ]*$",
            flags,
        ),
        "slogan_verb": regex.compile(
            r"\b(?:"
            + _SIGN
            + r")(?P<mod>"
            + _PREPOSITION_PHRASE
            + r")"
            + adverb
            + r"[ ]+(?:"
            + _SIGN_VERBS
            + r"|"
            + _TEXT_VERBS
            + r")"
            + _AFTER_VERB
            + r"[ ]*[,:—–]?[ ]*$",
            flags,
        ),
    }


SEARCH = regex.compile(
    r"""
    (?:\b(?:search(?:es|ed|ing)?|googl(?:e|es|ed|ing)|look(?:s|ed|ing)?[ ]up)[ ]+(?:for[ ]+)?
      (?:the[ ]+(?:words?|phrases?|terms?)[ ]+|(?:terms?[ ]+)?(?:such[ ]+as|like|including)[ ]+)?
    | \bquer(?:y|ies)[ ]+(?:for|such[ ]+as|like|including)
    | \b(?:most[ ]+)?(?:searched|googled|searched-for)[ ]+(?:for[ ]+)?(?:questions?|terms?|phrases?|words?)
      (?:[ ]+[\p{L}\p{N}'’\-]+){0,6}?[ ]+(?:was|were|is|are)[ ]*:?
    )[ ]*$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
"""A search right before the marks: "searches for", "googled", "looked up the words", "searches such as",
"queries for", "the most searched question in the region last year was"."""

TYPED = regex.compile(r"\b(?:typ(?:e|es|ed|ing)|enter(?:s|ed|ing)?|input(?:s|ting)?)[ ]+$", regex.IGNORECASE)
"""Words typed ("typed ‘bin day’ into ..."), a search when the marks are followed by "into"/"in"."""

INTO = regex.compile(r"^[ ,]*(?:into|in)[ ]", regex.IGNORECASE)
"""What follows typed words: "into a search engine", "in the search bar"."""

READER = regex.compile(
    r"""
    ^[ \t]*(?:(?:Have|Has|Had|Did|Do|Does|Would|Will|Could|Can|Should|Is|Are|Were|Was)[ ]+you
      |(?:What|Why|How|Who|When|Where)[ ]+(?:would|do|did|does|have|should|could|can|will)[ ]+you)\b
    """,
    regex.VERBOSE,
)
"""A sentence asking the reader ("Have you ever been told ...", "What would you say to ...")."""

SENTENCE_END = regex.compile(r"[.!?]")
"""The first sentence-final mark after the closing quote mark."""

THE = regex.compile(r"(?:^|[ (])(?:the|The)[ ]*$")
""""the" right before the opening mark."""

NAMING = regex.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|describ\w+|label\w*|brand\w*|term(?:s|ed|ing)?|nam(?:e|es|ed|ing)"
    r"|hail\w*|deem\w*|prais\w+|decr[iy]\w*|mock\w*|slam\w*)\b",
    regex.IGNORECASE,
)
"""Verbs after which a name in marks is the subject's own (left to the naming rules)."""

REPORTED = regex.compile(
    r"\b(?:that|said|says|say|told|tells|according|claim\w*|argu\w*|learn\w*|believ\w*|think\w*|thought|warn\w*"
    r"|not\w*|insist\w*|add\w*|refer\w*|compar\w*|accus\w*|convinc\w*|urg\w*|call\w*|cit\w*|quot\w*)\b",
    regex.IGNORECASE,
)
"""Words showing the sentence reports someone's words or thoughts: a name in marks there may be theirs."""

LIST_GLUE = regex.compile(
    r"[”’\"'»][ ]*(?:in[ ]+\p{Lu}\p{L}+[ ]*)?(?:,[ ]*)?(?:and|or|&|,)(?:[ ]+(?:with|to|as|for))?[ ]*$"
)
"""A closing mark and a conjunction or comma right before the opening mark: the next item of a list (also after
the first item's language: "reads «Bienvenue» in French and «Willkommen» in German", and with the first item's
preposition repeated: "rhymes with “gone” or with “cone”")."""

OPENING = regex.compile(r"[“‘\"'«„]")
"""An opening quote mark."""

SPOKEN_AS_WORD = regex.compile(
    r"\b(?:(?:mis)?(?:pronounc(?:e|es|ed|ing)|spell(?:s|ed|ing)?|spelt)(?![ ]+out\b)|rhym(?:e|es|ed|ing)[ ]+with)"
    r"(?:[ ]+[\p{L}\p{N}'’\-]+){0,4}?[ ]*,?[ ]*$",
    regex.IGNORECASE,
)
"""A spelling or pronouncing verb before the first item of a list ("Is it pronounced “A” or “B”?")."""


def _before(scene: Scene, setting: Setting) -> str:
    """The sentence's words before the opening mark (at most :data:`WINDOW` characters)."""
    start = max(setting.pre.start, setting.quote.open.start - WINDOW)
    return scene.text[start : setting.quote.open.start]


def named_text(before: str) -> str | None:
    """The reason a noun of a shown or sung text right before the marks gives ("its last line — ", "A sign said").

    Args:
        before: The words before the opening mark, in its sentence.

    Returns:
        ``title``, ``slogan`` or ``word_as_word``, or ``None``.

    """
    for key, pattern in _patterns().items():
        match = pattern.search(before)
        if match is not None and not _SPEECH_DOCUMENTS.search(match.group("mod") or ""):
            return key.partition("_verb")[0]
    return None


def searched(scene: Scene, setting: Setting, before: str) -> bool:
    """Whether the quoted words are searched for ("searches for “...”", "typed ‘...’ into the search bar")."""
    if SEARCH.search(before):
        return True
    after = scene.text[setting.outer_end : setting.outer_end + WINDOW]
    return bool(TYPED.search(before) and INTO.match(after))


def reader_question(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words sit in the writer's question to the reader ("Have you ever been told “...”?")."""
    start = setting.pre.start
    if READER.match(scene.text, start, min(start + WINDOW, setting.quote.open.start + 1)) is None:
        return False
    end = min(setting.para.end, setting.outer_end + WINDOW)
    final = SENTENCE_END.search(scene.text, setting.outer_end, end)
    if final is not None:
        return final.group() == "?"
    return setting.quote.content.text.rstrip().rstrip("”’\"'»").endswith("?")


def name_after_the(scene: Scene, setting: Setting, before: str) -> bool:
    """Whether title-case words after "the" name a thing ("want the “Clean Rivers Bill” passed")."""
    content = setting.quote.content.text
    if word_count(content) < MIN_TITLE_WORDS or not is_title_case(content) or THE.search(before) is None:
        return False
    return NAMING.search(before) is None and REPORTED.search(before) is None


def list_lead(before: str) -> str | None:
    """The words before the first item of a list of quoted words that ``before`` ends in.

    "placards with messages such as “A” and “B”": asked of “B”, the words before “A”.

    Args:
        before: The words before a pairing's opening mark.

    Returns:
        The words before the list's first item; ``None`` when ``before`` does not end
        with an earlier item and its glue ("”, and "), or the list is longer than
        :data:`MAX_LIST_ITEMS`.

    """
    lead = before
    for _ in range(MAX_LIST_ITEMS):
        glue = LIST_GLUE.search(lead)
        if glue is None:
            break
        openings = list(OPENING.finditer(lead, 0, glue.start()))
        if not openings:
            return None
        lead = lead[: openings[-1].start()]
    else:
        return None
    return None if lead is before else lead


def listed_after(scene: Scene, setting: Setting, before: str) -> str | None:
    """The reason the first item of a list of quoted words gets from the words before it.

    Args:
        scene: The article.
        setting: The pairing in its sentence.
        before: The words before its opening mark.

    Returns:
        ``slogan`` for "banners reading ‘A’, ‘B’ and ‘C’" (asked of ‘B’ or ‘C’),
        ``word_as_word`` for "pronounced “A” or “B”", or the reason
        :func:`named_text` gives the first item, else ``None``.

    """
    lead = list_lead(before)
    if lead is None:
        return None  # not a later item of a list
    if gap_patterns()["slogan"].search(lead):
        return "slogan"
    if SPOKEN_AS_WORD.search(lead):
        return "word_as_word"
    return named_text(lead)


@rule("reject.named_text", stage="reject", order=58)
def named_text_rule(scene: Scene, setting: Setting) -> str | None:
    """Words of a shown or sung text named right before the marks ("its last line — ‘...’", "A sign said “...”")."""
    return named_text(_before(scene, setting))


@rule("reject.search_term", stage="reject", order=14)
def search_term(scene: Scene, setting: Setting) -> str | None:
    """Words searched for ("searches for “flood insurance”", "typed ‘bin day’ into a search engine")."""
    return "word_as_word" if searched(scene, setting, _before(scene, setting)) else None


@rule("reject.reader_question", stage="reject", order=22)
def reader_question_rule(scene: Scene, setting: Setting) -> str | None:
    """Quoted words in the writer's question to the reader ("Have you ever been told “...”?")."""
    return "word_as_word" if reader_question(scene, setting) else None


@rule("reject.name_after_the", stage="reject", order=42)
def name_after_the_rule(scene: Scene, setting: Setting) -> str | None:
    """Title-case words after "the", with no naming verb before them: a name ("the “Clean Rivers Bill”")."""
    return "title" if name_after_the(scene, setting, _before(scene, setting)) else None


@rule("reject.listed", stage="reject", order=13)
def listed(scene: Scene, setting: Setting) -> str | None:
    """A later item of a list of quoted words whose first item a sign or a text noun introduces."""
    return listed_after(scene, setting, _before(scene, setting))
