"""Quotations inside quotations in the speech scope.

A speaker quoted inside another speaker's quotation (“She told me, ‘Sign it,’” Vos
said) is that speaker's speech, reported by the outer one: the speech scope keeps it.
Words in scare quotes inside a quotation, or an inner quotation with no speech cue of
its own inside the outer words, are part of the outer speaker's words: dropped.
"""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract._model import Quotation, Span
from quoteextract.stages.scope import apply_scope, enclosing_fragments, quoted_within, voiced_inside

TEXT = "“She told me, ‘Sign it,’ and I did,” Vos said. “Fine,” Lee said."


def _quote(
    content: str, fragments: tuple[str, ...], kind: str = "direct", cue: str = "said", cls: str = "speech"
) -> Quotation:
    start = TEXT.index(content)
    spans = tuple(Span.of(TEXT, TEXT.index(f), TEXT.index(f) + len(f)) for f in fragments)
    return Quotation(
        content=Span.of(TEXT, start, start + len(content)),
        kind=kind,
        fragments=spans,
        cue=Span.of(TEXT, TEXT.index(cue), TEXT.index(cue) + len(cue)),
        cue_class=cls,
        content_type="quoted",
        polarity="asserted",
    )


OUTER = _quote("She told me, ‘Sign it,’ and I did,", ("She told me, ‘Sign it,’ and I did,",))
INNER = _quote("Sign it,", ("Sign it,",), cue="told")
OTHER = _quote("Fine,", ("Fine,",))


def test_an_inner_quotation_is_found_whatever_the_order():
    """The inner quotation is the one inside another's fragment, in any input order."""
    assert quoted_within([OUTER, INNER, OTHER]) == {1}
    assert quoted_within([INNER, OTHER, OUTER]) == {0}
    assert quoted_within([OUTER, OTHER]) == set()
    assert enclosing_fragments([INNER, OTHER, OUTER]) == {0: (OUTER.start, OUTER.end)}


def test_speech_keeps_a_speaker_quoted_inside_a_quotation():
    """The cue "told" lies inside Vos's words: the inner quotation is her speech, kept in both scopes."""
    assert voiced_inside(INNER, (OUTER.start, OUTER.end))
    assert apply_scope([OUTER, INNER, OTHER], "speech") == [OUTER, INNER, OTHER]
    assert apply_scope([OUTER, INNER, OTHER], "attribution") == [OUTER, INNER, OTHER]


def test_speech_drops_an_inner_quotation_without_a_speech_cue_inside():
    """An inner quotation whose cue is outside the outer words, or is no speech act, is the outer speaker's words."""
    outside = _quote("Sign it,", ("Sign it,",), cue="said")
    naming = _quote("Sign it,", ("Sign it,",), cue="told", cls="stance")
    for inner in (outside, naming):
        assert not voiced_inside(inner, (OUTER.start, OUTER.end))
        assert apply_scope([OUTER, inner, OTHER], "speech") == [OUTER, OTHER]
        assert apply_scope([OUTER, inner, OTHER], "attribution") == [OUTER, inner, OTHER]


def test_a_claim_in_the_same_words_is_not_a_container():
    """An indirect claim over the same characters contains nothing, and two equal spans do not drop each other."""
    claim = _quote("She told me, ‘Sign it,’ and I did,", (), kind="indirect")
    twin = _quote("Fine,", ("Fine,",))
    assert quoted_within([claim, INNER]) == set()
    assert quoted_within([OTHER, twin]) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "“My father always said, ‘Never sell the boat,’ and I never did,” the fisherman said.",
            "Never sell the boat,",
        ),
        ("“Then the inspector told us, ‘The pier is unsafe,’” Ana Reyes recalled on Monday.", "The pier is unsafe,"),
        (
            "The mayor said: “A woman stopped me and said, ‘Thank you for the new bus line.’ That meant a lot.”",
            "Thank you for the new bus line.",
        ),
        (
            "“The nurse looked at me and told me, ‘You will walk again.’ I did not believe her,” the cyclist said.",
            "You will walk again.",
        ),
        (
            "“Every week customers ask me, ‘When will the bakery reopen?’ and I have no answer,” the shop owner said.",
            "When will the bakery reopen?",
        ),
    ],
)
def test_a_quoted_speaker_inside_a_quotation_on_the_model(text, inner):
    """On a parsed text the speech scope keeps both the outer quotation and the speaker it quotes."""
    every = [q.text for q in quoteextract.extract(text).quotes]
    speech = [q.text for q in quoteextract.extract(text, scope="speech").quotes]
    assert inner in every
    assert speech == every


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“This so-called ‘reform’ is a cut by another name,” the union leader said.",
        "“What the ministry calls ‘efficiency’ means fewer nurses,” Dr Alvarez said.",
        "“The ‘temporary’ bridge has now stood for nine years,” a resident said.",
        "“I was like, ‘What is going on here?’ and then the lights went out,” the driver said.",
        "“If anyone says to me, ‘Sell the pier,’ I will fight them,” the councillor said.",
        "“We cannot tell families, ‘Wait another year,’ and expect them to stay,” the headteacher said.",
    ],
)
def test_scare_quotes_and_unsaid_words_inside_a_quotation_on_the_model(text):
    """Scare quotes, "I was like" and hypothetical or negated inner speech leave the outer quotation only."""
    speech = quoteextract.extract(text, scope="speech").quotes
    assert len(speech) == 1
    assert speech[0].start == text.index("“") + 1
