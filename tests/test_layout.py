"""The layout stage: every line's role from typography and position (invented lines, no model)."""

from __future__ import annotations

import time

import pytest

import quoteextract
from quoteextract.article import LINE_ROLES, Article, Layout
from quoteextract.rules import DEFAULT_RULES, RuleSet, all_rules
from quoteextract.stages.layout import assign_roles

BODY = "The council voted on Tuesday to close the depot, and officials said the site would be sold next year."


def roles(text: str, rules: RuleSet = DEFAULT_RULES) -> list[str]:
    """The role of each line of ``text``."""
    return [p.role for p in assign_roles(Layout.of(text), None, rules).paragraphs]


def role_of_line(text: str, index: int) -> str:
    return roles(text)[index]


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour workers vow to block cruise terminal",
        "Editorial: The levy is the wrong tax at the wrong time",
        "Live: Storm batters the coast as ferries are cancelled",
        "Q&A: The woman who planted a roundabout",
        "What do you make of the new tram?",
        "Mayor Ruiz: “We will not back down”",
    ],
)
def test_first_short_line_without_full_stop_is_the_headline(headline):
    """A short first line without a final full stop (or a short question) above the text is the headline."""
    assert roles(f"{headline}\n\n{BODY}") == ["headline", "body"]


@pytest.mark.parametrize(
    "first",
    [
        "Asked whether she would run again, Ruiz said: “Never”",
        "The council voted on Tuesday to close the bus depot.",
        "“We will keep it open as long as we can,” said the manager.",
        "Councillors met on Tuesday, and the vote was close, with two abstentions and a walkout by three members.",
    ],
)
def test_a_first_line_that_is_a_sentence_is_body(first):
    """A first line ending with a full stop (or a quotation standing alone) is text, not a headline."""
    assert roles(f"{first}\n{BODY}")[0] == "body"


@pytest.mark.parametrize("headline", ["COUNCIL SAYS NO TO DEPOT", "DEPOT PLAN SCRAPPED"])
def test_a_first_line_in_capitals_is_the_headline_or_a_label(headline):
    """A first line in capitals heads the article (headline, or a label when short); either reports nothing."""
    assert roles(f"{headline}\n{BODY}")[0] in {"headline", "section_label"}


def test_an_article_has_one_headline():
    """A second short line without a full stop under the headline is not a second headline."""
    text = f"Readers react: Is the car park too dear?\n“Free parking would help.” — Olu Bankole, café owner\n{BODY}"
    assert roles(text)[:2] == ["headline", "body"]


def test_a_single_line_is_never_a_headline():
    """A text of one line has nothing to head."""
    assert roles("Residents angry over depot") == ["body"]


def test_headline_may_follow_a_section_label_and_a_byline_may_follow_it():
    """A label in capitals above the headline, then a byline: the headline is still found."""
    text = f"POLITICS\nMinisters clash over rail fares\nBy Tomasz Wren, Transport Correspondent\n{BODY}"
    assert roles(text) == ["section_label", "headline", "byline", "body"]


@pytest.mark.parametrize(
    "subheading",
    [
        "Costs expected to rise",
        "What happens next",
        "A Long Wait for Repairs",
        "Drivers Left in the Dark",
        "“We were never told”",
    ],
)
def test_short_line_without_punctuation_between_paragraphs_is_a_subheading(subheading):
    """A short capitalised line without final punctuation above a longer paragraph is a sub-heading."""
    assert roles(f"{BODY}\n{subheading}\n{BODY}")[1] == "subheading"


@pytest.mark.parametrize(
    "line",
    [
        "racist and reckless who has",  # a sentence broken by a line break: lower case first
        "Sahar Okoro, 52",  # a list of names: the next line is as short
        "The minister added:",  # a line introducing a quotation ends with a colon
        "09:40 Trains resume",  # a live-blog time stamp
    ],
)
def test_lines_that_are_not_subheadings(line):
    """Broken sentences, list items, introductions and time stamps are not sub-headings."""
    following = "Tobi Lane, 61" if "," in line else BODY
    assert roles(f"{BODY}\n{line}\n{following}")[1] != "subheading"


