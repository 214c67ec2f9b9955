"""Tests for claims reported without quote marks (kind ``indirect``)."""

from __future__ import annotations

import itertools

import pytest

import quoteextract
from quoteextract.article import Article
from quoteextract.stages.attribution import _claims as claims_shim
from quoteextract.stages.claims import find_claims

pytestmark = pytest.mark.model


def _claims(nlp, text: str):
    claims = find_claims(Article.build(nlp(text)))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.content.text
        assert claim.kind == "indirect"
        assert 0.0 <= claim.confidence <= 1.0
        assert claim.rule.startswith("claim.")
    return claims


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "The ministry said the talks would resume in May.",
            "the talks would resume in May",
            "said",
            "The ministry",
        ),
        (
            "The council announced that the bridge would reopen next week.",
            "the bridge would reopen next week",
            "announced",
            "The council",
        ),
        (
            "The talks will resume in May, the ministry said.",
            "The talks will resume in May",
            "said",
            "the ministry",
        ),
        (
            "According to the annual report, the economy grew by three percent.",
            "the economy grew by three percent",
            "According to",
            "the annual report",
        ),
        (
            "Sales rose in May and profits doubled, according to the company.",
            "Sales rose in May and profits doubled",
            "according to",
            "the company",
        ),
        (
            "Economists fear that the slowdown will spread to Europe.",
            "the slowdown will spread to Europe",
            "fear",
            "Economists",
        ),
        (
            "The latest poll shows that voters are unhappy with the economy.",
            "voters are unhappy with the economy",
            "shows",
            "The latest poll",
        ),
        (
            "Sir Vince Cable, who replaced Tim Farron, said the party would win.",
            "the party would win",
            "said",
            "Sir Vince Cable",
        ),
        (
            "The senator promised to cut taxes for working families.",
            "to cut taxes for working families",
            "promised",
            "The senator",
        ),
        (
            "The mayor criticized the plan for ignoring small businesses.",
            "the plan for ignoring small businesses",
            "criticized",
            "The mayor",
        ),
        (
            "The union called for a ban on night shifts.",
            "a ban on night shifts",
            "called",
            "The union",
        ),
        (
            "Her claim that the vote was rigged angered the party.",
            "the vote was rigged",
            "claim",
            "Her",
        ),
        (
            "The senator is confident that the bill will pass.",
            "the bill will pass",
            "confident",
            "The senator",
        ),
        (
            "Economists were critical of the new tax plan.",
            "the new tax plan",
            "critical",
            "Economists",
        ),
        (
            "The reporter asked whether the mayor would run again.",
            "whether the mayor would run again",
            "asked",
            "The reporter",
        ),
        (
            "Party elders urged the senators to reject the tax plan.",
            "the senators to reject the tax plan",
            "urged",
            "Party elders",
        ),
        (
            "The senator accused him of lying about the budget.",
            "him of lying about the budget",
            "accused",
            "The senator",
        ),
        (
            "The agency warned residents to stay indoors during the storm.",
            "residents to stay indoors during the storm",
            "warned",
            "The agency",
        ),
        (
            "The new budget was rejected by the city council.",
            "The new budget",
            "rejected",
            "the city council",
        ),
        (
            "The senator criticised the treaty, a deal signed by the previous government.",
            "the treaty",
            "criticised",
            "The senator",
        ),
        (
            "She said the grant would go to the county library, which opened in 1950.",
            "the grant would go to the county library",
            "said",
            "She",
        ),
        (
            "The union called for higher wages, shorter hours and better pensions.",
            "higher wages, shorter hours and better pensions",
            "called",
            "The union",
        ),
        (
            "The mayor praised the new stadium in Dayton, Ohio.",
            "the new stadium in Dayton, Ohio",
            "praised",
            "The mayor",
        ),
        (
            "The group said it would assess its options and look into the recount process.",
            "it would assess its options and look into the recount process",
            "said",
            "The group",
        ),
        (
            "The senator never mentioned her rival by name.",
            "her rival by name",
            "mentioned",
            "The senator",
        ),
        (
            "The mayor criticised the plan on Tuesday.",
            "the plan",
            "criticised",
            "The mayor",
        ),
        (
            "The governor shrugged off the criticism from the unions.",
            "the criticism from the unions",
            "shrugged off",
            "The governor",
        ),
        (
            "The senator expressed concern that the deal would collapse.",
            "the deal would collapse",
            "concern",
            "The senator",
        ),
        (
            "The senator distanced himself from the new tax plan.",
            "the new tax plan",
            "distanced",
            "The senator",
        ),
        (
            "The poll found that 30 percent backed the mayor, while 20 percent favored the governor.",
            "30 percent backed the mayor, while 20 percent favored the governor",
            "found",
            "The poll",
        ),
        (
            "The governor is expected to sign the bill on Friday.",
            "The governor is expected to sign the bill on Friday",
            "expected",
            "The governor",
        ),
    ],
)
def test_claim(nlp, text: str, content: str, cue: str, speaker: str) -> None:
    """A reporting construction gives one claim with content, cue and speaker."""
    claims = _claims(nlp, text)
    assert [c.content.text for c in claims] == [content]
    assert claims[0].cue is not None and claims[0].cue.text == cue
    assert claims[0].speaker is not None and claims[0].speaker.text == speaker
    assert claims[0].speaker.entity is None


