"""The article's own voices: interview answers, the writer's "I" and an editorial's "we".

Two ``speakers`` rules that read the line roles of the ``layout`` stage:

- ``speaker.transcript`` (order 50): the label of an answer in an interview
  transcript ("A:", "HARTIGAN:") is never the speaker: the interviewee is. A
  name label is the person whose name holds its words ("HARTIGAN": Emlyn
  Hartigan); "A" is the person the introduction says was interviewed ("...
  spoke to Ana Ruiz", "an interview with Ana Ruiz"), else the first person
  it names (else the first person named anywhere in the article's text; else
  no speaker: "A" is never an entity).
- ``speaker.signoff`` (order 60): the name of a dash sign-off ("— Pat Nolan,
  bus driver") is a person, and the words after it that are neither an age
  nor a place (a capitalised word) are titles.
- ``speaker.first_person`` (order 250): "I" or "we" outside quote marks, in
  the article's own text, is its writer: "I" is the name of the byline, of
  the writer's note at the end ("Ana Ruiz is a freelance writer ...") or of
  a letter's closing sign-off, else an entity named "the author"; "we" is the outlet
  (named by a publication line under the headline, a byline's "..., The
  Herald" or a headline "The Herald's view"), else, in an editorial, "the
  editorial board".

What each rule needs of the article (the interviewee, the byline, the
outlet) is worked out once per article and kept with the reader.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from ...rules import rule
from ..layout.roles import PATTERNS as ROLE_PATTERNS
from ..layout.roles import signoff_name
from ._groups import Group
from ._speaker_rules import NO_SPEAKER

if TYPE_CHECKING:
    from ...article import Paragraph
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

PATTERNS: dict[str, regex.Pattern[str]] = {
    # The interviewee named after an interview phrase: "spoke to Ana Ruiz", "an interview with Ana Ruiz".
    "INTERVIEWEE": regex.compile(
        r"\b(?:interview(?:ed)?[ ]with|spoke[ ](?:to|with)|talked[ ](?:to|with)|speaks[ ](?:to|with)"
        r"|talks[ ](?:to|with)|sat[ ]down[ ]with|interviewed|asked)[ ]+(?=\p{Lu})"
        # A box's heading: "ONE QUESTION FOR ... the headteacher, Ann Bell", "Five minutes with Ann Bell".
        r"|(?i:\b(?:questions?[ ]for|minutes[ ]with|q[ ]?&[ ]?a[ ]with|in[ ]conversation[ ]with))[ ]",
    ),
    # Who gives evidence in a court transcript's introduction: "the cross-examination of a bookkeeper, Ana
    # Ruiz", "evidence from Ana Ruiz", "the testimony of", "the witness, Ana Ruiz".
    "WITNESS_INTRO": regex.compile(
        r"\b(?:(?:cross-)?examination[ ]of|evidence[ ](?:of|from)|testimony[ ]of|witness,)[ ]"
    ),
    # The judge named in a court transcript's introduction: "Judge Ana Ruiz", "before Mr Justice Ruiz".
    "JUDGE_INTRO": regex.compile(r"\b(?:Judge|Justice|Recorder|Magistrate)[ ](?=\p{Lu})"),
    # The comma and article of an appositive role right after a name: "Dov Amrani, the host".
    "ROLE_ARTICLE": regex.compile(r",[ ](?:the|a|an|our|its)[ ](?:\p{L}+[ ]){0,2}"),
    # A relative "who" right after a name: ", who takes over the station".
    "WHO_AFTER": regex.compile(r"[ ]*,[ ]*who\b"),
    # An editorial's headline: "Editorial: ...", "Our view: ...", "The Herald's view: ...", "The Herald says".
    "EDITORIAL": regex.compile(r"^(?:Editorial|EDITORIAL|Our[ ]view|OUR[ ]VIEW|Leader|View)\b|['’]s[ ]view\b|[ ]says:"),
    # The outlet in a headline "The Herald's view".
    "OUTLET_VIEW": regex.compile(
        r"(?P<name>(?:The[ ])?\p{Lu}[\p{L}.&\-]*(?:[ ]\p{Lu}[\p{L}.&\-]*){0,4})['’]s[ ]view\b"
    ),
    # The outlet after a byline's name: "By Ana Ruiz, The Dunmore Herald" / "Ana Ruiz | The Herald".
    "BYLINE_OUTLET": regex.compile(
        r"[,|][ \t]*(?P<name>The[ ]\p{Lu}[\p{L}.&\-]*(?:[ ]\p{Lu}[\p{L}.&\-]*){0,4})[ \t.]*$"
    ),
}
"""Regular expressions of this module, each commented (bounded: linear time)."""

ROLE_LABELS: tuple[list[str], ...] = (["witness"],)
"""Labels without "the" that name a role in a hearing's transcript ("Witness: ..."), read as "THE WITNESS"."""

