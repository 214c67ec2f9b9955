"""Cue words and speaker mentions seen from a quotation: the verb and its subject.

The cue lexicon and the subject finder of :mod:`quoteextract.stages.attribution._cues`
are shared with the claim finder. This module adapts them to what the
quotation rules need: "is this token a cue" and "the mention of whoever this
cue's speaker is", as model :class:`~quoteextract.Mention` objects, plus the
one case the shared finder leaves to the quotation rules: a noun after the
verb that the parser took for its object ("..., said the spokeswoman").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._model import Mention, Span
from ...lang.en._lexicon import CueWord, cue_noun
from ...lang.en.syntax import EMPTY_SUBJECTS
from ._context import tokens_in
from ._cues import SOURCE_PREPS, CueInfo, is_cue, mention_span, speaker_mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

INVERTED_DEPS: frozenset[str] = frozenset({"dobj", "attr", "appos", "nsubj", "dative"})
"""Labels the parser gives a speaker written after its verb ("said Smith")."""

TIME_ENTITIES: frozenset[str] = frozenset({"DATE", "TIME"})
"""Entity types that are never speakers."""

SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "you"})
"""Pronouns that can name a speaker after an inverted verb."""

ANY_VERB_WEIGHT = 0.5
"""Lexicon weight given to a verb that is a cue only by its position."""

QUOTE_CLASSES: frozenset[str] = frozenset({"speech", "stance", "question", "belief", "phrase", "evidence"})
"""Cue classes that can introduce words in quote marks."""


def quote_cue(token: Token) -> CueInfo | None:
    """The cue headed by ``token`` when it can introduce a quotation.

    Args:
        token: Any token.

    Returns:
        The cue (a verb, noun or phrase of the lexicon), or ``None``.

    """
    info = is_cue(token)
    if info is None or info.cls not in QUOTE_CLASSES:
        return None
    return info


def any_verb_cue(token: Token) -> CueInfo | None:
    """A cue made of any verb, for a quotation whose attribution has the shape "X verbed".

    "...,” the coach barked." or "...,” he went on." name a speaker with a verb
    no lexicon lists; in that position any verb (not an auxiliary) will do.

    Args:
        token: Any token.

    Returns:
        A speech cue for the verb, or ``None`` when the token is not a verb.

    """
    if token.pos_ != "VERB":
        return None
    known = is_cue(token)
    if known is not None:
        return known
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    word = CueWord(token.lemma_.lower(), "verb", "speech", "said", frozenset(), ANY_VERB_WEIGHT)
    return CueInfo(token=token, span=token.doc[token.i : end], word=word)


def to_span(span: DocSpan) -> Span:
    """A spaCy span as a model :class:`~quoteextract.Span`.

    Args:
        span: Tokens of a parsed Doc.

    Returns:
        The span of their characters.

    """
    return Span(span.start_char, span.end_char, span.text)


def to_mention(span: DocSpan) -> Mention:
    """A spaCy span as an unresolved :class:`~quoteextract.Mention`.

    Args:
        span: Tokens of a parsed Doc.

    Returns:
        The mention, with no entity.

    """
    return Mention(span.start_char, span.end_char, span.text)


def _inverted_subject(verb: Token) -> Token | None:
    """A noun right after the verb, misparsed as its object ("said Smith"), or lent to the quoted words after it."""
    lent = _name_lent_onwards(verb)
    if lent is not None:
        return lent
    for child in verb.rights:
        if child.is_punct:
            continue
        if child.ent_type_ in TIME_ENTITIES:
            return None  # "said Tuesday that ...": a date, not a speaker
        if child.dep_ in INVERTED_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
            if child.pos_ == "PRON" and child.lower_ not in SPEAKER_PRONOUNS:
                return None
            return child
        return None
    return None


def _name_lent_onwards(verb: Token) -> Token | None:
    """A name right after the verb that the parser hung on a verb of the quoted words that follow.

    ``„A,“ said Hennig, „we are ...“``: the parser, thrown by the marks, makes
    Hennig the subject of "are", across the comma and the opening mark. A
    proper name written right after the verb, with a quote mark between it and
    the verb it was hung on, is the verb's own inverted speaker.
    """
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    name = doc[verb.i + 1]
    while name.dep_ == "compound" and name.head.i == name.i + 1 and name.pos_ == "PROPN":
        name = name.head  # "said Clara Hennig": the name's last word heads it
    head = name.head
    if name.pos_ != "PROPN" or name.ent_type_ in TIME_ENTITIES or name.dep_ not in INVERTED_DEPS:
        return None  # "said Tuesday, „we ...“": a date, not a speaker
    if head.i <= name.i or head.i == verb.i:
        return None
    return name if any(t.is_quote for t in doc[name.i + 1 : head.i]) else None


def _behind_document(span: DocSpan) -> DocSpan:
    """The author behind a document-like mention ("a statement from X" gives X)."""
    head = span.root
    if cue_noun(head.lemma_) is None:
        return span
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS and child.i < span.end:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                    return mention_span(obj)
    return span


def speaker_of(
    cue: CueInfo,
    *,
    inverted_ok: bool = True,
    avoid: tuple[int, int] | None = None,
    lead_in: int | None = None,
) -> Mention | None:
    """The speaker mention of a cue.

    The shared finder gives the subject, passive agent, object of "according
    to" or possessor. A mention inside the quoted words (``avoid``) or in
    another paragraph is not the speaker. Failing those: a name or pronoun
    opening the attribution before the verb (``lead_in``, the offset where
    the attribution starts: "...,” Bozell answers."), then (when
    ``inverted_ok``) a noun right after the verb ("said the spokeswoman").

    Args:
        cue: The cue.
        inverted_ok: Accept a noun after the verb as the speaker.
        avoid: ``(start, end)`` of the quoted words, never the speaker.
        lead_in: Where the attribution holding the cue starts, if known.

    Returns:
        The mention, or ``None`` when the sentence names no speaker.

    """
    found = speaker_mention(cue)
    if found is not None and len(found):
        mention = _in_cue_paragraph(to_mention(_behind_document(found)), cue)
        if mention is not None and not (avoid and mention.start < avoid[1] and avoid[0] < mention.end):
            return mention
    if cue.kind == "phrase":
        return None
    borrowed = _borrowed_subject(cue.token, avoid)
    if borrowed is not None:
        return borrowed
    if lead_in is not None:
        opening = _opening_name(cue.token, lead_in)
        if opening is not None:
            return opening
    if inverted_ok and cue.kind == "verb":
        subject = _inverted_subject(cue.token)
        if subject is not None and not (avoid and avoid[0] <= subject.idx < avoid[1]):
            return to_mention(mention_span(subject))  # never a noun inside the reported words
    return None


BORROW_DEPS: frozenset[str] = frozenset({"conj", "dep", "xcomp", "advcl"})
"""Labels through which a verb without a subject borrows its head's ("... then leaned in and boomed")."""

