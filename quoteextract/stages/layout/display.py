"""The ``layout`` rules for display furniture: pull quotes, listings, correction notes, lists of links.

News pages repeat and advertise their own text in ways a parser reads as
reporting:

- a **pull quote** repeats, in large type on its own line, words quoted in the
  story ("“We were never asked.”" between paragraphs, with or without a
  "— Name" line under it, or under a label such as "KEY QUOTE"); counting it
  would count one statement twice;
- a **listing** of television or radio programmes ("8.00pm Harbour Lives
  (BBC Two)", "What to watch: ...", "Coming up on Morning Matters: ...",
  "Radio 4, 11.30am: ‘...’ — a drama in four parts")
  tells what a programme will show, in the present tense of a synopsis
  ("the detective claims she knows who lit the fire");
- a **correction note** says what the outlet wrongly printed before ("In
  an article about ... we wrongly said the trust had received £2m", "An
  earlier headline incorrectly stated that ...");
- a **bulleted list of headlines** ("• MP says rail link ‘years away’")
  links to other stories.

Each rule reads the line, its neighbours and (for pull quotes) an index of
the article's quoted words built once per article, so a line costs constant
time beyond its own length.
"""

from __future__ import annotations

import regex

from ...rules import rule
from ._lines import PATTERNS as LINE_PATTERNS
from ._lines import SMALL_WORDS, Line, LineSite, Page
from .roles import PATTERNS as ROLE_PATTERNS
from .roles import REPORTING, signoff_name

