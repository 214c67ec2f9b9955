"""Frames that carry over: an interview or a "told OUTLET" frame holds for the speaker's next quotations.

"In an interview with the Tarnby Courier, Vos denied it. “Nonsense,” he said."
The second quotation was given to the Courier too, though its own sentence
does not say so. The rule reads every claim once, in text order.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..._model import SourceLink, Span
from ...lang.en._speaker_lexicon import pronouns
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ._chain import link
from ._claim_rules import HOP_RANK, told_hop
from ._index import Found, outlet_name
from ._outlets import OUTER_RANK, outlet_found
from ._patterns import FRAME_RELATION, PATTERNS
from ._site import ClaimSite, Proposal, source_rule

_HEADING = re.compile(r"^[^\S\n]*(?:[*#=~_-]{3,}|[^\n.!?:;,“”\"'’)]{1,60}[^\W\d.!?,;]?)[^\S\n]*$", re.MULTILINE)
"""A line that breaks a passage: a rule ("* * *", "---") or a short line without final punctuation (a subheading)."""

_FRAMES = frozenset({"interview", "told", "reported_by"})
"""Outer relations that set a frame (``reported_by`` only when its words name a relay: :data:`_RELAY_WORDS`)."""

_RELAY_WORDS = re.compile(
    r"\b(?:according\s+to|reported|carried|relayed|published|printed|broadcast|aired|seen|obtained|reviewed|viewed|heard"
    r"|released|quoted|read\s+out|shared\s+with|provided\s+to|leaked\s+to)\b",
    re.IGNORECASE,
)
"""Words of a relay that holds for the speaker's next claims in the paragraph ("..., in comments reported by Y")."""

LABEL_RULE = "claim.colon"
"""The rule of "Label: words" claims, the turns of a Q&A or a transcript."""

_INTERVIEWER_LABELS = frozenset({"q", "q.", "question", "interviewer"})
"""Labels of the interviewer's turns in a Q&A."""

_INTERVIEW_INTRO = re.compile(
    r"\b(?:(?:spoke|speaks|talked|talks|speaking|talking)\s+(?:to|with)|interview(?:ed)?\s+(?:with|on|by)|told|tells)\s+",
    re.IGNORECASE,
)
"""Words before the outlet in the introduction of a Q&A ("She spoke to the Millbrook Mercury")."""

_INTERVIEW_GIVEN = re.compile(
    r"\b(?:sat|sits|sitting)\s+down\s+(?:for\s+(?:an?\s+)?(?:[\w-]+\s+)?interview\s+)?with\s+"
    r"|\b(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:interview|sit-down)\s*,?\s+(?:(?:which|that)\s+(?:was\s+)?)?"
    r"(?:published|broadcast|aired|carried|printed)\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?(?:by|in|on)\s+",
    re.IGNORECASE,
)
"""An interview written as given to an outlet without "with": "sat down with the Valley Mercury", "In a rare
interview, published on Sunday by the Dale Post, ..." (a frame for the speaker's next quotations)."""

_TRANSCRIPT_LINE = re.compile(
    r"^[^\S\n]*(?:transcript|interview|Q\s*&\s*A)\b[^\n:]*:(?P<rest>[^\n]*)$", re.IGNORECASE | re.MULTILINE
)
"""A heading that announces an interview's transcript ("Transcript: The Morning Call, Radio Kestrel")."""

_SPOKE_TO_SENTENCE = re.compile(r"(?i:spoke|talked)\s+(?i:to|with)\s+(?:(?i:the)\s+)?[A-Z]")
"""A past "spoke to" naming an outlet by its name ("Mottram spoke to the Tarnside Observer on Wednesday."): the
speaker's answers that follow in the passage were given to it, as after "In an interview with X"."""

_TURN_LABEL = re.compile(r"^[^\S\n]*(?:Q|A|[A-Z][A-Z.'’ -]{1,40})[^\S\n]*:", re.MULTILINE)
"""A turn's label at a line's start ("Q:", "DR NWOSU:"): the "spoke to" before it introduces a Q&A or a transcript,
whose turns are left to ``sources.transcript``."""

