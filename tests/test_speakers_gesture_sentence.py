"""A two-word gesture before a quotation names the speaker: "Torres shrugs." (written in session 18).

Features set a speaker's gesture in a sentence of its own before the words ("Torres shrugs. “Fair point,” she
says."). The small model reads the verb as a plural noun with the name as its compound, so the name was a mere
modifier and "she" went to the woman quoted in the paragraph before. The sentences are invented.
"""

from __future__ import annotations

import pytest
from _handbuilt import parse_table as parse

from quoteextract.stages.speakers._speaker_layout import gesture_name, is_modifier, is_subject

GESTURE = """
Torres 1 compound PROPN NNP Torres
shrugs 1 ROOT NOUN NNS shrug nospace
. 1 punct PUNCT . .
"""

NOUN_PHRASE = """
The 2 det DET DT the
Torres 2 compound PROPN NNP Torres
papers 3 nsubj NOUN NNS paper
sold 3 ROOT VERB VBD sell nospace
. 3 punct PUNCT . .
"""


def test_a_name_before_a_gesture_read_as_a_noun_is_a_subject():
    """The name is the subject of the verbless two-word sentence, not a modifier."""
    doc = parse(GESTURE)
    assert gesture_name(doc[0]) and is_subject(doc[0]) and not is_modifier(doc[0])


def test_a_name_modifying_a_noun_stays_a_modifier():
    """In "The Torres papers sold" the name modifies the noun; no gesture."""
    doc = parse(NOUN_PHRASE)
    assert not gesture_name(doc[1]) and is_modifier(doc[1])


EARLIER = (
    "Maya Torres has a drawer full of old phones.\n\n"
    "“Recycling is great,” says Dr Ellen Park, who studies waste at the University of Leeds. "
    "She argues that regulation will decide the matter.\n\n"
)


@pytest.mark.parametrize("gesture", ["Torres shrugs.", "Torres laughs.", "Torres pauses."])
def test_she_after_the_gesture_is_the_one_who_gestured(extractor, gesture):
    """On the model, "she says" after "Torres shrugs." is Torres, not the woman quoted before."""
    result = extractor(EARLIER + gesture + " “Fair point,” she says.")
    quote = next(q for q in result.quotes if q.text.startswith("Fair point"))
    assert quote.speaker is not None and result.entity(quote.speaker.entity).name == "Maya Torres"
