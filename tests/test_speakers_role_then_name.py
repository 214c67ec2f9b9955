"""A person introduced by a role and named later with that role, and a force named for two places (session 18).

News introduces an office holder by the office ("The mayor of Riverton promised ...") and names them a few
sentences on with the office as a title ("Mayor Ana Ruiz told ..."), or credits a report to a role ("a report
by the city's auditor") and names its author next ("The auditor, Mark Osei, wrote ..."). British police forces
are named for two places ("Devon and Cornwall Police"), which the tagger splits into a person and an
organisation. The sentences are invented.
"""

from __future__ import annotations

import pytest


def _entity_of(result, speaker_text):
    """The entity of the first quotation whose speaker mention is ``speaker_text``."""
    quote = next(q for q in result.quotes if q.speaker is not None and q.speaker.text == speaker_text)
    return quote.speaker.entity


@pytest.mark.parametrize(
    "text, role, named",
    [
        (
            "The mayor of Linwater promised on Monday that the bridge would reopen by spring. "
            "Traders have lost custom since it closed. "
            "“We will not let this drag on,” Mayor Ruth Adeyemi told a council meeting.",
            "The mayor of Linwater",
            "Mayor Ruth Adeyemi",
        ),
        (
            "The governor of Marren Province said the curfew would be lifted. "
            "“The worst is behind us,” Governor Tomas Varga said at a briefing.",
            "The governor of Marren Province",
            "Governor Tomas Varga",
        ),
        (
            "The mayor of Eastby warned that bin collections would be cut. "
            "Mayor Colin Reeve said: “There is no money left.”",
            "The mayor of Eastby",
            "Mayor Colin Reeve",
        ),
    ],
)
def test_the_role_of_a_place_is_the_person_titled_with_it(extractor, text, role, named):
    """A "The mayor of <place>" and a later "Mayor <name>" are one entity."""
    result = extractor(text)
    assert _entity_of(result, role) == _entity_of(result, named)


def test_two_mayors_stay_two(extractor):
    """With two named mayors, "The mayor of <place>" joins neither of them."""
    text = (
        "The mayor of Linwater said the bridge would reopen by spring. "
        "Mayor Ruth Adeyemi said: “We are ready.” "
        "Mayor Colin Reeve said: “We are not.”"
    )
    result = extractor(text)
    first = _entity_of(result, "The mayor of Linwater")
    assert first not in {_entity_of(result, "Mayor Ruth Adeyemi"), _entity_of(result, "Mayor Colin Reeve")}


def test_a_role_far_back_is_not_the_titled_person(extractor):
    """A "Mayor <name>" many paragraphs after "The mayor of <place>" is not joined to it."""
    filler = "\n\n".join(f"Paragraph {n} says the works went on as planned." for n in range(5))
    text = (
        "The mayor of Linwater said the bridge would reopen by spring.\n\n"
        f"{filler}\n\n"
        "“We will not let this drag on,” Mayor Ruth Adeyemi told a council meeting."
    )
    result = extractor(text)
    assert _entity_of(result, "The mayor of Linwater") != _entity_of(result, "Mayor Ruth Adeyemi")


@pytest.mark.parametrize(
    "text, author, named",
    [
        (
            "According to a report by the council's auditor, the scheme cost twice its budget. "
            "The auditor, Priya Nair, wrote that warnings had been ignored.",
            "a report by the council's auditor",
            "The auditor",
        ),
        (
            "According to a letter from the trust's chairman, the hospital will close its maternity unit. "
            "The chairman, Owen Blake, said that staff would be offered other posts.",
            "a letter from the trust's chairman",
            "The chairman",
        ),
    ],
)
def test_a_document_author_by_role_is_the_person_named_with_the_role(extractor, text, author, named):
    """The author a document is credited to by role joins the person a later "The <role>, <name>," names."""
    result = extractor(text)
    entity = _entity_of(result, author)
    assert entity == _entity_of(result, named)
    assert result.entity(entity).name in {"Priya Nair", "Owen Blake"}


@pytest.mark.parametrize(
    "text, force",
    [
        ("Devon and Cornwall Police said officers were called at 9pm.", "Devon and Cornwall Police"),
        ("Avon and Somerset Police said a man had been arrested.", "Avon and Somerset Police"),
        (
            "A spokesman for the family thanked the public. Devon and Cornwall Police said the search had ended.",
            "Devon and Cornwall Police",
        ),
        (
            "Officers from Avon and Somerset Constabulary said the road would stay shut.",
            "Avon and Somerset Constabulary",
        ),
    ],
)
def test_a_force_named_for_two_places_is_one_organisation(extractor, text, force):
    """A "<Place> and <Place> Police" is one organisation, with no person named for the first place."""
    result = extractor(text)
    names = {e.name for e in result.entities}
    assert force in names
    first_place = force.split()[0]
    assert first_place not in names


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The BBC and Thames Valley Police said the footage was genuine.", "BBC"),
        ("Mr Hallam spoke first. Hallam and Essex Police said the matter was closed.", "Hallam"),
    ],
)
def test_an_organisation_or_a_person_before_and_is_not_a_place(extractor, text, kept):
    """An organisation ("the BBC") or a person named before ("Mr Hallam") is not joined to the police force."""
    result = extractor(text)
    names = {e.name for e in result.entities}
    assert kept in names
    assert not any(name.startswith(f"{kept} and ") for name in names)
