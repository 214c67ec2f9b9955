"""Every invented suite in tests/data: it is what its generator writes, and the gold reader takes it with exact spans.

The suites are found from their generator scripts (``tests/data/make_<name>.py`` writes
``tests/data/<name>.jsonl``), so a new suite is checked here as soon as its generator exists. What a
suite was written to cover, and the figures the library reaches on it, are checked in the suite's own
test module (``tests/test_<name>.py``).
"""

from __future__ import annotations

import pytest
from _invented_suites import DATA, assert_exact_record, generated_lines, records, suite_names

from quoteextract.evaluation import read_gold

SUITES = suite_names()


def test_every_suite_file_has_its_generator():
    """No JSON-lines suite in tests/data lacks the script that writes it, and every script's suite exists."""
    files = sorted(path.stem for path in DATA.glob("*.jsonl"))
    assert files == SUITES


@pytest.mark.parametrize("name", SUITES)
def test_suite_is_what_its_generator_writes(name):
    """The committed file equals the generator's output (edit the passages or articles, then re-run the script)."""
    assert (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() == generated_lines(name)


@pytest.mark.parametrize("name", SUITES)
def test_suite_reads_as_gold_with_exact_spans(name):
    """Unique identifiers, exact spans, and the gold reader takes every record; a chain starts at its speaker."""
    suite = DATA / f"{name}.jsonl"
    raw = records(suite)
    assert len({record["id"] for record in raw}) == len(raw)
    for record in raw:
        assert_exact_record(record)
    articles = read_gold(suite)
    assert len(articles) == len(raw)
    quotes = [quote for article in articles for quote in article.quotes]
    assert all(not q.speaker or (q.chain and q.chain[0].name == q.speaker) for q in quotes)
