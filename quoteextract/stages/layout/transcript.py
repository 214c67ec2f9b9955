"""Interview transcripts: "Q:" / "A:" lines and "NAME:" turns become questions and answers.

An article is a transcript when it has labelled turns that answer each other:

- a "Q:" (or "Q.", "Question:") line followed by an "A:" line; or
- speaker labels ("FOSSE:", "JAKE TAPPER:", or "Fosse:" when two such labels
  take two turns each) with at least two different speakers,
  :data:`MIN_TURNS` turns, one speaker talking twice (a markets report's
  "STOCKS:", "BONDS:", "CURRENCIES:" each speak once) and someone asking a
  question (a list "Okafor: 2,316." / "Lindqvist: 1,547." asks nothing).

The interviewer is "Q", or the label whose turns end most often with a
question mark (the first label on a tie); the interviewer's turns are
``qa_question`` lines, everyone else's ``qa_answer`` lines. "Q." questions
answered by name labels ("CHIEF DANVERS: Not yet."), as a press conference's
transcript prints them, make every name label an answer.

A "Q:"/"A:" exchange is an interview only when the headline or the lines
above its first question say so ("We spoke to her", "Five questions for",
"ONE QUESTION FOR ... the headteacher, Ann Bell") or half its answers speak
in the first person singular; otherwise (an explainer box in a report, an
FAQ, a column answering readers) its "A:" lines are ``section_label`` text,
credited to no one. The scan runs once per article (the first line asks for
it) and is linear.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

import regex

from ...rules import rule
from ._lines import PATTERNS as LINE_PATTERNS
from ._lines import LineSite, Page

MIN_TURNS = 3
"""Fewest labelled turns that make a transcript of name labels."""

MIN_TURN_WORDS = 1
"""Fewest words with letters a labelled line needs to be a turn ("A: Yes." is one; "Okafor: 2,316." is not)."""

NOT_SPEAKERS: frozenset[str] = frozenset(
    "UPDATE UPDATED CORRECTION CORRECTIONS CLARIFICATION NOTE EDITOR'S EDITOR’S BYLINE PREVIOUSLY EXCLUSIVE "
    "BREAKING WATCH LISTEN RELATED VIDEO PHOTO PHOTOS SOURCE SOURCES CREDIT EMAIL ALSO MORE READ WARNING "
    "BACKGROUND ANALYSIS OPINION EDITORIAL LIVE TRANSCRIPT INTERVIEW WHO WHAT WHEN WHERE WHY HOW".split()
)
"""Words of labels in capitals that head sections, not turns of speakers."""

EXPLAINER_ROLE = "section_label"
"""The role of an "A:" line that is nobody's answer (an explainer's or an FAQ's): text whose label speaks for
no one."""

MIN_NAMED_ANSWERS = 2
"""Fewest "Q." questions answered by a name label that make a press conference's transcript."""

INTRO_LINES = 2
"""How many lines above a Q&A's first question may introduce it as an interview (besides the headline)."""

PATTERNS: dict[str, regex.Pattern[str]] = {
    # An introduction saying an interview took place or naming who answers: "We spoke to her", "talked to
    # Ana", "interview", "sat down with", "we asked", "Five questions for", "ONE QUESTION FOR", "Q&A with",
    # "Five minutes with", "in conversation with", "edited for length", "we put your questions to", and a
    # press briefing's "took questions", "briefed reporters", "news conference".
    "INTERVIEW": regex.compile(
        r"(?i:\b(?:spoke|talked|chatted|speaks|talks)[ ](?:to|with)\b|\binterview|\bsat[ ]down[ ]with\b"
        r"|\bwe[ ]asked\b|\bquestions?[ ]for\b|\bq[ ]?&[ ]?a[ ]with\b|\bminutes[ ]with\b|\bin[ ]conversation\b"
        r"|\b(?:edited|condensed)[ ](?:for|and)\b|\bwe[ ]put\b[^.?!]{0,60}?\bto\b"
        # A press briefing: "took questions", "briefed reporters", "a news conference", "press briefing".
        r"|\btook[ ](?:questions|reporters['’][ ]questions)\b|\bbriefed[ ](?:reporters|journalists|the[ ]press)\b"
        r"|\b(?:news|press)[ ](?:conference|briefing)\b)"
    ),
    # A word of the first person singular: an answer in the interviewee's own voice.
    "FIRST_PERSON": regex.compile(r"\bI\b|\bI['’]|\b(?i:me|my|mine|myself)\b"),
}
"""Regular expressions of this module, each commented (bounded: linear time)."""

