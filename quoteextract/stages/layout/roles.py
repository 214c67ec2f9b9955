"""The ``layout`` rules that read one line's typography: sign-offs, bylines, links, captions, headings.

Each rule receives a :class:`~._lines.LineSite` and returns a role from
:data:`quoteextract.article.LINE_ROLES`, or ``None`` to let the next rule
try; the first answer wins and a line no rule claims is ``body``. The
rules are conservative: a body paragraph read as a heading would lose its
quotations, so every rule asks for more than one piece of evidence (a
keyword *and* a short line, a short line *and* no final full stop *and* a
position).
"""

from __future__ import annotations

import regex

from ...rules import rule
from ._lines import PATTERNS as LINE_PATTERNS
from ._lines import Line, LineSite
from ._links import MAX_LIST_HEAD_WORDS, in_link_list
from ._links import PATTERNS as LINK_PATTERNS

PATTERNS: dict[str, regex.Pattern[str]] = {
    # "— Pat Nolan, bus driver" / "-- Pat Nolan, 54, Dunmore": a dash, a name of two to
    # five capitalised words (initials allowed), then optional ", details" to the end.
    "SIGNOFF": regex.compile(
        r"""
        ^(?:—|–|--?)[ \t]*
        (?P<name>\p{Lu}[\p{L}'’.\-]*(?:[ ]\p{Lu}[\p{L}'’.\-]*){1,4})   # the name
        (?:[ \t]*,[ \t]*(?P<details>[^\n]+?))?                          # ", bus driver"
        [.]?$
        """,
        regex.VERBOSE,
    ),
    # "— Dana Ruiz (@danaruiz) March 3, 2026", "— Metro Police (@MetroPolice) 3 March 2026": the signature
    # line of a social post embedded as text, a dash, the account's display name, its @handle in brackets,
    # then the date (or nothing) to the end.
    "POST_SIGNATURE": regex.compile(
        r"""
        ^(?:—|–|--?)[ \t]*
        (?P<name>[\p{Lu}\p{N}][^\n()@]{0,60}?)              # the display name
        [ \t]*\(@[\w.]{1,30}\)                            # (@handle)
        (?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}, .:/]{0,30})?$   # the date
        """,
        regex.VERBOSE,
    ),
    # "By Ana Ruiz", "By Ana Ruiz and Tom Lee, Staff Writers", "BY ANA RUIZ", "By Mei O'Hara":
    # "By", a name of two to four capitalised words (not "By contrast, ...", "By winning ...",
    # "By Ana Ruiz's account"), then the end, another name, or a comma, bar or dash and the rest.
    "BY": regex.compile(
        r"""
        ^(?:By|BY)[ \t]+
        (?P<name>\p{Lu}(?:['’]\p{Lu})?[\p{L}.\-]+(?:[ ]\p{Lu}(?:['’]\p{Lu})?[\p{L}.\-]*){1,3})
        (?:[ ]+(?:and|AND|&)[ ]+\p{Lu}[^\n]*|[ \t]*[,|;—–\-][^\n]*|[ \t]+in[ ]\p{Lu}[\p{L}]+)?$
        """,
        regex.VERBOSE,
    ),
    # "Reporting by ...", "Additional reporting by ...", "Written by ...", "Editing by ...".
    "CREDITS": regex.compile(
        r"""
        ^\(?(?:Additional[ ]reporting|Reporting|Written|Editing|Edited|Compiled|Writing|Story|Words|Text|Posted)
        [ ]by[ ]\p{Lu}
        """,
        regex.IGNORECASE | regex.VERBOSE,
    ),
    # "The Associated Press contributed to this report.", "Tom Lee contributed reporting to this story."
    "CONTRIBUTED": regex.compile(
        r"^[^\n]{1,100}?[ ]contributed[ ](?:(?:additional[ ])?reporting[ ])?to[ ]this[ ](?:report|story|article)\.?$"
    ),
    # "Ana Ruiz | Reporter", "BYLINE: Ana Ruiz": a name and a bar, or the label.
    "NAME_BAR": regex.compile(r"^\p{Lu}[\p{L}'’.\-]+(?:[ ]\p{Lu}[\p{L}'’.\-]+){1,3}[ \t]*\|[ \t]*\S"),
    "BYLINE_LABEL": regex.compile(r"^BYLINE[ \t]*:", regex.IGNORECASE),
    # The writer's note at the end: "Ana Ruiz is a freelance writer based in Dunmore."
    "BIO": regex.compile(
        r"""
        ^(?P<name>\p{Lu}[\p{L}'’.\-]+(?:[ ]\p{Lu}[\p{L}'’.\-]+){1,3})[ ](?:is|was)[ ](?:a|an|the)[ ]
        [^\n]{0,80}?\b(?:writer|journalist|columnist|reporter|author|contributor|editor|correspondent|novelist)\b
        """,
        regex.VERBOSE,
    ),
    # "Ana Ruiz, Political Correspondent": a name, a comma, a newsroom job.
    "NAME_JOB": regex.compile(
        r"""
        ^\p{Lu}[\p{L}'’.\-]+(?:[ ]\p{Lu}[\p{L}'’.\-]+){1,3},[ ]
        (?:[\p{L}]+[ ]){0,3}(?i:reporter|correspondent|writer|editor|columnist|contributor|staff|journalist)s?\.?$
        """,
        regex.VERBOSE,
    ),
    # A dateline alone on its line: "DUNMORE, April 4" / "LONDON (Reuters) -".
    "DATELINE": regex.compile(
        r"""
        ^\p{Lu}[\p{Lu} .'’\-]+              # the place in capitals
        (?:,[ ]\p{L}[\p{L} .]*?)?            # ", Mass."
        (?:,[ ]\p{Lu}\p{Ll}+\.?[ ]\d{1,2})?  # ", April 4"
        (?:[ ]\([^)]{1,30}\))?              # " (Reuters)"
        [ ]*[—–-]?$
        """,
        regex.VERBOSE,
    ),
    # Links and teasers: a link label, then a colon, bar or dash ("READ MORE: ...", "WATCH | ...").
    "TEASER_LABEL": regex.compile(
        r"""
        ^[\[(]?(?:READ[ ]MORE|READ[ ]ALSO|ALSO[ ]READ|MORE[ ]ON[ ]THIS(?:[ ]STORY|[ ]TOPIC)?|MORE|WATCH|LISTEN
            |RELATED(?:[ ](?:STORY|STORIES|COVERAGE|ARTICLES?|CONTENT|LINKS?|READING|VIDEO))?|SEE[ ]ALSO|READ
            |RECOMMENDED|VIDEO|PHOTOS|GALLERY|TRENDING(?:[ ]NOW)?|MOST[ ](?:READ|POPULAR|VIEWED)|DON[’']T[ ]MISS
            |TOP[ ]STORIES|EDITOR[’']S[ ]PICKS?|Read[ ]more|Read[ ]also|Also[ ]read|Watch|Listen
            |Related(?:[ ](?:story|stories|coverage|articles?|content|links?|reading|video))?|See[ ]also
            |Recommended(?:[ ](?:reading|stories|for[ ]you))?|Video|More[ ]on[ ]this(?:[ ]story|[ ]topic)?|Read|More
            |Trending(?:[ ]now)?|Most[ ](?:read|popular|viewed)|Don[’']t[ ]miss|Top[ ]stories|Editor[’']s[ ]picks?
            |(?:WATCH|LISTEN|READ)[ ](?:NEXT|NOW|AGAIN)|UP[ ]NEXT|(?:Watch|Listen|Read)[ ](?:next|now|again)|Up[ ]next)
        [ \t]*(?:[:|»›]|[—–-][ ])
        """,
        regex.VERBOSE,
    ),
    # Calls to action: "Click here", "Sign up for our newsletter", "Subscribe to", "Follow X on Twitter".
    "CALL": regex.compile(
        r"""
        ^(?:Click[ ]here|Sign[ ]up[ ](?:for|to|now|here)|Subscribe[ ](?:to|now|here|for)
            |Follow[ ].{1,60}?[ ]on[ ](?:Twitter|X|Facebook|Instagram)
            |Want[ ]to[ ]receive|Read[ ]it[ ]all[ ]here|Read[ ]the[ ]full[ ]|Download[ ]our[ ]app|Get[ ]the[ ]latest[ ]
            |Watch[ ]the[ ](?:video|full)|Listen[ ]to[ ]the[ ](?:podcast|full|interview)|Support[ ]our[ ]journalism
            |Follow[ ]us[ ]on[ ]|Like[ ]us[ ]on[ ]|Contact[ ]the[ ](?:author|reporter|writer)[ ]at)
        |\b(?:click[ ]here|sign[ ]up[ ]for[ ]our|subscribe[ ]to[ ]our)\b
        """,
        regex.VERBOSE | regex.IGNORECASE,
    ),
    # Web boilerplate.
    "BOILERPLATE": regex.compile(
        r"""
        ^(?:Story[ ]continues[ ](?:below|after)|Advertisement$|ADVERTISEMENT$|Article[ ]continues[ ]below
            |This[ ](?:article|story|content)[ ]is[ ]more[ ]than[ ]\w+[ ](?:years?|months?|days?)[ ]old
            |Copyright[ ]|©|\(c\)[ ]\d{4}|All[ ]rights[ ]reserved|\(h/t[ ]|h/t[ ]|Share[ ]this[ ]|Share[ ]on[ ]
            |Comments?[ ]\(\d+\)|Skip[ ](?:to|Ad)|Loading[ ]|Image[ ]\d+[ ]of[ ]\d+
            |(?:Share|Tweet|Email|Print|Comments?|Save)$|\[(?:ad|advert|advertisement)[_ ]?\d*\]$
            |This[ ]story[ ]was[ ](?:originally[ ])?published
            |We[ ](?:use|value)[ ]cookies|(?:This|Our)[ ](?:site|website)[ ]uses[ ]cookies
            |By[ ](?:clicking|continuing[ ]to[ ]use|using[ ]this[ ](?:site|website))[^\n]{0,80}?
              \byou[ ](?:agree|consent|accept)
            |(?:Published|Posted|(?:Last[ ])?[Uu]pdated):?[ ](?:on[ ]|at[ ])?(?:\d|\p{Lu}\p{Ll}+,?[ ]\d))
        |All[ ]rights[ ]reserved\.?$
        """,
        regex.VERBOSE,
    ),
    # Photo captions and credits: a caption label first ...
    "CAPTION_START": regex.compile(
        r"""
        ^(?:\(?Photo(?:graph)?s?[ ]?(?::|by\b)|Pictured\b|PICTURED\b
            |Caption:|Image:|Credit:|CREDIT:|File[ ]photo\b|\(Photo\b
            |IMAGE:|PHOTO:|PICTURE:|Picture:|(?:Image|Photo|IMAGE|PHOTO)[ ](?:caption|CAPTION)\b)
        """,
        regex.VERBOSE,
    ),
    # ... or a credit last: "(Photo: Ana Ruiz)", "(Getty Images)", "via Getty Images.", "AP Photo/Ana Ruiz",
    # "Picture: Ana Ruiz", "Photo / Ana Ruiz", "[Ana Ruiz/The Ledger]", "... home. Ana Ruiz/Ledger Staff".
    "CAPTION_END": regex.compile(
        r"""
        (?:\((?:Photo|Photograph|Picture|Image|Credit|File)[^()]{0,60}\)
          |\((?:Getty|AP|AFP|Reuters|PA|EPA)[^()]{0,40}\)
          |\bvia[ ]Getty[ ]Images|\bGetty(?:[ ]Images)?|\bAP[ ]Photo(?:/[^\n]{0,40})?|/[ ]?(?:Reuters|AFP|AP|EPA)
          |\b(?:Photo|Photograph|Credit):[ ][^\n.]{1,50}
          |\b(?:(?:Photo|Photograph|Picture|Image)s?[ ])?(?i:courtesy)(?:[ ]of)?[ ](?:the[ ])?\p{Lu}[^\n.]{0,50}
          |\b(?:Photo|Photograph|Picture|Pic|Image|Photos)[ ]?[:/|][ ]?\p{Lu}[^\n.:]{0,50}
          |\[[^\[\]\n]{1,50}/[^\[\]\n]{1,50}\]
          |(?:(?<=[.!?][ ])|^)\p{Lu}[\p{L}'’\-]+(?:[ ]\p{Lu}[\p{L}'’\-]+){1,2}[ ]?/[ ]?\p{Lu}[\p{L}&'’ ]{1,40})
        [.)]?$
        """,
        regex.VERBOSE,
    ),
    # Verbs of news-photo captions, in the present tense, early in the line:
    # "Ana Ruiz gestures as she speaks ...", "Firefighters are seen ...", "X poses for ...".
    "CAPTION_VERBS": regex.compile(
        r"""
        ^(?:\S+[ ]){1,6}?
        (?:(?:is|are)[ ](?:seen|pictured|shown)(?![ ](?:as|by|to)\b)
            |gestures|poses|looks[ ]on|waves[ ]to|arrives[ ](?:at|for)|speaks[ ](?:during|at|to|with)
            |listens[ ](?:to|as|during)|takes[ ]part[ ]in)\b
        """,
        regex.VERBOSE,
    ),
    # Reporting verbs in the past tense: narrative, not a heading ("Mayor says ..." heads a story).
    "NARRATIVE": regex.compile(r"\b(?:said|told|added|asked|replied|explained|wrote)\b"),
    # Headlinese that holds "told" without narrating: a trailing passive source ("Rider 'could not see'
    # lorry, inquest told", "..., MPs were told") and a passive infinitive ("Thousands told to leave").
    "HEADLINE_TOLD": regex.compile(
        r"""
        ,[ ](?:[\p{L}'’\-]+[ ]){1,3}(?:(?:was|were)[ ])?(?:told|heard)[ \t]*$
        |\btold[ ]to[ ]
        """,
        regex.VERBOSE,
    ),
    # A closing quote mark, then a dash: a quotation credited to the name after the dash.
    "DASH_CREDIT": regex.compile(r"[”\"’'»][ \t]*(?:—|–|--?)[ \t]*\p{Lu}"),
    # A quoted stretch on one line (straight single marks only between non-letters, not apostrophes).
    "QUOTED": regex.compile(r"“[^“”\n]*”|‘[^‘’\n]*’|\"[^\"\n]*\"|«[^«»\n]*»|„[^„“\n]*“|(?<!\w)'[^'\n]*'(?!\w)"),
    # "pictured" / "(left)" / "left to right": words only captions use.
    "CAPTION_WORDS": regex.compile(
        r"""
        (?:,[ ]pictured|\(pictured\)|\((?:left|right|centre|center|top|above|below)\)|,[ ](?:left|right|centre|center),
            |\bfrom[ ]left\b|\bleft[ ]to[ ]right\b)
        """,
        regex.VERBOSE | regex.IGNORECASE,
    ),
}
"""Regular expressions of the line rules, each commented (bounded repetition: linear time)."""

