"""Verb groups in the parse: finite forms, coordinated cues and subjects the parser lost.

Pure functions on spaCy tokens, shared by the source mentions
(:mod:`._cues`) and the content boundaries of claims
(:mod:`quoteextract.stages.claims.trim`): a cue verb coordinated with the
content clause of another cue, in that cue's tense ("He said he would back the
bill but did not suggest a date"), is a second attribution by the same
speaker, and so is a participle after a comma (", claiming that ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

AUX_DEPS: frozenset[str] = frozenset({"aux", "auxpass"})
"""Relations of an auxiliary verb."""

NOUN_RUN_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON"})
"""Parts of speech of a bare noun phrase read off the words before a verb."""

ADJUNCT_BREAKS: frozenset[str] = frozenset({",", "—", "–", "--", "”", "’", '"'})
"""Tokens right before a participle that make it the reporter's adjunct (", claiming ...")."""

SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
"""Relations of a verb's own subject."""

CONTENT_DEPS: frozenset[str] = frozenset({"ccomp"})
"""Relations of a content clause to the cue that reports it."""

NAMING_NOUNS: frozenset[str] = frozenset(
    {"name", "nickname", "moniker", "epithet", "title", "label", "tag", "hashtag", "slogan", "motto", "password"}
)
"""Objects of a verb that make the quoted words after it a name ("gave him a name: ...")."""

NAMING_VERBS: frozenset[str] = frozenset({"name", "nickname", "dub", "christen", "label", "title", "rename"})
"""Verbs that, with an object, make the quoted words after them a name ("The crew dubbed the crane: ...").

Not "call": "She called reporters: ..." is a telephone call."""

OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "dative", "oprd", "attr"})
"""Relations of a verb's objects (the thing named, or the naming noun)."""


def own_aux(verb: Token) -> Token | None:
    """The verb's first auxiliary before it, infinitival "to" aside ("*did* not suggest")."""
    return next((c for c in verb.lefts if c.dep_ in AUX_DEPS and c.tag_ != "TO"), None)


def finite_tag(verb: Token) -> str:
    """The tag of a verb's finite word: its first auxiliary before it, else its own.

    "did not suggest" and "said" are both past (``VBD``); "has pledged" is
    present (``VBZ``) like "says".

    Args:
        verb: A verb.

    Returns:
        The Penn Treebank tag of the finite word of the verb group.

    """
    aux = own_aux(verb)
    return verb.tag_ if aux is None else aux.tag_


def cue_shaped_conj(verb: Token, cue: Token) -> bool:
    """Whether a verb coordinated into a cue's content is a second predicate of the cue's subject.

    The verb has no subject, has an auxiliary of its own, and its finite form
    is the cue's and not the one of the verb it is coordinated with: "He said
    he would back the bill but did not suggest a date" ("did" is past like
    "said", unlike "would back"). "said she supports X but supports Y" goes on
    with the claim.

    Args:
        verb: A ``conj`` verb inside the content.
        cue: The cue verb whose content holds it.

    Returns:
        ``True`` when the tenses make ``verb`` a predicate of the cue's subject.

    """
    return (
        verb.dep_ == "conj"
        and own_aux(verb) is not None
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)
        and finite_tag(verb) == finite_tag(cue)
        and finite_tag(verb) != finite_tag(verb.head)
    )


def reporting_cue(verb: Token) -> Token | None:
    """The cue whose speaker a subjectless verb in its content clause shares, if any.

    The parser often hangs the reporter's additions under the content clause
    instead of the cue: in "Lee said the plan had failed, claiming that ..."
    and "Lee said she would run but did not say when", "claiming" and "say"
    are Lee's, not the plan's.

    Args:
        verb: A verb without a subject of its own.

    Returns:
        The cue verb the content clause (``ccomp``) hangs off, when ``verb``
        comes after that clause's head, is not inside quoted words the cue is
        outside of (those are the quoted speaker's), and is a participle right after a comma,
        dash or closing quote mark, or a :func:`second_predicate`; else ``None``.

    """
    head = verb.head
    if head.i >= verb.i or head.dep_ not in CONTENT_DEPS or head.head.i == head.i:
        return None  # only after the content: "reported, citing X, that ..." is a relay, not an addition
    cue = head.head
    if cue.pos_ not in {"VERB", "AUX"} or _quoted_apart(cue, verb):
        return None  # a verb inside quoted words is the quoted speaker's ("“She looked up and said, ‘No,’” he said")
    after_break = verb.i > 0 and verb.doc[verb.i - 1].text in ADJUNCT_BREAKS
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj"} and after_break:
        return cue
    return cue if second_predicate(verb, cue) else None


