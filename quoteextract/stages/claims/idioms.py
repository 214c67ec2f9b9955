"""Reporting words in set phrases that report nothing, and relays that name a source rather than a claim.

Registered rules of stage ``"claim_filters"`` (see :mod:`.filters`); each returns ``True`` to drop a
candidate claim:

- ``claim_filter.that_said``: "That said, ..." and "This said, ..." open a sentence as a concession;
  what follows is the writer's, not something said;
- ``claim_filter.time_will_tell``: "Time will tell whether ...", "History will tell ...": nobody tells;
- ``claim_filter.cited_source``: "..., citing two officials" and "quoting a spokesman" name the source
  an outlet relays (a link of the claim's chain, read by the sources stage), not a claim of their own;
  "citing low turnout" (a reason given) stays a claim;
- ``claim_filter.naming``: "calling the tower 'the Stump'", "a user calling themselves @harbourwatcher":
  a naming verb whose second complement is a proper name or a handle gives a name, not a view
  ("called the plan a disaster", "called the report 'deeply flawed'", "Calls Clinton ‘A Disgrace’"
  stay claims).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en._outlets import is_outlet_name, outlet_noun
from ...lang.en._speaker_lexicon import anonymous_heads, roles
from ...rules import rule

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .filters import Candidate

CONCESSIVE_SUBJECTS: frozenset[str] = frozenset({"that", "this"})
"""Subjects of "said" in the concessive opener "That said, ..."."""

IMPERSONAL_TELLERS: frozenset[str] = frozenset({"time", "history"})
"""Subjects with which "tell" means "show in the end" ("Time will tell whether ...")."""

RELAY_LEMMAS: frozenset[str] = frozenset({"cite", "quote"})
"""Verbs whose participle names the source an outlet relays ("citing two officials")."""

SOURCE_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entity types of an object that is a source, not a reason ("citing the Treasury")."""

NAMING_LEMMAS: frozenset[str] = frozenset({"call", "dub", "nickname", "name"})
"""Verbs that give something a name ("calling the tower 'the Stump'") when the name is a proper noun."""

OPENERS: frozenset[str] = frozenset({"but", "and", "still", "yet"})
"""Words that may stand before "That said," at the start of a sentence."""


@rule("claim_filter.that_said", stage="claim_filters", order=985)
def that_said(candidate: Candidate) -> bool:
    """Drops "That said, ..." at the start of a sentence: a concession, not a report."""
    info = candidate.info
    if info is None or info.word is None or info.token.lemma_.lower() != "say":
        return False
    token = info.token
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    subject = doc[token.i - 1]
    if subject.lower_ not in CONCESSIVE_SUBJECTS or subject.head.i != token.i:
        return False
    before = [t for t in doc[token.sent.start : subject.i] if not (t.is_punct or t.is_space)]
    return all(t.lower_ in OPENERS for t in before)


@rule("claim_filter.time_will_tell", stage="claim_filters", order=986)
def time_will_tell(candidate: Candidate) -> bool:
    """Drops "Time will tell whether ..." and "History will tell ...": no one tells anything."""
    info = candidate.info
    if info is None or info.word is None or info.token.lemma_.lower() != "tell":
        return False
    token = info.token
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in IMPERSONAL_TELLERS:
        return False
    return not any(c.dep_ in {"dobj", "dative"} for c in token.children)


@rule("claim_filter.cited_source", stage="claim_filters", order=987)
def cited_source(candidate: Candidate) -> bool:
    """Drops "citing two officials" / "quoting a spokesman": the object is a relayed source, not a claim."""
    info = candidate.info
    if info is None or info.word is None or candidate.rule != "claim.dobj":
        return False
    token = info.token
    if token.lemma_.lower() not in RELAY_LEMMAS or token.tag_ != "VBG":
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return obj is not None and is_source_phrase(obj)


@rule("claim_filter.naming", stage="claim_filters", order=988)
def naming(candidate: Candidate) -> bool:
    """Drops "calling the tower 'the Stump'", "calling themselves @harbourwatcher": a name given, not a view."""
    info = candidate.info
    if info is None or info.word is None or info.token.lemma_.lower() not in NAMING_LEMMAS:
        return False
    objects = [c for c in info.token.children if c.dep_ in {"dobj", "oprd"} and c.i > info.token.i]
    return len(objects) >= 2 and is_name(objects[-1])


def is_name(word: Token) -> bool:
    """Whether the second complement of a naming verb is a name: a proper noun or a handle.

    Args:
        word: The head of the complement ("Stump" in "'the Stump'").

    Returns:
        ``True`` for "'the Stump'", "The Wall", "@harbourwatcher"; ``False`` for "a disaster", "a liar",
        "'deeply flawed'" and a headline's "‘A Disgrace’" (an indefinite article makes it a view: a name
        takes none), which stay claims.

    """
    if word.text.startswith(("@", "#")):
        return True
    if word.tag_ not in {"NNP", "NNPS"}:
        return False
    return not any(t.lower_ in {"a", "an"} for t in word.subtree if t.i < word.i)


def is_source_phrase(noun: Token) -> bool:
    """Whether a noun phrase names who said something: a person, a group, an outlet, an unnamed source.

    Args:
        noun: The head of the phrase ("officials" in "two officials familiar with the talks").

    Returns:
        ``True`` for a person's or organisation's name, an unnamed-source noun ("officials",
        "sources", "people"), a role ("a spokesman", "the minister") or an outlet ("the Herald",
        "local media"); ``False`` for a reason or a document ("low turnout", "a report").

    """
    if noun.ent_type_ in SOURCE_ENTITIES or noun.pos_ == "PRON":
        return True
    lemma = noun.lemma_.lower()
    if lemma in anonymous_heads() or noun.lower_ in anonymous_heads() or lemma in roles():
        return True
    phrase = noun.doc[noun.left_edge.i : noun.i + 1].text
    return is_outlet_name(phrase) or outlet_noun(phrase)


__all__ = ["cited_source", "is_name", "is_source_phrase", "naming", "that_said", "time_will_tell"]
