"""Speakers on unseen text: the person asked answers, a quoted "I", a name hung on a frame, a relative "who".

The pure parts (the turn bonus, questions in a hand-built parse) are tested without a model; the rest on
invented sentences, several phrasings each, with the real pipeline.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract.stages.speakers._groups import Group
from quoteextract.stages.speakers._turns import Turn, questions, turn_bonus
from tests._handbuilt import parse

# -- pure ----------------------------------------------------------------------------


def test_turn_bonus_favours_the_person_asked_for_two_sentences():
    """The addressee gains most in the next sentence, less a sentence later, nothing after or in another paragraph."""
    asker, asked, other = Group(label="asker"), Group(label="asked"), Group(label="other")
    turn = Turn(asker, asked, sentence=4, paragraph=1)
    assert turn_bonus(turn, asked, 5, 1) > turn_bonus(turn, asked, 6, 1) > 0
    assert turn_bonus(turn, asked, 7, 1) == 0.0
    assert turn_bonus(turn, asked, 5, 2) == 0.0
    assert turn_bonus(turn, asked, 4, 1) == 0.0  # the question's own sentence
    assert turn_bonus(turn, asker, 5, 1) < 0
    assert turn_bonus(turn, other, 5, 1) == 0.0
    assert turn_bonus(None, asked, 5, 1) == 0.0


def test_questions_in_a_hand_built_parse():
    """A question: "asked the warden whether ..." is put to "warden"; "asked about the fee" has no addressee."""
    doc = parse(
        """
        I 1 nsubj PRON PRP I
        asked 1 ROOT VERB VBD ask
        the 3 det DET DT the
        warden 1 dobj NOUN NN warden
        whether 7 mark SCONJ IN whether
        it 7 nsubj PRON PRP it
        would 7 aux AUX MD would
        reopen 1 ccomp VERB VB reopen
        . 1 punct PUNCT . .
        """
    )
    found = questions(doc, list(doc))
    assert [(q.verb.text, q.addressee.text) for q in found] == [("asked", "warden")]
    assert doc.text[: found[0].end].endswith("the warden")
    no_object = parse(
        """
        She 1 nsubj PRON PRP she
        was 2 auxpass AUX VBD be
        asked 2 ROOT VERB VBN ask
        about 2 prep ADP IN about
        the 5 det DET DT the
        fee 3 pobj NOUN NN fee
        . 2 punct PUNCT . .
        """
    )
    assert questions(no_object, list(no_object)) == []


# -- with the model ----------------------------------------------------------------------


def _speakers(extractor, text):
    """The resolved speaker name of each quotation (``None`` when unresolved), and the entities by name."""
    result = extractor(text)
    names = {e.id: e for e in result.entities}
    speakers = [
        names[q.speaker.entity].name if q.speaker and q.speaker.entity is not None else None for q in result.quotes
    ]
    return speakers, {e.name: e for e in result.entities}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The coach, Ivo Brandt, said the pitch was waterlogged. He asked the groundsman, Tobias Wren, whether "
            "it would drain by Saturday. “Not a chance,” he said.",
            "Tobias Wren",
        ),
        (
            "Dr Selma Arkin questioned the contractor, Piet Lowrie, on Tuesday about the cracked beams. He said the "
            "steel had been delivered late.",
            "Piet Lowrie",
        ),
        (
            "The mayor, Hallam Crewe, pressed the fire chief, Anton Relf, on response times. “We are four engines "
            "short,” he said.",
            "Anton Relf",
        ),
    ],
)
def test_the_person_asked_answers(extractor, text, name):
    """After "X asked Y whether ..." (or "questioned", "pressed"), the "he" who speaks next is Y, not X."""
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] == name


@pytest.mark.model
@pytest.mark.parametrize(
    "text, label",
    [
        ("I asked the lock keeper whether the canal would reopen. She said it would not.", "the lock keeper"),
        (
            "We asked a nurse on the ward why the beds were empty. “There is nobody to staff them,” she said.",
            "a nurse",
        ),
    ],
)
def test_a_role_asked_answers(extractor, text, label):
    """A person asked who is named only by a role ("the lock keeper", "a nurse") is who answers."""
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] is not None and speakers[-1].startswith(label)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, outer, inner",
    [
        (
            "“I told him, ‘I want my deposit back,’” said Ottilie Brandon, a tenant on Fenn Street.",
            "Ottilie Brandon",
            "Ottilie Brandon",
        ),
        (
            "The farmer, Caleb Moor, remembers the day. “I said to the inspector, ‘I will not sign this,’” Moor said.",
            "Caleb Moor",
            "Caleb Moor",
        ),
    ],
)
def test_a_quoted_i_is_the_outer_speaker(extractor, text, outer, inner):
    """The "I" who speaks inside a quotation ("“I told him, ‘...’,” said X") is the outer quotation's speaker."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    by_rule = {q.rule: q for q in result.quotes}
    nested = by_rule["quote.nested"]
    others = [q for q in result.quotes if q is not nested]
    assert names[nested.speaker.entity] == inner
    assert any(q.speaker is not None and names.get(q.speaker.entity) == outer for q in others)


