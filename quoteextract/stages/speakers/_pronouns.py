"""Pronoun resolution: which entity "he", "she", "they" or "it" stands for.

The method is a scored search over the mentions before the pronoun, small
enough to read in one sitting and tested without a model:

1. **Window.** Only mentions in the pronoun's paragraph and the two
   paragraphs before it count; quoted words inside the window count less.
   A name that only modifies another noun ("the Paris agreement", "the
   Smith campaign") is not a candidate.
2. **Agreement.** "he"/"she" need a person (or an unnamed source) whose
   gender, when known from a first name, an honorific, a role noun
   ("spokeswoman", "sister") or an earlier resolved pronoun, matches;
   An object pronoun ("him", "her", "them") never stands for the subject of
   its own clause ("Lund thanked him" is not Lund).
   "they" needs an organisation (not a place), several people, or one
   person the article says goes by "they" (:mod:`._evidence`); "it" an
   organisation or a place, or, as a speaker ("“...,” it said"), a
   document with no named author ("an internal memo seen by the Courier") or
   whoever a document was credited to ("a letter from the chief inspector").
   Any other speaker that is neither a name, a role nor an unnamed source is
   never an antecedent.
   "I" and "we" outside quotes are the writer's and stay unresolved.
3. **Score.** Recency (sentences and paragraphs back), grammatical role
   (a subject scores more), being a quotation's speaker, a confirmed gender
   match, and dialogue: within a paragraph the speaker of the previous
   quotation scores more (a speaker keeps talking), unless the cue is a reply ("replied",
   "answered"), when the turn passes to the other party; after a question
   ("asked the guard whether ..."), the person asked answers (:mod:`._turns`).
   The subject of a subordinate clause scores less than the main clause's,
   and a possessor ("Dubois's coach, Ines Marlow, ...") less than the person
   its noun phrase is about.
4. **Confidence.** The best candidate wins only if it scores at least
   ``MIN_SCORE`` and leads the runner-up by ``MIN_MARGIN``; otherwise the
   pronoun stays unresolved.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ...lang.en._speaker_lexicon import Pronoun
from ._groups import Group
from ._turns import Turn, turn_bonus

MIN_SCORE = 0.35
"""Lowest score that resolves a pronoun."""

MIN_MARGIN = 0.1
"""How far the best candidate must lead the second."""

PARAGRAPH_WINDOW = 2
"""How many paragraphs back a pronoun may look."""

POSSESSOR_PENALTY = 0.15
"""How much less a mention that only owns a noun scores ("Dubois's coach ... she said": the coach speaks)."""


@dataclass(frozen=True)
class Antecedent:
    """A mention a later pronoun may refer back to.

    Args:
        offset: Where it is.
        group: The group it belongs to.
        sentence: Its sentence index.
        paragraph: Its paragraph index.
        subject: Whether it is a clause subject.
        quoted: Whether it lies in quoted words.
        speaker: Whether it is a quotation's speaker.
        modifier: Whether the name only modifies another noun ("the Paris
            agreement"); such a mention is never an antecedent.
        content: Whether it lies in the reported words of a quotation or claim.
        subordinate: Whether it is the subject of a subordinate clause ("Asked
            whether Idowu had erred, Hale shook his head": Idowu), which is
            less salient than the main clause's subject.
        possessor: Whether it only owns a noun ("*Dubois's* coach, Ines Marlow,
            watched"): less salient than the person the noun phrase is about.

    """

    offset: int
    group: Group
    sentence: int
    paragraph: int
    subject: bool = False
    quoted: bool = False
    speaker: bool = False
    modifier: bool = False
    content: bool = False
    subordinate: bool = False
    possessor: bool = False


@dataclass(frozen=True)
class Site:
    """A pronoun to resolve and its surroundings.

    Args:
        offset: Where it is.
        pronoun: What the pronoun tells (gender, number, person).
        sentence: Its sentence index.
        paragraph: Its paragraph index.
        speaker: Whether it is a quotation's speaker.
        reply: Whether its cue is a reply verb ("replied").
        previous_speakers: Speakers of the earlier quotations, latest first.
        content: Whether it lies in the reported words of a quotation or claim
            (and is not its speaker): such a pronoun tells nothing about the
            speaker's gender, and a name reported beside it is likelier.
        excluded: The ``id()`` of a group it cannot stand for: the subject
            of its own clause, for an object pronoun ("Lund thanked him").
        turn: The latest question put to someone, for a speaker pronoun
            (the person asked answers next: :mod:`._turns`).

    """

    offset: int
    pronoun: Pronoun
    sentence: int
    paragraph: int
    speaker: bool = False
    reply: bool = False
    previous_speakers: tuple[Group, ...] = field(default=())
    content: bool = False
    excluded: int | None = None
    turn: Turn | None = None


def agrees(group: Group, pronoun: Pronoun, *, speaker: bool = False) -> bool | None:
    """Whether a group can be what a pronoun stands for.

    Args:
        group: A candidate.
        pronoun: The pronoun.
        speaker: Whether the pronoun is a quotation's speaker: a speaker "it"
            may stand for a document ("the report ... “...,” it said"); any
            other "it" ("its targets") is no document's.

    Returns:
        ``False`` if it cannot; ``True`` if a known gender confirms it;
        ``None`` if it can but nothing confirms it.

    """
    kind = group.type
    if group.document and pronoun.person == "org" and kind != "organisation":
        return None if speaker else False
    if pronoun.person == "1" or group.kind == "unknown":
        return False
    if pronoun.person == "org":
        return True if kind == "organisation" else False
    if pronoun.number == "plural":
        if group.they and kind == "person":
            return True  # "Sam Okoye, who uses they/them pronouns ... They said"
        if (kind == "organisation" and not group.place) or group.plural:
            return None
        return False
    if kind == "organisation" or group.plural or group.they:
        return False
    if pronoun.gender is not None and group.gender is not None:
        return pronoun.gender == group.gender
    return None


def score(site: Site, candidate: Antecedent, confirmed: bool | None) -> float:
    """Score one candidate antecedent for a pronoun (higher is likelier).

    Args:
        site: The pronoun.
        candidate: The candidate's latest mention before it.
        confirmed: What :func:`agrees` said.

    Returns:
        The score.

    """
    value = 1.0
    value -= 0.12 * max(0, site.sentence - candidate.sentence)
    value -= 0.25 * max(0, site.paragraph - candidate.paragraph)
    value += _salience(candidate)
    if site.content and candidate.content and candidate.sentence == site.sentence:
        value += 0.3  # "X said Brandt hid cash in his garage": "his" is Brandt
    if site.pronoun.gender is not None:
        value += 0.3 if confirmed else -0.15
    turn = turn_bonus(site.turn, candidate.group, site.sentence, site.paragraph) if site.speaker else 0.0
    value += turn
    if turn < 0:
        return value  # who asked the question does not keep talking: the turn has passed
    if site.speaker and site.previous_speakers and candidate.paragraph == site.paragraph:
        if site.reply:
            if candidate.group is site.previous_speakers[0]:
                value -= 0.5
            elif len(site.previous_speakers) > 1 and candidate.group is site.previous_speakers[1]:
                value += 0.25
        elif candidate.group is site.previous_speakers[0]:
            value += 0.25
    return value


def _salience(candidate: Antecedent) -> float:
    """What a candidate's place in its sentence adds: a subject, a speaker more; quoted words, a possessor less."""
    value = 0.0
    if candidate.subject:
        value += 0.1 if candidate.subordinate else 0.25
    value += 0.2 if candidate.speaker else 0.0
    value -= 0.5 if candidate.quoted else 0.0
    value -= POSSESSOR_PENALTY if candidate.possessor else 0.0
    return value


def window(site: Site, history: list[Antecedent]) -> dict[int, Antecedent]:
    """The latest mention of each group in the pronoun's window, by the group's ``id()``.

    Args:
        site: The pronoun.
        history: Mentions, in text order (later ones are ignored).

    Returns:
        The candidates' latest mentions.

    """
    latest: dict[int, Antecedent] = {}
    for item in reversed(history):  # history is in text order: stop once out of the window
        if item.paragraph < site.paragraph - PARAGRAPH_WINDOW:
            break
        if item.offset >= site.offset or item.modifier:
            continue
        kept = latest.get(id(item.group))
        if kept is None:
            latest[id(item.group)] = item
        elif kept.sentence == item.sentence and item.subject and not kept.subject:
            # "the former champion shook her head": the sentence's subject, though "her" comes later
            latest[id(item.group)] = dataclasses.replace(kept, subject=True, subordinate=item.subordinate)
        elif kept.sentence == item.sentence and kept.subordinate and item.subject and not item.subordinate:
            # "X said he had a room ready": the main clause's subject and speaker, though "he" comes later
            latest[id(item.group)] = dataclasses.replace(kept, subordinate=False, speaker=kept.speaker or item.speaker)
        kept = latest[id(item.group)]
        if kept.possessor and not item.possessor and kept.sentence == item.sentence:
            # "Marlow watched her pupil": more than the owner of "pupil", though "her" comes later
            latest[id(item.group)] = dataclasses.replace(kept, possessor=False)
    return latest


def retyped_speaker(site: Site, history: list[Antecedent]) -> Group | None:
    """The previous speaker, for a speaker "he" or "she" agreeing with nobody, when the tagger mistyped that person.

    "Ines Calloway said the barrier had jammed. “We got lucky,” she said.":
    when the tagger called Ines Calloway an organisation and nobody in the
    window agrees with "she", the speaker of the quotation just before, in
    the same or the previous paragraph, whose name reads like a person's
    (:attr:`Group.organisation_by_votes_only <._groups.Group.organisation_by_votes_only>`),
    is who speaks on.

    Args:
        site: A speaker pronoun that :func:`resolve` left unresolved.
        history: Mentions, in text order.

    Returns:
        That speaker, or ``None``.

    """
    if not site.speaker or site.pronoun.gender is None or not site.previous_speakers:
        return None
    latest = window(site, history)
    if any(agrees(item.group, site.pronoun) is not False for item in latest.values()):
        return None
    previous = site.previous_speakers[0]
    item = latest.get(id(previous))
    if item is None or site.paragraph - item.paragraph > 1 or not previous.organisation_by_votes_only:
        return None
    return previous


def speaks_on(site: Site, history: list[Antecedent], quote_end: tuple[int, int] | None) -> Group | None:
    """The speaker of the quotation just before, for a speaker pronoun :func:`resolve` left unresolved.

    A quotation that runs over several paragraphs ("X said: “... ¶ “... ¶ “...”") keeps its speaker
    talking to its last paragraph; the "he said" after it is that speaker, though the name lies more
    paragraphs back than the window reaches. Nobody else in the window may agree with the pronoun.

    Args:
        site: A speaker pronoun.
        history: Mentions, in text order.
        quote_end: Where the latest quotation with a resolved speaker ends (offset, paragraph), or ``None``.

    Returns:
        That quotation's speaker, or ``None``.

    """
    if not site.speaker or not site.previous_speakers or quote_end is None:
        return None
    end, paragraph = quote_end
    previous = site.previous_speakers[0]
    if end > site.offset or not 0 <= site.paragraph - paragraph <= PARAGRAPH_WINDOW:
        return None
    if agrees(previous, site.pronoun, speaker=True) is False:
        return None
    rivals = (item.group for item in window(site, history).values() if item.group is not previous)
    if any(agrees(group, site.pronoun, speaker=True) is not False for group in rivals):
        return None
    return previous


def resolve(site: Site, history: list[Antecedent]) -> tuple[Group | None, float]:
    """Pick the group a pronoun stands for, or none when unsure.

    Args:
        site: The pronoun.
        history: Mentions, in text order (later ones are ignored).

    Returns:
        The chosen group (or ``None``) and the margin over the runner-up
        (the confidence, 0 when unresolved).

    """
    if site.pronoun.person == "1":
        return None, 0.0
    scored = []
    for item in window(site, history).values():
        if id(item.group) == site.excluded:
            continue
        confirmed = agrees(item.group, site.pronoun, speaker=site.speaker)
        if confirmed is False:
            continue
        scored.append((score(site, item, confirmed), item.group))
    if not scored:
        return None, 0.0
    scored.sort(key=lambda pair: pair[0], reverse=True)
    best_score, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    margin = best_score - runner_up
    if best_score < MIN_SCORE or margin < MIN_MARGIN:
        return None, 0.0
    return best, min(1.0, margin)
