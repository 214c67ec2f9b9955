"""The speech scope drops a quotation inside another quotation's quoted words (the outer speaker is the one quoted)."""

from __future__ import annotations

import pytest

import quoteextract
from quoteextract._model import Quotation, Span
from quoteextract.stages.scope import apply_scope, quoted_within

TEXT = "“She told me, ‘Sign it,’ and I did,” Vos said. “Fine,” Lee said."


def _quote(content: str, fragments: tuple[str, ...], kind: str = "direct") -> Quotation:
    start = TEXT.index(content)
    spans = tuple(Span.of(TEXT, TEXT.index(f), TEXT.index(f) + len(f)) for f in fragments)
    return Quotation(
        content=Span.of(TEXT, start, start + len(content)),
        kind=kind,
        fragments=spans,
        cue=Span.of(TEXT, TEXT.index("said"), TEXT.index("said") + 4),
        cue_class="speech",
        content_type="quoted",
        polarity="asserted",
    )


OUTER = _quote("She told me, ‘Sign it,’ and I did,", ("She told me, ‘Sign it,’ and I did,",))
INNER = _quote("Sign it,", ("Sign it,",))
OTHER = _quote("Fine,", ("Fine,",))


def test_an_inner_quotation_is_found_whatever_the_order():
    """The inner quotation is the one inside another's fragment, in any input order."""
    assert quoted_within([OUTER, INNER, OTHER]) == {1}
    assert quoted_within([INNER, OTHER, OUTER]) == {0}
    assert quoted_within([OUTER, OTHER]) == set()


def test_speech_drops_the_inner_quotation_attribution_keeps_it():
    """``speech`` keeps the outer quotation only; ``attribution`` keeps both."""
    assert apply_scope([OUTER, INNER, OTHER], "speech") == [OUTER, OTHER]
    assert apply_scope([OUTER, INNER, OTHER], "attribution") == [OUTER, INNER, OTHER]


def test_a_claim_in_the_same_words_is_not_a_container():
    """An indirect claim over the same characters contains nothing, and two equal spans do not drop each other."""
    claim = _quote("She told me, ‘Sign it,’ and I did,", (), kind="indirect")
    twin = _quote("Fine,", ("Fine,",))
    assert quoted_within([claim, INNER]) == set()
    assert quoted_within([OTHER, twin]) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“My father always said, ‘Never sell the boat,’ and I never did,” the fisherman said.",
        "“Then the inspector told us, ‘The pier is unsafe,’” Ana Reyes recalled on Monday.",
        "The mayor said: “A woman stopped me and said, ‘Thank you for the new bus line.’ That meant a lot.”",
    ],
)
def test_nested_quotations_on_the_model(text):
    """On a parsed text the speech scope keeps the outer quotation and drops the inner one."""
    every = quoteextract.extract(text).quotes
    speech = quoteextract.extract(text, scope="speech").quotes
    inner = [q for q in every if q.rule == "quote.nested"]
    assert inner, "the attribution scope finds the inner quotation"
    assert not [q for q in speech if q.rule == "quote.nested"]
    assert len(speech) == len(every) - len(inner)