WITNESS_WINDOW = 60
"""How far after "the cross-examination of" (or "Judge") the witness's (or judge's) name may start."""

ROLE_WINDOW = 20
"""How far after a role word ("minister") the name of the person a role label ("MINISTER:") stands for may start."""

SINGULAR: frozenset[str] = frozenset({"i", "me", "my", "myself"})
"""First-person singular words: the writer."""

PLURAL: frozenset[str] = frozenset({"we", "us", "our", "ourselves"})
"""First-person plural words: the outlet."""

OWN_TEXT_ROLES: frozenset[str] = frozenset({"body", "section_label"})
"""Roles of the lines written in the article's own voice."""


@dataclass
class _Voices:
    """The article's interviewee, writer and outlet, found on first use."""

    labels: dict[str, Group] = field(default_factory=dict)
    interviewee: Group | None = None
    interviewee_found: bool = False
    author: Group | None = None
    outlet: Group | None = None
    outlet_found: bool = False
    seen_titles: set[tuple[int, int, int]] = field(default_factory=set)


_VOICES: weakref.WeakKeyDictionary[Reader, _Voices] = weakref.WeakKeyDictionary()
"""Per reader (one article), what this module worked out."""


def _voices(reader: Reader) -> _Voices:
    found = _VOICES.get(reader)
    if found is None:
        found = _VOICES[reader] = _Voices()
    return found


def _new_group(label: str, vote: str) -> Group:
    """A group named by ``label`` with one type vote (``person`` or ``organisation``)."""
    group = Group(kind="name", label=label, salient=True)
    group.votes[vote] += 1
    return group


def _claim(reader: Reader, group: Group, start: int, end: int) -> Group:
    """Record a mention of ``group`` (not as a pronoun antecedent) and return it."""
    if group not in reader.groups:
        reader.groups.append(group)
    group.mentions.append((start, end))
    group.salient = True
    return group


# -- transcripts -----------------------------------------------------------------


def _label_group(reader: Reader, label: str) -> Group:
    """The person a name label stands for ("HARTIGAN": the group named ... Hartigan), else a new one.

    A label with a title or an honorific before the surname ("MINISTER REYES", "CHIEF DANVERS", "MR.
    SMITH") is the one person named with that surname when its whole words name nobody. A court
    transcript's "THE WITNESS" is the person the introduction says gives evidence, and "THE COURT" the judge.
    """
    words = [w.lower() for w in label.replace(".", " ").split()]
    if words and words[0] == "the":
        return _court_group(reader, " ".join(words[1:]))
    if words in ROLE_LABELS:
        return _court_group(reader, words[0])  # a hearing's "Witness:" (no article)
    best = _named_by(reader, set(words))
    if best is None and len(words) > 1:
        best = _named_by(reader, set(words[-1:]), unique=True)
    if len(words) == 1 and (best is None or not _named_before_turns(reader, best)):
        best = _role_holder(reader, words[0]) or best  # "HOST" tagged as a name of its own: the host introduced
    return best if best is not None else _new_group(label.title(), "person")


def _first_turn(reader: Reader) -> int:
    """Where the transcript's first turn starts (0 when there is none)."""
    layout = reader.article.layout
    return next((p.start for p in layout.paragraphs if p.role in {"qa_question", "qa_answer"}), 0)


def _named_before_turns(reader: Reader, group: Group) -> bool:
    """Whether a group is mentioned above the first turn (not only by the labels themselves)."""
    first_turn = _first_turn(reader)
    return any(start < first_turn for start, _ in group.mentions)