def test_a_quotation_above_a_signoff_is_no_pull_quote():
    """A vox pop's quotation without a full stop, signed off below, stays a quotation."""
    assert roles(f"Your view\n{BODY}\n“Too slow by half”\n— Pat Nolan, bus driver\n{BODY}")[2:4] == ["body", "signoff"]


@pytest.mark.parametrize(
    "label",
    ["CURRENCIES: The pound rose against the euro.", "WEATHER WATCH: Heavy rain is forecast.", "SHORT READS:"],
)
def test_label_in_capitals_opening_a_line_is_a_section_label(label):
    """A label in capitals and a colon opening a line makes it a section label."""
    assert roles(f"{BODY}\n{label}\n{BODY}")[1] == "section_label"


def test_a_label_that_names_someone_in_the_article_is_no_section_label():
    """A label "OKAFOR:" is a speaker when "Okafor" is written elsewhere in the article."""
    text = f"Dele Okafor spoke to the station.\nOKAFOR: We will not sell the depot.\n{BODY}"
    assert roles(text)[1] != "section_label"


@pytest.mark.parametrize(
    "byline",
    [
        "By Ana Ruiz",
        "By Ana Ruiz, Staff Writer",
        "BY ANA RUIZ AND TOM LEE",
        "By Ana Ruiz and Tom Lee | The Dunmore Herald",
        "Ana Ruiz | Reporter",
        "Reporting by Ana Ruiz; editing by Tom Lee",
        "Additional reporting by Kofi Boateng in Accra",
        "BYLINE: Ana Ruiz.",
        "DUNMORE, April 4",
        "Ana Ruiz, Political Correspondent",
        "Words by Ana Ruiz",
        "(Reporting by Ana Ruiz; editing by Tom Lee)",
        "By Mei-Lin O'Hara in Dunmore",
        "By Ana Ruiz — Transport Correspondent",
    ],
)
def test_bylines_and_datelines(byline):
    """Bylines, credit lines and a dateline alone on its line are bylines."""
    assert roles(f"Depot to close\n{byline}\n{BODY}")[1] == "byline"


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, the county kept both of its depots open last year.",
        "By winning the vote, the council can sell the site.",
        "By Tuesday the council had changed its mind, officials said.",
        "By Ana Ruiz's account, the depot was never safe.",
        "By Monday Night Football standards, the game was dull, fans said.",
        "By Tuesday, Ana Ruiz said, the depot would be empty.",
    ],
)
def test_sentences_opening_with_by_are_body(line):
    """Sentences opening "By contrast, ...", "By winning ..." and "By Tuesday ..." are not bylines."""
    assert roles(f"{BODY}\n{line}")[1] == "body"


def test_publication_line_under_the_headline_is_a_byline():
    """A short name in title case right under the headline names the outlet."""
    assert roles(f"Our view: The depot must stay\nThe Dunmore Herald\n{BODY}")[1] == "byline"


@pytest.mark.parametrize(
    "teaser",
    [
        "READ MORE: Why the depot keeps closing early",
        "WATCH: Inside the fight over the depot",
        "RELATED: Council sells the old library",
        "Read more: Depot staff strike for a second day",
        "Click here to see the full timetable",
        "Sign up for our morning newsletter",
        "Follow Ana Ruiz on Twitter @anaruiz.",
        "Subscribe to our daily briefing.",
        "[READ: The depot that nobody wanted]",
        "Watch the video above for the full speech.",
        "Contact the reporter at ana@example.com.",
    ],
)
def test_links_and_calls_to_action_are_teasers(teaser):
    """Link labels and calls to action are teasers."""
    assert roles(f"{BODY}\n{teaser}\n{BODY}")[1] == "teaser"


