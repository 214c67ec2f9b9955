"""Speaker cases the ninth unseen set showed: organisations named by their kind, and a surname two relatives share.

Name grouping is tested on hand-made mentions; who the speaker is on invented sentences, several phrasings each,
with the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers

from quoteextract.lang.en._speaker_lexicon import pronouns, roles
from quoteextract.stages.speakers._clustering import cluster_names
from quoteextract.stages.speakers._groups import Group, NameMention
from quoteextract.stages.speakers._names import parse_name
from quoteextract.stages.speakers._pronouns import Antecedent, Site, resolve, window
from quoteextract.stages.speakers._whose_role import whose_named


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "A spokeswoman for Pellow Dairies, which supplies most of the county's schools, said the milk was safe. "
            "The company said it would test every batch until June.",
            "Pellow Dairies",
        ),
        (
            "A spokesman for Harwick Mills said the fire had started in a dryer. The firm said nobody had been hurt.",
            "Harwick Mills",
        ),
    ],
)
def test_the_company_a_spokesperson_spoke_for_is_the_company_named_last(extractor, text, company):
    """A "the company said" after "A spokeswoman for X said" is X, though X was no clause's subject."""
    assert _speakers(extractor, text)[-1] == company


@pytest.mark.model
def test_a_company_met_only_after_for_without_a_spokesperson_is_not_taken(extractor):
    """Only a speaking subject's "for X" counts: "a man from X" leaves "the company" unresolved to X."""
    text = "A driver from Orrin Freight said two lorries had been stopped. The company said the drivers were unhurt."
    assert _speakers(extractor, text)[-1] != "Orrin Freight"


@pytest.mark.parametrize("noun", ["supplier", "provider", "distributor", "wholesaler"])
def test_trade_nouns_news_uses_for_companies_are_organisations(noun):
    """WordNet's person sense of "supplier" loses to news use: "the region's largest gas supplier" is a company."""
    assert roles()[noun].type == "organisation"


@pytest.mark.model
@pytest.mark.parametrize(
    "description",
    ["the country's second-largest broadband provider", "a regional fuel supplier", "the largest drinks distributor"],
)
def test_a_company_described_by_its_trade_is_the_company_after(extractor, description):
    """A company apposed to a trade noun ("Kestrel Net, the ... provider, said") is "the company" after it."""
    text = (
        f"Kestrel Net, {description}, said on Monday it would raise prices in April. "
        "The company said the rise was needed to pay for new cables."
    )
    assert _speakers(extractor, text) == ["Kestrel Net", "Kestrel Net"]


def _cluster(*written: str) -> tuple[list, list]:
    """Cluster name mentions written one after another (each 10 characters after the one before)."""
    mentions, offset = [], 0
    for name in written:
        mentions.append(NameMention(offset, offset + len(name), parse_name(name), "PERSON"))
        offset += len(name) + 10
    return cluster_names(mentions)


def test_a_bare_surname_stays_with_the_person_it_has_been_calling():
    """After "Nadia Brennan ... Brennan ... her uncle, Colm Brennan", a bare "Brennan" is still Nadia."""
    groups, placed = _cluster("Nadia Brennan", "Brennan", "Colm Brennan", "Brennan")
    assert [g.name for g in groups] == ["Nadia Brennan", "Colm Brennan"]
    assert placed[3] is groups[0]
    assert groups[0].ambiguous and groups[1].ambiguous


def test_with_no_one_called_by_the_surname_alone_the_latest_wins():
    """Neither relative called "Brennan" alone yet: the one named last, as before."""
    groups, placed = _cluster("Nadia Brennan", "Colm Brennan", "Brennan")
    assert placed[2] is groups[1]


def test_an_age_comparison_is_not_held_to_the_surname_called_before():
    """An age comparison ("the elder Brennan") picks one of the family by age, not the one called "Brennan"."""
    mentions, offset = [], 0
    for name in ("Nadia Brennan", "Brennan", "Colm Brennan", "Brennan"):
        mentions.append(NameMention(offset, offset + len(name), parse_name(name), "PERSON"))
        offset += len(name) + 10
    mentions[-1].compared = True
    groups, placed = cluster_names(mentions)
    assert placed[3] is groups[1]


@pytest.mark.model
def test_a_relative_named_in_full_does_not_take_the_bare_surname(extractor):
    """A sportswoman called "Varga" keeps the name after her father, "Istvan Varga", is introduced."""
    text = (
        "Petra Varga won the women's race in Szeged on Sunday. “I felt strong from the start,” Varga said.\n\n"
        "Her father, Istvan Varga, who coached her as a child, watched from the bank. “I am very proud,” he said.\n\n"
        "“Next year I want the world title,” Varga said.\n"
    )
    assert _speakers(extractor, text) == ["Petra Varga", "Istvan Varga", "Petra Varga"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parents gathered at the gates. One, a nurse at the city hospital, said the school had ignored their "
            "letters. Another, a father of three, said he would keep his children at home.",
            [("a nurse", "One"), ("a father", "Another")],
        ),
        (
            "Dozens of drivers queued at the pumps. Another, a retired postman, said he had waited two hours.",
            [("a retired postman", "Another")],
        ),
    ],
)
def test_one_or_another_described_by_an_appositive_is_someone_new(extractor, text, expected):
    """One or another described by an appositive ("Another, a father of three, said"): the person described."""
    found = extractor(text)
    names = {e.id: e.name for e in found.entities}
    got = [
        (names[q.speaker.entity], q.speaker.text) for q in found.quotes if q.speaker and q.speaker.entity is not None
    ]
    assert got == expected


