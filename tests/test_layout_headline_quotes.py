"""Layout: headlines that quote past-tense words, and link labels of more than one word (invented lines, no model)."""

from __future__ import annotations

import pytest

from quoteextract.article import Layout
from quoteextract.rules import DEFAULT_RULES
from quoteextract.stages.layout import assign_roles

BODY = "The council voted on Tuesday to close the depot, and officials said the site would be sold next year."


def roles(text: str) -> list[str]:
    """The role of each line of ``text``."""
    return [p.role for p in assign_roles(Layout.of(text), None, DEFAULT_RULES).paragraphs]


@pytest.mark.parametrize(
    "headline",
    [
        "'Nobody warned us,' say flooded shopkeepers",
        "“They lied to us,” striking porters tell the board",
        "Harbour chief: ‘I said no and I meant it’",
        "«We were told nothing» — tenants demand answers",
    ],
)
def test_past_tense_inside_the_quote_marks_still_heads_the_story(headline):
    """A first line whose past-tense verb is inside the quoted words is the headline."""
    assert roles(f"{headline}\n\n{BODY}")[0] == "headline"


@pytest.mark.parametrize(
    "first",
    ["“We told them twice,” Lee said", "Lee said the depot would close", "The depot, they explained, is “too old”"],
)
def test_past_tense_outside_the_quote_marks_is_text(first):
    """A first line that reports in the past tense outside its quote marks is body text."""
    assert roles(f"{first}\n\n{BODY}")[0] == "body"


def test_apostrophes_are_not_quote_marks():
    """Straight single marks count as quotation marks only between non-letters ("don't" is a word)."""
    assert roles(f"Porters don't think they said enough\n\n{BODY}")[0] == "body"


@pytest.mark.parametrize(
    "teaser",
    [
        "More on this story: Depot staff strike for a second day",
        "Related coverage: Why the depot is closing",
        "RELATED STORIES: Depot land to be sold",
        "Trending now: The ferry that never sails",
        "Don't miss: Ten walks along the canal",
        "Most read: Council tax to rise by 5 percent",
        "Editor's picks: The best of the harbour festival",
    ],
)
def test_link_labels_of_several_words_are_teasers(teaser):
    """A link label of two or three words before a colon makes a teaser."""
    assert roles(f"{BODY}\n{teaser}\n{BODY}")[1] == "teaser"


@pytest.mark.parametrize(
    "line",
    ["More than 200 people: that is how many signed the petition.", "Related issues were discussed: fares and routes."],
)
def test_sentences_starting_with_a_label_word_are_body(line):
    """A sentence opening with "More" or "Related" is no link label."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "► Union says the strike will go ahead",
        "▶ Council says bins will be collected on Friday.",
        "→ Read the statement",
    ],
)
def test_arrow_links_are_teasers(line):
    """A line opening with an arrow is a link in a list of related stories."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "teaser"


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("This story was first published by The Harbour Post.", "boilerplate"),
        ("It is republished here with permission.", "boilerplate"),
        ("This article originally appeared on Tidewater Review.", "boilerplate"),
        ("This interview has been edited for length and clarity.", "boilerplate"),
        ("The Dunmore Wire contributed to this report.", "byline"),
        ("Tom Lee and Kira Park contributed reporting to this story.", "byline"),
    ],
)
def test_republication_notes_and_contributor_lines(line, role):
    """Notes on where a story appeared first, and contributor lines, are furniture, not text."""
    assert roles(f"{BODY}\n{line}")[1] == role


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the report appeared in the council's files in May.",
        "Residents contributed to this fund for years, she said.",
        "This article was first published in 1998, the editor said, and never corrected.",
    ],
)
def test_sentences_about_publishing_are_body(line):
    """Sentences that merely mention publishing or contributing are text."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "body"


@pytest.mark.parametrize("head", ["MORE FROM THE HARBOUR POST", "Most read:", "Related coverage", "You may also like"])
def test_a_list_of_links_under_its_head_is_teasers(head):
    """The head of a list of links and the short lines without final punctuation under it are teasers."""
    found = roles(f"{BODY}\n{head}\nMayor says pool will reopen in May\nPorters say pay offer is too low\n\n{BODY}")
    assert found == ["body", "teaser", "teaser", "teaser", "body"]


def test_a_list_of_links_ends_at_a_sentence():
    """A line with final punctuation under a list of links is text again."""
    found = roles(f"{BODY}\nMost read:\nMayor says pool will reopen in May\nThe porters said the offer was too low.")
    assert found == ["body", "teaser", "teaser", "body"]


@pytest.mark.parametrize(
    "line",
    [
        "Editor's note: An earlier version of this story said the vote was on Tuesday.",
        "Correction: A previous version of this article misstated the mayor's name.",
        "An earlier version of this story said the pool would close.",
    ],
)
def test_correction_notes_are_boilerplate(line):
    """Editor's notes and corrections say what the story said before: nobody's statement."""
    assert roles(f"{BODY}\n{line}")[1] == "boilerplate"


@pytest.mark.parametrize(
    "caption",
    [
        "Residents say the flood came without warning. Photo / Tom Lee",
        "Ana Ruiz, who says she swims daily, at the pool. Picture: Tom Lee",
        "IMAGE: Ruiz says the pool is her second home",
        "Image caption: Ruiz says the pool is her second home",
        "Ruiz says the pool is her second home. [Tom Lee/The Ledger]",
        "Ruiz says the pool is her second home. Tom Lee/Ledger Staff",
    ],
)
def test_caption_credits_in_other_house_styles(caption):
    """A caption is known by its credit or label in several house styles, even when it says what someone says."""
    assert roles(f"{BODY}\n\n{caption}\n\n{BODY}")[1] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "The vote was 5/4 in favour, and Lee said the plan/budget was sound.",
        "Lee said the photo: a dog asleep on the quay, was his favourite.",
    ],
)
def test_slashes_and_labels_inside_sentences_are_body(line):
    """A slash or the word "photo" inside a sentence makes no caption credit."""
    assert roles(f"{BODY}\n\n{line}\n\n{BODY}")[1] == "body"
