"""The reported words around a quoted fragment: a cue's complement, cut where the writer's words resume.

"He called the deal “a disaster for workers” on Monday": the cue "called"
reports "the deal “a disaster for workers”"; :func:`complement` finds those
words from the parse, :func:`cut_after` ends them before a new clause, and
:func:`clip`, :func:`widen` and :func:`trim` keep them inside the sentence,
around the whole fragment, without edge punctuation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._model import Span
from ...lang.en.syntax import SUBJECT_DEPS, VERB_POS, clause_after_addressee
from ..finder._mark_table import DOUBLE_CLOSING, DOUBLE_OPENING, SINGLE_CLOSING, SINGLE_OPENING
from ._context import Scene, Setting
from ._cues import is_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ._cues import CueInfo

CONTENT_DEPS: frozenset[str] = frozenset(
    {"ccomp", "xcomp", "dobj", "oprd", "prep", "attr", "acomp", "parataxis", "advcl", "pcomp", "pobj", "dep", "obj"}
)
"""A cue verb's dependents that make up the reported words."""

OPENING: frozenset[str] = DOUBLE_OPENING | SINGLE_OPENING
"""Punctuation tokens kept at the start of a content span (opening marks, from the mark table)."""

CLOSING: frozenset[str] = DOUBLE_CLOSING | SINGLE_CLOSING
"""Punctuation tokens kept at the end of a content span (closing marks, from the mark table)."""

TRAILING_CLAUSE_DEPS: frozenset[str] = frozenset({"advcl", "xcomp", "conj", "acl"})
"""Labels of a participle clause after a comma that is not part of the reported words."""

CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "parataxis"})
"""A path through one of these makes that clause the whole content."""

OBJECT_PREPS: frozenset[str] = frozenset({"as", "of", "for", "about", "on", "to"})
"""Prepositions of a cue whose phrase is part of the reported words ("described it as ...")."""

CLAUSE_BREAKS: frozenset[str] = frozenset({",", ";", "—", "–", "--", "(", ":"})
"""Punctuation after the quoted words that ends the reported words."""

CONTRAST_MARKERS: frozenset[str] = frozenset({"while", "whereas"})
"""Words after the quoted words that start a clause of the writer's own."""

AUXILIARY_DEPS: frozenset[str] = frozenset({"aux", "auxpass", "neg"})
"""Labels of an auxiliary (or "not") that stands for the verb after it."""

RELATIVE_TAGS: frozenset[str] = frozenset({"WDT", "WP", "WP$", "WRB"})
"""Tags of a relative word: after a comma it starts the writer's comment ("..., where ...")."""

OCCASION_MARKERS: frozenset[str] = frozenset({"after", "before", "when", "whenever", "as"})
"""Words opening a clause that dates a report by another one ("accused the council of “lying” after it said ...")."""

REPORTED_CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "parataxis"})
"""Labels of the clause a cue reports: a clause of the writer's with one (or with an active subject) is a report."""


STRAY_HOSTS: frozenset[str] = frozenset({"prep", "agent", "npadvmod"})
"""Adjuncts of a cue under whose noun the parser may hang its "that" clause ("said *in a statement that* ...")."""


def complement(text: str, cue: CueInfo, child: Token) -> Span:
    """The reported words: the cue's dependents on ``child``'s side that carry content.

    Args:
        text: The article.
        cue: The governing cue.
        child: The cue's dependent on the path to the fragment.

    Returns:
        The span from the first to the last of those dependents' words,
        without edge punctuation.

    """
    verb = cue.token
    doc = verb.doc
    side_right = child.i > verb.i
    child = clause_after_addressee(verb, child) or child  # "told the BBC's Today programme [the situation was ...]"
    stray = _stray_that(verb, child)
    parts = [stray] if stray is not None else _content_parts(verb, child)
    lo = min(p.left_edge.i for p in parts)
    hi = max(p.right_edge.i for p in parts)
    if side_right:
        lo = max(lo, cue.span.end)
    else:
        hi = min(hi, cue.span.start - 1)
        # "..., she said": the subject and verb are not content.
    if lo > hi:
        lo, hi = child.left_edge.i, child.right_edge.i
    hi = _before_participle(doc, lo, hi)
    while lo < hi and ((doc[lo].is_punct and doc[lo].text not in OPENING) or doc[lo].is_space):
        lo += 1
    while hi > lo and ((doc[hi].is_punct and doc[hi].text not in CLOSING) or doc[hi].is_space):
        hi -= 1
    start, stop = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return Span.of(text, start, stop)


