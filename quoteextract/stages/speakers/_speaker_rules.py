"""Which group a quotation's speaker mention stands for: the ``speakers`` rules, tried in order.

Each rule looks at one :class:`SpeakerSite` and either decides (returns the
group, or :data:`NO_SPEAKER` when the mention stands for nobody it can
name) or passes (returns ``None``) to the next rule. The order is the
``order`` of each rule (``quoteextract rules`` lists them):

======================  =====  ====================================================
rule                    order  the speaker is ...
======================  =====  ====================================================
``speaker.apposed_person``  90  a person named in apposition to a role written as a name ("The local MP, X,")
``speaker.epithet``        95  the person just named, for "the Dutchman", "the 41-year-old" (:mod:`._epithets`)
``speaker.name``          100  the name the mention's head word belongs to
``speaker.relative``      200  the name a relative pronoun stands for ("X, who said")
``speaker.pronoun``       300  what a pronoun resolves to (:mod:`._pronouns`)
``speaker.partitive``     350  the group "one of them", "both", "the two", "both men" point back to; "another";
                               someone new for "Another, a retired teacher," (the appositive names them)
``speaker.appositive``    400  a name in apposition to the head ("the lawyer, X,")
``speaker.anonymous``     500  an unnamed source ("two officials", "the official")
``speaker.generic_person`` 590  the unnamed speaker just quoted, for a bare "the woman" (:mod:`._generic_person`)
``speaker.role``          600  the latest holder of a role ("the mayor"), else a new one
``speaker.name_word``     650  the organisation a definite word of its name points back to ("the college")
``speaker.inner_name``    700  a name inside the mention's words
``speaker.unknown``       800  a new entity named by the mention's words
======================  =====  ====================================================
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..._model import Cue
from ...lang.en import _speaker_lexicon as _lexicon
from ...lang.en.syntax import RELATIVE_PRONOUNS
from ...rules import rule
from ._anonymous import anonymous_head, describe
from ._descriptors import role_nouns
from ._documents import is_document
from ._groups import Group
from ._nested import outer_speaker
from ._speaker_layout import span_root
from ._spokesperson import name_the_organisation

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..._model import Mention, Quotation
    from ._reader import Reader

_NOUNS = frozenset({"NOUN", "PROPN"})
"""Parts of speech of nouns, common and proper."""


class _Decision(enum.Enum):
    """A rule's answer that is not a group."""

    NO_SPEAKER = "no speaker"


NO_SPEAKER = _Decision.NO_SPEAKER
"""A rule's answer when the mention stands for nobody it can name (an unresolved pronoun)."""

Outcome = Group | _Decision | None
"""What a ``speakers`` rule returns: a group, :data:`NO_SPEAKER`, or ``None`` to pass."""


@dataclass(frozen=True)
class SpeakerSite:
    """A speaker mention to resolve.

    Args:
        reader: The pass over the article (its groups, owners and history).
        quote: The quotation.
        speaker: Its speaker mention.
        root: The syntactic head of the mention.
        head: The word standing for the speaker: for a relative pronoun
            ("X, who said") its antecedent, else ``root``.

    """

    reader: Reader
    quote: Quotation
    speaker: Mention
    root: Token
    head: Token


def antecedent(root: Token) -> Token:
    """The noun a relative pronoun stands for ("X, who said ...": X), else the word itself."""
    if root.lower_ in RELATIVE_PRONOUNS and root.head.dep_ == "relcl" and root.head.head is not root.head:
        return root.head.head
    return root


def cue_lemma(site: SpeakerSite) -> str:
    """The lemma of the quotation's cue: the attribution stage's, else the cue's head word's."""
    cue = site.quote.cue
    if cue is None:
        return ""
    if isinstance(cue, Cue) and cue.lemma:
        return cue.lemma.lower().split()[0]
    root = span_root(site.reader.doc, cue.start, cue.end)
    return root.lemma_.lower() if root is not None else ""


def possessor(site: SpeakerSite) -> Group | None:
    """The named group that possesses the head ("the company’s spokesman": the company)."""
    owner = site.reader.owner
    return next((owner[c.i] for c in site.head.children if c.dep_ == "poss" and c.i in owner), None)