REPORTING = regex.compile(
    r"""
    \b(?:said|says|say|told|tells|according[ ]to|adds?|added|stated|announced|explained|noted|believes?|thinks?
        |argues?|argued|warns?|warned|claims?|claimed|insists?|insisted|hopes?|fears?|expects?|that)\b
    """,
    regex.VERBOSE,
)
"""Reporting words (and "that"): a line holding one reports speech or a belief, it is no caption."""

MAX_SIGNOFF_WORDS = 14
"""Longest sign-off line (in words)."""

MAX_BYLINE_WORDS = 16
"""Longest byline (in words)."""

MAX_BY_WORDS = 12
"""Longest "By ..." line (in words)."""

MAX_PUBLICATION_WORDS = 5
"""Longest line naming the outlet under the headline."""

MAX_TEASER_WORDS = 30
"""Longest link or call-to-action line (in words)."""

MAX_CAPTION_WORDS = 45
"""Longest caption (in words)."""

MAX_HEADLINE_WORDS = 20
"""Longest headline (in words)."""

MAX_QUESTION_HEADLINE_WORDS = 12
"""Longest headline that may end with a question mark."""

MAX_SUBHEADING_WORDS = 10
"""Longest sub-heading (in words)."""

MAX_STANDFIRST_WORDS = 35
"""Longest standfirst (the summary line under the headline, in words)."""

