"""Labels inside a naming construction: "called it a “temporary” closure", "officials describe X as a “...”".

A naming verb ("call", "describe ... as", "label", "brand", "dub", "term",
"refer to ... as") with quoted words in its complement is, in news, most
often a partial quotation of its subject: "Smith called the plan “a disaster
for workers”" reports Smith's words, and PolNeAR annotates it so. Two shapes
are the writer's labels instead, not reported speech:

- the quoted words only *modify* the noun that the naming verb gives ("The
  council called it a “temporary” closure", "what her team calls her
  “breaking barriers” agenda"): the writer holds one word of the name at a
  distance (a scare quote); the subject's words would be the whole name;
- the subject is a *generic plural* ("Officials describe the gap as a
  “rounding error”", "Economists call it “shrinkflation”", "many
  commentators called him “the grownup”"): a bare plural names no one who
  spoke on an occasion, so the quoted noun phrase is a current label, not a
  quotation. A plural with a determiner, a number, a name or a
  description ("the officials", "two economists", "Border Patrol agents")
  still speaks.

Quoted words that form a clause ("called it “a plan that will never
work”"... with a verb) or end with "!" or "?" are never rejected here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lang.en.syntax import SUBJECT_DEPS, VERB_POS
from ...rules import rule
from ._context import Scene, Setting, word_count
from ._reject_syntax import MODIFIER_DEPS, NOMINAL_POS, _has_noun, verb_over_quote, words

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_LABEL_WORDS = 5
"""Longest quoted label (in words) a generic plural subject can make the writer's."""

MAX_MODIFIER_WORDS = 4
"""Longest quoted modifier (in words) inside the name a naming verb gives."""

NAME_DEPS: frozenset[str] = frozenset({"dobj", "oprd", "attr", "appos", "ccomp", "xcomp"})
"""Labels of the name a naming verb gives ("called it a [closure]", "branded the stadium a [elephant]")."""

NAME_PREPOSITIONS: frozenset[str] = frozenset({"as"})
"""The preposition that introduces the name ("describe the gap as a [error]", "refer to it as [...]")."""

MAX_BETWEEN = 3
"""Most tokens between the closing mark and the noun the quoted words modify."""

OWN_WORDS: frozenset[str] = frozenset({"what", "whatever"})
"""Objects of a naming verb that hand the name to its subject ("what he calls ...")."""

QUANTIFIERS: frozenset[str] = frozenset({"many", "some", "most", "few", "other", "others", "all"})
"""Determiners that leave a plural subject generic ("many commentators", "some economists")."""

SPECIFIC_DEPS: frozenset[str] = frozenset(
    {"det", "poss", "nummod", "compound", "appos", "acl", "relcl", "prep", "conj", "nmod", "quantmod"}
)
"""Dependents of a plural subject that make it particular people ("the officials", "two economists",
"officials at the port", "Border Patrol agents")."""


def _label_like(scene: Scene, setting: Setting, longest: int) -> bool:
    """Whether the quoted words are a short phrase without a verb of their own and without ``!`` or ``?``.

    A participle or gerund that modifies a noun is part of a label ("a “rounding error”", "“breaking
    barriers” agenda"); any other verb makes the quoted words a clause.
    """
    content = setting.quote.content.text.strip()
    if not content or word_count(content) > longest or content.rstrip("”’\"'").endswith(("!", "?")):
        return False
    tokens = scene.tokens_in(setting.quote.content.start, setting.quote.content.end)
    return not any(t.pos_ in VERB_POS and t.dep_ not in MODIFIER_DEPS for t in tokens)


def naming_verbs() -> frozenset[str]:
    """The lemmas of the naming verbs (``naming_verb`` of ``reject_words.tsv``, with "characterize")."""
    return words("naming_verb") | {"characterize", "characterise"}


def _naming_verb_above(noun: Token) -> Token | None:
    """The naming verb whose name ``noun`` is (directly, or through "as"), if any."""
    head = noun.head
    if noun.dep_ in NAME_DEPS and head.lemma_.lower() in naming_verbs():
        return head
    if noun.dep_ != "pobj" or head.lower_ not in NAME_PREPOSITIONS:
        return None
    above = head.head  # "describe [the gap] as ...": "as" hangs off the verb or off its object
    if above.lemma_.lower() not in naming_verbs() and above.dep_ in ("dobj", "pobj"):
        above = above.head if above.dep_ == "dobj" else above.head.head
    return above if above.lemma_.lower() in naming_verbs() else None


