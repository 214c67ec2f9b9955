"""Classify rules for the ``content_type`` of a claim: what the reported content is.

- ``quoted``: a direct quotation;
- ``infinitive``: content that opens with "to" before a verb ("vowed *to cut* taxes"),
  or an object with an infinitive that hangs off the cue ("warned residents *to stay
  indoors*");
- ``clause``: content headed by a verb, opened by "that"/"whether"/a wh-word, or a
  noun with its content clause ("concern that the plan fails");
- ``noun_phrase``: content headed by a noun, pronoun, number or adjective.

Split from :mod:`quoteextract.stages.classify` (the stage and the cue-class and
polarity rules); the rules and their orders are unchanged.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.polarity import CLAUSE_OPENERS
from ..lang.en.syntax import SUBJECT_DEPS, is_verb
from ..rules import rule
from .attribution._cues import is_cue
from .claims.said_sorry import is_apology_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

NOUN_CLAUSE_MARKS: frozenset[str] = frozenset({"that", "whether", "if"})
"""Subordinators of a noun's content clause ("the claim that ...", "the question whether ...")."""

NOUN_PHRASE_POS: frozenset[str] = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET", "X"})
"""Parts of speech of the head of a noun-phrase content ("the plan", "criticism")."""

FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a finite verb or auxiliary."""

CLAUSE_MODIFIER_DEPS: frozenset[str] = frozenset({"relcl", "acl", "advcl", "csubj"})
"""Relations of a clause that modifies a word rather than stating the content ("the plan *the council approved*")."""

SPEECH_PARTICIPLE_DEPS: frozenset[str] = frozenset({"acl", "relcl"})
"""Relations of a speech verb that gives a noun its content ("a statement *saying* that ...",
"experts who *say* that ...")."""


@rule("classify.content.quoted", stage="classify", order=110, language="*")
def content_quoted(target: Target) -> Answer:
    """A direct quotation's content is ``quoted``."""
    return ("content_type", "quoted") if target.quote.kind == "direct" else None


@rule("classify.content.infinitive", stage="classify", order=120)
def content_infinitive(target: Target) -> Answer:
    """Content that opens with "to" (or "not to") before a verb, or ends in one, is an ``infinitive``."""
    span = target.content
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    if words and words[0].lower_ == "not":
        words = words[1:]
    if len(words) >= 2 and words[0].lower_ == "to" and words[0].tag_ == "TO" and is_verb(words[1]):
        return "content_type", "infinitive"
    # "warned residents to stay indoors": an object, then an infinitive that hangs off the cue.
    for token in span:
        outside = token.head.i < span.start or token.head.i >= span.end
        if outside and is_verb(token) and any(c.tag_ == "TO" and c.i < token.i for c in token.children):
            return "content_type", "infinitive"
    return None


@rule("classify.content.clause", stage="classify", order=130)
def content_clause(target: Target) -> Answer:
    """Content headed by a verb, opened by (or after) "that"/"whether"/a wh-word, or a noun's clause: ``clause``."""
    span = target.content
    if span is None or not len(span):
        return None
    words = [t for t in span if not t.is_punct]
    if words and words[0].lower_ in CLAUSE_OPENERS and len(words) > 1:
        return "content_type", "clause"
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in NOUN_CLAUSE_MARKS and before.tag_ == "IN" and len(words) > 1:
        return "content_type", "clause"  # "noted that [...]": the "that" was cut, the parse may miss the verb
    root = span.root
    if is_verb(root) or any(child.dep_ in SUBJECT_DEPS for child in root.children):
        return "content_type", "clause"
    if _noun_with_clause(root):
        return "content_type", "clause"  # "concern that the plan fails": what was said is the clause
    if any(_finite_with_subject(token) or _finite_beside(token, span.start, span.end) for token in span):
        return "content_type", "clause"  # "said complaints about scooters had doubled": "complaints" parsed an object
    return None


def _finite_beside(verb: Token, start: int, end: int) -> bool:
    """Whether ``verb`` is a finite clause the cue governs beside an object the parser split off.

    "Engineers cautioned [the dam] [might not survive ...]": the parser makes "the dam" the
    cue's object and "survive" a second complement of the cue, so the content has two heads and
    the first is a noun; the finite verb under the cue shows the content is a clause.
    """
    if verb.dep_ != "ccomp" or not is_verb(verb) or start <= verb.head.i < end:
        return False
    auxiliaries = (c for c in verb.children if c.dep_ in {"aux", "auxpass"})
    return verb.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in auxiliaries)