def test_nested_claims_are_not_reported(nlp) -> None:
    """Only the outermost attribution is a claim ("said analysts believe ...")."""
    claims = _claims(nlp, "The minister said analysts believe the merger will fail.")
    assert [c.content.text for c in claims] == ["analysts believe the merger will fail"]


def test_cue_inside_quote_marks_is_ignored(nlp) -> None:
    """A reporting verb inside a direct quotation does not make a claim of its own."""
    claims = _claims(nlp, "“I said the plan would fail,” the mayor told reporters.")
    assert all("plan would fail" not in c.content.text for c in claims)


def test_wholly_quoted_content_is_left_to_quotations(nlp) -> None:
    """A content clause that is entirely one quotation is a direct quote, not a claim."""
    assert _claims(nlp, "“We will win the election,” the candidate said.") == []


def test_partly_quoted_content_stays_indirect(nlp) -> None:
    """A reported clause with a quoted fragment is returned as indirect for the merge."""
    claims = _claims(nlp, "He said the deal was “a disaster for workers” and would cost jobs.")
    assert len(claims) == 1
    assert "“a disaster for workers”" in claims[0].content.text


def test_coordinated_clause_continues_the_claim(nlp) -> None:
    """A clause coordinated after the content ("..., but she knows ...") is part of the claim."""
    claims = _claims(nlp, "The mayor said she hoped to win, but she knows that the race is close.")
    assert claims[0].content.text == "she hoped to win, but she knows that the race is close"


def test_trailing_participle_is_not_content(nlp) -> None:
    """A participial clause after a comma is the reporter's, not the claim's."""
    claims = _claims(nlp, "The governor said taxes would rise next year, adding that schools needed money.")
    assert claims[0].content.text == "taxes would rise next year"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Senator Lee: Taxes Will Rise Next Year\nThe senator spoke on Monday.",
            "Taxes Will Rise Next Year",
            "Senator Lee",
        ),
        ("Q: Why did you decide to run?\nA: Because nobody else would.", "Why did you decide to run?", "Q"),
    ],
)
def test_label_colon_paragraph(nlp, text: str, content: str, speaker: str) -> None:
    """A short label and a colon opening a paragraph attribute the rest of it."""
    claims = [c for c in _claims(nlp, text) if c.rule == "claim.colon"]
    assert claims[0].content.text == content
    assert claims[0].speaker is not None and claims[0].speaker.text == speaker


@pytest.mark.parametrize("label", ["UPDATE", "Editor's note", "Follow us on Twitter"])
def test_heading_labels_are_not_speakers(nlp, label: str) -> None:
    """Headings such as "UPDATE:" are not attributions."""
    claims = _claims(nlp, f"{label}: the story was changed after publication\n")
    assert all(c.rule != "claim.colon" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\n",
        "The sky is blue.",
        "Rain fell all day on the town.",
        "Criticising the plan would be easy.",
        "The mayor addressed a rally in the park.",
    ],
)
def test_no_claims(nlp, text: str) -> None:
    """Text without attribution gives an empty list."""
    assert _claims(nlp, text) == []


