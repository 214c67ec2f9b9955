"""A document that speaks on as "it" ("According to an internal memo ... “...,” it said").

A speaker "it" may stand for a document with no named author; any other "it"
("its targets") never does. Hand-built cases test the agreement and the
search without a model; invented sentences (none from the test sets) test the
real pipeline.
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers

from quoteextract.lang.en._speaker_lexicon import pronouns
from quoteextract.stages.speakers._groups import Group
from quoteextract.stages.speakers._pronouns import Antecedent, Site, agrees, resolve


def _document(label: str = "an internal memo") -> Group:
    return Group(kind="unknown", label=label, salient=True, document=True)


def test_a_speaker_it_may_stand_for_a_document():
    """A speaker "it" (as in "“...,” it said") agrees with a document; nothing confirms it."""
    assert agrees(_document(), pronouns()["it"], speaker=True) is None


@pytest.mark.parametrize("word", ["it", "its"])
def test_an_it_that_is_no_speaker_never_stands_for_a_document(word):
    """A possessive or object "it" ("the trust missed its targets") is no document's."""
    assert agrees(_document(), pronouns()[word]) is False


@pytest.mark.parametrize("word", ["he", "she", "they"])
def test_a_person_pronoun_never_stands_for_a_document(word):
    """The pronouns "he", "she" and "they" never stand for a memo, speaker or not."""
    assert agrees(_document(), pronouns()[word], speaker=True) is False


def test_an_organisation_that_speaks_through_a_document_stays_an_organisation():
    """The council credited with a proposal is still what "its" stands for."""
    council = Group(kind="name", label="the council", document=True)
    council.votes["organisation"] += 1
    assert agrees(council, pronouns()["its"]) is True


def test_an_unknown_speaker_that_is_no_document_stays_no_antecedent():
    """Only a document is let in: another speaker of unknown type ("the ledger says") stays out."""
    other = Group(kind="unknown", label="the figures", salient=True)
    assert agrees(other, pronouns()["it"], speaker=True) is False


def test_the_speaker_it_resolves_to_the_document_just_before():
    """The memo one sentence back, the only candidate "it" agrees with, is the speaker."""
    memo = _document()
    person = Group(kind="role", label="a nurse", gender="female")
    history = [
        Antecedent(offset=0, group=memo, sentence=0, paragraph=0, speaker=True),
        Antecedent(offset=40, group=person, sentence=0, paragraph=0, subject=True),
    ]
    site = Site(offset=90, pronoun=pronouns()["it"], sentence=1, paragraph=0, speaker=True)
    assert resolve(site, history)[0] is memo
    content = Site(offset=90, pronoun=pronouns()["it"], sentence=1, paragraph=0)
    assert resolve(content, history)[0] is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to an internal memo seen by this newspaper, the trust missed its targets. "
            "“Staffing is at a critical level,” it said.",
            "an internal memo",
        ),
        (
            "The report, published on Monday, found that waiting times had doubled. "
            "“The system is under strain,” it said.",
            "The report",
        ),
        (
            "A leaked briefing note warns that the bridge may have to close. "
            "“Repairs cannot wait another winter,” it says.",
            "A leaked briefing note",
        ),
    ],
)
def test_a_document_speaks_on_as_it(extractor, text, expected):
    """A speaker "it" ("it said", "it says") after a document with no named author is that document."""
    assert (_speakers(extractor, text)[-1] or "").lower() == expected.lower()


@pytest.mark.model
def test_a_credited_document_speaks_on_as_its_author(extractor):
    """A proposal the council published speaks as the council, named or as "it"."""
    text = (
        "The council published a proposal on Tuesday. “Residents will pay more,” the proposal says. "
        "“Services will be cut,” it says."
    )
    assert _speakers(extractor, text)[-2:] == ["The council", "The council"]


@pytest.mark.model
def test_a_person_speaking_last_is_no_document(extractor):
    """A woman quoted after the memo is who "she" is; the memo stays the memo's."""
    text = (
        "According to an internal memo, the ward was short of staff. "
        "“We are exhausted,” said Maria Olsen, a nurse. “Nobody listens,” she said."
    )
    assert _speakers(extractor, text)[-2:] == ["Maria Olsen", "Maria Olsen"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The letter, from the chief inspector of prisons, says the jail is unsafe. "
            "“Cells are overcrowded,” it says.",
            "the chief inspector",
        ),
        (
            "A letter from Grace Okafor, the chief inspector of prisons, says the jail is unsafe. "
            "“Cells are overcrowded,” it says.",
            "Grace Okafor",
        ),
    ],
)
def test_it_after_a_credited_document_is_its_author(extractor, text, expected):
    """A document credited to its author speaks on as "it": the words stay the author's."""
    assert _speakers(extractor, text)[-2:] == [expected, expected]
