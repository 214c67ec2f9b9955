"""Rejections of quoted names of things: a product, app, service, work or scheme named after its kind.

News quotes the name of a thing right after the noun that says what kind of thing
it is: "urged users to delete the app ‘Spyglass’", "a pale ale „Harbour Light“",
"the trawler “Morning Star”", "Operation ‘Sandpiper’", "Storm «Gwendolyn»",
"the website «FixMyLane»", "the new helpline, “CareLine Plus”,", "the toy sold as
“Snuggle Bear”", "a range called ‘Crumb’". Nobody says these words: they are a
``title``. A speaker's words after the same nouns are not a name: they are a
sentence or a phrase in lower case ("the app was “a disaster”", "she called the
app ‘creepy’"), so only a short name in title case (every word capitalised but
small function words; "Whisperbox", "Snuggle Bear Deluxe", "A Year in Provence")
is rejected, and not after a verb of judging ("called the film “Brilliant”").

Each test reads a bounded window of the sentence before the opening mark.
"""

from __future__ import annotations

import regex

from ...rules import rule
from ._context import Scene, Setting, word_count

WINDOW = 120
"""Characters read before the opening mark (bounded: no rescan)."""

MAX_NAME_WORDS = 6
"""Longest quoted name (in words) this rule rejects."""

FLAGS = regex.IGNORECASE | regex.VERBOSE

KIND = regex.compile(
    r"""
    \b(?P<kind>
      apps?|websites?|web[ ]?sites?|sites?|platforms?|(?:video[ ])?games?|toys?|products?|ranges?|brands?
      |labels?|ales?|beers?|lagers?|stouts?|ciders?|wines?|gins?|whiske?y|vodkas?|cereals?|drinks?|snacks?
      |bars?|perfumes?|fragrances?|helplines?|hotlines?|services?|systems?|software|tools?|chatbots?|bots?
      |devices?|gadgets?|handsets?|models?|ships?|vessels?|ferr(?:y|ies)|yachts?|boats?|trains?|locomotives?
      |horses?|colts?|mares?|fill(?:y|ies)|greyhounds?|podcasts?|shows?|series|sitcoms?|dramas?|soaps?
      |programmes?|programs?|singles?|songs?|tracks?|albums?|EPs?|films?|movies?|novels?|books?|memoirs?
      |plays?|musicals?|operas?|documentar(?:y|ies)|exhibitions?|installations?|sculptures?|paintings?
      |magazines?|newsletters?|columns?|blogs?|vlogs?|channels?|initiatives?|schemes?|projects?|bills?
      |restaurants?|caf[eé]s?|pubs?|hotels?|shops?|stores?|bakeries|bakery|salons?|studios?|venues?|clubs?
      |festivals?|charit(?:y|ies)|campaigns?|menus?|dish(?:es)?|cocktails?|varieties|variety|breeds?
      |strains?|fonts?|typefaces?|emojis?
      |trawlers?|tankers?|freighters?|liners?|lifeboats?|tugs?|barges?|submarines?|frigates?|destroyers?
      |warships?|dredgers?|schooners?|catamarans?|racehorses?|runners?|operations?|exercises?|missions?
      |storms?|hurricanes?|typhoons?|cyclones?
      |hymns?|carols?|anthems?|poems?|under[ ]+the[ ]+(?:name|brand|title|label)
      |(?:name|nickname|title|spelling)[ ]+(?:of|for)[ ]+(?:[\p{L}\-'’]+[ ]+){0,3}?[\p{L}\-'’]+[ ]*,
    )
    (?:[ ]*,(?:[ ]+the(?=[ ]*[“‘"'«„]?[ ]*$))?)?
    (?:[ ]+(?:(?:which[ ]+is[ ]+|that[ ]+is[ ]+|now[ ]+)?(?:called|named|titled|entitled|branded|badged
        |(?:sold|marketed|branded|released|launched|known|billed|advertised|rebranded)[ ]+as)
      |[ ]+under[ ]+the[ ]+(?:name|brand|banner|title|label)))?
    [ ]*[,:—–]?[ ]*$
    """,
    FLAGS,
)
"""A noun of a kind of thing right before the marks, with an optional naming phrase ("the app", "a range called",
"the toy sold as", "the new helpline,", "the ship, the"), or a name of something in apposition ("The Welsh name of
the village,")."""