def _quoted_apart(a: Token, b: Token) -> bool:
    """Whether an odd number of quote marks stands between two tokens (so one of them is inside quoted words).

    A closed pair between them (`said the plan “had failed,” claiming`) leaves both outside.
    """
    lo, hi = sorted((a.i, b.i))
    return sum(t.is_quote for t in a.doc[lo + 1 : hi]) % 2 == 1


def second_predicate(verb: Token, cue: Token) -> bool:
    """Whether a subjectless verb coordinated into a cue's content is a second predicate of the cue's subject.

    "The inspector said the bridge was unsafe and added that ...": "added"
    has the cue's form (``VBD``), as has "did not suggest" in "said he would
    back it but did not suggest ..." (:func:`cue_shaped_conj`); the claim
    stops before it and the cue's subject said it.

    Args:
        verb: A verb inside the content.
        cue: The cue verb whose content holds it.

    Returns:
        ``True`` for a ``conj`` without a subject in the cue's form.

    """
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    return verb.tag_ == cue.tag_ or cue_shaped_conj(verb, cue)


def continues_content(verb: Token, cue: Token) -> bool:
    """Whether a subjectless verb coordinated with a cue goes on with the cue's content.

    "saying he was rooting for the home side but would now cheer for the
    visitors": the parser hangs "would cheer" off "saying", but its finite form
    (``MD``) is not the cue's, so it is not a second act of the speaker but
    the rest of what was said.

    Args:
        verb: A ``conj`` of the cue.
        cue: The cue verb.

    Returns:
        ``True`` for a subjectless conjunct with an auxiliary of its own whose
        finite form differs from the cue's.

    """
    return (
        verb.dep_ == "conj"
        and own_aux(verb) is not None
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)
        and finite_tag(verb) != finite_tag(cue)
    )


def noun_run_before(verb: Token) -> Span | None:
    """The run of name-like words right before a verb whose subject the parser lost.

    Args:
        verb: A finite verb without a subject.

    Returns:
        The words ("... with the board of the Post *Lopez* said"), or ``None``.

    """
    doc = verb.doc
    end = verb.i
    while end > 0 and doc[end - 1].pos_ in {"ADV", "AUX", "PART"} and doc[end - 1].lower_ != "not":
        end -= 1  # "Smith also said", "Smith has said"
    start = end
    while start > 0 and (doc[start - 1].pos_ in NOUN_RUN_POS or doc[start - 1].tag_ == "POS"):
        start -= 1
    if start == end or not any(t.pos_ in {"PROPN", "NOUN", "PRON", "NUM"} for t in doc[start:end]):
        return None
    return doc[start:end]


__all__ = [
    "continues_content",
    "cue_shaped_conj",
    "finite_tag",
    "noun_run_before",
    "own_aux",
    "reporting_cue",
    "second_predicate",
]


def gives_a_name(verb: Token) -> bool:
    """Whether a verb gives a name rather than words ("gave the male a name:", "dubbed the crane:").

    Before a colon and a quote mark, the quoted words are then a name (a
    nickname, a title), not a quotation: the verb has an object and is a
    naming verb, or one of its objects is a naming noun.
    """
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if objects and verb.lemma_.lower() in NAMING_VERBS:
        return True
    # The parser also hangs "a name" on the first object ("the male a name": appos) or on the verb (npadvmod).
    nouns = [*objects, *(c for c in verb.children if c.dep_ == "npadvmod")]
    nouns += [a for o in objects for a in o.children if a.dep_ == "appos"]
    return any(o.lemma_.lower() in NAMING_NOUNS for o in nouns)
