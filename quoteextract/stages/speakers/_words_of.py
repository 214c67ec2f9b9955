"""A speaker written as the owner of the words: "The minister's reply: ...", "Her answer was short: ...".

News introduces a quotation by naming the words and whose they are: "The
minister's reply:", "Her verdict was blunt:", "Lacey's answer to the minister
was short:". The attribution stage gives the phrase ("Her reply", "The
minister's") as the speaker mention; the speaker is its possessor.

The ``speaker.words_of`` rule (order 80) reads the possessor of a noun of
speech (:data:`SPEECH_NOUNS`) heading the mention, or the mention itself when
it is the possessive before such a noun, and resolves it with the other
``speakers`` rules as if it were the mention: "Her" as a pronoun, "The
minister" as a role, "Lacey" as a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._model import Mention
from ...lang.en import _speaker_lexicon as _lexicon
from ...rules import rule
from ._speaker_rules import NO_SPEAKER, SpeakerSite, antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ._groups import Group
    from ._speaker_rules import Outcome

RULE_NAME = "speaker.words_of"
"""This module's rule (left out when the possessor is resolved)."""

SPEECH_NOUNS = frozenset(
    {
        "reply",
        "answer",
        "response",
        "retort",
        "verdict",
        "message",
        "words",
        "reaction",
        "comment",
        "advice",
        "assessment",
        "explanation",
        "conclusion",
        "plea",
        "warning",
        "view",
        "riposte",
        "rejoinder",
    }
)
"""Nouns naming what someone said, whose possessor is the speaker ("Her reply", "The peer's verdict")."""

POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
"""The possessive endings the parse gives a token of their own."""


def _speech_noun(token: Token) -> bool:
    """Whether a token is a noun of speech ("reply", "verdict", "words")."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in SPEECH_NOUNS or token.lower_ in SPEECH_NOUNS)


def _possessor(root: Token) -> Token | None:
    """The possessor standing for the speaker: of a noun of speech heading the mention, or the mention itself.

    The owner may follow the noun ("the words of Ilescu", "the verdict of the coroner"), as after an em dash
    closing a quotation ("'...' — the words of X").
    """
    if _speech_noun(root):
        owner = next((c for c in root.children if c.dep_ == "poss"), None)
        return owner if owner is not None else _of_owner(root)
    if root.dep_ == "poss" and _speech_noun(root.head):
        return root
    return None


OWNER_POS = frozenset({"PROPN", "NOUN", "PRON"})
"""Parts of speech of the owner after "of" ("the words of Ilescu", "of the minister", "of hers")."""


def _of_owner(noun: Token) -> Token | None:
    """The object of "of" right after a noun of speech: its owner ("the words *of Ilescu*")."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == noun.i + 1:
            return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in OWNER_POS), None)
    return None


@rule("speaker.words_of", stage="speakers", order=80)
def words_of_speaker(site: SpeakerSite) -> Outcome:
    """The owner of the words the mention names ("The minister's reply:", "Her answer"): resolved as the mention."""
    owner = _possessor(site.root)
    if owner is None:
        return None
    words = [t for t in owner.subtree if t.text not in POSSESSIVE_MARKS and not t.is_punct]
    if not words:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    lemma = owner.lemma_.lower()
    if owner.pos_ == "NOUN" and lemma in _lexicon.roles():  # "The minister's reply": the latest minister
        group: Group = site.reader.role({lemma}, owner, None, start, end)
        return group
    if (start, end) == (site.speaker.start, site.speaker.end) and owner is site.root:
        inner = site  # the mention is the possessor already; only the other rules are needed
    else:
        mention = Mention(start, end, site.reader.text[start:end])
        inner = SpeakerSite(site.reader, site.quote, mention, owner, antecedent(owner))
    for found in site.reader.speaker_rules:
        if found.name == RULE_NAME:
            continue
        outcome: Outcome = found.func(inner)
        if outcome is not None:
            return outcome
    return NO_SPEAKER
