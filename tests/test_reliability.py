"""Nothing lost: every input is extracted or refused with a typed error, one bad text never costs another."""

from __future__ import annotations

import itertools
import json
import os
import sys

import pytest

import quoteextract
from quoteextract import Extraction, Extractor, InputError, QuoteExtractError, extract, extract_many
from quoteextract._batch import Job, run_batch
from quoteextract._chunks import chunk_bounds, merge
from quoteextract._input import repair_text
from quoteextract._settings import Settings
from quoteextract.outputs._cli import main

GOOD = "“The bridge will open in June,” the mayor said."
SURROGATE = "\ud800 “We are ready,” she said. \udc80"


class MyStr(str):
    """A str subclass, as some libraries return."""


def test_repair_text_replaces_each_surrogate_in_place():
    """Each lone surrogate becomes U+FFFD; the length is unchanged; one warning at the first."""
    repaired, problems = repair_text(SURROGATE)
    assert repaired == "\ufffd “We are ready,” she said. \ufffd"
    assert len(repaired) == len(SURROGATE)
    assert [p.offset for p in problems] == [0]
    assert "2 lone surrogate code points" in problems[0].message
    assert repair_text("plain “text”") == ("plain “text”", ())


@pytest.mark.model
@pytest.mark.parametrize("text", ["\ud800", "\udfff", SURROGATE, b"\xed\xa0\x80".decode("utf-8", "surrogateescape")])
def test_surrogates_are_repaired_not_a_crash(nlp, text):
    """A lone surrogate (surrogateescape, broken JSON) is repaired with a warning; offsets index the text."""
    result = extract(text, nlp)
    assert any("surrogate" in w.message for w in result.warnings)
    repaired = repair_text(text)[0]
    for quote in result.quotes:
        assert repaired[quote.start : quote.end] == quote.text
        assert quote.text


@pytest.mark.model
def test_a_str_subclass_is_accepted(nlp):
    """A subclass of str is read as the plain string it holds."""
    assert extract(MyStr(GOOD), nlp).quotes == extract(GOOD, nlp).quotes


def test_regex_mode_repairs_surrogates_too():
    """The regex-only mode repairs surrogates the same way."""
    result = quoteextract.extract_regex(SURROGATE)
    assert [q.text for q in result.quotes] == ["We are ready,"]
    assert "surrogate" in result.warnings[0].message


@pytest.mark.model
@pytest.mark.parametrize("n_process", [1, 2])
def test_extract_many_with_a_surrogate_loses_nothing(nlp, n_process):
    """A surrogate among good texts: every text gives its result, in order, in one or two processes."""
    texts = [GOOD, SURROGATE, MyStr(GOOD), GOOD]
    results = list(extract_many(texts, nlp, ids=["a", "b", "c", "d"], batch_size=4, n_process=n_process))
    assert [r.id for r in results] == ["a", "b", "c", "d"]
    assert all(r.quotes for r in results)


@pytest.mark.model
def test_extract_many_yields_every_result_before_a_failing_input(nlp):
    """An error raised by the input itself comes after the results of every text read before it."""

    def texts():
        yield GOOD
        yield GOOD
        raise ValueError("the source broke")

    stream = extract_many(texts(), nlp, batch_size=8)
    assert len(next(stream).quotes) == 1
    assert len(next(stream).quotes) == 1
    with pytest.raises(ValueError, match="the source broke"):
        next(stream)


