"""How far a cue's content runs: the dependent a frame names plus the complements after it.

"criticised Smith for leaving early": the object and the complements after it
("for leaving early") are the content; adjuncts after a comma (", saying
...", ", though ...") and coordinated cue verbs ("... and predicted that
...") are not (:func:`~quoteextract.stages.claims.trim.cut_trailing`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..attribution._verbs import continues_content
from ._tokens import (
    after_but,
    has_mark,
    is_but_continuation,
    is_clause,
    is_clause_with_that,
    is_infinitive,
    starts_new_attribution,
    subject_of,
)
from .noun_parts import label
from .trim import cut_trailing

if TYPE_CHECKING:
    from spacy.tokens import Token

CCOMP_FOLLOWERS: frozenset[str] = frozenset({"ccomp"})
"""Dependents of the cue after its content clause that still belong to the claim."""

OBJECT_FOLLOWERS: frozenset[str] = frozenset({"prep", "xcomp", "oprd", "ccomp", "dative", "acomp"})
"""Dependents of the cue after its object that complete the claim ("for ...", "as ...", "to ...")."""

PREDICATE_WORDS: frozenset[str] = frozenset({"as"})
"""Words that open a predication of the object the parser may hang as a clause of the cue ("described the
team *as highly accomplished*", "portrays her *as focused on jobs*")."""

TIME_ENTITIES: frozenset[str] = frozenset({"DATE", "TIME"})
"""Entity types of a time phrase: after an object, "in September" says when, not what."""

NOT_PREDICATES: frozenset[str] = frozenset({"oppose"})
"""Verbs of an "as" idiom that predicates nothing ("as opposed to ...")."""

DATE_PREPS: frozenset[str] = frozenset({"in"})
"""Prepositions of a date that closes a claim ("endorsed Lee in May"); "over the next two years", "from 2018 to
2020" are part of what is forecast or proposed."""

PASSIVE_FOLLOWERS: frozenset[str] = frozenset(
    {"auxpass", "aux", "neg", "advmod", "xcomp", "oprd", "prep", "ccomp", "acomp", "attr"}
)
"""Dependents of a passive cue that belong to the reported clause ("is expected to win")."""

COMPLEMENT_PREPS: frozenset[str] = frozenset(
    {"for", "of", "as", "to", "against", "about", "over", "with", "from", "into", "onto", "in", "by"}
)
"""Prepositions after an object that complete a cue's claim ("accused X of", "blamed X for",
"mentioned X by name", "backed X in the primary"); "on", "at" and the like mostly add when and
where ("criticised the plan on Tuesday") and end the claim."""

CLOCK_WORDS: frozenset[str] = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "bst", "et", "pt"})
"""Words after a clock time that belong to it ("at 2 *a.m.*")."""

CONDITION_MARKS: frozenset[str] = frozenset({"unless", "until", "if", "once"})
"""Subordinators of a condition that, after an object or infinitive, belong to what was asked or urged ("urged
people not to travel *unless* ...", "told them to stay indoors *until* ..."); the parser hangs it on the cue."""

CLAUSE_TAIL_DEPS: frozenset[str] = frozenset({"conj", "ccomp", "advcl"})
"""Relations of a clause after the content that carries the claim on to the sentence end."""


def verb_phrase_rest(verb: Token, first: Token, followers: frozenset[str]) -> list[Token]:
    """The content from ``first`` to the end of the cue's complements.

    Args:
        verb: The cue.
        first: The dependent the frame names (clause, object, infinitive, passive subject).
        followers: The relations after ``first`` that still belong to the claim
            (:data:`CCOMP_FOLLOWERS`, :data:`OBJECT_FOLLOWERS` or :data:`PASSIVE_FOLLOWERS`).

    Returns:
        The content tokens in order, trailing adjuncts cut off.

    """
    tokens = set(first.subtree)
    passive = first.dep_ == "nsubjpass" and first.i < verb.i
    if passive:
        tokens.add(verb)  # "She is expected to win": the clause runs through the cue
    for child in verb.rights:
        if child.i <= first.right_edge.i or child in tokens:
            continue
        if followers is CCOMP_FOLLOWERS and split_clause(child, max(t.i for t in tokens)):
            tokens.update(child.subtree)  # one clause the parser cut in two ("roadworks | had added ...")
            continue
        taken = _complement(verb, child, first, followers, passive)
        if taken is None:
            break
        tokens.update(taken)
    ordered = sorted(tokens, key=lambda t: t.i)
    lo, hi = ordered[0].i, ordered[-1].i
    if followers is CCOMP_FOLLOWERS and first.i > verb.i:
        lo = after_leading_adjunct(first, lo)
    if followers is CCOMP_FOLLOWERS and first.i > verb.i:
        hi = max(hi, _sentence_rest_end(verb, hi))
    if hi + 1 < len(verb.doc) and verb.doc[hi].like_num and verb.doc[hi + 1].lower_ in CLOCK_WORDS:
        hi += 1  # "at about 2 a.m.": the parser may hang the clock word on the cue
    return cut_trailing(list(verb.doc[lo : hi + 1]), first)


