"""Rejections read from the words right around the marks: names given in passing, words spelled or pronounced.

Two shapes news uses for quoted words that nobody says, and that the parse
often gets wrong (a noun phrase in marks after a participle is easily read as
a clause of its own):

- a *name given in passing*: a reduced relative clause or an opening
  participle with a naming verb and no subject ("The stadium, dubbed “the Tin
  Can” by fans, ...", "The ship, affectionately called ‘Old Rusty’, sails
  ...", "Dubbed “the Iron Mayor”, she ..."). Nobody in the sentence speaks the
  name: it is the writer's nickname (or label) for the thing. A name given by a
  named agent stays a quotation ("The plan, branded “reckless” by Senator
  Ames, ..." reports Ames's word), and so does a longer stretch or one ending
  with "!" or "?";
- a *word as a word*: what is spelled or pronounced ("Locals pronounce the
  name “WEX-um”", "the town is spelled ‘Cirencester’"): a short stretch only
  ("The judge pronounced the sentence: “...”" is speech; so is "he spelled out
  his plan").
"""

from __future__ import annotations

import regex

from ...rules import rule
from ._context import Scene, Setting, word_count
from ._reject import is_title_case

MAX_GIVEN_WORDS = 6
"""Longest quoted name (in words) a naming participle can give in passing."""

MAX_SPELLED_WORDS = 3
"""Longest quoted stretch (in words) that a spelling or pronouncing verb makes a word as a word."""

WINDOW = 100
"""Characters before the opening mark that are read (bounded: no rescan of a long sentence)."""

PATTERNS: dict[str, regex.Pattern[str]] = {
    # A naming participle right before the marks, after a comma, bracket, dash or the sentence
    # start, with up to two adverbs: ", dubbed", ", affectionately called", "(known locally as", "Dubbed".
    "GIVEN": regex.compile(
        r"""
        (?:^|[,(—–])\s*
        (?:(?:affectionately|locally|widely|popularly|jokingly|informally|officially|unofficially|sometimes|often
            |also|now|since|later|quickly|soon|once|aptly|mockingly|derisively|fondly|colloquially|variously)\s+){0,2}
        (?:(?P<verb>billed|known|referred(?=\s+to\b))(?:\s+\p{Ll}+){0,3}?\s+as
            |(?P<verb>dubbed|nicknamed|christened|called|named|renamed|branded|labell?ed|styled|termed|tagged))
        \s*$
        """,
        regex.VERBOSE | regex.IGNORECASE,
    ),
    # A relative or wh- word earlier in the clause: the participle may be a finite verb whose subject
    # stands between ("charges that Lee, for one, called “...”", "what Ruiz, the treasurer, called “...”").
    "RELATIVE": regex.compile(r"\b(?:that|which|what|who|whom|whose|whatever)\b[^.;:!?—–()]*$", regex.IGNORECASE),
    # A verb that performs, publishes or shows a work, right before the marks ("played ‘Hold the
    # Line’", "read from “Salt and Iron”", "starred in «The Night Ferry»").
    "PERFORMED": regex.compile(
        r"""
        \b(?:play(?:s|ed|ing)|perform(?:s|ed|ing)|releas(?:e|es|ed|ing)|record(?:s|ed|ing)
            |direct(?:s|ed|ing)|screen(?:s|ed|ing)|air(?:s|ed|ing)|publish(?:es|ed|ing)|star(?:s|red|ring)\s+in
            |read(?:s|ing)?\s+from|cover(?:s|ed|ing)|premier(?:e|es|ed|ing)|stream(?:s|ed|ing))
        (?:\s+(?:the|their|his|her|its|a|an|new|hit|song|single|track|album|film|play|show|series|anthem|ballad)){0,3}
        \s*,?\s*$
        """,
        regex.VERBOSE | regex.IGNORECASE,
    ),
    # "by" and the agent's words right after the closing mark, up to the end of the phrase.
    "AGENT": regex.compile(r"\s*,?\s*by\s+((?:[\p{L}\p{N}'’.\-]+\s+){0,3}?[\p{L}\p{N}'’.\-]+)(?=\s*[,.;:)—–]|\s*$)"),
    # A spelling or pronouncing verb a few words before the marks ("pronounce the name of the town"),
    # or "rhymes with" ("to rhyme with “gone”").
    "SPELLED": regex.compile(
        r"""
        \b(?:(?:mis)?(?:pronounc(?:e|es|ed|ing)|spell(?:s|ed|ing)?|spelt)\b(?!\s+out\b)|rhym(?:e|es|ed|ing)\s+with\b)
        (?:\s+[\p{L}\p{N}'’\-]+){0,6}?\s*,?\s*$
        """,
        regex.VERBOSE | regex.IGNORECASE,
    ),
}
"""Regular expressions of the module, each anchored at the end of the words before the marks."""