@pytest.mark.parametrize(
    "line",
    ["“Sign up for our classes while there is room,” she said.", "He said readers should click here to complain."],
)
def test_calls_to_action_someone_reports_are_body(line):
    """A call to action inside a quotation or a report of speech is text."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Story continues below advertisement",
        "Advertisement",
        "This article is more than two years old.",
        "Copyright 2026 The Dunmore Herald. All rights reserved.",
        "© 2026 Harbour Wire",
        "(h/t The Courier.)",
        "Published 10:32 BST, 4 April 2026",
        "Updated: Tuesday 09:12",
        "Posted on April 4, 2026",
        "Share",
        "[ad_1]",
    ],
)
def test_web_furniture_is_boilerplate(line):
    """Advertisement markers, age warnings and copyright lines are boilerplate."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Volunteers say they cleared two tonnes of litter near the pier.",
        "Ana Ruiz speaks to residents outside the depot. (Photo: Tom Lee)",
        "Pictured: the flooded car park at the depot",
        "Residents gather outside the depot on Saturday. (Getty Images)",
        "Tom Lee via Getty Images.",
        "The new tram crosses the river bridge. AP Photo/Ana Ruiz",
        "Mayor Ruiz, pictured, opened the depot in 2019.",
        "Credit: Dunmore Herald",
        "Transport minister Ana Ruiz gestures as she speaks at the depot on Monday.",
        "Firefighters are seen outside the warehouse in Kettleby on Saturday.",
        "Pat Nolan poses for a photograph next to his bus in Dunmore.",
        "Ana Ruiz, left, and Tom Lee open the depot on Friday.",
        "Supporters wave flags as Ana Ruiz arrives at the depot on Monday.",
    ],
)
def test_photo_captions_and_credits(line):
    """Caption labels, photo credits at the end of a line and "pictured" make a caption."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "The email included a photo of the minister holding a shotgun, aides said.",
        "“Pictured is how it looked before,” she said.",
        "Ana Ruiz speaks at the depot on Monday, her spokesman said.",
        "Updated figures released on Monday show 40 percent of buses were late.",
        "The mayor is seen as the favourite in the race for the depot contract.",
        "Ruiz attends every meeting, and she believes the plan will fail.",
        "Nolan walks past the depot each morning and hopes it will reopen.",
        "The mayor now sits at 40 percent in the polls, down from 52 in May.",
        "She attends every council meeting and stands at the back.",
    ],
)
def test_sentences_about_photos_are_body(line):
    """A sentence mentioning a photo, a quotation, a report of speech or an update of figures is text."""
    assert roles(f"{BODY}\n{line}\n{BODY}")[1] == "body"


@pytest.mark.parametrize(
    ("quote", "signoff"),
    [
        ("“It's quicker than the bus.”", "— Pat Nolan, bus driver"),
        ("“Too expensive for students.”", "-- Pat Nolan, 54, Dunmore"),
        ("“We sleep in shifts now.”", "– Grace Odum"),
        ("“Nobody asked us.”", "— Mei-Lin O'Hara, Westfield, retired teacher"),
    ],
)
def test_dash_and_name_under_a_quotation_is_a_signoff(quote, signoff):
    """A dash and a name alone on a line right under a quotation is a sign-off."""
    assert roles(f"Your view\n{quote}\n{signoff}\n{BODY}")[1:3] == ["body", "signoff"]


def test_a_writers_note_at_the_end_is_a_byline():
    """The last line "Ana Ruiz is a freelance writer based in Dunmore." names the writer."""
    assert roles(f"{BODY}\n{BODY}\nAna Ruiz is a freelance writer based in Dunmore.")[-1] == "byline"
    assert roles(f"{BODY}\nAna Ruiz is a freelance writer based in Dunmore.\n{BODY}")[1] == "body"


def test_a_dash_and_a_name_ending_a_letter_is_a_signoff():
    """A letter to the editor ends with its writer's sign-off, after text without quote marks."""
    assert roles(f"Letters\n{BODY}\n— Pat Nolan, Dunmore")[-1] == "signoff"


@pytest.mark.parametrize(
    "lines",
    [
        f"{BODY}\n— Pat Nolan, bus driver\n{BODY}",  # no quotation above
        "“Fine.”\n— and then the bus came, late as usual, so we all went home in the rain.",
        "“Fine.”\n— the driver",  # no name
    ],
)
def test_dashes_that_are_not_signoffs(lines):
    """A dash line after text, a dashed sentence and a role without a name are no sign-offs."""
    assert "signoff" not in roles(lines)