MIN_STANDFIRST_WORDS = 4
"""Shortest standfirst (shorter lines under a headline are the outlet's name or a label)."""

MAX_LABEL_LINE_WORDS = 4
"""Longest line in capitals without final punctuation that is a section label ("POLITICS")."""

HEADING_ROLES: frozenset[str] = frozenset(
    {"headline", "subheading", "section_label", "byline", "teaser", "caption", "boilerplate"}
)
"""Roles of lines that may stand above the headline and the first paragraph."""


def signoff_name(text: str) -> tuple[int, int, int | None] | None:
    """Where the name (and the details after its comma) of a dash sign-off line lie.

    Args:
        text: The line's visible text.

    Returns:
        ``(name_start, name_end, details_start)`` relative to the line, or ``None``
        when the line is not a sign-off.

    """
    post = PATTERNS["POST_SIGNATURE"].match(text)
    if post is not None:
        return post.start("name"), post.end("name"), None
    match = PATTERNS["SIGNOFF"].match(text)
    if match is None:
        return None
    details = match.start("details") if match.group("details") else None
    return match.start("name"), match.end("name"), details


def post_signature(text: str) -> bool:
    """Whether a line signs a social post embedded as text ("— Dana Ruiz (@danaruiz) March 3, 2026")."""
    return PATTERNS["POST_SIGNATURE"].match(text) is not None


