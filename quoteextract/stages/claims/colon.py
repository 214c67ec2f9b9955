"""Claims of the form "Label: words" opening a paragraph (headlines, interviews).

"Senator Lee: Taxes will rise" and "Q: Why now?" attribute the rest of the
paragraph to the label. They are found on the text, not through a cue word,
and reported under the rule ``claim.colon`` (switching that rule off
switches them off too).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from ..._model import Mention, Span
from ...lang.en._lexicon import cue_noun, is_colon_label
from ...lang.en._speaker_lexicon import anonymous_heads, outlet_words, roles
from ...lang.en.syntax import is_verb
from ..attribution._cues import is_cue
from .trim import trim_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpanT

PATTERNS: dict[str, re.Pattern[str]] = {
    # "Senator Lee: Taxes will rise" (a headline) or "Q: Why now?" (an
    # interview): a short label opening a paragraph, a colon, then the rest
    # of the paragraph. Lazy label of at most 80 characters, no colon or
    # newline inside: linear time.
    "label_colon": re.compile(
        r"""
        ^[ \t]*
        (?P<label>[^\W\d_][^\n:]{0,79}?)   # starts with a letter
        [ \t]*:[ \t]+
        (?P<content>\S[^\n]*)               # to the end of the paragraph
        """,
        re.MULTILINE | re.VERBOSE,
    ),
    # Sentence punctuation inside a label means it is prose, not a label.
    "sentence_break": re.compile(r"[.?!]\s"),
    # A word with a letter in it ("47" and "2,316" have none): a label's
    # content needs MIN_COLON_WORDS of them to say anything.
    "word": re.compile(r"[^\W\d_][\w'’-]*"),
    # A web address as the whole content ("Results: https://...") is a link, not a claim.
    "url": re.compile(r"^(?:https?://|www\.)\S+$"),
}
"""Regular expressions of this module, each commented."""

MAX_LABEL_WORDS = 8
"""Longest label before a colon that may name a speaker."""

MIN_COLON_WORDS = 2
"""Fewest words a label's content needs ("Lee: 1,204" and "A: Yes" are no claims)."""


@attrs.frozen
class LabelClaim:
    """A "Label: words" line.

    Args:
        content: The words after the colon, without final punctuation.
        colon: The colon, the claim's cue.
        label: The label, the claim's speaker.

    """

    content: Span
    colon: Span
    label: Mention


def label_claims(doc: Doc, text: str) -> list[LabelClaim]:
    """Every "Label: words" line of the article, in text order.

    The label must be short, start with a capital letter, hold no sentence
    punctuation, no verb other than a cue verb, and not be a heading such
    as "UPDATE" (``lang/en/data/colon_labels.txt``).

    Args:
        doc: The parsed article.
        text: Its text.

    Returns:
        The label claims.

    """
    claims = []
    for match in PATTERNS["label_colon"].finditer(text):
        label = match.group("label").strip()
        if not _may_be_label(label):
            continue
        label_start = match.start("label")
        label_span = doc.char_span(label_start, label_start + len(label), alignment_mode="expand")
        if label_span is None or not speaker_like(label_span):
            continue
        content = trim_end(text, match.start("content"), match.end("content"))
        if content is None or not says_something(content.text):
            continue
        colon = text.index(":", label_start + len(label))
        claims.append(
            LabelClaim(
                content=content,
                colon=Span.of(text, colon, colon + 1),
                label=Mention(label_start, label_start + len(label), label),
            )
        )
    return claims


QUOTE_MARKS = '"“”‘’„«»'
"""Quote marks: a label holding one is prose with a quoted term ("Economists call it “shrinkflation”")."""

