"""Noun-phrase content that is not something said: registered rules of stage ``"claim_filters"``.

A claim whose content is a noun phrase reports something said, thought, found
or intended: "denied *the allegation*", "voiced *concerns*", "backs *the
plan*", "the poll shows *a rise in prices*". When the head noun can only name
a physical thing, the cue word is used in another sense and reports nothing:
"The photo shows *a dog* asleep", "The couple shared *a slice of cake*",
"pointed to *bottles of soda*". The check reads WordNet's lexicographer files
through :mod:`quoteextract.lang.en.content_nouns`; pictures and recordings
("tweeted *a photo of her arm*") stay content, and so does a predication
("pitched *the island as a refuge*": the claim is what the island is called).
The "of" phrase of a cue noun the subject won or received names who gave it,
not what was said: "won the endorsement of *the teachers' union*".

See :mod:`.filters` for the filter protocol (``True`` drops the candidate).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en._speaker_lexicon import roles
from ...lang.en.content_nouns import is_partitive, is_physical, physical_file
from ...lang.en.senses import PERMISSION_LEMMAS
from ...lang.en.syntax import NOMINAL_SUBJECT_DEPS
from ...rules import rule
from ._tokens import is_infinitive
from .said_sorry import is_apology_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

PREDICATE_DEPS: frozenset[str] = frozenset({"oprd", "acomp", "xcomp", "ccomp", "appos"})
"""Dependents that make a noun phrase a predication ("deemed the deal a trade-off", "saw his worth
balloon"): a claim, not a thing acted on. A thing described ("a horse grazing", "a dog that barks") is
still a thing."""

CIRCUMSTANCE_DEPS: frozenset[str] = frozenset({"prep", "advmod", "npadvmod", "punct"})
"""Dependents of the cue that a content span may take in after its noun phrase ("pointed to the
windows *in the corridor*"): where or when, not what."""

PREDICATE_PREPS: frozenset[str] = frozenset({"as", "like"})
"""Prepositions of a predication ("described the dinner as a farce")."""

OBJECT_CLASSES: frozenset[str] = frozenset({"intention", "stance"})
"""Cue classes whose object may well be a thing: what is wanted, offered or backed ("wants a wall",
"demand for coal", "backs the pipeline"). Said, believed, shown or seen content cannot be one."""

GAIN_LEMMAS: frozenset[str] = frozenset(
    {"win", "receive", "secure", "get", "earn", "gain", "garner", "pick", "snag", "land", "collect", "face"}
)
"""Verbs whose subject receives what a stance noun names ("won the endorsement of X", "faces the criticism
of X"): the "of" phrase then names who gave it, the source, not what was said. Not "have": "had a
favourable opinion of X" holds the opinion."""

GIVER_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP"})
"""Entity types of a giver ("the endorsement of the Teachers' Union")."""

MAX_PARTITIVE_DEPTH = 2
"""How many partitive nouns a head is read through ("a box of bags of chips")."""


def _root(tokens: tuple[Token, ...]) -> Token | None:
    """The first token of ``tokens`` whose head lies outside them, when the others are circumstances."""
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if (t.head.i not in ids or t.head.i == t.i) and not t.is_punct and not t.is_space]
    if not roots or any(t.dep_ not in CIRCUMSTANCE_DEPS for t in roots[1:]):
        return None
    return roots[0]


def _object_of(preposition: Token) -> Token | None:
    """The object of a preposition ("about *the ground*")."""
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _is_common_noun(token: Token) -> bool:
    """A lower-case common noun outside any named entity ("dog", not "Okafor" or "Apple")."""
    return token.pos_ == "NOUN" and token.text.islower() and not token.ent_type_


def _predicates(noun: Token) -> bool:
    """Whether a noun carries a predication or a clause ("the island as a refuge", "a dog that bit")."""
    for child in noun.children:
        if child.dep_ in PREDICATE_DEPS:
            return True
        if child.dep_ == "prep" and child.lower_ in PREDICATE_PREPS:
            return True
    return False


def physical_head(noun: Token, depth: int = 0) -> bool:
    """Whether a noun phrase names only physical things.

    Args:
        noun: The phrase's head noun.
        depth: How many partitive nouns were already read through.

    Returns:
        True for "a dog asleep", "a slice of cake", "the trunk and the
        bonnet"; False for "a rise in prices", "a photo of a dog", "the
        island as a refuge", a proper noun or an entity.

    """
    if not _is_common_noun(noun) or _predicates(noun):
        return False
    if is_partitive(noun.lemma_) and depth < MAX_PARTITIVE_DEPTH:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = _object_of(of) if of is not None else None
        return inner is not None and physical_head(inner, depth + 1)
    if not is_physical(noun.lemma_):
        return False
    return all(physical_head(c, depth) for c in noun.children if c.dep_ == "conj")


def _content_noun(tokens: tuple[Token, ...]) -> Token | None:
    """The head noun of a noun-phrase content, through a leading preposition ("about *the ground*")."""
    root = _root(tokens)
    if root is not None and root.dep_ == "prep":
        root = _object_of(root)
    if root is not None and root.dep_ == "pobj" and root.head.lower_ in PREDICATE_PREPS:
        return None  # "seem like an entrant", "cast him as an agent": a predication
    return root if root is not None and root.pos_ == "NOUN" else None


def _predicated(tokens: tuple[Token, ...]) -> bool:
    """Whether a content holds a predication of its object ("the island *as* a refuge", "deemed X *a* Y")."""
    return any((t.dep_ == "prep" and t.lower_ in PREDICATE_PREPS) or t.dep_ == "oprd" for t in tokens)


@rule("claim_filter.physical_content", stage="claim_filters", order=950)
def physical_content(candidate: Candidate) -> bool:
    """Drops a noun-phrase content that names only physical things ("shows a dog", "shared a slice of cake")."""
    if candidate.cue.cue_class in OBJECT_CLASSES:
        return False
    if candidate.info is not None and is_apology_cue(candidate.info.token):
        return False  # "apologised for the broken lift": what the apology was for
    noun = _content_noun(candidate.tokens)
    return noun is not None and not _predicated(candidate.tokens) and physical_head(noun)


@rule("claim_filter.physical_permission", stage="claim_filters", order=955)
def physical_permission(candidate: Candidate) -> bool:
    """Drops a permission for a thing to be acted on or for an animal ("allowed the trunk to be opened")."""
    info = candidate.info
    if info is None or info.token.lemma_.lower() not in PERMISSION_LEMMAS:
        return False
    verb = _root(candidate.tokens)
    if verb is None or not (is_infinitive(verb) or verb.tag_ == "VB"):
        return False
    subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    if subject is None or not physical_head(subject):
        return False
    # a thing acted on ("the trunk to be opened") or an animal ("dogs to enter"); a machine that
    # acts stands for the people who run it ("allow foreign trucks to operate": the hauliers)
    return subject.dep_ == "nsubjpass" or physical_file(subject.lemma_) == "animal"


def _names_people(noun: Token) -> bool:
    """Whether a noun phrase names people or an organisation ("Mayor Ruiz", "the teachers' union")."""
    if noun.ent_type_ in GIVER_ENTITIES:
        return True
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in roles()


@rule("claim_filter.received_from", stage="claim_filters", order=960)
def received_from(candidate: Candidate) -> bool:
    """Drops the giver of what the subject received ("won the endorsement of the union": the union endorsed)."""
    info = candidate.info
    if info is None or info.word is None or info.token.pos_ != "NOUN" or info.cls != "stance":
        return False
    cue = info.token
    if cue.dep_ != "dobj" or cue.head.lemma_.lower() not in GAIN_LEMMAS:
        return False
    if any(c.dep_ == "poss" for c in cue.children):
        return False  # "won her endorsement of the plan": she endorsed; the plan is the content
    giver = _root(candidate.tokens)
    return giver is not None and giver.dep_ == "pobj" and giver.head.head.i == cue.i and _names_people(giver)


__all__ = ["physical_content", "physical_head", "physical_permission", "received_from"]
