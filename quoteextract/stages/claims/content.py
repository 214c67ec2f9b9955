"""The content a frame names, read off the parse: the pieces the frames are built from.

Each function takes a cue (or its token) and returns the content tokens, or
``None`` when the construction is not there. The frames
(:mod:`quoteextract.stages.claims.frames`) decide which of them to try, in
which order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.content_nouns import is_physical
from ..attribution._cues import CueInfo, is_cue, mention_span
from ._tokens import has_mark, is_clause, is_infinitive, subject_of, words_of
from .noun_parts import label, relative_clause
from .tail_pairs import after_earlier_attribution, new_clause_after, new_clause_first, same_phrase_before

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...lang.en._lexicon import CueWord

PRONOUN_OBJECTS: frozenset[str] = frozenset(
    {"it", "this", "that", "him", "her", "them", "these", "those", "so", "what", "which"}
)
"""Objects too empty to be a claim's content ("he said so", "she denied it")."""

PERSONAL_OBJECTS: frozenset[str] = frozenset({"it", "him", "her", "them"})
"""Pronoun objects that start a claim when a complement follows ("accused him of lying")."""

PRONOUN_COMPLEMENT_PREPS: frozenset[str] = frozenset({"of", "for", "as"})
"""Prepositions that make a pronoun object part of the claim ("accused him of", "blamed her for")."""

OWN_COMPLEMENT_DEPS: frozenset[str] = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "dative"})
"""Dependents after a cue that show it has content of its own, so an earlier clause is not it."""

FRONTED_ADJUNCT_DEPS: frozenset[str] = frozenset({"prep", "advmod", "npadvmod", "intj", "cc"})
"""Dependents of a cue that may open its sentence without being what it reports ("In May, she wrote ...")."""

NOUN_CLAUSE_DEPS: frozenset[str] = frozenset({"acl", "ccomp", "relcl"})
"""Relations of a clause that a nominal cue reports ("the claim that ...")."""

PREP_OBJECT_DEPS: frozenset[str] = frozenset({"pobj", "pcomp"})
"""Relations of a preposition's object."""

COLON_LEAD_DEPS: frozenset[str] = frozenset({"prt", "advmod", "npadvmod", "nsubj", "compound", "det"})
"""Words that may stand between a cue and its colon ("said Tuesday:", "wrote back:", "said the senator:")."""

TAIL_PUNCT: frozenset[str] = frozenset({",", "—", "–"})
"""Punctuation that opens a closing attribution (", the ministry said.")."""

ADDRESSEE_DEPS: frozenset[str] = frozenset({"dobj", "dative"})
"""Relations of the one told ("..., she told *reporters*.")."""

TAIL_CONTENT_DEPS: frozenset[str] = frozenset({"ccomp", "conj", "parataxis", "xcomp", "dobj"})
"""Dependents of a closing cue that would be content of its own, so the attribution is not bare."""

PHRASE_BREAKS: frozenset[str] = frozenset({",", "—", "–", "("})

BACK_POINTERS: frozenset[str] = frozenset({"that", "this"})
"""Pronouns that point back to the sentence before ("That's according to the filings.")."""

COPULAS: frozenset[str] = frozenset({"'s", "’s", "is", "was"})
"""Forms of "be" after such a pronoun."""
"""Punctuation before a source phrase that closes its sentence (", according to X.")."""

ANCHOR_DEPS: frozenset[str] = frozenset({"prep", "pobj", "pcomp"})
"""Relations climbed from a source phrase to the clause it modifies."""

CLAUSE_PARTS: frozenset[str] = frozenset(
    {
        "conj",
        "cc",
        "dobj",
        "dative",
        "ccomp",
        "xcomp",
        "attr",
        "acomp",
        "oprd",
        "nsubj",
        "nsubjpass",
        "aux",
        "auxpass",
        "agent",
        "neg",
    }
)
"""Relations of a clause's verb that continue the clause after an attribution in its middle."""


def noun_content(cue: CueInfo) -> list[Token] | None:
    """Content of a nominal cue.

    Its "that" clause ("the claim that ..."), an infinitive for intentions
    ("plans to cut taxes"), a prepositional object ("criticism of the
    plan"), or the clause after a copula ("Her view is that ...").

    Args:
        cue: A noun cue.

    Returns:
        The content tokens, or ``None``.

    """
    word = cue.word
    if word is None:
        return None
    for child in cue.token.rights:
        found = _noun_dependent(word, child)
        if found is not None:
            return found
    return _copula_clause(cue.token, word) or _object_clause(cue.token, word) or relative_clause(cue.token, word)