def test_claims_are_in_text_order(nlp) -> None:
    """Claims come out sorted by offset and do not overlap."""
    text = (
        "The ministry said the talks would resume. Analysts believe prices will fall. "
        "According to the survey, most voters are undecided."
    )
    claims = _claims(nlp, text)
    assert len(claims) == 3
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))


@pytest.mark.parametrize(
    "text",
    [
        "said said said",
        "Q: A: Q:",
        "“ ” “ said the",
        "According to",
        "according to according to the the",
        ": : :\n\n: x",
        "He said:\n\n",
        "It was expected , . that “ he",
        "UPDATE: — ( ) “‘’” she told",
        "\n\nThe minister said\n\nthat\n\n",
    ],
)
def test_odd_input_keeps_offsets(nlp, text: str) -> None:
    """Odd and broken input never crashes, and every span indexes the text."""
    for claim in _claims(nlp, text):
        for span in (claim.content, claim.cue, claim.speaker):
            if span is not None:
                assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        "In March, the mayor wrote.",
        "In a later interview, the mayor wrote in the local paper.",
        "As a nurse, Maria Lopez felt strongly.",
        "On Friday, the governor said in a statement.",
    ],
)
def test_fronted_adjunct_is_not_a_claim(nlp, text: str) -> None:
    """A phrase saying when, where or as whom the cue happened is not what was reported."""
    assert all(c.rule != "claim.parataxis" for c in _claims(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator commented on Wednesday.", None),
        ("The minister talked about the budget on Monday.", "the budget"),
    ],
)
def test_date_alone_is_not_content(nlp, text: str, content: str | None) -> None:
    """A content that is only a date says when, not what, and gives no claim."""
    assert [c.content.text for c in _claims(nlp, text)] == ([content] if content else [])


@pytest.mark.parametrize(
    "text",
    [
        "Do you support the new budget?",
        "Would you endorse the mayor again?",
        "Do you think the council will approve it?",
    ],
)
def test_question_to_the_listener_is_not_a_claim(nlp, text: str) -> None:
    """A question asking "you" what they think or back reports no one's claim."""
    assert _claims(nlp, text) == []


def test_statement_by_you_is_still_a_claim(nlp) -> None:
    """Outside a question, a cue with the subject "you" still reports a claim."""
    assert [c.content.text for c in _claims(nlp, "You said the plan would fail.")] == ["the plan would fail"]


@pytest.mark.parametrize("text", ["Maria Lopez: 1,204\n", "A: Yes\n", "Full list: https://example.org/list\n"])
def test_label_with_a_figure_or_link_is_not_a_claim(nlp, text: str) -> None:
    """A label followed by a number, a one-word answer or a link is no headline claim."""
    assert all(c.rule != "claim.colon" for c in _claims(nlp, text))


def test_host_that_is_only_an_attribution_is_not_a_claim(nlp) -> None:
    """A trailing cue hung on another bare attribution ("Officials said, she noted") reports no claim."""
    assert all(c.content.text != "Officials said" for c in _claims(nlp, "Officials said, she noted."))


def test_clause_before_a_cue_with_its_own_object_is_not_its_content(nlp) -> None:
    """A sentence part before a cue that has an object after it ("... preferred the mayor") is not reported."""
    claims = _claims(nlp, "Turnout was low in the north: most voters preferred the mayor.")
    assert all(c.content.text != "Turnout was low in the north" for c in claims)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Rates will rise next year, the bank predicted.", "Rates will rise next year"),
        ("The plan failed, she admitted to reporters.", "The plan failed"),
    ],
)
def test_tail_attribution_still_reports_the_clause_before(nlp, text: str, content: str) -> None:
    """A cue closing its sentence still reports the clause before it."""
    assert [c.content.text for c in _claims(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("The rivals mocked each other.", []),
        ("The two leaders praised each other.", []),
        ("The senator criticised the budget plan.", ["the budget plan"]),
    ],
)
def test_bare_adjective_or_adverb_is_not_content(nlp, text: str, contents: list[str]) -> None:
    """One or two words headed by an adjective or adverb ("each other", "bare") are no claim's content."""
    assert [c.content.text for c in _claims(nlp, text)] == contents


