"""The final step: keep the claims of the requested *scope*.

Two scopes (see the "Scope" page of the docs for examples):

- ``attribution`` (the default) keeps every attribution the stages found:
  reported speech, beliefs, intentions, stances, findings, perceptions.
- ``speech`` keeps reported speech only:

  * quotations (``direct`` and ``mixed``: words inside quote marks
    attributed to someone, through a cue, a speaker or a source), unless
    their cue is negated or hypothetical; a quotation attributed to no one
    (rule ``quote.unattributed``) is dropped, and so is a mixed quotation
    whose cue is a belief, evidence, a perception or an intention ("The audit
    found the scheme “poorly run”", "Critics consider the plan “a
    giveaway”": the quoted words come from somewhere, but the sentence
    reports a finding or a view, not what its subject said), and a direct one
    whose cue is evidence or a perception ("Surveys show teachers “close to
    breaking point”");
  * claims without quote marks (``indirect``) whose ``cue_class`` is
    ``speech`` (which includes "according to" and media phrases such as
    "in a statement"), whose content is a clause, an infinitive or a
    quotation (not a bare noun phrase: "mentioned the economy" names a
    topic, not what was said; but a denial of a noun phrase, "denied any
    wrongdoing", "denies two counts of fraud", disputes a definite claim
    and counts), and whose ``polarity`` is ``asserted`` or
    ``denied`` (a denial is a speech act about the content: "She denied
    that she knew" reports what she said); ``negated`` ("did not say that",
    "declined to comment") and ``hypothetical`` ("would say that") claims
    report no words and are dropped.

  A quotation inside another quotation's quoted words is kept when the outer
  speaker quotes someone there with a speech cue of its own (“She told me,
  ‘Don't sign it,’” Vos said: ‘Don't sign it’ is her speech, reported by Vos);
  words in scare quotes inside a quotation (“This so-called ‘reform’ is a
  cut,” she said) are dropped: they are part of the outer speaker's words (the
  ``attribution`` scope keeps both, the inner one with its source chain).

  A crowd chanting a slogan ("Protesters chanted “Keep it local”") is dropped
  too: a chant is nobody's statement, and a count of who gets quoted has no
  "crowd" among its sources (the ``attribution`` scope keeps it, as PolNeAR
  annotates it; the opt-in rule ``reject.chant`` drops it from both).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, get_args

from .._errors import InputError
from .._model import Quotation
from .attribution._context import word_count
from .attribution._reject_chant import MAX_CHANT_WORDS, crowd_chants

if TYPE_CHECKING:
    from spacy.tokens import Doc

Scope = Literal["attribution", "speech"]
"""Which claims an extraction keeps."""

SCOPES: tuple[str, ...] = get_args(Scope)
"""Every :data:`Scope`."""

DEFAULT_SCOPE = "attribution"
"""The scope used unless one is asked for (today's behaviour: every attribution)."""

SPEECH_CONTENT: frozenset[str] = frozenset({"quoted", "clause", "infinitive"})
"""Content types an indirect claim needs to count as reported speech."""

UNSAID: frozenset[str] = frozenset({"negated", "hypothetical"})
"""Polarities of claims that report no words."""

UNSPOKEN_CLASSES: frozenset[str] = frozenset({"belief", "evidence", "perception", "intention"})
"""Cue classes of a mixed quotation that quotes no speaker ("The audit found the scheme “poorly run”")."""

UNSPOKEN_DIRECT_CLASSES: frozenset[str] = frozenset({"evidence", "perception"})
"""Cue classes of a direct quotation that quotes no speaker ("Surveys show teachers “close to breaking point”")."""


def check_scope(scope: object) -> str:
    """Return ``scope`` if it names a scope.

    Args:
        scope: The value to check.

    Returns:
        The scope.

    Raises:
        InputError: If ``scope`` is not one of :data:`SCOPES`.

    """
    if not isinstance(scope, str) or scope not in SCOPES:
        raise InputError(f"scope must be one of {', '.join(repr(s) for s in SCOPES)}, not {scope!r}")
    return scope


def is_speech(quote: Quotation) -> bool:
    """Whether a classified claim is reported speech (what the ``speech`` scope keeps).

    Args:
        quote: A claim with ``cue_class``, ``content_type`` and ``polarity`` set.

    Returns:
        ``True`` for an attributed quotation, or an asserted or denied speech claim with content.

    """
    if quote.polarity in UNSAID:
        return False
    unspoken = UNSPOKEN_CLASSES if quote.kind == "mixed" else UNSPOKEN_DIRECT_CLASSES
    if quote.kind != "indirect" and quote.cue_class in unspoken:
        return False  # "Polls show voters “deeply uneasy”": the quoted words are not the subject's speech
    if quote.kind != "indirect":
        return quote.cue is not None or quote.speaker is not None or bool(quote.sources)
    if quote.cue_class != "speech":
        return False
    return quote.content_type in SPEECH_CONTENT or (quote.polarity == "denied" and quote.content_type == "noun_phrase")


def enclosing_fragments(quotes: list[Quotation]) -> dict[int, tuple[int, int]]:
    """The quotations whose span lies inside another quotation's quoted words, with that fragment.

    “She told me, ‘Don't sign it,’” Vos said: the inner quotation lies inside a
    fragment of the outer one. One sort of the fragments, then one pass.

    Args:
        quotes: Claims.

    Returns:
        For each inner quotation's index (into ``quotes``), the start and end of the
        outer quotation's fragment that holds it.

    """
    pieces: list[tuple[int, int, int, bool]] = []  # start, -end, owner, is the quote's own span
    for i, quote in enumerate(quotes):
        if quote.kind == "indirect":
            continue
        pieces.append((quote.start, -quote.end, i, True))
        pieces.extend((f.start, -f.end, i, False) for f in quote.fragments)
    pieces.sort()
    inner: dict[int, tuple[int, int]] = {}
    cover: tuple[int, int, int] = (-1, -1, -1)  # the fragment reaching furthest so far: start, end, owner
    for start, neg_end, owner, own in pieces:
        end = -neg_end
        if own and owner != cover[2] and end <= cover[1] and (start, end) != cover[:2]:
            inner[owner] = cover[:2]
        if not own and end > cover[1]:
            cover = (start, end, owner)
    return inner


def quoted_within(quotes: list[Quotation]) -> set[int]:
    """Indexes of the quotations whose span lies inside another quotation's quoted words.

    Args:
        quotes: Claims.

    Returns:
        The indexes (into ``quotes``) of the inner quotations (see :func:`enclosing_fragments`).

    """
    return set(enclosing_fragments(quotes))


def voiced_inside(quote: Quotation, fragment: tuple[int, int]) -> bool:
    """Whether an inner quotation is someone's speech that the outer speaker reports.

    “She told me, ‘Sign it,’” Vos said: the cue "told" lies inside Vos's quoted
    words, so Vos quotes a speaker, and ‘Sign it’ is that speaker's speech. A word
    in scare quotes inside a quotation (“This so-called ‘reform’ is a cut,” she
    said) has no speech cue of its own inside the outer words, and neither has a
    name for something (“What they call ‘reform’ is a cut”: "call" names, it is no
    speech act).

    Args:
        quote: The inner quotation (classified).
        fragment: The start and end of the outer quotation's fragment that holds it.

    Returns:
        True when the inner quotation's cue is a speech act inside ``fragment``.

    """
    cue = quote.cue
    return cue is not None and quote.cue_class == "speech" and fragment[0] <= cue.start and cue.end <= fragment[1]


def is_crowd_chant(quote: Quotation, doc: Doc) -> bool:
    """Whether a quotation is a slogan a crowd chants ("The crowd chanted “Keep it local”").

    Args:
        quote: A claim of the article ``doc`` parses.
        doc: The article's parse.

    Returns:
        True for quoted words of at most a few words whose cue is a chant verb
        ("chant", "sing", "shout", "roar", ...) voiced by a crowd noun or a bare plural
        ("the crowd", "protesters", "hundreds of marchers"); False for one person
        shouting ("Lee shouted “Get out!”") and for claims without quote marks.

    """
    if quote.kind == "indirect" or quote.cue is None:
        return False
    if sum(word_count(f.text) for f in quote.fragments or (quote.content,)) > MAX_CHANT_WORDS:
        return False
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return crowd_chants(span.root)


def apply_scope(quotes: list[Quotation], scope: str, doc: Doc | None = None) -> list[Quotation]:
    """The claims of ``quotes`` that ``scope`` keeps, in order.

    Args:
        quotes: Classified claims.
        scope: One of :data:`SCOPES`.
        doc: The article's parse, if any: the ``speech`` scope uses it to drop crowd chants.

    Returns:
        All of ``quotes`` for ``attribution``; the reported speech for ``speech``
        (without crowd chants, nor the quotations inside other quotations' words
        unless a speaker is quoted there: see :func:`voiced_inside`).

    """
    if check_scope(scope) == "attribution":
        return quotes
    inner = enclosing_fragments(quotes)
    kept = [q for i, q in enumerate(quotes) if is_speech(q) and (i not in inner or voiced_inside(q, inner[i]))]
    return kept if doc is None else [q for q in kept if not is_crowd_chant(q, doc)]
