"""Classify rules for speech acts of courts, hearings and people in authority.

The cue lexicon lists some verbs under a class that is right for most of their
uses but not for these, where news reports what was said:

- what a court, a jury, an inquest or a committee "heard" is the evidence given
  to it ("The court heard that the van had been stolen", "An inquest heard how
  ...", "MPs heard that ..."): speech, although the speaker is often unnamed.
  What a person "heard" stays a belief ("Residents heard that the plant would
  close": hearsay they picked up);
- an order, an instruction, a plea or an appeal made to someone ("The judge
  *ordered* the landlord to repay the deposits", "The coach *instructed* his
  players to ...", "Fire chiefs *begged* people not to ...") is a directive
  said by its subject: speech, with an object and an infinitive as content. The
  lexicon lists "order" as an intention and "press" as a stance because of
  "ordered a new boiler" and "pressed the button"; those have no infinitive, and
  the passive ("was ordered to pay") names no one who spoke;
- an accusation ("The regulator *accused* the company of pumping sewage into the
  river") says that someone did something: speech, and its content ("the company
  of pumping sewage ...") states a proposition, so its content type is
  ``clause`` when "of" takes a gerund. "accused the mayor of corruption" keeps a
  noun phrase; "was accused of" names no accuser. A document a party files or
  sends accuses in its name ("The *lawsuit* accuses the app of tracking children",
  "the complaint accuses the landlord of ignoring damp");
- evidence, an assurance or a warning a speaker "gave" ("The officer *gave
  evidence* that the files were destroyed", "The mayor *gave an assurance* that
  ...") is speech; evidence that a study "gives" stays evidence;
- hearsay without a speaker ("The singer *is said to* be furious", "The minister
  *is reported to* have offered her resignation", "is rumoured to", "is
  understood to"): the passive of a report verb with an infinitive whose subject
  is the thing talked about reports what is believed, not anyone's words. It is a
  ``belief``; "is reported to have said that ..." passes on someone's words and
  stays speech; "She was told to leave" (the addressee as subject) and "was told
  that ..." are left to the lexicon;
- a plea to a criminal charge ("Pell, 58, *denies* six counts of fraud", "She
  *admits* a charge of careless driving", "*pleaded guilty to* one count of ...",
  "*denies* causing death by dangerous driving") reports how a defendant pleads,
  not words: a ``stance``. The charge and offence words are in
  ``data/offences.tsv``; "denied the allegations", "denied stealing the money",
  "denied *any* conspiracy" and "denied that ..." dispute a claim in words and stay
  speech.

Each is a rule of stage ``classify`` that answers before the lexicon's
``classify.class.word``.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.en._lexicon import offences
from ..lang.en.syntax import PASSIVE_SUBJECT_DEPS, is_verb
from ..rules import rule
from .attribution._cues import is_cue
from .classify_acts import active_subject, channel_subject, is_speaker

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .classify import Answer, Target

HEARING_BODIES: frozenset[str] = frozenset(
    {
        "court",
        "jury",
        "juror",
        "inquest",
        "tribunal",
        "hearing",
        "trial",
        "inquiry",
        "committee",
        "panel",
        "commission",
        "magistrate",
        "judge",
        "coroner",
        "meeting",
        "conference",
        "parliament",
        "assembly",
        "senate",
        "mp",
        "lawmaker",
        "senator",
        "councillor",
        "councilor",
    }
)
"""Bodies and officials whose hearing is evidence given to them ("the court heard that ...")."""

HEARING_LEMMAS: frozenset[str] = frozenset({"hear"})
"""Verbs of receiving evidence."""

DIRECTIVE_LEMMAS: frozenset[str] = frozenset(
    {
        "order",
        "instruct",
        "command",
        "direct",
        "press",
        "beg",
        "implore",
        "plead",
        "appeal",
        "advise",
        "request",
        "exhort",
        "entreat",
        "beseech",
    }
)
"""Verbs of a directive said to someone ("ordered the firm to pay", "begged people not to ...")."""

ACCUSATION_LEMMAS: frozenset[str] = frozenset({"accuse"})
"""Verbs that say someone did something ("accused the firm of hiding the losses")."""

ADDRESSEE_PREPOSITIONS: frozenset[str] = frozenset({"to", "with", "on", "upon"})
"""Prepositions that introduce a directive's addressee ("appealed *to* parents", "pleaded *with* the council")."""

INFINITIVE_DEPS: frozenset[str] = frozenset({"xcomp", "ccomp", "advcl", "oprd"})
"""Relations of the infinitive a directive hangs on its verb or its object ("ordered X *to pay*")."""


def _hearing_body(subject: Token | None) -> bool:
    """Whether a subject is a court, a jury, an inquest, a committee or one of their members."""
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma in HEARING_BODIES or (lemma.endswith("s") and lemma[:-1] in HEARING_BODIES)


