"""Speaker cases the tenth unseen set showed: unions, defendants, roles named next, new groups, shared surnames.

Name grouping is tested on hand-made mentions; who the speaker is on invented sentences, several phrasings each,
with the real pipeline (none of them from the test sets).
"""

from __future__ import annotations

import pytest
from _chain_reading import speakers as _speakers

from quoteextract.stages.speakers._clustering import cluster_names
from quoteextract.stages.speakers._groups import NameMention
from quoteextract.stages.speakers._names import looks_like_org, parse_name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "Most of the porters belong to the Hospital Staff Guild. Their union said the new rota was unsafe.",
            "Hospital Staff Guild",
        ),
        (
            "Cleaners at the terminal are members of Corran. The union said the pay offer was an insult.",
            "Corran",
        ),
        (
            "Half of the tram drivers belong to Corran, which has called two strikes this year. Their union said "
            "talks had broken down.",
            "Corran",
        ),
    ],
)
def test_their_union_is_the_union_the_workers_belong_to(extractor, text, union):
    """A "their union said" after "belong to X" (or "members of X") is X, though X was no clause's subject."""
    assert _speakers(extractor, text)[-1] == union


@pytest.mark.model
def test_their_union_is_not_a_person_named_before(extractor):
    """A person named before is never "their union": the mention stays an organisation of its own."""
    text = "Most of the porters trust Alan Ferris. Their union said the new rota was unsafe."
    assert _speakers(extractor, text)[-1] != "Alan Ferris"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "defendant"),
    [
        (
            "Rhys Fenton, 41, denies two counts of theft. Giving evidence on Monday, the defendant said he had "
            "borrowed the van.",
            "Rhys Fenton",
        ),
        (
            "Mona Vale was charged with fraud in May. The defendant told the court that she had kept every receipt.",
            "Mona Vale",
        ),
        (
            "Colin Abbot pleaded not guilty to arson. A neighbour, Sue Penn, said she saw smoke at midnight. The "
            "defendant said he was asleep at home.",
            "Colin Abbot",
        ),
    ],
)
def test_the_defendant_is_the_person_who_pleads_or_is_charged(extractor, text, defendant):
    """A "the defendant said" is the person named as denying, pleading to or charged with the offence."""
    assert _speakers(extractor, text)[-1] == defendant


@pytest.mark.model
def test_the_defendant_is_not_a_witness_named_before(extractor):
    """With nobody pleading or charged, "the defendant" is no witness named before."""
    text = "Jo Reed said she saw the car at noon. The defendant said he was at work."
    assert _speakers(extractor, text)[-1] != "Jo Reed"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Bookings for spring are up by a third, according to figures from travel agency Pellham Tours. The firm "
            "said families were booking earlier.",
            "Pellham Tours",
        ),
        (
            "Demand for drivers has doubled, according to recruitment agency Darrow Hale. The company said it had "
            "400 vacancies.",
            "Darrow Hale",
        ),
    ],
)
def test_the_firm_after_a_quoted_business_agency_is_that_agency(extractor, text, company):
    """A "the firm said" after words "according to" a recruitment or travel agency is that agency: a business."""
    assert _speakers(extractor, text)[-1] == company


@pytest.mark.parametrize("name", ["Harwell Shipping", "Orrin Freight", "Kettle Haulage", "Dawn Staffing"])
def test_shipping_freight_and_staffing_firms_are_organisations_by_their_words(name):
    """A name ending in a business's kind ("Shipping", "Freight", "Haulage", "Staffing") is an organisation."""
    assert looks_like_org(parse_name(name))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dawn Shipping said it would close its Leith office. A senior manager at Dawn Shipping, who was not "
        "authorised to speak, said staff were told on Friday. The company said it regretted the decision.",
        "A director of Lomond Shipping, who asked not to be named, said the ship was sold. Lomond Shipping said "
        "its crews would be paid. The firm said talks were continuing.",
    ],
)
def test_a_who_after_a_manager_at_a_company_does_not_make_the_company_a_person(extractor, text):
    """A "who" after "a senior manager at X" is no sign X is a person: "the company" after it is still X."""
    result = extractor(text)
    company = next(e for e in result.entities if e.name.endswith("Shipping") and " of " not in e.name)
    assert company.type == "organisation"
    assert not any("who" in title for title in company.titles)
    assert _speakers(extractor, text)[-1] == company.name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The chief constable told reporters that patrols would double. Dana Whitcombe, who took the post in "
            "April, said the town centre was her first priority.",
            "Dana Whitcombe",
        ),
        (
            "The new headteacher told parents that phones would be banned. Owen Price, who was appointed in "
            "January, said the ban would start after Easter.",
            "Owen Price",
        ),
        (
            "The club's coach, speaking after the match, said the referee had been right. Sam Idris, who has been "
            "in charge since 2021, said: “We were second best.”",
            "Sam Idris",
        ),
    ],
)
def test_a_role_named_next_by_a_name_that_took_the_post_is_that_person(extractor, text, person):
    """A role that speaks, then "X, who took the post in April, said": the role is X (the clause ties them)."""
    assert _speakers(extractor, text)[0] == person


