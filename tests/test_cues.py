"""Tests for finding cue words and their speaker mentions in a parse."""

from __future__ import annotations

import pytest

from quoteextract.stages.attribution._cues import find_cues, is_cue, mention_span, speaker_mention

pytestmark = pytest.mark.model


def _cue(nlp, sentence: str, cue_text: str):
    doc = nlp(sentence)
    for info in find_cues(doc):
        if info.span.text == cue_text:
            return info
    raise AssertionError(f"no cue {cue_text!r} in {[c.span.text for c in find_cues(doc)]}")


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        ("Sir Vince Cable, who replaced Tim Farron, said the party would win.", "said", "Sir Vince Cable"),
        ("The talks will resume in May, the ministry said.", "said", "the ministry"),
        ("“We will win,” said the spokeswoman for the club.", "said", "the spokeswoman for the club"),
        ("According to the annual report, the economy grew.", "According to", "the annual report"),
        ("She was told by two officials that the road was closed.", "told", "two officials"),
        ("His claim that the vote was rigged was rejected.", "claim", "His"),
        ("The council issued a statement saying the bridge would reopen.", "saying", "The council"),
        ("In a statement, the council said the bridge would reopen.", "said", "the council"),
        ("The mayor stood up and said the plan was dead.", "said", "The mayor"),
        ("Ms. Lopez went on to say that she was sorry.", "say", "Ms. Lopez"),
        ("The new poll shows that voters are unhappy.", "shows", "The new poll"),
        ("Analysts believe the merger will fail.", "believe", "Analysts"),
        ("12:15 p.m.\n\nJane Smith says taxes will rise.", "says", "Jane Smith"),
        ("The governor is expected to sign the bill.", "expected", "The governor"),
        ("A senator who said the bill was flawed voted for it.", "said", "who"),
        ("Voters are more likely to say the economy is weak.", "say", "Voters"),
        ("WASHINGTON (AP) — Senator Jane Smith said the bill would pass.", "said", "Senator Jane Smith"),
    ],
)
def test_speaker_mention(nlp, sentence: str, cue: str, speaker: str) -> None:
    """The speaker mention is the cue's subject, agent, phrase object or possessor."""
    info = _cue(nlp, sentence, cue)
    mention = speaker_mention(info)
    assert mention is not None
    assert mention.text == speaker


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("It was announced that the plant would close.", "announced"),
        ("It is expected that prices will rise.", "expected"),
    ],
)
def test_no_speaker(nlp, sentence: str, cue: str) -> None:
    """Expletive and agentless passive cues name no speaker."""
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == cue)
    assert speaker_mention(token) is None


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The senator said nothing.", "said", "verb"),
        ("The poll shows a lead.", "shows", "verb"),
        ("They watched a TV show.", "show", None),
        ("Her claim was false.", "claim", "noun"),
        ("He ate a sandwich.", "ate", None),
    ],
)
def test_is_cue(nlp, sentence: str, word: str, expected: str | None) -> None:
    """Cue words are recognised by lemma and part of speech."""
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    info = is_cue(token)
    assert (info.kind if info is not None else None) == expected


def test_phrasal_verb_span(nlp) -> None:
    """A particle next to the verb belongs to the cue span."""
    info = _cue(nlp, "The minister pointed out that taxes fell.", "pointed out")
    assert info.word is not None and info.word.lemma == "point"


def test_phrase_covers_inner_words(nlp) -> None:
    """Words inside a phrase cue are not reported as separate cues."""
    doc = nlp("According to the report, growth slowed.")
    texts = [c.span.text for c in find_cues(doc)]
    assert texts[0] == "According to"
    assert "to" not in texts


@pytest.mark.parametrize(
    ("sentence", "head", "expected"),
    [
        ("Former Governor Jane Smith, a Democrat, spoke.", "Smith", "Former Governor Jane Smith"),
        ("The head of the agency, who resigned, spoke.", "head", "The head of the agency"),
    ],
)
def test_mention_span_drops_appositives(nlp, sentence: str, head: str, expected: str) -> None:
    """A mention keeps titles and of-phrases but drops appositives and relative clauses."""
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == head)
    assert mention_span(token).text == expected