def _mention_of(site: SpeakerSite, group: Group) -> Group:
    """Record the speaker mention as a mention of ``group`` and return it."""
    site.reader.add_mention(group, site.speaker.start, site.speaker.end)
    return group


@rule("speaker.apposed_person", stage="speakers", order=90)
def apposed_person_speaker(site: SpeakerSite) -> Outcome:
    """A role written as a name ("The local MP", "The Dean of Hexley") with a person's name in apposition: that person.

    The tagger reads a capitalised office as a name of its own (an acronym's
    organisation, "The Dean of Hexley"); the person named beside it ("The
    local MP, Ana Ruiz, said") is who speaks, as with a lower-case role.
    """
    owner = site.reader.owner
    group = owner.get(site.root.i)
    if group is None or (group.type == "person" and not _office(group)):
        return None
    for child in site.root.children:
        named = owner.get(child.i) if child.dep_ == "appos" and child.i > site.root.i else None
        if named is not None and named is not group and _personal(named):
            return _mention_of(site, named)
    return None


def _personal(group: Group) -> bool:
    """Whether a group is a person's, or reads like one though the tagger called it an organisation."""
    return group.type == "person" or group.organisation_by_votes_only


def _office(group: Group) -> bool:
    """Whether a name reads as an office, a title role and "of" ("Dean of Hexley", "Bishop of Lowmoor")."""
    words = group.name.split()
    if len(words) < 3 or words[1] != "of":
        return False
    role = _lexicon.roles().get(words[0].lower())
    return role is not None and role.title


@rule("speaker.name", stage="speakers", order=100)
def name_speaker(site: SpeakerSite) -> Outcome:
    """The mention's head word is part of a proper name: that name's entity."""
    return site.reader.owner.get(site.root.i)


@rule("speaker.relative", stage="speakers", order=200)
def relative_speaker(site: SpeakerSite) -> Outcome:
    """A relative pronoun ("X, who said"): the entity of the name it stands for."""
    group = site.reader.owner.get(site.head.i) if site.head is not site.root else None
    return _mention_of(site, group) if group is not None else None


@rule("speaker.pronoun", stage="speakers", order=300)
def pronoun_speaker(site: SpeakerSite) -> Outcome:
    """A pronoun: the entity it resolves to, or no speaker when unsure."""
    if site.head.lower_ not in _lexicon.pronouns():
        return None
    outer = outer_speaker(site)  # a quoted "he" is never the speaker around it
    group = site.reader.pronoun(site.head, speaker=True, cue=cue_lemma(site), not_of=outer)
    return NO_SPEAKER if group is None else group


PLURAL_BACK_REFERENCES = frozenset({"both", "all", "two", "three", "four"})
"""Words that, alone as a subject ("Both said", "the two said"), point back to several people."""

PARTS = frozenset({"one", "some", "each", "either", "neither", "both", "all", "two", "three", "another"})
"""Words that pick some of a plural group out ("one of them", "two of them")."""


@rule("speaker.partitive", stage="speakers", order=350)
def partitive_speaker(site: SpeakerSite) -> Outcome:
    """Part of a group named before ("one of them", "both", "the two"): the group it points back to."""
    head = site.head
    word = head.lower_
    if _pair_of_people(head):
        return _the_pair(site)
    if _one_of_a_pair(head):
        return _member_of_pair(site)
    if word not in PARTS and word not in PLURAL_BACK_REFERENCES:
        return None
    if any(c.dep_ == "appos" and c.i in site.reader.owner for c in head.children):
        return None  # "One of them, Deepak Sood, said": the name (speaker.appositive)
    described = _described_part(site) if word in DESCRIBED_PARTS else None
    if described is not None:
        return described
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        return _part_of(site, of)
    if word in PLURAL_BACK_REFERENCES and not any(c.pos_ in _NOUNS for c in head.children):
        return _the_group(site)
    if word == "another" and head.pos_ != "DET":
        return _another(site)
    return None


