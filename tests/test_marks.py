"""Tests for the typographic quotation finder (quoteextract.stages.finder._marks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteextract._errors import InputError
from quoteextract._model import QuoteScan
from quoteextract.stages.finder._marks import find_quotes

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ed65664943946bce.txt"


def contents(text: str) -> list[str]:
    """The content of every pairing, in the finder's order."""
    return [q.text for q in find_quotes(text).quotes]


def check_offsets(text: str, scan: QuoteScan) -> None:
    """Assert that every span of ``scan`` slices ``text`` exactly."""
    for q in scan.quotes:
        for span in (q.content, q.open, q.close, *q.reopen):
            if span is not None:
                assert text[span.start : span.end] == span.text


# --- curly, straight and foreign marks, mixed --------------------------------

MARK_STYLES = [
    ("“Curly double,” she said.", ["Curly double,"]),
    ("‘Curly single,’ she said.", ["Curly single,"]),
    ('"Straight double," she said.', ["Straight double,"]),
    ("'Straight single,' she said.", ["Straight single,"]),
    ("« Guillemets », dit-il.", [" Guillemets "]),
    ("«Tight guillemets», dit-il.", ["Tight guillemets"]),
    ("»Danish style« sagde han.", ["Danish style"]),
    ("‹Single angle›, he wrote.", ["Single angle"]),
    ("„German low-high“, sagte er.", ["German low-high"]),
    ("„Polish low-high”, powiedział.", ["Polish low-high"]),
    ("‚German single‘, sagte sie.", ["German single"]),
    ("「Corner brackets」と言った。", ["Corner brackets"]),
    ("『White corners』と書いた。", ["White corners"]),
    ('Mixed: “one,” then "two," then ‘three.’', ["one,", "two,", "three."]),
    ('He said “yes” and she said "no" and they said «peut-être».', ["yes", "no", "peut-être"]),
    ("Two quotes “a” “b” on one line.", ["a", "b"]),
    ("Adjacent “quotes”“touch” here.", ["quotes", "touch"]),
    ("A quote at the end: “last.”", ["last."]),
    ("“First word” starts the text.", ["First word"]),
    ("Empty marks “” are still a pair.", [""]),
    ("Full-width ＂marks＂ too.", ["marks"]),
    ("Swedish ”style” quotation.", ["style"]),
]


@pytest.mark.parametrize(("text", "expected"), MARK_STYLES)
def test_mark_styles(text: str, expected: list[str]) -> None:
    """Every supported mark style pairs, alone or mixed in one text."""
    assert contents(text) == expected


# --- apostrophes that are not quote marks ---------------------------------------

APOSTROPHES = [
    ("I don't know.", []),
    ("I don’t know.", []),
    ("The senator’s aide left.", []),
    ("The senator's aide left.", []),
    ("They played rock ’n’ roll all night.", []),
    ("They played rock 'n' roll all night.", []),
    ("They played rock‘n’roll all night.", []),
    ("Back in the ’90s it was different.", []),
    ("Back in the '90s it was different.", []),
    ("Back in the ‘90s it was different.", []),
    ("The class of ’08 graduated.", []),
    ("Go get ’em, he thought.", []),
    ("Go get 'em, he thought.", []),
    ("’Tis the season.", []),
    ("The students’ union met.", []),
    ("The students' union met.", []),
    ("The Joneses’ house is red.", []),
    ("We waited ’til noon.", []),
    ("O’Brien and D'Angelo spoke.", []),
    ("“I can’t say,” she said.", ["I can’t say,"]),
    ("“It’s the students’ money,” he said.", ["It’s the students’ money,"]),
    ("\"It's the students' money,\" he said.", ["It's the students' money,"]),
    ("“Rock ’n’ roll,” he said.", ["Rock ’n’ roll,"]),
    ("'I love rock 'n' roll,' he said.", ["I love rock 'n' roll,"]),
    ("‘Back in the ’90s,’ she said.", ["Back in the ’90s,"]),
    ("“The ’90s were fun,” she said.", ["The ’90s were fun,"]),
    (
        "“He said ‘the students’ union is wrong’ today.”",
        ["He said ‘the students’ union is wrong’ today.", "the students’ union is wrong"],
    ),
    ("He is 6'2 and she is 5'9.", []),
    ("Headline: ‘Big Ideas’ meet ‘Small Minds’ today.", ["Big Ideas", "Small Minds"]),
    ("‘The workers’ pay is low,’ she said.", ["The workers’ pay is low,"]),
    ("‘Just keep goin’ on,’ he sang.", ["Just keep goin’ on,"]),
    # A year's apostrophe after a plural possessive is no opening mark.
    ("'The Smiths' shop closed in '08 and it won't reopen.'", ["The Smiths' shop closed in '08 and it won't reopen."]),
    ("‘The fans’ money went in ’99,’ he said.", ["The fans’ money went in ’99,"]),
    ("'Our members' pay fell, rock 'n' roll or not,' she said.", ["Our members' pay fell, rock 'n' roll or not,"]),
    ("It's a lone ‘ mark, that's all.", []),
    ("Its value was 3' long.", []),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHES)