QA = (
    "Q&A: The roundabout meadow\n\n"
    "Helga Brandt has turned a roundabout into a meadow. She spoke to the Mercury.\n\n"
    "Q: Why a roundabout?\n"
    "A: Because nobody else wanted it.\n\n"
    "Q. Did you ask permission?\n"
    "A. Eventually.\n\n"
    "The council said it would review the meadow."
)


def test_q_and_a_lines_are_questions_and_answers():
    """Lines opening "Q:" or "Q." are questions, "A:" or "A." answers; the rest keeps its role."""
    assert roles(QA) == ["headline", "body", "qa_question", "qa_answer", "qa_question", "qa_answer", "body"]


TRANSCRIPT = (
    "Transcript: The Morning Call\n"
    "MARSH: Councillor Dele Obi, the pool closes on Friday. Is that the end?\n"
    "OBI: No. We have found a buyer.\n"
    "MARSH: Who is the buyer?\n"
    "OBI: I cannot say yet.\n"
    "MARSH: Councillor Obi, thank you."
)


def test_name_labels_in_capitals_make_a_transcript_and_the_asker_is_the_interviewer():
    """The label whose turns end in question marks asks; the other answers."""
    assert roles(TRANSCRIPT)[1:] == ["qa_question", "qa_answer", "qa_question", "qa_answer", "qa_question"]


def test_a_full_name_label_and_a_surname_label_are_one_speaker():
    """The labels "JANE MARSH:" and "MARSH:" are the same interviewer."""
    text = TRANSCRIPT.replace("MARSH: Councillor Dele", "JANE MARSH: Councillor Dele", 1)
    assert roles(text)[1:] == ["qa_question", "qa_answer", "qa_question", "qa_answer", "qa_question"]


def test_an_answer_in_several_paragraphs_keeps_its_role():
    """Lines without a label between an answer and the next question continue the answer."""
    text = (
        "Ana Ruiz spoke to us.\nQ: Why the depot?\nA: Because it was empty.\nAnd nobody else wanted it.\n"
        "Q: What next?\nA: The bus station.\nThe council has not replied."
    )
    assert roles(text) == ["body", "qa_question", "qa_answer", "qa_answer", "qa_question", "qa_answer", "body"]


def test_name_labels_in_title_case_make_a_transcript_when_they_take_turns():
    """Labels such as "Marsh:" and "Obi:" are speakers when each takes at least two turns."""
    text = TRANSCRIPT.replace("MARSH:", "Marsh:").replace("OBI:", "Obi:")
    assert roles(text)[1:] == ["qa_question", "qa_answer", "qa_question", "qa_answer", "qa_question"]


def test_a_title_case_label_used_once_is_no_turn_in_a_transcript():
    """In a transcript of "Seaboard Weekly:" and "Bree:" turns, a headline "Interview: ..." stays a headline."""
    text = (
        "Interview: The last lighthouse keeper\nConnor Bree kept the light for 31 years.\n"
        "Seaboard Weekly: Were you lonely?\nBree: Never.\nSeaboard Weekly: What did you miss?\nBree: Fresh bread."
    )
    assert roles(text) == ["headline", "body", "qa_question", "qa_answer", "qa_question", "qa_answer"]


def test_a_label_in_title_case_used_once_is_no_speaker():
    """A line "Update: ..." or "Live: ..." used once is not a transcript turn."""
    text = f"Live: Depot vote tonight\nUpdate: The vote is delayed.\nNote: The depot stays open.\n{BODY}"
    assert not {"qa_question", "qa_answer"} & set(roles(text))


def test_section_labels_each_used_once_are_no_transcript():
    """A markets report's "STOCKS:", "BONDS:", "CURRENCIES:" are labels, not speakers."""
    text = (
        "Markets close higher\nSTOCKS: Shares rose 2 percent.\nBONDS: Yields fell.\nCURRENCIES: The pound rose.\n"
        + BODY
    )
    assert roles(text)[1:4] == ["section_label"] * 3


def test_labelled_figures_are_no_transcript():
    """A count such as "Okafor: 2,316." / "Lindqvist: 1,547." has labels but nobody asks or says anything."""
    text = "Delegate count\nOkafor: 1,769.\nBrandt: 1,501.\nOkafor: 547.\nBrandt: 46.\n" + BODY
    assert not {"qa_question", "qa_answer"} & set(roles(text))


