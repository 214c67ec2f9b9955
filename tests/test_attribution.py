"""attribute(): mixed quotations, the merge with claims, the seed article, and edge cases."""

from __future__ import annotations

import itertools
from pathlib import Path

import attrs
import pytest

from quoteextract import find_quotes
from quoteextract._model import QuoteScan
from quoteextract.article import Article
from quoteextract.stages.attribution import attribute
from quoteextract.stages.attribution._mention import quote_cue, speaker_of

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ed65664943946bce.txt"


def _attribute(nlp, text):
    return attribute(Article.build(nlp(text)))


def _with_fragment(quotes, words):
    found = [q for q in quotes if any(words in f.text for f in q.fragments)]
    assert len(found) == 1, (words, quotes)
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fragment", "cue", "speaker"),
    [
        ("He called the deal “a disaster for workers” on Monday.", "a disaster for workers", "called", "He"),
        (
            "The governor said the new rules were “a step in the right direction” for farmers.",
            "a step in the right direction",
            "said",
            "The governor",
        ),
        (
            "Officials warned that the storm could be “the worst in a generation,” and urged residents to leave.",
            "the worst in a generation",
            "warned",
            "Officials",
        ),
        (
            "The union dismissed the offer as “an insult to every nurse.”",
            "an insult to every nurse",
            "dismissed",
            "The union",
        ),
        (
            "The minister hailed the fishing pact as “a new dawn for coastal towns.”",
            "a new dawn for coastal towns",
            "hailed",
            "The minister",
        ),
        (
            "The mayor said it was naive to think that, if the levee failed, “the river would stay politely away.”",
            "the river would stay politely away",
            "said",
            "The mayor",
        ),
        (
            "The coach says she thinks her squad is “ready for anything” this season.",
            "ready for anything",
            "says",
            "The coach",
        ),
        (
            "The new figures, the auditors said, “leave no room for doubt” about the budget.",
            "leave no room for doubt",
            "said",
            "the auditors",
        ),
    ],
)
def test_mixed_quotation(nlp, text, fragment, cue, speaker):
    """A quoted fragment in a reported clause is a mixed quotation of the clause's source."""
    quotes, rejected = _attribute(nlp, text)
    quote = _with_fragment(quotes, fragment)
    assert quote.kind == "mixed"
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert len(quote.content.text) > len(fragment) + 2
    assert not rejected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ortiz said the repairs “will take the whole summer,” pointing to the flooded tunnel.",
            "the repairs “will take the whole summer,”",
        ),
        (
            "The union accused the board of an “outright betrayal” while managers stayed silent.",
            "the board of an “outright betrayal”",
        ),
    ],
)
def test_mixed_content_ends_with_the_reported_words(nlp, text, content):
    """The writer's own words after the last quoted fragment are not part of a mixed quotation."""
    quotes, _ = _attribute(nlp, text)
    mixed = [q for q in quotes if q.kind == "mixed"]
    assert len(mixed) == 1
    assert mixed[0].text == content


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "The coach referred to the keeper as “a steady hand” but described the defence as a “work in progress.”",
            ["to the keeper as “a steady hand”", "the defence as a “work in progress.”"],
        ),
        (
            "Ortiz told the council that the plan was “a sound start” and said the budget “needs a second look.”",
            ["that the plan was “a sound start”", "the budget “needs a second look.”"],
        ),
    ],
)
def test_coordinated_cues_report_separately(nlp, text, contents):
    """Two coordinated cue verbs ("said A and called B") each report their own mixed quotation."""
    quotes, _ = _attribute(nlp, text)
    assert sorted(q.text for q in quotes) == sorted(contents)
    assert all(q.kind == "mixed" and q.speaker is not None for q in quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The crowd answered with chants of “We want more!” all night.",
        "A guard shouted “Keep moving!” as the gates opened.",
    ],
)
def test_short_exclamations_are_quotations(nlp, text):
    """A short exclamation in quote marks is somebody's words, not a scare quote."""
    quotes, rejected = _attribute(nlp, text)
    assert not rejected
    assert len(quotes) == 1 and quotes[0].fragments


