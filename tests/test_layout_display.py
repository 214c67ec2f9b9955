"""Display furniture (stages/layout/display.py): pull quotes, listings, correction notes, bulleted links."""

from __future__ import annotations

import pytest

from quoteextract.article import Layout
from quoteextract.rules import DEFAULT_RULES, RuleSet
from quoteextract.stages.layout import assign_roles

BODY = "The depot will close in May, and the council said the land would be sold to a housing trust."


def roles(text: str, rules: RuleSet = DEFAULT_RULES) -> list[str]:
    """The role of each line of ``text``."""
    return [p.role for p in assign_roles(Layout.of(text), None, rules).paragraphs]


@pytest.mark.parametrize(
    "pulled",
    [
        "“Nobody asked the drivers what they thought.”",
        "> “Nobody asked the drivers what they thought.”",
        "‘Nobody asked the drivers what they thought’",
        "Nobody asked the drivers what they thought.",
        '| "Nobody asked the drivers what they thought"',
    ],
)
def test_a_line_repeating_words_quoted_in_the_story_is_a_pull_quote(pulled):
    """The same words quoted in a body paragraph make a display line a pull quote, whatever its marks."""
    quoted = "One driver, Ines Barlow, said: “Nobody asked the drivers what they thought.” She has driven for 20 years."
    text = f"{BODY}\n{pulled}\n{quoted}"
    assert roles(text)[1] == "subheading"
    assert roles(text)[2] == "body"


def test_a_pull_quote_may_repeat_one_sentence_of_a_longer_quotation_and_stand_first():
    """A sentence of a longer quotation is enough; the pull quote may come before the story quotes it."""
    text = (
        "“The timetable was written for somebody else’s town.”\n"
        f"{BODY}\n"
        "“We were patient. The timetable was written for somebody else’s town,” said Ines Barlow."
    )
    assert roles(text)[0] == "subheading"


@pytest.mark.parametrize(
    "lines",
    [
        ["“Nobody asked the drivers what they thought.”", "— Ines Barlow, driver"],  # a vox pop, quoted once
        ["“Yes.”", BODY],  # too short to tell
        ["Nobody asked the drivers, and the drivers noticed.", BODY],  # words of its own
    ],
)
def test_lines_that_are_not_pull_quotes(lines):
    """A quotation the story does not repeat, a short one, or a sentence of the writer's stays what it was."""
    found = roles("\n".join([BODY, *lines, "Ines Barlow said the drivers would meet on Friday."]))
    assert found[1] != "subheading" or lines[0] == "“Yes.”"
    assert "subheading" not in found[1:2] or lines[0] == "“Yes.”"


@pytest.mark.parametrize("label", ["KEY QUOTE", "Quote of the day", "In their own words", "PULL QUOTE:"])
def test_quotations_under_a_pull_quote_label_are_display(label):
    """A label of a quote box, and the quotations standing alone under it, report nothing."""
    text = f"{label}\n“The buses are always full.”\n“We wait an hour in the rain.”\n{BODY}"
    assert roles(text)[:3] == ["subheading"] * 3
    assert roles(text)[3] == "body"


@pytest.mark.parametrize(
    "schedule",
    [
        [
            "7.00pm Quay Stories (BBC Four)",
            "A harbour master tells of the night the wall gave way.",
            "8.30pm The Long Shift",
        ],
        ["06:30 Early Tide", "09:00 The Kitchen Table — cooks say what they eat at midnight"],
        ["9pm Frontline Farms", "10pm Night Ferry"],
    ],
)
def test_a_schedule_of_programmes_is_a_listing(schedule):
    """Lines opening with a time, two or more together, and the synopsis between them are a listing."""
    found = roles("\n".join(["TV TONIGHT", *schedule, BODY]))
    assert found[1 : 1 + len(schedule)] == ["teaser"] * len(schedule)
    assert found[-1] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "What to watch tonight: In ‘The Gull’, a widow tells her son the boat is sold.",
        "Coming up on Drive Time: our reporter asks whether the depot can be saved.",
        "On the podcast this week: a ferry captain explains why crossings are cancelled.",
        "Now streaming: Harbour Lights, series three.",
        "Pick of the day: The Tin Coast, Radio 4, 2.15pm",
    ],
)
def test_listing_lead_ins_are_listings(line):
    """A listing's lead-in ("What to watch:", "Coming up on X:") or a channel and a time make a listing line."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "teaser"


def test_a_synopsis_under_a_channel_and_time_is_a_listing():
    """A line opening "In this week's episode ..." under "Title, Radio 4, 11am" is the programme's synopsis."""
    found = roles(f"“Salt Roads”, Radio 4, 11am\nIn this week’s episode a fisher asks who owns the sea.\n{BODY}")
    assert found == ["teaser", "teaser", "body"]