def _finite_with_subject(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause with its own subject that is not a relative or a modifier.

    The parser may hang a reported clause's subject on the cue as its object and the clause's
    verb under a preposition of that noun; the verb and its subject show it is a clause.
    """
    if not is_verb(verb) or verb.dep_ in CLAUSE_MODIFIER_DEPS:
        return False
    if not any(child.dep_ in SUBJECT_DEPS for child in verb.children):
        return False
    auxiliaries = (c for c in verb.children if c.dep_ in {"aux", "auxpass"})
    return verb.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in auxiliaries)


def _noun_with_clause(noun: Token) -> bool:
    """Whether a noun carries a content clause ("concern that ...", "doubts about whether ...")."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    for child in noun.children:
        if child.dep_ in {"acl", "ccomp"} and _opened_by(child, NOUN_CLAUSE_MARKS):
            return True
        if child.dep_ in SPEECH_PARTICIPLE_DEPS and _reports_clause(child):
            return True  # "a statement saying that the deal was off"
        if child.dep_ == "prep" and any(g.dep_ == "pcomp" and _opened_by(g, {"whether", "if"}) for g in child.children):
            return True
    return False


def _reports_clause(verb: Token) -> bool:
    """Whether a participle or relative clause is a speech cue with a clause ("saying that ...", "who say that ...")."""
    if verb.dep_ == "acl" and verb.tag_ not in {"VBG", "VBN"}:
        return False
    info = is_cue(verb)
    if info is None or info.word is None or info.word.cls != "speech":
        return False
    return any(c.dep_ == "ccomp" for c in verb.children)


def _opened_by(verb: Token, marks: frozenset[str] | set[str]) -> bool:
    """Whether a clause opens with one of ``marks`` as its subordinator ("that the plan fails")."""
    first = verb.left_edge
    return first.dep_ == "mark" and first.lower_ in marks


APOLOGY_LEMMAS: frozenset[str] = frozenset({"apologise", "apologize", "apology"})
"""Words of an apology: what it is for, or to whom, is what the speaker said sorry about."""

APOLOGY_PREPS: frozenset[str] = frozenset({"for", "to"})
"""Prepositions of an apology's content ("apologised *for* the delays", "apologised *to* passengers")."""


def _apology_prep(word: Token) -> bool:
    """Whether an apology word has a "for"/"to" phrase ("an apology for the delays", "apologising for it")."""
    return word.lemma_.lower() in APOLOGY_LEMMAS and any(
        c.dep_ == "prep" and c.lower_ in APOLOGY_PREPS for c in word.children
    )


def _apologised_for(root: Token, cue: Token) -> bool:
    """Whether ``root`` is what the verb of an apology was for ("apologised for [the delays]", "said sorry for it").

    Only "for": "apologised to the family" names whom the apology was made to, not what was said. The "for"
    phrase may hang on "sorry" or on the one apologised to ("said sorry to the fans [for the defeat]").
    """
    prep = root.head if root.dep_ == "pobj" else root
    if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i < cue.i or not is_apology_cue(cue):
        return False
    for above in prep.ancestors:
        if above.i == cue.i:
            return True
        if is_verb(above):
            return False  # "apologised for the delays that [followed the strike]"
    return False


def _is_apology(target: Target) -> bool:
    """Whether a claim's content is what an apology given was for, or to whom it was made."""
    span, cue = target.content, target.cue_token
    if span is None or not len(span) or cue is None:
        return False
    root = span.root
    if _apologised_for(root, cue):
        return True
    if root.dep_ == "prep" and root.lower_ in APOLOGY_PREPS:
        return root.head.lemma_.lower() == "apology" and root.head.head.i == cue.i  # "issued an apology [for it]"
    if root.head.i != cue.i or root.i < cue.i:
        return False
    # "issued [an apology for the delays]", "issued [a statement apologising for the outage]"
    return _apology_prep(root) or any(c.dep_ == "acl" and _apology_prep(c) for c in root.children)


@rule("classify.content.apology", stage="classify", order=127)
def content_apology(target: Target) -> Answer:
    """What an apology given was for ("issued an apology [for the delays]") is a ``clause``.

    An apology issued, offered or made in a statement says "we are sorry for X": the phrase
    after "for" (or "to" whom) is the content of a speech act, not a topic named. So does the
    verb (session 17, speech_or_not7): "apologised for the delays" and "said sorry for the
    delays" report the same act as "issued an apology for the delays", its content the "for"
    phrase. The verb with only an addressee ("apologised to the family") names no content and
    is left a noun phrase; "apologised that ..." is a clause.
    """
    return ("content_type", "clause") if _is_apology(target) else None


REPORTED_ACT_NOUNS: frozenset[str] = frozenset(
    {"call", "demand", "appeal", "plea", "warning", "claim", "promise", "pledge", "threat", "offer"}
)
"""Nouns of a speech act whose object says what was said ("his *call* for an inquiry", "the *demand* for a vote").
Not "request": "referred requests for comment to ..." is the reporter's routine, not a source's words."""

REPORTED_ACT_PREPS: frozenset[str] = frozenset({"for", "to", "against"})
"""Prepositions that give a speech-act noun its content ("a call *for* ...", "a plea *to* ...")."""

OF_CONTENT_NOUNS: frozenset[str] = frozenset({"warning", "promise", "threat", "offer", "claim", "pledge"})
"""Speech-act nouns whose "of" phrase is what was said ("a warning *of* delays"); "the appeal of the race" is
its attraction."""

CHANGE_NOUNS: frozenset[str] = frozenset(
    {"rise", "increase", "cut", "fall", "drop", "reduction", "hike", "jump", "gain", "loss", "freeze", "raise"}
)
"""Nouns of a change in an amount that a figure makes a statement of ("a rise of 2p in the price")."""

CURRENCY_WORDS: frozenset[str] = frozenset({"%", "£", "$", "€", "p", "percent", "per", "cent", "pence", "pounds"})
"""Signs and words that make a number a sum or a rate ("£80", "4%", "2p", "3 per cent")."""


def _reported_act(root: Token) -> bool:
    """Whether a content noun is a speech act with what it said ("his call for an inquiry", "the plea to stay")."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in REPORTED_ACT_NOUNS:
        return False
    preps = REPORTED_ACT_PREPS | ({"of"} if root.lemma_.lower() in OF_CONTENT_NOUNS else set())
    return any(
        (c.dep_ == "prep" and c.lower_ in preps and any(g.dep_ in {"pobj", "pcomp"} for g in c.children))
        or (c.dep_ == "acl" and any(g.tag_ == "TO" for g in c.children))
        for c in root.children
    )


FIGURE_GIVING_LEMMAS: frozenset[str] = frozenset(
    {"announce", "confirm", "reveal", "disclose", "unveil", "propose", "promise", "pledge", "outline", "detail"}
)
"""Verbs that state a change with its figure ("confirmed a rise of 2p"); "posted/reported a loss of £3m" records
a result, which the speech suites count as no speech."""


def _figure_change(root: Token) -> bool:
    """Whether a content noun is a change in an amount with its figure ("a rise of 2p", "a 4% cut in fares")."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in CHANGE_NOUNS:
        return False
    if root.head.lemma_.lower() not in FIGURE_GIVING_LEMMAS:
        return False
    return any(_sum(t) for t in root.subtree)


def _sum(number: Token) -> bool:
    """Whether a token is a sum or a rate: a number with a currency sign or a unit ("£80", "4%", "2p")."""
    if not any(ch.isdigit() for ch in number.text):
        return False
    if number.text[-1:] in {"p", "%"} and number.text[:-1].replace(".", "").isdigit():
        return True  # "2p", "4%" as one token
    doc = number.doc
    near = [doc[i] for i in (number.i - 1, number.i + 1) if 0 <= i < len(doc)]
    return number.like_num and any(t.lower_ in CURRENCY_WORDS or t.tag_ == "$" for t in near)


@rule("classify.content.reported_act", stage="classify", order=125)
def content_reported_act(target: Target) -> Answer:
    """A speech act named with what it said, or a change given with its figure, is a ``clause``.

    Session 18 (suite ``reported_speech7``): "The opposition leader repeated his call for a public
    inquiry", "Several mayors echoed the call for a new bridge": the object of the speech verb is a
    speech act whose "for"/"of"/"to" phrase is what was said, so the noun phrase reports words as a
    clause would ("an inquiry should be held"). "The supplier confirmed a rise of 2p in the price",
    "The firm announced a cut of £80 in its tariff": a change in an amount with its figure states a
    fact ("the price will rise by 2p"), as "put the toll at 212" does (``claim.figure``). A bare noun
    ("repeated those warnings", "confirmed the rise") names a topic and stays a noun phrase.
    """
    span, cue = target.content, target.cue_token
    if span is None or not len(span) or cue is None or not is_verb(cue):
        return None
    root = span.root
    if root.head.i != cue.i or root.dep_ != "dobj":
        return None
    return ("content_type", "clause") if _reported_act(root) or _figure_change(root) else None


@rule("classify.content.noun_phrase", stage="classify", order=140)
def content_noun_phrase(target: Target) -> Answer:
    """Content headed by a noun, pronoun, number or adjective is a ``noun_phrase``."""
    span = target.content
    if span is None or not len(span):
        return None
    return ("content_type", "noun_phrase") if span.root.pos_ in NOUN_PHRASE_POS else None
