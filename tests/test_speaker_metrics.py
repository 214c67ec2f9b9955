"""Tests for the speaker, title and chain metrics on tiny hand-written gold and predictions (no model)."""

from __future__ import annotations

import json

import pytest

from quoteextract import Entity, Extraction, GoldFormatError, Mention, Quotation, SourceLink, Span
from quoteextract.evaluation import evaluate, read_gold
from quoteextract.evaluation._gold import parse_article
from quoteextract.evaluation._predictions import PredictedLink, PredictedQuote, from_dict, from_extraction
from quoteextract.evaluation._report import format_errors, format_table
from quoteextract.evaluation._speaker_metrics import score_speakers
from quoteextract.evaluation._speaker_names import names_agree, normalise_title, titles_match

TEXT = "“We are hanging on,” she told the Dunmore Herald."
QUOTE = {"start": 0, "end": 20, "kind": "direct", "source": "she", "source_start": 21, "source_end": 24}


def gold_article(**fields):
    """One gold article with one quotation carrying the given speaker fields."""
    return parse_article({"id": "a", "text": TEXT, "quotes": [{**QUOTE, **fields}]})


def prediction(entity="Marisol Venn", titles=(), sources=()):
    """One prediction of the gold quotation, speaker "she" resolved to ``entity``."""
    return PredictedQuote(
        start=0,
        end=20,
        kind="direct",
        speaker=(21, 24),
        speaker_names=("she", entity) if entity else ("she",),
        speaker_entity=entity,
        speaker_titles=tuple(titles),
        sources=tuple(PredictedLink(relation, tuple(names)) for relation, names in sources),
    )


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Marisol Venn", "Marisol Venn", True),
        ("Marisol Venn", "Venn", True),
        ("Venn", "Ms. Marisol Venn", True),
        ("Canal Trust", "The Canal Trust", True),
        ("National Health Service", "NHS", True),
        ("Department of Transport", "DOT", True),
        ("Marisol Venn", "Tom Venn", False),
        ("Marisol Venn", "she", False),
        ("Marisol Venn", None, False),
        ("a fire service spokeswoman", "A fire service spokeswoman", True),
        ("two officials familiar with the talks", "officials", True),
        ("the union's leader", "union", True),
        ("Kenji Oduya", "Oduya’s", True),
    ],
)
def test_names_agree(gold, predicted, expected):
    """Names agree when one's words lie within the other's, or one is the other's acronym."""
    assert names_agree(gold, predicted) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("The shop’s owner,", "shop owner"),
        ("the workers' union", "workers union"),
        ("a  retired\nnurse", "retired nurse"),
        ("Commissioner", "commissioner"),
        ("“the”", ""),
    ],
)
def test_normalise_title(title, expected):
    """Titles are case-folded; possessives, leading articles, edge punctuation and extra spaces go."""
    assert normalise_title(title) == expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("the shop's owner", "the shop’s owner", True),
        ("Kim's younger sister", "younger sister", True),
        ("chair", "the panel's chair", True),
        ("the novelist", "novelist", True),
        ("retired nurse", "nurse practitioner", False),
        ("chair", "chairman", False),
        ("the", "the", False),
    ],
)
def test_titles_match(gold, predicted, expected):
    """Normalised titles match when either contains the other as whole words."""
    assert titles_match(gold, predicted) is expected


def test_resolved_and_pronoun_accuracy():
    """A pronoun source resolved to the right entity counts for both metrics; a wrong one for neither."""
    gold = [gold_article(speaker="Marisol Venn")]
    right = score_speakers(gold, {"a": [prediction("Venn")]})
    wrong = score_speakers(gold, {"a": [prediction("Tom Adler")]})
    assert (right.resolved, right.pronoun) == ((1, 1), (1, 1))
    assert (wrong.resolved, wrong.pronoun) == ((0, 1), (0, 1))
    assert [e.metric for e in wrong.errors] == ["pronoun"]


def test_anonymous_resolution_counts_only_gold_anonymous_sources():
    """Quotations marked anonymous are scored again on their own; named and unmarked ones are not."""
    anonymous = [gold_article(speaker="a retired teacher", anonymous=True)]
    right = score_speakers(anonymous, {"a": [prediction("A retired teacher")]})
    wrong = score_speakers(anonymous, {"a": [prediction("Another")]})
    named = score_speakers([gold_article(speaker="Marisol Venn", anonymous=False)], {"a": [prediction("Venn")]})
    assert (right.anonymous, wrong.anonymous, named.anonymous) == ((1, 1), (0, 1), (0, 0))
    assert right.anonymous_accuracy == 1.0 and named.anonymous_accuracy is None
    assert wrong.to_dict()["anonymous_resolution"] == {"value": 0.0, "right": 0, "total": 1}


