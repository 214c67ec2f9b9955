"""Cue words and speaker mentions seen from a quotation: the verb and its subject.

The cue lexicon and the subject finder of :mod:`quoteextract._attribution._cues`
are shared with the claim finder. This module adapts them to what the
quotation rules need: "is this token a cue" and "the mention of whoever this
cue's speaker is", as model :class:`~quoteextract.Mention` objects, plus the
one case the shared finder leaves to the quotation rules: a noun after the
verb that the parser took for its object ("..., said the spokeswoman").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lexicon import cue_noun
from .._model import Mention, Span
from ._cues import SOURCE_PREPS, CueInfo, is_cue, mention_span, speaker_mention

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

INVERTED_DEPS: frozenset[str] = frozenset({"dobj", "attr", "npadvmod", "appos", "nsubj", "dative"})
"""Labels the parser gives a speaker written after its verb ("said Smith")."""

SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "we", "i", "you"})
"""Pronouns that can name a speaker after an inverted verb."""

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


def to_span(span: DocSpan) -> Span:
    """A spaCy span as a model :class:`~quoteextract.Span`.

    Args:
        span: Tokens of a parsed Doc.

    Returns:
        The span of their characters.

    """
    return Span.of(span.doc.text, span.start_char, span.end_char)


def to_mention(span: DocSpan) -> Mention:
    """A spaCy span as an unresolved :class:`~quoteextract.Mention`.

    Args:
        span: Tokens of a parsed Doc.

    Returns:
        The mention, with no entity.

    """
    return Mention(span.start_char, span.end_char, span.doc.text[span.start_char : span.end_char])


def _inverted_subject(verb: Token) -> Token | None:
    """A noun right after the verb, misparsed as its object ("said Smith")."""
    for child in verb.rights:
        if child.is_punct:
            continue
        if child.dep_ in INVERTED_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
            if child.pos_ == "PRON" and child.lower_ not in SPEAKER_PRONOUNS:
                return None
            return child
        return None
    return None


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


def speaker_of(cue: CueInfo, *, inverted_ok: bool = True) -> Mention | None:
    """The speaker mention of a cue.

    The shared finder gives the subject, passive agent, object of "according
    to" or possessor; failing those (and when ``inverted_ok``), a noun right
    after the verb ("said the spokeswoman").

    Args:
        cue: The cue.
        inverted_ok: Accept a noun after the verb as the speaker.

    Returns:
        The mention, or ``None`` when the sentence names no speaker.

    """
    found = speaker_mention(cue)
    if found is not None and len(found):
        return to_mention(_behind_document(found))
    if inverted_ok and cue.kind == "verb":
        subject = _inverted_subject(cue.token)
        if subject is not None:
            return to_mention(mention_span(subject))
    return None
