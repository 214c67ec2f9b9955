"""The seventh reported-speech suite (tests/data/reported_speech7.jsonl): reporting verbs, nouns and clauses.

95 invented news passages (69 claims, 10 non-quotes) of one or two sentences, written in session 18 before the
claim rules were read, each holding reported speech (mostly without quote marks) or a control that must give no
claim. They take up the wordings the sixth suite left, in new sentences ("took to the airwaves to urge", "used a
speech to call for", "let it be known through aides that", "told reporters ..., after the verdict, that",
"branded it a disgrace", "confirmed a rise of 2p in the price", "described them as reckless in a report", "The
panel heard that X had, on several occasions, shouted", content that goes on past "but", a mixed quotation
followed by the writer's "and remained ..."), and new ground: "vowed", "pledged", "insisted", "conceded",
"hinted", "boasted", "joked", "quipped", "pleaded with", "begged", "signalled", "floated the idea of", "went on to
say", "stressed", "reiterated", "echoed", "repeated his call for"; passives ("It was announced that", "is said to
have told", "was quoted as saying"); speech in relative clauses ("a claim he made on Tuesday that"); nominal
reports ("his insistence that", "her warning that", "the chairman's announcement that"); and negative neighbours
of each ("conceded three goals", "boasts a rooftop pool", "signalled left", "the fact that", "his hope that"). It
is written by tests/data/make_reported_speech7.py from tests/data/reported_speech7_passages.py and
reported_speech7_passages_b.py (the generator's docstring records the annotation decisions).

The figures measured are regression floors (less 0.02): raise them when the claim rules improve, and never lower
one without saying why.
"""

from __future__ import annotations

from _news_sets import DATA, floors_test

SUITE = DATA / "reported_speech7.jsonl"

MEASURED = {
    "attribution": {
        "overlap precision": 0.0,
        "overlap recall": 0.0,
        "overlap F1": 0.0,
        "strict F1": 0.0,
        "end to end F1": 0.0,
        "speaker accuracy": 0.0,
    },
    "speech": {
        "overlap precision": 0.0,
        "overlap recall": 0.0,
        "overlap F1": 0.0,
        "strict F1": 0.0,
        "end to end F1": 0.0,
        "speaker accuracy": 0.0,
    },
}
NON_QUOTE_CEILING = {"attribution": 10, "speech": 0}
"""Most non-quotes of the suite a prediction may cover. The attribution scope annotates beliefs and hedges as
PolNeAR does, so it may cover the controls; the speech scope must cover none."""


def test_suite_covers_the_new_shapes(records):
    """At least 80 passages, in every group, with negative neighbours."""
    assert len(records) >= 80
    quotes = [q for r in records for q in r["quotes"]]
    assert len(quotes) >= 60
    groups = {r["group"] for r in records}
    expected = {"channels", "adjuncts", "labels_and_figures", "content_cuts", "verbs", "passives", "relatives"}
    expected |= {"nominals", "negatives"}
    assert expected <= groups
    assert sum(not r["quotes"] for r in records) >= 25  # negative neighbours without any claim


test_reported_speech7_regression_floors = floors_test(SUITE, MEASURED, NON_QUOTE_CEILING, "reported speech suite 7")