def test_apostrophes(text: str, expected: list[str]) -> None:
    """Apostrophes inside words, elisions, years and plural possessives open no quotation."""
    assert contents(text) == expected


# --- straight quotes: direction from context --------------------------------------

STRAIGHT = [
    ('He said "yes" and left.', ["yes"]),
    ('"Yes," he said.', ["Yes,"]),
    ('He said: "We won."', ["We won."]),
    ('He said,"We won."', ["We won."]),
    ('"Hello,"she said.', ["Hello,"]),
    ('It was "great"—really.', ["great"]),
    ("(“Parenthesised”) words.", ["Parenthesised"]),
    ('("Parenthesised") words.', ["Parenthesised"]),
    ('The "so-called" plan.', ["so-called"]),
    ('Call it "X". Then "Y".', ["X", "Y"]),
    ('He is 6\'2" tall. "Hi," he said.', ["Hi,"]),
    ('"One" "two" "three"', ["One", "two", "three"]),
    ("She called it 'absurd' and left.", ["absurd"]),
    ("\"She said 'no' to me,\" he said.", ["She said 'no' to me,", "no"]),
    ("\"It was 'fine',\" he said.", ["It was 'fine',", "fine"]),
    ("“I'm done,\" he said.", ["I'm done,"]),
]


@pytest.mark.parametrize(("text", "expected"), STRAIGHT)
def test_straight_quotes(text: str, expected: list[str]) -> None:
    """Straight quotes open or close according to the characters around them."""
    assert contents(text) == expected


# --- nesting --------------------------------------------------------------

