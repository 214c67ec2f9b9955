"""Classify rule for a rule or a document that "says" something.

News quotes laws, contracts and rulebooks with the verbs of speech: "The law
states that a licence must be renewed", "The club rules say that members must
wear whites", "The contract stipulates that the firm must finish by June",
"The guidelines, published on Monday, say patients should be seen within four
hours". Nobody speaks there: the sentence reports what a standing text
provides, as "the polls suggest" reports what evidence shows. Such a claim is
``evidence`` (:func:`class_document`): the ``attribution`` scope keeps it (an
attribution annotator credits the text as its source), the ``speech`` scope
drops it (a speech-only annotator counts no one's words).

Only standing texts that lay down rules are listed
(:data:`DOCUMENT_SUBJECTS`): a report, a statement, a letter or a study is
someone's account, and "the report said" stays speech; "the bill says" is a
text a lawmaker proposes and stays speech too.

.. versionadded:: 0.3.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en.syntax import is_verb
from ..rules import rule
from .classify_acts import active_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

DOCUMENT_SUBJECTS: frozenset[str] = frozenset(
    {
        "law",
        "legislation",
        "statute",
        "constitution",
        "regulation",
        "rule",
        "rulebook",
        "bylaw",
        "by-law",
        "ordinance",
        "code",
        "contract",
        "lease",
        "agreement",
        "treaty",
        "charter",
        "guideline",
        "guidance",
        "policy",
        "manual",
        "handbook",
        "term",
        "clause",
        "provision",
        "warranty",
        "licence",
        "license",
        "directive",
        "label",
        "sign",
        "signpost",
        "plaque",
        "inscription",
        "placard",
        "sticker",
        "billboard",
    }
)
"""Lemmas of standing texts that lay down rules or are displayed ("The *law* states that ...", "the club *rules*
say ...", "the *label* says the cheese should be eaten within a week", "the *sign* says ...")."""

PART_NOUNS: frozenset[str] = frozenset({"section", "article", "paragraph", "part", "chapter", "schedule"})
"""Nouns of a part of such a text, credited through "of" ("*Section* 12 of the act states ...")."""

PART_OWNERS: frozenset[str] = DOCUMENT_SUBJECTS | {"act"}
"""Texts whose parts speak for them ("Section 12 of the *act*"); "act" alone is too often a deed."""


DISPLAYED_NOUNS: frozenset[str] = frozenset({"notice", "poster", "banner", "noticeboard"})
"""Texts that are a standing text when they are put up somewhere ("A *notice* on the door says ..."); a notice
served by someone ("the council's notice said ...") is that body's document."""

DISPLAY_PREPS: frozenset[str] = frozenset({"on", "at", "outside", "above", "beside", "by", "over"})
"""Prepositions of where a displayed text is put up ("a notice *on* the surgery door")."""


def _displayed(subject: Token) -> bool:
    """Whether ``subject`` is a notice or a poster put up somewhere ("A notice on the surgery door")."""
    if subject.lemma_.lower() not in DISPLAYED_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in DISPLAY_PREPS for c in subject.children)


def _document(subject: Token) -> bool:
    """Whether ``subject`` is a standing text or a part of one ("the law", "Section 12 of the act")."""
    if subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = subject.lemma_.lower()
    if subject.pos_ == "NOUN" and (lemma in DOCUMENT_SUBJECTS or _displayed(subject)):
        return True
    if lemma not in PART_NOUNS:
        return False
    owners = (g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return any(g.dep_ == "pobj" and g.lemma_.lower() in PART_OWNERS for g in owners)


@rule("classify.class.document", stage="classify", order=8)
def class_document(target: Target) -> Answer:
    """A rule or a document that "says" ("The law states that", "the club rules say") is ``evidence``, not speech."""
    token = target.cue_token
    if token is None or not is_verb(token):
        return None
    subject = active_subject(token)
    return ("cue_class", "evidence") if subject is not None and _document(subject) else None


WITHHOLDING_LEMMAS: frozenset[str] = frozenset({"deny"})
"""Verbs of a denial that can also withhold a thing from someone ("denied him entry", "was denied bail")."""


DISPUTED_NOUNS: frozenset[str] = frozenset(
    {
        "charge",
        "allegation",
        "accusation",
        "claim",
        "report",
        "rumour",
        "rumor",
        "suggestion",
        "story",
        "assertion",
        "wrongdoing",
        "involvement",
        "role",
        "link",
        "knowledge",
        "responsibility",
        "guilt",
        "count",
        "offence",
        "offense",
        "opposition",
    }
)
"""Objects of a "deny" that dispute what someone said or charged ("denied the charges", "denied any
role in ..."; a plea, "denies two counts of fraud", is ``classify.class.plea``'s); other objects are
withheld ("denied bail", "deny same-sex couples licences")."""

CLAIMING_DETERMINERS: frozenset[str] = frozenset({"any"})
"""Determiners that make the object of "deny" a claim disputed ("denied *any* wrongdoing")."""


def _withholds(token: Token) -> bool:
    """Whether a "deny" withholds a thing from a recipient rather than disputes words."""
    deps = {c.dep_ for c in token.children}
    if "dobj" in deps and ("dative" in deps or "nsubjpass" in deps):
        return True  # "denied him entry", "He was denied bail"
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    if obj.lemma_.lower() in DISPUTED_NOUNS or any(c.lower_ in CLAIMING_DETERMINERS for c in obj.children):
        return False
    return obj.pos_ in {"NOUN", "PROPN"}  # "denied bail", "deny insurgent Bernie Sanders"


@rule("classify.class.withheld", stage="classify", order=8)
def class_withheld(target: Target) -> Answer:
    """A "deny" that withholds a thing ("denied him entry", "was denied bail", "denied the request") is a ``stance``.

    A "deny" whose object is a claim ("denied the charges", "denied *any* wrongdoing") disputes what
    was said or charged and stays speech (a plea to a charge is ``classify.class.plea``'s).
    """
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in WITHHOLDING_LEMMAS:
        return None
    return ("cue_class", "stance") if _withholds(token) else None
