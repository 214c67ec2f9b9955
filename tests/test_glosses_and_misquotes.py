"""A word a gloss explains, a proper name given in a relative clause, and words a correction says were misquoted.

- ``reject.glossed_word``: "“Ubuntu”, the Zulu term for shared humanity, ..." names a word, nobody says it;
- ``reject.naming`` with a relative object: "the ferry, which the skipper calls “Big Mary”, ..." gives a name;
- ``classify.polarity.misquoted``: "An earlier version misquoted the coach as saying ..." reports words not said.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import quoteextract


def _speech(nlp, text: str) -> list[str]:
    return [q.text for q in quoteextract.extract(text, nlp, scope="speech").quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“Ubuntu”, the Zulu term for shared humanity, thanks every volunteer by name.",
        "“Tapadh leat”, the Gaelic for thank you, greets every visitor.",
        "Fishermen call the fog “haar” — the Scots term for a sea mist — and stay in port.",
    ],
)
def test_a_glossed_word_is_not_speech(nlp, text):
    """The word before its gloss is reported by nobody."""
    assert _speech(nlp, text) == []


@pytest.mark.model
def test_a_word_followed_by_a_consequence_stays_speech(nlp):
    """A bare "which means" after a speaker's word is a consequence, not a gloss."""
    text = "The union leader called the offer “insulting”, which means the strike goes ahead."
    assert any("insulting" in q for q in _speech(nlp, text))


@pytest.mark.model
def test_a_proper_name_given_in_a_relative_clause_is_a_nickname(nlp):
    """The name the relative clause gives its antecedent is no quotation; an evaluation there stays speech."""
    assert _speech(nlp, "The ferry, which the skipper calls “Big Mary”, is 60 years old.") == []
    assert _speech(nlp, "The bull, which its breeder named “Lord Hector”, sold for £40,000.") == []
    kept = _speech(nlp, "The proposal, which the councillor called “a betrayal”, was approved.")
    assert any("a betrayal" in q for q in kept)


@pytest.mark.model
@pytest.mark.parametrize(
    "correction",
    [
        "Last Tuesday’s match report misquoted the coach as saying the team was “finished”.",
        "Owing to a transcription error, the coach was quoted as saying the team was “finished”.",
        "The coach was wrongly quoted as saying the team was “finished”.",
    ],
)
def test_misquoted_words_are_negated_and_the_corrected_words_kept(nlp, correction):
    """The words a correction withdraws are not speech; the words the speaker did say, after it, are."""
    text = f"{correction}\n\nHe said the team was “far from finished”."
    found = quoteextract.extract(text, nlp, scope="attribution")
    polarity = {q.text: q.polarity for q in found.quotes}
    withdrawn = [p for t, p in polarity.items() if "finished”" in t and "far from" not in t]
    assert withdrawn and all(p == "negated" for p in withdrawn)
    assert any("far from finished" in q for q in _speech(nlp, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Reporters left messages seeking comment on whether the pool would reopen.",
        "The Gazette sent a request for comment on how the fees were set.",
    ],
)
def test_a_comment_only_asked_for_is_not_speech(nlp, text):
    """A comment sought by the reporter was not made: no speech (``classify.polarity.sought``)."""
    assert _speech(nlp, text) == []


@pytest.mark.model
def test_a_comment_made_stays_speech(nlp):
    """A comment someone made, with its content, is reported."""
    assert _speech(nlp, "In a comment to reporters, the landlord said the rent rise was fair.") != []


@pytest.mark.model
def test_words_a_road_sign_flashes_are_displayed_text(nlp):
    """A gantry or a road sign showing words is no speaker (``reject.displayed_text``)."""
    assert _speech(nlp, "The gantry above the bridge flashed “HIGH WINDS — SLOW DOWN” all morning.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The comment card asks diners to finish the sentence “The best thing about tonight was …”.",
        "The dictionary’s compilers have added “cheugy” and 50 other words.",
        "Collins Dictionary has added “bed rotting” this week.",
    ],
)
def test_a_card_s_sentence_and_a_dictionary_s_new_word_are_not_speech(nlp, text):
    """Wording a card puts to its readers, and a word a dictionary adds, are nobody's statement."""
    assert _speech(nlp, text) == []
