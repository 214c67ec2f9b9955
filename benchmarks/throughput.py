"""Throughput of quoteextract against spaCy's parse alone, on one machine in one run.

Measures documents and words per second and peak memory for

(a) ``nlp.pipe`` alone (the same spaCy pipeline quoteextract uses),
(b) full quoteextract (``Extractor.pipe``: parse plus our stages),
(c) the regex-only mode (``extract_regex``, no parser), when available,

for ``n_process`` 1 and 2, and prints the ratio (b)/(a): the cost of our layer.
It then times our stages alone on pre-parsed documents of 1x, 4x and 16x the
corpus' article length (articles concatenated, same total words), to show that
their time grows linearly with document length.

Each (a)/(b)/(c) configuration runs in a fresh subprocess, so its peak memory
is its own: peak resident set size from ``resource.getrusage`` (``ru_maxrss``
of the process, plus the largest child process for ``n_process`` 2; model
loading included). ``tracemalloc`` is not used: it misses memory allocated
outside Python's allocator and slows the parse down.

Usage::

    python benchmarks/throughput.py ../shared/bench/polnear-dev.jsonl            # short: 24 articles
    python benchmarks/throughput.py ../shared/bench/polnear-dev.jsonl --limit 0  # whole corpus
    python benchmarks/throughput.py corpus_dir/ --n-process 1 --json

The corpus is JSON lines with a ``text`` field, a ``.txt`` file (one
article), or a directory of ``.txt`` files.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def load_texts(corpus: str, limit: int) -> list[str]:
    """Read the corpus' articles (the first ``limit``, all when 0)."""
    path = Path(corpus)
    if path.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(path.rglob("*.txt"))]
    elif path.suffix in {".jsonl", ".json"}:
        with path.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
    else:
        texts = [path.read_text(encoding="utf-8")]
    return texts[:limit] if limit else texts


def words(texts: list[str]) -> int:
    """White-space separated words in the texts."""
    return sum(len(t.split()) for t in texts)


def peak_rss_mb() -> float:
    """Peak resident memory of this process plus its largest child, in MB (Linux reports KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024
    return (own + children) * scale / 1e6


def worker(config: dict[str, Any]) -> dict[str, Any]:
    """Run one configuration in this (fresh) process and report its numbers."""
    texts = load_texts(config["corpus"], config["limit"])
    mode, n_process, batch = config["mode"], config["n_process"], config["batch_size"]
    if mode == "regex":
        from quoteextract.stages.regex._regex_mode import extract_regex

        extract_regex(texts[0])  # warm-up: compile patterns, load lexicons
        started = time.perf_counter()
        quotes = sum(len(extract_regex(t).quotes) for t in texts)
    else:
        import quoteextract

        nlp = quoteextract.load_pipeline(config["model"])
        extractor = quoteextract.Extractor(nlp)
        extractor(texts[0])  # warm-up: load lexicons, first-call costs
        started = time.perf_counter()
        if mode == "spacy":
            quotes = 0
            for _doc in nlp.pipe(texts, batch_size=batch, n_process=n_process):
                pass
        else:
            quotes = sum(len(r.quotes) for r in extractor.pipe(texts, batch_size=batch, n_process=n_process))
    seconds = time.perf_counter() - started
    return {
        "mode": mode,
        "n_process": n_process,
        "docs": len(texts),
        "words": words(texts),
        "seconds": seconds,
        "docs_per_s": len(texts) / seconds,
        "words_per_s": words(texts) / seconds,
        "peak_mb": peak_rss_mb(),
        "quotes": quotes,
    }


def run_config(args: argparse.Namespace, mode: str, n_process: int) -> dict[str, Any]:
    """Run one configuration in a subprocess and return its JSON report."""
    config = {
        "corpus": args.corpus,
        "limit": args.limit,
        "mode": mode,
        "n_process": n_process,
        "batch_size": args.batch_size,
        "model": args.model,
    }
    done = subprocess.run(
        [sys.executable, __file__, "--worker", json.dumps(config), args.corpus],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{mode} n_process={n_process} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def scaling(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Time parse and our stages alone on documents of 1x, 4x and 16x the article length."""
    import quoteextract

    texts = load_texts(args.corpus, args.limit)
    nlp = quoteextract.load_pipeline(args.model)
    longest = max(args.lengths)
    usable = len(texts) - len(texts) % longest or len(texts)
    texts = texts[:usable]
    rows = []
    for factor in args.lengths:
        docs_text = ["\n\n".join(texts[i : i + factor]) for i in range(0, len(texts), factor)]
        nlp.max_length = max(nlp.max_length, max(map(len, docs_text)) + 1)
        started = time.perf_counter()
        docs = list(nlp.pipe(docs_text, batch_size=args.batch_size))
        parse = time.perf_counter() - started
        quoteextract.analyse(docs[0])  # warm-up
        layer_runs: list[float] = []
        while len(layer_runs) < args.repeat and sum(layer_runs) < 5.0:  # repeats only while cheap
            gc.collect()
            started = time.perf_counter()
            for doc in docs:
                quoteextract.analyse(doc)
            layer_runs.append(time.perf_counter() - started)
        layer = min(layer_runs)
        n_words = words(docs_text)
        rows.append(
            {
                "length": factor,
                "docs": len(docs),
                "words_per_doc": n_words / len(docs),
                "parse_s": parse,
                "layer_s": layer,
                "parse_ms_per_1k_words": 1000 * parse / n_words * 1000,
                "layer_ms_per_1k_words": 1000 * layer / n_words * 1000,
                "layer_over_parse": layer / parse,
            }
        )
    return rows


