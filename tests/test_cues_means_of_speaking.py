"""The means of speaking after a cue ("said by phone", "said by text message", "Speaking by phone, X, said").

Written in session 14 from the misses of tests/data/news_speech7.jsonl (sentences invented here): the parser
takes "by text message" after an active "said" for a passive agent, and hangs the speaker of "Speaking by
phone after the hearing, X, of Y, said" off the opening clause, leaving the cue without a subject.
"""

from __future__ import annotations

import pytest

from quoteextract import Extractor
from quoteextract.lang.en.senses import is_means_of_speaking


@pytest.fixture(scope="module")
def extractor(nlp):
    """An extractor on the default model, speech scope."""
    return Extractor(nlp, scope="speech")


def _speaker_of(extractor, text, words):
    """The speaker mention of the one quotation holding ``words``."""
    found = [q for q in extractor(text).quotes if words in q.text]
    assert len(found) == 1, [q.text for q in extractor(text).quotes]
    return found[0].speaker.text if found[0].speaker else None


@pytest.mark.model
def test_said_by_text_message_is_not_an_agent(extractor):
    """A cue "said by text message that ...": the speaker is the subject, not the message."""
    text = 'The team\'s coach, Marek Holm, said by text message that he had "aged ten years" in the final set.'
    assert _speaker_of(extractor, text, "aged ten years") == "The team's coach"


@pytest.mark.model
def test_speaking_by_phone_clause_keeps_its_speaker(extractor):
    """In "Speaking by phone after the hearing, X, of Y, said:", X speaks."""
    text = (
        "Speaking by phone after the hearing, Detective Sergeant Ana Ruiz, of Marlow Police, said: "
        "“I want to thank every witness who came forward.”"
    )
    assert _speaker_of(extractor, text, "thank every witness") == "Detective Sergeant Ana Ruiz"


def test_means_of_speaking_lexicon():
    """The heads of "by phone", "by email", "by text message", "by video link" are means, people are not."""
    assert all(is_means_of_speaking(w) for w in ("phone", "Telephone", "email", "message", "link"))
    assert not any(is_means_of_speaking(w) for w in ("police", "official", "minister", "court"))
