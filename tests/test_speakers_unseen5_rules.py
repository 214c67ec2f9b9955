"""Speaker cases the fifth unseen set showed (issue 11): relays, roles named later, spokespeople, titles.

What the rules read is tested on hand-built parses where it is a parse pattern; who the speaker is on
invented sentences, several phrasings each, with the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers
from _handbuilt import parse

import quoteextract
from quoteextract.stages.speakers._quoted_as import _quoting_verb, _relayed_person

# "The paper quoted the mayor as saying it was over ." with every label stated
_ACTIVE = """
The     1  det    DET   DT  the
paper   2  nsubj  NOUN  NN  paper
quoted  2  ROOT   VERB  VBD quote
the     4  det    DET   DT  the
mayor   2  dobj   NOUN  NN  mayor
as      2  prep   ADP   IN  as
saying  5  pcomp  VERB  VBG say
it      8  nsubj  PRON  PRP it
was     6  ccomp  AUX   VBD be
over    8  acomp  ADV   RB  over
.       2  punct  PUNCT .   .
"""

# "The mayor was quoted by the paper as saying it was over ."
_PASSIVE = """
The     1  det        DET   DT  the
mayor   3  nsubjpass  NOUN  NN  mayor
was     3  auxpass    AUX   VBD be
quoted  3  ROOT       VERB  VBN quote
by      3  agent      ADP   IN  by
the     6  det        DET   DT  the
paper   4  pobj       NOUN  NN  paper
as      3  prep       ADP   IN  as
saying  7  pcomp      VERB  VBG say
it      10 nsubj      PRON  PRP it
was     8  ccomp      AUX   VBD be
over    10 acomp      ADV   RB  over
.       3  punct      PUNCT .   .
"""

# "The paper quoted the mayor ." : no "as saying", so the paper is only quoting (no relay to read)
_NO_AS = """
The     1  det    DET   DT  the
paper   2  nsubj  NOUN  NN  paper
quoted  2  ROOT   VERB  VBD quote
the     4  det    DET   DT  the
mayor   2  dobj   NOUN  NN  mayor
.       2  punct  PUNCT .   .
"""


def test_the_subject_of_quoted_as_saying_relays_its_object():
    """In "Y quoted X as saying", Y is the relay and X the one whose words they are."""
    doc = parse(_ACTIVE)
    verb = _quoting_verb(doc[1])
    assert verb is not None and verb.i == 2
    assert _relayed_person(verb, doc[1]).text == "mayor"


def test_the_agent_of_a_passive_quoted_relays_its_subject():
    """In "X was quoted by Y as saying", Y (the agent) is the relay and X the speaker."""
    doc = parse(_PASSIVE)
    verb = _quoting_verb(doc[6])
    assert verb is not None and verb.i == 3
    assert _relayed_person(verb, doc[6]).text == "mayor"


def test_quoting_without_as_saying_is_no_relay():
    """Quoting with no "as saying" ("The paper quoted the mayor") is left to the other rules."""
    assert _quoting_verb(parse(_NO_AS)[1]) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Local radio quoted the fire chief, Dana Moyo, as saying that the blaze had been started deliberately.",
            "Dana Moyo",
        ),
        ("The Ledger quoted Tom Arkwright as saying he had never seen the river so high.", "Tom Arkwright"),
        ("Tom Arkwright was quoted by the Ledger as saying he had never seen the river so high.", "Tom Arkwright"),
        ("The club's website quoted its captain, Eve Sands, as saying the team was “ready for anything”.", "Eve Sands"),
    ],
)
def test_quoted_as_saying_is_the_quoted_persons(nlp, text, name):
    """Words relayed as "Y quoted X as saying" or "X was quoted by Y as saying" are X's, not Y's."""
    extractor = quoteextract.Extractor(nlp, enable=["speaker.quoted_as_object"])
    assert name in _speakers(extractor, text)


@pytest.mark.model
def test_quoted_as_can_be_switched_off(nlp):
    """With ``speaker.quoted_as`` disabled, the relay keeps the words (the rule really decides)."""
    text = "Tom Arkwright was quoted by the Ledger as saying he had never seen the river so high."
    on = _speakers(quoteextract.Extractor(nlp), text)
    off = _speakers(quoteextract.Extractor(nlp, disable=["speaker.quoted_as"]), text)
    assert "Tom Arkwright" in on
    assert "Tom Arkwright" not in off


@pytest.mark.model
def test_the_active_quoted_as_is_on_by_default_and_can_be_switched_off(nlp, extractor):
    """By default "Y quoted X as saying" is X's (session 9: the sources stage reads Y as the relay); off, Y keeps it."""
    text = "The Ledger quoted Tom Arkwright as saying he had never seen the river so high."
    assert "Tom Arkwright" in _speakers(extractor, text)
    off = quoteextract.Extractor(nlp, disable=["speaker.quoted_as_object"])
    assert "Tom Arkwright" not in _speakers(off, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The harbourmaster said the ferry would not sail until Friday. “The swell is too big,” she said. "
            "The harbourmaster for Port Ellen, Morag Dunn, has held the post since 2015.",
            "Morag Dunn",
        ),
        (
            "The pathologist told the court that the wound was recent. The Home Office pathologist, Dr Kevin Amis, "
            "said he had examined the body on 3 May.",
            "Kevin Amis",
        ),
        (
            "The referee said he had seen nothing wrong. “It was a fair tackle,” he said. The match referee, Paul "
            "Ashworth, later apologised.",
            "Paul Ashworth",
        ),
    ],
)
def test_a_role_named_later_by_a_longer_title_is_that_person(extractor, text, name):
    """A role speaking first ("The harbourmaster said") is the person a later, longer title names."""
    assert _speakers(extractor, text)[0] == name