_PARTS = re.compile(r"[^,;|–—\s](?:[^,;|–—]*[^,;|–—\s])?")
"""The comma-separated parts of a heading, each tried as an outlet's name."""


@dataclass
class _Frame:
    """The frame in force: its speaker, its link, where it was set, and the interviewer it names, if any."""

    entity: int | None
    link: SourceLink
    end: int
    hops: tuple[SourceLink, ...] = ()

    @property
    def relation(self) -> str:
        """How the frame holds: ``interview`` when it names an interviewer, else its link's relation."""
        return "interview" if self.hops else self.link.relation


def _section_breaks(text: str) -> list[int]:
    """Offsets of the lines that break a passage (subheadings, rules), in order."""
    return [m.start() for m in _HEADING.finditer(text) if m.group(0).strip() and _isolated(text, m.start(), m.end())]


def _isolated(text: str, start: int, end: int) -> bool:
    """Whether a line stands alone: a blank line, or the text's edge, on both sides."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (start == 0 or before == "\n\n") and (end == len(text) or after == "\n\n")


def _frame_link(site: ClaimSite) -> SourceLink | None:
    """The outer interview or told link of a claim's own chain, if it has one."""
    pairs = list(zip(site.chain.links, site.chain.ranks, strict=True))
    frame = next((link for link, rank in pairs if rank >= OUTER_RANK and _sets_frame(link)), None)
    if frame is None and len(pairs) > 1:  # "X said ..., according to Y": Y relays X (not "according to X" alone)
        relays = [link for link, rank in pairs if link.relation == "according_to" and rank >= 2]
        # "according to the transcript" and the union that released it: the union
        frame = next((link for link in relays if not _document_words(link)), relays[0] if relays else None)
    return frame


def _document_words(link: SourceLink) -> bool:
    """Whether a link's source is a document phrase ("the transcript"), not who made it public."""
    return link.mention is not None and PATTERNS["document_phrase"].match(link.mention.text.strip()) is not None


def _sets_frame(link: SourceLink) -> bool:
    """Whether an outer link sets a frame: an interview, an outlet told, or a relay its words name."""
    if link.relation != "reported_by":
        return link.relation in _FRAMES
    return link.span is not None and _RELAY_WORDS.search(link.span.text) is not None


def _carries(frame: _Frame, site: ClaimSite, text: str, breaks: list[int]) -> bool:
    """Whether the frame holds for this claim: same speaker, same passage, no outer link of its own.

    An interview holds for the passage; a "told OUTLET" or a relay ("in
    comments reported by Y", "according to a transcript released by Y") only
    for the direct quotations that continue it in the same paragraph with a
    pronoun ("“...,” he said"), not for a new report ("He said that ...",
    "Vos added that ...").
    """
    own = site.chain.links[0] if _quoted_without_agent(site) else None  # "X is quoted": X's own link, no relay
    if any(rank >= 2 for link, rank in zip(site.chain.links, site.chain.ranks, strict=True) if link is not own):
        return False
    if bisect.bisect_left(breaks, site.quote.start) != bisect.bisect_left(breaks, frame.end):
        return False
    pronoun = _pronoun(site)
    same_paragraph = "\n" not in text[frame.end : site.quote.start]
    if site.speaker_entity is None or site.speaker_entity != frame.entity:
        # an unresolved (or differently resolved) pronoun right after the frame continues it
        if frame.relation != "interview":  # an unresolved "she" continuing a relayed or told quotation
            return site.speaker_entity is None and pronoun and same_paragraph and site.quote.kind == "direct"
        return pronoun and same_paragraph
    if frame.relation == "interview":
        return True
    if frame.link.relation == "reported_by" and _quoted_without_agent(site):
        return same_paragraph  # "“...,” Darrow is quoted as saying": quoted by the relay named just before
    if frame.link.relation == "reported_by" and _back_to_recording(site, frame):
        return True  # "Hoyland can also be heard saying that ...": the recording the relay obtained
    return pronoun and same_paragraph and site.quote.kind == "direct"


_RECORDING = re.compile(r"\b(?:recording|recorded|footage|video|audio|tape|clip|voicemail)s?\b", re.IGNORECASE)
"""Words of a recording, in a relay's words ("a recording ... obtained by Y") or a later claim's sentence."""