def _stray_that(verb: Token, child: Token) -> Token | None:
    """The "that" clause the parser hung under a noun of the cue's adjunct ("said in a statement that it was ...").

    The adjunct ("in a statement") frames the cue; the clause inside it is what was said, as the claims stage's
    ``claim.stray_that`` reads it (:func:`~quoteextract.stages.claims.stray_clause.find_stray_clause`).
    """
    if child.dep_ not in STRAY_HOSTS or child.i < verb.i or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    from ..claims.stray_clause import find_stray_clause  # here: the claims stage imports this package

    clause = find_stray_clause(verb)
    if clause is None or not child.left_edge.i <= clause.i <= child.right_edge.i:
        return None
    return clause


def _content_parts(verb: Token, child: Token) -> list[Token]:
    """``child`` and the cue's other dependents on its side that belong to the reported words."""
    if child.dep_ in CLAUSE_DEPS:
        return [child]  # a reported clause is the whole content
    side_right = child.i > verb.i
    has_clause = any(c.dep_ == "ccomp" for c in verb.children)
    parts = [child]
    for dep in verb.children:
        if dep.i == child.i or (dep.i > verb.i) != side_right or dep.dep_ not in CONTENT_DEPS:
            continue
        if dep.dep_ == "prep" and dep.lower_ not in OBJECT_PREPS:
            continue
        if dep.dep_ == "dobj" and has_clause:
            continue  # "told reporters that ...": the object is the addressee
        if dep.dep_ in ("advcl", "prep", "pcomp") and dep.i > child.i and child.dep_ in ("ccomp", "xcomp"):
            continue  # a clause after the reported clause ("..., compared to ...") stays out
        parts.append(dep)
    return parts


def _before_participle(doc: Doc, lo: int, hi: int) -> int:
    """Cut a trailing participle clause (", adding that ...", ", referring to ...") off the content."""
    inside_marks = False
    for k in range(lo, hi + 1):
        token = doc[k]
        if token.text in OPENING or token.text in CLOSING:
            inside_marks = not inside_marks if token.text in ('"', "'") else token.text in OPENING
        if inside_marks or k < lo + 2:
            continue
        comma = doc[k - 1].text == "," or (doc[k - 1].text in CLOSING and doc[k - 2].text == ",")
        if token.tag_ == "VBG" and token.dep_ in TRAILING_CLAUSE_DEPS and comma:
            return k - 2 if doc[k - 1].text == "," else k - 1
    return hi


def clip(scene: Scene, content: Span, setting: Setting) -> Span:
    """Keep the content inside the fragment's sentence (parses may run across lines)."""
    start = max(content.start, setting.pre.start)
    end = min(content.end, scene.layout.sentence_end(setting.outer_end, setting.last_para.end))
    if end <= start:
        return content
    return trim(scene.text, start, end) if (start, end) != (content.start, content.end) else content


def cut_after(scene: Scene, content: Span, after: int) -> Span:
    """End the content before a new clause that follows the quoted words.

    Args:
        scene: The article.
        content: The reported words.
        after: Offset just past the last closing mark inside them.

    Returns:
        The content, cut where the writer's own words start again. After the
        closing mark, a semicolon, dash or bracket, "while" or "whereas"
        before a clause (unless the parse hangs that clause off a verb of
        the reported words), or "and"/"but" before a verb starts words that
        are no longer the reported ones ("... an “outright betrayal” while
        managers stay silent ..."), unless that verb continues a verb of the
        reported words ("said the mayor shows “real grit” and keeps her
        promises"). A comma (just inside the last closing mark or after it)
        ends the reported words only when the writer's words follow it: a
        noun phrase, a prepositional phrase or a relative clause of the
        writer ("... “rigged,” a charge the party denied", "... “that
        crap,” in an interview on Sunday"), or a new attribution ("...,
        adding ..."); the reported clause goes on through a verb, a
        subordinate clause or a coordinated "that"-clause ("... “way off,”
        and have been wrong before", "... “futile,” because ..."), except a
        clause that dates the report by another report ("accused the council
        of “breaking its word” after it announced that ..."). No cut falls
        between a subject and its verb ("... and that its offer, which ...,
        remained on the table").

    """
    text = scene.text
    tokens = scene.tokens_in(after, content.end)
    if after < content.end and text[max(0, after - 2) : after - 1] == "," and text[after : content.end].strip():
        if not _comma_continues(tokens, 0, content):
            return trim(text, content.start, after)
    for k, token in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        contrast = token.lower_ in CONTRAST_MARKERS and (nxt is None or nxt.tag_ != "VBG")
        contrast = contrast and not _reported_contrast(token, content, after)
        stop = (token.text in CLAUSE_BREAKS and not _continued(tokens, k, content)) or contrast
        stop = stop or _reported_occasion(token)
        if token.dep_ == "cc" and nxt is not None and nxt.pos_ in VERB_POS and not _reported_verb(nxt, content):
            stop = True
        if stop and not _subject_waiting(tokens[:k], token.idx, content.end):
            return trim(text, content.start, max(after, token.idx))
    return content