PATTERNS: dict[str, regex.Pattern[str]] = {
    # Decoration before a display line: "> ", "» ", "| ", a block.
    "DECORATION": regex.compile(r"^(?:[>|▌█■]|»(?=[^«]*«$))[ \t]*"),
    # A word, lower-cased by the caller, for comparing quoted words.
    "WORD": regex.compile(r"[\p{L}\p{N}]+"),
    # A sentence end inside quoted words.
    "SENTENCE": regex.compile(r"(?<=[.!?…])[\"”’'»]*\s+"),
    # The label of a pull-quote box: "PULL QUOTE", "KEY QUOTE", "Quote of the day", "In their words".
    "PULL_LABEL": regex.compile(
        r"""
        ^(?i:pull[ ]quote|key[ ]quotes?|quote[ ]of[ ]the[ ](?:day|week)|quotes?[ ]of[ ]note|in[ ]quotes
            |in[ ](?:their|his|her)[ ](?:own[ ])?words|highlights?|they[ ]said[ ]it|quotable)
        [ \t]*(?:[:|—–\-][ \t]*|$)
        """,
        regex.VERBOSE,
    ),
    # A programme's time opening a schedule line: "8.00pm ...", "10:00 ...", "7.30 ...", "9pm ...".
    "TIME_LED": regex.compile(
        r"^(?:\d{1,2}[.:]\d{2}(?:[ ]?(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}[ ]?(?:am|pm|a\.m\.|p\.m\.))"
        r"[ \t]+[\p{Lu}\p{N}“‘\"']"
    ),
    # A channel and a time ending a line: "..., Radio 4, 11am", "Channel 4, 10pm.", "(BBC Two, 9pm)".
    "CHANNEL_TIME": regex.compile(
        r"""
        (?:Channel[ ]?\d|BBC[ ](?:One|Two|Three|Four|Radio[ ]\d|World[ ]Service)|ITV\d?|Radio[ ]\d|[\p{Lu}][\p{L}]+[ ]FM
            |Sky[ ]\p{Lu}\p{L}+|Netflix|iPlayer|Disney\+|Apple[ ]TV\+?|HBO|PBS|NPR)
        [ ]?,[ ]?\d{1,2}(?:[.:]\d{2})?[ ]?(?:am|pm|a\.m\.|p\.m\.)\)?[.]?$
        """,
        regex.VERBOSE,
    ),
    # A channel and a time opening a line before a colon or dash: "BBC Two, 8pm: ...", "Radio 4, 11.30am — ...".
    "CHANNEL_TIME_LEAD": regex.compile(
        r"""
        ^(?:Channel[ ]?\d|BBC[ ](?:One|Two|Three|Four|Radio[ ]\d|World[ ]Service)|ITV\d?|Radio[ ]\d
            |[\p{Lu}][\p{L}]+[ ]FM|Sky[ ]\p{Lu}\p{L}+|Netflix|iPlayer|Disney\+|Apple[ ]TV\+?|HBO|PBS|NPR)
        [ ]?,[ ]?\d{1,2}(?:[.:]\d{2})?[ ]?(?:am|pm|a\.m\.|p\.m\.)[ \t]*[:—–]
        """,
        regex.VERBOSE,
    ),
    # A listing's lead-in: "What to watch:", "Coming up on Morning Matters:", "On the podcast this week:",
    # "Streaming now:", "Tonight on Radio 4:", "Pick of the day:".
    "LISTING_LABEL": regex.compile(
        r"""
        ^(?:What[ ]to[ ](?:watch|listen[ ]to|stream)(?:[ ](?:tonight|this[ ]week(?:end)?|now))?
            |Coming[ ]up(?:[ ](?:on|in)[ ][^:\n]{1,40})?|Up[ ]next(?:[ ]on[ ][^:\n]{1,40})?
            |On[ ]the[ ](?:podcast|programme|program|show)(?:[ ]this[ ]week|[ ]today|[ ]tonight)?
            |(?:Now[ ])?[Ss]treaming(?:[ ]now)?|On[ ]air(?:[ ]now|[ ]tonight)?|Tonight[ ]on[ ][^:\n]{1,40}
            |(?:TV|Radio|Podcast)[ ](?:pick|choice)s?(?:[ ]of[ ]the[ ](?:day|week))?|Pick[ ]of[ ]the[ ](?:day|week)
            |Listen[ ]again|Catch[ ]up|Also[ ]on[ ](?:tonight|TV|air))
        [ \t]*[:|—–]
        """,
        regex.VERBOSE,
    ),
    # A synopsis opening: "In the second episode, ...", "In this week's programme ...", "In episode four, ...".
    "SYNOPSIS": regex.compile(
        r"""
        ^(?:In|On)[ ](?:(?:this|the|tonight[’']s|today[’']s|this[ ]week[’']s|next[ ]week[’']s|the[ ]final)[ ])?
        (?:[\p{L}\-]+[ ]){0,2}?(?:episode|programme|program|show|edition|instalment|installment|documentary|podcast)s?\b
        """,
        regex.VERBOSE,
    ),
    # The head of a list of corrections: "Corrections and clarifications", "CORRECTIONS".
    "CORRECTIONS_HEAD": regex.compile(
        r"^(?i:corrections?(?:[ ](?:and|&)[ ]clarifications?)?|clarifications?)[ \t]*:?$"
    ),
    # A correction note: "Editor's Note — ...", "An earlier headline ...", "This story has been corrected ...".
    "CORRECTION": regex.compile(
        r"""
        ^\(?(?:(?i:editor[’']s[ ]note|correction|clarification)[ \t]*[—–\-|]
            |(?:An[ ]earlier|A[ ]previous|The[ ]original|An[ ]earlier[ ]online)[ ]
                (?:headline|caption|photo[ ]caption|version|edition|print[ ]edition)\b
            |(?:This|The)[ ](?:article|story|report|piece|headline|caption)
                (?:[ ]on[ ]this[ ](?:article|story|report|page))?
                [ ](?:has[ ]been|was|have[ ]been)[ ]
                (?:corrected|amended|clarified)\b)
        """,
        regex.VERBOSE,
    ),
    # The outlet owning a mistake: "we wrongly said", "this article incorrectly stated", "it mistakenly reported".
    "WRONGLY": regex.compile(
        r"""
        \b(?i:we|this[ ](?:article|story|report|piece)
            |an?[ ](?:earlier|previous)[ ](?:version|headline|article|story|report))
        [ ](?:wrongly|incorrectly|mistakenly|erroneously|inaccurately)[ ]
        (?:said|stated|reported|described|gave|named|referred|identified|attributed|quoted|called|suggested|implied)\b
        """,
        regex.VERBOSE,
    ),
    # A paid or sponsored item: "Sponsored: ...", "SPONSORED CONTENT | ...", "Paid partnership", "Promoted".
    "SPONSORED": regex.compile(
        r"""
        ^(?:(?i:sponsored(?:[ ]content|[ ]post|[ ]by[ ][^:|\n]{1,40})?
            |paid[ ](?:content|post|partnership|for[ ]by[ ][^:|\n]{1,40})
            |advertisement[ ]feature|advertorial|promoted(?:[ ]content|[ ]by[ ][^:|\n]{1,40})?|partner[ ]content
            |in[ ]partnership[ ]with[ ][^:|\n]{1,40}))
        [ \t]*(?:[:|—–]|$)
        """,
        regex.VERBOSE,
    ),
    # Where a programme's name ends: a bracket, a dash or a colon.
    "NAME_END": regex.compile(r"[(—–:]|[ ]-[ ]"),
    # A bullet opening a line.
    "BULLET": regex.compile(r"^[•·▪◦‣][ \t]+\S"),
}
"""Regular expressions of the display rules, each commented (bounded repetition: linear time)."""