@rule("layout.post_signature", stage="layout", order=19)
def post_signoff(site: LineSite) -> str | None:
    """The signature line under a post embedded as text: a ``signoff`` whatever the line above ends with.

    A post pasted from X, Bluesky or Instagram keeps its text without quote marks and its signature line,
    "— Name (@handle) date"; the post above is the account's words (see ``layout.post``).
    """
    if site.previous is None or len(site.line.words) > MAX_SIGNOFF_WORDS + 4:
        return None
    return "signoff" if post_signature(site.line.text) else None


@rule("layout.signoff", stage="layout", order=20)
def signoff(site: LineSite) -> str | None:
    """A dash and a name alone on a line after a quotation ("— Pat Nolan, bus driver") or ending a letter."""
    line, previous = site.line, site.previous
    if previous is None or len(line.words) > MAX_SIGNOFF_WORDS:
        return None
    if LINE_PATTERNS["CLOSES_QUOTE"].search(previous.text) is None and site.next is not None:
        return None  # the line above must end a quotation, or this line ends a letter
    return "signoff" if signoff_name(line.text) is not None else None


@rule("layout.byline", stage="layout", order=30)
def byline(site: LineSite) -> str | None:
    """A byline: "By Ana Ruiz", "Reporting by ...", "Ana Ruiz | Reporter", a dateline alone."""
    line = site.line
    if len(line.words) > MAX_BYLINE_WORDS or line.text.endswith(("?", "!")):
        return None
    text = line.text
    if PATTERNS["BY"].match(text) and len(line.words) <= MAX_BY_WORDS and (len(line.words) <= 6 or not line.final):
        return "byline"
    if any(PATTERNS[key].match(text) for key in ("CREDITS", "BYLINE_LABEL", "NAME_BAR", "CONTRIBUTED")):
        return "byline"
    if PATTERNS["NAME_JOB"].match(text) or (site.next is None and PATTERNS["BIO"].match(text)):
        return "byline"
    if len(line.words) <= 8 and PATTERNS["DATELINE"].match(text) and any(c.isdigit() for c in text):
        return "byline"
    return "byline" if _publication_line(site) else None


