"""Tests for quoteextract.spark on a real Spark local[2] session (Java 17 on the machine)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

import quoteextract
from quoteextract.scale._flat import COLUMN_NAMES, flat_frame, flat_rows

pytestmark = [
    pytest.mark.model,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None and not os.environ.get("CI"), reason="needs Java 17"),
]

FIXTURE = Path(__file__).parent / "fixtures" / "scale_articles.jsonl"


def articles() -> list[dict]:
    """The invented articles: ``{"id", "text", "section"}`` records."""
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def spark():
    """A quiet Spark local[2] session bound to loopback, its Python workers on this interpreter."""
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    root = str(Path(quoteextract.__file__).resolve().parent.parent)
    saved = {name: os.environ.get(name) for name in ("PYSPARK_PYTHON", "SPARK_LOCAL_IP", "PYTHONPATH")}
    os.environ.update(
        PYSPARK_PYTHON=sys.executable,
        SPARK_LOCAL_IP="127.0.0.1",
        PYTHONPATH=os.pathsep.join(p for p in (root, saved["PYTHONPATH"]) if p),  # workers import this checkout
    )
    session = (
        SparkSession.builder.master("local[2]")
        .appName("quoteextract-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="module")
def expected(nlp) -> list[quoteextract.Extraction]:
    """Single-process extract_many over the articles."""
    data = articles()
    return list(quoteextract.extract_many([r["text"] for r in data], ids=[r["id"] for r in data]))


def test_spark_dataframe_gives_extract_many_rows(spark, expected):
    """extract_dataframe on local[2] returns the flat rows of extract_many's results, in order."""
    from quoteextract.spark import FLAT_SCHEMA, extract_dataframe

    df = spark.createDataFrame([(r["id"], r["text"]) for r in articles()], "id string, text string")
    assert df.rdd.getNumPartitions() == 2  # one per core of local[2]
    result = extract_dataframe(df, batch_size=4)
    assert result.schema == FLAT_SCHEMA
    assert result.columns == list(COLUMN_NAMES)
    got = result.toPandas().sort_values(["id", "index"]).reset_index(drop=True)
    want = flat_frame(row for x in expected for row in flat_rows(x)).sort_values(["id", "index"])
    assert got.to_dict("records") == _plain(want.reset_index(drop=True).to_dict("records"))


def test_spark_keeps_partition_order_and_reports_errors(spark, expected):
    """Without a shuffle rows come back in input order; errors='record' gives a bad article an error row."""
    from quoteextract.spark import extract_dataframe

    rows = [(r["id"], r["text"]) for r in articles()[:8]] + [("empty", None)]
    df = spark.createDataFrame(rows, "id string, text string").coalesce(1)
    got = [row.asDict() for row in extract_dataframe(df, errors="record").collect()]
    want = [row for x in expected[:8] for row in flat_rows(x)]
    assert got[:-1] == want
    assert (got[-1]["id"], got[-1]["text"]) == ("empty", None)
    assert "no 'text'" in got[-1]["error"]


def test_spark_checks_its_input(spark):
    """A missing column or a non-DataFrame is an InputError before any job runs."""
    from quoteextract.spark import extract_dataframe

    df = spark.createDataFrame([("a", "x")], "key string, body string")
    with pytest.raises(quoteextract.InputError, match="body"):
        extract_dataframe(df)
    with pytest.raises(quoteextract.InputError, match="pyspark"):
        extract_dataframe([("a", "x")])  # type: ignore[arg-type]
    assert extract_dataframe(df, text_col="body", id_col=None).count() == 0


def _plain(rows: list[dict]) -> list[dict]:
    """Rows with pandas' missing values as ``None``, as Spark returns them."""
    import pandas as pd

    return [{k: None if v is pd.NA else v for k, v in row.items()} for row in rows]