def _role_holder(reader: Reader, word: str) -> Group | None:
    """The named person whose role a one-word label names ("PRESENTER": the "presenter Tom Greer" introduced).

    The person filed under that role noun, else the first person named right after the role word above the
    first turn ("the finance minister Ann Holt"); else ``None`` (the label becomes a person of its own).
    """
    group = reader.holder({word}, plural=False)
    if group is not None and group.names and group.type == "person" and word in group.role_nouns:
        return group
    first_turn = _first_turn(reader)
    role = regex.compile(r"\b" + regex.escape(word) + r"\b", regex.IGNORECASE)
    for match in role.finditer(reader.text, 0, first_turn):
        after = reader.first_owned_in(match.end(), min(match.end() + ROLE_WINDOW, first_turn))
        before = _named_before_role(reader, match.start())
        for group in (after, before):
            if group is not None and group.names and group.type == "person":
                return group
    return None


def _named_before_role(reader: Reader, role_start: int) -> Group | None:
    """The person named right before an appositive role ("Dov Amrani, the host,"), else ``None``."""
    article = PATTERNS["ROLE_ARTICLE"].search(reader.text, max(0, role_start - ROLE_WINDOW), role_start)
    if article is None or article.end() != role_start:
        return None
    return reader.first_owned_in(max(0, article.start() - ROLE_WINDOW), article.start())


def _named_by(reader: Reader, words: set[str], unique: bool = False) -> Group | None:
    """The group (of most names) whose name words hold ``words``; with ``unique``, only when one group does."""
    named = [g for g in reader.groups if g.names and not g.plural and words <= g.name_words]
    if not named or (unique and len(named) > 1):
        return None
    return max(named, key=lambda g: len(g.names))


def _court_group(reader: Reader, role: str) -> Group:
    """The speaker of a court transcript's "THE WITNESS" or "THE COURT" (any other "THE ..." label: that role)."""
    intro = PATTERNS["WITNESS_INTRO"] if role == "witness" else PATTERNS["JUDGE_INTRO"] if role == "court" else None
    layout = reader.article.layout
    first_turn = next((p.start for p in layout.paragraphs if p.role in {"qa_question", "qa_answer"}), 0)
    for match in intro.finditer(reader.text, 0, first_turn) if intro is not None else ():
        group = reader.first_owned_in(match.end(), min(match.end() + WITNESS_WINDOW, first_turn))
        if group is not None and group.type == "person":
            return group
    if role == "witness":
        # A hearing's introduction names its witness first ("X gave evidence to the committee"): the
        # interviewee of the transcript.
        voices = _voices(reader)
        if not voices.interviewee_found:
            voices.interviewee, voices.interviewee_found = _interviewee(reader), True
        if voices.interviewee is not None:
            return voices.interviewee
    return _new_group("the judge" if role == "court" else f"the {role}", "person")


def _interviewee(reader: Reader) -> Group | None:
    """The person the introduction of a Q&A says was interviewed, else the first person it names.

    The interview phrase nearest the first answer wins: a one-exchange box inside a report ("ONE QUESTION
    FOR ... the headteacher, Ann Bell") names its interviewee right above it, after the report's own people.
    """
    layout = reader.article.layout
    first_turn = next((p.start for p in layout.paragraphs if p.role in {"qa_question", "qa_answer"}), 0)
    intro = reader.text[:first_turn]
    for match in reversed(list(PATTERNS["INTERVIEWEE"].finditer(intro))):  # the nearest to the answers first
        group = reader.first_owned_in(match.end(), min(match.end() + 40, first_turn))
        if group is not None and (group.type == "person" or _described_as_someone(reader.text, group, match.end())):
            return group
    people = [g for m, _, g in reader.items if layout.role_at(m.start) == "body" and g.type == "person"]
    before = [g for g in people if g.mentions and min(g.mentions)[0] < first_turn]
    chosen = before or people
    return chosen[0] if chosen else None


def _described_as_someone(text: str, group: Group, after: int) -> bool:
    """Whether the name after an interview phrase is followed by a relative "who" ("spoke to Mira Daud, who ...").

    The small tagger types unfamiliar names as organisations; "who" is kept for people.
    """
    ends = [end for start, end in group.mentions if start >= after]
    return bool(ends) and PATTERNS["WHO_AFTER"].match(text, min(ends)) is not None


TURN_RULES: frozenset[str] = frozenset({"layout.transcript", "quote.interviewer_question"})
"""Rules of the quotations made of a transcript's turns (answers; a named interviewer's questions, opt-in)."""


