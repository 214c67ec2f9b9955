"""A speaker the parse hung on the frame before the cue: "In an interview with the Gazette, Feeney, now 72, said ...".

When a name with an age or a title after it follows the outlet of an
opening frame ("In an interview with X", "Speaking to X", "In a letter to
X"), the small parser often reads the name as an appositive of the outlet
and leaves the speech verb without a subject, so the claim has no speaker.
News never writes a person in apposition to the outlet they spoke to: the
name after the frame, before the verb, is who spoke.

The ``speaker.framed`` rule (stage ``speaker_mentions``: its rules receive a
:class:`FramedSite` for each claim without a speaker mention and return a
mention or ``None``) finds that name; :func:`framed_speakers` runs the
stage's rules once per such claim, before the speakers are resolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import attrs
import regex

from ..._model import Mention, Quotation
from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ...rules import rule
from ._abbreviation_stop import RULE_NAME as STOP_RULE
from ._abbreviation_stop import is_lone_stop
from ._speaker_layout import span_root
from ._whose_role import RULE_NAME as WHOSE_RULE
from ._whose_role import whose_named

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...article import Article
    from ...rules import Rule

FRAME_DEPS = frozenset({"prep", "advcl"})
"""Dependency labels of an opening frame on the verb ("In an interview with X", "Speaking to X")."""

NAME_PARTS = frozenset({"compound", "flat"})
"""Dependency labels of the words before a name's head word ("Maud" of "Maud Carrow")."""


@dataclass(frozen=True)
class FramedSite:
    """A claim without a speaker mention, and the head word of its cue.

    Args:
        doc: The parse.
        text: The article's text.
        quote: The claim.
        verb: The head word of its cue (a verb with no subject); for an
            interview's answer, which has no cue, its first word.
        interviewee: For an unlabelled interview's answer, the first person
            the introduction names.

    """

    doc: Doc
    text: str
    quote: Quotation
    verb: Token
    interviewee: Mention | None = None


def _cue_verb(doc: Doc, quote: Quotation) -> Token | None:
    """The cue's head word, when it is a verb with no nominal subject of its own."""
    cue = quote.cue
    if cue is None or quote.speaker is not None:
        return None
    verb = span_root(doc, cue.start, cue.end)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return None
    return verb


@rule("speaker.framed", stage="speaker_mentions", order=100)
def framed_speaker(site: FramedSite) -> Mention | None:
    """A name the parse hung on an opening frame's outlet ("In an interview with X, Feeney, 72, said"): the speaker."""
    verb = site.verb
    frame = next((c for c in verb.children if c.dep_ in FRAME_DEPS and c.i < verb.i and c.i == c.left_edge.i), None)
    if frame is None or frame.right_edge.i >= verb.i:
        return None
    for token in frame.subtree:
        if token.dep_ != "appos" or token.pos_ != "PROPN" or token.head.pos_ != "PROPN" or token.head.i < frame.i:
            continue
        if not token.ent_type_ or token.head.ent_type_ == token.ent_type_ == "PERSON":
            continue  # a name, not a second name of the same person
        first = token
        while first.i > 0 and first.nbor(-1).dep_ in NAME_PARTS and first.nbor(-1).head is token:
            first = first.nbor(-1)
        start, end = first.idx, token.idx + len(token.text)
        return Mention(start, end, site.text[start:end])
    return None


SHARED_SUBJECT_DEPS = frozenset({"conj", "dep"})
"""Labels of a cue verb hanging from an earlier verb whose subject it shares ("X praised Y, then added that")."""

PARTICIPLE_TAGS = frozenset({"VBN", "VBG", "VBD"})
"""Penn tags of the participle opening an aside between a subject and its verb ("X, asked about Y, said").

The small tagger often reads "asked" there as a past tense (VBD)."""


def _subject_mention(site: FramedSite, subject: Token) -> Mention | None:
    """The words of a subject up to its head word ("Sheikh Hamdan"), outside quote marks."""
    start, end = subject.left_edge.idx, subject.idx + len(subject.text)
    words = site.text[start:end]
    if subject.pos_ not in {"PROPN", "NOUN", "PRON"} or any(mark in words for mark in '“”"‘'):
        return None
    return Mention(start, end, words)


