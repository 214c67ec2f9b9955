"""Quoted fragments inside a sentence: the reporting clause around them.

He called the deal “a disaster for workers”: the fragment hangs (through the
parse) off a cue verb, and the quotation is that verb's complement, the
words it reports ("the deal “a disaster for workers”"). The kind is
``mixed`` when the complement holds words outside the marks and ``direct``
when the complement is exactly the quoted words. Rule names:

``mixed.complement``
    the fragment lies in a cue verb's complement;
``mixed.according_to``
    the sentence carries "according to X" and no cue verb governs the fragment;
``mixed.parenthetical``
    a cue inserted in the reported sentence ("The rules, the lawyers said,
    “all point one way”"): the whole sentence;
``mixed.verb``
    no cue at all, but a verb with a subject governs a fragment of three words
    or more ("The minister hailed the pact as “a new dawn for farmers”");
``mixed.detached``
    the parser cut the fragment off its sentence (it made the quoted words a
    root of their own), but the writer's sentence has a cue verb before the
    marks with nothing but its object between ("Reyes called the budget
    “reckless.”"): the quotation runs from the cue to the end of the
    sentence.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import attrs

from ..._model import Mention, Quotation, Span
from ...lang.en.syntax import EMPTY_SUBJECTS, NOMINAL_SUBJECT_DEPS, SUBJECT_DEPS
from ...rules import rule
from ._complement import clip, complement, cut_after, trim, widen
from ._context import Scene, Setting, tokens_in, word_count
from ._mention import any_verb_cue, quote_cue, speaker_of
from ._mixed_label import premodifier
from ._quotes import LONG_PARAGRAPH, cue_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ._cues import CueInfo

PARATAXIS: frozenset[str] = frozenset({"parataxis"})
"""The label the parser gives a cue inserted in the sentence it reports."""

MAX_PARENTHETICAL_HOPS = 3
"""How far up from the quoted words a clause may carry an inserted cue."""

MIN_VERB_FRAME_WORDS = 3
"""Shortest fragment (in words) that a verb outside the lexicon can report."""

REPORTED_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "conj"})
"""Labels through which a cue is part of what an outer cue reports."""

MAX_OUTER_HOPS = 2
"""How far above a cue an outer speech cue may be."""

MAX_HOPS = 8
"""Longest path (in dependency arcs) from a fragment up to its cue."""

MAX_DETACHED_GAP = 20
"""Most tokens between a cue verb and the opening mark of a fragment the parse cut off."""

DETACHED_CLASSES: frozenset[str] = frozenset({"speech", "stance"})
"""Cue classes that report a fragment the parse cut off."""

DETACHED_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "VBG", "VBN"})
"""Tags of a cue verb that can report a fragment the parse cut off (a past participle only when active)."""

PASSIVE_LEMMAS: frozenset[str] = frozenset({"be", "get"})
"""Verbs whose past participle after them is passive ("was called", "got labelled")."""

FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a finite verb: one between a cue and the marks starts a clause of the writer's."""

CLAUSE_BREAKS: frozenset[str] = frozenset({";", ":", "—", "–", "(", ")", ".", "!", "?"})
"""Punctuation between a cue and the marks that ends the cue's clause."""

CONFIDENCE: dict[str, float] = {
    "mixed.complement": 0.8,
    "mixed.according_to": 0.7,
    "mixed.parenthetical": 0.7,
    "mixed.verb": 0.5,
    "mixed.detached": 0.6,
}
"""How sure each rule is."""


@attrs.frozen
class Frame:
    """The reporting clause a fragment sits in.

    Args:
        cue: The cue.
        content: The reported words (the complement holding the fragment).
        speaker: The speaker mention, if any.
        rule: The rule's name.

    """

    cue: CueInfo
    content: Span
    speaker: Mention | None
    rule: str


def _attachments(tokens: list[Token], start: int, end: int) -> list[Token]:
    """The fragment's tokens whose head lies outside ``[start, end)``."""
    return [t for t in tokens if not t.is_punct and (not (start <= t.head.idx < end) or t.head.i == t.i)]