class _Flaky:
    """A pipeline stand-in whose parser fails on any text containing BOOM."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text):
        if "BOOM" in text:
            raise RuntimeError("parser crashed")
        return self.nlp(text)

    def pipe(self, texts, batch_size=1):
        texts = list(texts)
        return [self(text) for text in texts]


@pytest.mark.model
def test_a_parser_failure_costs_only_its_own_text(nlp):
    """When the parse of a batch fails, every text is parsed again alone: only the culprit fails."""
    jobs = [Job(GOOD, "a"), Job("BOOM “no,” he said.", "b"), Job(GOOD, "c")]
    results = run_batch(_Flaky(nlp), jobs, Settings(chunk_size=10_000))
    assert isinstance(results[1], RuntimeError)
    assert [r.id for r in (results[0], results[2])] == ["a", "c"]
    assert all(isinstance(r, Extraction) and r.quotes for r in (results[0], results[2]))


@pytest.mark.model
@pytest.mark.parametrize("n_process", ["1", "2"])
def test_cli_corpus_with_a_surrogate_record_writes_every_record(nlp, tmp_path, capsys, n_process):
    """A record with lone surrogates (text, id, fields) is extracted; its neighbours are all written."""
    source = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": 1, "text": GOOD}),
        json.dumps({"id": "\ud800x", "text": SURROGATE, "note": "\udc80"}),
        json.dumps({"id": 3, "text": GOOD}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out), "--n-process", n_process, "--batch-size", "3"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [1, "\ud800x", 3]
    assert records[1]["note"] == "\udc80"
    assert all(r["quotes"] for r in records)
    assert "surrogate" in records[1]["warnings"][0]["message"]


def test_chunk_bounds_cover_the_text_and_prefer_blank_lines():
    """Chunks are consecutive, at most the size, and end after a blank line when there is one."""
    text = ("A paragraph of words here.\n\n" * 40) + "x" * 500 + " tail"
    bounds = chunk_bounds(text, 200)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(end - start <= 200 for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:3])
    assert chunk_bounds("short", 200) == [(0, 5)]


def test_merge_moves_offsets_and_renumbers_entities():
    """Merged chunk results index the whole text; entity ids and quote indices stay consistent."""
    from tests._sample import sample_extraction

    part = sample_extraction()
    merged = merge([(0, part), (1000, part)], "whole")
    assert len(merged.quotes) == 2 * len(part.quotes)
    assert len({e.id for e in merged.entities}) == len(merged.entities)
    second = merged.quotes[len(part.quotes)]
    assert second.start == part.quotes[0].start + 1000
    for entity in merged.entities:
        for index in entity.quotes:
            speaker = merged.quotes[index].speaker
            assert speaker is not None and speaker.entity == entity.id


@pytest.mark.model
def test_a_text_longer_than_the_chunk_size_is_extracted_in_chunks(nlp):
    """A long article is parsed in chunks; offsets index the whole text and entity ids stay unique."""
    names = ["Ana Ruiz", "Tom Berg", "Lea Moreau", "Ian Clarke", "Mia Novak", "Sam Okafor"] * 2
    paragraphs = [
        f"“Plan {n} is ready,” said Mayor {name}.\n\nThe council met on Monday." for n, name in enumerate(names)
    ]
    text = "\n\n".join(paragraphs)
    small = Extractor(nlp, chunk_size=200)
    result = small(text, id="long")
    assert result.id == "long"
    assert len(result.quotes) == 12
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is not None and text[quote.speaker.start : quote.speaker.end] == quote.speaker.text
    ids = [e.id for e in result.entities]
    assert len(ids) == len(set(ids))
    assert next(iter(small.pipe([text, GOOD]))).quotes == result.quotes


def test_chunk_size_must_be_a_positive_integer():
    """A bad chunk size is refused at once."""
    with pytest.raises(InputError, match="chunk_size"):
        Extractor("en_core_web_sm", chunk_size=0)


def test_too_long_text_error_names_the_limit():
    """The limit for absurd inputs is explicit, and a QuoteExtractError."""
    with pytest.raises(QuoteExtractError, match="limit of 50"):
        extract("x" * (quoteextract.MAX_TEXT_LENGTH + 1))


class _Dying(_Flaky):
    """A pipeline stand-in whose process dies (as if killed for memory) on a text containing DIE."""

    def __call__(self, text):
        if "DIE" in text:
            os._exit(9)
        return self.nlp(text)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the stand-in is shared by fork, used on Linux")
def test_a_worker_that_dies_costs_only_the_text_that_killed_it(nlp):
    """The batch of a dead worker is redone text by text in new workers: only the culprit gets an error."""
    from quoteextract import WorkerDiedError
    from quoteextract._workers import WorkerPool

    pool = WorkerPool(2, _Dying(nlp), Settings(chunk_size=10_000))
    batches = [[Job(GOOD, "a"), Job("DIE “no,” he said.", "b"), Job(GOOD, "c")], [Job(GOOD, "d")]]
    results = [r for batch in pool.map(batches) for r in batch]
    assert isinstance(results[1], WorkerDiedError)
    assert [r.id for r in results if isinstance(r, Extraction)] == ["a", "c", "d"]


@pytest.mark.model
def test_extract_many_with_too_few_ids_yields_the_paired_results_first(nlp):
    """Three texts and two ids: both paired results come out, then InputError."""
    stream = extract_many([GOOD, GOOD, GOOD], nlp, ids=["a", "b"], batch_size=8)
    assert [next(stream).id, next(stream).id] == ["a", "b"]
    with pytest.raises(InputError, match="different lengths"):
        next(stream)