_HEARD_IN = re.compile(
    r"\b(?:(?:can|could)\s+(?:also\s+|then\s+|later\s+)?be\s+(?:heard|seen)|(?:in|on)\s+(?:the|that|this)\s+"
    r"(?:same\s+)?(?:recording|footage|video|audio|tape|clip|voicemail))\b",
    re.IGNORECASE,
)
"""A claim's words that go back to a recording: "X can also be heard saying", "Later in the recording, X says"."""


def _back_to_recording(site: ClaimSite, frame: _Frame) -> bool:
    """Whether a claim's sentence goes back to the recording its speaker's relay frame obtained.

    "In a recording obtained by the Courier, Hoyland told pilots that .... Hoyland can also be heard saying
    that ...", "Later in the recording, Hoyland says ...": the later words came out of the same recording, so
    through the same outlet, though their sentence names no outlet.
    """
    words = frame.link.span
    if words is None:
        return False
    line = site.text.rfind("\n", 0, words.start) + 1
    if _RECORDING.search(site.text, max(line, words.start - 80), words.end) is None:  # "a recording ... obtained by"
        return False
    return _HEARD_IN.search(site.text, site.region[0], max(site.region[0], site.quote.start)) is not None


_QUOTED_AS = re.compile(r"\bquoted\s+as\s+\Z", re.IGNORECASE)
"""A passive "quoted as" right before a cue "saying" ("Orin was also quoted as saying that ...")."""


def _quoted_without_agent(site: ClaimSite) -> bool:
    """Whether the claim's cue is a passive "quoted" that names no one quoting ("X is quoted as saying")."""
    cue = site.quote.cue
    if cue is None or site.chain.links[1:] != []:
        return False
    return (
        cue.text.lower().startswith("quot")
        or _QUOTED_AS.search(site.text, max(0, cue.start - 12), cue.start) is not None
    )


def _pronoun(site: ClaimSite) -> bool:
    """Whether the claim's speaker mention is a pronoun ("she said")."""
    speaker = site.quote.speaker
    return speaker is not None and speaker.text.lower() in pronouns()


def _frame_entity(site: ClaimSite, link: SourceLink) -> int | None:
    """Who gave the interview: the claim's speaker, else the named subject of the clause the frame opens.

    For a relay the speaker is the chain's innermost link ("X said ..., according to Y": X, though speaker
    resolution may have credited the claim to Y).
    """
    if link.relation in {"reported_by", "according_to"}:
        inner = site.chain.ordered()[:1]
        if inner and inner[0].entity is not None:
            return inner[0].entity
    if site.speaker_entity is not None or link.span is None:
        return site.speaker_entity
    return _subject_entity(site, link.span)


