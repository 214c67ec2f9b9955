"""Quoted words a thing carries, and the noise of a crowd: text and chants, not anybody's statement.

News quotes many words that nobody states on an occasion. These rules read the
verb or noun the quoted words hang off:

- **text a thing carries**: a carrying verb ("carry", "bear", "feature",
  "include", "display") whose subject is a thing, not a person, an organisation
  or a document that speaks: "The mugs, which carry the message ‘Keep Calm’",
  "The war memorial bears the line «Their name liveth»", "The driving test now
  includes the question ‘What should you do at ...?’". "The statement included the
  words “deeply sorry”" (a document) and "The senator included the line ‘...’"
  (a person) stay quotations;
- **words put on a thing**: an inscribing verb ("inscribe", "engrave",
  "paint", "tattoo", "embroider", "stamp") whoever holds the brush: "The
  foundation stone, inscribed „Laid in Hope“", "The line ‘...’ was painted on
  the wall";
- **a work that opens or closes on its words**: "The album closes on the line
  “and the lights go out”" (a work noun as the subject of "open", "close",
  "end", "begin", the words after a preposition: "The report concluded “...”"
  reports);
- **the noise of a crowd**: a sound verb ("ring", "echo", "resound") whose
  subject is a place or a noise ("The terraces rang to ‘...’", "The stadium
  echoed with “Easy, easy!”"), a chant verb voiced by a place ("the away end
  chanted “...”"), a crowd serenading someone or reciting together ("Home fans
  serenaded the keeper with ‘...’", "The congregation recited “...”"), and a
  noise noun with the words after "of" and no owner ("Shouts of “Shame!” rang
  out", "greeted the mayor with chants of ‘Out!’").
  A named person's cry ("Hale's cry of “Foul!”") stays speech; a crowd
  chanting as the subject of "chant" is left to the opt-in ``reject.chant``
  (PolNeAR annotates it);
- **handles, hashtags, addresses and emoji** in marks: "posts as
  ‘@RealMayor’", "replied with the “🐐” emoji".

A sentence that a cue, "according to" or a parenthetical "X said" reports is
left to that claim ("McAuliffe was greeted with chants of “Bobby!”, according
to Ruiz", "Police said the terraces rang to ‘...’").

The word classes are data: ``quoteextract/lang/en/data/reject_words.tsv``
(``carry_verb``, ``speaking_noun``, ``inscribe_verb``, ``text_verb``, ``text_noun``, ``sound_verb``,
``noise_noun``, ``crowd_place``, ``chorus_verb``).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from ...lang.en._lexicon import cue_noun
from ...lang.en._speaker_lexicon import roles
from ...lang.en._tables import read_table
from ...lang.en.syntax import SUBJECT_DEPS, VERB_POS
from ...rules import rule
from ._context import Scene, Setting
from ._reject_chant import is_crowd
from ._reject_syntax import (
    MAX_HOPS,
    OBJECT_CLAUSE_DEPS,
    PROPER_ENTITIES,
    _reported_above,
    attachment,
    reported_otherwise,
    verb_over_quote,
    words,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVES: frozenset[str] = frozenset({"which", "that"})
"""Relative pronouns whose antecedent is the verb's real subject ("The mugs, which carry ...")."""

PARTICIPLE_DEPS: frozenset[str] = frozenset({"acl", "relcl"})
"""Labels of a verb that describes the noun above it ("The stone, inscribed “...”")."""

HANDLE = regex.compile(
    r"^\s*(?:[@#][\p{L}\p{N}_.]+|https?://\S+|www\.\S+|[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}"
    r"|(?=[^\p{L}\p{N}]*\p{So})[\p{So}\p{Sk}\p{Mn}\p{Cf}]{1,8})\s*$"
)
"""A handle, a hashtag, a web or e-mail address, or a few emoji (no letter, no punctuation alone)."""