@rule("speaker.transcript", stage="speakers", order=50)
def transcript_speaker(site: SpeakerSite) -> Outcome:
    """The label of a transcript turn ("A:", "HARTIGAN:", an interviewer's "GREER:"): the person it stands for."""
    reader, speaker = site.reader, site.speaker
    role = reader.article.layout.role_at(speaker.start)
    if role not in {"qa_answer", "qa_question"} or site.quote.rule not in TURN_RULES:
        return None
    voices = _voices(reader)
    label = speaker.text
    if label.upper() in {"A", "ANSWER"}:
        if not voices.interviewee_found:
            voices.interviewee, voices.interviewee_found = _interviewee(reader), True
        group = voices.interviewee
    else:
        group = voices.labels.get(label.upper())
        if group is None:
            group = voices.labels[label.upper()] = _label_group(reader, label)
    if group is None:
        return NO_SPEAKER  # "A" is nobody's name
    return _claim(reader, group, speaker.start, speaker.end)


REPORTING_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
"""Pronouns the paper uses for the interviewee in a Q&A that prints answers as attributed quotations."""


@rule("speaker.reported_answer", stage="speakers", order=51)
def reported_answer_speaker(site: SpeakerSite) -> Outcome:
    """The pronoun "she" after a quotation opening an answer line ("A: “...,” she said."): the interviewee.

    A Q&A may print each answer as the paper's quotation of the interviewee; its pronoun after the quotation
    stands for the person interviewed, however many question lines separate it from the name.
    """
    reader, speaker = site.reader, site.speaker
    if speaker.text.casefold() not in REPORTING_PRONOUNS or site.quote.start > speaker.start:
        return None
    layout = reader.article.layout
    if layout.role_at(speaker.start) != "qa_answer" or layout.paragraph_at(site.quote.start).start != (
        layout.paragraph_at(speaker.start).start
    ):
        return None
    voices = _voices(reader)
    if not voices.interviewee_found:
        voices.interviewee, voices.interviewee_found = _interviewee(reader), True
    group = voices.interviewee
    return None if group is None else _claim(reader, group, speaker.start, speaker.end)


QUESTION_LABELS: frozenset[str] = frozenset({"Q", "QUESTION"})
"""Labels of an interviewer's questions: nobody's name."""


@rule("speaker.caps_label", stage="speakers", order=52)
def caps_label_speaker(site: SpeakerSite) -> Outcome:
    """A capitalised label opening a paragraph ("HADDAD: ...", "Q: ..."): the person of that surname, or no one.

    Printed interviews with two interviewees label each answer by surname; the layout stage may read them
    as plain colon labels rather than a transcript. The label is the named person whose name holds its
    words ("HADDAD": Noor Haddad), never a new entity; "Q" is the interviewer's, nobody's name.
    """
    reader, speaker = site.reader, site.speaker
    label = speaker.text
    if not (label.isupper() and label.isalpha()) or reader.text[speaker.end : speaker.end + 1] != ":":
        return None
    paragraph = reader.article.layout.paragraph_at(speaker.start)
    if reader.text[paragraph.start : speaker.start].strip():
        return None
    if label in QUESTION_LABELS:
        return NO_SPEAKER
    words = {label.lower()}
    named = [g for g in reader.groups if g.names and not g.plural and words <= g.name_words]
    if len(named) != 1:
        return None
    return _claim(reader, named[0], speaker.start, speaker.end)


# -- the writer and the outlet ---------------------------------------------------


def _writer_name(text: str, para: Paragraph, last: bool) -> tuple[int, int] | None:
    """Where the writer is named: a byline ("By Ana Ruiz"), a writer's note at the end, a letter's sign-off."""
    line = text[para.start : para.end]
    if para.role == "byline":
        match = ROLE_PATTERNS["BY"].match(line) or ROLE_PATTERNS["BIO"].match(line)
        return (para.start + match.start("name"), para.start + match.end("name")) if match is not None else None
    if para.role == "signoff" and last:
        where = signoff_name(line.strip())
        lead = len(line) - len(line.lstrip())
        return (para.start + lead + where[0], para.start + lead + where[1]) if where is not None else None
    return None


def _author(reader: Reader) -> Group:
    """The writer a byline, a writer's note or a letter's sign-off names, else a new entity named "the author"."""
    layout, text = reader.article.layout, reader.text
    paragraphs = layout.paragraphs
    for para in paragraphs:
        where = _writer_name(text, para, para.index == len(paragraphs) - 1)
        if where is None:
            continue
        start, end = where
        return reader.first_owned_in(start, end) or _claim(reader, _new_group(text[start:end], "person"), start, end)
    return _new_group("the author", "person")


