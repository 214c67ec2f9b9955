"""Rejections that read the parse: names given, works, signs and scare quotes inside a noun phrase.

The marker words of :mod:`._reject` only see the words right before the
opening mark. These rules read the verb or noun the quoted words hang off,
so the marker may be a few words away:

- a *naming verb* whose subject names no one who speaks ("fans started
  calling the late bus “the ghost”", "whom colleagues call “the Fixer”"), or
  a passive or reduced naming verb ("known locally as “the Grey Lady”",
  "dubbed “the Iron Mayor” by the local paper") gives a name, not a
  quotation; "Smith called the plan “reckless”" (a speaker, an evaluative
  word) stays a quotation;
- a *work verb* with a title-case object ("she wrote “Salt and Iron”",
  "starred in “...”") names a work;
- quoted words that only modify a noun outside the marks ("the
  “gun violence” narrative", "a “temporary” closure") are the writer's scare
  quotes, unless a speech cue reports the clause they sit in.

The word classes are data: ``quoteextract/lang/en/data/reject_words.tsv``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ...lang.en._tables import read_table
from ...lang.en.syntax import SUBJECT_DEPS, VERB_POS, names_relative_object
from ...rules import rule
from ._context import Scene, Setting, word_count
from ._mention import quote_cue
from ._reject import HEADLINE_CAPITALS, PATTERNS, is_title_case
from ._reject_passing import named_in_passing

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_NAME_WORDS = 5
"""Longest quoted name (in words) a naming verb can reject."""

MAX_MODIFIER_WORDS = 4
"""Longest quoted modifier (in words) rejected as a scare quote inside a noun phrase."""

HEADLINE_WINDOW = 160
"""Characters read on each side of the marks to tell a title-case headline."""

HEADLINE_MIN_WORDS = 3
"""Fewest words before the marks for a title-case sentence to be read as a headline."""

MAX_HOPS = 4
"""How far up from the quoted words the governing verb may be."""

MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "compound", "nmod", "nummod", "advmod", "npadvmod", "poss"})
"""Labels of quoted words that only modify the noun they hang off."""

NOMINAL_POS: frozenset[str] = frozenset({"NOUN", "PROPN"})
"""Parts of speech of the noun a scare quote modifies."""

PASSIVE_DEPS: frozenset[str] = frozenset({"acl", "relcl", "amod"})
"""Labels of a participle that modifies a noun ("the tower, known as ...")."""

CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "xcomp", "parataxis", "advcl"})
"""Labels through which a noun phrase is part of a reported clause."""

OBJECT_CLAUSE_DEPS: frozenset[str] = frozenset({"ccomp", "parataxis", "xcomp", "advcl"})
"""Labels of quoted words that are the clause a verb reports, not its object."""

ACTIVE_DEPS: frozenset[str] = frozenset({"nsubj", "dobj", "oprd"})
"""Dependents that show a naming verb is active, whatever its tag."""

RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "whom", "that", "which"})
"""Relative pronouns the parse may give as a second subject ("who fans call ‘...’")."""

NAME_SMALL_WORDS: frozenset[str] = frozenset({"the", "of", "and", "in", "on", "a"})
"""Small words a proper name may hold in lower case ("the Wizard of Oz")."""

PROPER_ENTITIES: frozenset[str] = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entity types of an agent who speaks ("called “a liar” by Senator Ames")."""


@functools.cache
def words(group: str) -> frozenset[str]:
    """The lemmas of one group of ``reject_words.tsv`` (loaded once).

    Args:
        group: ``naming_verb``, ``as_verb``, ``work_verb``, ``sign_noun``,
            ``generic_subject``, ``work_noun``, ``skeptical_verb`` or ``name_giving_verb``.

    Returns:
        The lower-case lemmas.

    """
    return frozenset(word for name, word in read_table("reject_words.tsv", 2) if name == group)


def attachment(scene: Scene, setting: Setting) -> Token | None:
    """The quoted words' token that hangs off a word outside the marks (the first such), if any."""
    start, end = setting.quote.content.start, setting.quote.content.end
    for token in scene.tokens_in(start, end):
        if not token.is_punct and not (start <= token.head.idx < end) and token.head.i != token.i:
            return token
    return None


def governing_verb(token: Token, start: int, end: int) -> tuple[Token, Token] | None:
    """The nearest verb above ``token`` outside ``[start, end)`` and its child on the path.

    Args:
        token: The quoted words' attachment.
        start: The content's first offset.
        end: Offset one past it.

    Returns:
        ``(verb, child)``, or ``None`` within :data:`MAX_HOPS` arcs.

    """
    child, node = token, token.head
    for _ in range(MAX_HOPS):
        if node.i == child.i:
            return None
        if not (start <= node.idx < end) and node.pos_ in VERB_POS:
            return node, child
        child, node = node, node.head
    return None


