"""``--resume``: records are matched by input position, corrupt lines are redone, errors retried on request."""

from __future__ import annotations

import json

import pytest

from quoteextract.outputs._cli import main
from quoteextract.outputs._corpus import read_done

A = "“The bridge will open in June,” the mayor said."
B = "“Taxes will not rise,” the minister told reporters."
C = "“We are ready,” the coach said."


def write_jsonl(path, *records):
    """Write records (a str as is) as JSON lines."""
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")


def read_jsonl(path):
    """The records of a JSON-lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.model
def test_resume_keeps_both_records_with_the_same_id(nlp, tmp_path, capsys):
    """Two input records with one id are two records: resuming after the first redoes the second."""
    source, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, {"id": "dup", "text": A}, {"id": "dup", "text": B}, {"id": "x", "text": C})
    assert main([str(source), "-o", str(out)]) == 0
    full = read_jsonl(out)
    assert [r["position"] for r in full] == [0, 1, 2]
    out.write_text(out.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    assert main([str(source), "-o", str(out), "--resume"]) == 0
    assert read_jsonl(out) == full


@pytest.mark.model
def test_resume_reports_and_redoes_a_corrupt_line_in_the_middle(nlp, tmp_path, capsys):
    """A corrupt line is reported on standard error, removed, and its record done again."""
    source, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, {"id": "a", "text": A}, {"id": "b", "text": B}, {"id": "c", "text": C})
    assert main([str(source), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text(lines[0] + '{"id": "b", "quotes": [BROKEN\n' + lines[2], encoding="utf-8")
    capsys.readouterr()
    assert main([str(source), "-o", str(out), "--resume"]) == 0
    assert "line 2 is not a complete JSON record" in capsys.readouterr().err
    records = read_jsonl(out)
    assert sorted(r["position"] for r in records) == [0, 1, 2]
    assert [r["id"] for r in sorted(records, key=lambda r: r["position"])] == ["a", "b", "c"]


@pytest.mark.model
def test_retry_errors_redoes_error_rows_only_when_asked(nlp, tmp_path, capsys):
    """Error rows count as done, unless --retry-errors removes them and redoes their records."""
    source, out = tmp_path / "c.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, {"id": "a", "text": A}, {"id": "b", "text": B})
    write_jsonl(out, {"id": "a", "quotes": [], "position": 0}, {"id": "b", "error": "worker died", "position": 1})
    assert main([str(source), "-o", str(out), "--resume"]) == 0
    assert read_jsonl(out)[1]["error"] == "worker died"
    assert main([str(source), "-o", str(out), "--resume", "--retry-errors"]) == 0
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["a", "b"]
    assert records[1]["quotes"] and "error" not in records[1]


def test_retry_errors_needs_resume(capsys):
    """--retry-errors alone is a usage error."""
    with pytest.raises(SystemExit) as caught:
        main(["c.jsonl", "-o", "out.jsonl", "--retry-errors"])
    assert caught.value.code == 2
    assert "--retry-errors works with --resume only" in capsys.readouterr().err


def test_read_done_matches_old_lines_by_id_occurrence(tmp_path):
    """Lines written without a position (version 0.1.0) match input records by id, once each."""
    out = tmp_path / "out.jsonl"
    write_jsonl(out, {"id": "a", "quotes": []}, {"id": "a", "quotes": []}, {"id": 2, "quotes": [], "position": 5})
    done = read_done(out)
    assert [done.take(0, "a"), done.take(1, "a"), done.take(2, "a")] == [True, True, False]
    assert done.take(5, "anything") and not done.take(6, 2)


def test_read_done_truncates_a_cut_last_line_silently(tmp_path):
    """A last line without its newline (an interrupted write) is cut off, without a warning."""
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "quotes": [], "position": 0}\n{"id": "b", "quo', encoding="utf-8")
    warnings = []
    done = read_done(out, warn=warnings.append)
    assert done.positions == {0} and warnings == []
    assert out.read_text(encoding="utf-8").endswith('"position": 0}\n')
