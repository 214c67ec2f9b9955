"""How our stages' time grows with article length and with quotations per paragraph.

Prints, in one run on one machine:

1. our stages alone (``quoteextract.analyse`` on an already parsed ``Doc``,
   the spaCy parse excluded) in milliseconds per 1,000 words, for an invented
   article of about 800 words repeated 1, 4, 16 and 64 times (parsed once per
   length), and the regex-only mode (``extract_regex``) on the same texts;
2. the time for 1,000, 4,000 and 8,000 quotations in one paragraph
   (``“Hi,” he said. `` repeated), both ways;
3. with ``--memory-mb N``: peak memory and time of ``quoteextract.extract`` on
   one article of N million characters (parsed in chunks), in a fresh process.

Times are CPU time of the process (``time.process_time``), so other programs
on a shared machine do not inflate them. Linear stages give a flat "ms per
1k words" column and a time that grows
eight-fold from 1k to 8k quotations. Each case stops after ``--timeout``
seconds (reported as "> N s"), so a run on quadratic code still ends in a
few minutes.

Usage::

    python benchmarks/scaling.py                         # up to 64x and 8k quotations
    python benchmarks/scaling.py --max-multiple 16 --max-quotes 4000 --timeout 60   # quick
    python benchmarks/scaling.py --memory-mb 5           # also a 5-million-character article
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PARAGRAPHS = [
    "The city council of Marlow voted on Tuesday to close the old Harbour Bridge for two years of repairs, "
    "a decision that will divert about 30,000 vehicles a day onto the ring road.",
    "“We had no choice,” said Mayor Elena Brandt, who proposed the plan. “The engineers told us the deck "
    "could fail within a decade, and I am not willing to take that risk with people's lives.”",
    "Brandt said the work would start in March and that the city had already set aside 48 million euros. "
    "She added that a temporary ferry would carry cyclists and pedestrians across the river.",
    "Not everyone is convinced. Councillor Jonas Weller, who voted against the plan, said the closure would "
    "ruin the shops on both banks. “Nobody asked the traders,” he told reporters after the vote. "
    "“They will lose a third of their customers overnight.”",
    "According to a report by the regional chamber of commerce, retail sales near the bridge could fall by "
    "as much as 25 percent during the works. The chamber's director, Ingrid Solberg, said the estimate was "
    "cautious.",
    "Two engineers who inspected the bridge last year, speaking on condition of anonymity because they were "
    "not authorised to discuss the findings, said corrosion in the main cables was worse than expected.",
    "The transport minister, Paul Okonkwo, said in a statement that the national government would pay half "
    "of the cost. “This bridge matters to the whole region, not just to Marlow,” the statement said.",
    "Residents interviewed on Wednesday were divided. “I cross it twice a day to get to work,” said Maria "
    "Lind, a nurse at the district hospital. “An hour more in traffic every day is not nothing.” Others "
    "said safety had to come first.",
    "Weller argued that the city should have repaired the bridge in stages, keeping one lane open. Brandt "
    "rejected that idea, saying the engineers had warned that partial closure would double the cost and "
    "the duration of the works.",
    "The opposition party said it would ask the regional court to review the decision. Its leader, Tomas "
    "Varga, said the council had ignored its own rules on public consultation. “We will go to court if "
    "we have to,” Varga said.",
    "Police said they would add officers at the main junctions during the first weeks. A spokesman for the "
    "bus company said new routes would be published in February and that fares would not change.",
    "The last major repair of the bridge, in 1987, took eighteen months. Local historians say it was built "
    "in 1931 and survived the floods of 1954 with little damage. “It is the heart of the town,” said "
    "Solberg, “and we have to treat it with care.”",
]
"""An invented news article (no real people or events): 443 words, repeated to about 800."""

QUOTE = "“Hi,” he said. "


def article_words(target: int = 800) -> str:
    """The invented article, its paragraphs repeated to about ``target`` words."""
    paragraphs: list[str] = []
    while sum(len(p.split()) for p in paragraphs) < target:
        paragraphs.append(PARAGRAPHS[len(paragraphs) % len(PARAGRAPHS)])
    return "\n\n".join(paragraphs)


class _Timeout(Exception):
    """A case ran past its time limit."""


def timed(func: Callable[[], Any], limit: float) -> float | None:
    """CPU seconds ``func()`` takes, or ``None`` if it runs past ``limit`` seconds (it is then stopped).

    CPU time of this process, not wall-clock time, so that other programs on
    a shared machine do not inflate it; the limit is wall-clock time.
    """

    def alarm(signum: int, frame: object) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.process_time()
    try:
        func()
        return time.process_time() - start
    except _Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def show(seconds: float | None, limit: float, scale: float = 1.0, unit: str = "s") -> str:
    """A time for the table, scaled, or "> limit s" for a case that timed out."""
    if seconds is None:
        return f"> {limit:.0f} s wall"
    return f"{seconds * scale:,.1f} {unit}" if unit != "s" else f"{seconds:,.2f} s"


def lengths(nlp: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Our stages and the regex-only mode per 1k words, at growing multiples of the article."""
    from quoteextract import analyse, extract_regex

    base = article_words()
    rows = []
    multiple = 1
    while multiple <= args.max_multiple:
        text = "\n\n".join([base] * multiple)
        words = len(text.split())
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        start = time.process_time()
        doc = nlp(text)
        parse = time.process_time() - start
        stages = timed(lambda doc=doc: analyse(doc), args.timeout)
        regex = timed(lambda text=text: extract_regex(text), args.timeout)
        rows.append({"multiple": multiple, "words": words, "parse": parse, "stages": stages, "regex": regex})
        per_k = 1000 / words
        print(
            f"{multiple:>4}x {words:>8,} words | parse {parse * per_k * 1000:8.1f} ms/1k words"
            f" | our stages {show(stages and stages * per_k, args.timeout, 1000, 'ms/1k words'):>18}"
            f" | regex-only {show(regex and regex * per_k, args.timeout, 1000, 'ms/1k words'):>18}",
            flush=True,
        )
        del doc
        multiple *= 4
    return rows