PERSONAL_POSSESSIVES: frozenset[str] = frozenset({"my", "your", "his", "her", "our", "their"})
"""Possessives of people ("Her remarks"): what they own carries their words."""

OWNER_DEPS: frozenset[str] = frozenset({"poss"})
"""Labels of the owner of a noise ("Hale's cry of “...”"): the owner's cry is speech."""


@functools.cache
def _documents() -> frozenset[str]:
    """Nouns of documents whose words are their author's (``document_nouns.tsv``)."""
    return frozenset(noun for noun, _ in read_table("document_nouns.tsv", 2))


def speaks(token: Token) -> bool:
    """Whether a subject can state words of its own: a name, a pronoun, a person, a group or a document.

    Args:
        token: The subject (or the noun a participle describes).

    Returns:
        False only for a common noun of a thing ("the mugs", "the memorial", "the driving test"), not a
        speech noun ("speech", "remarks", "e-mail", a cue noun) nor a thing a person owns ("her mug").

    """
    if token.pos_ != "NOUN" or token.ent_type_ in PROPER_ENTITIES:
        return True
    lemma = token.lemma_.lower()
    if lemma in words("speaking_noun") or cue_noun(lemma) is not None or _owned_by_person(token):
        return True  # "The governor's speech included ...", "Her remarks featured ...": somebody's words
    return lemma in roles() or lemma in _documents() or lemma in words("crowd_noun") or lemma in words("crowd_place")


def _owned_by_person(token: Token) -> bool:
    """Whether a person owns the thing ("her mug", "Ruiz's banner"): a personal possessive or a person's name."""
    return any(
        c.dep_ == "poss" and (c.lower_ in PERSONAL_POSSESSIVES or c.ent_type_ == "PERSON") for c in token.children
    )