def test_unresolved_speaker_falls_back_to_mention_text():
    """A speaker without an entity is judged by its mention's text (a pronoun never agrees)."""
    gold = [gold_article(speaker="Marisol Venn")]
    assert score_speakers(gold, {"a": [prediction(None)]}).resolved == (0, 1)


def test_unmatched_quotation_is_not_scored_for_speakers():
    """Speaker and title metrics count matched quotations only."""
    gold = [gold_article(speaker="Marisol Venn", speaker_titles=["the shop's owner"])]
    scores = score_speakers(gold, {"a": []})
    assert (scores.resolved, scores.titles) == ((0, 0), (0, 0))


def test_titles_recall_counts_distinct_titles_per_speaker():
    """Each distinct title of a speaker counts once, found if any of its matched quotations has it."""
    text = "“Yes,” said Ann Oh, the shop's owner. “No,” she said."
    article = parse_article(
        {
            "id": "t",
            "text": text,
            "quotes": [
                {"start": 0, "end": 6, "kind": "direct", "speaker": "Ann Oh", "speaker_titles": ["the shop's owner"]},
                {"start": 38, "end": 43, "kind": "direct", "speaker": "Ann Oh", "speaker_titles": ["the shop's owner"]},
            ],
        }
    )
    with_title = PredictedQuote(0, 6, "direct", speaker_entity="Ann Oh", speaker_titles=("shop’s owner",))
    without = PredictedQuote(38, 43, "direct", speaker_entity="Ann Oh")
    assert score_speakers([article], {"t": [with_title, without]}).titles == (1, 1)
    assert score_speakers([article], {"t": [without]}).titles == (0, 1)


CHAIN = [{"name": "Marisol Venn", "relation": "said"}, {"name": "Dunmore Herald", "relation": "told"}]


@pytest.mark.parametrize(
    ("sources", "right"),
    [
        ([("said", ["Marisol Venn", "she"]), ("told", ["Dunmore Herald", "the Dunmore Herald"])], True),
        ([("said", ["Marisol Venn"]), ("told", ["the Dunmore Herald"])], True),
        ([("said", ["Marisol Venn"]), ("citing", ["Ed Bo"]), ("told", ["Herald"])], True),
        ([("said", ["Marisol Venn"]), ("reported_by", ["Dunmore Herald"])], False),
        ([("said", ["Marisol Venn"]), ("told", ["Evening Star"])], False),
        ([("told", ["Dunmore Herald"])], False),
        ([], False),
    ],
)
def test_chain_accuracy(sources, right):
    """Every outer gold link must appear in order among the predicted outer links, relation and name agreeing."""
    scores = score_speakers([gold_article(speaker="Marisol Venn", chain=CHAIN)], {"a": [prediction(sources=sources)]})
    assert scores.chain == (int(right), 1)
    assert scores.chain_strict == (int(right), 1)


def test_strict_chain_needs_the_speaker_and_counts_misses():
    """The strict variant fails a right chain with a wrong speaker, and counts unmatched chains."""
    gold = [gold_article(speaker="Marisol Venn", chain=CHAIN)]
    sources = [("said", ["Tom Adler"]), ("told", ["Dunmore Herald"])]
    wrong_speaker = score_speakers(gold, {"a": [prediction("Tom Adler", sources=sources)]})
    assert (wrong_speaker.chain, wrong_speaker.chain_strict) == ((1, 1), (0, 1))
    missed = score_speakers(gold, {"a": []})
    assert (missed.chain, missed.chain_strict) == ((0, 0), (0, 1))


def test_spurious_chain():
    """Outer links where the gold chain is the speaker alone are spurious, except an affiliation (on_behalf_of)."""
    gold = [gold_article(speaker="Marisol Venn", chain=CHAIN[:1])]
    sources = [("said", ["Marisol Venn"]), ("reported_by", ["Dunmore Herald"])]
    scores = score_speakers(gold, {"a": [prediction(sources=sources)]})
    assert scores.spurious_chains == (1, 1)
    assert scores.to_dict()["spurious_chains"] == {"value": 1.0, "spurious": 1, "total": 1}
    assert scores.chain == (0, 0)
    affiliation = [("said", ["a spokesman"]), ("on_behalf_of", ["Wendle Council"])]
    assert score_speakers(gold, {"a": [prediction(sources=affiliation)]}).spurious_chains == (0, 1)


def test_no_speaker_fields_no_scores():
    """Without any optional speaker field the scores are None and the table does not print them."""
    article = parse_article({"id": "a", "text": TEXT, "quotes": [QUOTE]})
    assert score_speakers([article], {}) is None
    report = evaluate([article], {"a": [prediction()]})
    assert report.speakers is None
    assert "resolved speaker" not in format_table(report)
    assert report.to_dict()["speakers"] is None


