"""A second report the parser hung inside the first one's content: "said the firm would ..., and told X that ...".

Written in session 17 from the misses of tests/data/news_speech8.jsonl (sentences invented here). The parser makes
"told" a conjunct of the reported verb ("would cut ... and told"), so the second report took that verb's "would"
(a hypothetical, dropped in the speech scope) and, with quoted words in it, was read as part of the first report.
In the first report's tense ("said" ... "told") it is a second report by the same speaker.
"""

from __future__ import annotations

import pytest

from quoteextract import Extractor


@pytest.fixture(scope="module")
def extractor(nlp):
    """An extractor on the default model, speech scope."""
    return Extractor(nlp, scope="speech")


def _reports(extractor, text):
    """``(cue, content, speaker)`` of every quotation found."""
    return [(q.cue.text, q.text, q.speaker.text if q.speaker else None) for q in extractor(text).quotes]


@pytest.mark.model
def test_second_report_with_quoted_words_is_its_own(extractor):
    """Both reports are found, each with the subject of the first cue as speaker."""
    text = (
        "Brennan said the airline would add three routes to Lisbon next summer, and told investors that it was "
        '"done apologising for the past."'
    )
    found = _reports(extractor, text)
    assert ("said", "the airline would add three routes to Lisbon next summer", "Brennan") in found
    told = [r for r in found if r[0] == "told"]
    assert len(told) == 1 and "done apologising" in told[0][1] and told[0][2] == "Brennan"


@pytest.mark.model
def test_second_report_without_quoted_words_is_asserted(extractor):
    """Without quote marks the second report is found too, not dropped as a hypothetical."""
    text = "Okafor said the council would close two libraries, and told residents that the decision was final."
    found = _reports(extractor, text)
    assert ("told", "the decision was final", "Okafor") in found


@pytest.mark.model
def test_verb_in_the_reported_tense_stays_in_the_content(extractor):
    """A verb in the reported tense ("would meet ... and tell them") shares the "would": one report, as before."""
    text = "The mayor said she would meet the unions and tell them that the deal was off."
    found = _reports(extractor, text)
    assert len(found) == 1 and found[0][0] == "said" and "tell them" in found[0][1]


@pytest.mark.model
def test_second_report_accusation_takes_the_first_cue_s_subject(extractor):
    """An accusation hung on the first report's clause ("says the offer is ... and accuses X of ...") is speech."""
    text = "The union leader says the pay offer is an insult and accuses the owners of hiding their profits."
    found = _reports(extractor, text)
    assert ("accuses", "the owners of hiding their profits", "The union leader") in found