def _voice(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun's antecedent; the noun a participle describes."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.lower_ in RELATIVES and verb.dep_ in PARTICIPLE_DEPS:
        return verb.head
    if subject is None and verb.dep_ in PARTICIPLE_DEPS and verb.head.i != verb.i:
        return verb.head
    return subject


def reported(scene: Scene, setting: Setting, word: Token) -> bool:
    """Whether a real report holds the words: a cue above ``word``, or "according to" or "..., X said," in the sentence.

    "Police said the terraces rang to ‘...’" and "McAuliffe was greeted with chants of “Bobby!”, according to
    Ruiz" report the whole sentence: the pairing is left to that claim.
    """
    return _reported_above(word) or reported_otherwise(scene, setting)


def _text_noun_before(scene: Scene, setting: Setting) -> bool:
    """Whether a noun of text ("the line", "the words", "the message") is right before the opening mark.

    The parse may hang a quoted clause off the verb ("The film opens with the line “Nobody ever ...”"):
    the noun before the marks still makes it the text the verb carries, not a clause it reports.
    """
    before = [t for t in scene.tokens_in(setting.pre.start, setting.quote.open.start) if not t.is_punct]
    return bool(before) and before[-1].pos_ == "NOUN" and before[-1].lemma_.lower() in words("text_noun")


def carried_reason(scene: Scene, setting: Setting) -> str | None:
    """The reason the verb over the quoted words gives when they are text on a thing (module docstring).

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        ``slogan`` for words a thing carries or has put on it, ``title`` for the words a work opens or
        closes on, else ``None``.

    """
    found = verb_over_quote(scene, setting)
    if found is None:
        return None
    verb, child = found
    lemma = verb.lemma_.lower()
    if reported(scene, setting, verb):
        return None
    if lemma in words("inscribe_verb"):
        return "slogan"
    named = _text_noun_before(scene, setting)
    if child.dep_ in SUBJECT_DEPS or (child.dep_ in OBJECT_CLAUSE_DEPS and not named):
        return None  # "The report concluded “...”": the verb reports the quoted clause
    voice = _voice(verb)
    if voice is None:
        return None
    if lemma in words("carry_verb") and not speaks(voice):
        return "slogan"
    if lemma in words("text_verb") and (child.dep_ == "prep" or named) and voice.lemma_.lower() in words("work_noun"):
        return "title"
    return None


def _noise_owned(noun: Token) -> bool:
    """Whether a noise noun has an owner ("Hale's cry", "their chants"), whose words it would be."""
    return any(c.dep_ in OWNER_DEPS for c in noun.children)


def _noise_of(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words follow "of" after a noise noun with no owner ("chants of “Out!”")."""
    token = attachment(scene, setting)
    if token is None or token.head.lower_ != "of" or token.head.head.i == token.head.i:
        return False
    noun = token.head.head
    if noun.lemma_.lower() not in words("noise_noun") or _noise_owned(noun) or reported(scene, setting, noun):
        return False
    return not _voiced_by_someone(noun)


def _voiced_by_someone(noun: Token) -> bool:
    """Whether the verb a noise noun hangs off has one speaker as subject ("The referee answered with a shout of ...").

    "Christie roused the crowd to chants of ‘...’" and "A guard answered with a shout of “...”" have a speaker; "The
    crowd answered with chants of ...", "The stadium greeted him with cries of ..." and a subjectless noise do not.
    """
    node = noun.head
    for _ in range(MAX_HOPS):
        if node.pos_ in VERB_POS:
            voice = _voice(node)
            if voice is None or is_crowd(voice) or voice.lemma_.lower() in words("crowd_place"):
                return False
            return speaks(voice)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def crowd_noise(scene: Scene, setting: Setting) -> bool:
    """Whether the quoted words are the noise of a crowd, a place or a noise (see the module docstring).

    Args:
        scene: The article.
        setting: The pairing in its sentence.

    Returns:
        True for "The terraces rang to ‘...’", "Shouts of “Shame!”", "the away end chanted “...”",
        "Home fans serenaded the keeper with ‘...’"; False for "Lee shouted “Stop!”".

    """
    if _noise_of(scene, setting):
        return True
    found = verb_over_quote(scene, setting)
    if found is None or found[1].dep_ in SUBJECT_DEPS:
        return False
    verb = found[0]
    voice = _voice(verb)
    if voice is None or reported(scene, setting, verb):
        return False
    lemma, voiced = verb.lemma_.lower(), voice.lemma_.lower()
    place = voiced in words("crowd_place")
    if lemma in words("sound_verb"):
        return place or voiced in words("noise_noun") or not speaks(voice)
    if lemma in words("chant_verb"):
        return place
    return lemma in words("chorus_verb") and (place or is_crowd(voice))


def is_handle(setting: Setting) -> bool:
    """Whether the quoted words are a handle, hashtag, address or a few emoji ("‘@RealMayor’", "“🐐”").

    Args:
        setting: The pairing in its sentence.

    Returns:
        True when the content is one of :data:`HANDLE`'s forms.

    """
    return HANDLE.match(setting.quote.content.text) is not None


@rule("reject.carried_text", stage="reject", order=61)
def carried_text(scene: Scene, setting: Setting) -> str | None:
    """Words a thing carries or has put on it ("The mugs carry the message ‘...’", "inscribed „...“"): a slogan."""
    return carried_reason(scene, setting)


@rule("reject.crowd_noise", stage="reject", order=56)
def crowd_noise_rule(scene: Scene, setting: Setting) -> str | None:
    """The noise of a crowd ("The terraces rang to ‘...’", "Shouts of “Shame!”"): a slogan, not a quotation."""
    return "slogan" if crowd_noise(scene, setting) else None


@rule("reject.handle", stage="reject", order=9)
def handle(scene: Scene, setting: Setting) -> str | None:
    """A handle, hashtag, address or emoji in marks ("posts as ‘@RealMayor’"): a word as a word."""
    return "word_as_word" if is_handle(setting) else None
