"""A place's name glossed, an "Explainer:" label, speech the reader is asked to imagine, refusals through adjectives.

- ``reject.gloss``: "whose Gaelic name means “...”", "Its old name literally means “...”" give a meaning, nobody's
  words; "the name means “...”" after a speaker's verb stays theirs;
- the colon labels: "Explainer: what does ‘...’ mean?" is a label, not a speaker's colon;
- ``classify.polarity.imagined``: "Imagine a doctor telling a patient that ..." is ``hypothetical``;
- ``classify.polarity.refusal``: "were unwilling to discuss ..." is ``negated``, as "was unable to say ..." is
  under ``classify.polarity.unable``.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import quoteextract


def _speech(nlp, text: str) -> list[str]:
    return [q.text for q in quoteextract.extract(text, nlp, scope="speech").quotes]


def _polarities(nlp, text: str) -> list[str]:
    return [q.polarity for q in quoteextract.extract(text, nlp, scope="attribution").quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The island, whose Gaelic name means “isle of the seals”, lost its ferry in March.",
        "Its Cornish name literally means “the white ford”.",
        "The valley’s old name means “place of the wolves”, a reminder of its past.",
    ],
)
def test_the_meaning_of_a_name_is_not_speech(nlp, text):
    """What a place's name means is a gloss, reported by nobody."""
    assert _speech(nlp, text) == []


@pytest.mark.model
def test_a_speakers_words_about_a_name_stay_speech(nlp):
    """After a speaker's verb, "the name means “...”" keeps the speaker's words."""
    found = _speech(nlp, "The mayor said the name means “everything to this town”.")
    assert any("everything to this town" in q for q in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Explainer: what does ‘stare decisis’ mean, and why does it matter in this case?",
        "Explainer: what is a ‘hosepipe ban’, and why has one been declared?",
    ],
)
def test_an_explainer_label_is_no_speaker(nlp, text):
    """The label before the colon of an explainer's heading names no one who speaks."""
    assert _speech(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Imagine a dentist telling a child that the next appointment is in two years.",
        "Picture a landlord telling tenants that the rent will double.",
        "Suppose a bank told its customers that their savings were frozen.",
        "Imagine if the referee said that the goal would stand.",
    ],
)
def test_speech_the_reader_is_asked_to_imagine_is_hypothetical(nlp, text):
    """An imagined scene's speech is hypothetical: the speech scope drops it."""
    assert set(_polarities(nlp, text)) <= {"hypothetical"}
    assert _speech(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, words",
    [
        ("The mayor said she could not imagine anyone telling residents the park would shut.", "could not imagine"),
        ("I imagine she told them the deal was off, the source said.", "the deal was off"),
    ],
)
def test_imagine_with_a_subject_is_no_invitation(nlp, text, words):
    """An "Imagine" with a subject of its own is a belief, the speaker's or the writer's, not an order to the reader."""
    assert any(words in q for q in _speech(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The hospital trust was unwilling to discuss how many beds had been closed.",
        "The ministry was unwilling to say whether the report existed.",
        "Both clubs were unwilling to reveal what the fee had been.",
    ],
)
def test_a_refusal_through_an_adjective_is_negated(nlp, text):
    """A cue under "unwilling" reports no words: ``negated``, dropped by the speech scope."""
    assert _polarities(nlp, text) == ["negated"]
    assert _speech(nlp, text) == []


@pytest.mark.model
def test_unwilling_to_do_something_else_stays_the_speakers_words(nlp):
    """An adjective over a verb that is no speech leaves the speaker's report alone."""
    assert _speech(nlp, "The pilot said he was unwilling to land in the fog.")