def governing_cue(
    doc: Doc, start: int, end: int, bounds: tuple[int, int] | None = None
) -> tuple[CueInfo, Token] | None:
    """The cue verb above the words in ``[start, end)``, and its child on the path.

    The nearest cue verb on the path up from the fragment is taken; when it
    has no subject of its own it stands for a higher cue, whose source is
    the outer one ("The mayor says she will call the contractor and tell him “no more
    delays”" is reported through "says").

    Args:
        doc: The parsed article.
        start: The fragment's first offset.
        end: Offset one past its end.
        bounds: The stretch of text the cue must lie in (the fragment's
            paragraphs); the whole text when ``None``.

    Returns:
        ``(cue, child)`` where ``child`` is the cue's dependent whose
        subtree holds the fragment, or ``None``.

    """
    tokens = tokens_in(doc, start, end)
    if not tokens:
        return None
    best: tuple[int, CueInfo, Token] | None = None
    for token in _attachments(tokens, start, end):
        found = _outermost_cue(token, start, end, bounds or (0, sys.maxsize))
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return None if best is None else (best[1], best[2])


def _beyond(token: Token, bounds: tuple[int, int]) -> bool:
    """Whether a token lies outside the fragment's paragraph(s)."""
    return not (bounds[0] <= token.idx < bounds[1])


def _outermost_cue(token: Token, start: int, end: int, bounds: tuple[int, int]) -> tuple[int, CueInfo, Token] | None:
    """Walk up from ``token``; the outermost cue verb on the way, with hops to the nearest."""
    child, node, hops = token, token.head, 1
    found: tuple[int, CueInfo, Token] | None = None
    while node.i != child.i and hops <= MAX_HOPS:
        if not (start <= node.idx < end) and not _beyond(node, bounds):
            info = quote_cue(node)
            if info is not None and info.kind == "verb" and child.dep_ not in SUBJECT_DEPS:
                found = (found[0] if found else hops, info, child)
                if not _reported_by_outer_cue(node) and _stands_alone(node):
                    break  # a cue with its own subject, a participle, or one of two coordinated cues
        elif _beyond(node, bounds):
            break
        if node.head.i == node.i:
            break
        child, node, hops = node, node.head, hops + 1
    return found


def _stands_alone(node: Token) -> bool:
    """Whether a cue verb reports for itself: it has a subject, is a participle, or is coordinated with a cue."""
    return _has_subject(node) or node.tag_ == "VBG" or (node.dep_ == "conj" and quote_cue(node.head) is not None)


def _reported_by_outer_cue(verb: Token) -> bool:
    """Whether a cue is itself the reported clause of a speech cue above it ("says he believes")."""
    node = verb
    for hop in range(MAX_OUTER_HOPS):
        if node.dep_ not in REPORTED_DEPS or node.head.i == node.i:
            return False
        if hop == 0 and node.dep_ == "conj" and quote_cue(node.head) is not None:
            return False  # "said A and called B": two reports side by side, not one inside the other
        node = node.head
        outer = quote_cue(node)
        if outer is not None and outer.kind == "verb" and outer.cls == "speech":
            return True
    return False


def _has_subject(verb: Token) -> bool:
    """Whether a verb has a subject or passive agent of its own."""
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" for c in verb.children)


def frame_of(scene: Scene, setting: Setting) -> Frame | None:
    """The reporting clause of an embedded fragment: the first frame the active ``"mixed"`` rules find.

    Args:
        scene: The article.
        setting: The fragment in its sentence.

    Returns:
        The frame, or ``None`` when no rule finds one.

    """
    for found in scene.active("mixed"):
        frame: Frame | None = found.func(scene, setting)
        if frame is not None:
            return frame
    return None


def _bounds(setting: Setting) -> tuple[int, int]:
    """The stretch of text a fragment's cue must lie in: its paragraph(s)."""
    return (setting.para.start, setting.last_para.end)