def _noun_dependent(word: CueWord, child: Token) -> list[Token] | None:
    """The content a right dependent of a nominal cue carries, if any."""
    if word.takes("acl") and child.dep_ in NOUN_CLAUSE_DEPS:
        if has_mark(child, {"that"}):
            return list(child.subtree)
        if word.cls == "intention" and is_infinitive(child):
            return list(child.subtree)
    if child.dep_ == "prep" and child.lower_ in word.preps:
        obj = next((g for g in child.children if g.dep_ in PREP_OBJECT_DEPS), None)
        if obj is not None and obj.lower_ not in PRONOUN_OBJECTS:
            return list(obj.subtree)
    return None


def _object_clause(token: Token, word: CueWord) -> list[Token] | None:
    """The "that" clause right after a nominal cue that the parser hung on the cue's verb ("gave assurances that ...").

    Session 14: a small model reads "The prime minister gave assurances that no jobs would be lost" with the
    clause as a complement of "gave"; right after the noun, marked "that", it is still the noun's clause.
    """
    if not word.takes("acl") or token.dep_ != "dobj":
        return None
    after = token.right_edge.i + 1
    for clause in token.head.rights:
        if clause.dep_ == "ccomp" and clause.left_edge.i == after and has_mark(clause, {"that"}):
            return list(clause.subtree)
    return None


def _copula_clause(token: Token, word: CueWord) -> list[Token] | None:
    """The clause after a copula whose subject the cue is ("Her view is that ...")."""
    head = token.head
    if word.takes("acl") and token.dep_ == "nsubj" and head.lemma_ == "be":
        clause = next((c for c in head.rights if c.dep_ in {"ccomp", "attr"} and is_clause(c)), None)
        if clause is not None:
            return list(clause.subtree)
    return None


def phrase_sentence(cue: CueInfo) -> list[Token] | None:
    """The rest of the sentence around a source phrase at its start or end.

    "According to the report, growth slowed." and "Growth slowed, according
    to the report." report the whole rest of the sentence, however many
    clauses it has.

    Args:
        cue: A phrase cue.

    Returns:
        The sentence without the phrase, or ``None`` when the phrase is in its middle.

    """
    first = cue.token
    doc = first.doc
    sent = first.sent
    phrase_end = max(cue.span.end, first.right_edge.i + 1)
    words_before = words_of(list(doc[sent.start : first.i]))
    if not words_before or (len(words_before) == 1 and words_before[0].dep_ == "cc"):
        rest = list(doc[phrase_end : sent.end])
        return rest if any(not t.is_punct for t in rest) else None
    comma = doc[first.i - 1]
    tail = words_of(list(doc[phrase_end : sent.end]))
    if comma.text in PHRASE_BREAKS and not tail and not same_phrase_before(cue, sent.start):
        return list(doc[sent.start : comma.i])
    return None


def previous_sentence(cue: CueInfo) -> list[Token] | None:
    """The sentence before "That's according to X." (the pronoun points back to it).

    News wires source a figure in the next sentence: "The campaign raised $21
    million in January. That's according to its filings." The source phrase
    reports the sentence before it.

    Args:
        cue: A phrase cue.

    Returns:
        The previous sentence's tokens, or ``None`` when the words before the
        phrase are not a demonstrative and a copula, or there is no sentence before.

    """
    first = cue.token
    sent = first.sent
    before = [t.lower_ for t in words_of(list(first.doc[sent.start : first.i])) if t.dep_ != "cc"]
    if len(before) != 2 or before[0] not in BACK_POINTERS or before[1] not in COPULAS or sent.start == 0:
        return None
    previous = first.doc[sent.start - 1].sent
    return list(previous) if words_of(list(previous)) else None


def host_clause(cue: CueInfo) -> list[Token] | None:
    """The clause a cue is attached to, without the cue's own words.

    "According to X, Y happened" and "Y happened, X said" both report the
    clause the cue hangs off; the cue's subtree is cut out of it. When the
    clause runs on both sides of the attribution ("The talks, the ministry
    said, will resume") the whole clause is the claim.

    Args:
        cue: The cue.

    Returns:
        The content tokens, or ``None`` when the cue hangs off no clause.

    """
    anchor = cue.token
    while anchor.dep_ in ANCHOR_DEPS and anchor.head.i != anchor.i and not is_clause(anchor):
        anchor = anchor.head
    head = anchor.head
    if head.i == anchor.i or not is_clause(head):
        return None
    cut_left, cut_right = anchor.left_edge.i, anchor.right_edge.i
    if all(cut_left <= t.i <= cut_right for t in head.subtree):
        return None
    before = [t for t in head.subtree if t.i < cut_left]
    after = [t for t in head.subtree if t.i > cut_right]
    has_before = any(not t.is_punct for t in before)
    if has_before and any(not t.is_punct and t.dep_ != "cc" for t in after):
        return before if _ends_before_attribution(cue, head, cut_left, after) else list(head.subtree)
    return before if has_before else after


