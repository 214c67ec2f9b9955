"""Cost of the attribution stage with many quotations in one paragraph.

Times :func:`quoteextract.stages.attribution.attribute` (the claim finder's
share shown apart) on pre-parsed documents that put N quotations in one
paragraph, for doubling N, so one run shows whether the stage grows linearly
(time doubling with N) or with the square (time quadrupling):

- ``“Hi,” he said. `` repeated N times (attributed quotations);
- ``“Hi there.” `` repeated N times (quotations with no attribution);
- ``"a" `` repeated N/2 times (N straight marks, short fragments);
- ``"a b c d e" `` repeated N times (long fragments in a run-on sentence).

Each document is parsed once (that takes longer than the stage); the stage
then runs once on it.

Usage::

    python benchmarks/attribution_paragraph.py            # N = 500, 1000, 2000
    python benchmarks/attribution_paragraph.py --sizes 1000 2000 4000
"""

from __future__ import annotations

import argparse
import time

CASES: dict[str, str] = {
    "attributed": "“Hi,” he said. ",
    "unattributed": "“Hi there.” ",
    "straight marks": '"a" ',
    "run-on fragments": '"a b c d e" ',
}
"""What each case repeats (the straight-marks case repeats N/2 times: N marks)."""


def main() -> None:
    """Parse each case once per size and print the stage's time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000], help="quotations per paragraph")
    args = parser.parse_args()

    from quoteextract import load_pipeline
    from quoteextract.article import Article
    from quoteextract.stages import attribution
    from quoteextract.stages.attribution import _claims

    nlp = load_pipeline()
    spent = [0.0]
    find_claims = _claims.find_claims

    def timed_claims(*a: object, **k: object) -> object:
        start = time.perf_counter()
        found = find_claims(*a, **k)  # type: ignore[arg-type]
        spent[0] += time.perf_counter() - start
        return found

    _claims.find_claims = timed_claims  # type: ignore[assignment]
    print(f"{'case':<18} {'N':>6} {'stage s':>9} {'claims s':>9} {'rest s':>8} {'rest/N ms':>10}")
    for name, unit in CASES.items():
        for size in args.sizes:
            repeat = size // 2 if name == "straight marks" else size
            article = Article.build(nlp(unit * repeat))
            spent[0] = 0.0
            start = time.perf_counter()
            attribution.attribute(article)
            total = time.perf_counter() - start
            rest = total - spent[0]
            print(f"{name:<18} {size:>6} {total:>9.2f} {spent[0]:>9.2f} {rest:>8.2f} {1000 * rest / size:>10.3f}")


if __name__ == "__main__":
    main()