@rule("speaker.shared_subject", stage="speaker_mentions", order=200)
def shared_subject_speaker(site: FramedSite) -> Mention | None:
    """A cue verb sharing the subject of the verb before it ("X praised the team, then added that ..."): X."""
    verb = site.verb
    head = verb.head
    if verb.dep_ not in SHARED_SUBJECT_DEPS or head.i >= verb.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < head.i), None)
    return _subject_mention(site, subject) if subject is not None else None


@rule("speaker.aside_subject", stage="speaker_mentions", order=300)
def aside_subject_speaker(site: FramedSite) -> Mention | None:
    """A subject the parse gave to an aside before the cue ("X, asked about Y, said ..."): X."""
    verb = site.verb
    for clause in verb.children:
        if clause.i >= verb.i or clause.tag_ not in PARTICIPLE_TAGS or clause.dep_ in NOMINAL_SUBJECT_DEPS:
            continue
        subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < clause.i), None)
        closed = clause.right_edge.i in {verb.i - 2, verb.i - 1}  # the aside ends right before the cue
        if subject is None or not closed or site.doc[verb.i - 1].text != ",":
            continue
        last = max(t.i for t in subject.subtree if not t.is_punct)
        if last + 1 < clause.i and site.doc[last + 1].text == ",":
            return _subject_mention(site, subject)  # an aside set off by commas
    return None


INTERVIEWEE = regex.compile(
    r"\b(?i:we|I)[ ](?:interviewed|spoke[ ](?:to|with)|talked[ ](?:to|with)|sat[ ]down[ ]with|asked|met)[ ]+(?=\p{Lu})"
)
"""The writer's interview phrase before the interviewee's name ("We spoke to Ana Ruiz"); in "She spoke to X"
X is the interviewer."""

QA_ANSWER = "quote.qa_answer"
"""The rule of an unlabelled interview's answers (:mod:`quoteextract.stages.attribution._qa_answers`)."""


def _people_before(doc: Doc, article: Article, before: int) -> list[Mention]:
    """The people named in the body text before ``before``: tagged so, or proper nouns opening with a first name.

    The small tagger often leaves a name such as "Dinah Okafor" untagged; two or more proper nouns opening
    with a known first name are a person's too.
    """
    layout = article.layout
    names = _lexicon.first_names()
    found = []
    token_index = 0
    while token_index < len(doc) and doc[token_index].idx < before:
        token = doc[token_index]
        end = token.i
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper():
            end += 1
        body = layout.paragraph_at(token.idx).role == "body"
        if token.pos_ == "PROPN" and body and (token.ent_type_ == "PERSON" or (end > token.i and token.text in names)):
            stop = doc[end].idx + len(doc[end].text)
            found.append(Mention(token.idx, stop, article.text[token.idx : stop]))
        token_index = end + 1 if token.pos_ == "PROPN" else token_index + 1
    return found


def _interviewee_mention(doc: Doc, article: Article, before: int) -> Mention | None:
    """The person an unlabelled interview's introduction names: the one "we spoke to", else the first."""
    people = _people_before(doc, article, before)
    for match in INTERVIEWEE.finditer(article.text, 0, before):
        named = next((p for p in people if 0 <= p.start - match.end() <= 1), None)
        if named is not None:
            return named
    return people[0] if people else None


@rule("speaker.qa_interviewee", stage="speaker_mentions", order=400)
def qa_interviewee(site: FramedSite) -> Mention | None:
    """An unlabelled interview's answer ("Why did you leave?" then "I was tired ..."): the person the intro names."""
    if site.quote.rule != QA_ANSWER or site.quote.speaker is not None:
        return None
    return site.interviewee


def _answer_speaker(
    article: Article, quote: Quotation, interviewee: Mention | None, found: Sequence[Rule]
) -> Quotation:
    """An unlabelled interview's answer with the interviewee as its speaker mention, when a rule gives one."""
    doc = article.doc
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand") if doc is not None else None
    if interviewee is None or doc is None or words is None or not len(words):
        return quote
    site = FramedSite(doc, article.text, quote, words[0], interviewee)
    mention = next((m for r in found if r.name == "speaker.qa_interviewee" and (m := r.func(site))), None)
    return attrs.evolve(quote, speaker=mention) if mention is not None else quote


UNCUED_RULES = frozenset({"speaker.heading_name", "speaker.bracketed_name"})
"""The rules naming the speaker of words with no cue: a heading line above, a name in brackets after
(:mod:`._headings`)."""