JUDGING = regex.compile(
    r"""
    (?<![\p{L}\-])(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|dub(?:s|bed|bing)?
      |term(?:s|ed|ing)?|brand(?:ed|ing)|slam(?:s|med|ming)?|rat(?:e|es|ed|ing)|review(?:s|ed|ing)?
      |found|find(?:s|ing)?|thought|think(?:s|ing)?|consider(?:s|ed|ing)?|label(?:s|led|ling|ed|ing)?)
    [ ]+(?:(?:the|a|an|this|that|his|her|their|its|our|my|your)[ ]+)?(?:[\p{L}\-']+[ ]+){0,2}$
    """,
    FLAGS,
)
"""A verb of judging a thing right before its noun ("called the film", "described the app as"): the quoted word
after the noun is then a speaker's verdict ("called the film “Brilliant”")."""

SMALL_WORDS: frozenset[str] = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from", "de", "la", "le", "&"}
)
"""Words a title leaves in lower case."""


def is_name(content: str) -> bool:
    """Whether quoted words look like a name: up to :data:`MAX_NAME_WORDS` capitalised words, no final punctuation.

    Args:
        content: The words between the marks.

    Returns:
        True for "Whisperbox", "PocketVault", "Snuggle Bear Deluxe", "A Year in Provence"; False for
        "a disaster", "Brilliant!", "We are open." and anything with a comma inside.

    """
    words = content.strip().split()
    if not words or len(words) > MAX_NAME_WORDS or "," in content or content.strip()[-1] in ".?!;:":
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words)


