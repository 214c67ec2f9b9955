"""A definite kind of business or club ("the company", "the bank", "the club") that speaks: the one named before.

"Helvion has paused the trial, the company said": news calls a company it has
named by what it is, as it calls a person by a pronoun. When no entity
carried the noun as a role or title before ("Drugmaker Helvion" gives
"drugmaker" to Helvion: the ``speaker.role`` rule finds that one), the
``speaker.company`` rule takes the latest named group in the pronoun
window (:mod:`._pronouns`) that was a clause's subject and can be a
company: no person's name, place, news outlet or public body ("the
company" is not "Kestrel Council"; the tagger's type is not trusted, since
it often calls a company a person). A company a speaking subject speaks for
counts as that subject ("A spokesman for Larkin Water said ... The company
said": Larkin Water), and so does one that was a quotation's speaker
("according to figures from recruitment agency Pemberton Reeve. The firm
said"), and so does one an appositive calls a business ("the co-founder of ReCell, a
London firm, ... The company said"); a business's kind of agency ("recruitment agency", "travel
agency") is a company. Otherwise the mention passes on to
``speaker.role`` (a new entity named by its words).

Sports writing does the same with a club ("Millbrook Rovers sacked their
manager ... the club said in a statement"): the ``speaker.club`` rule takes
the latest named group in the window that was a clause's subject and can
be a club (the same test, a club's own name words allowed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en._outlets import is_outlet_name
from ...lang.en.syntax import SUBJECT_DEPS
from ...rules import rule
from ._names import looks_like_person
from ._pronouns import PARAGRAPH_WINDOW
from ._speaker_layout import is_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._groups import Group
    from ._reader import Reader
    from ._speaker_rules import Outcome, SpeakerSite

COMPANY_NOUNS = frozenset(
    {
        "company",
        "firm",
        "group",
        "business",
        "bank",
        "lender",
        "insurer",
        "airline",
        "carmaker",
        "automaker",
        "drugmaker",
        "retailer",
        "supermarket",
        "manufacturer",
        "operator",
        "developer",
        "startup",
        "conglomerate",
        "utility",
        "chain",
    }
)
"""Nouns that name a business by its kind, for the companies named before them."""

NOT_COMPANY_WORDS = frozenset(
    "agency association authority board bureau campaign college commission committee council court department "
    "foundation academy alliance club coalition collective federation hospital library museum orchestra school "
    "theatre trust institute institution league ministry office organization organisation party police service "
    "society union university administration army navy senate house congress parliament assembly government "
    "clinic church charity regulator watchdog".split()
)
"""Words of a public body's or a non-profit's name or role ("Kestrel Council", "the regulator"): no company."""

CLUB_NOUNS = frozenset({"club", "team", "side"})
"""Nouns that name a sports club by its kind ("the club said in a statement")."""

SPEAKING_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
"""Head nouns of someone speaking for the organisation after "for" ("a spokesman for Larkin Water")."""

DEFINITE = frozenset({"the", "this"})
"""Determiners of a back-reference."""

MODIFIERS = frozenset({"amod", "compound", "poss", "nummod", "prep", "relcl", "acl", "appos"})
"""Dependents that make the noun a new description ("the rival firm", "the company's chief"), not a back-reference."""


@rule("speaker.company", stage="speakers", order=590)
def company_speaker(site: SpeakerSite) -> Outcome:
    """A definite kind of business ("the company", "the firm") with no holder of that role: the company named last."""
    return _named_before(site, COMPANY_NOUNS, frozenset())


@rule("speaker.club", stage="speakers", order=591)
def club_speaker(site: SpeakerSite) -> Outcome:
    """A definite "the club" or "the team" with no holder of that role: the club named last."""
    return _named_before(site, CLUB_NOUNS, CLUB_NOUNS)


def _named_before(site: SpeakerSite, nouns: frozenset[str], allowed: frozenset[str]) -> Outcome:
    """The latest named group a definite kind noun ("the company") points back to, if one can be of that kind."""
    head = site.head
    word = head.lemma_.lower()
    if head.pos_ != "NOUN" or word not in nouns or head.tag_ in {"NNS", "NNPS"}:
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return None
    if any(c.dep_ in MODIFIERS and not _hyphenated_epithet(c) and not _set_off(c) for c in head.children):
        return None
    reader = site.reader
    if reader.holder({word}, plural=False) is not None:
        return None  # "Drugmaker Helvion ... the drugmaker said": the role rule's
    group = latest_company(reader, site.speaker.start, allowed)
    if group is None:
        return None
    group.org_evidence += 1  # "the company" says what it is: the tagger's "person" for "Northline Rail" is wrong
    reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group


def latest_company(reader: Reader, offset: int, allowed: frozenset[str]) -> Group | None:
    """The latest named group before ``offset`` in the pronoun window, a clause's subject, that can be a company."""
    paragraph = reader.layout.paragraph(offset)
    for item in reversed(reader.history):  # in text order: stop once out of the window
        if item.paragraph < paragraph - PARAGRAPH_WINDOW:
            break
        spoke = item.speaker and reader.is_speaker_group(item.group)  # not "Police *in Kestrel* said"
        subject = item.subject or spoke or _in_subject(reader, item.offset) or _spoken_for(reader, item.offset)
        subject = subject or _described_as_company(reader, item.offset)
        if item.offset < offset and subject and not item.quoted and _a_company(item.group, allowed):
            return None if _a_people(reader, item.offset) else item.group
    return None