def _outlet(reader: Reader) -> Group | None:
    """The outlet: a publication line, a byline's "..., The Herald", a headline "The Herald's view"."""
    layout, text = reader.article.layout, reader.text
    for para in layout.paragraphs:
        line = text[para.start : para.end].strip()
        start = para.start + text[para.start : para.end].index(line[:1]) if line else para.start
        if para.role == "byline" and not ROLE_PATTERNS["BY"].match(line):
            match = PATTERNS["BYLINE_OUTLET"].search(line) or regex.match(r"^(?P<name>The[ ][^,|]+)$", line)
        elif para.role == "headline":
            match = PATTERNS["OUTLET_VIEW"].search(line)
        elif para.role == "byline":
            match = PATTERNS["BYLINE_OUTLET"].search(line)
        else:
            continue
        if match is not None:
            name = match.group("name").strip()
            lo = start + match.start("name")
            found = reader.first_owned_in(lo, lo + len(name))
            return found or _new_group(name.removeprefix("The "), "organisation")
    return None


def _is_editorial(reader: Reader) -> bool:
    """Whether the article's headline says it is an editorial."""
    text = reader.text
    headlines = (text[p.start : p.end].strip() for p in reader.article.layout.paragraphs if p.role == "headline")
    return any(PATTERNS["EDITORIAL"].search(line) for line in headlines)


@rule("speaker.first_person", stage="speakers", order=250)
def first_person_speaker(site: SpeakerSite) -> Outcome:
    """First person in the article's own words: "I" is the byline's writer (or "the author"), "we" the outlet."""
    reader, speaker, word = site.reader, site.speaker, site.head.lower_
    if word not in SINGULAR | PLURAL or reader.layout.in_quote(speaker.start, speaker.end):
        return None
    if reader.article.layout.role_at(speaker.start) not in OWN_TEXT_ROLES:
        return None
    voices = _voices(reader)
    if word in SINGULAR:
        if voices.author is None:
            voices.author = _author(reader)
        return _claim(reader, voices.author, speaker.start, speaker.end)
    if not voices.outlet_found:
        voices.outlet, voices.outlet_found = _outlet(reader), True
        if voices.outlet is None and _is_editorial(reader):
            voices.outlet = _new_group("the editorial board", "organisation")
    if voices.outlet is None:
        return None
    return _claim(reader, voices.outlet, speaker.start, speaker.end)


# -- sign-offs --------------------------------------------------------------------

SIGNOFF_DETAIL = regex.compile(r"[^,]+")
"""A comma-separated piece of a sign-off's details ("54", "bus driver", "Dunmore")."""


def _is_title_piece(words: str) -> bool:
    """Whether a piece of a sign-off's details is a title: lower case first, no figure (not an age or a place)."""
    return bool(words) and words[0].islower() and not any(c.isdigit() for c in words)


@rule("speaker.signoff", stage="speakers", order=60)
def signoff_speaker(site: SpeakerSite) -> Outcome:
    """The name of a dash sign-off ("— Pat Nolan, 54, bus driver"): that person, titled by the words after it."""
    reader, speaker = site.reader, site.speaker
    if site.quote.rule != "layout.signoff":
        return None
    voices = _voices(reader)
    group = reader.owner.get(site.root.i) or voices.labels.get(speaker.text)
    if group is None:
        group = voices.labels[speaker.text] = _new_group(speaker.text, "person")
    text = reader.text
    line_end = text.find("\n", speaker.end)
    line_end = len(text) if line_end < 0 else line_end
    # The sign-off's line gives the titles: the parse's titles across its line break ("bus driver\n\n09:40
    # The ...") or in it (an age, "34") are dropped, and its own pieces are added.
    group.descriptors = [d for d in group.descriptors if not (d.start < line_end and d.end > speaker.end)]
    for piece in SIGNOFF_DETAIL.finditer(text, speaker.end, line_end):
        words = piece.group().strip().rstrip(".")
        if _is_title_piece(words):
            start = piece.start() + piece.group().index(words)
            reader.add_title(group, start, start + len(words), voices.seen_titles)
    return _claim(reader, group, speaker.start, speaker.end)
