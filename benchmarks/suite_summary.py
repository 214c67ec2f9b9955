"""Every figure of docs/results.md ("Results at a glance") in one run, as Markdown tables.

Scores quoteextract with ``quoteextract evaluate --json`` (run in this process, so the spaCy model is
loaded once) and prints:

1. with ``--polnear FILE``: the PolNeAR development split in the attribution scope (overlap, strict and
   end-to-end figures, speaker accuracy, recall by kind), beside the regex-only mode's and the human
   agreement reported with the corpus, the speech scope (``speech_overlap``), and the calibration table of both scopes
   (``--calibration``);
2. one row per family of invented suites in ``tests/data`` (the number of suites, of records and of
   gold items, and the family's key figures pooled over its suites, with the range per suite), and
   with ``--per-suite`` one row per suite;
3. with ``--speed N``: one line from ``benchmarks/throughput.py`` on the first N PolNeAR articles
   (one process, wall time, so on a busy machine the rates are a lower bound on speed).

Each suite is scored in the scope its family's figures need: speech-only suites (reported speech, speech
or not, news speech, interviews) in the speech scope, hard negatives in both, speaker and chain sets in
the attribution scope (the scope their floors use). A pooled figure sums the counts of every suite
(right / total), so a large suite weighs more; the range shows the weakest and the best suite.

The header names the commit measured (and the last commit that changed ``quoteextract/`` or ``tests/data``,
the code and data the figures depend on; ``+local changes`` when the working tree differs) and the model.

Usage::

    python benchmarks/suite_summary.py                                 # the suites only, a few minutes
    python benchmarks/suite_summary.py --polnear polnear-dev.jsonl --cache /tmp/qe_cache --speed 32
    python benchmarks/suite_summary.py --only news_speech7 --per-suite # one suite

Run it from the repository root (``PYTHONPATH=$PWD`` to score a working tree).
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

HUMAN = {
    "overlap F1": "0.80",
    "strict F1": "0.71",
    "end-to-end F1": "0.78",
    "speaker accuracy": "0.96",
    "recall, direct": "0.98",
    "recall, mixed": "0.93",
    "recall, indirect": "0.74",
}
"""Agreement between PolNeAR's annotators on its 20 articles annotated by five or six people, every ordered
pair scored with the same conventions (the figures given with the corpus conversion)."""


@dataclass(frozen=True)
class Figure:
    """One key figure: a count over a total read from one scope's ``evaluate --json`` object.

    Args:
        label: How the table names it.
        scope: The scope it is measured in.
        path: Dotted path to the object holding the counts (``"overlap"``, ``"non_quotes.all"``).
        right: Key of the count.
        total: Key of the total.

    """

    label: str
    scope: str
    path: str
    right: str
    total: str

    def counts(self, results: dict[str, dict[str, Any]]) -> tuple[int, int]:
        """The figure's count and total in one suite's results (by scope)."""
        node: Any = results[self.scope]
        for key in self.path.split("."):
            node = node.get(key) if isinstance(node, dict) else None
        if not isinstance(node, dict):
            return 0, 0
        return int(node.get(self.right) or 0), int(node.get(self.total) or 0)


SPEECH_P = Figure("speech P", "speech", "overlap", "precise", "predicted")
SPEECH_R = Figure("speech R", "speech", "overlap", "recalled", "gold")
FP_SPEECH = Figure("FP rate, speech", "speech", "non_quotes.all", "false_positives", "total")
FP_ATTRIBUTION = Figure("FP rate, attribution", "attribution", "non_quotes.all", "false_positives", "total")
CONTROLS = Figure("controls found (speech R)", "speech", "overlap", "recalled", "gold")
RESOLVED = Figure("resolved speaker", "attribution", "speakers.resolved_speaker", "right", "total")
PRONOUNS = Figure("pronouns", "attribution", "speakers.pronoun_resolution", "right", "total")
TITLES = Figure("titles recall", "attribution", "speakers.titles_recall", "right", "total")
CHAIN = Figure("chain", "attribution", "speakers.chain", "right", "total")
CHAIN_STRICT = Figure("chain, strict", "attribution", "speakers.chain_strict", "right", "total")
RESOLVED_SPEECH = Figure("resolved speaker", "speech", "speakers.resolved_speaker", "right", "total")


@dataclass(frozen=True)
class Family:
    """A family of invented suites: which files it holds, what a record is, and its key figures."""

    name: str
    pattern: str
    unit: str
    figures: tuple[Figure, ...]

    def matches(self, suite: str) -> bool:
        """Whether the suite (file stem) belongs to the family."""
        return re.fullmatch(self.pattern, suite) is not None

    @property
    def scopes(self) -> list[str]:
        """The scopes its figures need, attribution first."""
        return sorted({f.scope for f in self.figures})


FAMILIES = (
    Family("reported_speech*", r"reported_speech\d*", "passages", (SPEECH_P, SPEECH_R)),
    Family("speech_or_not*", r"speech_or_not\d*", "passages", (SPEECH_P, SPEECH_R)),
    Family("news_speech*", r"news_speech\d*", "articles", (SPEECH_P, SPEECH_R, RESOLVED_SPEECH)),
    Family("hard_negatives*", r"hard_negatives\d*", "passages", (FP_SPEECH, FP_ATTRIBUTION, CONTROLS)),
    Family("speakers_suite, speakers_unseen*", r"speakers_(suite|unseen\d*)", "articles", (RESOLVED, PRONOUNS, TITLES)),
    Family("chains_unseen*", r"chains_unseen\d*", "articles", (CHAIN, CHAIN_STRICT, RESOLVED)),
    Family("interviews_unseen*", r"interviews_unseen\d*", "articles", (SPEECH_P, SPEECH_R, RESOLVED_SPEECH)),
    Family("wire_unseen", r"wire_unseen\d*", "articles", (CHAIN, CHAIN_STRICT, RESOLVED)),
    Family("quotes_unseen*", r"quotes_unseen\d*", "articles", (SPEECH_P, SPEECH_R, RESOLVED_SPEECH)),
)


@dataclass
class SuiteResult:
    """One suite's size and its ``evaluate --json`` objects by scope."""

    name: str
    family: Family
    records: int
    gold: int
    results: dict[str, dict[str, Any]]