SUBJECT_PREPOSITIONS = frozenset({"in", "of", "at"})
"""Prepositions that hang a company's name on a clause's subject ("Shares *in* Halvorn fell", "Profits *at* X")."""

COMPANY_PARTS = frozenset(
    "share stock profit revenue sale earnings result price value valuation chief executive boss chairman "
    "chairwoman founder owner shareholder investor employee staff worker customer unit division subsidiary "
    "plant factory store branch".split()
)
"""Lemmas of a subject that is a part of a company ("Shares in X", "The chief executive of X", "Workers at X");
"Police in Kestrel" names a place."""


def _name_token(reader: Reader, offset: int) -> Token | None:
    """The head word of the name at ``offset`` (climbing its compound and flat parts), if the offset is a token."""
    span = reader.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def _in_subject(reader: Reader, offset: int) -> bool:
    """Whether the name at ``offset`` is the object of "in"/"of"/"at" on a subject that is part of a company.

    A results story opens on the company through its shares, profits or chief ("Shares in Corvane fell 9%", "The
    chief executive of Corvane said"), and goes on with "the company said".
    """
    token = _name_token(reader, offset)
    if token is None:
        return False
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ not in SUBJECT_PREPOSITIONS:
        return False
    subject = preposition.head
    return subject.dep_ in SUBJECT_DEPS and subject.lemma_.lower() in COMPANY_PARTS


def _spoken_for(reader: Reader, offset: int) -> bool:
    """Whether the name at ``offset`` is what a clause's subject speaks for ("A spokesman for *Larkin Water* said")."""
    token = _name_token(reader, offset)
    if token is None:
        return False
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "for":
        return False
    return preposition.head.lower_ in SPEAKING_FOR and is_subject(preposition.head)


def _described_as_company(reader: Reader, offset: int) -> bool:
    """Whether the name at ``offset`` has an appositive of a business's kind ("ReCell, *a London firm* that ...").

    A feature names the company in passing, as the object of a person's title, and says what it is; "the
    company" later is that one, though it was no clause's subject.
    """
    token = _name_token(reader, offset)
    return token is not None and any(
        c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS and c.i > token.i for c in token.children
    )


def _set_off(modifier: Token) -> bool:
    """Whether a relative clause or appositive is set off by a comma ("The company, which employs 40 people,").

    Such a clause adds to a company already named; "the company that won the contract" picks out another.
    """
    start = modifier.left_edge.i
    return modifier.dep_ in {"relcl", "appos"} and start > 0 and modifier.doc[start - 1].text == ","


def _hyphenated_epithet(modifier: Token) -> bool:
    """Whether a modifier is a hyphenated epithet ("the *Minneapolis-based* company", "the *150-year-old* firm").

    News calls a company it has named by such a compound, as it calls a person "the 41-year-old"; "the rival
    firm" or "a new company" bring in another one.
    """
    return modifier.dep_ == "amod" and any(t.tag_ == "HYPH" for t in modifier.subtree)


def _a_people(reader: Reader, offset: int) -> bool:
    """Whether the name at ``offset`` is a people or a party ("Islanders", "Democrats"): never a company."""
    span = reader.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and (span[0].ent_type_ == "NORP" or span[0].tag_ == "NNS")


def _a_company(group: Group, allowed: frozenset[str] = frozenset()) -> bool:
    """Whether a named group can be a company: no person's name, place, news outlet or public body.

    ``allowed`` are words of a public body's name the kind allows ("club" for a club).
    """
    if group.kind != "name" or group.plural or group.gender is not None or group.place or group.person_evidence:
        return False
    roles = _lexicon.roles()
    if any(noun in roles and roles[noun].type == "person" for noun in group.role_nouns):
        return False  # "Assem, the plane's co-pilot": a person, whatever the tagger said
    if any(looks_like_person(name) for name in group.names) or is_outlet_name(group.name):
        return False
    words = {w.lower() for name in group.names for w in name.tokens} | group.role_nouns
    if _business_agency(group):
        words.discard("agency")  # "recruitment agency Pemberton Reeve": a business, not a public agency
    return not words & (NOT_COMPANY_WORDS - allowed)


BUSINESS_AGENCIES = frozenset(
    "recruitment employment staffing temping travel advertising ad estate letting lettings marketing modelling "
    "model talent casting insurance nanny nursing debt-collection collection pr".split()
)
"""Words before "agency" that make it a business ("recruitment agency", "travel agency", "estate agency")."""


def _business_agency(group: Group) -> bool:
    """Whether a group is described as a business's kind of agency ("recruitment agency X", "a travel agency")."""
    for descriptor in group.descriptors:
        words = descriptor.text.lower().split()
        if "agency" in words and words.index("agency") > 0 and words[words.index("agency") - 1] in BUSINESS_AGENCIES:
            return True
    return False