@rule("mixed.complement", stage="mixed", order=10, confidence=CONFIDENCE["mixed.complement"])
def complement_frame(scene: Scene, setting: Setting) -> Frame | None:
    """The fragment lies in a cue verb's complement ("He called the deal “a disaster for workers”")."""
    found = governing_cue(scene.doc, setting.quote.content.start, setting.quote.content.end, _bounds(setting))
    if found is None:
        return None
    cue, child = found
    text = scene.text
    content = clip(scene, complement(text, cue, child), setting)
    content = cut_after(scene, content, setting.outer_end)
    content = widen(text, content, setting)
    avoid = (min(content.start, setting.quote.open.start), max(content.end, setting.outer_end))
    return Frame(cue=cue, content=content, speaker=speaker_of(cue, avoid=avoid), rule="mixed.complement")


@rule("mixed.according_to", stage="mixed", order=20, confidence=CONFIDENCE["mixed.according_to"])
def according_to(scene: Scene, setting: Setting) -> Frame | None:
    """The sentence carries "according to X" and no cue verb governs the fragment."""
    quote = setting.quote
    for start, info in _source_phrases_in(scene, setting):
        if quote.open.start <= start < setting.outer_end:
            continue
        region = (setting.pre.start, start) if start >= setting.outer_end else (setting.pre.start, setting.post.end)
        content = widen(scene.text, trim(scene.text, *region), setting)
        return Frame(cue=info, content=content, speaker=speaker_of(info), rule="mixed.according_to")
    return None


def _source_phrases_in(scene: Scene, setting: Setting) -> Iterator[tuple[int, CueInfo]]:
    """``(offset, cue)`` of the "according to"-like phrases starting on tokens of the fragment's sentence."""
    lo, hi = setting.pre.start, setting.post.end
    if setting.last_para.end - setting.para.start <= LONG_PARAGRAPH:
        for token in scene.tokens_in(lo, hi):  # a short paragraph: scanned
            info = quote_cue(token)
            if info is not None and _source_object(info):
                yield token.idx, info
        return
    for para in scene.layout.paragraphs[setting.para.index : setting.last_para.index + 1]:
        phrases = _source_phrases(scene, para.index)
        k = bisect.bisect_left(phrases, lo, key=lambda p: p[0])
        for start, end, info in phrases[k:]:
            if end > hi:
                return
            yield start, info


def _source_object(info: CueInfo) -> bool:
    """Whether a cue is a phrase whose object is the source ("according to X")."""
    return info.kind == "phrase" and info.phrase is not None and info.phrase.kind == "source_object"


def _source_phrases(scene: Scene, index: int) -> list[tuple[int, int, CueInfo]]:
    """``(start, end, cue)`` of the "according to"-like phrases of one paragraph (cached on the scene)."""
    key = ("mixed.according_to", index)
    cached = scene.memo.get(key)
    if isinstance(cached, list):
        return cached
    para = scene.layout.paragraphs[index]
    found: list[tuple[int, int, CueInfo]] = []
    for token in scene.tokens_in(para.start, para.end):
        info = quote_cue(token)
        if info is not None and _source_object(info):
            found.append((token.idx, token.idx + len(token.text), info))
    scene.memo[key] = found
    return found


@rule("mixed.parenthetical", stage="mixed", order=30, confidence=CONFIDENCE["mixed.parenthetical"])
def parenthetical(scene: Scene, setting: Setting) -> Frame | None:
    """A cue inserted in the sentence it reports ("The rules, the lawyers said, “all point one way”").

    The parser hangs such a cue off the reported clause (``parataxis``), so
    it is a child, not an ancestor, of the quoted words; the whole sentence is
    the content.
    """
    quote = setting.quote
    start, end = quote.content.start, quote.content.end
    seen: set[int] = set()
    for token in _attachments(scene.tokens_in(start, end), start, end):
        node = token
        for _ in range(MAX_PARENTHETICAL_HOPS):
            if node.i in seen:
                break
            seen.add(node.i)
            cue = _inserted_cue(scene.children(node, PARATAXIS), start, end, _bounds(setting))
            if cue is not None:
                stop = scene.layout.sentence_end(setting.outer_end, setting.last_para.end)
                content = widen(scene.text, trim(scene.text, setting.pre.start, stop), setting)
                speaker = speaker_of(cue, avoid=(quote.open.start, setting.outer_end))
                return Frame(cue=cue, content=content, speaker=speaker, rule="mixed.parenthetical")
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _inserted_cue(children: list[Token], start: int, end: int, bounds: tuple[int, int]) -> CueInfo | None:
    """A cue verb among a node's ``parataxis`` children outside the fragment, if any."""
    for child in children:
        if start <= child.idx < end or _beyond(child, bounds):
            continue
        cue = quote_cue(child)
        if cue is not None and cue.kind == "verb":
            return cue
    return None