def test_report_prints_speaker_scores_and_errors():
    """With speaker fields the table prints the metrics, the JSON has them and --errors lists failures."""
    gold = [gold_article(speaker="Marisol Venn", speaker_titles=["the shop's owner"], chain=CHAIN)]
    report = evaluate(gold, {"a": [prediction("Tom Adler")]})
    table = format_table(report)
    assert "resolved speaker      0.000   (0/1" in table
    assert "titles recall         0.000   (0/1" in table
    data = report.to_dict()["speakers"]
    assert data["chain"] == {"value": 0.0, "right": 0, "total": 1}
    listing = format_errors(report, 3)
    assert "== Wrong pronoun resolutions: showing 1 of 1" in listing
    assert "expected Marisol Venn (source 'she'); found Tom Adler" in listing
    assert "== Wrong chains: showing 1 of 1" in listing


def test_from_extraction_reads_entities_and_chains():
    """Predictions from an Extraction carry the speaker entity's name, titles, descriptors and the chain."""
    speaker = Mention(21, 24, "she", entity=0)
    outlet = Span(34, 48, "Dunmore Herald")
    quote = Quotation(
        content=Span(0, 20, TEXT[0:20]),
        kind="direct",
        speaker=speaker,
        sources=(SourceLink("said", entity=0, mention=speaker), SourceLink("told", entity=1, mention=outlet)),
    )
    entities = (
        Entity(0, "Marisol Venn", "person", titles=("owner",)),
        Entity(1, "Dunmore Herald", "organisation"),
    )
    (predicted,) = from_extraction(Extraction(id="a", quotes=(quote,), entities=entities))
    assert predicted.speaker_entity == "Marisol Venn"
    assert predicted.speaker_titles == ("owner",)
    assert predicted.sources == (
        PredictedLink("said", ("Marisol Venn", "she")),
        PredictedLink("told", ("Dunmore Herald", "Dunmore Herald")),
    )


def test_from_dict_reads_entities_and_chains():
    """Predictions from the JSON document read entity titles, descriptors and source links."""
    data = {
        "quotes": [
            {
                "start": 0,
                "end": 20,
                "kind": "direct",
                "speaker": {"text": "she", "start": 21, "end": 24, "entity": 0},
                "sources": [
                    {"relation": "said", "entity": 0, "mention": {"text": "she", "start": 21, "end": 24}},
                    {"relation": "told", "entity": None, "mention": {"text": "the Dunmore Herald"}},
                ],
            }
        ],
        "entities": [{"id": 0, "name": "Marisol Venn", "titles": ["owner"], "descriptors": [{"text": "a grocer"}]}],
    }
    (predicted,) = from_dict(data)
    assert predicted.speaker_entity == "Marisol Venn"
    assert predicted.speaker_titles == ("owner", "a grocer")
    assert [link.names for link in predicted.sources] == [("Marisol Venn", "she"), ("the Dunmore Herald",)]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"speaker": 3}, "speaker must be a non-empty string"),
        ({"speaker_titles": "owner"}, "speaker_titles must be a list of strings"),
        ({"anonymous": "no"}, "anonymous must be true, false or null"),
        ({"chain": {"name": "x"}}, "chain must be a list"),
        ({"chain": [{"name": "x", "relation": "shouted"}]}, "chain link 0: relation must be one of"),
        ({"chain": [{"relation": "said"}]}, "chain link 0: name must be a non-empty string"),
    ],
)
def test_malformed_speaker_fields(tmp_path, fields, message):
    """A malformed optional speaker field raises GoldFormatError naming the line and the field."""
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXT, "quotes": [{**QUOTE, **fields}]}) + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=f"line 1: quote 0: {message}"):
        read_gold(path)


def test_from_dict_ignores_unusable_entity_references():
    """An entity reference that cannot be a key (a list) resolves to nothing instead of crashing."""
    data = {
        "quotes": [
            {
                "start": 0,
                "end": 20,
                "speaker": {"text": "she", "start": 21, "end": 24, "entity": [0]},
                "sources": [{"relation": "said", "entity": [0]}],
            }
        ],
        "entities": [{"id": 0, "name": "Marisol Venn"}],
    }
    (predicted,) = from_dict(data)
    assert predicted.speaker_entity is None
    assert predicted.sources == (PredictedLink("said", ()),)


def test_from_dict_rejects_a_source_without_relation():
    """A source link without a relation is a malformed prediction (ValueError naming the quote)."""
    with pytest.raises(ValueError, match="quote 0: sources must be objects with a relation"):
        from_dict({"quotes": [{"start": 0, "end": 20, "sources": [{"entity": 0}]}]})