def _publication_line(site: LineSite) -> bool:
    """A short name in title case right under the headline ("The Harbury Gazette"): the outlet's line."""
    line, previous = site.line, site.previous
    if previous is None or site.page.role_of(previous.index) != "headline" or line.final:
        return False
    if len(line.words) > MAX_PUBLICATION_WORDS or not line.title_case or not line.text.startswith("The "):
        return False
    doc = site.page.doc
    if doc is None:
        return True
    span = doc.char_span(line.start, line.end, alignment_mode="expand")
    return span is not None and all(t.pos_ in {"PROPN", "DET", "PUNCT", "ADP", "CCONJ"} for t in span)


@rule("layout.teaser", stage="layout", order=40)
def teaser(site: LineSite) -> str | None:
    """A link or call to action ("READ MORE: ...", "WATCH: ...", "Click here", "Sign up for ..."): a teaser."""
    line = site.line
    if len(line.words) > MAX_TEASER_WORDS:
        return None
    if PATTERNS["TEASER_LABEL"].match(line.text) or LINK_PATTERNS["ARROW_LINK"].match(line.text):
        return "teaser"
    if len(line.words) <= MAX_LIST_HEAD_WORDS and LINK_PATTERNS["LINK_LIST_HEAD"].match(line.text):
        return "teaser"
    if in_link_list(site):
        return "teaser"
    if _has_quote_marks(line.text) or REPORTING.search(line.text):
        return None  # "“Sign up for our classes,” she said" is a quotation
    return "teaser" if PATTERNS["CALL"].search(line.text) else None


