"""Speaker cases the second unseen set showed (issue 11): gender from the speaker's own words, kin, couples.

The pure parts are tested on hand-built parses; the rest on invented sentences, several phrasings
each, with the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _handbuilt import parse

from quoteextract.stages.speakers._evidence import reported_gender

# "Its officer, Jo Lane, said her members were tired."
_OFFICER = """
Its      1  poss     PRON  PRP$ its
officer  6  nsubj    NOUN  NN   officer
,        1  punct    PUNCT ,    ,
Jo       4  compound PROPN NNP  Jo
Lane     1  appos    PROPN NNP  Lane
,        1  punct    PUNCT ,    ,
said     6  ROOT     VERB  VBD  say
her      8  poss     PRON  PRP$ her
members  10 nsubj    NOUN  NNS  member
were     10 aux      AUX   VBD  be
tired    6  ccomp    ADJ   JJ   tired
.        6  punct    PUNCT .    .
"""

# "Jo Lane asked whether he was tired."
_ASKED = """
Jo       1  compound PROPN NNP  Jo
Lane     2  nsubj    PROPN NNP  Lane
asked    2  ROOT     VERB  VBD  ask
whether  5  mark     SCONJ IN   whether
he       5  nsubj    PRON  PRP  he
was      2  ccomp    AUX   VBD  be
tired    5  acomp    ADJ   JJ   tired
.        2  punct    PUNCT .    .
"""

# "Jo Lane said he was tired."
_SAID = """
Jo       1  compound PROPN NNP  Jo
Lane     2  nsubj    PROPN NNP  Lane
said     2  ROOT     VERB  VBD  say
he       4  nsubj    PRON  PRP  he
was      2  ccomp    AUX   VBD  be
tired    4  acomp    ADJ   JJ   tired
.        2  punct    PUNCT .    .
"""


def test_reported_gender_reads_a_possessive_through_an_appositive_title():
    """A name in apposition to the subject ("Its officer, Jo Lane, said her members ..."): "her" marks it."""
    doc = parse(_OFFICER)
    assert reported_gender(doc[4]) == "female"


def test_reported_gender_reads_the_reported_subject():
    """The reported subject ("Jo Lane said he was tired") marks the speaker's gender."""
    doc = parse(_SAID)
    assert reported_gender(doc[1]) == "male"


def test_reported_question_tells_nothing():
    """The subject of a reported question ("asked whether he was tired") need not be the speaker."""
    doc = parse(_ASKED)
    assert reported_gender(doc[1]) is None


def _speakers(extractor, text):
    """The resolved speaker name of each quotation (``None`` when unresolved)."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    return [names[q.speaker.entity] if q.speaker and q.speaker.entity is not None else None for q in result.quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jamie Okoro said her shop had lost half its trade since the roadworks began. Her neighbour, Charlie "
            "Vance, said his café had closed on Mondays.\n\n“I have never known a winter like it,” she said.",
            ["Jamie Okoro", "Charlie Vance", "Jamie Okoro"],
        ),
        (
            "Taylor Briggs told the inquiry she had warned managers twice. Pat Lund, who chaired the meeting, said "
            "he did not remember the warning. She said she had kept copies of the emails.",
            ["Taylor Briggs", "Pat Lund", "Taylor Briggs"],
        ),
        (
            "The club's secretary, Robin Delacourt, said his inbox was full of complaints. Sam Ferrer, who runs the "
            "juniors, said her volunteers were worn out. “We need ten more,” he said.",
            ["Robin Delacourt", "Sam Ferrer", "Robin Delacourt"],
        ),
    ],
)
def test_gender_from_the_speakers_own_words_resolves_a_later_pronoun(extractor, text, expected):
    """A name that could be either gender takes the one its own reported words give ("said her shop ...")."""
    assert _speakers(extractor, text) == expected