def _ends_before_attribution(cue: CueInfo, head: Token, cut_left: int, after: list[Token]) -> bool:
    """Whether a claim around a mid-sentence attribution ends at it instead of running over it.

    "X rose, according to the data, taking ..." (the reporter's addition after a source phrase) and
    "Prices rose, the bank said, and wages fell" (a second clause with its own subject) end there;
    "The talks, the ministry said, will resume" runs over it.
    """
    if head.i >= cut_left:
        return False
    if cue.phrase is not None and not goes_on(head, after):
        return True
    return new_clause_first(head, after)


def goes_on(head: Token, after: list[Token]) -> bool:
    """Whether the words after a mid-sentence attribution go on with the clause before it.

    "Fares rose, according to the council, and are set to rise again" goes on
    (a coordinated verb, an object, a complement); "Fares rose, according to
    the council, forcing riders onto bikes" or "..., according to the poll
    - the highest in years" adds the reporter's participle or gloss.

    Args:
        head: The verb of the clause, before the attribution.
        after: The clause's words after the attribution, in order.

    Returns:
        ``True`` when the first word after the attribution belongs to a part of
        ``head`` that continues its clause (:data:`CLAUSE_PARTS`).

    """
    word = next((t for t in after if not t.is_punct and not t.is_space), None)
    if word is None:
        return False
    while word.head.i != head.i and word.head.i != word.i:
        word = word.head
    if word.dep_ == "cc" and new_clause_after(head, word):
        return False  # "14 were hurt, according to officials, and two houses collapsed": a second report
    return word.head.i == head.i and word.dep_ in CLAUSE_PARTS


def after_colon(verb: Token) -> list[Token] | None:
    """The rest of the paragraph after "X said:" / "he wrote:" (colon right after the cue).

    Args:
        verb: The cue.

    Returns:
        The words after the colon up to the line break, or ``None``.

    """
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and k <= verb.i + 4 and doc[k].dep_ in COLON_LEAD_DEPS:
        k += 1
    if k >= len(doc) or doc[k].text != ":":
        return None
    end = k + 1
    while end < len(doc) and "\n" not in doc[end].text:
        end += 1
    tokens = list(doc[k + 1 : end])
    return tokens if words_of(tokens) else None


def tail_attribution(verb: Token) -> list[Token] | None:
    """The sentence before a closing attribution (", the ministry said." / ", said Smith.").

    The words from the comma to the end of the sentence must be only the
    source, the cue and the cue's own modifiers ("said on Tuesday", "said in
    a statement"); then the claim is everything before the comma, whatever
    the parser made of it.

    Args:
        verb: The cue.

    Returns:
        The words before the comma, or ``None``.

    """
    subject = subject_of(verb)
    if subject is None or subject.dep_ != "nsubj":
        return None
    sent = verb.sent
    doc = verb.doc
    mention = mention_span(subject)
    block_start = min(mention.start, verb.i)
    if block_start - 1 <= sent.start + 1 or doc[block_start - 1].text not in TAIL_PUNCT:
        return None
    allowed = {t.i for t in mention} | {verb.i}
    content_deps = TAIL_CONTENT_DEPS - addressee_deps(verb)
    for child in verb.children:
        if child.i >= block_start and child.dep_ not in content_deps:
            allowed.update(t.i for t in child.subtree)
    if any(t.i not in allowed for t in words_of(list(doc[block_start : sent.end]))):
        return None
    before = list(doc[sent.start : block_start - 1])
    if only_adjuncts_of(verb, before):
        return None  # "In May, the senator wrote ...": a fronted adjunct of the cue, not its claim
    return after_earlier_attribution(before)


def only_adjuncts_of(verb: Token, tokens: list[Token]) -> bool:
    """Whether the words are all adverbial dependents of the cue ("In May", "As a doctor", "Every year").

    Args:
        verb: The cue verb.
        tokens: The words before the comma that opens the attribution.

    Returns:
        ``True`` when every word (punctuation aside) lies in the subtree of
        a prepositional, adverbial or interjection dependent of ``verb``.

    """
    inside: set[int] = set()
    for child in verb.children:
        if child.dep_ in FRONTED_ADJUNCT_DEPS and child.i < verb.i:
            inside.update(t.i for t in child.subtree)
    words = words_of(tokens)
    return bool(words) and all(t.i in inside for t in words)