MIN_PULL_WORDS = 4
"""Fewest words of a pull quote (a repeated "“Yes.”" proves nothing)."""

MAX_PULL_WORDS = 40
"""Most words of a pull quote."""

MAX_LISTING_WORDS = 40
"""Longest line of a listing (in words)."""

MIN_NAME_WORDS = 2
"""Fewest words of a programme's name after its time."""

MAX_NAME_WORDS = 8
"""Most words of a programme's name after its time."""

MAX_BULLET_LINK_WORDS = 16
"""Longest bulleted headline (in words)."""

MAX_LABEL_CHAIN = 3
"""How many pull-quote lines may stand under one label."""


def _key(text: str) -> tuple[str, ...]:
    """The lower-case words of ``text``: what two copies of a quotation share, whatever their punctuation."""
    return tuple(PATTERNS["WORD"].findall(text.lower()))


def _quoted_index(page: Page) -> dict[tuple[str, ...], set[int]]:
    """Every quoted stretch of the article and each sentence in it, with the lines holding them (built once)."""
    found = page.memo.get("quoted_index")
    if isinstance(found, dict):
        return found
    index: dict[tuple[str, ...], set[int]] = {}
    for line in page.lines:
        for match in ROLE_PATTERNS["QUOTED"].finditer(line.text):
            inner = match.group()[1:-1]
            pieces = [inner, *PATTERNS["SENTENCE"].split(inner)]
            for piece in pieces:
                key = _key(piece)
                if len(key) >= MIN_PULL_WORDS:
                    holders = index.setdefault(key, set())
                    if len(holders) < 2:
                        holders.add(line.index)
    page.memo["quoted_index"] = index
    return index


def _display_words(line: Line) -> str | None:
    """The words a display line shows: the quotation standing alone (marks off), or plain words without marks.

    A quotation with a dash sign-off on its own line ("‘...’ — Ana Ruiz") shows the quotation's words.
    """
    text = PATTERNS["DECORATION"].sub("", line.text, count=1).strip()
    if text.endswith("«"):
        text = text[:-1]
    match = ROLE_PATTERNS["QUOTED"].fullmatch(text)
    if match is not None:
        return text[1:-1]
    match = ROLE_PATTERNS["QUOTED"].match(text)
    if match is not None and signoff_name(text[match.end() :].strip()) is not None:
        return match.group()[1:-1]  # "‘...’ — Ana Ruiz": the quotation and its sign-off on one line
    if any(mark in text for mark in '"“”‘«»„'):
        return None
    return text


def _repeats_a_quotation(site: LineSite) -> bool:
    """Whether the line's words are quoted in another line of the article."""
    line = site.line
    if not MIN_PULL_WORDS <= len(line.words) <= MAX_PULL_WORDS:
        return False
    words = _display_words(line)
    if words is None:
        return False
    holders = _quoted_index(site.page).get(_key(words), set())
    return any(index != line.index for index in holders)


def _under_pull_label(site: LineSite) -> bool:
    """Whether a quotation standing alone sits under a pull-quote label (or under such quotations below one)."""
    line = site.line
    if _display_words(line) is None or not LINE_PATTERNS["OPENS_QUOTE"].match(
        PATTERNS["DECORATION"].sub("", line.text, count=1)
    ):
        return False
    page = site.page
    for index in range(line.index - 1, max(-1, line.index - 1 - MAX_LABEL_CHAIN), -1):
        above = page.line(index)
        if above is None:
            return False
        if PATTERNS["PULL_LABEL"].match(above.text):
            return True
        if page.role_of(index) != "subheading" or _display_words(above) is None:
            return False
    return False


@rule("layout.pull_quote", stage="layout", order=25)
def pull_quote(site: LineSite) -> str | None:
    """A pull quote: a line repeating words quoted elsewhere in the article, or a quotation under "KEY QUOTE"."""
    line = site.line
    if PATTERNS["PULL_LABEL"].match(line.text) and len(line.words) <= MAX_PULL_WORDS:
        return "subheading"  # the label, and a quotation on its line ("PULL QUOTE: “...”")
    if _repeats_a_quotation(site) or _under_pull_label(site):
        return "subheading"
    return None