PAIR_NOUNS = frozenset({"man", "woman", "people"})
"""Plural nouns that, after "both" or "the two", point back to the people named together ("Both women said")."""


def _pair_of_people(head: Token) -> bool:
    """Whether a plural head is "both men", "both women", "the two men", "the two people"."""
    if head.lemma_.lower() not in PAIR_NOUNS or head.tag_ != "NNS":
        return False
    words = {c.lower_ for c in head.children if c.dep_ in {"det", "predet", "nummod"}}
    return "both" in words or {"the", "two"} <= words


PAIR_WINDOW = 400
"""How far before "said one" / "said the other" the pair of unnamed people ("two men") may be introduced."""


def _one_of_a_pair(head: Token) -> bool:
    """Whether a bare subject picks one of two people: "one" (no "of ...", no noun) or "the other"."""
    if any(c.dep_ in {"prep", "appos", "amod", "compound"} for c in head.children):
        return False  # "one of them", "One, a teacher", "the other driver"
    if head.lower_ == "one":
        return head.pos_ in {"NUM", "PRON", "NOUN"}
    return head.lower_ == "other" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _pair_noun(site: SpeakerSite) -> Token | None:
    """The plural person noun of the last unnamed pair introduced before the speaker ("Two men", "two witnesses")."""
    doc = site.reader.doc
    start = site.speaker.start
    found: Token | None = None
    for token in doc.char_span(max(0, start - PAIR_WINDOW), start, alignment_mode="expand") or ():
        noun = token.head
        if token.lower_ != "two" or token.dep_ != "nummod" or noun.tag_ != "NNS" or noun.idx >= start:
            continue
        role = _lexicon.roles().get(noun.lemma_.lower())
        if role is not None and role.type == "person":
            found = noun
    return found


def _member_of_pair(site: SpeakerSite) -> Outcome:
    """One of two unnamed people introduced together ("Two men ... “...,” said one. “...,” said the other."): each new.

    "one" and "the other" are two different people, neither named: each an anonymous person labelled by the
    pair's noun ("one of the two men", "the other of the two men"). Without such a pair nearby the rule passes.
    """
    noun = _pair_noun(site)
    if noun is None:
        return None
    which = "one" if site.head.lower_ == "one" else "the other"
    label = f"{which} of the two {noun.lower_}"
    group = Group(kind="anonymous", label=label, anonymous=describe(label), salient=True)
    group.votes["person"] += 1
    group.role_nouns.add(noun.lemma_.lower())
    site.reader.groups.append(group)
    return _mention_of(site, group)


def _the_pair(site: SpeakerSite) -> Outcome:
    """The people named together last ("Morag and Eilidh Dunbar ... Both women said"), else what "they" is."""
    group = site.reader.latest_set(site.speaker.start)
    if group is not None:
        return _mention_of(site, group)
    return _the_group(site)


def _part_of(site: SpeakerSite, of: Token) -> Outcome:
    """The group "them" resolves to ("one of them"); one unnamed person of a group of people ("one of the friends")."""
    them = next((c for c in of.children if c.dep_ == "pobj" and c.lower_ == "them"), None)
    if them is None:
        return _one_of_people(site, of)
    group = site.reader.pronoun(them, speaker=True, cue=cue_lemma(site))
    return NO_SPEAKER if group is None else _mention_of(site, group)


def _the_group(site: SpeakerSite) -> Outcome:
    """What a "they" would be there ("Both said", "the two said"), else the people named together last."""
    group = site.reader.pronoun(site.head, speaker=True, cue=cue_lemma(site), read_as="they")
    if group is not None:
        return group
    group = site.reader.latest_set(site.speaker.start)  # "both" reaches further back than "they"
    return NO_SPEAKER if group is None else _mention_of(site, group)