NESTED = [
    ("“He told me ‘never’ twice,” she said.", [("He told me ‘never’ twice,", 0, None), ("never", 1, 0)]),
    ("‘He told me “never” twice,’ she said.", [("He told me “never” twice,", 0, None), ("never", 1, 0)]),
    ("“A ‘b’ c ‘d’ e.”", [("A ‘b’ c ‘d’ e.", 0, None), ("b", 1, 0), ("d", 1, 0)]),
    (
        "“Quote ‘in “deep” here’ end.”",
        [("Quote ‘in “deep” here’ end.", 0, None), ("in “deep” here", 1, 0), ("deep", 2, 1)],
    ),
    ("“A” and ‘b’ are siblings.", [("A", 0, None), ("b", 0, None)]),
    ("“He said ‘I’m out.’”", [("He said ‘I’m out.’", 0, None), ("I’m out.", 1, 0)]),
    (
        "‘The word “no”.’ Then “yes ‘ok’.”",
        [("The word “no”.", 0, None), ("no", 1, 0), ("yes ‘ok’.", 0, None), ("ok", 1, 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_nesting(text: str, expected: list[tuple[str, int, int | None]]) -> None:
    """Nested quotations carry their depth and the index of their parent."""
    scan = find_quotes(text)
    assert [(q.text, q.depth, q.parent) for q in scan.quotes] == expected
    assert scan.warnings == ()


# --- split around attribution, multi-sentence ------------------------------------

SPLIT = [
    ('"The plan," she said, "is dead."', ["The plan,", "is dead."]),
    ("“The plan,” she said, “is dead.”", ["The plan,", "is dead."]),
    ("‘The plan,’ she said, ‘is dead.’", ["The plan,", "is dead."]),
    ("“We tried,” said the mayor. “We failed.”", ["We tried,", "We failed."]),
    ("“One. Two! Three?” he asked.", ["One. Two! Three?"]),
    ("“First sentence. Second sentence. Third one,” the aide said.", ["First sentence. Second sentence. Third one,"]),
    ("“Is it?” she asked. “Yes.”", ["Is it?", "Yes."]),
    ("“We’re not,” he said, “going to stop — ever.”", ["We’re not,", "going to stop — ever."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_split_and_multi_sentence(text: str, expected: list[str]) -> None:
    """A quotation split by its attribution gives two pairings; sentences stay inside one."""
    assert contents(text) == expected


# --- multi-paragraph --------------------------------------------------------------

MULTI_PARAGRAPH = [
    ("“One.\n“Two.\n“Three,” he said.", "One.\n“Two.\n“Three,", [6, 12]),
    ("“One.\n\n“Two,” he said.", "One.\n\n“Two,", [7]),
    ('"One.\n"Two," he said.', 'One.\n"Two,', [6]),
    ("“One.\r\n“Two,” he said.", "One.\r\n“Two,", [7]),
    ("‘One.\n‘Two,’ he said.", "One.\n‘Two,", [6]),
    ("«Un.\n«Deux», dit-il.", "Un.\n«Deux", [5]),
    ("“One ‘inner’.\n“Two.”", "One ‘inner’.\n“Two.", [14]),
]


@pytest.mark.parametrize(("text", "content", "reopens"), MULTI_PARAGRAPH)
def test_multi_paragraph(text: str, content: str, reopens: list[int]) -> None:
    """A quotation re-opened at each new paragraph and closed once is one pairing."""
    outer = find_quotes(text).quotes[0]
    assert outer.text == content
    assert [r.start for r in outer.reopen] == reopens
    assert outer.close is not None


def test_excerpt_paragraphs_do_not_swallow_inner_quotes() -> None:
    """A curly mark opening a paragraph does not continue a straight-quoted excerpt."""
    text = '"First excerpt paragraph.\n\n"Second one.\n\n“A quote,” she said.'
    scan = find_quotes(text)
    assert [(q.text, q.close is None) for q in scan.quotes] == [
        ('First excerpt paragraph.\n\n"Second one.', True),
        ("A quote,", False),
    ]
    assert [r.start for r in scan.quotes[0].reopen] == [text.index('"Second')]


MID_PARAGRAPH_SINGLES = [
    # A single-quoted quotation opened after the attribution runs on into the next paragraphs.
    ("‘Fine,’ she said. ‘We go on.\n\n‘And on.’", "We go on.\n\n‘And on."),
    (
        "'Fine,' she said. 'We've had it. It's done.\n\n'But we'll be back.'",
        "We've had it. It's done.\n\n'But we'll be back.",
    ),
    ("'Fine,' he says. 'Go.\n\n'Stay.\n\n'Go.'", "Go.\n\n'Stay.\n\n'Go."),
    ("Hale said: 'The '90s were good to us.\n\n'Now look.'", "The '90s were good to us.\n\n'Now look."),
]


@pytest.mark.parametrize(("text", "content"), MID_PARAGRAPH_SINGLES)
def test_single_quotation_opened_mid_paragraph_runs_over_paragraphs(text: str, content: str) -> None:
    """A lone single opener is no apostrophe when the next paragraph re-opens a quotation after a full sentence."""
    scan = find_quotes(text)
    assert content in [q.text for q in scan.quotes]
    assert scan.quotes[-1].close is not None
    check_offsets(text, scan)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # The next paragraph opens with another mark, or this one ends mid-sentence: the lone mark stays an apostrophe.
        ("It was the workers' idea.\n\n'Really?' she asked.", ["Really?"]),
        ("Rock 'n roll, she said,\n\n'Yes.'", ["Yes."]),
        ("'Fine,' she said. 'We go on.\n\n“And on.”", ["Fine,", "And on."]),
    ],
)
def test_lone_single_mark_without_a_reopening_paragraph_is_an_apostrophe(text: str, found: list[str]) -> None:
    """Only the same mark opening the next paragraph, after a full sentence, lets a lone single mark open."""
    assert contents(text) == found


def test_multi_paragraph_warns_nothing() -> None:
    """The news convention is not an error."""
    assert find_quotes("“One.\n“Two.\n“Three.”").warnings == ()


# --- stray and unbalanced marks ----------------------------------------------------

STRAY = [
    # text, contents, closed flags, number of warnings
    ("“Never closed.\nNext “ok” para.", ["Never closed.", "ok"], [False, True], 1),
    ("Stray ” closer. Then “fine”.", ["fine"], [True], 1),
    ("“Open twice “here” ok.", ["Open twice", "here"], [False, True], 1),
    ("“Open twice, “ two.”", ["Open twice,", " two."], [False, True], 1),
    ("““Stutter,” he said.", ["Stutter,"], [True], 1),
    ("“Outer ‘inner.” Tail.", ["Outer ‘inner."], [True], 0),
    ("“Outer ‘inner.” Then ‘x’.", ["Outer ‘inner.", "inner.", "x"], [True, False, True], 1),
    ('A lone " mark. Then "two".', [" mark. Then", "two"], [False, True], 1),
    ("“Trailing open   \nNext.", ["Trailing open"], [False], 1),
    ("“Open at the end", ["Open at the end"], [False], 1),
    ("”", [], [], 1),
    ("“", [], [], 1),  # a lone mark quotes nothing: only the warning
    ("“a\n\nb”", ["a"], [False], 2),
    ("”Backwards“ marks.", ["Backwards“ marks."], [False], 2),
    ("“One.\nNo reopen here.\n“Two.”", ["One.", "Two."], [False, True], 1),
    ("He said ” and “ and ” again.", [" and "], [True], 1),
    ("」stray corner「", [], [], 2),
]


@pytest.mark.parametrize(("text", "expected", "closed", "n_warnings"), STRAY)
def test_stray_marks(text: str, expected: list[str], closed: list[bool], n_warnings: int) -> None:
    """Unbalanced marks are worked around with warnings, and scanning goes on."""
    scan = find_quotes(text)
    assert [q.text for q in scan.quotes] == expected
    assert [q.close is not None for q in scan.quotes] == closed
    assert len(scan.warnings) == n_warnings
    check_offsets(text, scan)


def test_unclosed_quote_ends_at_paragraph_end() -> None:
    """An unclosed quotation has close=None and content up to its paragraph's last visible character."""
    text = "“Open and never closed.  \nNext paragraph “is fine.”"
    first = find_quotes(text).quotes[0]
    assert first.close is None
    assert first.end == text.index("  \n")


def test_mismatched_marks_warn() -> None:
    """A curly opener closed by a straight mark pairs, with a warning."""
    scan = find_quotes('“Mixed," he said.')
    assert contents('“Mixed," he said.') == ["Mixed,"]
    assert "mismatched" in scan.warnings[0].message


# --- wire-service and word-processor conventions -------------------------------------

CONVENTIONS = [
    ("''Two apostrophes,'' the aide said.", ["Two apostrophes,"]),
    ("He said, ''I heard 'no' twice.''", ["I heard 'no' twice.", "no"]),
    ("''She asked, 'Why me?''' he said.", ["She asked, 'Why me?'", "Why me?"]),
    ("'''Tis true,'' he said.", ["'Tis true,"]),
    ("``TeX style,'' he wrote.", ["TeX style,"]),
    ("He called it a ‘‘scam’’ twice.", ["scam"]),
    ("“Mixed ends,’’ he said.", ["Mixed ends,"]),
    ('<a href="x.html" title="t">link</a> and “text”.', ["text"]),
    ('<tweet author="someone" date="May 1,\n2016">Big news</tweet> “ok”', ["ok"]),
    ("He is 6'2\" tall and she is 5’11” tall, “he said.”", ["he said."]),
    ("“He said “no” to them,” she said.", ["He said “no” to them,", "no"]),
    ('"He shouted "stop!" and ran," she said.', ['He shouted "stop!" and ran,', "stop!"]),
    ("the “expedited review“ of the plan", ["expedited review"]),
    ("\u202a”Bidi marks first,” she wrote.", ["Bidi marks first,"]),
    ("Schools in ’s-Hertogenbosch and in ’t Veld.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONVENTIONS)
def test_conventions(text: str, expected: list[str]) -> None:
    """Doubled apostrophes, TeX quotes, markup, heights and mis-typed marks are read as writers meant."""
    scan = find_quotes(text)
    assert [q.text for q in scan.quotes] == expected
    check_offsets(text, scan)


# --- recovery heuristics ----------------------------------------------------------------

RECOVERY = [
    # text, contents, closed flags, number of warnings
    ("“A wrapped line\nthat ends here,” he said.", ["A wrapped line\nthat ends here,"], [True], 0),
    ("“Quote text.\nJane Doe, Some Institute.”\n\nNext.", ["Quote text.\nJane Doe, Some Institute."], [True], 0),
    ("“One.\n\nTwo,” he said.", ["One."], [False], 2),
    ("“One.\nHe said “no” today.", ["One.", "no"], [False, True], 1),
    ("“No full stop\n“New quote,” she said.", ["No full stop", "New quote,"], [False, True], 1),
    ("“Ends with a comma,\n“New quote,” she said.", ["Ends with a comma,", "New quote,"], [False, True], 1),
    ("“They see that. “\n\nNext paragraph.", ["They see that. "], [True], 1),
    ('"“Doubled opener,” he said.', ["Doubled opener,"], [True], 1),
    ("He says,” it is over.”", [" it is over."], [True], 1),
    ("” … and so it went,” she said.", [" … and so it went,"], [True], 1),
    ("He is 6” tall and said “hi” to me.", ["hi"], [True], 1),
]


@pytest.mark.parametrize(("text", "expected", "closed", "n_warnings"), RECOVERY)
def test_recovery(text: str, expected: list[str], closed: list[bool], n_warnings: int) -> None:
    """Wrapped lines, missing re-openers, stutters and turned marks are recovered locally."""
    scan = find_quotes(text)
    assert [q.text for q in scan.quotes] == expected
    assert [q.close is not None for q in scan.quotes] == closed
    assert len(scan.warnings) == n_warnings
    check_offsets(text, scan)


# --- offsets on awkward input ---------------------------------------------------------

OFFSETS = [
    ("He said\u00a0“yes”\u00a0today.", "yes"),
    ("He said “yes\u200b” today.", "yes\u200b"),
    ("He said \u200b“yes”\u200b today.", "yes"),
    ("Line one.\r\nHe said “yes” today.\r\n", "yes"),
    ("Emoji 🎉 before “yes” 🎉.", "yes"),
    ("\ufeff“BOM first,” he said.", "BOM first,"),
    ("Tab\t“yes”\tafter.", "yes"),
    ("Combining “café”.", "café"),
    ("Para\u2029“sep” here.", "sep"),
]


@pytest.mark.parametrize(("text", "expected"), OFFSETS)
def test_offsets_index_original_text(text: str, expected: str) -> None:
    """Offsets index the caller's text, whatever spaces and invisible characters it holds."""
    scan = find_quotes(text)
    assert [q.text for q in scan.quotes] == [expected]
    check_offsets(text, scan)


def test_zero_width_does_not_hide_apostrophe() -> None:
    """A zero-width character beside an apostrophe does not turn it into a quote mark."""
    assert contents("don\u200b't and “ok”") == ["ok"]


def test_not_a_string() -> None:
    """Anything but a string is an InputError."""
    with pytest.raises(InputError):
        find_quotes(b"bytes")  # type: ignore[arg-type]


def test_empty_text() -> None:
    """An empty text has no pairings and no warnings."""
    assert find_quotes("") == QuoteScan()


# --- scale ----------------------------------------------------------------------------


def test_pathological_megabyte_completes() -> None:
    """A 1 MB text with thousands of stray, nested and mismatched marks scans with valid offsets."""
    filler = "word don't stop the students' plan in the '90s, \u00a0and more words here. " * 4
    marks = "“a ‘b “c ' d\" e” f’ ' \" ” «\n x“y”z’w‘ ''\"\"„“‚‘ \u200b"
    unit = filler + marks
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    scan = find_quotes(text)
    check_offsets(text, scan)
    assert scan.quotes
    assert scan.warnings


def test_long_paragraph_of_openers_completes() -> None:
    """A single huge paragraph of alternating openers stays linear."""
    text = "“a ‘b «c ‹d \"e 'f „g " * 5_000
    scan = find_quotes(text)
    check_offsets(text, scan)


# --- the seed article -----------------------------------------------------------------

# (start, end) of each content, and how it begins; checked by hand against the article.
SEED_PAIRS = [
    (8, 199, "On North Korea, Iran, and others, we are open for helping other countries."),
    (214, 390, "Iran is really going through a difficult period"),
    (523, 542, "anti-epidemic work,"),
    (634, 928, "explained his plan to propel the relations"),
    (1111, 1142, "good judgment and proper action"),
    (1244, 1276, "big difficulties and challenges."),
    (1279, 1610, "We regard it as a good judgment and proper action"),
    (2077, 2090, "empty handed."),
    (2152, 2170, "good relationship,"),
    (2233, 2371, "Look, he likes me; I like him."),
]


def test_seed_article_pairs() -> None:
    """All ten quote-mark pairs of the seed article come out with exact content offsets."""
    text = SEED.read_text(encoding="utf-8")
    scan = find_quotes(text)
    assert scan.warnings == ()
    assert [(q.start, q.end) for q in scan.quotes] == [(start, end) for start, end, _ in SEED_PAIRS]
    for quote, (_, _, prefix) in zip(scan.quotes, SEED_PAIRS, strict=True):
        assert quote.text.startswith(prefix)
        assert quote.open.text == "“" and quote.open.end == quote.start
        assert quote.close is not None and quote.close.text == "”" and quote.close.start == quote.end
        assert quote.depth == 0 and quote.parent is None and quote.reopen == ()
    check_offsets(text, scan)
    exact = [q.text for q in scan.quotes]
    assert exact[2] == "anti-epidemic work,"
    assert exact[4] == "good judgment and proper action"
    assert exact[5] == "big difficulties and challenges."
    assert exact[7] == "empty handed."
    assert exact[8] == "good relationship,"
    assert exact[1].endswith("to North Korea, to Iran and to many other countries.")
    assert exact[9].endswith("We have to do what we have to do,")


def test_warning_offsets_point_at_marks() -> None:
    """Every warning's offset is the offset of the mark it is about."""
    text = 'Stray ” here. “Open\nNext “ok” and “a, “b” c\n“Mixed," he said.'
    scan = find_quotes(text)
    assert len(scan.warnings) >= 3
    for warning in scan.warnings:
        assert text[warning.offset] in '“”"'


def test_nesting_depth_is_bounded() -> None:
    """Alternating marks nested very deep stop at six levels and stay well nested."""
    text = "“a ‘b “c ‘d “e ‘f “g ‘h “i ‘j z’ y” x’ w” v’ u” t’ s” r’ q”"
    scan = find_quotes(text)
    assert max(q.depth for q in scan.quotes) <= 5
    check_offsets(text, scan)


# --- inches without feet, and hard-wrapped copy (session 18, quotes_unseen) ---------

INCHES = [
    ('"I bought a 12" sub for the bus," he said.', ['I bought a 12" sub for the bus,']),
    ('"We had 6" of snow and 2" of ice overnight," the driver said.', ['We had 6" of snow and 2" of ice overnight,']),
    ('The pipe is 4" wide. "It will not do," she said.', ["It will not do,"]),
    ('"Buy the 55"-screen model," he told me.', ['Buy the 55"-screen model,']),
    ('They sang "Summer of 69" all night.', ["Summer of 69"]),
    ('He called it "Route 66" and left.', ["Route 66"]),
    ('The score was "12" not "13," he said.', ["12", "13,"]),
]


@pytest.mark.parametrize(("text", "expected"), INCHES)
def test_inch_marks_after_a_number(text: str, expected: list[str]) -> None:
    """A straight double after a number and before a lower-case word is inches when the other doubles pair alone."""
    assert contents(text) == expected


WRAPPED = [
    (
        'Ross said: "Everyone in the town of Kelso has a\nmemory of that hall. I wed there.\n\nThe hall burned.',
        ["Everyone in the town of Kelso has a\nmemory of that hall. I wed there."],
    ),
    (
        '"We have had calls from the church and from the\nschool, who offered us space.\n\n"We will not miss a week," '
        "said Munro.",
        ['We have had calls from the church and from the\nschool, who offered us space.\n\n"We will not miss a week,'],
    ),
    ("‘The pupils and\nthe staff were safe,’ she said.", ["The pupils and\nthe staff were safe,"]),
    ('She said: "We are fine.\nThe rest is noise.', ["We are fine."]),
    (
        'Lee said: "We met the mayor, the police chief and\nThe council agreed. It is done.\n\nNo date was set.',
        ["We met the mayor, the police chief and\nThe council agreed. It is done."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED)
def test_quotations_run_over_wrapped_lines(text: str, expected: list[str]) -> None:
    """An open quotation runs on over a line break that only wraps its sentence, and not over one that ends it."""
    assert contents(text) == expected
