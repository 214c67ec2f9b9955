"""Using the line roles after attribution: drops, transcript answers and sign-offs (hand-made quotations, no model)."""

from __future__ import annotations

from _handmade import quote

from quoteextract.article import Article
from quoteextract.stages.layout import apply_layout


def _apply(text, *quotes):
    return apply_layout(Article.build(text), list(quotes), [])


def test_a_body_only_article_is_returned_unchanged():
    """With every line ``body`` the quotations and rejections are the very same lists."""
    text = "The mayor said the bridge was safe.\nCrews began work on Monday."
    quotes = [quote(text, "the bridge was safe", "The mayor", "said", kind="indirect")]
    assert _apply(text, *quotes) == (quotes, [])


def test_claims_in_a_headline_are_dropped_and_quote_marks_rejected():
    """A headline's claim is dropped; a quotation's pieces go to ``rejected`` as ``headline``."""
    text = "Mayor: “The bridge is safe”\nMayor Ana Ruiz said the bridge was safe."
    kept, rejected = _apply(
        text,
        quote(text, "The bridge is safe", "Mayor"),
        quote(text, "the bridge was safe", "Mayor Ana Ruiz", "said", kind="indirect"),
    )
    assert [q.text for q in kept] == ["the bridge was safe"]
    assert [(r.span.text, r.reason) for r in rejected] == [("The bridge is safe", "headline")]


def test_claims_in_captions_teasers_and_bylines_are_dropped_as_layout():
    """Captions, teasers and bylines report nothing; their quote-mark pieces are rejected as ``layout``."""
    text = (
        "The mayor said the bridge was safe.\n"
        "READ MORE: Engineers say “the bridge is sound”\n"
        "Ana Ruiz says the view is “priceless”. (Photo: Tom Lee)\n"
        "The council said the work would end in May."
    )
    kept, rejected = _apply(
        text,
        quote(text, "the bridge is sound", "Engineers", "say"),
        quote(text, "priceless", "Ana Ruiz", "says"),
        quote(text, "the work would end in May", "The council", "said", kind="indirect"),
    )
    assert [q.text for q in kept] == ["the work would end in May"]
    assert {r.reason for r in rejected} == {"layout"}


def test_a_section_label_never_speaks_but_its_sentence_does():
    """In "MARKETS: ..." a claim spoken by the label is dropped; a claim in the sentence after it stays."""
    text = "The pound rose.\nMARKETS: Traders said rates would hold.\nMARKETS: The euro fell.\nShares rose."
    kept, _ = _apply(
        text,
        quote(text, "rates would hold", "Traders", "said", kind="indirect"),
        quote(text, "The euro fell", "MARKETS", ":", kind="indirect", speaker_nth=1, cue_nth=1),
    )
    assert [q.text for q in kept] == ["rates would hold"]


def test_transcript_answers_replace_the_label_claims_and_questions_go():
    """Each answer line becomes one direct quotation spoken by its label; question lines report nothing."""
    text = "Ana Ruiz spoke to us.\nQ: Why the bridge?\nA: Because it was falling down.\nThe council agreed."
    kept, _ = _apply(
        text,
        quote(text, "Why the bridge?", "Q", ":", kind="indirect"),
        quote(text, "Because it was falling down", "A", ":", kind="indirect", speaker_nth=1, cue_nth=1),
    )
    assert [(q.text, q.speaker.text, q.kind, q.rule) for q in kept] == [
        ("Because it was falling down.", "A", "direct", "layout.transcript")
    ]


def test_a_claim_inside_an_answer_stays():
    """A claim reported inside an answer ("the engineers said it was unsafe") is kept."""
    text = "Ana Ruiz spoke to us.\nQ: Why?\nA: The engineers said it was unsafe.\nThe council agreed."
    kept, _ = _apply(text, quote(text, "it was unsafe", "The engineers", "said", kind="indirect"))
    assert [q.text for q in kept] == ["it was unsafe", "The engineers said it was unsafe."]


def test_quotations_above_a_signoff_are_credited_to_its_name():
    """A quotation without speaker above "— Name, title" gets the name as speaker and the dash as cue."""
    text = "Your view\n“It is too slow.”\n— Pat Nolan, bus driver\n“I love it.”\n— Ida Berg, student"
    kept, _ = _apply(text, quote(text, "It is too slow."), quote(text, "I love it."))
    assert [(q.speaker.text, q.cue.text, q.rule) for q in kept] == [
        ("Pat Nolan", "—", "layout.signoff"),
        ("Ida Berg", "—", "layout.signoff"),
    ]


def test_a_signoff_does_not_override_a_speaker():
    """A quotation that already has a speaker keeps it."""
    text = "Your view\n“It is too slow,” said Ana Ruiz.\n— Pat Nolan, bus driver\nThe end came soon after that."
    kept, _ = _apply(text, quote(text, "It is too slow,", "Ana Ruiz", "said"))
    assert kept[0].speaker.text == "Ana Ruiz"


def test_an_answer_continued_in_the_next_line_is_a_second_quotation_of_the_same_label():
    """A continuation line of an answer is one more quotation whose speaker mention is the answer's label."""
    text = "Ana Ruiz spoke to us.\nQ: Why?\nA: Because it was empty.\nNobody wanted it.\nQ: Next?\nA: Rest."
    kept, _ = _apply(text)
    assert [(q.text, q.speaker.text, q.speaker.start) for q in kept] == [
        ("Because it was empty.", "A", text.index("A: Because")),
        ("Nobody wanted it.", "A", text.index("A: Because")),
        ("Rest.", "A", text.index("A: Rest")),
    ]