HONORIFICS: frozenset[str] = frozenset(
    "MR MRS MS MISS DR SIR DAME LORD LADY BARONESS PROFESSOR PROF SENATOR SEN REP REPRESENTATIVE COUNCILLOR "
    "COUNCILMAN COUNCILWOMAN ALDERMAN DEPUTY".split()
)
"""Honorifics opening a panel member's label in title case ("Mr Okonkwo:", "Senator Ruiz:")."""

QUESTION_LABELS: frozenset[str] = frozenset({"Q", "QUESTION"})
"""Labels of the interviewer's turns in a Q&A."""

ANSWER_LABELS: frozenset[str] = frozenset({"A", "ANSWER"})
"""Labels of the interviewee's turns in a Q&A."""


@dataclass
class Transcript:
    """The labelled turns of an article.

    Args:
        roles: ``qa_question`` or ``qa_answer`` for each turn, by line index.
        labels: The label of each turn (as written), by line index.
        interviewer: The interviewer's label in upper case (``"Q"`` in a Q&A),
            or ``None`` when the article is no transcript.

    """

    roles: dict[int, str] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)
    interviewer: str | None = None


def turn_label(text: str) -> tuple[str, int] | None:
    """The label opening a line and the offset just after it, if the line opens with one.

    A quoted transcript opens every turn with a quote mark, as news opens each
    paragraph of a long quotation ("“MARLOWE: Senator, ..." after "Partial
    transcript as follows:"), and a recorded one (a podcast, a broadcast) with
    the time of the turn ("[00:14:32] Oduya: ..."): one opening mark or one
    timestamp before the label is skipped, so the label starts at
    ``end - len(label)``.

    Args:
        text: A line's visible text.

    Returns:
        ``(label, end)`` (``end`` relative to the line), or ``None``.

    """
    lead = LINE_PATTERNS["LEADING_MARK"].match(text) or LINE_PATTERNS["TIMESTAMP"].match(text)
    skip = lead.end() if lead is not None else 0
    words = text[skip:]  # the patterns are anchored with "^"
    for name in ("QA_LABEL", "CAPS_LABEL", "TITLE_LABEL"):
        match = LINE_PATTERNS[name].match(words)
        if match is not None:
            return match.group("label"), skip + match.end("label")
    return None


def speaker_key(label: str) -> str:
    """A turn label as one speaker: its last word in capitals ("JAKE TAPPER" and "TAPPER" are one)."""
    words = label.upper().rstrip(".").split()
    return words[-1] if words else ""


def transcript_of(page: Page) -> Transcript:
    """The transcript of an article (worked out once, kept in the page's memo).

    Args:
        page: The article's lines.

    Returns:
        Its turns; empty roles when the article is no transcript.

    """
    found = page.memo.get("transcript")
    if isinstance(found, Transcript):
        return found
    transcript = _read_turns(page)
    page.memo["transcript"] = transcript
    return transcript


