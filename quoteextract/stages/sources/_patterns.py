"""The words of source constructions: one commented table of regular expressions, and the chain order."""

from __future__ import annotations

import re

DOCUMENT_NOUNS = (
    r"memo|memorandum|letter|e-?mail|recording|transcript|document|filing|report|message|minutes|note|draft|dossier"
    r"|briefing|paper|notes|documents|emails|messages|letters|memos|files|statement|tape|tapes|recordings"
)
"""Nouns of documents an outlet can obtain, see or cite (plural forms included)."""

_MADE_PUBLIC = (
    rf"{DOCUMENT_NOUNS}|book|study|survey|footage|video|account|transcripts|recordings|books"
    r"|translation|translations|screenshot|screenshots|summary|copy|readout"
)
"""Nouns of documents someone can make public (a relay names them: "according to a transcript released by Y")."""

RANK: dict[str, int] = {
    "said": 0,
    "statement": 0,
    "letter": 0,
    "interview": 0,
    "wrote": 0,
    "posted": 0,
    "told": 0,
    "unknown": 0,
    "on_behalf_of": 1,
    "according_to": 2,
    "citing": 2,
    "quoted": 3,
    "reported_by": 4,
}
"""Order of relations in a chain, innermost first."""

_FRAME_NOUNS = (
    r"statement|letter|interview|tweet|post|e-?mail|memo|op-ed|press\s+release|news\s+release|release"
    r"|speech|remarks|report|filing|message|posting|video"
)

FRAME_RELATION: dict[str, str] = {
    "statement": "statement",
    "release": "statement",
    "letter": "letter",
    "interview": "interview",
    "tweet": "posted",
    "post": "posted",
    "posting": "posted",
    "video": "posted",
    "email": "wrote",
    "e-mail": "wrote",
    "memo": "wrote",
    "op-ed": "wrote",
    "filing": "wrote",
    "message": "wrote",
    "speech": "said",
    "remarks": "said",
    "report": "reported_by",
}
"""Relation stated by each frame noun (its last word)."""

_APPOSED = (
    r"[ ]*,[ ]+(?:a|an|the)[ ]+(?:(?!(?:for|of|at|with|to|in|on|from|by|who|which)\b)[\w-]+[ ]+){0,3}?"
    r"(?P<noun>(?:news|press|wire)[ ]+agency|(?:news|wire)[ ]+service|newspaper|paper|daily|weekly|tabloid"
    r"|magazine|broadcaster|(?:radio|television|TV)[ ]+station|(?:news[ ]+)?(?:site|website)"
    r"|news[ ]+(?:outlet|portal))"
    r"(?=[ ]*[,.;)]|[ ]+(?:that|which|based|in)\b)"
)
"""An outlet described right after its name, in apposition ("Nordpress, a Bergen-based news service,", "TNB, the
national news agency."): matched at the end of the name; no preposition inside ("a reporter for the paper")."""