def test_a_question_line_alone_is_no_transcript():
    """A "Q:" line with no answer after it is not a transcript."""
    assert "qa_question" not in roles(f"{BODY}\nQ: What next for the depot?\n{BODY}")


def test_roles_are_line_roles():
    """Every role a layout rule gives is one of LINE_ROLES."""
    found = set(roles(QA)) | set(roles(TRANSCRIPT)) | set(roles(f"Depot to close\nBy Ana Ruiz\n{BODY}"))
    assert found <= set(LINE_ROLES)


def test_a_disabled_layout_rule_gives_no_role():
    """Switching a layout rule off really switches it off: the line falls to the next rule, or body."""
    text = f"Harbour workers vow to block cruise terminal\n\n{BODY}"
    assert roles(text, RuleSet(disable=frozenset({"layout.headline"})))[0] == "subheading"
    assert roles(text, RuleSet(disable=frozenset({"layout.headline", "layout.subheading"}))) == ["body", "body"]
    assert roles(QA, RuleSet(disable=frozenset({"layout.transcript"})))[2] != "qa_question"


def test_every_layout_rule_is_registered_with_a_description():
    """The layout rules are listed, each with a one-line description."""
    layout = [r for r in all_rules() if r.stage == "layout"]
    assert {r.name for r in layout} >= {
        "layout.transcript",
        "layout.signoff",
        "layout.byline",
        "layout.teaser",
        "layout.boilerplate",
        "layout.caption",
        "layout.section_label",
        "layout.headline",
        "layout.subheading",
    }
    assert all(r.description for r in layout)


def test_article_build_sets_the_roles_in_the_regex_mode_too():
    """Article.build gives the roles with or without a parse; offsets are unchanged."""
    article = Article.build(f"Depot to close\n{BODY}")
    assert [p.role for p in article.layout.paragraphs] == ["headline", "body"]
    assert article.layout.role_at(0) == "headline"
    assert article.layout.role_at(len("Depot to close") + 3) == "body"


def test_with_roles_keeps_the_index_and_refuses_bad_roles():
    """Layout.with_roles returns a new layout with the roles; a wrong count or role is a typed error."""
    layout = Layout.of(f"Depot to close\n{BODY}")
    titled = layout.with_roles(("headline", "body"))
    assert [p.role for p in titled.paragraphs] == ["headline", "body"]
    assert [p.role for p in layout.paragraphs] == ["body", "body"]
    assert titled.sentence_end(20, len(titled.text)) == layout.sentence_end(20, len(layout.text))
    with pytest.raises(quoteextract.InputError):
        layout.with_roles(("body",))
    with pytest.raises(quoteextract.InputError):
        layout.with_roles(("headline", "footer"))


def test_empty_and_blank_texts_get_no_roles():
    """Empty text, blank lines and white-space lines are handled without error."""
    assert roles("") == []
    assert roles("   \n\n  \n") == ["body", "body"]


def test_roles_take_linear_time():
    """Ten times the lines take about ten times as long, not a hundred (one pass, article facts once)."""
    block = f"{BODY}\nCosts expected to rise\nOKAFOR: We said no.\n“Fine.”\n— Pat Nolan, driver\n"
    unit = block * 40

    def cost(text):
        times = []
        for _ in range(3):  # the best of three: other processes share the machine
            began = time.perf_counter()
            roles(text)
            times.append(time.perf_counter() - began)
        return min(times)

    roles(unit)  # warm up (rules loaded, patterns compiled)
    small, large = cost(unit), cost(unit * 10)
    assert large < small * 30


def test_the_regex_only_mode_reports_nothing_from_silent_lines():
    """Without a parse too, a caption gives no claim (and switching the caption rule off gives it back)."""
    from quoteextract.stages.regex._regex_mode import extract_regex

    text = (
        "Tom Lee said the crane was safe.\n\nPhoto: Ana Ruiz said the view was “priceless”. (Getty Images)\n\nThe end."
    )
    assert [q.text for q in extract_regex(text).quotes] == ["the crane was safe"]
    assert len(extract_regex(text, disable=["layout.caption"]).quotes) == 2