@rule("layout.boilerplate", stage="layout", order=45)
def boilerplate(site: LineSite) -> str | None:
    """Web furniture ("Story continues below advertisement", copyright lines, "... is N years old", cookie notices)."""
    line = site.line
    if len(line.words) > MAX_TEASER_WORDS:
        return None
    if PATTERNS["BOILERPLATE"].search(line.text):
        return "boilerplate"
    if LINK_PATTERNS["CORRECTION"].match(line.text):
        return "boilerplate"
    if LINK_PATTERNS["REPUBLISHED"].match(line.text) and not REPORTING.search(line.text):
        return "boilerplate"  # "This story was published by the council, which said ...": text
    return None


@rule("layout.caption", stage="layout", order=50)
def caption(site: LineSite) -> str | None:
    """A photo caption or credit ("Photo: ...", "... (Photo: Ana Ruiz)", "Pictured: ...", "via Getty Images")."""
    line = site.line
    if len(line.words) > MAX_CAPTION_WORDS or line.opens_quote:
        return None
    text = line.text
    if PATTERNS["CAPTION_START"].match(text) or PATTERNS["CAPTION_END"].search(text):
        return "caption"
    if _has_quote_marks(text) or not _one_sentence(line) or REPORTING.search(text):
        return None
    if PATTERNS["CAPTION_WORDS"].search(text) or PATTERNS["CAPTION_VERBS"].match(text):
        return "caption"
    return None


@rule("layout.section_label", stage="layout", order=55)
def section_label(site: LineSite) -> str | None:
    """A label in capitals opening a line ("CURRENCIES: ...", "WEATHER WATCH:") or a short line in capitals."""
    line = site.line
    match = LINE_PATTERNS["CAPS_LABEL"].match(line.text)
    if match is not None and sum(c.isalpha() for c in match.group("label")) >= 4:
        return None if _names_someone(site, match.group("label")) else "section_label"
    if line.caps and not line.final and len(line.words) <= MAX_LABEL_LINE_WORDS and site.next is not None:
        return None if _first_content_line(site) and len(line.words) > 2 else "section_label"
    return None