PATTERNS: dict[str, re.Pattern[str]] = {
    # "according to a statement from X", "a letter released by X", "in an interview with Y".
    # The source follows the preposition; "with"/"to" name an addressee (an interviewer).
    "frame_source": re.compile(
        rf"\b(?:according\s+to\s+|in\s+|from\s+)?(?:a|an|the|his|her|their|its|a\s+new)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?P<frame>{_FRAME_NOUNS})s?\s*,?\s+"
        r"(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|first|since|also)\s+)?(?=\w+\s+by\s))?"
        r"(?P<prep>from|by|of|released\s+by|issued\s+by|published\s+by|posted\s+by|sent\s+by|with|to|on)\s+",
        re.IGNORECASE,
    ),
    # "in a statement", "in the letter", "on Twitter": a medium without its own source.
    "frame_bare": re.compile(
        rf"\b(?:in|on|via|through)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}?(?P<frame>{_FRAME_NOUNS})s?\b"
        r"(?!\s+(?:from|by|of|released|issued|published|posted|sent|with|to)\b)",
        re.IGNORECASE,
    ),
    # "on social media", "on Twitter": posting.
    "social": re.compile(
        r"\b(?:on|via)\s+(?:social\s+media|twitter|facebook|instagram|X|truth\s+social|telegram|threads)\b", re.I
    ),
    # "according to X" not followed by a frame noun (handled above).
    "according": re.compile(
        rf"\baccording\s+to\s+(?!(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){{0,3}}?(?:{_FRAME_NOUNS})s?\b)",
        re.IGNORECASE,
    ),
    # "as reported by Y", "first reported by Y", "reported in Y".
    "reported_by": re.compile(
        r"\b(?:as\s+)?(?:first\s+|previously\s+|also\s+)?(?:reported|quoted|cited)\s+(?:by|in)\s+", re.I
    ),
    # "a statement read out by her lawyer", "read aloud by the prosecutor": the reader relays the author's words.
    "read_out": re.compile(
        r"\bread\s+(?:out\s+|aloud\s+)?(?:in\s+court\s+|on\s+(?:his|her|their|its)\s+behalf\s+)?by\s+", re.IGNORECASE
    ),
    # "Her sister read out a statement in which the climber said": the reader before the verb (active voice).
    "read_out_active": re.compile(
        r"\bread\s+(?:out|aloud)\s+(?:a|the|his|her|their|its)\s+(?:[\w-]+\s+)?statement\s*,?\s+(?:in\s+which|that)\b",
        re.IGNORECASE,
    ),
    # The publishing outlet naming itself ("this newspaper", "this paper", "our reporters"): no relay of its own.
    "own_outlet": re.compile(
        r"(?:this|our)\s+(?:(?:news)?paper|publication|magazine|website|site|station|programme|program|newsroom"
        r"|reporters?|correspondents?|journalists?)",
        re.IGNORECASE,
    ),
    # "a memo seen by Y", "documents obtained by Y": the outlet Y that has the document published it.
    # "first obtained by Y and later confirmed by Z": the outlet Z that confirmed it is a relay too (a third hop).
    "seen_by": re.compile(
        r"\b(?:seen|obtained|reviewed|viewed|heard|examined|verified|confirmed|corroborated|authenticated)\s+by\s+",
        re.IGNORECASE,
    ),
    # "Y reported", "Y reports", "Y has reported" (source before the verb).
    "reported": re.compile(r"\b(?:has\s+|had\s+|first\s+|also\s+|previously\s+)*report(?:ed|s)\b(?!\s+(?:by|in)\b)"),
    # "citing X", "quoting X" (not "quoting X as saying": see "quoted").
    # ", which cited X" after an outlet ("according to Y, which cited two officials") cites X too.
    "citing": re.compile(
        r"\b(?:citing|quoting|(?:which|who)\s+(?:cited|quoted))\s+(?!.{1,80}?\s+as\s+(?:saying|telling)\b)",
        re.IGNORECASE,
    ),
    # "Y quoted X as saying": Y before, X after.
    "quoted": re.compile(r"\bquot(?:ed|es|ing)\s+(?P<rest>.{1,80}?)\s+as\s+(?:saying|telling)\b"),
    # "told Y", "telling Y".
    "told": re.compile(r"\b(?:told|tells|telling)\s+", re.IGNORECASE),
    # "in remarks carried by Y", "a letter published in Y", "broadcast by Y", "a release relayed by Y", "later
    # broadcast as a podcast by Y": an outlet Y relayed the words.
    # "a voice message shared with Y", "a video provided to Y": the outlet Y was given the words to pass on.
    "carried_by": re.compile(
        r"\b(?:(?:carried|relayed|published|printed|broadcast|aired)(?:\s+as\s+an?\s+[\w-]+)?\s+(?:by|in|on)"
        r"|(?:shared\s+with|provided\s+to|leaked\s+to))\s+",
        re.IGNORECASE,
    ),
    # The end of a claim that is the writer's sourcing, not the speaker's words: "..., in remarks carried by Y",
    # "..., in an email obtained by Y", "..., according to Y", "..., as reported by Y" (read as attribution text).
    "relay_tail": re.compile(
        r",\s+(?:(?:in|from|via)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+"
        r"(?:(?:first|later|previously|since|also)\s+)?(?:(?:carried|obtained|seen|reviewed|viewed|published|reported"
        r"|released|heard|leaked|broadcast|aired|printed|quoted|read\s+out)\s+(?:by|in|on)"
        r"|shared\s+with|provided\s+to|leaked\s+to)\s"
        r"|according\s+to\s|as\s+(?:first\s+|previously\s+)?(?:reported|quoted|cited)\s)[^“”\",;:]{0,100}\Z",
        re.IGNORECASE,
    ),
    # "said on the Final Whistle podcast", "told Radio Kestrel's breakfast show": an appearance on an outlet.
    "on_air": re.compile(r"\bon\s+(?=\S)", re.IGNORECASE),
    # "in an interview" without its outlet, next to "told Y": the words were given to Y in an interview.
    "in_interview": re.compile(r"\bin\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?interview\b", re.IGNORECASE),
    # "X was quoted by Y as saying": the passive, X before and Y after "by".
    "quoted_passive": re.compile(r"\b(?:was|were|is|are|been|being)\s+\Z", re.IGNORECASE),
    # "speaking to Y", "spoke with Y", "speaking on Y" (an interview when Y is an outlet).
    # "in comments to local media", "in remarks to state television", "in brief comments to the Pulse magazine":
    # words given to an outlet, with no article before the noun (those are "frame_source" frames).
    "comments_to": re.compile(
        r"\bin\s+(?:(?:brief|short|separate|later|further|written|emailed|televised|recorded|exclusive)\s+)?"
        r"(?:comments|remarks)\s+(?:made\s+)?to\s+",
        re.IGNORECASE,
    ),
    "spoke_to": re.compile(r"\b(?:speaking|spoke|speaks|talking|talked|talks)\s+(?:to|with|on)\s+", re.IGNORECASE),
    # "a spokeswoman for X", "spokesman of X": the speaker speaks for X.
    "spokes_for": re.compile(
        r"\b(?:spokes(?:man|woman|person|people|men|women)|representative|aide|lawyer|attorney|adviser|advisor)s?"
        r"\s+(?:for|of|at|to)\s+"
    ),
    # "X's spokesman": possessor before.
    "spokes_poss": re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|representative)\b"),
    # An outlet described before its name: "the French news agency Agence Lumiere", "the independent newspaper
    # Kalvo Times", "the state broadcaster ETV", "the music weekly Fretboard" (read on the words before a name).
    "described_before": re.compile(
        r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:(?:news|press|wire)\s+agency|news\s+service|wire\s+service"
        r"|newspaper|paper|daily|weekly|tabloid|magazine|broadcaster|(?:radio|television|TV)\s+station|channel"
        r"|news\s+(?:site|website|outlet|portal)|podcast|network)\s*,?\s*\Z",
        re.IGNORECASE,
    ),
    # An outlet described after its name: "the Final Whistle podcast", "on Kestrel's breakfast show" (matched
    # at the end of the name).
    "described_after": re.compile(
        r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+)?(?:podcast|programme|program|show|newspaper|magazine|news\s+site)\b"
    ),
    # An outlet told or spoken to, introduced as local ("told the local Hollis Clarion", "speaking to the regional
    # Westerland Bugle"): news writing says "local" of a paper or station whose name says nothing (matched at the
    # end of the words before the name).
    "local_audience": re.compile(
        r"\b(?i:told|tells|telling|tell|speaking\s+to|spoke\s+to|talking\s+to|talked\s+to|interview\s+with)\s+the\s+"
        r"(?i:local|regional|provincial|hometown|community|student|county|city)\s+"
        r"(?P<name>[A-Z][\w&'’.-]*(?:[ ][A-Z0-9][\w&'’.-]*){0,3})"
    ),
    # A description and the name it introduces, read once over the article ("the news agency Telma").
    "described_named": re.compile(
        r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:(?:news|press|wire)\s+agency|news\s+service|wire\s+service)"
        r"[ ,]+(?P<name>(?-i:[A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,4}))",
        re.IGNORECASE,
    ),
    # Any other outlet's description and the name it introduces ("the local news site Deltaside Live", "the daily
    # Il Giornale del Sud"), read once over the article: an outlet with no entity of its own.
    "described_outlet_named": re.compile(
        r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:newspaper|paper|daily|weekly|tabloid|magazine|broadcaster"
        r"|(?:radio|television|TV)\s+station|news\s+(?:site|website|outlet|portal))"
        r"[ ]+(?P<name>(?-i:[A-Z][\w&'’-]*(?:[ ](?:del[ ]|de[ ]|of[ ])?[A-Z][\w&'’-]*){0,4}))",
        re.IGNORECASE,
    ),
    # An outlet described right after its name, in apposition (:data:`_APPOSED`).
    "described_apposed": re.compile(_APPOSED, re.IGNORECASE),
    # A capitalised name and the description in apposition after it, read once over the article (for a name with
    # no entity of its own).
    "apposed_named": re.compile(
        r"(?-i:\b(?P<name>[A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,3}))" + _APPOSED, re.IGNORECASE
    ),
    # The capitalised name a description introduces ("the news agency Telma", "the newspaper Arden Voice").
    "described_name": re.compile(r"[ ]*,?[ ]*(?P<name>[A-Z][\w&'’-]*(?:[ ][A-Z][\w&'’-]*){0,4})"),
    # A wire dateline naming its agency: "LORNVIK, June 9 (Tidewire) -", "DALBY (Northwire) —" at a line's start.
    "dateline_agency": re.compile(
        r"^[^\S\n]*[A-Z][A-Z .'’-]{1,40}(?:,[^\S\n]*[^\n()]{1,30}?)?[^\S\n]*"
        r"\((?P<name>[A-Z][\w&'’.-]*(?:[ ][A-Z][\w&'’.-]*){0,3})\)[^\S\n]*[-–—]",
        re.MULTILINE,
    ),
    # "a transcript released by the union", "a new book by Ruth Ekwall": a document and who made it public.
    # "a screenshot of the post captured by Y", "a transcript obtained by Y" (the outlet that holds it), "a
    # translation by Y": the words between the noun and its maker may say what the document is of.
    "document_by": re.compile(
        rf"\b(?P<noun>{_MADE_PUBLIC})\b(?:\s+of(?:\s+[\w'’-]+){{1,4}}?)?(?:\s*,)?\s+"
        r"(?:(?:first\s+|later\s+)?(?:released|published|issued|compiled|posted|written|made\s+public|shared|leaked"
        r"|obtained|seen|reviewed|viewed|captured|provided|circulated|prepared)\s+)?by\s+",
        re.IGNORECASE,
    ),
    # A document phrase standing as a relay: "a transcript", "the new book", "Ekwall's book".
    "document_phrase": re.compile(
        rf"^(?:(?:a|an|the|this|that|[\w'’-]+['’]s?)\s+)?(?:[\w-]+\s+){{0,2}}?(?P<noun>{_MADE_PUBLIC})"
        r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?$",
        re.IGNORECASE,
    ),
    # A name in apposition after an outlet's description: "the club's podcast, The Hartwell End,", "The
    # broadcaster NTV," (then a comma, a full stop, "that" or its reporting verb: "the daily Nordpost reported").
    "appositive_name": re.compile(
        r"(?:,[ ]+(?:the[ ]+)?|[ ]+)(?P<name>[A-Z][\w&'’-]*(?:[ ](?:of[ ]|the[ ])?[A-Z][\w&'’-]*){0,4})"
        r"(?=[ ]*(?:[,.;]|\bthat\b)"
        r"|[ ]+(?:has[ ]+|had[ ]+)?(?:reported|reports|said|says|wrote|writes|quoted|quotes)\b)"
    ),
    # A programme, podcast or show named before its noun: "on the KRT Sportsdesk programme", "Radio Lund's
    # morning show", "the Diary of a CEO podcast" (an outlet that a later "the programme" points back to).
    "programme_named": re.compile(
        r"\b(?:the|on|to)[ ]+(?P<name>[A-Z][\w&'’-]*(?:[ ](?:(?:of|the|a|an|and|at|in|on|for|with|to)[ ])*"
        r"[A-Z0-9][\w&'’-]*){0,4}?)(?:['’]s?)?[ ]+(?:[a-z][\w-]*[ ]+)?(?:podcast|programme|program|show)\b"
    ),
    # A back-reference to a news agency named before: "told the agency", "according to the agency".
    "agency_back": re.compile(r"\A(?:the|this)\s+(?:news\s+|wire\s+|state\s+)?agency\Z", re.IGNORECASE),
    # The words allowed between a construction and its source: articles, lower-case modifiers.
    "gap_after": re.compile(r"^(?:(?:the|a|an|[a-z][\w-]*)\s+){0,4}$"),
    # The words allowed between a source and a following verb ("the agency has reported").
    "gap_before": re.compile(r"^[\s,]*$"),
}
"""Every regular expression of the sources stage, one construction each."""
