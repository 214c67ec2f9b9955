"""The annotated speakers suite (tests/data/speakers_suite.jsonl): titles, kinds, classes and chains as written."""

from __future__ import annotations

from _invented_suites import DATA, load_generator

from quoteextract.evaluation import read_gold
from quoteextract.evaluation._speaker_names import is_pronoun

SUITE = DATA / "speakers_suite.jsonl"


def test_suite_reads_as_gold():
    """The gold reader accepts every article and every optional speaker field."""
    articles = read_gold(SUITE)
    assert len(articles) >= 40
    quotes = [q for a in articles for q in a.quotes]
    assert all(q.speaker and q.chain and q.chain[0].name == q.speaker for q in quotes)


def test_titles_are_written_in_the_text(records):
    """Every gold title appears in its article as written."""
    for record in records:
        for quote in record["quotes"]:
            for title in quote["speaker_titles"]:
                assert title in record["text"], (record["id"], title)


def test_kinds_follow_the_quote_marks(records):
    """A direct quotation opens and closes with quote marks unless it is a transcript answer."""
    for record in records:
        for quote in record["quotes"]:
            if quote["kind"] == "direct" and "qa_transcript" not in quote["classes"]:
                assert quote["text"][0] in '“‘"' and quote["text"].rstrip()[-1] in '”’"', (record["id"], quote)
            if quote["kind"] == "indirect":
                assert not any(mark in quote["text"] for mark in '“”"'), (record["id"], quote)


def test_suite_covers_every_class_and_style(records):
    """Each class of issue 12 has at least two quotations and the suite has all six news styles."""
    generator = load_generator("make_speakers_suite")
    counts = {c: 0 for c in generator.CLASSES}
    for record in records:
        assert set(record["classes"]) <= set(generator.CLASSES), record["id"]
        for quote in record["quotes"]:
            for name in quote["classes"]:
                counts[name] += 1
    assert min(counts.values()) >= 2, counts
    assert {r["style"] for r in records} == set(generator.STYLES)


def test_pronoun_class_matches_the_metric(records):
    """A quotation is tagged "pronoun" exactly when the metric scores it as a pronoun case."""
    for record in records:
        for quote in record["quotes"]:
            assert ("pronoun" in quote["classes"]) == is_pronoun(quote.get("source")), (record["id"], quote)


def test_chains_use_the_gold_relations(records):
    """First links say how the words were produced; later links their role towards the previous one."""
    for record in records:
        for quote in record["quotes"]:
            first, *outer = quote["chain"]
            assert first["relation"] in {"said", "statement", "wrote", "according_to"}
            assert all(link["relation"] in {"reported_by", "citing", "told", "interview"} for link in outer)