MAX_BORROW = 3
"""How many heads up a verb may look for a subject to borrow."""


def _borrowed_subject(verb: Token, avoid: tuple[int, int] | None) -> Mention | None:
    """The subject of a verb this one is coordinated with or depends on."""
    node = verb
    for _ in range(MAX_BORROW):
        if node.dep_ not in BORROW_DEPS or node.head.i == node.i:
            return None
        node = node.head
        for child in node.children:
            if child.dep_ == "nsubj" and child.pos_ in NOUNISH and child.lower_ not in NON_SPEAKERS:
                if avoid and avoid[0] <= child.idx < avoid[1]:
                    return None
                return to_mention(mention_span(child))
    return None


NON_SPEAKERS: frozenset[str] = EMPTY_SUBJECTS
"""Subjects that never name a speaker."""

NOUNISH: frozenset[str] = frozenset({"PROPN", "PRON", "NOUN"})
"""Parts of speech that can head a speaker mention."""

NAME_PARTS: frozenset[str] = frozenset({"PROPN", "PRON", "NOUN", "DET", "ADJ", "PART", "NUM"})
"""Parts of speech allowed in a speaker mention found without the parse's help."""


def _opening_name(verb: Token, lead_in: int) -> Mention | None:
    """A name or pronoun between the start of the attribution and the verb."""
    doc = verb.doc
    tokens = [t for t in tokens_in(doc, lead_in, verb.idx) if not t.is_space]
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    run: list[Token] = []
    for token in tokens:
        inner_hyphen = token.text == "-" and run and not run[-1].whitespace_ and not token.whitespace_
        if (token.pos_ in NAME_PARTS and not token.is_punct) or inner_hyphen:
            run.append(token)
        else:
            break
    while run and run[-1].is_punct:
        run.pop()
    if not run or not any(t.pos_ in NOUNISH for t in run):
        return None
    if run[0].pos_ == "PRON" and run[0].lower_ not in SPEAKER_PRONOUNS:
        return None
    return to_mention(doc[run[0].i : run[-1].i + 1])


def within_cue_line(mention: Mention | None, cue: CueInfo) -> Mention | None:
    """A claim's speaker mention, kept to the cue's line (a parse may run a headline into the next line).

    A mention wholly on an earlier line ("Traders vow to fight plan" above "Ana Ruiz, who
    chairs the group, said ...") gives way to the name or pronoun opening the cue's line.

    Args:
        mention: The mention the parse gives, or ``None``.
        cue: The claim's cue.

    Returns:
        The mention on the cue's line, or ``None``.

    """
    if mention is None:
        return None
    kept = _in_cue_paragraph(mention, cue)
    if kept is not None or cue.kind != "verb":
        return kept
    line_start = _last_line_break(cue.token.doc, mention.start, cue.token.idx) + 1
    return _opening_name(cue.token, max(line_start, cue.token.sent.start_char))


def _in_cue_paragraph(mention: Mention, cue: CueInfo) -> Mention | None:
    """The part of a mention in the cue's paragraph (a parse may run across lines)."""
    cue_at = cue.token.idx
    lo, hi = min(mention.start, cue_at), max(mention.end, cue_at)
    cut = _last_line_break(cue.token.doc, lo, hi)
    if cut < 0:
        return mention
    if mention.end <= cut:
        return None  # the mention is in an earlier paragraph
    if mention.start > cut:
        return mention
    start = cut + 1
    while start < mention.end and mention.text[start - mention.start].isspace():
        start += 1
    if start >= mention.end:
        return None
    return Mention(start, mention.end, mention.text[start - mention.start :])


def _last_line_break(doc: Doc, lo: int, hi: int) -> int:
    """The offset of the last line break in ``doc.text[lo:hi]``, or -1 (reads only the tokens there)."""
    if hi <= lo:
        return -1
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return -1
    for token in reversed(span):
        piece = token.text_with_ws
        k = piece.rfind("\n", max(0, lo - token.idx), max(0, hi - token.idx))
        if k >= 0:
            return token.idx + k
    return -1