OPENING_POS: frozenset[str] = frozenset({"ADP", "ADV", "CCONJ", "SCONJ"})
"""Parts of speech of a first word that makes the words before a colon a lead-in, not a
speaker ("Among its findings:", "At issue:", "For context:", "So:", "Even on age:")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"oprd", "ccomp", "xcomp", "acomp", "attr"})
"""Dependents of a verb that make the label a clause of its own ("Economists call it “...”:")."""

SPEAKER_POS: frozenset[str] = frozenset({"PROPN", "PRON"})
"""Parts of speech of a head word that may name a speaker ("Lee:", "She told them:")."""


def speaker_like(label: SpanT) -> bool:
    """Whether the words before a paragraph-opening colon can name who speaks.

    A speaker's label is a name, a pronoun, a person or organisation noun
    ("Officials:", "Two senators:"), a source noun ("Poll:", "Report:"),
    optionally with a cue verb ("Okafor told reporters:"), or a label in capitals
    ("Q:", "MARLOWE:"). Not: a lead-in
    ("The result:", "A reminder:", "At issue:", "One conclusion:"), a
    clause with its own object or complement ("Economists call it
    “shrinkflation”:"), words holding quote marks, or a verb that is not a cue.

    Args:
        label: The label's tokens.

    Returns:
        ``True`` when the label may be a speaker.

    """
    if any(ch in QUOTE_MARKS for ch in label.text):
        return False
    if label.text.isupper():
        return True  # a transcript's or an interview's label ("Q:", "A:", "MARLOWE:"), read by the layout stage
    if label[0].pos_ in OPENING_POS:
        return False
    for token in label:
        if is_verb(token) and (is_cue(token) is None or any(c.dep_ in CLAUSE_DEPS for c in token.children)):
            return False
    head = _head_noun(label)
    return head is not None and _names_speaker(head)


def _head_noun(label: SpanT) -> Token | None:
    """The label's head noun: its root, or the subject of a verb root ("Officials said:")."""
    root = label.root
    if is_verb(root):
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i >= label.start), None)
    return root


def _names_speaker(head: Token) -> bool:
    """Whether a head noun names a speaker: a name, a pronoun, a person, organisation or source noun."""
    if head.pos_ in SPEAKER_POS or head.ent_type_ in SPEAKER_ENTITIES:
        return True
    if any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in head.children):
        return True  # "Okafor camp:", "Lindqvist's team:"
    lemma = head.lemma_.lower()
    return (
        lemma in roles()
        or head.lower_ in roles()
        or lemma in anonymous_heads()
        or lemma in SOURCE_NOUNS
        or _speech_noun(lemma)
        or head.text in outlet_words()
    )


def _speech_noun(lemma: str) -> bool:
    """Whether a noun is a cue noun that may introduce words after a colon ("Statement:", "Tweet:")."""
    found = cue_noun(lemma)
    return found is not None and "colon" in found.frames


SOURCE_NOUNS: frozenset[str] = frozenset(
    {"poll", "survey", "report", "study", "analysis", "audit", "review", "memo", "filing", "lawsuit", "complaint"}
    | {"indictment", "ruling", "document", "record", "census", "research", "paper", "release", "transcript"}
)
"""Documents that may be cited as a line's source ("Poll: ...", "Report: ..."); "One conclusion:",
"Among its findings:" name what was found, not who found it."""

SPEAKER_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entity types of a speaker's label."""


def _may_be_label(label: str) -> bool:
    """Whether the words before a colon have the shape of a speaker's label."""
    return not (
        not label[0].isupper()
        or len(label.split()) > MAX_LABEL_WORDS
        or PATTERNS["sentence_break"].search(label)
        or label[-1].isdigit()
        or is_colon_label(label)
    )


def says_something(content: str) -> bool:
    """Whether a label's content is words, not a figure or a link ("Lee: 1,204", "Results: http://...").

    Args:
        content: The text after the label's colon.

    Returns:
        ``True`` when it holds at least :data:`MIN_COLON_WORDS` words with
        letters and is not a bare web address.

    """
    if PATTERNS["url"].match(content.strip()):
        return False
    return len(PATTERNS["word"].findall(content)) >= MIN_COLON_WORDS


__all__ = ["LabelClaim", "label_claims", "says_something"]