def stranded_subject(verb: Token, clause: Token) -> list[Token]:
    """The content clause's subject, when the parser made it the cue's object ("said the depot, while ..., would").

    A subject set off from its verb by an aside is often read as the
    object of the cue, and the clause after it as a second complement
    without a subject. An object of a cue that is no verb of telling, right
    before a clause without a subject of its own, is that clause's subject
    (not after a verb of telling or asking, whose object is the one addressed).

    Args:
        verb: The cue.
        clause: The cue's content clause after it.

    Returns:
        The object's tokens (with the punctuation up to the clause), or
        an empty list.

    """
    info = is_cue(verb)
    addressed = bool(addressee_deps(verb)) and not _addressee_is_subject(verb)
    if subject_of(clause) is not None or addressed or (info is not None and info.cls == "question"):
        return []  # "told reporters ...", "asked the mayor if ...": the object is the one addressed
    obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    if obj is None or obj.lower_ in PRONOUN_OBJECTS or obj.right_edge.i + 1 != clause.left_edge.i:
        return []
    return list(verb.doc[obj.left_edge.i : clause.left_edge.i])


def _addressee_is_subject(verb: Token) -> bool:
    """Whether a passive verb of telling has the one told as its subject ("Farmers *have been told* ...").

    Its object is then no addressee: "Farmers have been told the subsidy will
    end" is parsed with "the subsidy" as the object of "told", and it is the
    subject of the content clause.
    """
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def has_own_complement(verb: Token) -> bool:
    """Whether the cue has an object or complement after it ("... women preferred Okafor").

    A clause before such a cue is not what it reports: the parser hangs a
    preceding sentence on it ("Turnout was low: most voters preferred the
    mayor"), while a true tail attribution ends with the cue ("..., she said").

    Args:
        verb: The cue verb.

    Returns:
        ``True`` when a dependent after ``verb`` fills its object or complement slot.

    """
    deps = OWN_COMPLEMENT_DEPS - addressee_deps(verb)
    return any(c.dep_ in deps and c.i > verb.i for c in verb.children)


def addressee_deps(verb: Token) -> frozenset[str]:
    """The relations that hold the one addressed, not the content, of a cue ("told *reporters*").

    Args:
        verb: A cue verb.

    Returns:
        ``{"dobj", "dative"}`` for a verb of telling (lexicon relation ``told``: "tell",
        "inform", "assure", "remind"), else nothing.

    """
    info = is_cue(verb)
    if info is None or info.word is None or info.word.relation != "told":
        return frozenset()
    return ADDRESSEE_DEPS


def noun_with_clause(token: Token) -> bool:
    """Whether an object is a noun cue with its own "that" clause ("concern that ...").

    Args:
        token: The object of a cue verb.

    Returns:
        ``True`` when ``token`` is a noun cue whose content clause starts with "that".

    """
    info = is_cue(token)
    if info is None or info.word is None or info.word.pos != "noun":
        return False
    if any(c.dep_ in NOUN_CLAUSE_DEPS and has_mark(c, {"that"}) for c in token.rights):
        return True
    return relative_clause(token, info.word) is not None  # "recalled a promise he made that ..."


def _pronoun_prep(child: Token) -> bool:
    """Whether a dependent is a preposition that completes a pronoun object ("accused him *of* lying")."""
    return child.dep_ == "prep" and child.lower_ in PRONOUN_COMPLEMENT_PREPS


def object_content(verb: Token, obj: Token) -> bool:
    """Whether a direct object starts the claim.

    A noun phrase does; a personal pronoun only with a complement after it
    ("accused him of lying", "named it as a reason"), not alone ("denied
    it"); empty words ("said so", "what") never.

    Args:
        verb: The cue verb.
        obj: Its direct object.

    Returns:
        ``True`` when the content starts at the object.

    """
    if obj.lower_ not in PRONOUN_OBJECTS:
        return True
    if obj.lower_ not in PERSONAL_OBJECTS:
        return False
    return any(
        c.left_edge.i == obj.i + 1  # "called him [a liar]": the complement opens right after the pronoun
        and (c.dep_ in {"xcomp", "oprd"} or _pronoun_prep(c) or label(c, obj))
        and (c.right_edge.i > c.i or (c.dep_ in {"oprd", "npadvmod"} and not is_physical(c.lemma_)))  # not "a taxi"
        for c in verb.children
    )


__all__ = [
    "after_colon",
    "goes_on",
    "has_own_complement",
    "host_clause",
    "noun_content",
    "noun_with_clause",
    "object_content",
    "only_adjuncts_of",
    "phrase_sentence",
    "stranded_subject",
    "tail_attribution",
]