@pytest.mark.parametrize(
    "text", ["Voting for John Miller was a mistake.", "Talk about John Miller dominated the evening."]
)
def test_name_alone_without_a_source_is_not_a_claim(nlp, text: str) -> None:
    """A person's name as the whole content of a cue with no source is a topic, not a claim."""
    assert _claims(nlp, text) == []


def test_target_of_a_noun_cue_is_not_its_speaker(nlp) -> None:
    """In "criticism of X" the one criticised is the content, never the source."""
    claims = _claims(nlp, "There was more criticism of John Miller this week.")
    assert [(c.content.text, c.speaker) for c in claims] == [("John Miller", None)]


def test_old_entry_point_gives_the_same_claims(nlp) -> None:
    """The compatibility shim ``attribution._claims.find_claims(doc, scan)`` gives the stage's claims."""
    text = "The ministry said the talks would resume. The mayor criticized the plan on Monday."
    doc = nlp(text)
    expected = find_claims(Article.build(doc))
    assert claims_shim.find_claims(doc) == expected
    assert claims_shim.find_claims(doc, quoteextract.find_quotes(text)) == expected
    assert len(expected) == 2


def test_user_frame_through_the_extractor(nlp) -> None:
    """A user frame registered off by default runs once the Extractor enables it, and only then."""
    from quoteextract import rules
    from quoteextract.stages.claims.frames import Found

    @rules.rule("test.claim.vow_sentence", stage="claims", order=60, confidence=0.4, default=False)
    def vow_sentence(cue):
        """Test frame: "vow" reports its whole sentence."""
        if cue.word is None or cue.word.lemma != "vow":
            return None
        return Found(list(cue.token.sent))

    text = "The senator vowed that taxes would fall."
    assert [q.rule for q in quoteextract.Extractor(nlp)(text).quotes] == ["claim.ccomp"]
    found = quoteextract.Extractor(nlp, enable=["test.claim.vow_sentence"])(text).quotes
    assert [(q.rule, q.content.text) for q in found] == [
        ("test.claim.vow_sentence", "The senator vowed that taxes would fall")
    ]


def test_disabling_a_built_in_frame_through_the_extractor(nlp) -> None:
    """Extractor(disable=["claim.dobj"]) removes the object claims and nothing else."""
    text = "The mayor criticized the plan. The ministry said the talks would resume."
    before = quoteextract.Extractor(nlp)(text).quotes
    after = quoteextract.Extractor(nlp, disable=["claim.dobj"])(text).quotes
    assert sorted(q.rule for q in before) == ["claim.ccomp", "claim.dobj"]
    assert [q.rule for q in after] == ["claim.ccomp"]


def test_claims_carry_their_cue_entry(nlp) -> None:
    """A claim's cue is a Cue with the lexicon's lemma, class and relation."""
    (claim,) = _claims(nlp, "According to the survey, most voters are undecided.")
    assert isinstance(claim.cue, quoteextract.Cue)
    assert (claim.cue.lemma, claim.cue.cue_class, claim.cue.relation) == ("according to", "phrase", "according_to")


def test_disabling_claim_colon_also_stops_label_lines(nlp) -> None:
    """The "Label: words" lines are reported as claim.colon and switched off with it."""
    from quoteextract import rules

    text = "Senator Lee: Taxes Will Rise Next Year\nThe senator spoke on Monday."
    doc = nlp(text)
    assert "claim.colon" in [c.rule for c in find_claims(Article.build(doc))]
    off = rules.as_rule_set(disable=["claim.colon"])
    assert all(c.rule != "claim.colon" for c in find_claims(Article.build(doc, off)))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour traders vow to fight plan for the cruise terminal\n"
            "Odile Varga, who chairs the traders' group, said the council had not consulted anyone.",
            "Odile Varga",
        ),
        (
            "Bakers warn of flour shortage\n"
            "Soren Lund, who runs a bakery in the square, told the council prices had doubled.",
            "Soren Lund",
        ),
    ],
)
def test_speaker_stays_on_the_cue_line(nlp, text: str, speaker: str) -> None:
    """A parse that runs a headline into the next line does not make the headline's subject the speaker."""
    body = text.index("\n") + 1
    claims = [c for c in _claims(nlp, text) if c.content.start >= body]
    assert [c.speaker.text if c.speaker else None for c in claims] == [speaker]
