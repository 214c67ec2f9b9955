"""Speakers a results story or a court report names in passing: the company, "Mr X", "the words of X", credit lines.

Written in session 17 from the misses of tests/data/news_speech8.jsonl (sentences invented here):

- a results story names the company through its shares ("Shares in X fell 9%") and then calls it "the company"
  or "the Leeds-based company"; "the company" now points back to a name hung on a clause's subject by
  "in"/"of"/"at", and a hyphenated epithet no longer makes the noun a new description;
- "according to data compiled by X" was read as a credit line ("Compiled by ..."), which hid every name of its
  paragraph from the speakers; "compiled by", "produced by", "writing by" and "editing by" now make a credit line
  only at the start of a line or after ";" or "(";
- the parser took the "-ly" surname after "Mr" for an adverb ("Mr Stavely said"), and the speaker was "Mr";
- an em dash after a quotation names its owner after the noun ("'...' — the words of X").
"""

from __future__ import annotations

import pytest

from quoteextract import Extractor
from quoteextract.stages.speakers._credits import credit_ranges


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
    assert speaker is not None and speaker.entity is not None, speaker
    return result.entities[speaker.entity].name


@pytest.mark.model
@pytest.mark.parametrize("company", ["The company", "The Leeds-based company", "The 90-year-old firm"])
def test_company_named_through_its_shares(extractor, company):
    """A lead "Shares in X fell ..." then "the company said": X speaks, hyphenated epithet or not."""
    text = (
        "Shares in Brindle Textiles fell 12% on Tuesday after a profit warning.\n\n"
        f"{company} said orders from three large retailers had been cancelled."
    )
    assert _speaker_name(extractor, text, "orders from three large retailers") == "Brindle Textiles"


@pytest.mark.model
def test_a_new_description_is_still_not_the_company(extractor):
    """A new description ("the rival firm") brings in another company: not the one named before."""
    text = (
        "Shares in Brindle Textiles fell 12% on Tuesday after a profit warning.\n\n"
        "The rival firm said its own orders were steady."
    )
    assert _speaker_name(extractor, text, "its own orders") != "Brindle Textiles"


@pytest.mark.model
def test_data_compiled_by_is_no_credit_line(extractor):
    """A paragraph citing "data compiled by X" keeps its names: the speaker before it is still resolved."""
    text = (
        "Orla Quinn runs the Harbour Bakery.\n\n"
        "Quinn said flour prices had doubled. Sales fell 4% last year, according to data compiled by Tillmark."
    )
    assert _speaker_name(extractor, text, "flour prices had doubled") == "Orla Quinn"


def test_credit_lines_still_found():
    """Credit lines that start a line or follow ";" or "(" are still credits; body text is not."""
    text = (
        "Compiled by Ana Ruiz\n"
        "(Reporting by Sam Hale; Writing by Jo Tan; Editing by Lee Park)\n"
        "Podcast produced by Mira Voss.\n"
        "Sales fell 4% last year, according to figures compiled by Tillmark.\n"
        "A report produced by the council said the bridge was unsafe."
    )
    lines = [text[a:b] for a, b in credit_ranges(text)]
    assert lines == text.splitlines()[:3]


@pytest.mark.model
def test_honorific_keeps_the_name_the_parser_cut_off(extractor):
    """In "Mr Pembly said" the speaker is the man named before, not "Mr"."""
    text = "Harold Pembly, 61, denies fraud.\n\nMr Pembly said he had repaid every penny."
    result = extractor(text)
    (quote,) = [q for q in result.quotes if "repaid every penny" in q.text]
    assert quote.speaker.text == "Mr Pembly"
    assert result.entities[quote.speaker.entity].name == "Harold Pembly"


@pytest.mark.model
def test_words_of_x_after_an_em_dash(extractor):
    """After a quotation, "— the words of X" makes X the speaker."""
    text = (
        "Dana Whitlow coached the team for a decade.\n\n"
        "“Nobody gives you a trophy for trying” — the words of Whitlow on the eve of the final."
    )
    assert _speaker_name(extractor, text, "Nobody gives you a trophy") == "Dana Whitlow"