def split_clause(child: Token, last: int) -> bool:
    """Whether a second clause of the cue is the rest of its content clause, cut off by a parser error.

    A plural noun read as a verb ("said that roadworks on the ring road had
    added twenty minutes": *roadworks* as the clause's verb) or an auxiliary
    read as the main verb ("say they don't yet know ...": *do* as the verb)
    leaves the content's real verb as a second clause of the cue, with no
    subject of its own and right after the first, with no punctuation,
    conjunction or complementiser between them. Such a clause goes on with
    the content; a second report ("..., adding that ...", "... and that
    ...") always has one of those between.

    Args:
        child: A right dependent of the cue after the content so far.
        last: The index of the content's last token so far.

    Returns:
        ``True`` for a ``ccomp`` without a subject that starts right after the content.

    """
    if child.dep_ in {"conj", "ccomp"} and subject_of(child) is None and stranded_auxiliary(child, last):
        return True
    if child.dep_ != "ccomp" or subject_of(child) is not None:
        return False
    edge = child.left_edge
    if edge.i == child.i and starts_new_attribution(child):
        return False  # "... and one in four said ...": a bare cue verb whose subject the parser misplaced
    return edge.i == last + 1 and not edge.is_punct and edge.dep_ not in {"cc", "mark"}


ADJUNCT_DEPS: frozenset[str] = frozenset({"prep", "advmod", "npadvmod", "advcl", "punct"})
"""Relations of a time, place or manner phrase the parser hangs on the content clause before its "that"."""


def after_leading_adjunct(clause: Token, lo: int) -> int:
    """Where a content clause starts when an adjunct of the cue stands before its "that".

    "The coach said, after the final whistle, that his team had been robbed": the parser hangs
    "after the final whistle" on "robbed", but a clause opened by "that" starts at "that"; what
    comes before it says when or where the words were said.

    Args:
        clause: The content clause's head (after the cue).
        lo: The index of the content's first token so far.

    Returns:
        The index of the clause's "that" when only adjuncts of the clause come before it, else ``lo``.

    """
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i <= lo:
        return lo
    before = [c for c in clause.children if lo <= c.i < mark.i]
    if not before or any(c.dep_ not in ADJUNCT_DEPS for c in before):
        return lo
    return lo if any(t.i < lo for c in before for t in c.subtree) else mark.i


AUXILIARY_LEMMAS: frozenset[str] = frozenset({"have", "be", "do"})
"""Auxiliaries the parser may take for a content clause's main verb when an aside splits them from it."""

OWN_OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "prt"})
"""Dependents that show a verb has a complement of its own (so it is no stranded auxiliary)."""


def stranded_auxiliary(child: Token, last: int) -> bool:
    """Whether a second verb of the cue is the content's main verb, cut off from its auxiliary by an aside.

    "The panel heard that the officer had, on several occasions, shouted at staff": the parser makes
    "had" the content's verb and "shouted" a conjunct (or a second clause) of "heard". A verb with no
    "and" or "but", no subject, right after a comma that closes the content, whose content verb is a
    bare auxiliary ("had", "was", "would") with no complement of its own, is the rest of the content.

    Args:
        child: A ``conj`` or ``ccomp`` dependent of the cue after the content so far.
        last: The index of the content's last token so far.

    Returns:
        ``True`` when ``child`` completes the content's stranded auxiliary.

    """
    doc = child.doc
    verb = child.head
    if any(c.dep_ == "cc" for c in verb.children if last < c.i < child.i):
        return False
    between = doc[last + 1 : child.left_edge.i]
    if len(between) > 1 or any(not t.is_punct for t in between) or child.tag_ not in {"VBN", "VBD", "VBG", "VB"}:
        return False
    content_head = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < child.i), None)
    if content_head is None or content_head.right_edge.i > last:
        return False
    bare = content_head.lemma_.lower() in AUXILIARY_LEMMAS or content_head.tag_ == "MD"
    return bare and not any(c.dep_ in OWN_OBJECT_DEPS for c in content_head.children)