@pytest.mark.model
def test_a_role_is_not_a_name_whose_clause_says_nothing_of_the_post(extractor):
    """A name whose clause says nothing of the post ("who lives nearby") is not the role before it."""
    text = (
        "The chief constable told reporters that patrols would double. Dana Whitcombe, who lives on the high "
        "street, said she had not seen a patrol in years."
    )
    assert _speakers(extractor, text)[0] != "Dana Whitcombe"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "A plumber accused of stealing from pensioners told a jury that he had “never taken a penny”.\n\n"
            "Kevin Marsh, 47, of Thornton, denies six counts of fraud.",
            "Kevin Marsh",
        ),
        (
            "A nurse charged with falsifying records told the tribunal that she had been overworked.\n\n"
            "Lena Ortiz, 29, denies misconduct.",
            "Lena Ortiz",
        ),
    ],
)
def test_a_person_brought_in_by_a_reduced_relative_is_named_in_the_next_paragraph(extractor, text, person):
    """A role with a reduced relative ("A plumber accused of ...") is the person named in the next paragraph."""
    assert _speakers(extractor, text)[0] == person


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Teachers at Hollins Academy said last week that they would strike.\n\n"
            "On Tuesday about 300 teachers from across the city marched to the town hall. They said classes had "
            "doubled in size.",
            "about 300 teachers from across the city",
        ),
        (
            "Drivers at the Mill Road depot said they had not been paid.\n\n"
            "On Friday, the last day of the month, some 80 drivers from three depots gathered outside the offices "
            "of Kelso Buses. They said the company owed them a month's wages.",
            "some 80 drivers from three depots",
        ),
    ],
)
def test_a_counted_group_is_a_new_group_not_the_one_of_that_role_before(extractor, text, group):
    """A counted group ("about 300 teachers") after "Teachers at X" is new, and the "they" after it is that group."""
    assert _speakers(extractor, text)[-1] == group


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of the volunteers, a joiner from Ayr, said the rope had frayed. “I heard it go,” he said.",
            ["One of the volunteers", "One of the volunteers"],
        ),
        (
            "One of the passengers, a student, said the bus had braked hard. “Everyone fell forward,” she said.",
            ["One of the passengers", "One of the passengers"],
        ),
    ],
)
def test_one_of_a_group_described_by_an_appositive_is_one_person(extractor, text, expected):
    """One of a group described by an appositive ("a joiner") is one unnamed person, and "he" after it is them."""
    assert _speakers(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "One of the marchers, a porter named Ivan Roche, said the ward had closed. “We were told nothing,” he said.",
        "One of the volunteers, a retired nurse called Ivan Roche, said the food bank was empty.",
    ],
)
def test_one_of_a_group_named_by_a_participle_is_that_person(extractor, text):
    """One of a group described as "a porter named X" is X."""
    assert set(_speakers(extractor, text)) == {"Ivan Roche"}


def _cluster(*written: str) -> tuple[list, list]:
    """Cluster name mentions written one after another (each 10 characters after the one before)."""
    mentions, offset = [], 0
    for name in written:
        mentions.append(NameMention(offset, offset + len(name), parse_name(name), "PERSON"))
        offset += len(name) + 10
    return cluster_names(mentions)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (("Edna Pike", "Walter Pike", "Mrs Pike", "Janet Pike", "Ms Pike"), "Janet Pike"),
        (("Ruth Farrow", "Mrs Farrow", "Patricia Farrow", "Ms Farrow"), "Patricia Farrow"),
        (("Ann Hale", "Ms Hale", "Rose Hale", "Ms Hale"), "Ann Hale"),
    ],
)
def test_a_womans_honorific_keeps_to_the_woman_it_was_given(written, expected):
    """A "Ms Pike" after "Mrs Pike" is another woman of the family; "Ms Hale" stays the "Ms Hale" before."""
    _groups, placed = _cluster(*written)
    assert placed[-1].name == expected


@pytest.mark.model
def test_a_surname_modifying_family_is_no_one_member(extractor):
    """A surname modifying "family" calls no one by the surname: "Mrs Dunlop" is then the mother named last."""
    text = (
        "The Dunlop family farm near Kelty will stay open. Sarah and Colin Dunlop have taken it over from their "
        "mother.\n\nTheir mother, Irene Dunlop, had planned to retire. “I am glad they stepped in,” Mrs Dunlop said."
    )
    assert _speakers(extractor, text)[-1] == "Irene Dunlop"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Ken Walsh, 70, and his grandson, Liam Walsh, 19, rowed the loch on Sunday. “My arms are gone,” the "
            "elder Walsh said.",
            "Ken Walsh",
        ),
        (
            "Ken Walsh, 70, and his grandson, Liam Walsh, 19, rowed the loch on Sunday. “Grandad never stopped "
            "talking,” the younger Walsh said.",
            "Liam Walsh",
        ),
        (
            "Tom Rees and his son, Dan Rees, opened the cafe in May. Dan Rees said it was busy. “We never expected "
            "this,” the older Rees said.",
            "Tom Rees",
        ),
    ],
)
def test_the_elder_or_younger_picks_by_age_or_kin(extractor, text, person):
    """The "elder Walsh" is the oldest of those named with that surname (by age, else by "his son")."""
    assert _speakers(extractor, text)[-1] == person