def _table(rows: list[dict[str, Any]], columns: list[tuple[str, str, str]]) -> str:
    head = "| " + " | ".join(title for _, title, _ in columns) + " |"
    rule = "| " + " | ".join("---" for _ in columns) + " |"
    body = ["| " + " | ".join(format(row[key], fmt) for key, _, fmt in columns) + " |" for row in rows]
    return "\n".join([head, rule, *body])


def main() -> int:
    """Parse arguments, run every configuration, print tables (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON lines with 'text', a .txt file, or a directory of .txt files")
    parser.add_argument("--limit", type=int, default=24, help="first N articles (0: all; default 24)")
    parser.add_argument("--n-process", default="1,2", help="comma-separated n_process values (default 1,2)")
    parser.add_argument("--lengths", default="1,4,16", help="length multiples for the scaling table")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats of our layer (best is kept)")
    parser.add_argument("--model", default=None, help="spaCy pipeline name (default: quoteextract's default)")
    parser.add_argument("--no-regex", action="store_true", help="skip the regex-only mode")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(json.loads(args.worker))))
        return 0
    args.lengths = [int(x) for x in args.lengths.split(",")]
    processes = [int(x) for x in args.n_process.split(",")]
    load_before = os.getloadavg()[0]
    rows = []
    for n_process in processes:
        for mode in ("spacy", "quoteextract"):
            rows.append(run_config(args, mode, n_process))
    regex_available = True
    try:
        import quoteextract.stages.regex._regex_mode  # noqa: F401
    except ImportError:
        regex_available = False
    if regex_available and not args.no_regex:
        rows.append(run_config(args, "regex", 1))
    ratios = []
    for n_process in processes:
        spacy_row = next(r for r in rows if r["mode"] == "spacy" and r["n_process"] == n_process)
        ours = next(r for r in rows if r["mode"] == "quoteextract" and r["n_process"] == n_process)
        ratios.append({"n_process": n_process, "ratio": ours["seconds"] / spacy_row["seconds"]})
    scale = scaling(args)
    result = {
        "corpus": args.corpus,
        "limit": args.limit,
        "cpus": os.cpu_count(),
        "load_average": [load_before, os.getloadavg()[0]],
        "throughput": rows,
        "ratio_b_over_a": ratios,
        "scaling": scale,
        "layer_over_parse_median": statistics.median(r["layer_over_parse"] for r in scale),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"corpus {args.corpus}, {rows[0]['docs']} documents, {rows[0]['words']} words; "
        f"{os.cpu_count()} CPUs, load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after\n"
    )
    print(
        _table(
            rows,
            [
                ("mode", "mode", ""),
                ("n_process", "n_process", "d"),
                ("docs_per_s", "docs/s", ".1f"),
                ("words_per_s", "words/s", ",.0f"),
                ("peak_mb", "peak MB", ".0f"),
                ("quotes", "quotes", "d"),
            ],
        )
    )
    print()
    for ratio in ratios:
        print(f"time ratio (b) quoteextract / (a) spaCy, n_process={ratio['n_process']}: {ratio['ratio']:.3f}")
    print(
        "our stages alone on pre-parsed documents, 1x length: "
        f"{scale[0]['layer_over_parse']:.3f} of the parse time (less noisy than the ratio above)"
    )
    print()
    print(
        _table(
            scale,
            [
                ("length", "length", "d"),
                ("docs", "docs", "d"),
                ("words_per_doc", "words/doc", ",.0f"),
                ("parse_ms_per_1k_words", "parse ms/1k words", ".1f"),
                ("layer_ms_per_1k_words", "our stages ms/1k words", ".2f"),
                ("layer_over_parse", "stages/parse", ".3f"),
            ],
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
