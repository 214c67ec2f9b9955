"""What the tests of the invented speaker and chain sets share: their generators, offsets and floors.

Each set (tests/data/speakers_unseen*.jsonl, chains_unseen.jsonl) is written by a generator
script built on ``make_speakers_suite.py``; its test checks that the file is what the generator
writes, that every span is exact, and that the measured speaker, title and chain figures hold.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
SLACK = 0.02
"""How far below a measured figure a floor lets a run fall."""


def load_generator(name: str) -> Any:
    """Import a generator module from tests/data (not a package), after the suite module it builds on."""
    for module_name in ("make_speakers_suite", name):
        spec = importlib.util.spec_from_file_location(module_name, DATA / f"{module_name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    return module


def generated(name: str) -> str:
    """The JSON lines the generator ``name`` writes."""
    generator = load_generator(name)
    return generator.dumps(generator.build())


def assert_exact_spans(record: dict[str, Any]) -> None:
    """Every quotation, cue and source span of ``record`` slices its text to what the record says."""
    text = record["text"]
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"], record["id"]
        for key in ("cue", "source"):
            if key in quote:
                assert text[quote[f"{key}_start"] : quote[f"{key}_end"]] == quote[key], record["id"]


def figures(speakers: Any) -> dict[str, float]:
    """The floored figures of an evaluation's speakers report."""
    return {
        "resolved speaker": speakers.resolved_accuracy or 0.0,
        "pronoun resolution": speakers.pronoun_accuracy or 0.0,
        "titles recall": speakers.titles_recall or 0.0,
        "chain": speakers.chain_accuracy or 0.0,
        "chain, strict": speakers.chain_strict_accuracy or 0.0,
    }


def failed_floors(found: dict[str, float], measured: dict[str, float]) -> list[str]:
    """The figures that fell more than :data:`SLACK` below their measured value, described."""
    return [
        f"{name} fell to {found[name]:.3f} (measured {value:.3f})"
        for name, value in measured.items()
        if found[name] < value - SLACK
    ]