def evaluate_json(gold: Path, scope: str, cache: str, *options: str) -> dict[str, Any]:
    """``quoteextract evaluate GOLD --json --scope SCOPE [OPTIONS]`` run in this process, as a dict."""
    from quoteextract.evaluation import cli_main

    out, err = io.StringIO(), io.StringIO()
    argv = [str(gold), "--json", "--scope", scope, "--cache", cache, *options]
    if cli_main(argv, stdout=out, stderr=err) != 0:
        raise SystemExit(f"quoteextract evaluate {' '.join(argv)} failed:\n{err.getvalue()}")
    result: dict[str, Any] = json.loads(out.getvalue())
    return result


def family_of(suite: str) -> Family | None:
    """The family the suite belongs to, if any."""
    return next((f for f in FAMILIES if f.matches(suite)), None)


def run_suites(data: Path, only: Sequence[str], cache: str) -> list[SuiteResult]:
    """Score every suite of a known family in ``data`` (or those named in ``only``) in its family's scopes."""
    found = []
    for path in sorted(data.glob("*.jsonl"), key=lambda p: natural_key(p.stem)):
        family = family_of(path.stem)
        if family is None or (only and path.stem not in only):
            continue
        results = {scope: evaluate_json(path, scope, cache) for scope in family.scopes}
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        gold = sum(len(record["quotes"]) for record in lines)
        found.append(SuiteResult(path.stem, family, len(lines), gold, results))
    return found


def natural_key(name: str) -> tuple[str, int]:
    """Sort ``news_speech10`` after ``news_speech9`` (a suite without a number first)."""
    match = re.fullmatch(r"(.*?)(\d*)", name)
    assert match is not None
    return match.group(1), int(match.group(2) or 0)


def ratio(right: int, total: int) -> str:
    """``right / total`` to three places, or a dash when there is nothing to count."""
    return f"{right / total:.3f}" if total else "–"


def pooled(figure: Figure, suites: Sequence[SuiteResult]) -> str:
    """The figure pooled over the suites, with its range per suite when there are several."""
    counts = [figure.counts(s.results) for s in suites]
    right, total = sum(c[0] for c in counts), sum(c[1] for c in counts)
    text = f"{ratio(right, total)} ({right:,}/{total:,})"
    values = [c[0] / c[1] for c in counts if c[1]]
    if len(values) > 1:
        text += f", {min(values):.3f}–{max(values):.3f}"
    return text