@rule("mixed.verb", stage="mixed", order=40, confidence=CONFIDENCE["mixed.verb"])
def verb_frame(scene: Scene, setting: Setting) -> Frame | None:
    """No cue, but a verb with a named subject governs a fragment of three words or more ("hailed it as “...”")."""
    quote = setting.quote
    if word_count(quote.content.text) < MIN_VERB_FRAME_WORDS or premodifier(scene, setting):
        return None
    start, end = quote.content.start, quote.content.end
    bounds = _bounds(setting)
    for token in _attachments(scene.tokens_in(start, end), start, end):
        child, node, hops = token, token.head, 1
        while node.i != child.i and hops <= MAX_HOPS and not _beyond(node, bounds):
            if _subject_verb(scene, node, child, start, end):
                return _verb_frame_of(scene, setting, node, child)
            if node.head.i == node.i:
                break
            child, node, hops = node, node.head, hops + 1
    return None


AGENT_DEPS: frozenset[str] = frozenset({"agent"})
"""The relation of a passive verb's "by" agent ("was hailed *by* the minister as ‘...’")."""

PHRASE_DEPS: frozenset[str] = frozenset({"prep", "agent"})
"""Relations of a phrase on a passive verb ("closed *with* the verdict ‘...’", a quoted "*by* ...")."""


def _subject_verb(scene: Scene, node: Token, child: Token, start: int, end: int) -> bool:
    """Whether ``node`` is a verb outside the fragment, reached not through its subject, with a real subject."""
    if start <= node.idx < end or node.pos_ != "VERB" or child.dep_ in SUBJECT_DEPS:
        return False
    subject = next(iter(scene.children(node, NOMINAL_SUBJECT_DEPS)), None)
    if subject is None or start <= subject.idx < end or subject.lower_ in EMPTY_SUBJECTS:
        return False
    # a passive verb without agent outside the words, the words in a phrase of their own: nobody
    # speaks ("was closed with the verdict ‘...’"); "had been reframed to “...”" reports words
    if subject.dep_ != "nsubjpass" or child.dep_ not in PHRASE_DEPS:
        return True
    return any(not start <= a.idx < end for a in scene.children(node, AGENT_DEPS))


def _verb_frame_of(scene: Scene, setting: Setting, node: Token, child: Token) -> Frame | None:
    """The frame of a verb outside the lexicon that governs the fragment."""
    cue = any_verb_cue(node)
    if cue is None:
        return None
    text = scene.text
    content = clip(scene, complement(text, cue, child), setting)
    content = widen(text, cut_after(scene, content, setting.outer_end), setting)
    speaker = speaker_of(cue, avoid=(min(content.start, setting.quote.open.start), content.end))
    return Frame(cue=cue, content=content, speaker=speaker, rule="mixed.verb")


@rule("mixed.detached", stage="mixed", order=50, confidence=CONFIDENCE["mixed.detached"])
def detached(scene: Scene, setting: Setting) -> Frame | None:
    """The parse cut the fragment off, but a cue verb before the marks reports it ("called the budget “reckless.”").

    The small English models often end a sentence at an opening mark and
    make the quoted words a root of their own, so no path leads from them
    to the verb that reports them. The nearest cue verb before the marks in
    the writer's sentence reports them when only its object lies between
    (no finite verb, no semicolon, colon, dash or bracket) and the parse
    does not put the fragment under it already.
    """
    quote = setting.quote
    start, end = quote.content.start, quote.content.end
    inner = scene.tokens_in(start, end)
    if not inner or any(t.dep_ in SUBJECT_DEPS for t in _attachments(inner, start, end)):
        return None  # “The plan” failed: quoted words that are a subject are the writer's
    doc = scene.doc
    words = 0  # the cue's object must lie between: "called [the plan] “a disaster”"
    k = inner[0].i - 1
    while k >= 0 and doc[k].idx >= quote.open.start:
        k -= 1  # the opening mark itself
    for token in (doc[j] for j in range(k, max(-1, k - MAX_DETACHED_GAP - 1), -1)):
        if token.idx < setting.pre.start or token.text in CLAUSE_BREAKS:
            return None
        cue = quote_cue(token) if token.pos_ in ("VERB", "AUX") else None
        if cue is not None and cue.kind == "verb" and words > 0:
            return _detached_frame(scene, setting, cue) if _may_report_detached(inner, cue) else None
        if token.tag_ in FINITE_TAGS:
            return None
        words += not token.is_punct
    return None