def _read_turns(page: Page) -> Transcript:
    """Find the labelled turns, decide who asks, and give the lines between turns their speaker's role."""
    labels: dict[int, str] = {}
    titled: Counter[str] = Counter()
    for line in page.lines:
        found = turn_label(line.text)
        if found is not None and _speaker_label(found[0]) and _says_something(line.text[found[1] :]):
            labels[line.index] = found[0]
            if not found[0].isupper():
                titled[speaker_key(found[0])] += 1
    # Labels in title case count only when they take turns: two of them, each used twice at least; then a
    # member of a panel named once with an honorific ("Mr Okonkwo:" at a hearing) takes a turn too.
    turning = {key for key, n in titled.items() if n >= 2}
    if len(turning) < 2:
        turning = set()
    labels = {i: label for i, label in labels.items() if label.isupper() or _takes_turns(label, turning)}
    keys = _initials_as_names({i: speaker_key(label) for i, label in labels.items()}, labels)
    interviewer = _qa_interviewer(keys) or ("Q" if _named_answers(keys) else None) or _named_interviewer(page, keys)
    transcript = Transcript(labels=labels, interviewer=interviewer)
    if interviewer is not None:
        _give_roles(page, transcript, keys, interviewer)
        _continue_turns(page, transcript)
    return transcript


def _takes_turns(label: str, turning: set[str]) -> bool:
    """Whether a label in title case is a turn: its speaker takes turns, or it names a panel member by honorific."""
    if speaker_key(label) in turning:
        return True
    words = label.split()
    return bool(turning) and len(words) >= 2 and words[0].rstrip(".").upper() in HONORIFICS


def _initials_as_names(keys: dict[int, str], labels: dict[int, str]) -> dict[int, str]:
    """Initials labels ("GT:") as the speaker whose full label they abbreviate ("GRACE TAMAKI:"), when one does.

    A broadcast transcript names each speaker in full at the first turn and by initials after it.
    """
    initials: dict[str, set[str]] = {}
    for index, label in labels.items():
        words = label.upper().rstrip(".").split()
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words), set()).add(keys[index])
    found = dict(keys)
    for index, label in labels.items():
        named = initials.get(label.upper().replace(".", ""), set())
        if " " not in label and len(named) == 1:
            found[index] = next(iter(named))
    return found


def _give_roles(page: Page, transcript: Transcript, keys: dict[int, str], interviewer: str) -> None:
    """The role of each labelled turn: the interviewer's are questions, the others answers (or an explainer's text).

    In a "Q:"/"A:" transcript only those labels take turns, unless the questions are answered by name labels
    (a press conference); an exchange that is no interview (:func:`_is_interview`) has no answers. In a
    transcript of name labels, a speaker besides the interviewer who only asks (a committee member after the
    chair, a second presenter) asks too, when someone else answers.
    """
    qa = interviewer in QUESTION_LABELS
    named = qa and _named_answers(keys)
    answer = "qa_answer" if not qa or named or _is_interview(page, keys) else EXPLAINER_ROLE
    askers = {interviewer, *QUESTION_LABELS} | (set() if qa else _only_asking(page, keys, interviewer))
    for index, key in keys.items():
        if qa and not named and key not in QUESTION_LABELS | ANSWER_LABELS:
            continue
        transcript.roles[index] = "qa_question" if key in askers else answer


def _only_asking(page: Page, keys: dict[int, str], interviewer: str) -> set[str]:
    """The speakers besides the interviewer whose every turn asks a question, when another speaker answers."""
    answering: set[str] = set()
    asking: set[str] = set()
    for index, key in keys.items():
        if key != interviewer:
            (asking if _asks(page.lines[index].text) else answering).add(key)
    only = asking - answering
    return only if answering else set()


def _named_answers(keys: dict[int, str]) -> bool:
    """Whether a "Q." question is answered by a name label ("Q. Is it arson?" / "CHIEF DANVERS: Not yet.").

    A press conference's transcript marks the reporters' questions "Q." and each answer with the name of
    whoever answers; every name label is then an answer.
    """
    previous, answered = "", 0
    for index in sorted(keys):
        key = keys[index]
        answered += previous in QUESTION_LABELS and key not in QUESTION_LABELS | ANSWER_LABELS
        previous = key
    return answered >= MIN_NAMED_ANSWERS


