"""Tests for quoteextract.dask and the command line's --engine dask, on a real two-process LocalCluster."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import quoteextract
from quoteextract.outputs._cli import main
from quoteextract.scale._cli_engine import LOCAL_CLUSTER_OPTIONS
from quoteextract.scale._flat import flat_frame, flat_rows

pytestmark = [pytest.mark.model, pytest.mark.slow]

FIXTURE = Path(__file__).parent / "fixtures" / "scale_articles.jsonl"


def articles() -> list[dict]:
    """The invented articles: ``{"id", "text", "section"}`` records."""
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def expected(nlp) -> list[quoteextract.Extraction]:
    """Single-process extract_many over the articles: what every engine must reproduce."""
    data = articles()
    return list(quoteextract.extract_many([r["text"] for r in data], ids=[r["id"] for r in data]))


@pytest.fixture(scope="module")
def client():
    """A Dask client of a LocalCluster with two single-threaded worker processes, on loopback only, no dashboard."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(n_workers=2, **LOCAL_CLUSTER_OPTIONS) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_bag_gives_extract_many_documents_in_order(client, expected):
    """extract_bag over {id, text} records equals to_dict() of extract_many, document for document."""
    import dask.bag as db

    from quoteextract.dask import extract_bag

    data = [{"id": r["id"], "text": r["text"]} for r in articles()]
    bag = extract_bag(db.from_sequence(data, npartitions=5), batch_size=4)
    assert bag.npartitions == 5
    assert bag.compute() == [quoteextract.to_dict(x) for x in expected]
    assert len(client.scheduler_info()["workers"]) == 2


def test_bag_of_strings_and_failed_records(client):
    """A Bag of strings gives documents with id None; errors='record' reports a bad item in place."""
    import dask.bag as db

    from quoteextract.dask import extract_bag

    texts = [r["text"] for r in articles()[:4]]
    out = extract_bag(db.from_sequence([*texts, 42], npartitions=2), errors="record").compute()
    assert [d["id"] for d in out[:4]] == [None] * 4
    assert out[:4] == [quoteextract.to_dict(x) for x in quoteextract.extract_many(texts)]
    assert "not int" in out[4]["error"]


def test_dataframe_gives_one_row_per_quotation(client, expected):
    """extract_dataframe returns the flat rows of extract_many's results, with the declared meta."""
    import dask.dataframe as dd
    import pandas as pd

    from quoteextract.dask import extract_dataframe

    ddf = dd.from_pandas(pd.DataFrame(articles()), npartitions=4)
    result = extract_dataframe(ddf, batch_size=4)
    meta = flat_frame([])
    assert list(result.columns) == list(meta.columns)
    assert dict(result.dtypes) == dict(meta.dtypes)
    got = result.compute().reset_index(drop=True)
    want = flat_frame(row for x in expected for row in flat_rows(x))
    assert len(got) == sum(len(x.quotes) for x in expected) > 30
    pd.testing.assert_frame_equal(got, want)


def test_dataframe_checks_its_columns():
    """A missing text or id column is an InputError naming the columns, before any task runs."""
    import dask.dataframe as dd
    import pandas as pd

    from quoteextract.dask import extract_dataframe

    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"]}), npartitions=1)
    with pytest.raises(quoteextract.InputError, match="body"):
        extract_dataframe(ddf)
    with pytest.raises(quoteextract.InputError, match="id_col=None"):
        extract_dataframe(ddf, text_col="body")
    with pytest.raises(quoteextract.InputError, match=r"dask\.bag\.Bag"):
        from quoteextract.dask import extract_bag

        extract_bag([1, 2])  # type: ignore[arg-type]


def _corpus(tmp_path: Path) -> Path:
    """The articles as a JSON-lines corpus, with one broken line in the middle."""
    lines = [json.dumps(r, ensure_ascii=False) for r in articles()]
    lines.insert(10, "{not json")
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _parts(folder: Path) -> str:
    """The partition files' contents, concatenated in order."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("part-*.jsonl")))


def test_cli_engine_dask_writes_what_the_local_run_writes(client, tmp_path, capsys):
    """--engine dask writes one file per partition; together they equal the local run's JSON lines."""
    corpus = _corpus(tmp_path)
    assert main([str(corpus), "-o", str(tmp_path / "local.jsonl")]) == 1  # the broken line
    out = tmp_path / "out"
    args = [str(corpus), "-o", str(out), "--engine", "dask", "--scheduler", client.scheduler.address]
    assert main([*args, "--partition-size", "7"]) == 1
    assert "not valid JSON" in capsys.readouterr().err
    assert len(list(out.glob("part-*.jsonl"))) == 5
    assert (out / "_SUCCESS").exists()
    assert _parts(out) == (tmp_path / "local.jsonl").read_text(encoding="utf-8")


def test_cli_resume_completes_a_crashed_run_without_duplicates(client, tmp_path):
    """After a crash (a partition missing, one half-written), --resume writes just the missing ones."""
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    args = [str(corpus), "-o", str(out), "--engine", "dask", "--scheduler", client.scheduler.address]
    args += ["--partition-size", "10"]
    assert main(args) == 1
    whole = _parts(out)
    kept = out / "part-00000.jsonl"
    kept_time = kept.stat().st_mtime_ns
    (out / "part-00002.jsonl").rename(out / ".part-00002.jsonl.crashed.tmp")
    (out / "_SUCCESS").unlink()
    assert main(args) == 2  # without --resume: refused, nothing touched
    assert main([*args, "--resume"]) == 0  # the broken line is in partition 1, not redone
    assert _parts(out) == whole
    assert kept.stat().st_mtime_ns == kept_time  # complete partitions are not redone
    assert not list(out.glob(".part-*")) and (out / "_SUCCESS").exists()
    ids = [json.loads(line)["id"] for line in whole.splitlines()]
    assert len(ids) == len(set(ids)) == len(articles()) + 1


def test_cli_parquet_output_is_the_flat_schema(client, tmp_path, expected):
    """--format parquet writes the flat rows, one file per partition."""
    import pandas as pd

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    args = [str(corpus), "-o", str(out), "--engine", "dask", "--scheduler", client.scheduler.address]
    assert main([*args, "--format", "parquet", "--partition-size", "16"]) == 0
    files = sorted(out.glob("part-*.parquet"))
    assert len(files) == 2
    got = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    want = flat_frame(row for x in expected for row in flat_rows(x))
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_cli_engine_options_are_checked(tmp_path):
    """Engine options out of place are usage errors (exit status 2)."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    for args in (
        ["--workers", "2"],
        ["--format", "parquet"],
        ["--engine", "dask"],
        ["--engine", "dask", "-o", str(tmp_path / "o"), "--workers", "1", "--scheduler", "tcp://127.0.0.1:1"],
        ["--engine", "dask", "-o", str(tmp_path / "o"), "--n-process", "2"],
        ["--engine", "dask", "-o", str(tmp_path / "o"), "--format", "html"],
    ):
        with pytest.raises(SystemExit) as exit:
            main([str(corpus), *args])
        assert exit.value.code == 2, args


@pytest.mark.skipif(os.cpu_count() == 1, reason="needs two cores")
def test_cli_workers_starts_its_own_cluster(tmp_path):
    """--workers N starts (and stops) a local cluster of its own."""
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(FIXTURE.read_text(encoding="utf-8").splitlines(keepends=True)[:3]), encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(corpus), "-o", str(out), "--engine", "dask", "--workers", "1", "--partition-size", "2"]) == 0
    assert len(_parts(out).splitlines()) == 3
