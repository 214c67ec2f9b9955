"""A subject inside a subordinate clause is less salient than the main clause's (issue 11, session 9).

"Asked whether goalkeeper Sam Idowu should have done better, Hale shook his head. “…,” he said": the "he"
is Hale. The clause test is checked on a hand-built parse; the resolution on invented passages, several
phrasings, with the real pipeline.
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers
from _handbuilt import parse

from quoteextract.stages.speakers._speaker_layout import is_subject, is_subordinate_subject

ASKED = parse(
    """
    Asked 7 advcl VERB VBN ask
    whether 4 mark SCONJ IN whether
    Idowu 4 nsubj PROPN NNP Idowu
    had 4 aux AUX VBD have
    erred_ 0 ccomp VERB VBN err
    , 7 punct PUNCT , ,
    Hale 7 nsubj PROPN NNP Hale
    sighed 7 ROOT VERB VBD sigh
    . 7 punct PUNCT . .
    """
)


def test_the_subject_of_a_clause_inside_another_is_subordinate():
    """Idowu heads the subject of "erred", a clause under "Asked"; Hale heads the main clause's subject."""
    idowu, hale = ASKED[2], ASKED[6]
    assert is_subject(idowu) and is_subordinate_subject(idowu)
    assert is_subject(hale) and not is_subordinate_subject(hale)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rovers manager Dan Price was furious after the 2-2 draw.\n\n“We switched off,” Price said.\n\n"
        "Asked whether defender Leo Ward should have cleared the ball, Price shrugged. “I won't single anyone "
        "out,” he said.",
        "Inspector Mark Hollis led the search.\n\n“We are following every lead,” Hollis said.\n\n"
        "Asked whether the missing man, Ray Dunn, could have left the country, Hollis hesitated. “Nothing is "
        "ruled out,” he said.",
        "Head chef Tom Barrett opened the restaurant in May.\n\n“It has been a wild ride,” Barrett said.\n\n"
        "Although critic Sam Oduya had panned the menu, Barrett smiled. “Every review helps,” he said.",
    ],
)
def test_he_after_a_sentence_with_a_subordinate_subject_is_the_main_subject(extractor, text):
    """The man named as the subject of the main clause, not of the clause inside it, speaks next."""
    speakers = _speakers(extractor, text)
    assert speakers and speakers[-1] is not None and speakers[-1].split()[-1] in {"Price", "Hollis", "Barrett"}
