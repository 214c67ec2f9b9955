"""Grades with their graders, storms by category, sayings people have, captions, named vessels and operations.

Rules widened after the sixth hard-negative suite: ``reject.label_status`` (a grade is a grade even
with the body that gave it, "a rating of"; storms by category), ``reject.saying`` ("Sailors have a
saying about fog:"), ``reject.displayed_text`` (captions, headlines, on-screen text),
``reject.category_name`` (vessels, operations, exercises, storms) and ``reject.listed`` (the later
items of a list of pronounced words). The sentences are invented for these tests, in several
phrasings each; none is taken from the hard-negative suites.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject_display import list_lead, listed_after
from quoteextract.stages.attribution._reject_named import category_name
from quoteextract.stages.attribution._reject_sayings import displayed_text, saying


def _pair(text, index=0):
    quotes = [q for q in find_quotes(text).quotes if q.depth == 0]
    return setting_of(Layout.of(text), quotes[index], None)


def _scene(text):
    return Scene(Article.build(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sailors have a saying about fog: “If you can hear the bell, you are too close.”", True),
        ("There is an old saying in the valley: ‘Rain before seven, fine by eleven.’", True),
        ("Miners had a grim saying — «Dark in, dark out.»", True),
        ("Her email saying “done” arrived at midnight.", False),
        ("The mayor has a message for drivers: “Slow down.”", False),
    ],
)
def test_a_saying_people_have(text, expected):
    """People who "have a saying" before a colon or dash give no speech; an email "saying" does."""
    assert saying(_scene(text), _pair(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The clip, captioned “when the last bus leaves without you”, has 2m views.", True),
        ("A photo subtitled 'Our street, 6am' was shared by the council.", True),
        ("The post ran under the headline “Town hall in chaos”.", True),
        ("The video carries the on-screen text «Day 40 of waiting for a plumber».", True),
        ("Staff got an email with the subject line „Urgent: read now“ on Friday.", True),
        ("She sent her mother the text “I'm safe” at 2am.", False),
    ],
)
def test_captions_and_headlines_are_displayed_text(text, expected):
    """A caption, subtitle, headline, subject line or on-screen text is shown, not said; a person's text is said."""
    assert displayed_text(_scene(text), _pair(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trawler “Morning Star II” was towed into port.", True),
        ("Three men were charged after Operation 'Sandpiper', a year-long inquiry.", True),
        ("Troops on Exercise «Iron Wolf» will fire live rounds.", True),
        ("Storm ‘Gwendolyn’ brought down trees across the county.", True),
        ("The lifeboat “Spirit of Hartside” was launched at dawn.", True),
        ("The operation was “a complete shambles”, she said.", False),
    ],
)
def test_named_vessels_operations_and_storms(text, expected):
    """A name in title case right after a vessel, an operation, an exercise or a storm is a name."""
    assert category_name(_scene(text), _pair(text)) is expected


def test_the_list_lead_is_shared_and_bounded():
    """``list_lead`` gives the words before a list's first item, or ``None`` when there is no list."""
    assert list_lead("banners reading ‘A’, ‘B’ and ") == "banners reading "
    assert list_lead("banners reading ") is None
    assert list_lead("the plan, she said, ") is None
    assert list_lead("“A”, " * 12) is None  # longer than MAX_LIST_ITEMS


@pytest.mark.parametrize(
    "text",
    [
        "Is it pronounced “scone” or “scown”? The office is split.",
        "Locals spell it ‘Brough’, ‘Bruff’ or ‘Bruf’ on the signs.",
        "The poet's name rhymes with «Keats» and «sheets».",
    ],
)
def test_later_pronounced_items_are_words_as_words(text):
    """The second item of a list of pronounced or spelled words is a word as a word too."""
    assert listed_after(_scene(text), _pair(text, 1), text[: _pair(text, 1).quote.open.start]) == "word_as_word"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The trust said its maternity unit had been rated 'requires improvement' by the regulator.",
            "its maternity unit had been rated 'requires improvement' by the regulator",
        ),
        (
            "Forecasters said the storm had strengthened into a “category 4” hurricane overnight.",
            "the storm had strengthened into a “category 4” hurricane overnight",
        ),
        (
            "The coastguard said the trawler «Northern Dawn» had lost power off the headland.",
            "the trawler «Northern Dawn» had lost power off the headland",
        ),
        (
            "The Environment Agency said the river was at “flood alert” level.",
            "the river was at “flood alert” level",
        ),
        (
            "Officials said the ship, the ‘Ocean Pearl’, would dock at noon.",
            "the ship, the ‘Ocean Pearl’, would dock at noon",
        ),
    ],
)
def test_a_grade_or_name_inside_a_real_claim_leaves_the_claim_indirect(nlp, text, claim):
    """The claim is still reported, without the grade or name as a quoted fragment of the speaker's words."""
    result = quoteextract.extract(text, nlp, scope="speech")
    assert [(q.text, q.kind) for q in result.quotes] == [(claim, "indirect")]


@pytest.mark.model
def test_the_grade_rule_can_be_switched_off(nlp):
    """``reject.label_status`` off: the quoted grade is a fragment of a mixed quotation again."""
    text = "The trust said its maternity unit had been rated 'requires improvement' by the regulator."
    kinds = [q.kind for q in quoteextract.Extractor(nlp, disable=["reject.label_status"])(text).quotes]
    assert kinds == ["mixed"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Branded “The Beast from the Bay” by locals, the storm flattened fences.", "nickname"),
        ("Dubbed ‘the Wobbly Bridge’ by commuters, the crossing reopens on Monday.", "nickname"),
        ("Christened «Old Smoky» by railway fans, the engine returns this summer.", "nickname"),
        ("Branded “reckless” by Senator Ames, the plan was dropped.", None),
    ],
)
def test_a_sentence_opening_naming_participle(nlp, text, expected):
    """A sentence opening with "Branded “...” by <people at large>," gives a name; a named agent speaks.

    The model may tag the opening participle as a past tense ("Branded"): the agent after the marks
    shows it is a participle.
    """
    from quoteextract.stages.attribution._reject_given import name_given_in_passing

    assert name_given_in_passing(Scene(Article.build(nlp(text))), _pair(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Locals pronounce it to rhyme with “cough”.",
        "The new name rhymes with ‘Keats’, the council admits.",
        "Her surname is spelt «Mhairi» but rhymes with «Marie».",
    ],
)
def test_rhymes_with_gives_a_word_as_a_word(text):
    """What a word "rhymes with" is a word as a word."""
    from quoteextract.stages.attribution._reject_given import spelled_word

    index = len([q for q in find_quotes(text).quotes if q.depth == 0]) - 1
    assert spelled_word(text, _pair(text, index))


@pytest.mark.parametrize(
    "text",
    [
        "Searches such as “cheap flights to Malaga” led to the fake site.",
        "The agency paid to appear first for searches like 'boiler repair near me'.",
        "Search terms including «free tablet» were hijacked.",
    ],
)
def test_searches_such_as(text):
    """Search terms listed after "searches such as" / "like" / "including" are words as words."""
    from quoteextract.stages.attribution._reject_display import searched

    before = text[: _pair(text).quote.open.start]
    assert searched(_scene(text), _pair(text), before)


@pytest.mark.model
def test_a_grade_by_a_person_stays_their_words(nlp):
    """A grading verb with a person as agent (a name or a role) keeps the quoted words that person's."""
    text = "The council said the plan had been rated ‘unworkable’ by Tom Hale, the committee chairman."
    assert [q.kind for q in quoteextract.extract(text, nlp, scope="speech").quotes] == ["mixed"]
