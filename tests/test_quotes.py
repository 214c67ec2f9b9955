"""Direct quotations: standalone quoted sentences, their cue, speaker mention and rule."""

from __future__ import annotations

import attrs
import pytest

import quoteextract
from quoteextract import find_quotes, rules
from quoteextract._model import QuotedSpan, QuoteScan, Span
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution import attribute
from quoteextract.stages.attribution._context import setting_of
from quoteextract.stages.attribution._quotes import is_standalone


def _attribute(nlp, text):
    return attribute(Article.build(nlp(text)))


def _only_direct(nlp, text):
    quotes, _ = _attribute(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1, quotes
    return direct[0]


@pytest.mark.parametrize(
    ("text", "standalone"),
    [
        ("“The bridge will open in May,” she said.", True),
        ("She said, “The bridge will open in May.”", True),
        ("The minister added: “We have no choice.”", True),
        ("He called the deal “a disaster for workers” on Monday.", False),
        ("The so-called “reforms” never came.", False),
        ("“Nobody asked us” — Commissioner Lee", True),
    ],
)
def test_is_standalone(text, standalone):
    """A quotation is standalone when it opens its sentence or follows an introduction."""
    scan = find_quotes(text)
    quote = scan.quotes[0]
    setting = setting_of(Layout.of(text), quote, None)
    assert is_standalone(text, setting) is standalone


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "speaker", "rule"),
    [
        ("“The bridge will open in May,” she said.", "said", "she", "quote.trailing"),
        ("“We will appeal the ruling,” said the spokeswoman.", "said", "the spokeswoman", "quote.inverted"),
        ("“Prices will keep rising,” Ana Ruiz told reporters on Friday.", "told", "Ana Ruiz", "quote.trailing"),
        ("Mayor Ortiz said, “The budget is balanced for the first time.”", "said", "Mayor Ortiz", "quote.leading"),
        ("“Clear the lane now,” the coach gestured toward the bench.", "gestured", "the coach", "quote.trailing_verb"),
        (
            "“What if the ferry ran all night?” the 43-year-old asked in the video.",
            "asked",
            "the 43-year-old",
            "quote.trailing",
        ),
        (
            "“The ferry schedule stays as it is,” Dana Whitfield, a harbour official, answers.",
            "answers",
            "Dana Whitfield",
            "quote.trailing",
        ),
        ("The minister added: “We have no other choice.”", "added", "The minister", "quote.colon"),
        ("Senator Jane Okafor: “The bill will pass this week.”", ":", "Senator Jane Okafor", "quote.colon"),
        ("“Nobody asked the residents first” — Commissioner Lee", "—", "Commissioner Lee", "quote.dash"),
        (
            "“The harbour will be dredged next spring,” according to the port authority.",
            "according to",
            "the port authority",
            "quote.according_to",
        ),
        (
            "FARM VOTE TIGHTENS - Dana Reyes: “The rural counties will decide this race.”",
            ":",
            "Dana Reyes",
            "quote.colon",
        ),
        (
            "“This is wonderful!” beamed Maria Lopez of Springfield, Ohio, who had driven all night to reach the"
            " stadium before the gates opened.",
            "beamed",
            "Maria Lopez of Springfield",
            "quote.trailing_verb",
        ),
        (
            "Sir Vince Cable, who replaced Tim Farron, said: “We will fight on every seat.”",
            "said",
            "Sir Vince Cable",
            "quote.colon",
        ),
    ],
)
def test_attribution_in_the_sentence(nlp, text, cue, speaker, rule):
    """A quoted sentence takes the cue and speaker written in its own sentence."""
    quote = _only_direct(nlp, text)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.rule == rule
    assert 0.0 <= quote.confidence <= 1.0


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("“The plan,” she said, “is dead.”", ("The plan,", "is dead.")),
        (
            "“Nobody here expected that,” he continued. “The polls were wrong about this race.”",
            ("Nobody here expected that,", "The polls were wrong about this race."),
        ),
        (
            "“We tried everything,” the coach said. “The players simply ran out of time.”",
            ("We tried everything,", "The players simply ran out of time."),
        ),
    ],
)
def test_split_quotation_is_one(nlp, text, pieces):
    """A quotation split around its attribution is one quotation from the first piece to the last."""
    quote = _only_direct(nlp, text)
    assert tuple(f.text for f in quote.fragments) == pieces
    assert quote.content.start == quote.fragments[0].start
    assert quote.content.end == quote.fragments[-1].end
    assert quote.rule == "quote.split"
    assert len(quote.marks) == 4