@rule("classify.class.hearing", stage="classify", order=4)
def class_hearing(target: Target) -> Answer:
    """What a court, a jury, an inquest or a committee "heard" ("The court heard that ...") is ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in HEARING_LEMMAS:
        return None
    return ("cue_class", "speech") if _hearing_body(active_subject(token)) else None


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive ("to pay", "not to light")."""
    return is_verb(verb) and any(c.tag_ == "TO" and c.i < verb.i for c in verb.children)


def _addressee(word: Token) -> bool:
    """Whether ``word`` names who a directive is addressed to ("ordered *the firm*", "appealed *to parents*")."""
    if word.dep_ == "dobj":
        return True
    return word.dep_ == "prep" and word.lower_ in ADDRESSEE_PREPOSITIONS


def _directs(verb: Token) -> bool:
    """Whether a directive verb is addressed to someone and takes an infinitive ("ordered the firm to pay").

    The infinitive hangs on the verb or on the addressee (the parse does both); the
    infinitive's own subject is the addressee when the parse makes a clause of it
    ("begged people not to light ..."). Without an addressee ("begged to differ") it is no
    directive.
    """
    children = list(verb.children)
    for child in children:
        if child.dep_ == "ccomp" and _infinitive(child) and any(g.dep_ == "nsubj" for g in child.children):
            return True
    if not any(_addressee(c) for c in children):
        return False
    for child in children:
        if child.dep_ in INFINITIVE_DEPS and _infinitive(child):
            return True
        if _addressee(child) and any(g.dep_ in INFINITIVE_DEPS and _infinitive(g) for g in child.children):
            return True  # "appealed to parents to stop": the parse may hang the infinitive on the addressee
    return False


@rule("classify.class.directive", stage="classify", order=9)
def class_directive(target: Target) -> Answer:
    """An order, instruction, plea or appeal a speaker made to someone ("ordered the firm to pay") is ``speech``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in DIRECTIVE_LEMMAS:
        return None
    if not _directs(token):
        return None
    subject = active_subject(token) or channel_subject(token)
    return ("cue_class", "speech") if is_speaker(subject) or _hearing_body(subject) else None


def _charge(verb: Token) -> Token | None:
    """The gerund an accusation charges ("accused the firm of *hiding* ..."), if any."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG"), None)
    for child in verb.children:  # the parse may hang "of" on the accused
        if child.dep_ == "dobj":
            found = _charge(child)
            if found is not None:
                return found
    return None


ACCUSING_DOCUMENTS: frozenset[str] = frozenset(
    {"complaint", "lawsuit", "suit", "indictment", "petition", "letter", "filing", "writ", "affidavit", "motion"}
)
"""Documents a party files or sends that accuse in its name ("The *lawsuit* accuses the firm of ...")."""


def _accuses(target: Target) -> bool:
    """Whether the cue is an accusation by a speaker that someone did something."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in ACCUSATION_LEMMAS:
        return False
    subject = active_subject(token)
    speaks = is_speaker(subject) or (subject is not None and subject.lemma_.lower() in ACCUSING_DOCUMENTS)
    return _charge(token) is not None and speaks


@rule("classify.class.accusation", stage="classify", order=9)
def class_accusation(target: Target) -> Answer:
    """An accusation a speaker made that someone did something ("accused the firm of hiding losses") is ``speech``."""
    return ("cue_class", "speech") if _accuses(target) else None


@rule("classify.content.accusation", stage="classify", order=125)
def content_accusation(target: Target) -> Answer:
    """The content of such an accusation ("the firm of hiding the losses") states a proposition: a ``clause``."""
    return ("content_type", "clause") if _accuses(target) else None


GIVING_LEMMAS: frozenset[str] = frozenset({"give", "offer", "provide"})
"""Verbs by which a speaker gives a statement ("*gave* evidence that ...", "*offered* assurances that ...")."""

GIVEN_NOUNS: frozenset[str] = frozenset(
    {"evidence", "testimony", "assurance", "undertaking", "warning", "guarantee", "apology"}
)
"""Cue nouns a speaker gives as a statement."""


@rule("classify.class.given", stage="classify", order=7)
def class_given(target: Target) -> Answer:
    """Evidence, an assurance or a warning a speaker gave ("gave evidence that ...") is ``speech``."""
    token = target.cue_token
    if token is None:
        return None
    verb = token.head if token.pos_ == "NOUN" and token.dep_ == "dobj" else token
    if not is_verb(verb) or verb.lemma_.lower() not in GIVING_LEMMAS:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in GIVEN_NOUNS for c in verb.children):
        return None  # the cue is the noun given, or the verb that gives it ("offered assurances that ...")
    return ("cue_class", "speech") if is_speaker(active_subject(verb)) else None


PROMISE_NOUNS: frozenset[str] = frozenset({"promise", "pledge", "commitment", "vow"})
"""Nouns of an undertaking that a speaker makes in words ("*made a promise* that no school would close")."""

MAKING_LEMMAS: frozenset[str] = GIVING_LEMMAS | {"make", "issue"}
"""Light verbs by which a speaker makes a promise ("*made* a pledge that ...", "*gave* a commitment that ...")."""


@rule("classify.class.promised_that", stage="classify", order=7)
def class_promised_that(target: Target) -> Answer:
    """A promise a speaker made that something will be so ("made a pledge that the pool would reopen"): ``speech``.

    The "that" clause states what was promised, in words; "made a promise to cut taxes" (an
    infinitive) and "the promise of rain" stay intentions.
    """
    noun = target.cue_token
    if noun is None or noun.lemma_.lower() not in PROMISE_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if not is_verb(verb) or verb.lemma_.lower() not in MAKING_LEMMAS or not is_speaker(active_subject(verb)):
        return None
    clause = any(c.dep_ in {"acl", "ccomp"} and c.left_edge.lower_ == "that" for c in noun.children)
    return ("cue_class", "speech") if clause else None


HEARSAY_LEMMAS: frozenset[str] = frozenset(
    {"say", "report", "rumour", "rumor", "understand", "allege", "believe", "think", "know", "consider", "suppose"}
)
"""Report verbs whose passive with an infinitive is hearsay ("is said to be", "is rumoured to have")."""


def _raising_passive(verb: Token) -> bool:
    """Whether ``verb`` is a passive with a subject and an infinitive and no agent ("X is said to be ...")."""
    children = list(verb.children)
    if not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "xcomp" and _infinitive(c) and not _speech_verb(c) for c in children)


def _speech_verb(verb: Token) -> bool:
    """Whether ``verb`` is a speech cue ("is reported *to have said* that ...": the words are someone's)."""
    info = is_cue(verb)
    return info is not None and info.word is not None and info.word.cls == "speech"


@rule("classify.class.hearsay", stage="classify", order=4)
def class_hearsay(target: Target) -> Answer:
    """Hearsay without a speaker ("The singer is said to be furious", "is reported to have") is a ``belief``."""
    token = target.cue_token
    if token is None or not is_verb(token) or token.lemma_.lower() not in HEARSAY_LEMMAS:
        return None
    return ("cue_class", "belief") if _raising_passive(token) else None


PLEA_LEMMAS: frozenset[str] = frozenset({"deny", "admit", "plead"})
"""Verbs of a plea to a charge ("denies two counts of", "admits theft", "pleaded guilty to")."""

PLEA_OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "xcomp", "ccomp", "pcomp", "pobj"})
"""Relations of what is pleaded to: an object, a gerund ("denies causing ..."), or after "to"."""