def _subject_entity(site: ClaimSite, words: Span) -> int | None:
    """The entity named as the subject of the clause some words open ("In an interview with X, Vos denied ...")."""
    span = site.doc.char_span(words.start, words.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = span.root.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
        if subject is not None:
            return site.index.entity_of(subject.idx, subject.idx + len(subject.text))
        if verb.head is verb:
            break
        verb = verb.head
    return None


def _text_frames(site: ClaimSite) -> list[_Frame]:
    """The interview frames the article writes ("In an interview with X,", "Speaking to X,"), in text order.

    A frame holds for its speaker's quotations even when the claim of its own
    sentence was not found ("In an interview with the Courier, Vos denied
    it. “Nonsense,” he said."). Each frame's speaker is the subject of the
    clause it opens; it ends where the outlet is named.
    """
    text = site.text
    found: list[tuple[int, int]] = [
        (m.start(), m.end())
        for m in PATTERNS["frame_source"].finditer(text)
        if FRAME_RELATION.get(m["frame"].lower().split()[-1]) == "interview" and m["prep"].lower() in {"with", "to"}
    ]
    found += [  # "Speaking to X, ..." opens a clause; "He spoke to X on Monday." a passage of answers
        (m.start(), m.end())
        for m in PATTERNS["spoke_to"].finditer(text)
        if m.group(0).lower().startswith(("speaking", "talking"))
        or (_SPOKE_TO_SENTENCE.match(text, m.start()) and not _TURN_LABEL.search(text, m.end()))
    ]
    found += [(m.start(), m.end()) for m in _INTERVIEW_GIVEN.finditer(text)]
    frames = []
    for start, end in sorted(found):
        line_end = text.find("\n", end)
        source = site.index.after(end, len(text) if line_end < 0 else line_end)
        outlet = outlet_found(site, source) if source is not None else None
        if outlet is None:
            continue
        words = Span.of(text, start, max(end, outlet.mention.end))
        frames.append(_Frame(_subject_entity(site, words), link("interview", words, outlet), words.end))
    return frames


@source_rule("sources.frame_carry", order=910, scope="article")
def frame_carry(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """Carry-over: the speaker's next quotations keep an interview, "told OUTLET" or relay link until it ends.

    A frame ends at another frame, a new speaker named, or a section break;
    a quotation inside another one's words neither takes nor ends it.
    """
    if not sites:
        return []
    text = sites[0].text
    breaks = _section_breaks(text)
    order = sorted(range(len(sites)), key=lambda i: (sites[i].quote.start, -sites[i].quote.end))
    written = _text_frames(sites[0])
    out: list[tuple[int, Proposal]] = []
    frame: _Frame | None = None
    given: dict[int, SourceLink] = {}  # the outlet each speaker last gave words to, for "in the same interview"
    covered = -1
    for i in order:
        site = sites[i]
        if site.quote.end <= covered:
            continue  # inside an earlier claim's words
        covered = max(covered, site.quote.end)
        while written and written[0].end <= site.quote.start:
            frame = written.pop(0)  # a frame written before this claim, whether or not its own claim was found
            _remember(given, frame)
        own = _frame_link(site)
        same = _same_interview(site, given)
        if own is not None:
            frame = _Frame(_frame_entity(site, own), own, site.quote.end, _interviewers(site, own))
            _remember(given, frame)
        elif same is not None:
            out.append((i, Proposal(same, OUTER_RANK)))
        elif frame is not None and _carries(frame, site, text, breaks):
            out.extend((i, Proposal(hop, HOP_RANK)) for hop in frame.hops)
            out.append((i, Proposal(frame.link, OUTER_RANK)))
            frame.end = site.quote.end
        elif frame is not None and site.speaker_entity not in {None, frame.entity} and not _pronoun(site):
            frame = None  # a new speaker, named (a pronoun resolved elsewhere does not end the frame)
    return out


def _interviewers(site: ClaimSite, frame: SourceLink) -> tuple[SourceLink, ...]:
    """The interviewer a relayed frame names: "X told the presenter Y in an interview broadcast by Z" (Y).

    The interview holds for X's next quotations in the passage, and the station that broadcast it with it.
    """
    if frame.relation != "reported_by":
        return ()
    pairs = zip(site.chain.links, site.chain.ranks, strict=True)
    return tuple(link for link, rank in pairs if rank == HOP_RANK and link.relation == "interview")


_SAME_INTERVIEW = re.compile(r"\b(?:the\s+same|that|this)\s+interview\b", re.IGNORECASE)
"""An interview named as one the article has told of ("In the same interview, he said")."""


def _remember(given: dict[int, SourceLink], frame: _Frame) -> None:
    """Note the outlet a frame's speaker gave an interview or told something to."""
    if frame.entity is not None and frame.link.relation in {"interview", "told"} and frame.link.mention is not None:
        given[frame.entity] = frame.link


def _same_interview(site: ClaimSite, given: dict[int, SourceLink]) -> SourceLink | None:
    """The interview link of a claim said "in the same interview", to the outlet its speaker last spoke to.

    "Dahl told the BBC that .... In the same interview, he said ...": the interview is the BBC's, however many
    paragraphs back it was named; the words name no outlet, so the claim has no outer link of its own.
    """
    if site.speaker_entity not in given or any(rank >= 2 for rank in site.chain.ranks):
        return None
    words = next(
        (
            x.span
            for x in site.chain.links
            if x.relation == "interview" and x.span and _SAME_INTERVIEW.search(x.span.text)
        ),
        None,
    )
    if words is None:
        return None
    outlet = given[site.speaker_entity]
    return SourceLink("interview", outlet.entity, span=words, mention=outlet.mention)


def _label(site: ClaimSite) -> str:
    """The label of a turn ("q", "hartigan"), lower-cased; "" without one."""
    speaker = site.quote.speaker
    return speaker.text.strip().lower() if speaker is not None else ""


def _asks(site: ClaimSite) -> bool:
    """Whether a turn is the interviewer's: labelled "Q", or a question."""
    return _label(site) in _INTERVIEWER_LABELS or site.quote.text.rstrip().endswith("?")


def _interview_outlet(sites: list[ClaimSite], before: int) -> tuple[Found, Span] | None:
    """The outlet a Q&A was given to, with the words naming it.

    Named after "spoke to", "interview with" in the introduction, else in a
    heading that announces a transcript or interview ("Transcript: The
    Morning Call, Radio Kestrel").
    """
    site = sites[0]
    text = site.text[:before]
    for match in reversed(list(_INTERVIEW_INTRO.finditer(text))):
        line_end = text.find("\n", match.end())
        found = site.index.after(match.end(), len(text) if line_end < 0 else line_end)
        outlet = outlet_found(site, found) if found is not None else None
        if outlet is not None and found is not None:
            return outlet, Span.of(site.text, match.start(), max(found.mention.end, match.end()))
    for line in _TRANSCRIPT_LINE.finditer(text):
        for part in _PARTS.finditer(line.group("rest")):
            start, end = line.start("rest") + part.start(), line.start("rest") + part.end()
            if outlet_name(part.group(0)):
                found = site.index.found(start, end, site.index.entity_of(start, end))
                return found, Span.of(site.text, line.start(), line.end())
    return None


@source_rule("sources.transcript", order=905, scope="article")
def transcript(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """Q&A and transcripts: the answers ("A: ...", "HARTIGAN: ...") were given in an interview with the outlet.

    The outlet is the one the introduction says the interviewee spoke to
    ("She spoke to the Millbrook Mercury."), or the one a "Transcript:" or
    "Interview:" heading names; the interviewer's turns (labelled "Q", or
    questions) get no link.
    """
    turns = sorted((i for i, s in enumerate(sites) if s.quote.rule == LABEL_RULE), key=lambda i: sites[i].quote.start)
    first = next((i for i in turns if _asks(sites[i])), None)
    if first is None:
        return []
    given = _interview_outlet(sites, sites[first].quote.start)
    if given is None:
        return []
    outlet, words = given
    interviewers = {_label(sites[i]) for i in turns if _asks(sites[i])}
    out = []
    for i in turns:
        site = sites[i]
        speaker = site.quote.speaker
        if site.quote.start < sites[first].quote.start or speaker is None:
            continue
        if _label(site) in interviewers:
            continue
        out.append((i, Proposal(link("interview", words, outlet), OUTER_RANK)))
    return out


@source_rule("sources.carried_hop", order=915, scope="article")
def carried_hop(sites: list[ClaimSite]) -> list[tuple[int, Proposal]]:
    """The people told, as a ``told`` hop, when the claim's relay came from an earlier sentence.

    "The Post obtained the minutes. They show the chair told fellow directors that ...": the relay (the
    Post) reaches the claim by carry-over, after ``sources.told_hop`` read the claim alone; the directors
    heard it on the way (the chair said › fellow directors told › the Post reported_by).
    """
    return [(i, proposal) for i, site in enumerate(sites) if _relayed_from_afar(site) for proposal in told_hop(site)]


def _relayed_from_afar(site: ClaimSite) -> bool:
    """Whether every relay of a claim was stated outside its own sentences (carried to it from before)."""
    start, end = site.region
    relays = [
        link.span
        for link, rank in zip(site.chain.links, site.chain.ranks, strict=True)
        if rank >= 2 and link.relation in {"reported_by", "citing", "according_to", "quoted"}
    ]
    return bool(relays) and all(span is None or span.end <= start or span.start >= end for span in relays)