@pytest.mark.model
def test_title_inside_attribution_does_not_split(nlp):
    """A rejected title inside the attribution does not stop the two pieces from joining."""
    text = "“We will win this,” Ortiz said on “Morning Hour” Sunday. “The polls are simply wrong.”"
    quotes, rejected = _attribute(nlp, text)
    assert [r.reason for r in rejected] == ["title"]
    assert len(quotes) == 1
    assert [f.text for f in quotes[0].fragments] == ["We will win this,", "The polls are simply wrong."]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Ortiz"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Sit down, please,” he insisted, as the clerk kept reading the minutes.", "he"),
        (
            "When a rival mocked the proposal on the radio, Ms. Ruiz fired back, “I stand by every number.”",
            "Ms. Ruiz",
        ),
    ],
)
def test_verb_next_to_the_marks_wins(nlp, text, speaker):
    """The subject and verb right next to the marks attribute a quotation, not a cue further away."""
    quote = _only_direct(nlp, text)
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.model
def test_continuation_takes_previous_speaker(nlp):
    """A quoted paragraph without attribution right after a quotation continues it: one quotation, two pieces."""
    text = "“We are ready for the final,” the coach said.\n“The players know exactly what to do.”"
    quotes, _ = _attribute(nlp, text)
    assert [q.kind for q in quotes] == ["direct"]
    quote = quotes[0]
    assert quote.rule == "quote.join"
    assert [f.text for f in quote.fragments] == ["We are ready for the final,", "The players know exactly what to do."]
    assert quote.speaker is not None and quote.speaker.text == "the coach"


@pytest.mark.model
def test_colon_in_previous_paragraph(nlp):
    """A paragraph ending in a colon introduces the quotation in the next paragraph."""
    text = "The senator went further:\n“This bill is a disgrace to the whole chamber.”"
    quote = _only_direct(nlp, text)
    assert quote.rule == "quote.colon_intro"
    assert quote.speaker is not None and quote.speaker.text == "The senator"


@pytest.mark.model
def test_speaker_in_previous_sentence(nlp):
    """A quoted sentence with no cue takes a speaker named in the sentence before it, and continues that claim."""
    text = "Ms. Park said the talks had gone well. “We found common ground on nearly every issue.”"
    alone = attribute(Article.build(nlp(text), rules.as_rule_set(disable=["quote.join"]))).quotes
    direct = [q for q in alone if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].rule == "quote.previous_sentence"
    assert direct[0].speaker is not None and direct[0].speaker.text == "Ms. Park"
    quotes, _ = _attribute(nlp, text)
    assert [(q.rule, q.kind) for q in quotes] == [("quote.join", "mixed")]
    assert quotes[0].text.startswith("the talks had gone well")
    assert [f.text for f in quotes[0].fragments] == ["We found common ground on nearly every issue."]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "Ms. Park"


@pytest.mark.model
def test_speaker_elsewhere_in_paragraph(nlp):
    """A quoted sentence with no cue nearby takes the speaker of a speech cue elsewhere in its paragraph."""
    text = (
        "Ms. Alvarez spoke for an hour on Monday and said the budget was sound. "
        "Reporters pressed her on the deficit. “The numbers will add up by spring.”"
    )
    quotes, _ = _attribute(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].rule == "quote.paragraph"
    assert direct[0].speaker is not None and direct[0].speaker.text == "Ms. Alvarez"


@pytest.mark.model
def test_multi_paragraph_quotation(nlp):
    """A quotation re-opened at each paragraph and closed once is one quotation."""
    text = "The mayor said:\n“We will rebuild the market.\n“We will reopen the bridge by June.”"
    second_open = text.index("“", text.index("market"))
    close = text.rindex("”")
    quote = QuotedSpan(
        content=Span.of(text, text.index("“") + 1, close),
        open=Span.of(text, text.index("“"), text.index("“") + 1),
        close=Span.of(text, close, close + 1),
        reopen=(Span.of(text, second_open, second_open + 1),),
    )
    quotes, _ = attribute(attrs.evolve(Article.build(nlp(text)), scan=QuoteScan((quote,))))
    assert len(quotes) == 1
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "The mayor"
    assert len(quotes[0].marks) == 3
    (piece,) = quotes[0].fragments
    assert piece.text == "We will rebuild the market.\n“We will reopen the bridge by June."


@pytest.mark.model
def test_unattributed_quotation_is_kept(nlp):
    """A quoted sentence nobody is named for is still a direct quotation, without a speaker."""
    quote = _only_direct(nlp, "“The river rose faster than anyone expected.”")
    assert quote.rule == "quote.unattributed"
    assert quote.speaker is None
    assert quote.confidence < 0.5


@pytest.mark.model
@pytest.mark.parametrize(
    "text, pieces",
    [
        ("“The plan,” she said, “is dead.” She left.", ["The plan,", "is dead."]),
        ("“The plan,” she said, “is dead.”", ["The plan,", "is dead."]),
        (
            "“We will not sell,” said Tom Okafor, the city's chief engineer, “but we will lease.” He left.",
            ["We will not sell,", "but we will lease."],
        ),
    ],
)
def test_a_split_quotation_keeps_its_second_half_when_the_writer_goes_on(nlp, text, pieces):
    """The sentence after a split quotation ("She left.") is the writer's, not the second piece's attribution."""
    quotes = quoteextract.analyse(nlp(text)).quotes
    assert [[f.text for f in q.fragments] for q in quotes] == [pieces]
    assert quotes[0].rule == "quote.split"


@pytest.mark.model
def test_an_unlisted_verb_in_the_writers_next_sentence_attributes_nothing(nlp):
    """After a quoted sentence's full stop, "She smiled." does not make her the speaker."""
    quotes = quoteextract.analyse(nlp("“It is over.” She smiled.")).quotes
    assert [q.rule for q in quotes] == ["quote.unattributed"]
    assert quotes[0].speaker is None
