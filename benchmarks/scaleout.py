"""Scaling out on one machine: extract_many, Dask and Spark, in one run.

Reports, for the same articles,

* documents per second of ``extract_many`` with ``n_process`` 1 and 2,
  Dask (``quoteextract.dask.extract_bag``) with 1 and 2 worker processes, and
  Spark (``quoteextract.spark.extract_dataframe``) with ``local[1]`` and ``local[2]``;
* each engine's start-up time: starting the cluster (or Spark session) and
  loading the pipeline in every worker (for ``extract_many``: loading it once);
* each engine's per-record overhead: the time per article of sending the same
  records through the engine with an identity function instead of extraction;
* the peak resident memory of one worker process (model loaded, corpus done);
* the ratios Dask(2) / extract_many(n_process=2) and Spark(2) / extract_many(n_process=2).

Throughput is measured after start-up (the workers have loaded the pipeline),
on ``--articles`` articles cut from the corpus in order and cycled when the
corpus has fewer. Each configuration runs in a fresh process, so no engine
inherits another's warm caches. ``extract_many`` results are turned into JSON
documents (``to_dict``), as the engines return them.

Usage::

    python benchmarks/scaleout.py ../shared/bench/polnear-dev.jsonl                # 240 articles
    python benchmarks/scaleout.py corpus.jsonl --articles 400 --configs dask:2,many:2 --json

The corpus is JSON lines with a ``text`` field (an ``id`` is used when present).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from itertools import cycle, islice
from pathlib import Path
from typing import Any

DEFAULT_CONFIGS = "many:1,many:2,dask:1,dask:2,spark:1,spark:2"
PARTITION_SIZE = 8  # articles per partition: small, so that no worker waits long for the last one


def load_records(corpus: str, count: int) -> list[dict[str, str]]:
    """The first ``count`` articles of the corpus as ``{"id", "text"}``, cycled if it has fewer."""
    with Path(corpus).open(encoding="utf-8") as handle:
        data = [json.loads(line) for line in handle if line.strip()]
    records = [{"id": str(d.get("id", i)), "text": d["text"]} for i, d in enumerate(data)]
    return [{"id": f"{r['id']}#{i}", "text": r["text"]} for i, r in enumerate(islice(cycle(records), count))]


def peak_rss_mb() -> float:
    """This process's peak resident set size, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm_up(settings: Any, text: str) -> float:
    """Build this worker's cached Extractor, load its pipeline and extract one article; return the seconds."""
    from quoteextract.scale._worker import worker_extractor

    start = time.perf_counter()
    worker_extractor(settings)(text)
    return time.perf_counter() - start


