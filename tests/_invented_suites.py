"""What every invented suite in tests/data shares: a generator script, and spans that slice their text exactly.

Each suite ``tests/data/<name>.jsonl`` is written by ``tests/data/make_<name>.py`` (a script, not a
package module: it is imported from its path). ``tests/test_invented_suites.py`` checks every suite
found this way; the suite's own test module checks what it was written to cover and its figures.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from quoteextract.evaluation._nonquotes import WHY, parse_non_quotes

DATA = Path(__file__).parent / "data"


def suite_names() -> list[str]:
    """The name of every suite that has a generator script, in a stable order."""
    return sorted(path.stem.removeprefix("make_") for path in DATA.glob("make_*.py"))


def load_generator(name: str) -> Any:
    """Import the generator script ``tests/data/<name>.py`` as a module (registered, so it may import siblings).

    tests/data stands first on ``sys.path`` while the script runs, as when it is run itself, so that it may
    import ``_generate`` (the generators' shared helpers) and its family's base generator by name.
    """
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    folder = str(DATA)
    added = folder not in sys.path
    if added:
        sys.path.insert(0, folder)
    try:
        spec.loader.exec_module(module)
    finally:
        if added:
            sys.path.remove(folder)
    return module


def generated_lines(name: str) -> list[str]:
    """The lines the generator of suite ``name`` writes (with its own ``dumps`` when it has one)."""
    generator = load_generator(f"make_{name}")
    built = generator.build()
    if hasattr(generator, "dumps"):
        return str(generator.dumps(built)).splitlines()
    return [json.dumps(item, ensure_ascii=False) for item in built]


def records(suite: Path) -> list[dict[str, Any]]:
    """The suite's raw JSON records."""
    return [json.loads(line) for line in suite.read_text(encoding="utf-8").splitlines() if line.strip()]


def _assert_slices(text: str, span: dict[str, Any], key: str, where: str) -> None:
    """``span[key]`` (when given) is what its ``key_start``/``key_end`` offsets slice from ``text``."""
    if span.get(key) is not None:
        assert text[span[f"{key}_start"] : span[f"{key}_end"]] == span[key], where


def assert_exact_record(record: dict[str, Any]) -> None:
    """Every quotation, fragment, cue, source, non-quote and unsaid span slices the text to what the record says."""
    text, where = record["text"], record["id"]
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"], where
        for start, end in quote.get("fragments") or ():
            assert quote["start"] <= start < end <= quote["end"], where
        _assert_slices(text, quote, "cue", where)
        _assert_slices(text, quote, "source", where)
    assert len(parse_non_quotes(record)) == len(record.get("non_quotes") or ()), where
    for span in [*(record.get("non_quotes") or ()), *(record.get("unsaid") or ())]:
        assert text[span["start"] : span["end"]] == span["text"], where
    assert all(span["why"] in WHY for span in record.get("non_quotes") or ()), where
