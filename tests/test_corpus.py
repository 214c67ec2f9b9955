"""Tests for reading corpora and resuming runs (quoteextract/_corpus.py)."""

from __future__ import annotations

import io
import json

import pytest
from _sample import sample_extraction
from _schema import assert_valid

from quoteextract.outputs._corpus import (
    Record,
    count_records,
    done_ids,
    id_key,
    input_kind,
    output_record,
    read_folder,
    read_inputs,
    read_jsonl,
)
from quoteextract.outputs._serialize import version_fields


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"id": "a", "text": "Hello."}', Record("a", "Hello.")),
        ('{"id": 7, "text": "Hi.", "url": "u"}', Record(7, "Hi.", {"url": "u"})),
        ('{"text": "No id."}', Record("in:1", "No id.")),
        ('{"id": "b"}', Record("b", error="line 1 has no 'text' field; each record needs a string 'text'")),
        (
            '{"id": "c", "text": 5}',
            Record("c", error="line 1 has a 'text' that is a int; each record needs a string 'text'"),
        ),
        ("not json", Record("in:1", error="line 1 is not valid JSON (Expecting value at column 1)")),
        ("[1, 2]", Record("in:1", error="line 1 is a JSON list, not an object with a 'text'")),
    ],
)
def test_read_jsonl_records_and_errors(line, expected):
    """Each line becomes a record, or an error record that keeps the id when there is one."""
    assert list(read_jsonl(io.BytesIO(line.encode()), "in")) == [expected]


def test_read_jsonl_skips_blank_lines_and_counts_lines():
    """Blank lines are skipped; made-up ids use the real line number."""
    data = b'{"text": "a"}\n\n   \n{"text": "b"}\n'
    assert [r.id for r in read_jsonl(io.BytesIO(data), "c.jsonl")] == ["c.jsonl:1", "c.jsonl:4"]


def test_read_jsonl_reports_non_utf8_line():
    """A line that is not UTF-8 is an error record, and the next line is still read."""
    data = b'{"text": "caf\xe9"}\n{"text": "ok"}\n'
    records = list(read_jsonl(io.BytesIO(data), "x"))
    assert records[0].error is not None and records[1].text == "ok"


def test_read_folder_reads_txt_files_in_sorted_order(tmp_path):
    """Every .txt file below a folder is one article, with its relative path as id."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two", encoding="utf-8")
    (tmp_path / "1.txt").write_text("one", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skip", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    records = list(read_folder(tmp_path))
    assert [(r.id, r.text) for r in records] == [("1.txt", "one"), ("b/2.txt", "two"), ("bad.txt", None)]
    assert "not UTF-8" in records[2].error


@pytest.mark.parametrize(
    ("name", "input_format", "expected"),
    [
        ("a.jsonl", "auto", "jsonl"),
        ("a.JSONL", "auto", "jsonl"),
        ("a.txt", "auto", "text"),
        ("-", "auto", "text"),
        ("-", "jsonl", "jsonl"),
        ("a.jsonl", "text", "text"),
    ],
)
def test_input_kind(name, input_format, expected):
    """Names ending in .jsonl are corpora unless the input format says otherwise."""
    assert input_kind(name, input_format) == expected


def test_read_inputs_mixes_kinds_and_reports_missing_files(tmp_path):
    """Text files, corpora and standard input are read in order; a missing file is an error record."""
    (tmp_path / "one.txt").write_text("\ufeffFirst.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": 1, "text": "Second."}\n', encoding="utf-8")
    names = [str(tmp_path / "one.txt"), str(tmp_path / "c.jsonl"), "-", str(tmp_path / "gone.txt")]
    records = list(read_inputs(names, stdin=io.BytesIO(b"Third.")))
    assert [r.text for r in records] == ["First.", "Second.", "Third.", None]
    assert records[3].error.startswith("cannot read")


def test_count_records(tmp_path):
    """The progress total counts non-blank corpus lines, folder files and text files; stdin is unknown."""
    (tmp_path / "c.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("x", encoding="utf-8")
    assert count_records([str(tmp_path / "c.jsonl"), str(tmp_path / "d"), "article.txt"]) == 4
    assert count_records(["-"]) is None


def test_done_ids_reads_ids_and_drops_a_cut_last_line(tmp_path):
    """Resuming reads the ids written so far and removes a last line an interrupted run cut short."""
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "quotes": []}\n{"id": 2, "error": "x"}\n{"id": "c", "quo', encoding="utf-8")
    assert done_ids(out) == {id_key("a"), id_key(2)}
    assert out.read_text(encoding="utf-8").endswith('"x"}\n')
    assert done_ids(tmp_path / "missing.jsonl") == set()


def test_id_key_tells_numbers_from_strings():
    """The id 1 and the id "1" are different records."""
    assert id_key(1) != id_key("1")


def test_output_record_passes_fields_through_and_renames_clashes():
    """Input fields are copied into the output; one named like an output field gets the input_ prefix."""
    record = Record(9, "text", {"url": "u", "quotes": ["gold"]})
    out = output_record(record, sample_extraction())
    assert out["id"] == 9 and out["url"] == "u" and out["input_quotes"] == ["gold"]
    assert [q["text"] for q in out["quotes"]] == [q.text for q in sample_extraction().quotes]
    json.dumps(out)
    assert_valid(out)


def test_output_record_for_an_error():
    """A failed record is written as id and error (and its passed-through fields)."""
    out = output_record(Record("z", fields={"source": "wire"}, error="no text"))
    assert out == {**version_fields(), "id": "z", "error": "no text", "source": "wire"}
    assert_valid(out)