def _is_interview(page: Page, keys: dict[int, str]) -> bool:
    """Whether a "Q:"/"A:" exchange is an interview, not the paper's own explainer or an FAQ.

    An interview says so before its first question, in the headline or the two lines above ("We spoke to
    her about ...", "Five questions for ...", "ONE QUESTION FOR ... the headteacher", "Q&A with ..."), or
    its answers speak in the first person singular (at least half of them: "I wanted to ..."). A box of
    "Q: When do the charges start? A: On 1 April." in an article, a council's FAQ ("... we will collect
    it") or a column answering readers does neither: its answers are the paper's or the page's own text.
    """
    first = min((i for i, k in keys.items() if k in QUESTION_LABELS), default=min(keys))
    above = [line.text for line in page.lines[:first] if line.text.strip()]
    intro = " ".join(above[-INTRO_LINES:] + above[:1])
    if PATTERNS["INTERVIEW"].search(intro) is not None:
        return True
    answers = [page.lines[i].text for i, k in keys.items() if k in ANSWER_LABELS]
    voiced = sum(PATTERNS["FIRST_PERSON"].search(text) is not None for text in answers)
    return 2 * voiced >= len(answers) > 0


def _continue_turns(page: Page, transcript: Transcript) -> None:
    """Unlabelled lines between two turns continue the turn above them (a long answer in paragraphs)."""
    turns = sorted(transcript.roles)
    for before, after in itertools.pairwise(turns):
        if transcript.roles[before] == EXPLAINER_ROLE:
            continue  # an explainer's answer goes on as text
        for index in range(before + 1, after):
            if _continues(page.lines[index].text):
                transcript.roles[index] = transcript.roles[before]


def _continues(line: str) -> bool:
    """Whether an unlabelled line between turns is words of the turn above.

    Not: an empty line, an elision ("…."), or a stage direction in brackets
    ("(END VIDEO CLIP.)", "[crosstalk]", "“(LAUGHTER.)" in a quoted transcript).
    """
    stripped = line.strip().strip("\"“”‘’'«»„").strip()  # a quoted transcript's line opens with a mark
    if not any(c.isalpha() for c in stripped):
        return False
    return not (stripped[0] in "([" and stripped.rstrip(".").endswith((")", "]")))


def _says_something(words: str) -> bool:
    """Whether the words of a turn hold at least :data:`MIN_TURN_WORDS` words with letters ("1,769." does not)."""
    return sum(1 for w in words.split() if any(c.isalpha() for c in w)) >= MIN_TURN_WORDS


def _speaker_label(label: str) -> bool:
    """Whether a label can name whoever speaks a turn (not "UPDATE", "EDITOR'S NOTE")."""
    return not any(word in NOT_SPEAKERS for word in label.upper().split())


def _qa_interviewer(keys: dict[int, str]) -> str | None:
    """``"Q"`` when a question line is answered by an answer line, else ``None``."""
    previous = ""
    for index in sorted(keys):
        key = keys[index]
        if key in ANSWER_LABELS and previous in QUESTION_LABELS:
            return "Q"
        previous = key
    return None


def _named_interviewer(page: Page, keys: dict[int, str]) -> str | None:
    """The label asking the questions in a transcript of name labels, or ``None`` if there is none."""
    named = {i: k for i, k in keys.items() if k not in QUESTION_LABELS | ANSWER_LABELS}
    counts = Counter(named.values())
    if len(counts) < 2 or len(named) < MIN_TURNS or max(counts.values()) < 2:
        return None
    questions: Counter[str] = Counter(k for i, k in named.items() if _asks(page.lines[i].text))
    if not questions:
        return None  # nobody asks: labelled lines of a list ("Okafor: 2,316."), not an interview
    order = {k: n for n, k in reversed(list(enumerate(named[i] for i in sorted(named))))}
    return max(counts, key=lambda k: (questions[k] / counts[k], -order[k]))


def _asks(line: str) -> bool:
    """Whether a turn ends with a question mark (before any closing quote mark: "“REED: Why now?”")."""
    return line.rstrip().rstrip("\"”’'»").endswith("?")


@rule("layout.transcript", stage="layout", order=10)
def transcript_turn(site: LineSite) -> str | None:
    """A labelled turn of an interview transcript ("Q:", "A:", "RUIZ:"): a question or an answer."""
    return transcript_of(site.page).roles.get(site.line.index)
