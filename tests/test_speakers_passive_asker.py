"""Who answers after "Asked by X whether ..., she said": the one asked, never X.

Written in session 17 from the misses of tests/data/news_speech8.jsonl (sentences invented here). Court reports and
earnings calls put the question in a fronted passive participle whose agent is the asker; the subject of the main
clause is the one asked. The pronoun resolver took the asker, the nearest person before the pronoun, as the speaker.
"""

from __future__ import annotations

import pytest

from quoteextract import Extractor
from quoteextract.stages.speakers._turns import passive_asker


@pytest.fixture(scope="module")
def extractor(nlp):
    """An extractor on the default model, speech scope."""
    return Extractor(nlp, scope="speech")


def _speaker_name(extractor, text, words):
    """The resolved entity name of the speaker of the one quotation holding ``words``."""
    result = extractor(text)
    found = [q for q in result.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in result.quotes]
    speaker = found[0].speaker
    assert speaker is not None and speaker.entity is not None
    return result.entities[speaker.entity].name


@pytest.mark.model
def test_named_asker_is_not_the_answer_s_speaker(extractor):
    """A barrister asks, the witness answers: "he" is the witness, though the barrister is named last."""
    text = (
        "The ferry's engineer, Tomas Reilly, was in the witness box for a second day.\n\nAsked by Mr Colm Pryor, "
        "for the owners, whether the pumps had been tested that morning, he said: “They were tested every morning. "
        "I signed the log myself.”"
    )
    assert _speaker_name(extractor, text, "signed the log") == "Tomas Reilly"


@pytest.mark.model
def test_unnamed_asker_is_not_the_answer_s_speaker(extractor):
    """An unnamed analyst asks, the chief executive answers: "she" is the chief executive."""
    text = (
        "The chief executive of Corvane, Aisha Mendel, took questions after the results.\n\nAsked by an analyst "
        'whether the new plant would open on time, she said: "We have never missed a date, and we will not start now."'
    )
    assert _speaker_name(extractor, text, "never missed a date") == "Aisha Mendel"


@pytest.mark.model
def test_passive_asker_reads_the_fronted_participle(nlp):
    """The agent of a fronted "Asked by X whether ..." is the asker; a clause without one has none."""
    doc = nlp("Asked by a reporter whether the road would reopen, she said it would.")
    said = next(t for t in doc if t.lower_ == "said")
    assert passive_asker(said).text == "reporter"
    plain = nlp("Asked whether the road would reopen, she said it would.")
    assert passive_asker(next(t for t in plain if t.lower_ == "said")) is None