def quotations(nlp: Any, args: argparse.Namespace) -> list[dict[str, Any]]:
    """Our stages and the regex-only mode on one paragraph of n quotations."""
    from quoteextract import analyse, extract_regex

    rows = []
    for count in (1000, 4000, 8000):
        if count > args.max_quotes:
            break
        text = QUOTE * count
        doc = nlp(text)
        stages = timed(lambda doc=doc: analyse(doc), args.timeout)
        regex = timed(lambda text=text: extract_regex(text), args.timeout)
        rows.append({"quotations": count, "stages": stages, "regex": regex})
        print(
            f"{count:>6,} quotations in one paragraph | our stages {show(stages, args.timeout):>10}"
            f" | regex-only {show(regex, args.timeout):>10}",
            flush=True,
        )
    return rows


def memory(args: argparse.Namespace) -> dict[str, Any]:
    """Peak memory and time of one long article, extracted in a fresh process."""
    code = (
        "import json, resource, sys, time\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "import quoteextract\n"
        "from benchmarks.scaling import article_words\n"
        "base = article_words()\n"
        "size = int(float(sys.argv[1]) * 1e6)\n"
        "text = ('\\n\\n'.join([base] * (size // len(base) + 1)))[:size]\n"
        "start = time.process_time()\n"
        "result = quoteextract.extract(text)\n"
        "seconds = time.process_time() - start\n"
        "assert all(text[q.start:q.end] == q.text for q in result.quotes)\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "print(json.dumps({'chars': len(text), 'seconds': seconds, 'peak_mb': peak, 'quotes': len(result.quotes)}))\n"
    )
    root = str(Path(__file__).resolve().parent.parent)
    out = subprocess.run(
        [sys.executable, "-c", code, str(args.memory_mb), root],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": root},
    )
    data: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"one article of {data['chars']:,} characters: {data['seconds']:.0f} s CPU,"
        f" peak memory {data['peak_mb']:,.0f} MB, {data['quotes']:,} quotations",
        flush=True,
    )
    return data


def main() -> None:
    """Run the cases chosen on the command line and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-multiple", type=int, default=64, help="longest article, in copies (default 64)")
    parser.add_argument("--max-quotes", type=int, default=8000, help="most quotations in one paragraph (default 8000)")
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a case is stopped (default 120)")
    parser.add_argument(
        "--memory-mb", type=float, default=0, help="also extract one article of this many million characters"
    )
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    args = parser.parse_args()

    import quoteextract

    nlp = quoteextract.load_pipeline()
    quoteextract.analyse(nlp("“Warm up,” he said."))  # load the lexicons and compile the patterns first
    quoteextract.extract_regex("“Warm up,” he said.")
    print(f"quoteextract {quoteextract.__version__}, load average {os.getloadavg()[0]:.2f}, {os.cpu_count()} CPUs")
    results: dict[str, Any] = {"lengths": lengths(nlp, args), "quotations": quotations(nlp, args)}
    if args.memory_mb:
        results["memory"] = memory(args)
    if args.json:
        print(json.dumps(results, indent=2))
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main()
