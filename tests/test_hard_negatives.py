"""The hard-negative suite (tests/data/hard_negatives.jsonl): exact offsets, and false positives per reason.

The suite is invented text (tests/data/make_hard_negatives.py writes it): each
passage holds a non-quote (headline, caption, nickname, refusal, ...) next to a
positive control that must still be found.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import quoteextract
from quoteextract.evaluation import read_gold, score
from quoteextract.evaluation._nonquotes import format_non_quotes, non_quote_hits, parse_non_quotes, read_non_quotes
from quoteextract.evaluation._predictions import from_extraction

DATA = Path(__file__).parent / "data"
SUITE = DATA / "hard_negatives.jsonl"


def _generator():
    """The generator script, imported as a module."""
    spec = importlib.util.spec_from_file_location("make_hard_negatives", DATA / "make_hard_negatives.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_suite_offsets_are_exact():
    """Every quote, cue, source and non-quote offset slices exactly its text; at least 150 passages."""
    records = [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 150
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        text = record["text"]
        assert record["quotes"] and record["non_quotes"]
        for quote in record["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]
            assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"]
            assert text[quote["source_start"] : quote["source_end"]] == quote["source"]
        assert len(parse_non_quotes(record)) == len(record["non_quotes"])
        for span in record["non_quotes"]:
            assert text[span["start"] : span["end"]] == span["text"]
    assert len(list(read_gold(SUITE))) == len(records)


def test_suite_is_what_the_generator_writes():
    """The committed file equals the generator's output (regenerate it after editing a template)."""
    expected = [json.dumps(item, ensure_ascii=False) for item in _generator().build()]
    assert SUITE.read_text(encoding="utf-8").splitlines() == expected


def test_bad_non_quote_is_refused():
    """A non-quote whose text does not match its offsets, or with an unknown reason, is a ValueError."""
    with pytest.raises(ValueError):
        parse_non_quotes({"text": "abc def", "non_quotes": [{"start": 0, "end": 3, "text": "abd", "why": "title"}]})
    with pytest.raises(ValueError):
        parse_non_quotes({"text": "abc def", "non_quotes": [{"start": 0, "end": 3, "why": "because"}]})


# Measured on 2026-11-30 with en_core_web_sm 3.8.0, before the precision rules of issue 11:
#   attribution scope: non-quote false-positive rate 0.522 (96/184), positive-control recall 0.957 (176/184)
#   speech scope:      non-quote false-positive rate 0.228 (42/184), positive-control recall 0.957 (176/184)
# After the claims stage's sense checks (anonymity requests, "according to plan", permission,
# deeds): attribution 0.500 (92/184), speech 0.217 (40/184); positive-control recall 0.967
# (178/184) in both scopes once a closing "X told the committee" reports the clause before it.
# (the aim is a false-positive rate <= 0.03). The guards allow 0.02 of noise: lower the
# ceilings and raise the floors here as the stage rules improve.
# After the layout roles (headline, subheading, caption, teaser, byline lines report nothing):
#   attribution scope: 0.386 (71/184), recall 0.957; speech scope: 0.174 (32/184), recall 0.957;
#   the headline, subheading, byline, caption and teaser rows are 0/68 in both scopes.
# After every issue-11 rule of session 3 merged (layout, sense checks, rejections, joins):
#   attribution scope: 0.234 (43/184); speech scope: 0.033 (6/184); recall 0.978 (180/184) in both.
# After the noun-phrase sense check (claim_filter.physical_content, claim_filter.physical_permission):
#   attribution scope: 0.212 (39/184; non_reporting 10 -> 6 of 18); speech unchanged; recall 0.978.
# After claim_filter.bare_refusal (opt-in since the merge: PolNeAR annotates bare refusals) and seen_thing:
#   attribution scope with the refusal check on: 0.201 (37/184; refusal 2/18: "refused to say
#   when ..." is kept as negated, PolNeAR annotates such refusals); speech scope: 0.033 (6/184,
#   refusal 0/18); recall 0.978.
# After the quotation-side rules of session 4 (reject.naming_label, claim.colon's speaker-like label):
#   attribution scope: 0.212 (39/184); speech scope: 0.011 (2/184, the two crowd chants, which
#   PolNeAR counts: rule reject.chant is off by default); recall 0.989 (182/184) in both.
# After every rule of session 4 merged (noun-phrase and sense checks, naming labels, colon labels,
#   coordination): attribution 0.190 (35/184: negated 19, refusal 8, non_reporting 6, slogan 2),
#   of which reported as plain assertions 0.043 (8/184: non_reporting 6, the two chants);
#   speech 0.011 (2/184, the chants) either way; recall 0.989 (182/184) in both scopes.
# Session 5, the speech scope drops crowd chants (a chant is nobody's statement): speech 0.000
#   (0/184); attribution unchanged (the chants stay there, as PolNeAR annotates them); recall 0.989.
# After the merge of session 5 (line breaks start sentences, speech acts, boundaries): the two positive
#   controls the parser had joined across a line are found, recall 1.000 (184/184) in both scopes; ceilings
#   unchanged.
CEILINGS = {"attribution": 0.190, "speech": 0.0}
ASSERTED_CEILINGS = {"attribution": 0.043, "speech": 0.0}
"""Ceilings on the non-quotes covered by a prediction reported as a plain assertion (polarity asserted)."""
LAYOUT_REASONS = ("headline", "subheading", "byline", "caption", "teaser")
"""Reasons the layout stage answers for: no false positive is allowed on them."""
FLOORS = {"attribution": 1.0, "speech": 1.0}


@pytest.mark.model
@pytest.mark.parametrize("scope", ["attribution", "speech"])
def test_hard_negatives_false_positive_rate(nlp, scope, capsys):
    """Non-quote false positives stay under the measured ceiling; positive controls stay found."""
    articles = list(read_gold(SUITE))
    results = quoteextract.extract_many([a.text for a in articles], nlp, ids=[a.id for a in articles], scope=scope)
    predictions = {r.id: from_extraction(r) for r in results}
    hits = non_quote_hits({a.id: a.text for a in articles}, read_non_quotes(SUITE), predictions)
    recall = score(articles, predictions).overlap.r
    hit, total = hits["all"]
    asserted, _ = non_quote_hits(
        {a.id: a.text for a in articles}, read_non_quotes(SUITE), predictions, asserted_only=True
    )["all"]
    with capsys.disabled():
        print(f"\n[{scope}] positive-control recall {recall:.3f}\n{format_non_quotes(hits)}")
    assert hit / total <= CEILINGS[scope] + 0.02
    assert asserted / total <= ASSERTED_CEILINGS[scope] + 0.02
    assert recall >= FLOORS[scope] - 0.02
    assert {why: hits[why][0] for why in LAYOUT_REASONS} == dict.fromkeys(LAYOUT_REASONS, 0)
