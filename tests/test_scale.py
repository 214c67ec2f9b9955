"""Tests for the engine-independent parts of scaling out (quoteextract/scale/): no cluster started."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import quoteextract
from quoteextract.outputs._serialize import version_fields
from quoteextract.scale import _partitions, _worker
from quoteextract.scale._flat import COLUMN_NAMES, FLAT_COLUMNS, error_row, flat_frame, flat_rows
from quoteextract.scale._worker import WorkerSettings, as_record, extract_partition, flat_partition, worker_settings

FIXTURE = Path(__file__).parent / "fixtures" / "scale_articles.jsonl"
ARTICLE = "Ann Lee, the city's treasurer, said the budget was “a disgrace”. “We will fix it,” she added."


def records() -> list[dict]:
    """The invented articles of the scaling tests."""
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def test_plain_import_loads_no_engine():
    """Importing quoteextract (and its command line) loads neither Dask, PySpark nor pandas."""
    code = (
        "import sys, quoteextract, quoteextract.outputs._cli;"
        "print([m for m in ('dask', 'distributed', 'pyspark', 'pandas', 'pyarrow') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(("module", "extra"), [("quoteextract.dask", "dask"), ("quoteextract.spark", "spark")])
def test_missing_engine_names_the_extra(module, extra):
    """Without the engine installed, importing its module says which extra to install."""
    code = (
        "import sys; sys.modules['dask'] = None; sys.modules['pyspark'] = None\n"
        f"try:\n    import {module}\nexcept ImportError as err:\n    print(err)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert f"pip install 'quoteextract-nlp[{extra}]'" in out


@pytest.mark.model
def test_extractor_pickles_without_its_pipeline(extractor):
    """A loaded Extractor pickles to a few bytes (its pipeline's name) and works after unpickling."""
    extractor("“It works,” she said.")
    data = pickle.dumps(extractor)
    assert len(data) < 1000
    copy = pickle.loads(data)
    assert copy._nlp is None
    assert copy(ARTICLE) == extractor(ARTICLE)


@pytest.mark.model
def test_unnamed_pipeline_travels_whole(nlp, monkeypatch):
    """An Extractor over a pipeline that no name rebuilds keeps the pipeline in its pickled state."""
    state = quoteextract.Extractor(nlp).__getstate__()
    assert state["_nlp_spec"] in quoteextract._pipeline.DEFAULT_MODELS  # loaded by name: travels as the name
    monkeypatch.setattr(quoteextract._extractor, "pipeline_name", lambda nlp: None)
    state = quoteextract.Extractor(nlp).__getstate__()
    assert state["_nlp_spec"] is nlp
    assert state["_nlp"] is None


@pytest.mark.model
def test_flat_rows_describe_each_quotation(extractor):
    """The flat rows give each quotation's offsets, cue, speaker, entity type and source chain."""
    result = extractor(ARTICLE, id="a1")
    rows = flat_rows(result)
    assert [r["index"] for r in rows] == list(range(len(result.quotes)))
    assert all(set(r) == set(COLUMN_NAMES) for r in rows)
    last = rows[-1]
    assert ARTICLE[last["start"] : last["end"]] == last["text"] == "We will fix it,"
    assert (last["id"], last["cue"], last["speaker"], last["speaker_name"]) == ("a1", "added", "she", "Ann Lee")
    assert last["speaker_type"] == "person"
    assert last["sources"] == "said: Ann Lee"
    assert last["cue_class"] == result.quotes[-1].cue_class == "speech"
    assert last["error"] is None


def test_flat_frame_has_the_schema_even_when_empty():
    """An empty flat frame still has every column with its nullable dtype."""
    frame = flat_frame([])
    assert list(frame.columns) == [name for name, _, _ in FLAT_COLUMNS]
    assert str(frame.dtypes["start"]) == "Int64"
    assert str(frame.dtypes["confidence"]) == "Float64"
    assert str(frame.dtypes["text"]) == "string"
    row = flat_frame([error_row(7, "bad")]).iloc[0]
    assert (row["id"], row["error"]) == ("7", "bad")


def test_worker_settings_are_checked_on_the_client():
    """Bad settings fail at once with InputError, before any task runs."""
    with pytest.raises(quoteextract.InputError, match="scope"):
        worker_settings(None, scope="everything", batch_size=8, max_length=100, errors="raise")
    with pytest.raises(quoteextract.InputError, match="batch_size"):
        worker_settings(None, scope="attribution", batch_size=0, max_length=100, errors="raise")
    with pytest.raises(quoteextract.InputError, match="errors"):
        worker_settings(None, scope="attribution", batch_size=8, max_length=100, errors="ignore")
    settings = worker_settings("en_core_web_sm", scope="attribution", batch_size=8, max_length=100, errors="record")
    assert settings == WorkerSettings("en_core_web_sm", "attribution", 8, 100, "record")
    assert len(pickle.dumps(settings)) < 500


def test_pipeline_object_without_a_name_is_refused():
    """A pipeline built in this process cannot be sent to workers: PipelineError says to pass a name."""
    import spacy

    with pytest.raises(quoteextract.PipelineError, match="name"):
        worker_settings(spacy.blank("en"), scope="attribution", batch_size=8, max_length=100, errors="raise")


def test_items_become_records():
    """Strings, {id, text} dicts and other items become records (errors for items without text)."""
    assert as_record("text") == _worker.Record(None, "text")
    assert as_record({"id": 3, "text": "t", "url": "u"}) == _worker.Record(3, "t", {"url": "u"})
    assert "string 'text'" in (as_record({"id": 3}).error or "")
    assert "not int" in (as_record(5).error or "")


@pytest.mark.model
def test_worker_caches_one_extractor_per_settings(nlp):
    """Two partitions with the same settings share one Extractor; different settings get another."""
    settings = WorkerSettings(batch_size=4)
    first = _worker.worker_extractor(settings)
    assert _worker.worker_extractor(WorkerSettings(batch_size=16)) is first  # batch size does not shape it
    assert _worker.worker_extractor(WorkerSettings(max_length=5000)) is not first


@pytest.mark.model
def test_partition_functions_match_extract_many(nlp):
    """A Bag partition gives to_dict() of extract_many's results; a frame partition their flat rows."""
    import pandas as pd

    data = [{"id": r["id"], "text": r["text"]} for r in records()[:6]]
    expected = list(quoteextract.extract_many([r["text"] for r in data], ids=[r["id"] for r in data]))
    assert extract_partition(data, WorkerSettings()) == [quoteextract.to_dict(x) for x in expected]
    frame = flat_partition(pd.DataFrame(data), WorkerSettings(), "text", "id")
    assert frame.to_dict("records") == flat_frame(r for x in expected for r in flat_rows(x)).to_dict("records")


@pytest.mark.model
def test_failed_records_raise_or_become_error_records(nlp):
    """errors='raise' raises InputError for an item without text; errors='record' reports it in place."""
    items = ["“Yes,” she said.", {"id": "x", "text": None}]
    with pytest.raises(quoteextract.InputError, match="'x'"):
        extract_partition(items, WorkerSettings())
    documents = extract_partition(items, WorkerSettings(errors="record"))
    assert documents[1] == {
        **version_fields(),
        "id": "x",
        "error": "the record has no 'text'; each record needs a string 'text'",
    }
    assert documents[0]["quotes"]


def test_partitions_split_files_by_records(tmp_path):
    """Partitions hold partition_size non-blank lines each and read back the same records with line numbers."""
    path = tmp_path / "c.jsonl"
    lines = [json.dumps({"text": f"t{i}"}) for i in range(7)]
    path.write_text("\n".join(lines[:3]) + "\n\n" + "\n".join(lines[3:]) + "\n", encoding="utf-8")
    plan = _partitions.plan_partitions([str(path)], 3)
    assert [p.records for p in plan] == [3, 3, 1]
    read = [r for p in plan for r in _partitions.read_partition(p)]
    assert [r.text for r in read] == [f"t{i}" for i in range(7)]
    assert read[3].id == f"{path}:5"  # the blank line 4 is skipped, as the local reader does


def test_inputs_expand_folders_and_globs(tmp_path):
    """Folders give their .jsonl files, globs their matches, sorted; a name matching nothing is an error."""
    for name in ("b.jsonl", "a.jsonl", "notes.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert _partitions.expand_inputs([str(tmp_path)]) == [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]
    assert _partitions.expand_inputs([str(tmp_path / "*.jsonl")])[0].endswith("a.jsonl")
    with pytest.raises(quoteextract.InputError, match="no such file"):
        _partitions.expand_inputs([str(tmp_path / "missing-*.jsonl")])


def test_output_folder_of_another_run_is_refused(tmp_path):
    """A folder with a run's manifest needs --resume, and a resume needs the same plan."""
    plan = {"format": "jsonl", "partition_size": 10, "inputs": [], "partitions": 0}
    _partitions.prepare_output(tmp_path, plan, resume=False)
    (tmp_path / ".part-00000.jsonl.abc.tmp").write_text("half", encoding="utf-8")
    with pytest.raises(quoteextract.QuoteExtractError, match="--resume"):
        _partitions.prepare_output(tmp_path, plan, resume=False)
    with pytest.raises(quoteextract.QuoteExtractError, match="other inputs"):
        _partitions.prepare_output(tmp_path, {**plan, "partition_size": 5}, resume=True)
    _partitions.prepare_output(tmp_path, plan, resume=True)
    assert not list(tmp_path.glob(".part-*"))  # a crashed run's half-written file is removed


def test_docs_list_the_flat_schema():
    """docs/scaling.md documents every flat column with its type, in order."""
    text = (Path(__file__).parent.parent / "docs" / "scaling.md").read_text(encoding="utf-8")
    positions = [text.index(f"| `{name}` | {kind} |") for name, kind, _ in FLAT_COLUMNS]
    assert positions == sorted(positions)


def test_scope_is_forwarded_when_the_extractor_has_it(monkeypatch):
    """The scope setting reaches the workers' Extractor once it has one (issue 11), and is refused before."""

    class ScopedExtractor:
        def __init__(self, nlp=None, *, max_length=10, scope="attribution"):
            self.scope = scope

    if "scope" not in _worker.inspect.signature(quoteextract.Extractor).parameters:
        with pytest.raises(quoteextract.InputError, match="scope setting"):
            worker_settings(None, scope="speech", batch_size=8, max_length=100, errors="raise")
    monkeypatch.setattr(_worker, "Extractor", ScopedExtractor)
    monkeypatch.setattr(_worker, "_EXTRACTORS", {})
    settings = worker_settings(None, scope="speech", batch_size=8, max_length=100, errors="raise")
    assert _worker.worker_extractor(settings).scope == "speech"
