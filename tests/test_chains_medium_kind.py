"""A medium's kind after "of" is no source: "a letter of apology", "a statement of intent" (session 18).

The sources stage read "a letter of apology" in the words around a claim as a letter made by "apology", and
added a link with no entity. A bare lowercase noun after "of" names what kind of letter or statement it is.
The sentences are invented.
"""

from __future__ import annotations

import pytest
from _chain_reading import chains, outer


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Defending, Simon Hale said his client was “deeply ashamed” and had written a letter of apology.", "ashamed"),
        ("The club said the fans were “deeply sorry” and had sent a letter of apology.", "sorry"),
        ("The mayor said the council was “ready to act” and had signed a statement of intent.", "ready"),
    ],
)
def test_a_medium_of_a_kind_adds_no_link(extractor, text, fragment):
    """Only the speaker's own link: no letter or statement link without a maker."""
    assert outer(extractor(text), fragment) == []


@pytest.mark.model
def test_a_statement_of_a_named_body_still_names_it(extractor):
    """A capitalised name after "of" is still the statement's maker."""
    text = "In a statement of the Football Association, officials said the match was off."
    found = chains(extractor(text), "match was off")
    assert found and any(n and "Football Association" in n for _, n in found[0]), found