def family_table(suites: Sequence[SuiteResult]) -> str:
    """One row per family: suites, records, gold items, and each key figure pooled (range per suite)."""
    rows = ["| family | suites | records | gold items | key figures: pooled (count), range per suite |"]
    rows.append("| --- | ---: | ---: | ---: | --- |")
    for family in FAMILIES:
        members = [s for s in suites if s.family is family]
        if not members:
            continue
        records = sum(s.records for s in members)
        figures = "; ".join(f"{f.label} {pooled(f, members)}" for f in family.figures)
        gold = sum(s.gold for s in members)
        rows.append(f"| {family.name} | {len(members)} | {records:,} {family.unit} | {gold:,} | {figures} |")
    return "\n".join(rows)


def suite_table(suites: Sequence[SuiteResult]) -> str:
    """One row per suite, family by family: its records, gold items and its family's key figures."""
    rows = ["| suite | records | gold items | key figures |", "| --- | ---: | ---: | --- |"]
    for suite in sorted(suites, key=lambda s: FAMILIES.index(s.family)):
        figures = "; ".join(f"{f.label} {ratio(*f.counts(suite.results))}" for f in suite.family.figures)
        rows.append(f"| {suite.name} | {suite.records} | {suite.gold} | {figures} |")
    return "\n".join(rows)


def _num(value: float | None) -> str:
    """A figure to three places, or a dash when it was not measured (no gold of that kind)."""
    return "–" if value is None else f"{value:.3f}"


def _prf(scores: dict[str, Any]) -> str:
    """``F1 (P / R)`` of a scores object."""
    return f"{scores['f1']:.3f} ({scores['p']:.3f} / {scores['r']:.3f})"


def _attribution_rows(report: dict[str, Any]) -> list[tuple[str, str]]:
    """The attribution scope's figures of one run, by row name."""
    kinds = report["recall_by_kind"]
    return [
        ("overlap F1 (P / R)", _prf(report["overlap"])),
        ("strict F1 (P / R)", _prf(report["strict"])),
        ("end-to-end F1 (P / R)", _prf(report["end_to_end"])),
        ("speaker accuracy", _num(report.get("speaker_accuracy"))),
        ("recall, direct", _num(kinds.get("direct"))),
        ("recall, mixed", _num(kinds.get("mixed"))),
        ("recall, indirect", _num(kinds.get("indirect"))),
        ("cue F1 (P / R)", _prf(report["cue"])),
    ]


def polnear_attribution_table(report: dict[str, Any], regex: dict[str, Any]) -> str:
    """The attribution scope's figures, the regex-only mode's, and human agreement."""
    lines = ["| metric | quoteextract | regex-only mode | human agreement |", "| --- | --- | --- | --- |"]
    for (name, value), (_, fast) in zip(_attribution_rows(report), _attribution_rows(regex), strict=True):
        lines.append(f"| {name} | {value} | {fast} | {HUMAN.get(name.split(' (')[0], '–')} |")
    return "\n".join(lines)


def polnear_speech_table(report: dict[str, Any]) -> str:
    """The speech scope's figures: precision against all gold, recall against the speech gold."""
    speech = report["speech_overlap"]
    kinds = report["speech_recall_by_kind"]
    lines = [
        "| predicted | overlap P (all gold) | overlap R (speech gold) | F1 | strict R "
        "| recall direct / mixed / indirect |",
        "| ---: | --- | --- | --- | --- | --- |",
        f"| {speech['predicted']:,} | {speech['p']:.3f} ({speech['precise']:,}/{speech['predicted']:,}) "
        f"| {speech['r']:.3f} ({speech['recalled']:,}/{speech['gold']:,}) | {speech['f1']:.3f} "
        f"| {_num(report.get('speech_strict_recall'))} "
        f"| {' / '.join(_num(kinds.get(kind)) for kind in ('direct', 'mixed', 'indirect'))} |",
    ]
    return "\n".join(lines)


def _band_cells(band: dict[str, Any] | None) -> str:
    """Predicted, precision and mean confidence of one band."""
    if band is None or not band["predicted"]:
        return "0 | – | –"
    return f"{band['predicted']:,} | {band['precision']:.3f} | {band['mean_confidence']:.3f}"


