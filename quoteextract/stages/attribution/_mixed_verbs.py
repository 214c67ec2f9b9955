"""Quoted fragments no lexicon cue verb governs: any verb with a subject, or a cue the parse cut off.

Rule names:

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

from typing import TYPE_CHECKING

from ...lang.en.syntax import EMPTY_SUBJECTS, NOMINAL_SUBJECT_DEPS, SUBJECT_DEPS, THING_PREPOSITIONS
from ...rules import rule
from ._complement import clip, complement, cut_after, trim, widen
from ._context import Scene, Setting, word_count
from ._mention import any_verb_cue, quote_cue, speaker_of
from ._mixed_frame import CONFIDENCE, MAX_HOPS, Frame, attachments, beyond, fragment_bounds
from ._mixed_label import premodifier

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._cues import CueInfo

MIN_VERB_FRAME_WORDS = 3
"""Shortest fragment (in words) that a verb outside the lexicon can report."""

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


@rule("mixed.verb", stage="mixed", order=40, confidence=CONFIDENCE["mixed.verb"])
def verb_frame(scene: Scene, setting: Setting) -> Frame | None:
    """No cue, but a verb with a named subject governs a fragment of three words or more ("hailed it as “...”")."""
    quote = setting.quote
    if word_count(quote.content.text) < MIN_VERB_FRAME_WORDS or premodifier(scene, setting):
        return None
    start, end = quote.content.start, quote.content.end
    bounds = fragment_bounds(setting)
    for token in attachments(scene.tokens_in(start, end), start, end):
        child, node, hops = token, token.head, 1
        while node.i != child.i and hops <= MAX_HOPS and not beyond(node, bounds):
            if _thing_phrase(node, child):
                return None
            if _subject_verb(scene, node, child, start, end):
                return _verb_frame_of(scene, setting, node, child)
            if node.pos_ == "VERB" and node.dep_ in NOUN_CLAUSE_DEPS and child.dep_ not in SUBJECT_DEPS:
                return None  # "Section 14, headed “...”, ...": the words describe a noun, not the verb above
            if node.head.i == node.i:
                break
            child, node, hops = node, node.head, hops + 1
    return None


NOUN_CLAUSE_DEPS: frozenset[str] = frozenset({"acl", "advcl"})
"""Relations of a participle clause without a subject: quoted words it governs describe a noun ("Under Section 14,
headed “...”, owners must ..."), not what the main verb's subject says."""


def _thing_phrase(node: Token, child: Token) -> bool:
    """Whether the fragment reaches a verb through a preposition that names a thing ("closed with “...”").

    A speech verb outside the lexicon takes its words as an object or through "as" ("hailed it as “...”");
    through "with", "on" or "from" the words are a song played, a case relied on, a heading written under.
    """
    return node.pos_ == "VERB" and child.dep_ == "prep" and child.lower_ in THING_PREPOSITIONS


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
    if not inner or any(t.dep_ in SUBJECT_DEPS for t in attachments(inner, start, end)):
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
    speaker = speaker_of(cue, avoid=(content.start, content.end), lead_in=_misread_as_modifier(cue.token))
    return Frame(cue=cue, content=content, speaker=speaker, rule="mixed.detached")


def _misread_as_modifier(verb: Token) -> int | None:
    """Where the sentence starts when the parse made the cue an adjective of its object, else ``None``.

    "Labour's health spokeswoman, Priya Das, accused ministers of “...”": the small model may read
    "accused ministers" as a noun phrase (accused people), leaving the verb without a subject; the
    name or description opening the sentence is its speaker.
    """
    return verb.sent.start_char if verb.dep_ == "amod" and verb.tag_ in {"VBD", "VBN"} else None