def _one_of_people(site: SpeakerSite, of: Token) -> Outcome:
    """One unnamed person out of a group of people ("One of the friends, a teacher from Kendal, said"): someone new.

    The source is one person, singular, named by the partitive phrase; a later "he" or "she" can stand for them.
    """
    head = site.head
    people = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ == "NNS"), None)
    if head.lower_ != "one" or people is None:
        return None
    role = _lexicon.roles().get(people.lemma_.lower())
    if role is None or role.type != "person":
        return None
    words = site.reader.doc[head.i : people.i + 1]
    group = Group(kind="anonymous", label=words.text, anonymous=describe(words.text), salient=True)
    group.votes["person"] += 1
    group.role_nouns.add(people.lemma_.lower())
    site.reader.groups.append(group)
    return _mention_of(site, group)


DESCRIBED_PARTS = frozenset({"one", "another"})
"""Words that pick one person out of a group and may be described by an appositive ("Another, a retired teacher,")."""


def _described_part(site: SpeakerSite) -> Group | None:
    """Someone new the appositive describes ("Another, a retired teacher, said"): named by its words, not "Another"."""
    owner = site.reader.owner
    appos = next((c for c in site.head.children if c.dep_ == "appos" and c.pos_ in _NOUNS and c.i not in owner), None)
    if appos is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in site.head.children):
        return None  # "One of the friends, a teacher from Kendal,": named by its head (speaker.anonymous)
    doc = site.reader.doc
    words = list(doc[appos.left_edge.i : appos.i + 1])  # up to the head, not its clauses
    nouns = role_nouns(words)
    if not nouns or not any(t.dep_ == "det" and t.lower_ in {"a", "an"} for t in appos.children):
        return None
    group = site.reader.role(nouns, appos, None, words[0].idx, appos.idx + len(appos.text))
    return _mention_of(site, group)


def _another(site: SpeakerSite) -> Outcome:
    """Another of the kind the previous speaker was one of ("said one resident ... said another")."""
    speakers = site.reader.speakers
    previous = speakers[-1] if speakers else None
    words = previous.label.split() if previous is not None and not previous.names else []
    if len(words) < 2 or words[0].lower() not in {"one", "a", "an"}:
        return None
    label = f"{site.speaker.text} {' '.join(words[1:])}"
    group = Group(kind=previous.kind if previous is not None else "unknown", label=label, salient=True)
    group.votes.update(previous.votes if previous is not None else {})
    if previous is not None and previous.anonymous is not None:
        group.anonymous = describe(label)
    site.reader.groups.append(group)
    return _mention_of(site, group)


@rule("speaker.appositive", stage="speakers", order=400)
def appositive_speaker(site: SpeakerSite) -> Outcome:
    """A name in apposition to the head ("the lawyer, Ana Ruiz,"), or to its last noun: that name's entity.

    The parser often hangs the name on the last noun of a long title ("The
    company's head of vaccines, Matthias Oberholzer, told": on "vaccines");
    a name in apposition right after the mention is its speaker all the same.
    """
    owner = site.reader.owner
    group = next((owner[c.i] for c in site.head.children if c.dep_ == "appos" and c.i in owner), None)
    if group is None and site.head is site.root:
        group = _trailing_appositive(site)
    return _mention_of(site, group) if group is not None else None


def _trailing_appositive(site: SpeakerSite) -> Group | None:
    """A name in apposition to the last word of the mention, written right after it ("..., Ana Ruiz,")."""
    doc = site.reader.doc
    span = doc.char_span(site.speaker.start, site.speaker.end, alignment_mode="expand")
    if span is None or len(span) == 0 or span[-1].pos_ not in _NOUNS:
        return None
    last = span[-1]
    role = _lexicon.roles().get(last.lemma_.lower())
    if role is not None and role.type == "person":
        return None  # "A spokesman for the mayor, Ann Lee,": Ann Lee is the mayor
    owner = site.reader.owner
    for child in last.children:
        if child.dep_ == "appos" and child.i in owner and child.i > last.i:
            between = doc[last.i + 1 : child.left_edge.i]
            if all(t.is_punct or t.is_space for t in between):
                return owner[child.i]
    return None


