"""Tests for the command line (quoteextract/_cli.py)."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest
from _schema import assert_valid

from quoteextract import MAX_TEXT_LENGTH, _extractor
from quoteextract.outputs._cli import main
from quoteextract.outputs._serialize import version_fields

ARTICLE = "“The bridge will open in June,” the mayor said on Monday.\n“We are ready,” she added."
OTHER = "“Taxes will not rise,” the minister told reporters."


def corpus_lines(*records: object) -> str:
    """JSON lines for the records (a str is written as is: a broken line)."""
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def jsonl(text: str) -> list[dict]:
    """Parse JSON-lines output, checking every record against the shipped JSON Schema."""
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    for record in records:
        assert_valid(record)
    return records


def set_stdin(monkeypatch, data: bytes) -> None:
    """Make standard input read ``data``."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.fixture
def article(tmp_path):
    """A one-article text file."""
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    """A corpus with two good records, one broken line and one record without text."""
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        corpus_lines(
            {"id": "one", "text": ARTICLE, "url": "https://example.org/1", "quotes": ["gold"]},
            "{not json",
            {"id": "two", "text": OTHER},
            {"id": "three", "title": "no text"},
        ),
        encoding="utf-8",
    )
    return path


@pytest.mark.model
def test_text_output_for_one_article(nlp, article, capsys):
    """An article file gives a readable block with each quotation."""
    assert main([str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"== {article}: ")
    assert "The bridge will open in June" in out


@pytest.mark.model
def test_json_output_is_the_documented_shape(nlp, article, capsys):
    """--format json prints one document with the fields of the public JSON shape."""
    assert main([str(article), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == [
        "schema_version",
        "quoteextract_version",
        "model",
        "id",
        "quotes",
        "entities",
        "rejected",
        "warnings",
    ]
    assert_valid(data)
    assert data["id"] == str(article)
    for quote in data["quotes"]:
        assert ARTICLE[quote["start"] : quote["end"]] == quote["text"]


@pytest.mark.model
def test_corpus_reports_bad_records_and_goes_on(nlp, corpus, capsys):
    """Broken records are reported on stderr and in the output, good ones processed, exit status 1."""
    assert main([str(corpus)]) == 1
    captured = capsys.readouterr()
    records = jsonl(captured.out)
    assert [r["id"] for r in records] == ["one", f"{corpus}:2", "two", "three"]
    assert "quotes" in records[0] and "quotes" in records[2]
    assert records[0]["url"] == "https://example.org/1" and records[0]["input_quotes"] == ["gold"]
    assert "not valid JSON" in records[1]["error"] and "no 'text'" in records[3]["error"]
    assert records[3]["title"] == "no text"
    assert f"quoteextract: {corpus}:2: line 2 is not valid JSON" in captured.err
    assert "quoteextract: three: line 4 has no 'text' field" in captured.err


@pytest.mark.model
def test_clean_corpus_exits_zero(nlp, tmp_path, capsys):
    """A corpus whose records all succeed gives exit status 0."""
    path = tmp_path / "ok.jsonl"
    path.write_text(corpus_lines({"id": 1, "text": ARTICLE}, {"id": 2, "text": ""}), encoding="utf-8")
    assert main([str(path)]) == 0
    assert [r["id"] for r in jsonl(capsys.readouterr().out)] == [1, 2]


@pytest.mark.model
def test_folder_of_text_files(nlp, tmp_path, capsys):
    """A folder is a corpus of its .txt files, ids being their relative paths."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert [r["id"] for r in jsonl(capsys.readouterr().out)] == ["a.txt", "sub/b.txt"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("args", "data", "expected_ids"),
    [
        (["-", "--format", "jsonl"], ARTICLE.encode(), ["-"]),
        (["-", "--input-format", "jsonl"], corpus_lines({"id": "s1", "text": OTHER}).encode(), ["s1"]),
    ],
)
def test_standard_input(nlp, monkeypatch, capsys, args, data, expected_ids):
    """- reads one article from standard input, or JSON lines with --input-format jsonl."""
    set_stdin(monkeypatch, data)
    assert main(args) == 0
    assert [r["id"] for r in jsonl(capsys.readouterr().out)] == expected_ids


@pytest.mark.model
def test_resume_skips_done_ids_and_redoes_a_cut_line(nlp, tmp_path, capsys):
    """--resume appends only records whose id is not yet in the output, redoing a line cut short."""
    source = tmp_path / "c.jsonl"
    out = tmp_path / "out.jsonl"
    source.write_text(corpus_lines({"id": "a", "text": ARTICLE}, {"id": "b", "text": OTHER}), encoding="utf-8")
    assert main([str(source), "-o", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    out.write_text(first[: first.index("\n") + 1] + first[first.index("\n") + 1 :][:20], encoding="utf-8")
    with source.open("a", encoding="utf-8") as stream:
        stream.write(corpus_lines({"id": "c", "text": ARTICLE}))
    assert main([str(source), "-o", str(out), "--resume"]) == 0
    records = jsonl(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == ["a", "b", "c"]
    assert records[:2] == jsonl(first)
    assert capsys.readouterr().out == ""


@pytest.mark.model
def test_html_output_to_a_file(nlp, corpus, tmp_path, capsys):
    """--format html -o FILE writes one page with a section per record, errors included."""
    page = tmp_path / "page.html"
    assert main([str(corpus), "--format", "html", "-o", str(page)]) == 1
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert html.count("<article ") == 4
    assert html.count('class="failed"') == 2
    assert 'class="label direct"' in html


@pytest.mark.model
def test_html_pages_into_a_folder(nlp, corpus, tmp_path, capsys):
    """--format html -o DIR/ writes one self-contained page per record and an index linking them."""
    folder = tmp_path / "pages"
    assert main([str(corpus), "--format", "html", "-o", f"{folder}/"]) == 1
    pages = sorted(p.name for p in folder.iterdir())
    assert len(pages) == 5 and pages[0] == "000001_one.html" and pages[-1] == "index.html"
    assert pages[1].startswith("000002_") and pages[1].endswith("corpus.jsonl_2.html")
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert index.count("<li><a href=") == 4 and index.rstrip().endswith("</html>")
    one = (folder / "000001_one.html").read_text(encoding="utf-8")
    assert one.count("<article ") == 1 and 'class="label direct"' in one


@pytest.mark.model
def test_table_and_json_array_for_a_corpus(nlp, corpus, capsys):
    """--format table prints a table per article; --format json prints one JSON array for a corpus."""
    main([str(corpus), "--format", "table"])
    table = capsys.readouterr().out
    assert "== one\n#  kind" in table and "== three: error:" in table
    main([str(corpus), "--format", "json"])
    records = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in records][:1] == ["one"]
    for record in records:
        assert_valid(record)


@pytest.mark.model
def test_a_failing_stage_fails_only_its_record(nlp, corpus, monkeypatch, capsys):
    """An unexpected error while analysing one article becomes that record's error; the run goes on."""
    real = _extractor.analyse

    def flaky(doc, id=None, **settings):
        if id == "two":
            raise RuntimeError("boom")
        return real(doc, id=id, **settings)

    monkeypatch.setattr(_extractor, "analyse", flaky)
    assert main([str(corpus)]) == 1
    records = jsonl(capsys.readouterr().out)
    assert records[2] == {
        **version_fields(),
        "id": "two",
        "error": "internal error (RuntimeError: boom); please report it with this record",
        "position": 2,
    }
    assert "quotes" in records[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda d: d.joinpath("long.jsonl").write_text(
                corpus_lines({"id": "L", "text": "x" * (MAX_TEXT_LENGTH + 1)})
            ),
            "limit",
        ),
        (lambda d: d.joinpath("bin.txt").write_bytes(b"\xff\xfe\xfa"), "not UTF-8"),
        (lambda d: None, "cannot read"),
    ],
    ids=["too-long", "not-utf8", "missing"],
)
def test_unreadable_inputs_are_errors_not_crashes(nlp, tmp_path, capsys, make, message):
    """A too-long text, an undecodable file or a missing file gives an error record and status 1."""
    make(tmp_path)
    name = next((str(p) for p in tmp_path.iterdir()), str(tmp_path / "missing.txt"))
    assert main([name, "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert message in jsonl(captured.out)[0]["error"] and message in captured.err


@pytest.mark.model
def test_html_of_a_result_that_does_not_fit_its_text_is_an_error_record(nlp, corpus, monkeypatch, capsys):
    """If a stage returns spans that do not match the text, that article's HTML section reports it."""
    from quoteextract._model import Extraction, Quotation, Span

    def wrong(doc, id=None, **settings):
        return Extraction(id=id, quotes=(Quotation(content=Span(0, 3, "???"), kind="direct"),))

    monkeypatch.setattr(_extractor, "analyse", wrong)
    assert main([str(corpus), "--format", "html"]) == 1
    captured = capsys.readouterr()
    assert captured.out.count('class="failed"') == 4 and "does not match the text" in captured.err


def test_closed_standard_input_is_an_error_record(monkeypatch, capsys):
    """Reading - when there is no standard input gives an error record, not a crash."""
    pytest.importorskip("quoteextract.stages.regex._regex_mode")
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["-", "--regex-only", "--format", "jsonl"]) == 1
    assert "standard input is closed" in jsonl(capsys.readouterr().out)[0]["error"]


@pytest.mark.model
def test_progress_bar_on_stderr(nlp, corpus, capsys):
    """--progress draws a bar with documents per second on standard error, not in the output."""
    main([str(corpus), "--progress"])
    captured = capsys.readouterr()
    assert "doc/s" in captured.err and "4/4" in captured.err
    assert "doc/s" not in captured.out


@pytest.mark.model
@pytest.mark.slow
def test_two_processes_keep_input_order(nlp, tmp_path, capsys):
    """--n-process 2 writes the records in input order."""
    path = tmp_path / "c.jsonl"
    path.write_text(corpus_lines(*({"id": n, "text": ARTICLE if n % 2 else OTHER} for n in range(9))), encoding="utf-8")
    assert main([str(path), "--n-process", "2", "--batch-size", "2"]) == 0
    assert [r["id"] for r in jsonl(capsys.readouterr().out)] == list(range(9))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["c.jsonl", "--resume"], "--resume needs -o FILE"),
        (["c.txt", "--resume", "-o", "x.json", "--format", "text"], "JSON lines output only"),
        (["c.jsonl", "--n-process", "0"], "--n-process must be"),
        (["c.jsonl", "--batch-size", "0"], "--batch-size must be"),
        (["-", "-"], "only once"),
        (["c.jsonl", "--format", "xml"], "invalid choice"),
        ([], "required"),
    ],
)
def test_usage_errors_exit_2(args, message, capsys):
    """Bad option combinations exit with status 2 and say what is wrong."""
    with pytest.raises(SystemExit) as caught:
        main(args)
    assert caught.value.code == 2
    assert message in capsys.readouterr().err