@pytest.mark.model
def test_another_role_named_later_is_someone_else(extractor):
    """A later title with another role noun ("vice-chairman") does not take the chairman's words."""
    text = "The club's chairman said the ground would be sold. The club's vice-chairman, Ben Ross, said he disagreed."
    assert _speakers(extractor, text)[0] != "Ben Ross"


_SPOKES = (
    "Corvane Air cancelled 140 flights on Tuesday. A spokesperson for the airline said it was sorry. "
    "Fenwick Rail also cancelled trains. A company spokesman said more trains would run. "
    "A police spokesman said the road would reopen. Halden Rovers sacked their manager. "
    "A club spokesman said a new one would be named soon."
)


@pytest.mark.model
def test_a_spokesperson_for_the_kind_is_the_named_organisations(extractor):
    """A spokesperson "for the airline" or "a company spokesman" speaks for the organisation named before."""
    assert _speakers(extractor, _SPOKES) == [
        "A spokesperson for Corvane Air",
        "A Fenwick Rail spokesman",
        "A police spokesman",
        "A Halden Rovers spokesman",
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Det Insp Rhona Galbraith said the gang was organised. “These are not opportunists,” she said. "
            "Insp Galbraith appealed for witnesses.",
            "Rhona Galbraith",
            "Det Insp",
        ),
        ("Det Sgt Amir Khan said the car was found burnt out.", "Amir Khan", "Det Sgt"),
        ("Cllr Martin Oyelaran said the council would pay for the lights.", "Martin Oyelaran", "Cllr"),
        ("Lt Col Ruth Dane said the base would stay open.", "Ruth Dane", "Lt Col"),
    ],
)
def test_british_ranks_without_full_stops_are_titles(extractor, text, name, title):
    """Ranks and offices written without full stops ("Det Insp", "Cllr", "Lt Col") fold off the name."""
    result = extractor(text)
    entity = next(e for e in result.entities if e.name == name)
    assert title in entity.titles
    assert all(e.name != "Insp Galbraith" for e in result.entities)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "For forty years you went to Ray and Margaret Hollis. “We never had a day off,” Margaret Hollis said. "
            "Her husband laughed. “She talked about it,” he said.",
            "Ray Hollis",
        ),
        (
            "“It was a good day,” said Tom Reyes. His daughter was less sure. “It rained all afternoon,” she said.",
            "Tom Reyes's daughter",
        ),
        (
            "“The match was fair,” said Kwame Osei. His wife disagreed. “The referee was asleep,” she said.",
            "Kwame Osei's wife",
        ),
    ],
)
def test_a_relative_brought_in_without_a_cue_takes_the_pronoun(extractor, text, name):
    """A kin subject with no cue ("Her husband laughed.") is who the pronoun after it stands for."""
    assert _speakers(extractor, text)[-1] == name


@pytest.mark.model
def test_a_kin_subject_in_reported_words_is_no_new_speaker(extractor):
    """A kin subject in reported words ("said his son had taken the car") leaves the "he" after it the speaker."""
    text = "Tom Reyes said his son had taken the car. “He always does,” he said."
    assert _speakers(extractor, text)[-1] == "Tom Reyes"


@pytest.mark.model
def test_a_relative_clause_inside_an_appositive_is_no_part_of_the_title(extractor):
    """A relative clause inside an appositive ("the Water Board, which supplies ...") is left out of the title."""
    text = (
        "Lidia Kovac-Brandt, the mayor’s younger sister and deputy director of the Tarn Valley Water Board, which "
        "supplies 400,000 homes across the valley, said on Monday that the sale was a mistake."
    )
    entity = next(e for e in extractor(text).entities if e.name == "Lidia Kovac-Brandt")
    assert "deputy director of the Tarn Valley Water Board" in entity.titles
    assert "the mayor’s younger sister" in entity.titles


_TWO_VOICES = (
    "Back from the dead: the lido\n\n"
    "Noor Haddad and Kirsty Blane spent four years rebuilding the Seagrave lido. It reopens on Saturday. They "
    "spoke to the Courier between swims.\n\n"
    "Q: Whose idea was it?\n\n"
    "HADDAD: Kirsty’s. She sent me a photo of the empty pool.\n\n"
    "BLANE: The word under it was obviously.\n\n"
    "Q: What was the hardest part?\n\n"
    "BLANE: The pipes. Nobody had drawn them on any plan.\n\n"
    "HADDAD: And the bank. The pipes were easier than the bank."
)


@pytest.mark.model
def test_surname_labels_of_two_interviewees_are_theirs(extractor):
    """Answers labelled "HADDAD:" and "BLANE:" are Noor Haddad's and Kirsty Blane's; "Q:" is nobody's name."""
    result = extractor(_TWO_VOICES)
    names = {e.id: e.name for e in result.entities}
    by_label = {}
    for quote in result.quotes:
        if quote.speaker is not None and quote.speaker.text in {"HADDAD", "BLANE", "Q"}:
            by_label.setdefault(quote.speaker.text, set()).add(names.get(quote.speaker.entity))
    assert by_label["HADDAD"] == {"Noor Haddad"}
    assert by_label["BLANE"] == {"Kirsty Blane"}
    assert by_label.get("Q", {None}) == {None}
    assert "BLANE" not in names.values() and "Q" not in names.values()
