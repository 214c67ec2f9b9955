"""Rejections of quoted words nobody says on an occasion: sayings, labels, displayed text, survey wording, glosses.

News puts in quote marks many words that no one in the story speaks:

- a **saying**: a proverb, adage, maxim or cliché named before the marks ("As the
  saying goes, “a rising tide lifts all boats”", "the old adage ‘...’", "To
  borrow a cliché, “...”"), or a *habitual* saying of people at large ("People
  often say “you get what you pay for”", "Locals tend to say ‘down the road’"):
  no speaker and no occasion;
- a **label, status or rating** given by a participle ("The file was marked
  “urgent”", "listed as ‘missing’", "crates labelled “fragile”", "graded
  ‘outstanding’") or naming a class before a status noun ("an ‘amber’ warning",
  "a “buy” rating"). An active verb with a subject stays speech ("The watchdog
  flagged “serious weaknesses”" quotes the watchdog);
- **text on a thing**: a screen, board, label, packet, ticket, receipt or menu
  that reads, shows or displays the words ("The departure board read
  “CANCELLED”"), or anything that "carries the words" ("The packet carries the
  words “May contain nuts”");
- the **wording of a survey**: a question a poll, questionnaire or census asks
  or puts, a question respondents "were asked", a statement they agreed with or
  rated, or a quoted question followed by the share who answered it ("Asked
  “Would you move away?”, 41 per cent said yes");
- a **gloss**: the meaning or translation of a word ("“Festina lente” means
  “make haste slowly”", "which translates as ‘forest bathing’") and the word a gloss
  explains right after it are in ``_reject_glossed``.

Each test reads a bounded window of the sentence before (and after) the marks, and
the parse of at most the few tokens before the opening mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ...lang.en.syntax import SUBJECT_DEPS
from ...rules import rule
from ._context import Scene, Setting, word_count

if TYPE_CHECKING:
    from spacy.tokens import Token

WINDOW = 160
"""Characters read before the opening mark, and after the closing mark (bounded: no rescan)."""

MAX_LABEL_WORDS = 6
"""Longest quoted label, status or displayed text (in words) these rules reject."""

MAX_SAYING_WORDS = 20
"""Longest quoted saying or survey wording (in words) these rules reject."""

FLAGS = regex.IGNORECASE | regex.VERBOSE

SAYING = regex.compile(
    r"""
    (?:
      \b(?:the|an?|this|that|old|familiar|popular|common|famous|wise|age-old|ancient|favourite|favorite|hoary|tired)
      [ ]+(?:[\p{L}\-']+[ ]+){0,2}?
      (?:(?:adage|proverb|maxim|aphorism|idiom|clich[eé]|truism|axiom|dictum|platitude|bromide
          |old[ ]line|old[ ]chestnut|rule[ ]of[ ]thumb)s?
          (?:[ ]+(?:goes|went|has[ ]it|runs|ran|holds|says|tells[ ]us))?
        |saying[ ]+(?:goes|went|has[ ]it|runs|ran|holds))
      [ ]*[,:—–]?(?:[ ]*that)?
    | \bas[ ]+they[ ]+(?:say|put[ ]it)[ ]*,?
    | \b(?:have|has|had|there[ ]+is|there[ ]+was|there['’]s)[ ]+an?[ ]+(?:[\p{L}\-]+[ ]+)?saying
      (?:[ ]+(?:about|for|in|on|among)(?:[ ]+[\p{L}\p{N}'’\-]+){1,4}?)?[ ]*[:—–]
    )[ ]*$
    """,
    FLAGS,
)
"""A saying named right before the marks ("as the saying goes,", "the old adage", "a cliché:", "Sailors have a
saying about fog:"). The noun "saying" counts only with "goes" or "has it", or had by people before a colon:
"an email saying “done”" and "this great saying – ‘...’" quote someone."""

HABITUAL = regex.compile(
    r"""
    \b(?:(?:often|always|usually|sometimes|frequently|commonly|routinely|typically|generally|invariably
          |still|long)[ ]+
       |(?:tend|tends|like|likes|love|loves|used)[ ]+to[ ]+)
    (?:say|repeat|joke|quip|put[ ]it|tell[ ]you|tell[ ]each[ ]other
      |tell[ ]+(?:their|our|your)[ ]+[\p{L}\-]+
      |(?:speak|spoken|talk|talked|write|written|joke|joked)[ ]+(?:of|about)
      |(?:describe|described|refer[ ]+to|referred[ ]+to)(?:[ ]+[\p{L}\-'’]+){1,4}?[ ]+as)
    [ ]*[,:]?[ ]*$
    """,
    FLAGS,
)
"""A habitual saying verb right before the marks ("often say", "tend to say", "still repeat", "often tell their
children", "have long spoken of", "like to describe the street as"); not "will say", which is as often future
speech of particular people."""

EVERYONE: frozenset[str] = frozenset({"people", "everyone", "everybody", "folk", "folks", "one"})
"""Subjects that are people at large."""

SPECIFIC_DEPS: frozenset[str] = frozenset(
    {"det", "poss", "nummod", "compound", "appos", "relcl", "prep", "nmod", "quantmod"}
)
"""Dependents of a plural subject that make it particular people ("the officials", "two economists")."""

QUANTIFIERS: frozenset[str] = frozenset({"many", "most", "some", "all"})
"""Determiners that leave a plural subject people at large ("many parents")."""

PLACE_PREPOSITIONS: frozenset[str] = frozenset({"across", "throughout", "around", "in", "along"})
"""Prepositions of a place that leave a bare plural people at large ("Grandmothers across the valley still
repeat ...", "Farmers in the north often say ...")."""

LABEL_VERB = regex.compile(
    r"""
    (?<![\p{L}\-])(?P<verb>marked|stamped|labell?ed|tagged|flagged|rated|graded|classed|classified|categori[sz]ed
      |catalogued|cataloged|listed|registered|logged|coded|designated|ranked|headed|printed|engraved|etched
      |inscribed|embroidered|emblazoned|(?:re)?(?:up|down)graded|reclassified|certified)
    (?:[ ]+(?:simply|only|just|clearly|officially|formally|still|now))?
    (?:[ ]+(?:as|to|with))?[ ]*[,:]?[ ]*$
    """,
    FLAGS,
)
"""A labelling participle right before the marks ("marked", "listed as", "downgraded to")."""

STATUS_NOUN = regex.compile(
    r"""
    ^[ ]*(?:(?:weather|flood|travel|health|safety|heat|storm|wind|snow|investment|credit|hygiene|threat)[ ]+)?
    (?:warning|alert|rating|status|grade|grading|label|classification|listing|ranking|tier|designation|category
      |flag|badge|sticker|stamp|level|hurricane|typhoon|cyclone|storm|tornado|earthquake)s?\b
    """,
    FLAGS,
)
"""A status noun right after the marks ("an ‘amber’ warning", "a “buy” rating", "a “category 4” hurricane")."""

ARTICLE_BEFORE = regex.compile(r"\b(?:a|an|the|at|to|into|on)[ ]*$", regex.IGNORECASE)
"""An article or a preposition of level right before the marks: "a “buy” rating" and "at “flood alert” level" are
a class; "his “D-minus” rating" may be cited as someone's words (a speaker "pointing to" it)."""

DISPLAY = regex.compile(
    r"""
    (?:
      \b(?:screens?|displays?|(?:departure|departures|arrivals?|score|notice|message|information|destination
          |menu|electronic|dot-matrix)[ ]?boards?|scoreboards?|noticeboards?|monitors?|machines?|ATMs?
        |dashboards?|receipts?|tickets?|menus?|gantry|gantries|sat-?navs?
        |(?:matrix|road|motorway|warning|electronic)[ ]signs?)
      (?:[ ]+(?:on|in|at|of|above|outside|behind)(?:[ ]+[\p{L}\p{N}'’\-]+){1,3}?)?
      (?:[ ]+(?:now|still|simply|only|just|also))?
      [ ]+(?:read|reads|reading|said|says|saying|showed|shows|showing|displayed|displays|displaying|flashed|flashes
        |flashing|bore|bears|bearing
        |(?:told|tells|telling|warned|warns|urged|urges|instructed|instructs)
         (?:[ ]+(?:drivers|motorists|passengers|users|customers|callers|travellers|commuters|shoppers|visitors
           |people|everyone|them|him|her|us))?)
    | \b(?:labels?|packets?|packages?|packaging|packs?|wrappers?|tins?|jars?|bottles?|cartons?|boxe?s?
        |certificates?|envelopes?|headstones?|gravestones?|tombstones?|cakes?)
      (?:[ ]+(?:on|in|at|of)(?:[ ]+[\p{L}\p{N}'’\-]+){1,3}?)?
      (?:[ ]+(?:now|still|simply|only|just|also))?
      [ ]+(?:read|reads|reading|bore|bears|bearing)
    | \b(?:phones?|mobiles?|smartphones?|screens?|watch|smartwatch|laptops?|tablets?|inbox|dashboards?)
      [ ]+(?:lit[ ]up|lights?[ ]up|lighting[ ]up|buzzed|buzz(?:es)?|pinged|pings?
        |flashed(?:[ ]up)?|flash(?:es)?(?:[ ]up)?|vibrated|vibrates|filled)
      [ ]+with[ ]+(?:a|an|the|another)[ ]+(?:(?:text|push|new|automated|automatic)[ ]+)?
      (?:message|text|notification|alert|reminder|email|e-mail|warning)
    | \b(?:carr(?:y|ies|ied|ying)|bears?|bearing|bore|features?|featured|featuring|displays?|displayed|displaying)
      [ ]+the[ ]+(?:words?|legend|inscription|text|lettering|on-?screen[ ]+text|caption|subtitle|headline)
    | \b(?:captioned|subtitled|headlined|(?:with|under)[ ]+the[ ]+(?:on-?screen[ ]+text|caption|subtitle|headline
        |subject[ ]+line))
    )(?:[ ]+(?:simply|only|just|in[ ]capitals|in[ ]red))?[ ]*[,:—–]?[ ]*$
    """,
    FLAGS,
)
"""A thing that displays written words ("The departure board read", "the label reads", "carries the words",
"the camera's display told drivers", "the sat-nav told him",
"a clip captioned", "under the headline").

A label, box or packet only "reads" or "bears" its words: a record label or a box office that "said"
something is a company speaking. A phone or screen that "lit up with a message:" shows an automated
message; "a message from her son:" names its writer and stays speech."""

MAIN_VERB_AFTER = regex.compile(
    r"^[ ]*(?:were|was|are|is|had|have|has|will|would|could|can|must|may|might|should|remain|remained|sat|lay|stood)\b",
    regex.IGNORECASE,
)
"""The sentence's own verb right after the marks: "Crates labelled “fragile” were found" is a reduced relative
(the model may tag "labelled" as a past tense with "Crates" as its subject)."""

BY_AGENT = regex.compile(r"^[ ]*,?[ ]*by\b", regex.IGNORECASE)

GRADING_VERB = regex.compile(
    r"^(?:rated|graded|classed|classified|categori[sz]ed|(?:re)?(?:up|down)graded|reclassified|certified|ranked)$",
    regex.IGNORECASE,
)
"""Verbs of grading: "rated ‘requires improvement’ by the regulator" is a grade, whoever gave it."""

PERSON_AGENT = regex.compile(
    r"""
    ^[ ]*,?[ ]*by[ ]+(?:[^,.;:!?]{0,40}?)
    \b(?:chair(?:man|woman|person)?|minister|secretary|mayor|leader|president|spokes\p{L}+|director|chief|officer
      |councill?or|judge|critic|reviewer|MP|senator|governor|boss|manager|headteacher|head|coach|expert|professor
      |doctor|author|writer|columnist|editor|presenter|host|owner|founder)s?\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
"""A person named by role after "by": "rated “unworkable” by the committee chairman" is the chairman's verdict."""

MAX_GRADE_WORDS = 4
"""Longest grade (in words) a grading verb rejects despite an agent after it."""

GRADE_OF = regex.compile(r"\b(?:rating|score|grade|grading|classification|status|category)[ ]+of[ ]*$", regex.I)
"""A grade named right before the marks ("a hygiene rating of “1”")."""
"""An agent after the marks: "labelled “a disgrace” by the opposition leader" reports the leader's words."""

SURVEY_BEFORE = regex.compile(
    r"""
    (?:
      \b(?:surveys?|polls?|questionnaires?|census|consultations?|ballots?|referendums?|forms?|quiz|exams?
        |(?:feedback|comment|response|reply|score)[ ]cards?)
      (?:'s|’s)?\b[^.!?;“”"«»]{0,60}?
      \b(?:ask(?:s|ed|ing)?|put(?:s|ting)?|pos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|question|statement|sentence
        |option)\b
      [^.!?;“”"«»]{0,40}
    | \b(?:respondents|participants|interviewees|those[ ]polled|those[ ]surveyed|people[ ]polled|people[ ]surveyed
        |voters|adults|residents|readers|pupils|students|parents|members|customers|employees|staff|users|patients)
      [ ]+(?:were|are|was|is|had[ ]been|have[ ]been|will[ ]be|being|got|get)[ ]+asked\b[^.!?;“”"«»]{0,40}
    | \b(?:agree[sd]?|agreeing|disagree[sd]?|disagreeing|rate[sd]?|rating|endorse[sd]?|endorsing)[ ]+(?:with[ ]+)?
      the[ ]+(?:statement|proposition|question|claim)
    )[ ]*[,:—–]?[ ]*$
    """,
    FLAGS,
)
"""Survey wording named before the marks ("The questionnaire asks", "Respondents were asked:", "agreed with the
statement", "When the poll offered", "The feedback card asks guests to complete the sentence")."""

SAID_BETWEEN = regex.compile(r"\b(?:said|says|told|tells|according)\b", regex.IGNORECASE)
"""A speech verb in the window: the survey's words are then reported by someone."""

SHARE_AFTER = regex.compile(
    r"""
    ^[^.!?\n]{0,4}[.,]?[ ]*
    (?:only|just|some|about|around|nearly|almost|roughly|fewer[ ]than|more[ ]than|over|under)?[ ]*
    (?:\d[\d.,]*[ ]?(?:per[ ]?cent|percent|%)|[\p{L}\-]+[ ](?:per[ ]?cent|percent)
      |(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ ](?:in|out[ ]of)[ ][\p{L}\d]+
      |(?:a|the)[ ]majority|most|half|a[ ](?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters)(?![\p{L}\p{N}])
    [^.!?\n]{0,60}?\b(?:said|say|answered|replied|agreed|disagreed|chose|picked|opted|responded|ticked)\b
    """,
    FLAGS,
)
"""The share of people who answered, right after a quoted question ("..., 41 per cent said yes")."""


def _before(scene: Scene, setting: Setting) -> tuple[int, str]:
    """The sentence's words before the opening mark (at most :data:`WINDOW` characters), and where they start."""
    start = max(setting.pre.start, setting.quote.open.start - WINDOW)
    return start, scene.text[start : setting.quote.open.start]


def _bare(setting: Setting) -> str:
    """The quoted words without edge marks and punctuation."""
    return setting.quote.content.text.strip().lstrip("“‘\"'«„ ").rstrip("”’\"'»“ ,.")


def saying(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are a saying named right before them ("as the saying goes, “...”").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True after a saying noun with a determiner or adjective ("the old adage",
        "a cliché", "the rule of thumb"; "the saying" only with "goes" or "has it") or
        "as they say", for up to :data:`MAX_SAYING_WORDS` words.

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_SAYING_WORDS:
        return False
    return SAYING.search(_before(scene, setting)[1]) is not None


def habitual_saying(scene: Scene, setting: Setting) -> bool:
    """Whether people at large habitually say the quoted words ("People often say “...”", "Locals tend to say ‘...’").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True when a habitual saying verb is right before the marks and its subject is a bare plural
        ("locals", "many parents") or people at large ("people", "everyone"); a name, a pronoun
        or a particular group ("the officials", "two economists") still speaks.

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_SAYING_WORDS:
        return False
    start, before = _before(scene, setting)
    match = HABITUAL.search(before)
    if match is None:
        return False
    tokens = scene.tokens_in(start + match.start(), setting.quote.open.start)
    subject = _subject_of(tokens)
    return subject is not None and _people_at_large(subject)


def _subject_of(tokens: list[Token]) -> Token | None:
    """The subject of the first of ``tokens`` that has one, climbing from an infinitive to its verb ("tend to say")."""
    for token in tokens:
        head = token
        for _ in range(3):
            subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < head.i), None)
            if subject is not None:
                return subject
            if head.dep_ not in ("xcomp", "aux", "advmod", "conj") or head.head.i == head.i:
                break
            head = head.head
    return None


def _people_at_large(subject: Token) -> bool:
    """Whether a subject token is people at large: "people", "everyone", or a bare plural common noun."""
    if subject.lower_ in EVERYONE:
        return True
    if subject.tag_ != "NNS" or subject.ent_type_:
        return False
    return not any(c.dep_ in SPECIFIC_DEPS and not _loose(c) for c in subject.children)


def _loose(child: Token) -> bool:
    """Whether a dependent leaves a plural people at large: a quantifier, a place or a trade ("estate agents")."""
    if child.dep_ == "compound" and child.tag_ in {"NN", "NNS"} and not child.ent_type_:
        return True  # "Estate agents", "Bus drivers": a trade, not particular people
    return child.lower_ in QUANTIFIERS or (child.dep_ == "prep" and child.lower_ in PLACE_PREPOSITIONS)


def label_status(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are a label, status or rating ("marked “urgent”", "an ‘amber’ warning").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for at most :data:`MAX_LABEL_WORDS` words after a labelling participle without a subject of
        its own (passive, or a reduced relative: "was marked", "crates labelled"), or for at most three
        words between an article and a status noun ("a “buy” rating"); False after an active verb ("The
        watchdog flagged “serious weaknesses”" quotes the watchdog), and with an agent ("labelled “a
        disgrace” by the opposition leader") unless a grading verb gives a short grade ("rated
        ‘inadequate’ by inspectors"). Also True after "a rating of", "a score of" ("a hygiene rating of “1”").

    """
    bare = _bare(setting)
    if not bare or bare.endswith(("!", "?")):
        return False
    after = scene.text[setting.outer_end : setting.outer_end + 40]
    start, before = _before(scene, setting)
    if word_count(bare) <= 3 and STATUS_NOUN.match(after) and ARTICLE_BEFORE.search(before):
        return True
    if word_count(bare) > MAX_LABEL_WORDS:
        return False
    if GRADE_OF.search(before):
        return True
    match = LABEL_VERB.search(before)
    if match is None:
        return False
    verb = scene.tokens_in(start + match.start("verb"), start + match.end("verb"))
    if not verb or verb[0].tag_ not in {"VBN", "VBD"}:
        return False
    if BY_AGENT.match(after) and not _grade(scene, setting, match, bare):
        return False
    if MAIN_VERB_AFTER.match(after):
        return True  # "Crates labelled “fragile” were found": a reduced relative, whatever the tag
    if verb[0].tag_ != "VBN":
        return False
    return not any(c.dep_ == "nsubj" for c in verb[0].children)  # "The watchdog flagged ...": its words


def _grade(scene: Scene, setting: Setting, match: regex.Match[str], bare: str) -> bool:
    """Whether a labelling verb grades and the quoted words are short: a grade even with an agent ("by inspectors").

    Not when the agent is a person: a name ("by Tom Hale") or a role ("by the committee chairman").
    """
    if GRADING_VERB.match(match.group("verb")) is None or word_count(bare) > MAX_GRADE_WORDS:
        return False
    after = scene.text[setting.outer_end : setting.outer_end + 60]
    if PERSON_AGENT.match(after):
        return False
    tokens = scene.tokens_in(setting.outer_end, min(setting.para.end, setting.outer_end + 60))
    return not any(t.ent_type_ == "PERSON" for t in tokens)


def displayed_text(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are what a thing displays ("The departure board read “CANCELLED”").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for at most :data:`MAX_SAYING_WORDS` words after a screen, board, label, packet, ticket,
        receipt or menu that reads, shows or displays them, or after "carries the words".

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_SAYING_WORDS:
        return False
    return DISPLAY.search(_before(scene, setting)[1]) is not None


def survey_wording(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are a survey's question or statement.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True after a poll or questionnaire that asks or puts them, respondents who "were asked" them,
        or "agreed with the statement", with no speech verb in between; or for a quoted question
        followed by the share who answered it ("..., 41 per cent said yes").

    """
    bare = _bare(setting)
    if not bare or word_count(bare) > MAX_SAYING_WORDS:
        return False
    before = _before(scene, setting)[1]
    match = SURVEY_BEFORE.search(before)
    if match is not None and SAID_BETWEEN.search(match.group()) is None:
        return True
    content = setting.quote.content.text.rstrip().rstrip("”’\"'»“")
    if not content.endswith("?"):
        return False
    end = min(len(scene.text), setting.outer_end + WINDOW)
    return SHARE_AFTER.match(scene.text[setting.outer_end : end]) is not None


@rule("reject.saying", stage="reject", order=11)
def saying_rule(scene: Scene, setting: Setting) -> str | None:
    """A proverb or cliché named before the marks ("As the saying goes, “...”", "the old adage ‘...’")."""
    return "word_as_word" if saying(scene, setting) else None


@rule("reject.habitual_saying", stage="reject", order=12)
def habitual_saying_rule(scene: Scene, setting: Setting) -> str | None:
    """Words people at large habitually say ("People often say “...”", "Locals tend to say ‘...’")."""
    return "word_as_word" if habitual_saying(scene, setting) else None


@rule("reject.label_status", stage="reject", order=21)
def label_status_rule(scene: Scene, setting: Setting) -> str | None:
    """A label, status or rating ("was marked “urgent”", "listed as ‘missing’", "an ‘amber’ warning")."""
    return "word_as_word" if label_status(scene, setting) else None


@rule("reject.displayed_text", stage="reject", order=23)
def displayed_text_rule(scene: Scene, setting: Setting) -> str | None:
    """Text a screen, board, label, packet or ticket shows ("The departure board read “CANCELLED”")."""
    return "slogan" if displayed_text(scene, setting) else None


@rule("reject.survey_wording", stage="reject", order=24)
def survey_wording_rule(scene: Scene, setting: Setting) -> str | None:
    """A survey's question or statement ("The questionnaire asks ‘...?’", "Asked “...?”, 41 per cent said yes")."""
    return "word_as_word" if survey_wording(scene, setting) else None