@rule("layout.headline", stage="layout", order=60)
def headline(site: LineSite) -> str | None:
    """The first line, short, without a final full stop, above more text: the headline."""
    line = site.line
    if site.next is None or not _first_content_line(site) or len(line.words) > MAX_HEADLINE_WORDS:
        return None
    if "headline" in site.page.seen:
        return None  # one headline per article: what follows it is a standfirst or text
    if line.opens_quote and line.is_quotation:
        return None  # a quotation standing alone opens the article (vox pops start this way)
    if _narrative(line.text):
        return None  # "..., Ruiz said: “Never”": a headline reports in the present tense
    if not line.final:
        return "headline"
    if line.text.endswith("?") and len(line.words) <= MAX_QUESTION_HEADLINE_WORDS:
        return "headline"
    return None


@rule("layout.subheading", stage="layout", order=70)
def subheading(site: LineSite) -> str | None:
    """A short line without final punctuation between paragraphs ("Costs expected to rise"): a sub-heading."""
    line, following = site.line, site.next
    if following is None or line.final or len(line.words) > MAX_SUBHEADING_WORDS or not line.words:
        return None
    if _pull_quote(site):
        return "subheading"
    if _narrative(line.text):
        return None
    if _has_quote_marks(line.text) or not line.text[0].isupper() or LINE_PATTERNS["DASH_START"].match(line.text):
        return None  # a heading starts with a capital (a line starting in lower case is a broken sentence)
    if len(following.words) <= len(line.words):
        return None  # a list of short items, not a heading above a paragraph
    return "subheading"


@rule("layout.standfirst", stage="layout", order=65)
def standfirst(site: LineSite) -> str | None:
    """The summary line right under the headline, without a final full stop ("Union says talks 'not serious'").

    A standfirst (dek) reads like a second headline: present tense, no final full
    stop. It is a ``subheading``: what it says is said again, with its speaker, in
    the text.
    """
    line, previous = site.line, site.previous
    if previous is None or line.final or line.is_quotation:
        return None
    if site.page.role_of(previous.index) != "headline" or PATTERNS["DASH_CREDIT"].search(line.text):
        return None  # "“Free parking would help.” — Olu Bankole": a quotation credited with a dash
    if not MIN_STANDFIRST_WORDS <= len(line.words) <= MAX_STANDFIRST_WORDS or not line.words[0][0].isupper():
        return None
    return None if _narrative(line.text) else "subheading"


def _pull_quote(site: LineSite) -> bool:
    """A pull quote: a short quotation alone on a line, without final punctuation, between paragraphs.

    (A vox pop's quotation above a sign-off, or one that ends a sentence, is a quotation.)
    """
    line, following = site.line, site.next
    if site.previous is None or following is None or not line.is_quotation or line.final:
        return False
    return signoff_name(following.text) is None


def _narrative(text: str) -> bool:
    """Whether the line reports in the past tense outside its quote marks.

    "“No one told us,” say stranded passengers" heads a story: the past tense is
    inside the quoted words; so does "Rider 'could not see' lorry, inquest told"
    (a trailing passive source) and "Thousands told to leave"; "Lee said the pool
    would reopen" is text.
    """
    outside = PATTERNS["HEADLINE_TOLD"].sub(" ", PATTERNS["QUOTED"].sub(" ", text))
    return PATTERNS["NARRATIVE"].search(outside) is not None


def _names_someone(site: LineSite, label: str) -> bool:
    """Whether a label in capitals is a person's name ("BENENSON" when "Benenson" is written elsewhere)."""
    words = [w for w in label.replace(".", " ").split() if len(w) > 1]
    known = site.page.title_words()
    if any(w.capitalize() in known for w in words):
        return True
    doc = site.page.doc
    if doc is None:
        return False
    span = doc.char_span(site.line.start, site.line.start + len(label), alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


def _first_content_line(site: LineSite) -> bool:
    """Whether every line above is a heading, byline, label or caption (or there is none)."""
    return not site.page.body_seen


def _one_sentence(line: Line) -> bool:
    """Whether the line holds one sentence (no full stop before its end)."""
    return ". " not in line.text.rstrip(".")


def _has_quote_marks(text: str) -> bool:
    """Whether the text holds a double quote mark."""
    return any(mark in text for mark in '"“”«»')