@pytest.mark.parametrize(
    "line",
    [
        "At 8.00pm on Friday the council said the depot would close.",  # a time in a sentence, no schedule
        "7.30 Lions, the club’s under-twelves, won their final on Saturday.",  # one time-led line alone
        "The mayor said on Radio 4, 11am news, that the depot would close.",
    ],
)
def test_lines_with_times_that_are_not_listings(line):
    """A time in a sentence, or one time-led line without another nearby, is text."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Editor’s note — the Harbour Post reported on Monday that the depot would close; it will not.",
        "An earlier caption misidentified the driver in the photograph.",
        "In a story about the depot we wrongly said the council had sold the land.",
        "This article incorrectly stated that the trust had bought the depot.",
        "(This story has been corrected to show the sale is in June, not May.)",
        "The headline on this article was amended on 3 May.",
        "Sponsored: Visit the new Harbour Mall this weekend.",
        "PAID CONTENT | Harbour Mall",
    ],
)
def test_correction_notes_and_sponsored_items_are_boilerplate(line):
    """A correction note in any house style, or a sponsored item, is no text."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "boilerplate"


def test_a_line_under_corrections_and_clarifications_is_boilerplate():
    """The notes under a "Corrections and clarifications" head are corrections."""
    found = roles(
        f"Corrections and clarifications\nA report on the depot said it would close in May; it closes in June.\n{BODY}"
    )
    assert found[:2] == ["boilerplate", "boilerplate"]


@pytest.mark.parametrize(
    "line",
    [
        "The council said it had wrongly billed 300 households.",
        "Barlow said an earlier version of the plan had been rejected.",
        "This story has been shared 4,000 times, the council said.",
    ],
)
def test_sentences_about_mistakes_are_text(line):
    """Someone else's mistake, or a plan's earlier version, is text."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "body"


def test_a_bulleted_list_of_headlines_is_a_list_of_links():
    """Two or more bulleted lines without final punctuation are headlines of other stories."""
    found = roles(f"{BODY}\n• Drivers say depot closure ‘a betrayal’\n• Council vows to find new site\n{BODY}")
    assert found == ["body", "teaser", "teaser", "body"]


def test_a_bulleted_list_of_sentences_is_text():
    """Bulleted sentences with final full stops are text (a list of points the story makes)."""
    found = roles(
        f"{BODY}\n• Drivers said the closure was a betrayal.\n• The council said it would find a new site.\n{BODY}"
    )
    assert found == ["body"] * 4


def test_a_photo_courtesy_line_is_a_caption():
    """A credit "Photo courtesy of ..." at the end makes the line a caption, reporting words or not."""
    line = (
        "Ines Barlow (left) with apprentices. She told them the depot was theirs. Photo courtesy of the Harbour Trust"
    )
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "caption"


@pytest.mark.parametrize(
    ("name", "text", "index"),
    [
        (
            "layout.pull_quote",
            "{body}\n“Nobody asked the drivers a thing.”\nBarlow said: “Nobody asked the drivers a thing.”",
            1,
        ),
        ("layout.listing", "{body}\nWhat to watch: a widow tells her son the boat is sold.\n{body}", 1),
        (
            "layout.correction",
            "{body}\nIn a story about the depot we wrongly said the council had sold the land.\n{body}",
            1,
        ),
        (
            "layout.bullet_links",
            "{body}\n• Drivers say depot closure ‘a betrayal’\n• Council vows to find new site\n{body}",
            1,
        ),
    ],
)
def test_each_display_rule_can_be_switched_off(name, text, index):
    """``disable`` really switches each display rule off."""
    text = text.format(body=BODY)
    assert roles(text)[index] != "body"
    assert roles(text, RuleSet(disable=frozenset({name})))[index] == "body"


@pytest.mark.model
def test_a_pull_quote_is_reported_once_and_a_listing_not_at_all(nlp):
    """End to end: the story's quotation is reported with its speaker; its pull quote and a synopsis are not."""
    import quoteextract

    text = (
        "Depot drivers walk out\n"
        "Drivers at the Harbour Road depot walked out on Monday.\n"
        "“We found out from a notice on the canteen wall.”\n"
        "“We found out from a notice on the canteen wall,” said Ines Barlow, a driver for 20 years.\n"
        "TV TONIGHT\n"
        "8.00pm Depot Days (BBC Four)\n"
        "A mechanic says the last bus leaves at midnight.\n"
        "9.00pm Night Shift"
    )
    result = quoteextract.extract(text, nlp, scope="speech")
    assert [q.text for q in result.quotes] == ["We found out from a notice on the canteen wall,"]
    assert result.quotes[0].speaker is not None and "Barlow" in result.quotes[0].speaker.text


