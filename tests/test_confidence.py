"""The confidence stage: a result's confidence comes from the kind of evidence behind it."""

from __future__ import annotations

import pytest

from quoteextract._model import Mention, Quotation, Span
from quoteextract.article import Article
from quoteextract.lang.en._tables import LexiconError
from quoteextract.rules import RuleSet, get_rule
from quoteextract.stages import confidence
from quoteextract.stages.confidence import evidence_key, evidence_table, lookup, score

TEXT = "Ana Ruiz said the plan was dead and the council believed it."


def result(rule: str, **fields: object) -> Quotation:
    """A claim over "the plan was dead" by "Ana Ruiz" (fields override)."""
    values: dict[str, object] = {
        "speaker": Mention(0, 8, TEXT[0:8]),
        "rule": rule,
        "confidence": 0.6,
        "content_type": "clause",
        "cue_class": "speech",
        "polarity": "asserted",
    }
    values.update(fields)
    return Quotation(Span.of(TEXT, 14, 31), "indirect", **values)  # type: ignore[arg-type]


def scored(*quotes: Quotation, rules: RuleSet | None = None) -> list[Quotation]:
    """The quotations after the confidence stage."""
    article = Article.build(TEXT) if rules is None else Article.build(TEXT, rules)
    return score(article, list(quotes))


def test_the_table_reads_and_knows_every_claim():
    """Every row is a pair of confidences in [0, 1], and any claim has a row."""
    table = evidence_table()
    assert ("claim:*", "*") in table
    assert all(0 <= row.unsourced <= row.sourced <= 1 for row in table.values())


def test_a_plugin_rule_keeps_its_own_confidence():
    """A rule the table does not know keeps the score its rule gave it."""
    (quote,) = scored(result("myplugin.quote", confidence=0.42))
    assert lookup(quote) is None
    assert quote.confidence == 0.42


def test_a_claim_is_keyed_by_its_cue_class_and_a_quotation_by_its_rule():
    """Claims rest on their cue's class; quotations on the rule that attributed them."""
    assert evidence_key(result("claim.ccomp")) == "claim:speech"
    assert evidence_key(result("claim.ccomp", cue_class=None)) == "claim:*"
    assert evidence_key(result("quote.trailing")) == "quote.trailing"


@pytest.mark.parametrize(
    ("cue_class", "content_type", "row"),
    [
        ("speech", "clause", ("claim:speech", "clause")),
        ("speech", "noun_phrase", ("claim:speech", "noun_phrase")),
        ("stance", "clause", ("claim:stance", "*")),
        (None, "clause", ("claim:*", "clause")),
        ("novel_class", "noun_phrase", ("claim:*", "*")),
    ],
)
def test_lookup_takes_the_most_specific_row(cue_class, content_type, row):
    """Rule and content type first, then the rule, then any claim."""
    quote = result("claim.dobj", cue_class=cue_class, content_type=content_type)
    assert lookup(quote) == evidence_table()[row]


def test_speech_with_a_clause_outranks_belief_with_a_noun_phrase():
    """Evidence, not the finding rule's own score, orders the results."""
    speech, belief = scored(
        result("claim.ccomp", confidence=0.55),
        result("claim.dobj", cue_class="belief", content_type="noun_phrase", confidence=0.55),
    )
    assert speech.confidence > belief.confidence


def test_a_result_without_a_speaker_is_less_confident():
    """The unsourced column applies when no speaker was found."""
    sourced, unsourced = scored(result("quote.trailing"), result("quote.trailing", speaker=None))
    assert sourced.confidence > unsourced.confidence


def test_negated_speech_is_less_confident_than_asserted():
    """``confidence.polarity`` scales non-asserted claims down."""
    asserted, negated = scored(result("claim.ccomp"), result("claim.ccomp", polarity="negated"))
    assert negated.confidence == pytest.approx(asserted.confidence * confidence.POLARITY_FACTORS["negated"], abs=0.002)


def test_the_rule_score_orders_results_of_one_kind():
    """Two results of the same evidence keep their rules' order, moved by at most 0.06."""
    low, high = scored(result("claim.ccomp", confidence=0.3), result("claim.ccomp", confidence=0.9))
    assert low.confidence < high.confidence
    assert high.confidence - low.confidence == pytest.approx(0.06, abs=0.002)


def test_confidences_stay_inside_the_unit_interval():
    """A very confident rule on the best evidence still stops below certainty."""
    (quote,) = scored(result("quote.split", confidence=1.0))
    assert quote.confidence <= confidence.HIGHEST


def test_disabling_the_stage_keeps_the_rules_own_scores():
    """With every confidence rule disabled the result is unchanged."""
    names = frozenset({"confidence.evidence", "confidence.polarity", "confidence.rule_score"})
    quote = result("claim.dobj", cue_class="belief", content_type="noun_phrase", confidence=0.42)
    assert scored(quote, rules=RuleSet(disable=names)) == [quote]


def test_disabling_the_evidence_rule_keeps_the_rule_score_only():
    """Without ``confidence.evidence`` the rule's own score is the starting point."""
    quote = result("claim.ccomp", confidence=0.8)
    (after,) = scored(quote, rules=RuleSet(disable=frozenset({"confidence.evidence"})))
    assert after.confidence == pytest.approx(0.8 + confidence.RULE_SCORE_WEIGHT * 0.2)


def test_the_stage_changes_nothing_but_the_confidence():
    """Span, speaker, rule and classification are untouched."""
    quote = result("claim.ccomp")
    (after,) = scored(quote)
    assert (after.content, after.speaker, after.rule, after.cue_class) == (
        quote.content,
        quote.speaker,
        quote.rule,
        quote.cue_class,
    )


def test_confidence_rules_are_registered_in_their_stage():
    """The stage's rules are listed under ``confidence`` with a description."""
    for name in ("confidence.evidence", "confidence.polarity", "confidence.rule_score"):
        assert get_rule(name).stage == "confidence"
        assert get_rule(name).description


def test_a_malformed_table_row_is_a_lexicon_error(monkeypatch):
    """A confidence outside [0, 1] in the data file is reported with the file's name."""
    monkeypatch.setattr(confidence, "read_table", lambda name, columns: [("quote.x", "*", "1.5", "0.2")])
    evidence_table.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"confidence\.tsv"):
            evidence_table()
    finally:
        monkeypatch.undo()
        evidence_table.cache_clear()