def _complement(
    verb: Token, child: Token, first: Token, followers: frozenset[str], passive: bool
) -> list[Token] | None:
    """The tokens a right dependent of the cue adds to the content (``[]`` for punctuation, ``None`` to stop)."""
    if child.dep_ in followers and (passive or not starts_new_attribution(child)):
        if child.dep_ == "prep" and not _complement_prep(child):
            return None  # "thanked supporters at a rally", "backed Lee in May": where and when are the reporter's
        return list(child.subtree)
    if child.dep_ == "advcl" and followers is OBJECT_FOLLOWERS and (is_infinitive(child) or _predication(child, first)):
        return list(child.subtree)  # "proposed $1 billion to help states ...", "described X as accomplished"
    if child.dep_ == "advcl" and is_infinitive(first) and has_mark(child, CONDITION_MARKS):
        return list(child.subtree)  # "urged people not to travel unless ...": the condition is part of what was urged
    if followers is OBJECT_FOLLOWERS and _second_object(child, first):
        return list(child.subtree)
    if child.dep_ == "conj" and (is_clause_with_that(child) or is_but_continuation(child)):
        return list(verb.doc[first.right_edge.i + 1 : child.right_edge.i + 1])
    if child.is_punct:
        return []
    return None


def _second_object(child: Token, first: Token) -> bool:
    """Whether a second noun after the object is more of the content.

    "promised £3bn for roads, 12 hospitals and ...": a list the parser split in two objects;
    "branded it a disgrace": the label the parser took for an adverbial noun.
    """
    if first.dep_ != "dobj":
        return False
    return child.dep_ == "dobj" or (child.dep_ == "npadvmod" and label(child, first))


def _complement_prep(prep: Token) -> bool:
    """Whether a preposition after the content completes the claim ("blamed X *for* ...") rather than dating it.

    "in", "over", "by" and the like complete a claim ("backed Lee in the
    primary", "mentioned her by name"), except an "in" phrase of a date or a
    time that closes the cue's phrase ("endorsed Lee in early June", "showed
    no rise in September"); one followed by more of the claim ("her account
    in 2008 of the trip") stays.
    """
    if prep.left_edge.lower_ in PREDICATE_WORDS and prep.left_edge.i < prep.i:
        return True  # "portrayed the mayor as out of touch": "as" hung under the next preposition
    if prep.lower_ not in COMPLEMENT_PREPS or _channel(prep):
        return False
    return not _closing_date(prep)


CHANNEL_NOUNS: frozenset[str] = frozenset(
    {"report", "statement", "interview", "letter", "speech", "briefing", "post", "tweet", "email", "filing", "memo"}
)
"""Nouns of the channel words were given in ("in a report", "in a statement"): where it was said, not what."""

CHANNEL_PREPS: frozenset[str] = frozenset({"in", "during"})
"""Prepositions of a channel ("*in* a report", "*during* a briefing")."""


def _channel(prep: Token) -> bool:
    """Whether a preposition names the channel of the cue ("described X as reckless *in a report*")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ in CHANNEL_PREPS and obj is not None and obj.lemma_.lower() in CHANNEL_NOUNS


def _closing_date(prep: Token) -> bool:
    """Whether a preposition is "in" with a date or time object and nothing of the cue's after it but a new clause."""
    if prep.lower_ not in DATE_PREPS:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ not in TIME_ENTITIES:
        return False
    return all(c.is_punct or c.dep_ in {"cc", "conj"} for c in prep.head.rights if c.i > prep.right_edge.i)


def _predication(clause: Token, first: Token) -> bool:
    """Whether a clause of the cue opens with "as" and predicates the object ("described the team as accomplished").

    Only after an object ("described *the team* as ..."), never "as opposed to ...".
    """
    opener = clause.left_edge
    if first.dep_ != "dobj" or clause.lemma_.lower() in NOT_PREDICATES:
        return False
    return opener.lower_ in PREDICATE_WORDS and opener.head.i == clause.i and subject_of(clause) is None


def _sentence_rest_end(verb: Token, hi: int) -> int:
    """Where a reported clause after its cue ends: the sentence end, if only clauses follow.

    "She said she hoped to win, but she knows that ..." and "he said X, and
    the partner Y" go on with the claim; a prepositional or adverbial tail
    ("in an interview on Sunday") does not.
    """
    sent_end = verb.sent.end
    for child in verb.rights:
        if child.i <= hi or child.is_punct or child.is_space or child.dep_ == "cc":
            continue
        if child.dep_ == "conj" and not (is_clause_with_that(child) or after_but(verb, child)):
            return hi
        if child.dep_ in CLAUSE_TAIL_DEPS and is_clause(child) and subject_of(child) is not None:
            return child.right_edge.i if child.right_edge.i < sent_end else sent_end - 1
        if child.dep_ == "conj" and continues_content(child, verb):
            return child.right_edge.i if child.right_edge.i < sent_end else sent_end - 1
        return hi
    return hi


__all__ = ["CCOMP_FOLLOWERS", "OBJECT_FOLLOWERS", "PASSIVE_FOLLOWERS", "split_clause", "verb_phrase_rest"]