def calibration_table(attribution: dict[str, Any], speech: dict[str, Any]) -> str:
    """Precision by confidence band in both scopes, and the expected calibration error."""
    lines = [
        "| confidence | attribution: predicted | precision | mean confidence | speech: predicted | precision "
        "| mean confidence |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    bands = attribution["calibration"]
    for index, band in enumerate(bands):
        closing = "]" if index == len(bands) - 1 else ")"
        name = f"[{band['low']:.1f}, {band['high']:.1f}{closing}"
        lines.append(f"| {name} | {_band_cells(band)} | {_band_cells(speech['calibration'][index])} |")
    errors = attribution["calibration_error"], speech["calibration_error"]
    lines.append(f"| **expected calibration error** | | **{errors[0]:.3f}** | | | **{errors[1]:.3f}** | |")
    return "\n".join(lines)


def polnear_section(gold: Path, cache: str) -> str:
    """The PolNeAR tables: attribution scope with human agreement, speech scope, calibration."""
    attribution = evaluate_json(gold, "attribution", cache, "--calibration")
    speech = evaluate_json(gold, "speech", cache, "--calibration")
    regex = evaluate_json(gold, "attribution", cache, "--regex")
    documents = attribution["counts"]["documents"]
    return "\n\n".join(
        [
            f"### `{gold.name}` ({documents} articles, {attribution['counts']['gold']:,} gold), attribution scope",
            polnear_attribution_table(attribution, regex),
            "### Speech scope",
            polnear_speech_table(speech),
            "### Calibration (overlap precision by confidence band)",
            calibration_table(attribution, speech),
        ]
    )


def speed_line(corpus: Path, limit: int) -> str:
    """One line from ``benchmarks/throughput.py`` (one process, wall time) on the first ``limit`` articles."""
    command = [sys.executable, str(ROOT / "benchmarks" / "throughput.py"), str(corpus), "--limit", str(limit)]
    command += ["--n-process", "1", "--lengths", "1", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"throughput.py failed:\n{done.stderr}")
    result = json.loads(done.stdout)
    rate = {row["mode"]: row for row in result["throughput"]}
    ours, spacy = rate["quoteextract"], rate["spacy"]
    regex = f", regex-only mode {rate['regex']['words_per_s']:,.0f} words/s" if "regex" in rate else ""
    load = result["load_average"]
    return (
        f"{ours['docs']} articles ({ours['words']:,} words), n_process 1, wall time: quoteextract "
        f"{ours['words_per_s']:,.0f} words/s ({ours['docs_per_s']:.1f} articles/s, peak {ours['peak_mb']:,.0f} MB), "
        f"spaCy's parse alone {spacy['words_per_s']:,.0f} words/s{regex}; our stages alone "
        f"{result['scaling'][0]['layer_over_parse']:.2f} of the parse time; {result['cpus']} CPUs, "
        f"load average {load[0]:.1f} before, {load[1]:.1f} after"
    )


def header() -> str:
    """The commit measured (marked when the working tree differs), the date and the model."""
    import quoteextract
    from quoteextract._pipeline import pipeline_info

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    code = git("log", "-1", "--format=%h", "--", "quoteextract", "tests/data")
    if code and code != commit:
        commit += f" (quoteextract/ and tests/data last changed at {code})"
    if git("status", "--porcelain", "--", "quoteextract", "tests/data"):
        commit += " +local changes"
    info = pipeline_info(quoteextract.load_pipeline())
    model = f"{info.name} {info.version}" if info else "unknown model"
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    return f"Measured at {commit} on {today} with {model} (quoteextract {quoteextract.__version__})."


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, score everything asked for, print the Markdown."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, help="PolNeAR gold JSON lines (dev split) for its tables")
    parser.add_argument("--data", type=Path, default=DATA, help="directory of the invented suites")
    parser.add_argument("--only", nargs="*", default=[], metavar="SUITE", help="score only these suites")
    parser.add_argument("--no-suites", action="store_true", help="skip the invented suites")
    parser.add_argument("--per-suite", action="store_true", help="also print one row per suite")
    parser.add_argument("--cache", help="parse cache directory (default: a temporary one)")
    parser.add_argument("--speed", type=int, default=0, metavar="N", help="throughput line on N PolNeAR articles")
    args = parser.parse_args(argv)
    if args.speed and args.polnear is None:
        parser.error("--speed needs --polnear")
    with tempfile.TemporaryDirectory(prefix="qe_summary_") as scratch:
        cache = args.cache or scratch
        started = time.perf_counter()
        parts = [header()]
        if args.polnear is not None:
            parts.append(polnear_section(args.polnear, cache))
        if not args.no_suites:
            suites = run_suites(args.data, args.only, cache)
            parts += ["### Invented suites", family_table(suites)]
            if args.per_suite:
                parts.append(suite_table(suites))
        if args.speed:
            parts += ["### Speed", speed_line(args.polnear, args.speed)]
        parts.append(f"({time.perf_counter() - started:.0f} s)")
    print("\n\n".join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