@rule("speaker.anonymous", stage="speakers", order=500)
def anonymous_speaker(site: SpeakerSite) -> Outcome:
    """An unnamed-source noun ("two officials"): a new anonymous entity, or the one "the official" points back to."""
    head = site.head
    if head.pos_ not in _NOUNS or possessor(site) is not None or anonymous_head(head.text) is None:
        return None
    clause = site.root.head if head is not site.root else None  # "Two officials, who said": not the clause
    phrase = site.reader.phrase(head, site.speaker.text, clause)
    group = site.reader.anonymous(head, phrase, site.speaker.start, site.speaker.end)
    if group.label == phrase:  # a new source, not "the spokesperson" after one
        name_the_organisation(site.reader, group, head, site.speaker.start)
    return group


@rule("speaker.role", stage="speakers", order=600)
def role_speaker(site: SpeakerSite) -> Outcome:
    """A role noun ("the mayor"): the latest entity holding the role, else a new entity for it."""
    head = site.head
    nouns = role_nouns(list(site.reader.doc[head.left_edge.i : head.i + 1]))  # up to the head, not its clauses
    if not nouns:
        return None
    start, end = site.speaker.start, site.speaker.end
    if head is not site.root:  # "Two trustees, who said": named by the words the relative pronoun stands for
        start, end = site.reader.doc[head.left_edge.i].idx, head.idx + len(head.text)
    return site.reader.role(nouns, head, possessor(site), start, end)


BACK_REFERENCE_DETERMINERS = frozenset({"the", "this"})
"""Determiners of a short back-reference to a name ("the college" after "the Royal College of Midwives")."""


@rule("speaker.name_word", stage="speakers", order=650)
def name_word_speaker(site: SpeakerSite) -> Outcome:
    """A definite noun that is a word of an organisation named before ("the college"): that organisation."""
    head = site.head
    if head.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in BACK_REFERENCE_DETERMINERS for c in head.children
    ):
        return None
    if any(c.dep_ in {"amod", "compound", "poss", "nummod"} for c in head.children):
        return None  # "the medical college", "the city's college": another one
    group = site.reader.holder({head.lower_}, plural=head.tag_ in {"NNS", "NNPS"})
    if group is None or group.type != "organisation" or head.lower_ not in group.name_words:
        return None
    return _mention_of(site, group)


@rule("speaker.inner_name", stage="speakers", order=700)
def inner_name_speaker(site: SpeakerSite) -> Outcome:
    """A proper name somewhere inside the mention's words: its entity."""
    return site.reader.first_owned_in(site.speaker.start, site.speaker.end)


MAX_LABEL = 120
"""Longest words that name an entity of unknown type."""


@rule("speaker.unknown", stage="speakers", order=800)
def unknown_speaker(site: SpeakerSite) -> Outcome:
    """Anything else ("the report"): a new entity of unknown type named by the mention's words.

    A relative pronoun ("a non-profit that advocates ...") is named by the
    words it stands for, up to their head ("a non-profit"). A document ("an
    internal memo") is marked one, so that a later "it said" may stand for it.
    """
    label = site.speaker.text
    if site.head is not site.root:
        words = site.reader.doc[site.head.left_edge.i : site.head.i + 1]
        label = words.text if len(words.text) <= MAX_LABEL else label
    group = Group(kind="unknown", label=label, salient=True, document=is_document(site.head))
    site.reader.groups.append(group)
    return _mention_of(site, group)


def speaker_group(reader: Reader, quote: Quotation) -> Group | None:
    """Resolve a quotation's speaker mention to a group, trying the ``speakers`` rules in order.

    Args:
        reader: The pass over the article.
        quote: A quotation with a speaker mention.

    Returns:
        The group, or ``None`` for a credit line, an unparsed mention or an
        unresolved pronoun.

    """
    speaker = quote.speaker
    assert speaker is not None
    if reader.layout.in_credit(speaker.start, speaker.end):
        return None
    root = span_root(reader.doc, speaker.start, speaker.end)
    if root is None:
        return None
    site = SpeakerSite(reader, quote, speaker, root, antecedent(root))
    for found in reader.speaker_rules:
        outcome = found.func(site)
        if outcome is NO_SPEAKER:
            return None
        if isinstance(outcome, Group):
            return outcome
    return None