def modifier_in_name(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words only modify the noun after them, and that noun is the name a naming verb gives.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for "called it a “temporary” closure" or "what her team calls her
        “breaking barriers” agenda"; False for "called the plan “a disaster”"
        (the quoted words are the whole name).

    """
    content = setting.quote.content.text.rstrip()
    if not _label_like(scene, setting, MAX_MODIFIER_WORDS) or content[-1:] in ".,;:" or not _lower_case(content):
        return False  # "called Dunmore “Little Duncan”": a name the speaker gives, not a scare quote
    noun = _modified_noun(scene, setting)
    if noun is None:
        return False
    verb = _naming_verb_above(noun)
    return verb is not None and not _names_own_words(verb)


def _modified_noun(scene: Scene, setting: Setting) -> Token | None:
    """The noun right after the marks that the quoted words only modify ("a “temporary” closure"), if any."""
    start, end = setting.quote.content.start, setting.quote.content.end
    inner = [t for t in scene.tokens_in(start, end) if not t.is_punct]
    outside = [t for t in inner if not (start <= t.head.idx < end) and t.head.i != t.i]
    if not outside or len({t.head.i for t in outside}) != 1 or any(t.dep_ not in MODIFIER_DEPS for t in outside):
        return None
    noun = outside[0].head
    if noun.pos_ not in NOMINAL_POS or noun.idx < setting.outer_end:
        return None
    between = scene.tokens_in(setting.outer_end, noun.idx)
    if len(between) > MAX_BETWEEN or any(t.head.i != noun.i and not t.is_punct for t in between):
        return None  # the noun must be the one the quoted words sit in ("a “temporary” road closure")
    return noun


def _lower_case(content: str) -> bool:
    """Whether quoted words start with a lower-case letter (not a name or a title)."""
    first = content.lstrip("“‘\"'([ ")[:1]
    return first.islower()


def _names_own_words(verb: Token) -> bool:
    """Whether the naming verb says the name is its subject's: "what he calls the “crooked” process".

    "What X calls" hands the label to X explicitly; PolNeAR and readers take the
    quoted word as X's.
    """
    return any(t.lower_ in OWN_WORDS for t in verb.children if t.dep_ in ("dobj", "nsubjpass", "oprd"))


def _generic_plural(subject: Token | None) -> bool:
    """Whether a subject is a bare plural common noun ("officials", "many commentators"), no one in particular."""
    if subject is None or subject.tag_ != "NNS" or subject.ent_type_:
        return False
    for child in subject.children:
        if child.dep_ == "det" and child.lower_ in QUANTIFIERS:
            continue
        if child.dep_ == "amod" and child.lower_ in QUANTIFIERS:
            continue
        if child.dep_ in SPECIFIC_DEPS:
            return False
    return True


def generic_label(scene: Scene, setting: Setting) -> bool:
    """Whether a naming verb with a generic plural subject governs a short quoted noun phrase.

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for "Officials describe the gap as a “rounding error”" or
        "Economists call it “shrinkflation”"; False for "The officials called
        it “a rounding error”" or "Officials called the plan “reckless”" (an
        evaluative word, no noun: somebody's words).

    """
    if not _label_like(scene, setting, MAX_LABEL_WORDS) or not _has_noun(scene, setting):
        return False
    found = verb_over_quote(scene, setting)
    if found is None:
        return False
    verb, child = found
    if verb.lemma_.lower() not in naming_verbs() or child.dep_ in SUBJECT_DEPS:
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    if _a_people(subject, verb):
        return True  # "what the Italians call ‘...’": a people's word, not anyone's on an occasion
    return _generic_plural(subject) and not _names_own_words(verb)  # a "subject" after the verb is a misparse


def _a_people(subject: Token | None, verb: Token) -> bool:
    """Whether a present-tense naming verb's subject is a nation or people ("the Italians call", "Germans call").

    In the past tense "the French called it ‘a provocation’" is most often a government or team speaking.
    """
    if subject is None or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    return subject.ent_type_ == "NORP" and subject.tag_ in {"NNPS", "NNS"}


@rule("reject.naming_label", stage="reject", order=55)
def naming_label(scene: Scene, setting: Setting) -> str | None:
    """A label inside a naming construction: a quoted modifier of the name given, or a generic plural namer."""
    if modifier_in_name(scene, setting) or generic_label(scene, setting):
        return "scare_quote"
    return None