def _before(text: str, setting: Setting) -> tuple[int, str]:
    """The sentence's words before the opening mark (at most :data:`WINDOW` characters), and the offset of the first.

    When the window cuts the sentence, a placeholder word ("… ", two characters before
    the returned offset) stands for the rest, so a pattern anchored at the sentence
    start cannot match inside it.
    """
    start = max(setting.pre.start, setting.quote.open.start - WINDOW)
    cut = "… " if start > setting.pre.start else ""
    return start - len(cut), cut + text[start : setting.quote.open.start]


def _speaking_agent(text: str, at: int) -> bool:
    """Whether "by" after the closing mark names someone who speaks, not people at large.

    "by Senator Ames", "by the Herald", "by their MP", "by a judge" name a speaker
    (a capital, or one person); "by fans", "by the tabloids", "by critics" do not
    (a plural noun in lower case).
    """
    match = PATTERNS["AGENT"].match(text, at)
    if match is None:
        return False
    words = match.group(1).split()
    if any(w[:1].isupper() for w in words if w.lower() != "the"):
        return True
    return not words[-1].lower().endswith("s")


def name_given_in_passing(scene: Scene, setting: Setting) -> str | None:
    """The reason for quoted words a naming participle gives with no speaker (see the module docstring).

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        ``nickname`` for a name ("dubbed “the Tin Can”"), ``scare_quote`` for a
        lower-case label ("branded a “white elephant”" in passing), or ``None``.

    """
    content = setting.quote.content.text.strip()
    bare = content.lstrip("“‘\"'«„ ").rstrip("”’\"'»“ ,.")
    if not bare or word_count(bare) > MAX_GIVEN_WORDS or bare.endswith(("!", "?")):
        return None
    offset, before = _before(scene.text, setting)
    match = PATTERNS["GIVEN"].search(before)
    if match is None:
        return None
    if PATTERNS["RELATIVE"].search(before, 0, match.start()) is not None:
        return None
    verb = scene.tokens_in(offset + match.start("verb"), offset + match.end("verb"))
    opening = not before[: match.start()].strip() and PATTERNS["AGENT"].match(scene.text, setting.outer_end)
    if not verb or (verb[0].tag_ != "VBN" and not opening):
        return None  # "which Lee, the chief executive, called “...”": a finite verb with a subject
    if _speaking_agent(scene.text, setting.outer_end):
        return None  # "branded “reckless” by Senator Ames": Ames's word
    return "nickname" if bare[:1].isupper() or bare.lower().startswith("the ") else "scare_quote"


def spelled_word(text: str, setting: Setting) -> bool:
    """Whether a short quoted stretch is what a verb spells or pronounces ("pronounce the name “WEX-um”").

    Args:
        text: The article.
        setting: The pairing in its sentence.

    Returns:
        True for at most :data:`MAX_SPELLED_WORDS` words after "pronounce", "spell"
        (not "spell out") and a few words; False after a colon.

    """
    content = setting.quote.content.text.strip()
    if not content or word_count(content) > MAX_SPELLED_WORDS:
        return False
    _, before = _before(text, setting)
    if before.rstrip().endswith(":"):
        return False  # "pronounced the sentence: “...”" introduces words said
    return PATTERNS["SPELLED"].search(before) is not None


@rule("reject.given_name", stage="reject", order=18)
def given_name(scene: Scene, setting: Setting) -> str | None:
    """A name a naming participle gives in passing, with no speaker ("The stadium, dubbed “the Tin Can” by fans")."""
    return name_given_in_passing(scene, setting)


@rule("reject.spelled", stage="reject", order=19)
def spelled(scene: Scene, setting: Setting) -> str | None:
    """A short stretch that is spelled or pronounced ("locals pronounce it “WEX-um”"): a word as a word."""
    return "word_as_word" if spelled_word(scene.text, setting) else None


def performed_title(text: str, setting: Setting) -> bool:
    """Whether title-case quoted words are what a verb right before them performs, publishes or shows.

    Args:
        text: The article.
        setting: The pairing in its sentence.

    Returns:
        True for "The band played ‘Hold the Line’ twice" or "she read from “Salt and Iron”";
        False for lower-case words ("sang “we shall overcome”" stays for the chant rule) and
        after a colon.

    """
    if not is_title_case(setting.quote.content.text):
        return False
    _, before = _before(text, setting)
    if before.rstrip().endswith(":"):
        return False
    return PATTERNS["PERFORMED"].search(before) is not None


@rule("reject.performed_title", stage="reject", order=16)
def performed(scene: Scene, setting: Setting) -> str | None:
    """Title-case words a verb performs, publishes or shows ("The band played ‘Hold the Line’"): a title."""
    return "title" if performed_title(scene.text, setting) else None