PLEA_HOPS: frozenset[str] = frozenset({"guilty", "to", "not"})
"""Words between "pleaded" and the charge ("pleaded *guilty to* murder")."""

CLAIM_DETERMINERS: frozenset[str] = frozenset({"any", "all", "these", "those", "such"})
"""Determiners that make the object a claim disputed, not a charge ("denied *any* fraud")."""


def _pleaded(token: Token) -> list[Token]:
    """What a plea verb takes: its objects and gerunds, and the charge after "(guilty) to"."""
    out: list[Token] = []
    stack = list(token.children)
    while stack:
        child = stack.pop()
        if child.dep_ in PLEA_OBJECT_DEPS:
            out.append(child)
            out.extend(c for c in child.children if c.dep_ == "conj")
        elif child.lower_ in PLEA_HOPS:
            stack.extend(child.children)
    return out


def _offence_name(token: Token) -> str:
    """A noun with its modifiers ("false accounting", "dangerous driving")."""
    words = [t.lower_ for t in token.lefts if t.dep_ in {"amod", "compound", "nmod"}]
    return " ".join([*words, token.lower_])


def _names_charge(token: Token) -> bool:
    """Whether a pleaded-to word names a criminal charge, an offence or an offence's gerund."""
    table = offences()
    lemma = token.lemma_.lower()
    if token.tag_ == "VBG" or token.pos_ in {"VERB", "AUX"}:
        wanted = table.gerunds.get(lemma)
        if wanted is None:
            return False
        found = {c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "prep", "agent", "obj"}}
        return "*" in wanted or bool(found & wanted)
    if any(c.lower_ in CLAIM_DETERMINERS for c in token.children):
        return False
    if lemma in table.charges:
        return lemma != "charge" or any(c.lower_ == "of" for c in token.children)
    name = _offence_name(token)
    return (
        lemma in table.offences
        or token.lower_ in table.offences
        or any(name.endswith(offence) for offence in table.offences if " " in offence)
    )


@rule("classify.class.plea", stage="classify", order=3)
def class_plea(target: Target) -> Answer:
    """A plea to a criminal charge ("denies six counts of fraud", "admits manslaughter") is a ``stance``.

    A defendant who denies, admits or pleads guilty to a charge enters a plea: no words
    are reported. The charges and offences are listed in ``data/offences.tsv``; a denial
    of allegations, of an act ("denied stealing the money"), or of a clause stays speech.
    """
    token, quote, content = target.cue_token, target.quote, target.content
    if token is None or content is None or quote.kind != "indirect" or not is_verb(token):
        return None
    if token.lemma_.lower() not in PLEA_LEMMAS:
        return None
    inside = [t for t in _pleaded(token) if content.start <= t.i < content.end]
    return ("cue_class", "stance") if inside and _names_charge(inside[0]) else None