@pytest.mark.model
def test_claim_around_fragment_is_not_doubled(nlp):
    """A quoted fragment inside a claim is part of that claim, not a quotation of its own."""
    text = "The ministry said the “temporary” measures would stay in place until May."
    quotes, _ = _attribute(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed"
    assert [f.text for f in quotes[0].fragments] == ["temporary"]


@pytest.mark.model
def test_claim_without_marks_stays_indirect(nlp):
    """A claim with no quote marks is returned as an indirect claim."""
    quotes, _ = _attribute(nlp, "The ministry said the talks would resume in May.")
    assert [q.kind for q in quotes] == ["indirect"]
    assert quotes[0].fragments == ()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n  ",
        "No quotes at all here.",
        "“",
        "”Backwards marks“ and “unclosed",
        "“”",
        "He said “ ” twice.",
        "“A,” “B,” “C.”\n\n“D",
    ],
)
def test_odd_input_does_not_crash(nlp, text):
    """Empty, quote-less or broken input gives a (possibly empty) result, never an error."""
    quotes, rejected = _attribute(nlp, text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    for rejection in rejected:
        assert text[rejection.span.start : rejection.span.end] == rejection.span.text


@pytest.mark.model
def test_empty_scan_gives_no_quotations_from_marks(nlp):
    """With no pairings, only claims without marks can come out."""
    quotes, rejected = attribute(attrs.evolve(Article.build(nlp("The sky was grey all day.")), scan=QuoteScan()))
    assert quotes == [] and rejected == []


def _seed(nlp):
    text = SEED.read_text(encoding="utf-8")
    quotes, rejected = attribute(Article.build(nlp(text)))
    return text, quotes, rejected


@pytest.mark.model
def test_seed_spans_and_no_overlap(nlp):
    """Every span indexes the seed text and no two quotations cover the same words."""
    text, quotes, _ = _seed(nlp)
    for quote in quotes:
        spans = [quote.content, *quote.fragments, *quote.marks]
        spans += [s for s in (quote.cue, quote.speaker) if s is not None]
        for span in spans:
            assert text[span.start : span.end] == span.text
    ordered = sorted(quotes, key=lambda q: q.start)
    for a, b in itertools.pairwise(ordered):
        assert a.end <= b.start


@pytest.mark.model
@pytest.mark.parametrize(
    ("fragment", "kind", "cue", "speaker"),
    [
        ("On North Korea, Iran, and others", "direct", "said", "Trump"),
        ("Iran is really going through a difficult period", "direct", "said", "Trump"),
        ("“anti-epidemic work", "mixed", "said", "North Korea"),
        ("explained his plan to propel", "mixed", "according to", "Kim Yo Jong"),
        ("“good judgment and proper action”", "mixed", "praised", "She"),
        ("We regard it as a good judgment", "direct", "said", "she"),
        ("“good relationship", "mixed", "reiterated", "Trump"),
        ("Look, he likes me; I like him.", "direct", "told", "Trump"),
    ],
)
def test_seed_quotations(nlp, fragment, kind, cue, speaker):
    """The seed article's direct and mixed quotations have the right kind, cue and speaker."""
    text, quotes, _ = _seed(nlp)
    start = text.index(fragment) + (1 if fragment.startswith("“") else 0)
    found = [q for q in quotes if any(f.start <= start < f.end for f in q.fragments)]
    assert len(found) == 1
    quote = found[0]
    assert quote.kind == kind
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.model
def test_seed_split_quotation_is_joined(nlp):
    """The seed's opening quotation, split around "Trump said", is one quotation of two pieces."""
    _text, quotes, _ = _seed(nlp)
    first = min((q for q in quotes if q.kind == "direct"), key=lambda q: q.start)
    assert len(first.fragments) == 2
    assert first.text.startswith("On North Korea")
    assert first.text.endswith("many other countries.")


@pytest.mark.model
def test_every_pairing_is_a_fragment_or_rejected(nlp):
    """Each outermost pairing of the seed article ends up in a quotation's fragments or in the rejections."""
    text, quotes, rejected = _seed(nlp)
    fragments = {(f.start, f.end) for q in quotes for f in q.fragments}
    refused = {(r.span.start, r.span.end) for r in rejected}
    for pairing in find_quotes(text).quotes:
        if pairing.depth == 0:
            assert (pairing.start, pairing.end) in fragments | refused, pairing.content.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "avoid_words", "expected"),
    [
        ("“We are ready,” said the coach.", None, "the coach"),
        ("“We are ready,” said the coach.", "the coach", None),
    ],
)
def test_speaker_is_never_inside_the_avoided_words(nlp, text, avoid_words, expected):
    """A noun after the cue is the speaker only when it lies outside the reported words."""
    doc = nlp(text)
    cue = quote_cue(next(t for t in doc if t.lower_ == "said"))
    start = text.index(avoid_words) if avoid_words else 0
    avoid = (start, start + len(avoid_words)) if avoid_words else (0, 1)
    speaker = speaker_of(cue, avoid=avoid)
    assert (speaker.text if speaker else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ortiz told the council: “The bridge will open in May.” The mayor later praised the engineers.", "Ortiz"),
        (
            "After the whistle, the coach said, “We earned every point tonight.” The fans then sang for an hour.",
            "the coach",
        ),
        ("“We earned every point tonight,” the coach said. The fans then sang for an hour.", "the coach"),
    ],
)
def test_introduced_sentence_keeps_its_speaker(nlp, text, speaker):
    """A quoted full sentence introduced by "X said," or "X said:" is not credited to the next sentence's subject."""
    quotes, _ = _attribute(nlp, text)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert direct[0].speaker is not None and direct[0].speaker.text == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The mayor added that residents face a simple choice: “We rebuild the dam or we move the town.”",
            "residents face a simple choice: “We rebuild the dam or we move the town.”",
            "added",
        ),
    ],
)
def test_claim_ending_in_its_own_quotation_is_mixed(nlp, text, content, cue):
    """A claim whose cue also introduces the quoted sentence that ends it is one mixed quotation, marks included."""
    quotes, _ = _attribute(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed" and quotes[0].text == content
    assert quotes[0].cue is not None and quotes[0].cue.text == cue


@pytest.mark.model
def test_dubbed_fragment_is_a_quotation(nlp):
    """A name somebody "dubbed" a person is that somebody's words, not a rejected nickname."""
    text = "The coach mocked Ortiz, whom he dubbed “the tiny striker,” after the match."
    quotes, rejected = _attribute(nlp, text)
    assert not rejected
    assert [q.kind for q in quotes if q.fragments] == ["mixed"]


@pytest.mark.model
def test_quotation_introduced_by_its_cue_stays_direct(nlp):
    """A quoted sentence right after "X boasted," stays a direct quotation even inside a longer claim."""
    text = (
        "When the host noted that Ortiz had skipped three council votes ― as the minutes show ― "
        "Ortiz boasted, “That makes me efficient.”"
    )
    quotes, _ = _attribute(nlp, text)
    quote = _with_fragment(quotes, "That makes me efficient")
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "Ortiz"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“We are not leaving,” the coach told reporters at the stadium.",
        "“The vote is final,” Ana Ruiz told the council in Springfield on Monday.",
    ],
)
def test_cue_of_a_quotation_makes_no_second_claim(nlp, text):
    """A cue that introduces a quotation does not also report its other complement as a claim."""
    quotes, _ = _attribute(nlp, text)
    assert [q.kind for q in quotes] == ["direct"]