@pytest.mark.model
def test_one_with_a_named_appositive_is_still_the_name(extractor):
    """A named appositive ("One, Marta Kiss, 70, said"): the name speaks (the appositive rule)."""
    text = "Shoppers waited in the rain. One, Marta Kiss, 70, said the doors had opened late."
    assert _speakers(extractor, text) == ["Marta Kiss"]


def _woman(name: str) -> Group:
    """A named woman."""
    group = Group(names=[parse_name(name)], gender="female")
    group.votes["person"] += 1
    group.mentions.append((0, len(name)))
    return group


def test_a_possessor_yields_to_the_person_the_phrase_is_about():
    """A possessor ("Halloran's physio, Ada Wren, watched"): "she said" after it is Wren, not Halloran."""
    owner, physio = _woman("Mia Halloran"), _woman("Ada Wren")
    history = [
        Antecedent(100, owner, 2, 1, possessor=True),
        Antecedent(120, physio, 2, 1),
    ]
    site = Site(offset=300, pronoun=pronouns()["she"], sentence=3, paragraph=1, speaker=True)
    assert resolve(site, history)[0] is physio
    even = [Antecedent(100, owner, 2, 1), Antecedent(120, physio, 2, 1)]
    assert resolve(site, even)[0] is None  # without the possessor mark the two tie: unresolved


def test_a_later_possessive_pronoun_keeps_a_fuller_mention_of_its_sentence():
    """A later possessive pronoun ("Wren watched her pupil") does not make Wren a mere owner."""
    physio = _woman("Ada Wren")
    history = [Antecedent(120, physio, 2, 1), Antecedent(180, physio, 2, 1, possessor=True)]
    site = Site(offset=300, pronoun=pronouns()["she"], sentence=3, paragraph=1, speaker=True)
    assert window(site, history)[id(physio)].possessor is False


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ostra Mills, whose managing director, Dagny Holm, said", "Dagny Holm"),
        ("the Mendes family, whose lawyer, Ana Ruiz, 44, told", "Ana Ruiz"),
        ("a charity whose chair, Sir Ivo Penn, said", "Sir Ivo Penn"),
        ("Ostra Mills, whose founder, Dagny Holm, built the first loom in 1990, said", None),
        ("Ostra Mills, whose Dagny Holm said", None),
        ("the man whose car, a red Volvo, said", None),
    ],
)
def test_a_name_after_whose_and_a_role_right_before_the_cue(text, name):
    """Only "whose", a lower-case role, a comma, capitalised name words (an age allowed) and a comma before the cue."""
    cue = text.rindex(" ") + 1
    found = whose_named(text, cue)
    assert (None if found is None else text[found[0] : found[1]]) == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The closures follow those at Brenmoor, a rival chain whose chief executive, Lotte Vark, said in May that "
            "rents had doubled.",
            "Lotte Vark",
        ),
        (
            "The fine was paid by Kestle Homes, whose founder, Aram Petros, said the firm had learned its lesson.",
            "Aram Petros",
        ),
    ],
)
def test_the_person_named_after_whose_and_a_role_speaks(extractor, text, expected):
    """A name after "whose" and a role ("X, whose founder, Y, said"): Y speaks, not X, whatever the parse took."""
    assert _speakers(extractor, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "title"),
    [
        (
            "The charity's director told volunteers on Friday that she was “devastated”. Ruth Okonjo, who set up the "
            "charity in 2011, later said it would close in May.",
            ["Ruth Okonjo", "Ruth Okonjo"],
            "The charity's director",
        ),
        (
            "The head teacher told parents the school would stay open. Helen Marsh, who has led the school since "
            "2019, added that no jobs would go.",
            ["Helen Marsh", "Helen Marsh"],
            "The head teacher",
        ),
    ],
)
def test_a_role_named_in_the_next_sentence_is_that_person(extractor, text, expected, title):
    """A role nobody held before, then a full name met first with a relative clause and "later said" / "added"."""
    found = extractor(text)
    assert _speakers(extractor, text) == expected
    assert title in next(e for e in found.entities if e.name == expected[0]).titles


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The coach said the team was tired. Maria Lopez, who plays up front, said they were not.",
        "The president said the bill was dead. Ana Ruiz said she disagreed.",
        "The president said the bill was dead. Ana Ruiz campaigned in Iowa on Monday.",
        "The mayor said the road would reopen. Tom Reed, a bus driver, said he doubted it.",
    ],
)
def test_a_new_speaker_after_a_role_is_not_the_role(extractor, text):
    """A name bringing a new speaker in ("said"), with no first-naming aside, or with an appositive: someone else."""
    assert _speakers(extractor, text)[0] not in {"Maria Lopez", "Ana Ruiz", "Tom Reed"}