def _programme(line: Line | None) -> bool:
    """Whether a line opens with a time and a programme's name ("8.00pm Harbour Lives (BBC Two)").

    The name is a run of two or more words in capitals ("7.30 QUIZ OF THE COAST Host ...")
    or in title case, of up to eight words, before a bracket, dash or colon or filling a
    line without final punctuation. A live blog's entry is a sentence ("18:02 Councillors
    are filing in.", "02:05 Result: Renn wins"): no programme.
    """
    if line is None or len(line.words) > MAX_LISTING_WORDS:
        return False
    time = PATTERNS["TIME_LED"].match(line.text)
    if time is None:
        return False
    rest = line.text[time.end() - 1 :]
    words = PATTERNS["WORD"].findall(rest)
    capitals = 0
    for word in words:
        if not (word.isupper() and (len(word) > 1 or word in "A")):
            break
        capitals += 1
    if capitals >= MIN_NAME_WORDS:
        return True
    parts = PATTERNS["NAME_END"].split(rest, maxsplit=1)
    name = PATTERNS["WORD"].findall(parts[0])
    big = [w for w in name if w.lower() not in SMALL_WORDS and not w[0].isdigit()]
    if not big or not all(w[0].isupper() for w in big) or not MIN_NAME_WORDS <= len(name) <= MAX_NAME_WORDS:
        return False
    return len(parts) > 1 or not line.final


def _schedule_entry(line: Line | None) -> bool:
    """Whether a line is a programme's entry: a time and a name, or a channel and a time at its end."""
    if line is None or len(line.words) > MAX_LISTING_WORDS:
        return False
    return _programme(line) or PATTERNS["CHANNEL_TIME"].search(line.text) is not None


def _in_schedule(site: LineSite) -> bool:
    """Whether a programme's line has another within two lines (a schedule, not a time in a sentence)."""
    page, index = site.page, site.line.index
    return any(_programme(page.line(other)) for other in (index - 2, index - 1, index + 1, index + 2))


@rule("layout.listing", stage="layout", order=42)
def listing(site: LineSite) -> str | None:
    """A TV or radio listing: a schedule's lines, "What to watch: ...", a programme's synopsis under its entry."""
    line = site.line
    if len(line.words) > MAX_LISTING_WORDS:
        return None
    if PATTERNS["LISTING_LABEL"].match(line.text) or PATTERNS["CHANNEL_TIME_LEAD"].match(line.text):
        return "teaser"
    if _programme(line):
        return "teaser" if _in_schedule(site) else None
    if PATTERNS["CHANNEL_TIME"].search(line.text) and not REPORTING.search(line.text):
        return "teaser"
    previous = site.previous
    if previous is None or site.page.role_of(previous.index) != "teaser" or not _schedule_entry(previous):
        return None
    if PATTERNS["SYNOPSIS"].match(line.text):
        return "teaser"  # "In this week's episode ...": the entry's synopsis
    following = site.next
    if following is not None and not _programme(following):
        return None
    # Under an entry, before the next entry or at the end: a synopsis, told in the present tense.
    return None if ROLE_PATTERNS["NARRATIVE"].search(line.text) else "teaser"


@rule("layout.sponsored", stage="layout", order=28)
def sponsored(site: LineSite) -> str | None:
    """A paid or sponsored item ("Sponsored: ...", "PAID CONTENT | ...", "Advertisement feature"): boilerplate."""
    line = site.line
    if len(line.words) <= MAX_LISTING_WORDS and PATTERNS["SPONSORED"].match(line.text):
        return "boilerplate"
    return None


@rule("layout.correction", stage="layout", order=46)
def correction(site: LineSite) -> str | None:
    """A correction note ("Editor's Note — ...", "An earlier headline ...", "we wrongly said ...")."""
    line = site.line
    if PATTERNS["CORRECTIONS_HEAD"].match(line.text) or PATTERNS["CORRECTION"].match(line.text):
        return "boilerplate"
    if PATTERNS["WRONGLY"].search(line.text):
        return "boilerplate"
    previous = site.previous
    if previous is not None and PATTERNS["CORRECTIONS_HEAD"].match(previous.text):
        return "boilerplate"
    return None


@rule("layout.bullet_links", stage="layout", order=41)
def bullet_links(site: LineSite) -> str | None:
    """A bulleted list of headlines ("• MP says rail link ‘years away’"): two or more, none with final punctuation."""
    line = site.line
    if not _bullet_headline(line):
        return None
    return "teaser" if _bullet_headline(site.previous) or _bullet_headline(site.next) else None


def _bullet_headline(line: Line | None) -> bool:
    """Whether a line is a short bulleted line without final punctuation."""
    if line is None or line.final or len(line.words) > MAX_BULLET_LINK_WORDS:
        return False
    return PATTERNS["BULLET"].match(line.text) is not None