def test_a_live_blog_with_timestamps_is_text():
    """Time-stamped entries of a live blog are sentences, not programmes: they stay text."""
    found = roles(
        "Live: Council budget night\n"
        "18:02 Councillors are filing in. The leader said the budget would pass.\n"
        "18:25 Opposition leader Ama Roth has stood up. “This budget is a fantasy,” she says.\n"
        "19:10 Result: the budget passes by seven votes.\n"
        "19:30 The leader tells reporters she is relieved."
    )
    assert found[1:] == ["body"] * 4


def test_a_pull_quote_signed_off_on_its_own_line_is_display():
    """A repeated quotation with its dash sign-off on the same line ("‘...’ — Name") is a pull quote too."""
    quoted = "“The ferry is our only road to the mainland,” said harbour master Tobias Ekwueme."
    pulled = "‘The ferry is our only road to the mainland’ — Tobias Ekwueme"
    assert roles(f"{quoted}\n{pulled}\n{BODY}")[1] == "subheading"
    assert roles(f"{BODY}\n“The ferry runs twice a day in winter.” — Tobias Ekwueme\n{BODY}")[1] == "body"


@pytest.mark.model
@pytest.mark.parametrize(
    "pulled",
    [
        "“The night bus is the only way home for shift workers.”",
        "‘The night bus is the only way home for shift workers’ — Rosa Lindqvist",
    ],
)
def test_a_pull_quote_under_its_quotation_does_not_continue_it(nlp, pulled):
    """The story's quotation keeps its own words: the repeat below it joins nothing and is reported nowhere."""
    import quoteextract

    text = (
        f"Nurse Rosa Lindqvist said “The night bus is the only way home for shift workers.”\n\n{pulled}\n\n"
        "The operator has promised a review."
    )
    result = quoteextract.extract(text, nlp, scope="speech")
    assert [q.text for q in result.quotes] == ["The night bus is the only way home for shift workers."]
    assert len(result.quotes[0].fragments) == 1


@pytest.mark.model
def test_a_channel_and_time_opening_a_line_is_a_listing(nlp):
    """A line opened by a channel and a time ("Radio 3, 7.30pm:") is a listing: its title is nobody's words."""
    import quoteextract

    text = "Radio 3, 7.30pm: “Quay Songs” — a concert from the harbour.\n\nThe conductor said the hall was full."
    found = quoteextract.extract(text, nlp, scope="speech")
    assert [q.text for q in found.quotes] == ["the hall was full"]
