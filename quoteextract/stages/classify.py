"""The ``classify`` stage: what kind of attribution each claim is.

Runs after attribution and sets three fields of every
:class:`~quoteextract.Quotation`, none of which changes its span or speaker:

- ``cue_class``: what the cue expresses, from the cue lexicon (``speech``,
  ``belief``, ``intention``, ``stance``, ``evidence``, ``perception``,
  ``question``); "according to"-type phrases and media ("in a statement")
  count as ``speech``, and so does a colon or dash introducing a quotation;
- ``content_type``: ``quoted`` (a direct quotation), ``clause``,
  ``infinitive`` or ``noun_phrase``, from the content's parse;
- ``polarity``: ``denied`` ("denied that ..."), ``negated`` ("did not say",
  "declined to comment"), ``hypothetical`` ("would say", "if he says") or
  ``asserted``, from the cue's syntax.

Each heuristic is a registered rule of stage ``"classify"``. A rule takes a
:class:`Target` and returns ``(field, value)`` or ``None``; for each field the
first rule (lowest ``order``) that answers wins.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._model import Cue, Quotation
from ..lang.en._lexicon import CUE_CLASSES, EVIDENCE_SUBJECTS, INFERENCE_LEMMAS, VOICING_LEMMAS, CuePhrase
from ..lang.en.polarity import (
    CONDITIONAL_MARKERS,
    DENIAL_LEMMAS,
    FUTURE_FRAMES,
    HYPOTHETICAL_MODALS,
    NEGATORS,
    REFUSAL_LEMMAS,
    REFUSING_ADJECTIVES,
)
from ..lang.en.senses import PERMISSION_LEMMAS
from ..lang.en.syntax import SUBJECT_DEPS, is_verb
from ..rules import rule
from .attribution._cues import CueInfo, is_cue
from .attribution._verbs import reporting_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..article import Article

Answer = tuple[str, str] | None
"""What a classify rule returns: ``(field, value)``, or ``None`` when it does not apply."""

SPEECH_RELATIONS: frozenset[str] = frozenset(
    {"according_to", "statement", "interview", "wrote", "letter", "posted", "told", "quoted", "reported_by"}
)
"""Relations of cue phrases that report words ("according to", "in a statement", "in a tweet")."""

MARK_CUES: frozenset[str] = frozenset({":", "—", "–", "-", "--"})
"""Punctuation that introduces a quotation in place of a verb ("Lee: “We won.”")."""

ANSWER_DEPS: frozenset[str] = frozenset({"intj", "dobj", "ccomp"})
"""Relations of a "no" that is the words said, not a negation of the saying ("said no")."""


COMPARATIVES: frozenset[str] = frozenset({"more", "less", "most", "least", "as"})
"""Words that make "likely to say" a comparison of habits ("*more* likely to say"), not a forecast."""

FACTUAL_MODAL_ADVERBS: frozenset[str] = frozenset(
    {"only", "later", "often", "always", "repeatedly", "frequently", "sometimes", "usually", "eventually"}
)
"""Adverbs that make "would/could" + cue an account of what was said ("would only say that",
"could only quip", "would later tell"), not a hypothetical."""


@attrs.frozen
class Target:
    """One claim to classify, with the parse around it.

    Args:
        quote: The claim.
        cue_token: The cue's head word in the parse, if it has a cue there.
        cue_info: The cue lexicon's entry for it, if the word is a cue.
        content: The content's tokens, if the article is parsed.

    """

    quote: Quotation
    cue_token: Token | None = None
    cue_info: CueInfo | None = None
    content: Span | None = None


def classify(article: Article, quotes: list[Quotation]) -> list[Quotation]:
    """Set ``cue_class``, ``content_type`` and ``polarity`` on every claim.

    Args:
        article: The article (parsed: ``article.doc`` is set).
        quotes: The claims of the attribution stage.

    Returns:
        The same claims, in the same order, with the three fields filled
        where a rule could tell (spans, speakers and confidences unchanged).

    """
    active = article.rules.active("classify")
    out = []
    for quote in quotes:
        target = _target(article.doc, quote)
        found: dict[str, str] = {}
        for entry in active:
            answer = entry.func(target)
            if answer is not None:
                found.setdefault(answer[0], answer[1])
        out.append(
            attrs.evolve(
                quote,
                cue_class=found.get("cue_class"),
                content_type=found.get("content_type"),
                polarity=found.get("polarity"),
            )
        )
    return out


def _target(doc: Doc | None, quote: Quotation) -> Target:
    """The claim with its cue word, lexicon entry and content tokens looked up in ``doc``."""
    if doc is None:
        return Target(quote)
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    token, info = _cue_word(doc, quote)
    return Target(quote, token, info, content)


def _cue_word(doc: Doc, quote: Quotation) -> tuple[Token | None, CueInfo | None]:
    """The cue's head token and its lexicon entry (the span's root first, then left to right)."""
    if quote.cue is None or quote.cue.end <= quote.cue.start:
        return None, None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return None, None
    for token in (span.root, *span):
        info = is_cue(token)
        if info is not None:
            return info.token, info
    return span.root, None


def phrase_class(phrase: CuePhrase) -> str:
    """The class of a cue phrase: ``speech`` for sourcing and media phrases, else ``belief``.

    Args:
        phrase: A phrase of the cue lexicon.

    Returns:
        ``speech`` for "according to", "in a statement", "in a tweet", ...;
        ``belief`` for "in the view of", "in the opinion of".

    """
    return "speech" if phrase.relation in SPEECH_RELATIONS else "belief"


@rule("classify.class.cue", stage="classify", order=10, language="*")
def class_from_cue(target: Target) -> Answer:
    """Cue class carried by the cue itself (a ``Cue`` span from the lexicon)."""
    cue = target.quote.cue
    if isinstance(cue, Cue) and cue.cue_class in CUE_CLASSES:
        return "cue_class", cue.cue_class
    return None


@rule("classify.class.phrase", stage="classify", order=20)
def class_from_phrase(target: Target) -> Answer:
    """Cue class of a phrase cue: "according to" and media phrases are speech."""
    if target.cue_info is not None and target.cue_info.phrase is not None:
        return "cue_class", phrase_class(target.cue_info.phrase)
    return None


@rule("classify.class.permission", stage="classify", order=5)
def class_permission(target: Target) -> Answer:
    """A cue of permission with an object and infinitive ("allowed the gates to open") is a ``stance``, not speech."""
    token = target.cue_token
    span = target.content
    if token is None or span is None or token.lemma_.lower() not in PERMISSION_LEMMAS:
        return None
    opener = span.doc[span.start - 1] if span.start > 0 else span[0]
    if opener.lower_ == "that" or span[0].lower_ == "that":
        return None  # "allowed that some were good people": a concession, said
    return "cue_class", "stance"


@rule("classify.class.deed", stage="classify", order=6)
def class_deed(target: Target) -> Answer:
    """A cue whose content is a deed done "by" it ("responded by closing the pool") is a ``stance``, not speech."""
    token = target.cue_token
    span = target.content
    if token is None or span is None or span.start == 0:
        return None
    opener = span.doc[span.start - 1]
    if opener.lower_ != "by" or opener.head.i != token.i:
        return None
    return ("cue_class", "stance") if any(t.tag_ == "VBG" and t.head.i == opener.i for t in span) else None


VOICED_DEPS: frozenset[str] = frozenset({"dobj"})
"""Relations of a cue noun to the speech verb that voices it ("*expressed* concern that ...")."""


@rule("classify.class.voiced", stage="classify", order=7)
def class_voiced(target: Target) -> Answer:
    """A cue noun put into words ("expressed concern that", "voiced hope that") is ``speech``."""
    token = target.cue_token
    if token is None or token.pos_ != "NOUN" or token.dep_ not in VOICED_DEPS:
        return None
    verb = token.head
    return ("cue_class", "speech") if is_verb(verb) and verb.lemma_.lower() in VOICING_LEMMAS else None


@rule("classify.class.inference", stage="classify", order=8)
def class_inference(target: Target) -> Answer:
    """Evidence that "suggests" or "reveals" ("the polls suggest that", "emails revealed") is ``evidence``."""
    token = target.cue_token
    if token is None or token.lemma_.lower() not in INFERENCE_LEMMAS or not is_verb(token):
        return None
    subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
    if token.dep_ == "relcl" and (subject is None or subject.tag_ in {"WDT", "WP"}):
        subject = token.head  # "data that suggest ..."
    if subject is None or not _evidence(subject):
        return None
    return "cue_class", "evidence"


def _evidence(subject: Token) -> bool:
    """Whether ``subject`` is a body of evidence, also when the parser took a plural opening a sentence for a name."""
    if subject.lemma_.lower() in EVIDENCE_SUBJECTS:
        return True
    lower = subject.lower_  # "Records indicate ...": PROPN, lemma "Records"
    opening = subject.pos_ == "PROPN" and bool(subject.is_sent_start)
    return opening and lower.endswith("s") and lower[:-1] in EVIDENCE_SUBJECTS


@rule("classify.class.word", stage="classify", order=30)
def class_from_word(target: Target) -> Answer:
    """Cue class of a cue verb, noun or adjective, as the lexicon lists it."""
    if target.cue_info is not None and target.cue_info.word is not None:
        return "cue_class", target.cue_info.word.cls
    return None


@rule("classify.class.mark", stage="classify", order=40, language="*")
def class_from_mark(target: Target) -> Answer:
    """A colon or dash that introduces a quotation is a speech cue ("Lee: “We won.”")."""
    cue = target.quote.cue
    if cue is not None and cue.text.strip() in MARK_CUES and target.quote.kind != "indirect":
        return "cue_class", "speech"
    return None


def _future_frame(token: Token, quote: Quotation | None) -> bool:
    """Whether the cue is speech still to come ("is due to tell", "is likely to announce", "is going to say").

    A comparison is a habit measured, not a forecast: "voters are *more likely* to say that ..."
    reports what a poll's respondents said.
    """
    frame = token.head
    if token.dep_ != "xcomp" or frame.lower_ not in FUTURE_FRAMES or _inside(frame, quote):
        return False
    return not any(c.lower_ in COMPARATIVES for c in frame.children)


def _inside(token: Token, quote: Quotation | None) -> bool:
    """Whether ``token`` is one of the reported words."""
    return quote is not None and quote.start <= token.idx < quote.end


def _outside(token: Token, quote: Quotation | None) -> list[Token]:
    """The dependents of ``token`` outside the reported words (a parse may hang the content's words on the cue)."""
    if quote is None:
        return list(token.children)
    # a one-word content is the cue's own object ("said nothing"): it counts
    return [c for c in token.children if not quote.start <= c.idx < quote.end or c.idx + len(c) >= quote.end]


def _negated(token: Token, quote: Quotation | None = None) -> bool:
    """Whether ``token`` has a negating dependent ("did not say", "never said", "no comment").

    A "no" that is what was said ("said no", "“No,” she said") negates nothing, nor
    does a negation inside the reported words, nor "not only" ("Not only did she say
    that ..., she also ...").
    """
    return any(
        (child.dep_ == "neg" or (child.lower_ in NEGATORS and not (child.lower_ == "no" and child.dep_ in ANSWER_DEPS)))
        and not any(g.lower_ == "only" for g in child.children)
        for child in _outside(token, quote)
    )


@rule("classify.polarity.denied", stage="classify", order=210)
def polarity_denied(target: Target) -> Answer:
    """A denial cue ("denied that", "rejected the claim", "disputed") gives ``denied``."""
    token = target.cue_token
    if token is not None and token.lemma_.lower() in DENIAL_LEMMAS and not _negated(token, target.quote):
        return "polarity", "denied"
    return None


@rule("classify.polarity.refusal", stage="classify", order=220)
def polarity_refusal(target: Target) -> Answer:
    """A refusal to speak ("declined to comment", "refused to say whether", "unwilling to discuss") is ``negated``."""
    token = target.cue_token
    if token is None:
        return None
    if token.lemma_.lower() in REFUSAL_LEMMAS:
        return "polarity", "negated"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in REFUSAL_LEMMAS:
        return "polarity", "negated"
    if token.dep_ == "xcomp" and token.head.pos_ == "ADJ" and token.head.lemma_.lower() in REFUSING_ADJECTIVES:
        return "polarity", "negated"
    return None


@rule("classify.polarity.negated", stage="classify", order=230)
def polarity_negated(target: Target) -> Answer:
    """A negated cue ("did not say", "never claimed", "no comment") gives ``negated``."""
    token = target.cue_token
    if token is None:
        return None
    if _negated(token, target.quote) or (token.dep_ == "xcomp" and _negated(token.head, target.quote)):
        return "polarity", "negated"
    return None


@rule("classify.polarity.hypothetical", stage="classify", order=240)
def polarity_hypothetical(target: Target) -> Answer:
    """A cue under "would/could/might/may", "if" or "is due to" ("would say", "is due to tell"): ``hypothetical``."""
    token = target.cue_token
    if token is None:
        return None
    if _future_frame(token, target.quote):
        return "polarity", "hypothetical"  # "is due to tell MPs that ...": speech still to come
    heads = (token, reporting_cue(token) or token.head) if _shares_head(token) else (token,)
    after = _adverb_after(token)
    for verb in heads:
        children = _outside(verb, target.quote)
        factual = after or any(c.dep_ == "advmod" and c.lower_ in FACTUAL_MODAL_ADVERBS for c in children)
        for child in children:
            if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_MODALS and not factual:
                return "polarity", "hypothetical"
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKERS:
                return "polarity", "hypothetical"
    return None


def _adverb_after(cue: Token) -> bool:
    """Whether a factual adverb follows the cue ("would say *only* that ..."), wherever the parser hangs it.

    The parser often makes "only" a word of the reported clause ("would say [only that she was ...]"); right
    after the cue it still reads the saying as done ("would only say that ..."), not as a hypothetical.
    """
    doc = cue.doc
    return cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ in FACTUAL_MODAL_ADVERBS


def _shares_head(token: Token) -> bool:
    """Whether a cue takes its head's modality: an infinitive, or a conjunct without a subject of its own.

    "would meet and say that" shares the "would"; "it would be unusual, but experts say that"
    does not: "experts say" has its own subject. A cue the parser hung in another cue's content, in
    that cue's tense ("said the firm would cut prices, and told analysts that ..."), shares the
    modality of that cue, not of the verb it hangs off (:func:`.attribution._verbs.reporting_cue`).
    """
    if token.dep_ == "xcomp":
        return True
    return token.dep_ == "conj" and not any(child.dep_ in SUBJECT_DEPS for child in token.children)


@rule("classify.polarity.asserted", stage="classify", order=290, language="*")
def polarity_asserted(target: Target) -> Answer:
    """Otherwise the claim is ``asserted``."""
    return "polarity", "asserted"