def _may_report_detached(inner: list[Token], cue: CueInfo) -> bool:
    """Whether a cue verb before the marks can report a fragment (tokens ``inner``) the parse left outside it."""
    verb = cue.token
    if cue.cls not in DETACHED_CLASSES or verb.tag_ not in DETACHED_TAGS:
        return False
    if verb.tag_ == "VBN" and _passive(verb):
        return False  # "was called “a traitor”": somebody else's name for the subject
    return not any(_under(t, verb) for t in inner)


def _under(token: Token, verb: Token) -> bool:
    """Whether ``verb`` lies on the path up from ``token`` (at most :data:`MAX_HOPS` arcs: a bounded walk)."""
    node = token
    for _ in range(MAX_HOPS):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == verb.i:
            return True
    return False


def _passive(verb: Token) -> bool:
    """Whether a past participle is passive: a "be" or "get" right before it, or a passive auxiliary."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.lemma_.lower() in PASSIVE_LEMMAS:
        return True
    return any(c.dep_ == "auxpass" for c in verb.children)


def _detached_frame(scene: Scene, setting: Setting, cue: CueInfo) -> Frame:
    """The frame of a cue verb that reports a fragment cut off by the parse: the cue's words to the sentence's end."""
    text = scene.text
    if setting.quote.content.text.rstrip().endswith((".", "!", "?")):
        stop = setting.outer_end  # “... a failed candidate.” ends the sentence
    else:
        stop = setting.post.end  # the sentence's end, or the next opening mark: one reading per fragment
        if any(t.tag_ in FINITE_TAGS for t in scene.tokens_in(setting.outer_end, stop)):
            stop = setting.outer_end  # "... “reckless” and Vance called ...": a clause of the writer's follows
    content = cut_after(scene, trim(text, cue.span.end_char, stop), setting.outer_end)
    content = widen(text, content, setting)
    speaker = speaker_of(cue, avoid=(content.start, content.end))
    return Frame(cue=cue, content=content, speaker=speaker, rule="mixed.detached")


def quotation(text: str, frame: Frame, settings: list[Setting]) -> Quotation:
    """Build the quotation for a frame and the fragments inside it.

    Args:
        text: The article.
        frame: The reporting clause.
        settings: The fragments inside it, in order.

    Returns:
        A ``mixed`` quotation, or ``direct`` when the content is exactly the
        one quoted fragment.

    """
    marks = [mark for s in settings for mark in s.marks]
    fragments = tuple(s.quote.content for s in settings)
    content = frame.content
    kind = "mixed"
    if len(settings) == 1 and _same_words(text, content, settings[0]):
        kind = "direct"
        content = settings[0].quote.content
    confidence = CONFIDENCE.get(frame.rule, 0.6)
    if frame.speaker is None:
        confidence = min(confidence, 0.45)
    return Quotation(
        content=content,
        kind=kind,
        fragments=fragments,
        marks=tuple(marks),
        cue=cue_of(text, frame.cue),
        speaker=frame.speaker,
        confidence=confidence,
        rule=frame.rule,
    )


def _same_words(text: str, content: Span, setting: Setting) -> bool:
    """Whether ``content`` is the fragment with at most its marks and edge punctuation."""
    outside = text[content.start : setting.quote.open.start] + text[setting.outer_end : content.end]
    return not any(ch.isalnum() for ch in outside)