GUESSED_SPEAKER_RULES = frozenset({"quote.previous_sentence"})
"""Rules of quotations whose speaker and cue the attribution stage took from the sentence before: a name in
brackets after the words says otherwise (and the cue, another sentence's, goes)."""


def _headed_speaker(article: Article, quote: Quotation, found: Sequence[Rule]) -> Quotation:
    """Words with no cue and no speaker, with the name of the heading line above as speaker, if a rule gives one."""
    doc = article.doc
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand") if doc is not None else None
    if doc is None or words is None or not len(words):
        return quote
    site = FramedSite(doc, article.text, quote, words[0])
    mention = next((m for r in found if r.name in UNCUED_RULES and (m := r.func(site))), None)
    if mention is None:
        return quote
    if quote.rule in GUESSED_SPEAKER_RULES:
        return attrs.evolve(quote, speaker=mention, cue=None)
    return attrs.evolve(quote, speaker=mention)


def _stop_repaired(article: Article, quote: Quotation, found: Sequence[Rule]) -> Quotation:
    """A claim whose speaker mention is a lone full stop, with the name the stop ends, when the rule gives it."""
    doc = article.doc
    speaker = quote.speaker
    words = doc.char_span(speaker.start, speaker.end) if doc is not None and speaker is not None else None
    if doc is None or words is None or not len(words):
        return quote
    return _repaired(article, quote, found, STOP_RULE, words[0].head)


def _whose_repaired(article: Article, quote: Quotation, found: Sequence[Rule]) -> Quotation:
    """A claim whose cue follows "whose <role>, <name>,", with that name for its speaker, when the rule gives it."""
    doc = article.doc
    cue = quote.cue
    words = doc.char_span(cue.start, cue.end, alignment_mode="expand") if doc is not None and cue is not None else None
    if doc is None or words is None or not len(words):
        return quote
    return _repaired(article, quote, found, WHOSE_RULE, words.root)


def _repaired(article: Article, quote: Quotation, found: Sequence[Rule], name: str, word: Token) -> Quotation:
    """The claim with the speaker mention the named rule gives at ``word``, if it is active and gives one."""
    site = FramedSite(word.doc, article.text, quote, word)
    mention = next((m for r in found if r.name == name and (m := r.func(site))), None)
    return attrs.evolve(quote, speaker=mention) if mention is not None else quote


def _repair(article: Article, quote: Quotation, found: Sequence[Rule], interviewee: Mention | None) -> Quotation | None:
    """The claim as a repairing rule gives it (a lone stop, an interview's answer, "whose <role>, <name>,"), if one."""
    if is_lone_stop(article.text, quote.speaker):
        return _stop_repaired(article, quote, found)
    if quote.rule == QA_ANSWER and quote.speaker is None:
        return _answer_speaker(article, quote, interviewee, found)
    if quote.cue is not None and whose_named(article.text, quote.cue.start) is not None:
        return _whose_repaired(article, quote, found)
    return None


def framed_speakers(article: Article, quotes: Sequence[Quotation]) -> list[Quotation]:
    """Give each claim whose cue has no subject the speaker a ``speaker_mentions`` rule finds.

    Args:
        article: The parsed article.
        quotes: The claims.

    Returns:
        The claims, with a speaker mention where a rule found one.

    """
    doc = article.doc
    found = article.rules.active("speaker_mentions")
    if doc is None or not found or not doc.has_annotation("DEP"):
        return list(quotes)
    out = []
    answers = [q for q in quotes if q.rule == QA_ANSWER and q.speaker is None]
    interviewee = _interviewee_mention(doc, article, min(q.start for q in answers)) if answers else None
    for quote in quotes:
        repaired = _repair(article, quote, found, interviewee)
        if repaired is not None:
            out.append(repaired)
            continue
        if (quote.cue is None and quote.speaker is None) or quote.rule in GUESSED_SPEAKER_RULES:
            out.append(_headed_speaker(article, quote, found))
            continue
        verb = _cue_verb(doc, quote)
        if verb is not None:
            site = FramedSite(doc, article.text, quote, verb)
            mention = next((m for r in found if (m := r.func(site)) is not None), None)
            if mention is not None:
                quote = attrs.evolve(quote, speaker=mention)
        out.append(quote)
    return out