def test_missing_model_exits_2_with_install_hint(article, capsys):
    """An unknown --model exits with status 2 and the install command, before writing any output."""
    assert main([str(article), "--model", "no_such_pipeline_qe", "-o", str(article) + ".out"]) == 2
    err = capsys.readouterr().err
    assert 'pip install "quoteextract-nlp[model]"' in err and "quoteextract download" in err
    assert not (article.parent / "article.txt.out").exists()


def test_evaluate_dispatches_to_the_evaluation(tmp_path, capsys):
    """`quoteextract evaluate GOLD PRED --json` runs the evaluation command and prints its scores."""
    text = "“It works,” she said."
    gold = {"id": "g", "text": text, "quotes": [{"start": 0, "end": 12, "text": text[:12], "kind": "direct"}]}
    prediction = {"id": "g", "quotes": [{"text": "It works,", "start": 1, "end": 10, "kind": "direct"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps(prediction) + "\n", encoding="utf-8")
    status = main(["evaluate", str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"), "--json"])
    assert status == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["overlap"]["r"] == 1.0


def test_regex_only_mode(tmp_path, capsys):
    """--regex-only needs no parser and still writes the JSON shape."""
    pytest.importorskip("quoteextract.stages.regex._regex_mode")
    path = tmp_path / "c.jsonl"
    path.write_text(corpus_lines({"id": "r", "text": ARTICLE}, "{broken"), encoding="utf-8")
    assert main([str(path), "--regex-only", "--model", "no_such_pipeline_qe"]) == 1
    records = jsonl(capsys.readouterr().out)
    assert records[0]["id"] == "r" and "quotes" in records[0] and "error" in records[1]


@pytest.mark.model
def test_closed_pipe_stops_quietly(nlp, tmp_path):
    """When the reader of standard output goes away, the command stops with status 141 and no traceback."""
    path = tmp_path / "c.jsonl"
    path.write_text(corpus_lines(*({"id": n, "text": ARTICLE} for n in range(200))), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "quoteextract", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout.read(10)
    process.stdout.close()
    _, err = process.communicate(timeout=300)
    assert process.returncode == 141
    assert b"Traceback" not in err


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_python_dash_m_works(args):
    """Running `python -m quoteextract` starts the command line."""
    run = subprocess.run(
        [sys.executable, "-m", "quoteextract", *args], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "quoteextract" in run.stdout


def test_closed_pipe_stops_a_subcommand_quietly():
    """``quoteextract rules | head`` stops with status 141 and no traceback, like the main command."""
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from quoteextract.outputs._cli import main; sys.exit(main(['rules']))"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    process.stdout.close()  # the reader is gone before the table is written
    _, err = process.communicate(timeout=120)
    assert process.returncode == 141
    assert b"Traceback" not in err