def partitions(records: list[Any], k: int) -> int:
    """How many partitions to cut the records into: PARTITION_SIZE articles each, at least one per worker."""
    return max(k, -(-len(records) // PARTITION_SIZE))


def run_many(records: list[dict[str, str]], k: int, batch_size: int) -> dict[str, Any]:
    """extract_many with n_process=k."""
    import quoteextract

    start = time.perf_counter()
    quoteextract.load_pipeline()
    startup = time.perf_counter() - start
    list(quoteextract.extract_many([records[0]["text"]]))  # warm-up: first parse
    start = time.perf_counter()
    texts, ids = [r["text"] for r in records], [r["id"] for r in records]
    documents = [
        quoteextract.to_dict(x) for x in quoteextract.extract_many(texts, ids=ids, n_process=k, batch_size=batch_size)
    ]
    elapsed = time.perf_counter() - start
    return {
        "startup_s": startup,
        "elapsed_s": elapsed,
        "documents": len(documents),
        "overhead_ms": None,
        "worker_mb": peak_rss_mb(),
    }


def run_dask(records: list[dict[str, str]], k: int, batch_size: int) -> dict[str, Any]:
    """quoteextract.dask.extract_bag on a LocalCluster of k single-threaded worker processes."""
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    from quoteextract.dask import extract_bag
    from quoteextract.scale._cli_engine import LOCAL_CLUSTER_OPTIONS, WORKER_CONFIG
    from quoteextract.scale._worker import WorkerSettings

    start = time.perf_counter()
    with dask.config.set(WORKER_CONFIG):
        cluster = LocalCluster(n_workers=k, **LOCAL_CLUSTER_OPTIONS)
    with cluster, Client(cluster) as client:
        client.run(_warm_up, WorkerSettings(batch_size=batch_size), records[0]["text"])
        startup = time.perf_counter() - start
        count = partitions(records, k)
        start = time.perf_counter()
        db.from_sequence(records, npartitions=count).map_partitions(list).compute()
        overhead = (time.perf_counter() - start) / len(records)
        start = time.perf_counter()
        documents = extract_bag(db.from_sequence(records, npartitions=count), batch_size=batch_size).compute()
        elapsed = time.perf_counter() - start
        worker_mb = max(client.run(peak_rss_mb).values())
    return {
        "startup_s": startup,
        "elapsed_s": elapsed,
        "documents": len(documents),
        "overhead_ms": overhead * 1000,
        "worker_mb": worker_mb,
    }


def _spark_rss(batches: Any) -> Any:
    """mapInPandas function giving the Python worker's peak memory."""
    import pandas as pd

    for _ in batches:
        pass
    yield pd.DataFrame({"mb": [peak_rss_mb()]})


def run_spark(records: list[dict[str, str]], k: int, batch_size: int) -> dict[str, Any]:
    """quoteextract.spark.extract_dataframe on a local[k] session."""
    os.environ.update(PYSPARK_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1")
    from pyspark.sql import SparkSession

    from quoteextract.spark import extract_dataframe

    start = time.perf_counter()
    spark = (
        SparkSession.builder.master(f"local[{k}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", str(k))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    schema = "id string, text string"
    warm = spark.createDataFrame([(r["id"], r["text"]) for r in records[:k]], schema).repartition(k)
    extract_dataframe(warm, batch_size=batch_size).collect()  # every Python worker loads the pipeline
    startup = time.perf_counter() - start
    df = (
        spark.createDataFrame([(r["id"], r["text"]) for r in records], schema)
        .repartition(partitions(records, k))
        .cache()
    )
    df.count()
    start = time.perf_counter()
    df.mapInPandas(lambda batches: batches, schema).collect()
    overhead = (time.perf_counter() - start) / len(records)
    start = time.perf_counter()
    rows = extract_dataframe(df, batch_size=batch_size).collect()
    elapsed = time.perf_counter() - start
    worker_mb = max(row["mb"] for row in df.mapInPandas(_spark_rss, "mb double").collect())
    spark.stop()
    return {
        "startup_s": startup,
        "elapsed_s": elapsed,
        "documents": len(records),
        "rows": len(rows),
        "overhead_ms": overhead * 1000,
        "worker_mb": worker_mb,
    }


RUNNERS = {"many": run_many, "dask": run_dask, "spark": run_spark}
LABELS = {"many": "extract_many, n_process={k}", "dask": "Dask, {k} worker(s)", "spark": "Spark, local[{k}]"}


def run_config(args: argparse.Namespace, config: str) -> dict[str, Any]:
    """Run one configuration in a fresh process and return its report."""
    command = [
        sys.executable,
        __file__,
        args.corpus,
        "--articles",
        str(args.articles),
        "--batch-size",
        str(args.batch_size),
        "--worker",
        config,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{config} failed:\n{done.stderr[-3000:]}")
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    engine, k = config.split(":")
    report.update(config=config, label=LABELS[engine].format(k=k), docs_per_s=report["documents"] / report["elapsed_s"])
    return report


def _table(reports: list[dict[str, Any]]) -> str:
    """A Markdown table of the reports."""
    lines = [
        "| configuration | docs/s | start-up s | overhead ms/record | worker peak MB |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in reports:
        overhead = "–" if r["overhead_ms"] is None else f"{r['overhead_ms']:.2f}"
        lines.append(
            f"| {r['label']} | {r['docs_per_s']:.2f} | {r['startup_s']:.1f} | {overhead} | {r['worker_mb']:.0f} |"
        )
    return "\n".join(lines)


def main() -> int:
    """Parse the arguments, run every configuration, print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON-lines corpus with a 'text' field")
    parser.add_argument("--articles", type=int, default=240, help="articles to process (default 240)")
    parser.add_argument("--batch-size", type=int, default=8, help="articles per parse batch (default 8)")
    parser.add_argument("--configs", default=DEFAULT_CONFIGS, help=f"engine:workers list (default {DEFAULT_CONFIGS})")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    records = load_records(args.corpus, args.articles)
    if args.worker:
        engine, k = args.worker.split(":")
        print(json.dumps(RUNNERS[engine](records, int(k), args.batch_size)))
        return 0
    words = sum(len(r["text"].split()) for r in records)
    load = os.getloadavg()
    reports = [run_config(args, config) for config in args.configs.split(",")]
    by = {r["config"]: r for r in reports}
    ratios = {
        f"{engine}(2) / extract_many(2)": by[f"{engine}:2"]["docs_per_s"] / by["many:2"]["docs_per_s"]
        for engine in ("dask", "spark")
        if f"{engine}:2" in by and "many:2" in by
    }
    if args.json:
        print(
            json.dumps(
                {"articles": len(records), "words": words, "load_before": load, "reports": reports, "ratios": ratios},
                indent=2,
            )
        )
        return 0
    after = os.getloadavg()[0]
    print(f"{len(records)} articles, {words:,} words; {os.cpu_count()} CPUs; load {load[0]:.2f} -> {after:.2f}\n")
    print(_table(reports))
    for name, value in ratios.items():
        print(f"\n{name}: {value:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