def _reported_occasion(token: Token) -> bool:
    """Whether ``token`` opens a clause that dates the report by another report ("... after it announced that ...").

    "accused the council of “breaking its word” after it announced that
    the school would close": the parse may hang the "after" clause off a
    verb inside the marks, but a clause whose verb is a cue of its own is a
    second attribution, not more of the reported words. The cue must report
    a clause or have a speaker of its own ("... when I ask a question"): a
    passive "... when she was admitted" is no report.
    """
    if token.dep_ not in ("mark", "advmod") or token.lower_ not in OCCASION_MARKERS:
        return False
    clause = token.head
    if clause.i == token.i or clause.dep_ != "advcl" or is_cue(clause) is None:
        return False
    return any(c.dep_ in REPORTED_CLAUSE_DEPS or c.dep_ == "nsubj" for c in clause.children)


def _subject_waiting(before: list[Token], cut: int, end: int) -> bool:
    """Whether a subject before a cut has its verb after it, inside the content: the clause is not over.

    "... and that its offer, which would delay the changes, remained on the
    table": *offer* is the subject of *remained*, so the comma before the
    relative clause does not end the reported words.
    """
    return any(t.dep_ in SUBJECT_DEPS and cut <= t.head.idx < end for t in before)


def _reported_contrast(marker: Token, content: Span, after: int) -> bool:
    """Whether a "while"/"whereas" clause hangs off a verb of the reported words, not off the cue.

    "wrote that revenue “stayed the same” while resignations fell": the
    parse makes *fell* a clause of *stayed*, inside the reported clause, so
    it is reported too; in "called the deal “a betrayal” while managers
    stayed silent" the clause goes with the cue, outside the reported words.
    """
    clause = marker.head
    if marker.dep_ != "mark" or clause.i == marker.i or clause.dep_ != "advcl":
        return False
    host = clause.head
    return content.start <= host.idx < after and host.pos_ in VERB_POS and is_cue(host) is None


def _continued(tokens: list[Token], k: int, content: Span) -> bool:
    """Whether the clause break ``tokens[k]`` is a comma inside the reported words."""
    return tokens[k].text == "," and _comma_continues(tokens, k + 1, content)


def _comma_continues(tokens: list[Token], k: int, content: Span) -> bool:
    """Whether the words from ``tokens[k]`` on, after a comma, still belong to the reported words.

    A verb (not a speech verb, a cue's participle or phrase: "..., adding
    ...", "..., according to ...", "..., said ..."), a subordinating
    conjunction other than "while"/"whereas", or an adverb continues them;
    "and"/"but" does when a reported verb or "that" follows. A noun phrase,
    a preposition, a relative pronoun or anything else is the writer's.
    """
    if k >= len(tokens):
        return False
    token = tokens[k]
    cue = is_cue(token)
    if cue is not None and (cue.kind == "phrase" or token.tag_ == "VBG" or cue.cls == "speech"):
        return False  # "..., adding that ...", "..., according to ...", "..., said ...": a new attribution
    if token.pos_ in VERB_POS:
        return True
    if token.pos_ == "SCONJ" or (token.dep_ == "mark" and token.tag_ == "IN"):
        return token.lower_ not in CONTRAST_MARKERS
    if token.pos_ == "ADV":
        return token.tag_ not in RELATIVE_TAGS
    if token.pos_ == "CCONJ" and k + 1 < len(tokens):
        nxt = tokens[k + 1]
        return nxt.lower_ == "that" or (nxt.pos_ in VERB_POS and _reported_verb(nxt, content))
    return False


def _reported_verb(verb: Token, content: Span) -> bool:
    """Whether a verb after "and" continues a verb of the reported words, not the cue.

    "said the mayor shows “real grit” and keeps her promises": *keeps* is
    coordinated with *shows*, inside the reported clause, so it is reported
    too; in "called the deal “a disaster” and voted against it" *voted* goes
    with the cue, outside the reported words. An auxiliary stands for its
    verb ("... and would face ...").
    """
    if verb.dep_ in AUXILIARY_DEPS and verb.head.i > verb.i:
        verb = verb.head
    head = verb.head
    cue = is_cue(verb)
    if verb.dep_ != "conj" or head.i == verb.i or (cue is not None and cue.cls == "speech"):
        return False  # "... “went home early” and said ...": a new attribution, not reported words
    return content.start <= head.idx < verb.idx and head.pos_ in VERB_POS


def widen(text: str, content: Span, setting: Setting) -> Span:
    """Make sure the content holds the whole fragment with its marks."""
    quote = setting.quote
    start = min(content.start, quote.open.start)
    end = max(content.end, setting.outer_end)
    return Span.of(text, start, end)


def trim(text: str, start: int, end: int) -> Span:
    """``text[start:end]`` without white space and trailing commas or periods."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:—–"):
        end -= 1
    return Span.of(text, start, end)
