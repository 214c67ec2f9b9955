"""Cue words in a parse, and the mention of the source each cue names.

A *cue* is the word or phrase that marks an attribution: a reporting verb ("said", "warned", "believes",
"shows"), a noun ("his claim that"), or a phrase ("according to", "in a statement"). The lexicon is data
(:mod:`quoteextract.lang.en._lexicon`); this module finds its words in a spaCy parse and, for each cue, the
noun phrase naming the source:

- the cue's subject, in either order ("the ministry said", "said the spokeswoman"), as the whole noun phrase
  with its titles and compounds but without appositives and relative clauses ("Sir Vince Cable, who replaced
  Tim Farron, said" gives "Sir Vince Cable");
- the passive agent ("was told by officials");
- the object of a source phrase ("according to the report");
- the possessor of a nominal cue ("his claim that"), or the subject of the
  verb that governs it ("she issued a statement saying");
- for a cue without a subject of its own, the subject of the verb it hangs off
  ("went on to say", "..., adding that", "stood up and said").

Every function here is pure: it reads the parse and builds nothing on it.
:func:`cue_span` turns a cue into the model's :class:`~quoteextract.Cue`
(its words plus lemma, class and relation), for claims and quotations alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ..._model import Cue
from ...lang.en._lexicon import CuePhrase, CueWord, cue_adjective, cue_noun, cue_verb, phrases_starting
from ...lang.en.senses import is_means_of_speaking
from ...lang.en.syntax import (
    ACTIVE_SUBJECT_DEPS,
    EXPLETIVES,
    FINITE_VERB_TAGS,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    is_verb,
)
from ._fronted import fronted_speaker, opening_clause_speaker
from ._hidden_speakers import let_be_known, relative_maker
from ._honorific import past_honorific
from ._shown import shown_speaker
from ._verbs import noun_run_before, reporting_cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MENTION_EXCLUDED_DEPS = frozenset({"appos", "relcl", "acl", "advcl", "punct", "parataxis", "dep", "ccomp"})
"""Dependents left out of a speaker mention (appositives, relative clauses, ...)."""

PASSIVE_RECIPIENT_VERBS = frozenset({"tell", "ask", "inform", "assure", "remind", "warn", "urge", "quote", "cite"})
"""Verbs whose passive subject is the addressee, not the source ("she was told that")."""

INHERIT_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "ccomp", "pcomp", "acomp"})
"""Relations through which a subject-less cue borrows its head's subject."""

SOURCE_PREPS = frozenset({"from", "by", "of"})
"""Prepositions that introduce the source of a nominal cue ("a statement from X")."""

NOUN_HEAD_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
"""Parts of speech of a noun a participial cue may hang off ("officials saying ...")."""

MAX_BORROW_DEPTH = 3
"""How many heads up a cue without a subject may look for one to borrow."""


@attrs.frozen
class CueInfo:
    """A cue found in a parse.

    Args:
        token: The cue's head token: the verb, the noun, or the first word
            of a phrase.
        span: The cue's words as a spaCy span ("said", "pointed out",
            "according to", "in a statement").
        word: The lexicon entry for a verb or noun cue, else ``None``.
        phrase: The lexicon entry for a phrase cue, else ``None``.

    .. versionadded:: 0.1.0

    """

    token: Token
    span: Span
    word: CueWord | None = None
    phrase: CuePhrase | None = None

    @property
    def kind(self) -> str:
        """``"verb"``, ``"noun"``, ``"adjective"`` or ``"phrase"``."""
        if self.phrase is not None:
            return "phrase"
        assert self.word is not None
        return self.word.pos

    @property
    def relation(self) -> str:
        """The source relation the cue implies (``"said"``, ``"according_to"``, ...)."""
        entry = self.phrase if self.phrase is not None else self.word
        assert entry is not None
        return entry.relation

    @property
    def cls(self) -> str:
        """The attribution class (``"speech"``, ``"belief"``, ...; ``"phrase"`` for phrases)."""
        return self.word.cls if self.word is not None else "phrase"

    @property
    def weight(self) -> float:
        """How strongly the cue signals attribution, in [0, 1]."""
        entry = self.phrase if self.phrase is not None else self.word
        assert entry is not None
        return entry.weight


def match_phrase(token: Token) -> CuePhrase | None:
    """The longest lexicon phrase that starts at ``token``, or ``None``.

    Args:
        token: Any token.

    Returns:
        The phrase entry whose words equal the lower-cased tokens from
        ``token`` on.

    """
    doc = token.doc
    for phrase in phrases_starting(token.lower_):
        end = token.i + len(phrase.words)
        if end <= len(doc) and all(doc[token.i + k].lower_ == w for k, w in enumerate(phrase.words)):
            return phrase
    return None