def category_name(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are the name of a thing, right after the noun of its kind ("the app ‘Spyglass’").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for a name (:func:`is_name`) right after a noun of a kind of product, service, work, vessel,
        animal, venue or scheme, with an optional "called", "sold as" or "under the name"; False when a verb
        of judging is right before the noun ("called the film “Brilliant”").

    """
    content = setting.quote.content.text
    if word_count(content) > MAX_NAME_WORDS or not is_name(content):
        return False
    start = max(setting.pre.start, setting.quote.open.start - WINDOW)
    before = scene.text[start : setting.quote.open.start]
    match = KIND.search(before)
    if match is None:
        return False
    return JUDGING.search(before, 0, match.start("kind")) is None


@rule("reject.category_name", stage="reject", order=26)
def category_name_rule(scene: Scene, setting: Setting) -> str | None:
    """The name of a thing after the noun of its kind ("delete the app ‘Spyglass’", "a pale ale „Harbour Light“")."""
    return "title" if category_name(scene, setting) else None


VERDICT_WINDOW = 160
"""Characters read before the opening mark for a verdict's verb (bounded: no rescan)."""

JUDGED_AS = regex.compile(
    r"""
    (?<![\p{L}\-])(?:
      (?P<bare>call(?:s|ed|ing)?|brand(?:s|ed|ing)?|deem(?:s|ed|ing)?|declar(?:e|es|ed|ing)|pronounc(?:e|es|ed|ing))
      |describ(?:e|es|ed|ing)|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|slam(?:s|med|ming)?|dismiss(?:es|ed|ing)?
      |consider(?:s|ed|ing)?|find(?:s|ing)?|found|rat(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|see(?:s|ing)?|saw)
    [ ]+(?:it|this|that|them|him|her|us|me|you
      |(?:(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)[ ]+)?(?:[\p{L}\-'’]+[ ]+){0,3}?[\p{L}\-'’]+)
    (?:[ ]+(?P<link>as|to[ ]+be))?[ ]*,?[ ]*$
    """,
    FLAGS,
)
"""A verb of judging, its object and "as" or "to be" right before the marks ("described the result as", "found
it to be"); "call", "brand", "deem", "declare" and "pronounce" need no "as" ("called the album"): what follows is
the speaker's verdict ("found the novel “...” in a bin" is no verdict)."""

COPULA = regex.compile(
    r"""
    (?<![\p{L}\-])(?:was|is|were|are|(?:will|would|could|might)[ ]+be|(?:has|had|have)[ ]+been|remains?|remained
      |seem(?:s|ed)?|look(?:s|ed)?|fe(?:el|els|lt)|sound(?:s|ed)?)
    (?:[ ]+(?:simply|truly|really|just|still|now|already|quite|absolutely|definitely|nothing[ ]+short[ ]+of|like))?
    [ ]*,?[ ]*$
    """,
    FLAGS,
)
"""A verb of being right before the marks ("the series was", "it is simply")."""

REPORTING = regex.compile(
    r"""
    (?<![\p{L}\-])(?:sa(?:y|ys|id)|t(?:ell|ells|old)|add(?:s|ed)|insist(?:s|ed)|argu(?:e|es|ed)|claim(?:s|ed)
      |declar(?:e|es|ed)|admit(?:s|ted)|concede(?:s|d)?|agree(?:s|d)?|stress(?:es|ed)|not(?:e|es|ed)
      |explain(?:s|ed)|maintain(?:s|ed)|repl(?:y|ies|ied)|jok(?:e|es|ed)|believ(?:e|es|ed)|think(?:s)?|thought
      |f(?:eel|eels|elt)|wr(?:ite|ites|ote)|tweet(?:s|ed)|post(?:s|ed)|recall(?:s|ed)|reckon(?:s|ed)|boast(?:s|ed))
    (?![\p{L}\-])
    """,
    FLAGS,
)
"""A verb that reports what somebody says or thinks ("said", "told reporters", "believes")."""

TRAILING_REPORT = regex.compile(
    r"""^[ ]*[,.]?[ ]*(?:["”’'][ ]*)?,?[ ]+(?:[\p{L}\-'’.]+[ ]+){0,4}?
    (?:sa(?:id|ys)|add(?:s|ed)|insist(?:s|ed)|told|wr(?:ote|ites)|declared|joked|claimed|argued)(?![\p{L}\-])""",
    FLAGS,
)
"""An attribution right after the closing mark ("”, the director said")."""


NAMED_SUBJECT = regex.compile(
    r"(?<![\p{L}\-])(?:titles?|names?|nicknames?|headlines?|slogans?|mottos?)(?:[ ]+of[ ]+[^,;:]*)?[ ]*$",
    FLAGS,
)
"""A name or title as the subject of the verb of being ("the title of the film is"): the words are a name."""


def is_verdict(scene: Scene, setting: Setting) -> bool:
    """Whether title-case quoted words are a speaker's verdict on a thing, not the thing's title.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True after a verb of judging and its object ("called the album “Our Best Yet”", "described
        the result as “A Proper Team Performance”"), or after a verb of being whose clause a
        reporting verb holds ("said the series was “Very Close To My Heart”"; "The series was “...”,
        the director said"). False after a work noun alone ("the album “Our Best Yet”"), a
        preposition ("starred in “...”") or a verb of making ("released", "wrote").

    """
    start = max(setting.pre.start, setting.quote.open.start - VERDICT_WINDOW)
    before = scene.text[start : setting.quote.open.start]
    judged = JUDGED_AS.search(before)
    if judged is not None and (judged.group("bare") is not None or judged.group("link") is not None):
        return True
    copula = COPULA.search(before)
    if copula is None:
        return False
    if NAMED_SUBJECT.search(before, 0, copula.start()) is not None:
        return False  # "said the title of the film is “...”": a name after all
    if REPORTING.search(before, 0, copula.start()) is not None:
        return True
    after = scene.text[setting.outer_end : min(setting.post.end, setting.outer_end + VERDICT_WINDOW)]
    return TRAILING_REPORT.search(after) is not None


@rule("reject.verdict", stage="reject", order=1)
def verdict(scene: Scene, setting: Setting) -> str | None:
    """Keeps a speaker's verdict in title case from the ``title`` rejections ("called the album “Our Best Yet”").

    This rule never rejects: :func:`~quoteextract.stages.attribution._reject.rejection` asks it
    when another rule gives ``title``, and drops that reason when it answers ``"verdict"`` (later rules may
    still give another reason: "a group calling itself “Friends of the Old Pier”" beside "The petition" is a name).
    """
    return "verdict" if is_verdict(scene, setting) else None