def verb_over_quote(scene: Scene, setting: Setting) -> tuple[Token, Token] | None:
    """The nearest verb outside the marks above the quoted words, and its child on the path.

    Args:
        scene: The paragraph's parse.
        setting: The quotation and its surroundings.

    Returns:
        ``(verb, child)`` from :func:`governing_verb` over the quoted words'
        :func:`attachment`, or ``None`` when they hang off nothing outside.

    """
    token = attachment(scene, setting)
    if token is None:
        return None
    return governing_verb(token, setting.quote.content.start, setting.quote.content.end)


def _has_verb(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words hold a verb (a clause, not a name)."""
    quote = setting.quote
    return any(t.pos_ in VERB_POS and t.tag_ != "VBN" for t in scene.tokens_in(quote.content.start, quote.content.end))


def _has_noun(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words hold a noun or a name (a name given, not an evaluative word)."""
    quote = setting.quote
    return any(t.pos_ in NOMINAL_POS for t in scene.tokens_in(quote.content.start, quote.content.end))


def _nominal(scene: Scene, setting: Setting, longest: int) -> bool:
    """Whether the quoted words are a short phrase without a verb and without ``!`` or ``?``."""
    content = setting.quote.content.text.strip()
    if not content or word_count(content) > longest or content.rstrip("”’\"'").endswith(("!", "?")):
        return False
    return not _has_verb(scene, setting)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it completes ("fans started calling ...", "took to calling ...")."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subjects:  # "who fans call ‘...’": the namer, not the relative pronoun
            return next((c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS), subjects[0])
        if not _completes(node):
            return None
        node = node.head
    return None


def _completes(verb: Token) -> bool:
    """Whether a verb completes the one above it ("started calling", "came to call": an infinitive as ``advcl``)."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ in ("xcomp", "conj", "pcomp", "prep"):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _dangling_refer(verb: Token) -> bool:
    """Whether "refer" is passive by its bare "to" ("The accused, referred to in court as ‘...’"), whatever its tag."""
    if verb.lemma_.lower() != "refer":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and not any(True for _ in c.children) for c in verb.children)


def _name_like(content: str) -> bool:
    """Whether quoted words read as a proper name: "the" or two words, all capitalised ("the Accountant", "Big Sal")."""
    every = PATTERNS["WORD"].findall(content)
    found = [w for w in every if w.lower() not in NAME_SMALL_WORDS]
    named = bool(found) and all(w[:1].isupper() for w in found)
    return named and (every[0].lower() == "the" or len(found) > 1)


def _speaking_agent(verb: Token) -> bool:
    """Whether a passive verb's agent is a named person or organisation ("by Senator Ames")."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for noun in agent.children:
            if noun.ent_type_ in PROPER_ENTITIES or noun.pos_ == "PROPN":
                return True
    return False


def _reduced_relative(verb: Token) -> bool:
    """Whether a verb tagged finite is a participle after its noun, with no subject ("The condition, often called")."""
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False  # after a name, a finite verb is likelier: "Tim Cook, called ''total political crap''"
    return all(c.dep_ in ("advmod", "punct") for c in verb.lefts)  # not "which Apple's chief, Tim Cook, called"


def is_passive_naming(verb: Token, fragment: tuple[int, int]) -> bool:
    """Whether a naming verb is passive or a participle modifying a noun, without a speaking agent.

    Args:
        verb: The naming verb.
        fragment: ``(start, end)`` of the quoted words.

    Returns:
        True for "known as", "is called", "dubbed “...” by the paper"; False
        when the participle has a subject or an object of its own besides the
        quoted words ("Ortiz, on the radio, called Lee a “menace”" read as a participle).

    """
    if verb.tag_ != "VBN" and not _reduced_relative(verb):
        return False
    if verb.dep_ == "acl" and _relative_subject(verb.head):
        return False  # "which the chief executive, Ana Ruiz, called ‘...’": a finite verb read as a participle
    for child in verb.children:
        if child.dep_ in ACTIVE_DEPS and not (fragment[0] <= child.idx < fragment[1]):
            return False
    passive = verb.dep_ in PASSIVE_DEPS or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive and not _speaking_agent(verb)


def _relative_subject(noun: Token) -> bool:
    """Whether a noun phrase opens right after a relative pronoun: the subject of an object relative clause.

    In "the plan, which the chief executive, Ana Ruiz, called ‘nonsense’" the small tagger may read "called"
    as a participle after "executive"; a noun phrase right after "which", "that" or "whom" is the subject of
    the relative clause, and "called" its finite verb: the person named speaks.
    """
    first = noun.left_edge  # the parser may hang "which" on the noun itself
    if first.i < noun.i and first.lower_ in RELATIVE_PRONOUNS:
        return True
    return first.i > 0 and noun.doc[first.i - 1].lower_ in RELATIVE_PRONOUNS


def _after_indefinite(scene: Scene, setting: Setting) -> bool:
    """Whether "a" or "an" stands right before the marks: a characterisation ("as a “real woman”"), not a name."""
    before = PATTERNS["WORD"].findall(
        scene.text, max(setting.para.start, setting.quote.open.start - 6), setting.quote.open.start
    )
    return bool(before) and before[-1].lower() in ("a", "an")


def is_generic(subject: Token | None) -> bool:
    """Whether a subject names no one in particular ("fans", "locals", "many", "colleagues").

    Args:
        subject: The subject token, or ``None``.

    Returns:
        True for a subject whose lemma is a ``generic_subject`` of the word table
        and that is not a name.

    """
    if subject is None or subject.pos_ == "PROPN":
        return False
    return subject.lemma_.lower() in words("generic_subject") or subject.lower_ in words("generic_subject")


def naming_reason(scene: Scene, setting: Setting) -> str | None:
    """The reason a naming verb gives for quoted words it governs (see the module docstring).

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        ``nickname``, ``word_as_word`` or ``scare_quote``, or ``None``.

    """
    token = attachment(scene, setting)
    if token is None or not _nominal(scene, setting, MAX_NAME_WORDS) or not _has_noun(scene, setting):
        return None  # "fans call the plan “reckless”": an evaluative word is somebody's words
    found = governing_verb(token, setting.quote.content.start, setting.quote.content.end)
    if found is None:
        return None
    verb, _ = found
    lemma = verb.lemma_.lower()
    naming = lemma in words("naming_verb")
    if not naming and lemma not in words("as_verb"):
        return None
    if lemma == "coin":
        return "word_as_word"
    if not (_nobody_names(scene, setting, verb, naming) or is_generic(_subject(verb))):
        return None
    if not naming:
        return "scare_quote"
    first = setting.quote.content.text.lstrip("“‘\"' ")
    return "nickname" if first[:1].isupper() or first.lower().startswith("the ") else "word_as_word"


def _nobody_names(scene: Scene, setting: Setting, verb: Token, naming: bool) -> bool:
    """Whether the naming verb gives a name in passing: passive ("known as"), or in a relative clause on the named.

    "The marrow, which its grower calls “Big Geoff”": a proper name given to the relative's antecedent is the
    thing's name; "the budget, which the mayor called “a disgrace”" stays the mayor's words.
    """
    name_like = naming and _name_like(setting.quote.content.text)
    fragment = (setting.quote.open.start, setting.outer_end)
    if name_like and names_relative_object(verb):
        return True
    giving = verb.lemma_.lower() in words("name_giving_verb") or name_like
    return (
        giving
        and (is_passive_naming(verb, fragment) or _dangling_refer(verb))
        and not _after_indefinite(scene, setting)
    )


def work_title(scene: Scene, setting: Setting) -> bool:
    """Whether title-case quoted words are the object of a work verb ("wrote “Salt and Iron”").

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for a title-case phrase governed by a ``work_verb``, or, inside a
        sentence, with no cue verb above it; never in a title-case headline.

    """
    content = setting.quote.content.text
    if not is_title_case(content) or "," in content.rstrip().rstrip(",."):
        return False  # "“Lee, Lee, Lee”": a chant of a name, not a title
    if headline_case(scene.text, setting):
        return False  # a headline in title case: every phrase in it is capitalised
    token = attachment(scene, setting)
    if token is None:
        return False
    found = governing_verb(token, setting.quote.content.start, setting.quote.content.end)
    if found is None:
        return False
    verb, child = found
    if child.dep_ in OBJECT_CLAUSE_DEPS or child.dep_ in SUBJECT_DEPS:
        return False  # "“Thank You Georgia,” he wrote": a quoted sentence; "the authors of “...” wrote": a subject
    if verb.lemma_.lower() in words("work_verb"):
        return True
    from ._quotes import is_standalone

    if is_standalone(scene.text, setting) or _cue_above(token):
        return False
    return not reported_otherwise(scene, setting)


def modifier_scare_quote(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words only modify a noun after the marks, outside any reported clause.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for "the “gun violence” narrative" or "mocked the “world-class”
        design"; False when a cue makes the noun phrase its source's words
        ("she said the “temporary” fix had failed", see :func:`_in_reported_clause`).

    """
    if not _nominal(scene, setting, MAX_MODIFIER_WORDS) or setting.quote.content.text.rstrip()[-1:] in ".,;:":
        return False
    start, end = setting.quote.content.start, setting.quote.content.end
    heads = {
        t.head.i
        for t in scene.tokens_in(start, end)
        if not t.is_punct and not (start <= t.head.idx < end) and t.head.i != t.i
    }
    if len(heads) != 1:
        return False
    noun = scene.doc[heads.pop()]
    attached = [t for t in scene.tokens_in(start, end) if t.head.i == noun.i and not t.is_punct]
    if noun.pos_ not in NOMINAL_POS or noun.idx < setting.outer_end or not attached:
        return False
    if any(t.dep_ not in MODIFIER_DEPS for t in attached):
        return False
    return not _in_reported_clause(noun) and not reported_otherwise(scene, setting)


def reported_otherwise(scene: Scene, setting: Setting) -> bool:
    """Whether the sentence reports the quoted words without a cue above them.

    "According to the engineers, the “temporary” fix failed" and "The
    “temporary” fix, the engineer said, has failed" attribute the sentence
    (rules ``mixed.according_to`` and ``mixed.parenthetical``).

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True when one of those rules, if active, finds the sentence's source.

    """
    from ._mixed import according_to, parenthetical

    return (scene.is_on("mixed.according_to", "mixed") and according_to(scene, setting) is not None) or (
        scene.is_on("mixed.parenthetical", "mixed") and parenthetical(scene, setting) is not None
    )


def _in_reported_clause(noun: Token) -> bool:
    """Whether a cue makes the noun phrase its source's words.

    Kept: a clause a cue reports ("said [the “temporary” fix had failed]"),
    or the object of a cue whose subject speaks ("warned of a “ferocious”
    battle", "what he calls the “crooked” process"). Not kept: no cue at all,
    a skeptical verb ("mocked the “world-class” design"), or a generic
    subject ("many call it a “historic” day").
    """
    child, node = noun, noun.head
    for _ in range(MAX_HOPS + 2):
        if node.i == child.i:
            return False
        cue = quote_cue(node)
        if cue is not None and cue.kind == "verb":
            if child.dep_ in CLAUSE_DEPS:
                return True
            if node.lemma_.lower() in words("skeptical_verb") or is_generic(_subject(node)):
                return False
            return True
        if child.dep_ in CLAUSE_DEPS and node.pos_ in VERB_POS:
            return _reported_above(node)
        child, node = node, node.head
    return False


def _reported_above(verb: Token) -> bool:
    """Whether a clause (the noun phrase's own) is what a cue above it reports."""
    child, node = verb, verb.head
    for _ in range(MAX_HOPS):
        if node.i == child.i:
            return False
        cue = quote_cue(node)
        if cue is not None and cue.kind == "verb":
            return True
        child, node = node, node.head
    return False


def _cue_above(token: Token) -> bool:
    """Whether a cue verb lies on the path up from ``token`` (within a few arcs)."""
    node = token.head
    for _ in range(MAX_HOPS + 2):
        cue = quote_cue(node)
        if cue is not None and cue.kind == "verb":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def headline_case(text: str, setting: Setting) -> bool:
    """Whether the sentence's words outside the marks are mostly capitalised (a headline written in title case)."""
    near = HEADLINE_WINDOW  # a bounded window: many pairings in one long sentence cost no rescans
    stretches = (
        (max(setting.pre.start, setting.quote.open.start - near), setting.quote.open.start),
        (setting.outer_end, min(setting.post.end, setting.outer_end + near)),
    )
    found = [w for lo, hi in stretches for w in PATTERNS["WORD"].findall(text, lo, hi) if w[:1].isalpha()]
    return len(found) >= HEADLINE_MIN_WORDS and sum(w[:1].isupper() for w in found) >= HEADLINE_CAPITALS * len(found)


# Rules -------------------------------------------------------------------
# Stage "reject", orders between the marker rules (10-40) and the late band (100+).


@rule("reject.naming", stage="reject", order=50)
def naming(scene: Scene, setting: Setting) -> str | None:
    """A name given by no speaker: a passive or generic naming verb ("known locally as “...”", "fans call it “...”")."""
    return "nickname" if named_in_passing(scene, setting) else naming_reason(scene, setting)


@rule("reject.work", stage="reject", order=60)
def work(scene: Scene, setting: Setting) -> str | None:
    """Title-case words that a work verb governs, or no speech verb does ("she wrote “Salt and Iron”")."""
    return "title" if work_title(scene, setting) else None


@rule("reject.modifier", stage="reject", order=70)
def modifier(scene: Scene, setting: Setting) -> str | None:
    """Quoted words that only modify the noun after them, in no reported clause ("the “gun violence” narrative")."""
    return "scare_quote" if modifier_scare_quote(scene, setting) else None