def is_cue(token: Token) -> CueInfo | None:
    """Whether ``token`` heads a cue, and which.

    A phrase starting at the token wins over the token as a word; a verb
    must be tagged as a verb and a noun as a noun, so "the poll shows" is a
    verb cue and "show" in "a TV show" is not.

    Args:
        token: Any token of a parsed Doc.

    Returns:
        The cue, or ``None`` when the token starts no cue.

    .. versionadded:: 0.1.0

    """
    doc = token.doc
    phrase = match_phrase(token)
    if phrase is not None:
        return CueInfo(token=token, span=doc[token.i : token.i + len(phrase.words)], phrase=phrase)
    if is_verb(token):
        word = cue_verb(token.lemma_) or cue_verb(token.lower_)
        if word is not None:
            return CueInfo(token=token, span=_verb_span(token), word=word)
        return None
    if token.pos_ == "NOUN":
        word = cue_noun(token.lemma_)
        if word is not None:
            return CueInfo(token=token, span=doc[token.i : token.i + 1], word=word)
    if token.pos_ == "ADJ" and token.dep_ in {"acomp", "oprd", "amod", "ROOT", "conj"}:
        word = cue_adjective(token.lemma_)
        if word is not None:
            return CueInfo(token=token, span=doc[token.i : token.i + 1], word=word)
    return None


