"""Quotations that open a paragraph and name their speaker in the next sentence.

Written in session 14 from the misses of tests/data/news_speech7.jsonl (sentences invented here):

- ``quote.back_reference`` runs before the rules that borrow a speaker from the text around
  (``quote.continuation``, ``quote.previous_sentence``): a next sentence that points back at the words
  ("So said X", "That is how X put it") names their speaker better than the quotation before them does;
- it knows more pointing nouns and frames ("That was the message from X", "It is a rare admission from X",
  "The remark, from X, ...") and finds the speaker of "So said X, in ..." that the parser hangs elsewhere;
- a quotation in a "READ MORE" teaser or a caption is not continued by the paragraph under it.
"""

from __future__ import annotations

import pytest

from quoteextract import Extractor


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
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rain stopped play twice.\n\n“We will be back tomorrow.” That was the message from Glenmore captain "
            "Ruth Okafor as the covers came on.",
            "Glenmore captain Ruth Okafor",
        ),
        (
            "The mill closed in May.\n\n“I should have sold it years ago.” It is a rare admission from Peter Voss, "
            "who ran it for three decades.",
            "Peter Voss",
        ),
        (
            "The talks went on late.\n\n“They can have their election if they want one.” The remark, from a senior "
            "party official who spoke on condition of anonymity, was played down by the leadership.",
            "a senior party official",
        ),
    ],
)
def test_pointing_nouns_and_frames(extractor, text, speaker):
    """A noun that points back at the words names their speaker after "from" or "of"."""
    assert _speaker_of(extractor, text, "") == speaker


@pytest.mark.model
def test_pointing_sentence_wins_over_the_quotation_before(extractor):
    """After a paragraph of A's words, "“...” So said B, in an interview" is B's, not a continuation of A's."""
    text = (
        "“Nobody is walking away,” said Mayor Lena Ostrova. “But nobody should expect a deal this week.”\n\n"
        "“The budget is a red line for us.” So said her deputy, Karl Brandt, in a radio interview on Monday, "
        "hours before the talks broke up."
    )
    assert _speaker_of(extractor, text, "red line") == "her deputy"


@pytest.mark.model
def test_teaser_quotation_is_not_continued(extractor):
    """A READ MORE teaser's quotation is another story's: the paragraph under it is credited by its own words."""
    text = (
        "The final is on Saturday.\n\nREAD MORE: ‘I thought I would never play again’ — striker on his long road "
        "back\n\n‘Nothing is settled before kick-off.’ Those were the words of Westfield coach Anna Byrne on "
        "Wednesday."
    )
    assert _speaker_of(extractor, text, "Nothing is settled") == "Westfield coach Anna Byrne"