@pytest.mark.model
def test_quoted_first_person_rule_can_be_switched_off(nlp):
    """Without ``speaker.quoted_first_person`` the quoted "I" is left unresolved."""
    text = "“I told him, ‘I want my deposit back,’” said Ottilie Brandon, a tenant on Fenn Street."
    on, _ = _speakers(quoteextract.Extractor(nlp), text)
    off, _ = _speakers(quoteextract.Extractor(nlp, disable=["speaker.quoted_first_person"]), text)
    assert "Ottilie Brandon" in on and on.count("Ottilie Brandon") == 2
    assert off.count("Ottilie Brandon") == 1


FRAMED = [
    (
        "In an interview with the Fenland Courier, Hester Quill, now 58, said the dyke would not hold. "
        "“I have seen it give way before,” she said.",
        "Hester Quill",
        "Fenland Courier",
    ),
    (
        "In an interview with the Marsh Gazette, Dunstan Ferrow, 70, said he would sell the boatyard.",
        "Dunstan Ferrow",
        "Marsh Gazette",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text, name, outlet", FRAMED)
def test_a_name_hung_on_the_frames_outlet_is_the_speaker(extractor, text, name, outlet):
    """A frame's name: "In an interview with OUTLET, NAME, 58, said ...": NAME speaks (not the outlet's appositive)."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    first = result.quotes[0]
    assert first.speaker is not None and names[first.speaker.entity] == name
    assert [names.get(link.entity) for link in first.sources] == [name, outlet]


@pytest.mark.model
def test_framed_rule_can_be_switched_off(nlp):
    """Without ``speaker.framed`` the claim keeps the speaker attribution gave it (none)."""
    text, name, _ = FRAMED[1]
    on = quoteextract.Extractor(nlp)(text).quotes[0]
    off = quoteextract.Extractor(nlp, disable=["speaker.framed"])(text).quotes[0]
    assert on.speaker is not None and on.speaker.text in {name, name.split()[-1]}
    assert off.speaker is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The hall will close in May, according to Okwuosa Fenner, who chairs the trust. “It breaks my heart,” "
            "she said.",
            "Okwuosa Fenner",
        ),
        (
            "Demand has doubled since January, said Okwuosa Fenner, who runs the Carrow Road food bank. “We are "
            "giving out tins faster than we collect them,” she said.",
            "Okwuosa Fenner",
        ),
    ],
)
def test_a_relative_who_makes_a_person(extractor, text, name):
    """A relative "who": "X, who chairs the trust," is a person whatever the tagger says; the "she" after it is X."""
    speakers, entities = _speakers(extractor, text)
    assert entities[name].type == "person"
    assert speakers[-1] == name


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, outlet",
    [
        (
            "Talks collapse\n\nIn an interview with the Dale Post, union leader Rhys Banner said talks had failed.",
            "Rhys Banner",
            "Dale Post",
        ),
        (
            "Speaking to the Grace Tribune, Councillor Ivo Marsh said the depot would close.",
            "Ivo Marsh",
            "Grace Tribune",
        ),
    ],
)
def test_an_outlet_named_like_a_person_after_the(extractor, text, name, outlet):
    """An outlet after "the": "the Dale Post" is a paper (the outer interview link), not a person it was told to."""
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    links = [(link.relation, names.get(link.entity)) for link in result.quotes[0].sources]
    assert links == [("said", name), ("interview", outlet)]


@pytest.mark.model
def test_an_interview_frame_holds_when_its_own_claim_is_missed(extractor):
    """A frame whose own claim was missed still holds: the "she said" quotation was given to the outlet."""
    text = (
        "Mayor quits\n\nIn an interview with the Hollow Echo, Mayor Petra Lindqvist denied the claims. "
        "“It is all invented,” she said. “Every word.”"
    )
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    quote = next(q for q in result.quotes if q.kind == "direct")
    assert ("interview", "Hollow Echo") in [(link.relation, names.get(link.entity)) for link in quote.sources]


@pytest.mark.model
def test_a_written_frame_does_not_reach_another_speaker(extractor):
    """A later speaker named in the passage ends an interview frame: the engineer's words get no interview link."""
    text = (
        "Bridge\n\nSpeaking to Radio Fenn, Anwen Cole said the bridge was safe. The council engineer, Tom Reyes, "
        "said repairs would start soon. “It is sound,” he said."
    )
    result = extractor(text)
    names = {e.id: e.name for e in result.entities}
    for quote in result.quotes:
        if quote.speaker is not None and names.get(quote.speaker.entity) == "Tom Reyes":
            assert all(link.relation != "interview" for link in quote.sources)


def test_first_names_from_many_countries_but_no_surnames_or_words():
    """The first-name table knows names from many countries with their gender, and no surname, place or word."""
    from quoteextract.lang.en._speaker_lexicon import first_names

    names = first_names()
    for name, gender in [("Ngozi", "female"), ("Chinedu", "male"), ("Priya", "female"), ("Piotr", "male")]:
        assert names[name] == gender
    for word in ("Johnson", "Wells", "Hunter", "Summer", "Santa", "Baker"):
        assert word not in names
    assert names["Grace"] == "female"  # hand-kept rows stay as written


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Nurses walked out on Monday. The Royal College of Midwives said it backed them. “They have been pushed "
            "too far,” the college said in a statement.",
            "Royal College of Midwives",
        ),
        (
            "The Harwick Zoological Society said the zoo would reopen. The society said visitors would need tickets.",
            "Harwick Zoological Society",
        ),
    ],
)
def test_a_word_of_an_organisations_name_points_back_to_it(extractor, text, name):
    """A word of a name: "the college", "the society" after an organisation whose name holds it are that one."""
    speakers, _ = _speakers(extractor, text)
    assert speakers[-1] == name


@pytest.mark.model
def test_name_word_rule_can_be_switched_off(nlp):
    """Without ``speaker.name_word`` "the college" is an entity of its own."""
    text = "The Royal College of Midwives said it backed them. “They were pushed,” the college said."
    off, _ = _speakers(quoteextract.Extractor(nlp, disable=["speaker.name_word"]), text)
    assert off[-1] != "Royal College of Midwives"


@pytest.mark.model
def test_a_relative_pronoun_speaker_is_named_by_its_antecedent(extractor):
    """A relative pronoun: "a coalition of farm groups, which argued ...": the speaker is "farm groups", not "which"."""
    result = extractor("The bill was backed by a coalition of farm groups, which argued that prices would fall.")
    names = {e.id: e.name for e in result.entities}
    quote = next(q for q in result.quotes if q.text == "prices would fall")
    assert quote.speaker.text == "which" and names[quote.speaker.entity] == "farm groups"