def _verb_span(token: Token) -> Span:
    """The verb with an adjacent particle ("pointed out")."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return token.doc[token.i : end]


def find_cues(doc: Doc) -> list[CueInfo]:
    """Every cue in ``doc``, in text order, phrases before the words inside them.

    Args:
        doc: A parsed Doc.

    Returns:
        The cues; tokens inside a phrase cue are not reported again.

    .. versionadded:: 0.1.0

    """
    cues: list[CueInfo] = []
    covered = -1
    for token in doc:
        if token.i < covered:
            continue
        info = is_cue(token)
        if info is None:
            continue
        cues.append(info)
        if info.phrase is not None:
            covered = info.span.end
    return cues


def cue_span(info: CueInfo, text: str) -> Cue:
    """A cue as the model's :class:`~quoteextract.Cue`: its words and what the lexicon says of them.

    Args:
        info: A cue found in the parse.
        text: The article (``info``'s offsets index it).

    Returns:
        Its characters with lemma (a phrase's words), class (:attr:`CueInfo.cls`) and relation.

    Raises:
        InputError: If the cue's offsets fall outside ``text``.

    .. versionadded:: 0.2.0

    """
    start, end = info.span.start_char, info.span.end_char
    if info.phrase is not None:
        lemma = info.phrase.text
    else:
        assert info.word is not None
        lemma = info.word.lemma
    return Cue(start, end, text[start:end], lemma=lemma, cue_class=info.cls, relation=info.relation)


def mention_span(head: Token) -> Span:
    """The noun phrase headed by ``head``, without appositives or clauses.

    Keeps determiners, titles, compounds, possessors, adjectives and
    prepositional modifiers ("a spokesman for the ministry"); leaves out
    appositives, relative and participial clauses and anything after a comma
    that follows the head ("Sir Vince Cable, who replaced Tim Farron").

    Args:
        head: The head token of the noun phrase.

    Returns:
        A spaCy span of contiguous tokens containing ``head``.

    .. versionadded:: 0.1.0

    """
    doc = head.doc
    start = head.i
    for child in head.lefts:
        if child.dep_ in MENTION_EXCLUDED_DEPS:
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in MENTION_EXCLUDED_DEPS or child.left_edge.i != end:
            break
        end = _mention_right_edge(child) + 1
    # A mention never crosses a line break ("2:14 p.m.\n\nSenator Smith") or a dateline's
    # dash ("CLEVELAND (AP) — Former Governor Smith").
    for k in range(head.i - 1, start - 1, -1):
        if "\n" in doc[k].text or doc[k].text in {"—", "--", "–"}:
            start = k + 1
            break
    for k in range(head.i + 1, end):
        if "\n" in doc[k].text:
            end = k
            break
    # Trim punctuation and dangling words at the edges.
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    return doc[start : past_honorific(head, end)]


def _mention_right_edge(token: Token) -> int:
    """The last token of ``token``'s subtree, stopping before excluded clauses."""
    end = token.i
    for child in token.rights:
        if child.dep_ in MENTION_EXCLUDED_DEPS or child.left_edge.i != end + 1:
            break
        end = _mention_right_edge(child)
    return end


def _child(token: Token, deps: frozenset[str] | set[str]) -> Token | None:
    return next((child for child in token.children if child.dep_ in deps), None)


def _agent(verb: Token) -> Token | None:
    """The object of a passive's "by" phrase ("was told by officials").

    A "by" phrase saying how the words were sent ("said by phone", "said by text message") is no agent: the
    parser takes it for one after an active verb.
    """
    for child in verb.children:
        if child.dep_ == "agent":
            found = _child(child, {"pobj"})
            return None if found is not None and is_means_of_speaking(found.lemma_) else found
    return None


def _subject_mention(verb: Token, depth: int = 0) -> Span | None:
    """The speaker of a verb cue: agent, subject, a lost subject, a passive holder, or a borrowed subject."""
    agent = _agent(verb)
    if agent is not None:
        return mention_span(agent)
    subject = _nearest_subject(verb)
    if subject is not None:
        return _named_subject(verb, subject)
    passive = _child(verb, PASSIVE_SUBJECT_DEPS)
    if verb.tag_ in FINITE_VERB_TAGS and passive is None:
        before = noun_run_before(verb)
        if before is not None:
            return before  # the parser lost the subject ("... with the board of the Post Lopez said")
        opening = opening_clause_speaker(verb)
        if opening is not None:
            return mention_span(opening)  # "Speaking by phone, Ray Osei, of the police, said"
    if passive is not None and let_be_known(verb, passive) and depth < MAX_BORROW_DEPTH:
        return _subject_mention(verb.head, depth + 1)  # "The minister let it be known that ...": the minister
    if passive is not None:
        return _passive_holder(verb, passive)
    if depth >= MAX_BORROW_DEPTH:
        return None
    return _governor_mention(verb, depth)


def _named_subject(verb: Token, subject: Token) -> Span | None:
    """The mention a verb's subject gives, unless it names no one ("there", impersonal "it", a clause)."""
    if subject.lower_ == "there" or (subject.lower_ == "it" and _is_impersonal(verb)):
        return None
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.doc[subject.i : subject.i + 1]  # "who said": the relative pronoun is the nearest mention
    if subject.dep_ == "csubj":
        return None
    return mention_span(fronted_speaker(subject))  # "Outside court, his sister, ..., said"


def _passive_holder(verb: Token, passive: Token) -> Span | None:
    """The passive subject as the one holding a view or intention ("She is expected to win").

    "it was said that", "she was told that": the speaker is not named here.
    """
    entry = cue_verb(verb.lemma_)
    if passive.dep_ != "nsubjpass" or passive.lower_ in EXPLETIVES or entry is None:
        return None
    if entry.cls != "speech" and entry.lemma not in PASSIVE_RECIPIENT_VERBS:
        return mention_span(passive)
    return None


def _governor_mention(verb: Token, depth: int) -> Span | None:
    """The speaker of a cue without a subject of its own, found through the word it hangs off."""
    head = verb.head
    if head.i == verb.i:
        return None
    reporting = reporting_cue(verb)
    if reporting is not None:
        return _subject_mention(reporting, depth + 1)  # "Lee said the plan failed, claiming ..."
    if verb.dep_ == "acl" and head.pos_ in NOUN_HEAD_POS:
        # "a statement saying ...", "officials saying ...": the noun, or who made the statement.
        if cue_noun(head.lemma_) is not None:
            return _noun_mention(head, depth + 1)
        return mention_span(head)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
        # "won support by echoing ...", "her message of opposing ...": what the preposition hangs off
        return _preposition_governor(head.head, depth)
    if (shown := shown_speaker(verb)) is not None:
        return mention_span(shown)  # "Footage shows the coach, X, telling players that ...": X, not the footage
    if verb.dep_ in INHERIT_SUBJECT_DEPS and head.pos_ == "ADJ" and head.head.i != head.i:
        head = head.head  # "are more likely to say": the adjective's verb
    if verb.dep_ in INHERIT_SUBJECT_DEPS and is_verb(head):
        return _subject_mention(head, depth + 1)
    return None


def _preposition_governor(governor: Token, depth: int) -> Span | None:
    """The speaker through the word a preposition hangs off: a verb's subject, or a noun."""
    if is_verb(governor):
        return _subject_mention(governor, depth + 1)
    if governor.pos_ in {"NOUN", "PROPN"}:
        return _noun_mention(governor, depth + 1) if cue_noun(governor.lemma_) else mention_span(governor)
    return None


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject nearest to it, not across a line break (two subjects come from a bad parse)."""
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    subjects = [c for c in subjects if not _line_break_between(c, verb)]
    if not subjects:
        return None
    return min(subjects, key=lambda c: abs(c.i - verb.i))


def _line_break_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text for t in a.doc[lo:hi])


def _is_impersonal(verb: Token) -> bool:
    """Whether "it" before this verb is impersonal ("it seems that", "it is clear that")."""
    entry = cue_verb(verb.lemma_)
    return verb.lemma_ == "be" or (entry is not None and entry.cls == "perception")


def _noun_mention(noun: Token, depth: int = 0) -> Span | None:
    """The speaker of a nominal cue: possessor, "from/by/of" object, or governing subject."""
    for child in noun.children:
        if child.dep_ == "poss":
            return mention_span(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            pobj = _child(child, {"pobj"})
            if pobj is not None and pobj.pos_ in {"PROPN", "PRON", "NOUN"} and cue_noun(pobj.lemma_) is None:
                return mention_span(pobj)
    for child in noun.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return mention_span(child)  # "a White House statement"
    if (maker := relative_maker(noun)) is not None:
        return mention_span(maker)  # "a promise *he* made in May that ...": who made it
    if noun.dep_ in {"dobj", "attr"} and is_verb(noun.head) and depth < 3:
        return _subject_mention(noun.head, depth + 1)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and is_verb(noun.head.head) and depth < 3:
        # "in a statement, the ministry said" -> the ministry
        return _subject_mention(noun.head.head, depth + 1)
    return None


def _phrase_mention(cue: CueInfo) -> Span | None:
    """The source of a phrase cue: the object of "according to", or the governing verb's subject."""
    assert cue.phrase is not None
    last = cue.span[-1]
    if cue.phrase.kind == "source_object":
        obj = _child(last, {"pobj", "dobj"})
        if obj is None and last.dep_ != "prep":
            # the parser sometimes hangs the object off the phrase's first word
            obj = _child(cue.token, {"pobj", "dobj"})
        if obj is None:
            following = last.i + 1
            if following < len(last.doc) and last.doc[following].pos_ in {"PROPN", "NOUN", "PRON", "DET"}:
                obj = last.doc[following]
                while obj.head.i > obj.i and obj.head.i < obj.i + 6 and obj.head.pos_ in {"PROPN", "NOUN"}:
                    obj = obj.head
        return mention_span(obj) if obj is not None else None
    # medium phrase ("in a statement"): the verb it modifies names the speaker
    head = cue.token.head
    if is_verb(head):
        return _subject_mention(head)
    return None


def speaker_mention(cue: Token | CueInfo) -> Span | None:
    """The noun phrase naming the source of a cue, if the parse shows one.

    Args:
        cue: A cue token (as accepted by :func:`is_cue`) or a
            :class:`CueInfo`. A token that is not in the lexicon is treated
            as a verb if tagged as one, else as a noun.

    Returns:
        A spaCy span (subject, passive agent, inverted subject, object of
        "according to", possessor of a nominal cue), or ``None`` when the
        cue names no source ("it was announced that").

    Example:
        "Sir Vince Cable, who replaced Tim Farron, said ..." gives the
        span "Sir Vince Cable" for "said".

    .. versionadded:: 0.1.0

    """
    info = cue if isinstance(cue, CueInfo) else is_cue(cue)
    if info is not None and info.phrase is not None:
        return _phrase_mention(info)
    token = cue.token if isinstance(cue, CueInfo) else cue
    if is_verb(token):
        return _subject_mention(token)
    if token.pos_ in {"NOUN", "PROPN"}:
        return _noun_mention(token)
    if token.pos_ == "ADJ":
        return _adjective_mention(token)
    return None


def _adjective_mention(adjective: Token) -> Span | None:
    """The holder of an attitude adjective: the subject of its copula ("*She* is confident that")."""
    head = adjective.head
    if adjective.dep_ == "amod" and head.pos_ in {"NOUN", "PROPN"}:
        return mention_span(head)  # "worried voters say ..."
    if head.i == adjective.i:
        subject = _nearest_subject(adjective)
        return mention_span(subject) if subject is not None else None
    if is_verb(head):
        return _subject_mention(head)
    return None


__all__ = ["CueInfo", "cue_span", "find_cues", "is_cue", "match_phrase", "mention_span", "speaker_mention"]
