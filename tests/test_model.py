"""The data model: invariants checked on construction, and the JSON round trip."""

from __future__ import annotations

import json

import pytest

from quoteextract import (
    AnonymousSource,
    Descriptor,
    Entity,
    Extraction,
    InputError,
    Mention,
    Problem,
    Quotation,
    QuotedSpan,
    QuoteScan,
    Rejection,
    SourceLink,
    Span,
    from_dict,
    to_dict,
)

TEXT = "“Prices will rise,” said Ana Ruiz, the bank’s chief economist, according to Reuters."


def _sample() -> Extraction:
    content = Span.of(TEXT, 1, 18)
    speaker = Mention(25, 33, "Ana Ruiz", entity=0)
    quote = Quotation(
        content=content,
        kind="direct",
        fragments=(content,),
        marks=(Span.of(TEXT, 0, 1), Span.of(TEXT, 18, 19)),
        cue=Span.of(TEXT, 20, 24),
        speaker=speaker,
        sources=(
            SourceLink("said", entity=0, span=Span.of(TEXT, 20, 24), mention=Span.of(TEXT, 25, 33)),
            SourceLink("according_to", entity=1, span=Span.of(TEXT, 63, 83), mention=Span.of(TEXT, 76, 83)),
        ),
        confidence=0.9,
        rule="direct.inverted",
    )
    return Extraction(
        id="a1",
        quotes=(quote,),
        entities=(
            Entity(
                0,
                "Ana Ruiz",
                "person",
                titles=("the bank’s chief economist",),
                descriptors=(Descriptor("the bank’s chief economist", Span.of(TEXT, 35, 61), related=None),),
                mentions=(Span.of(TEXT, 25, 33),),
                quotes=(0,),
            ),
            Entity(1, "Reuters", "organisation", mentions=(Span.of(TEXT, 76, 83),)),
            Entity(2, "two officials", "anonymous", anonymous=AnonymousSource(count=2, affiliation=None)),
        ),
        rejected=(Rejection(Span.of(TEXT, 1, 7), "scare_quote"),),
        warnings=(Problem(3, "stray mark"),),
    )


def test_span_of_slices_the_text():
    """Span.of takes its text from the offsets."""
    span = Span.of(TEXT, 25, 33)
    assert span.text == "Ana Ruiz" and TEXT[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "start, end, text",
    [(-1, 2, "abc"), (5, 4, ""), (0, 3, "ab"), (2, 2, "x")],
)
def test_span_rejects_bad_offsets(start, end, text):
    """Negative, reversed, or mismatched offsets are refused at construction."""
    with pytest.raises(ValueError):
        Span(start, end, text)


def test_span_of_refuses_offsets_past_the_end():
    """Span.of refuses an end beyond the text."""
    with pytest.raises(ValueError, match="past the end"):
        Span.of("abc", 0, 9)


def test_quotation_validates_kind_and_confidence():
    """Unknown kinds and confidences outside [0, 1] are refused."""
    content = Span(0, 3, "abc")
    with pytest.raises(ValueError, match="kind"):
        Quotation(content=content, kind="paraphrase")
    with pytest.raises(ValueError, match="confidence"):
        Quotation(content=content, kind="direct", confidence=1.5)


def test_entity_and_link_validate_their_vocabularies():
    """Entity types and source relations come from fixed vocabularies."""
    with pytest.raises(ValueError, match="entity type"):
        Entity(0, "X", "robot")
    with pytest.raises(ValueError, match="relation"):
        SourceLink("whispered")


def test_models_are_frozen():
    """Results cannot be changed after construction."""
    span = Span(0, 1, "a")
    with pytest.raises(AttributeError):
        span.start = 3  # type: ignore[misc]


def test_extraction_round_trips_through_json():
    """from_dict(to_dict(x)) == x, also after a trip through json text."""
    sample = _sample()
    data = json.loads(json.dumps(to_dict(sample)))
    assert from_dict(data) == sample


def test_json_document_has_the_public_fields():
    """The command line's JSON contract: field names exactly as documented."""
    data = to_dict(_sample())
    assert {"id", "quotes", "entities"} <= data.keys()
    quote = data["quotes"][0]
    assert {"text", "start", "end", "kind", "fragments", "cue", "speaker", "sources", "confidence"} <= quote.keys()
    assert quote["fragments"] == [[1, 18]]
    assert quote["cue"] == {"text": "said", "start": 20, "end": 24}
    assert quote["speaker"] == {"text": "Ana Ruiz", "start": 25, "end": 33, "entity": 0}
    assert {"entity", "relation", "text", "start", "end"} <= quote["sources"][1].keys()
    entity = data["entities"][0]
    assert entity["titles"] == ["the bank’s chief economist"]
    assert entity["mentions"] == [[25, 33]] and entity["type"] == "person"


@pytest.mark.parametrize("obj", [_sample().quotes[0], _sample().entities[0], _sample().entities[2]])
def test_parts_round_trip(obj):
    """Quotations and entities round-trip on their own."""
    assert from_dict(to_dict(obj), type(obj)) == obj


def test_scan_round_trips():
    """A QuoteScan round-trips through its dictionary form."""
    scan = QuoteScan(
        (QuotedSpan(Span(1, 4, "abc"), Span(0, 1, "“"), Span(4, 5, "”"), depth=0),),
        (Problem(9, "unclosed"),),
    )
    assert from_dict(to_dict(scan), QuoteScan) == scan


def test_to_dict_refuses_other_objects():
    """to_dict names the types it supports."""
    with pytest.raises(TypeError, match="Extraction"):
        to_dict("text")  # type: ignore[arg-type]


def test_from_dict_reports_missing_fields():
    """A record without its required fields raises ValueError naming the field."""
    with pytest.raises(ValueError, match="start"):
        from_dict({"quotes": [{"text": "x", "kind": "direct"}]})


def test_extraction_entity_lookup():
    """Extraction.entity finds an entity by id and gives None otherwise."""
    sample = _sample()
    assert sample.entity(1).name == "Reuters"
    assert sample.entity(None) is None and sample.entity(42) is None


def test_sequences_become_tuples_so_results_stay_hashable():
    """A list given for a tuple field is converted, so frozen results can be hashed and compared."""
    span = Span(0, 1, "a")
    quote = Quotation(span, "direct", fragments=[span], marks=[])
    assert quote.fragments == (span,) and isinstance(quote.marks, tuple)
    assert hash(quote) == hash(Quotation(span, "direct", fragments=(span,)))


def test_offsets_must_be_integers_not_booleans():
    """True is an int in Python, but not an offset."""
    with pytest.raises(InputError, match="offset"):
        Span(True, 1, "a")


def test_titles_must_be_a_sequence_not_one_string():
    """A single string for titles is refused instead of split into letters."""
    with pytest.raises(InputError, match="sequence of strings"):
        Entity(0, "Ana Ruiz", titles="mayor")
