"""The sources rules on hand-built parses (no model), switched off one at a time, and their indexes."""

from __future__ import annotations

import attrs
import pytest
from _handbuilt import parsed
from _handmade import find, quote
from hypothesis import given
from hypothesis import strategies as st

import quoteextract
from quoteextract._model import Cue, Quotation, Span
from quoteextract.article import Article
from quoteextract.rules import as_rule_set
from quoteextract.stages.sources import link_sources
from quoteextract.stages.sources._claim_rules import inner_quote
from quoteextract.stages.sources._site import ClaimSite
from quoteextract.stages.speakers import resolve_speakers
from quoteextract.stages.speakers._intervals import Intervals


def _chains(doc, *quotes, disable=()):
    """``(relation, source name, addressee name)`` rows of each quotation's chain."""
    article = Article.build(doc, as_rule_set(disable=disable))
    result = resolve_speakers(article, list(quotes))
    names = {e.id: e.name for e in result.entities}
    linked = link_sources(article, result.quotes, result.entities)
    return [[(s.relation, names.get(s.entity), names.get(s.addressee)) for s in q.sources] for q in linked]


def _told():
    """The parse of: “We will win,” Ana Ruiz told Reuters."""
    return parsed(
        [
            ("“", False, 8, "punct", "PUNCT", "``", "“", "O"),
            ("We", True, 3, "nsubj", "PRON", "PRP", "we", "O"),
            ("will", True, 3, "aux", "AUX", "MD", "will", "O"),
            ("win", False, 8, "ccomp", "VERB", "VB", "win", "O"),
            (",", False, 8, "punct", "PUNCT", ",", ",", "O"),
            ("”", True, 8, "punct", "PUNCT", "''", "”", "O"),
            ("Ana", True, 7, "compound", "PROPN", "NNP", "Ana", "B-PERSON"),
            ("Ruiz", True, 8, "nsubj", "PROPN", "NNP", "Ruiz", "I-PERSON"),
            ("told", True, 8, "ROOT", "VERB", "VBD", "tell", "O"),
            ("Reuters", False, 8, "dobj", "PROPN", "NNP", "Reuters", "B-ORG"),
            (".", False, 8, "punct", "PUNCT", ".", ".", "O"),
        ]
    )


def _according():
    """The parse of: “The plan failed,” an official said, according to the Ledger."""
    return parsed(
        [
            ("“", False, 8, "punct", "PUNCT", "``", "“", "O"),
            ("The", True, 2, "det", "DET", "DT", "the", "O"),
            ("plan", True, 3, "nsubj", "NOUN", "NN", "plan", "O"),
            ("failed", False, 8, "ccomp", "VERB", "VBD", "fail", "O"),
            (",", False, 8, "punct", "PUNCT", ",", ",", "O"),
            ("”", True, 8, "punct", "PUNCT", "''", "”", "O"),
            ("an", True, 7, "det", "DET", "DT", "an", "O"),
            ("official", True, 8, "nsubj", "NOUN", "NN", "official", "O"),
            ("said", False, 8, "ROOT", "VERB", "VBD", "say", "O"),
            (",", True, 8, "punct", "PUNCT", ",", ",", "O"),
            ("according", True, 8, "prep", "VERB", "VBG", "accord", "O"),
            ("to", True, 10, "prep", "ADP", "IN", "to", "O"),
            ("the", True, 13, "det", "DET", "DT", "the", "O"),
            ("Ledger", False, 11, "pobj", "PROPN", "NNP", "Ledger", "B-ORG"),
            (".", False, 8, "punct", "PUNCT", ".", ".", "O"),
        ]
    )


def test_told_outlet_is_a_relay():
    """sources.told: "Ana Ruiz told Reuters": she said it, Reuters is the outer told link; off, the addressee stays."""
    doc = _told()
    q = quote(doc.text, "We will win,", "Ana Ruiz", "told")
    assert _chains(doc, q) == [[("said", "Ana Ruiz", "Reuters"), ("told", "Reuters", None)]]
    assert _chains(doc, q, disable=["sources.told"]) == [[("said", "Ana Ruiz", "Reuters")]]


def test_according_to_chain():
    """sources.according_to: "an official said, according to the Ledger" chains the official, then the Ledger."""
    doc = _according()
    q = quote(doc.text, "The plan failed,", "an official", "said")
    assert _chains(doc, q) == [[("said", "an official", None), ("reported_by", "Ledger", None)]]
    assert _chains(doc, q, disable=["sources.according_to"]) == [[("said", "an official", None)]]


def test_speaker_rule_off_leaves_the_relays():
    """sources.speaker: switched off, the speaker's own link is gone and the relay stays."""
    doc = _according()
    q = quote(doc.text, "The plan failed,", "an official", "said")
    assert _chains(doc, q, disable=["sources.speaker"]) == [[("according_to", "Ledger", None)]]


@pytest.mark.parametrize(
    ("entry", "relation"),
    [
        (None, "said"),  # a plain Span: the lexicon entry of the cue's word ("tell": told), to an outlet: said
        (("tell", "speech", "told"), "said"),  # a Cue carrying the same entry
        (("write", "speech", "wrote"), "wrote"),  # a Cue's own entry wins: the lexicon is not consulted again
        (("hope", "belief", "said"), "unknown"),  # a non-speech class turns "said" into "unknown", as before
    ],
)
def test_speaker_relation_from_span_or_cue(entry, relation):
    """The speaker's relation comes from the Cue when attribution gives one, else from the cue word's parse."""
    doc = _told()
    told = find(doc.text, "told")
    cue = (
        told
        if entry is None
        else Cue(told.start, told.end, told.text, lemma=entry[0], cue_class=entry[1], relation=entry[2])
    )
    q = attrs.evolve(quote(doc.text, "We will win,", "Ana Ruiz"), cue=cue)
    assert _chains(doc, q)[0][0][:2] == (relation, "Ana Ruiz")


@pytest.mark.model
def test_disabling_a_source_rule_through_the_extractor(nlp):
    """Extractor(disable=["sources.told"]) removes exactly the outer links of "told OUTLET"."""
    text = "“We will publish the code next week,” Ana Ruiz told Reuters on Monday."
    on = quoteextract.Extractor(nlp)(text)
    off = quoteextract.Extractor(nlp, disable=["sources.told"])(text)

    def relations(extraction):
        names = {e.id: e.name for e in extraction.entities}
        return [(s.relation, names.get(s.entity)) for q in extraction.quotes for s in q.sources]

    assert ("told", "Reuters") in relations(on)
    assert ("told", "Reuters") not in relations(off)
    assert [r for r in relations(on) if r != ("told", "Reuters")] == relations(off)


# -- indexes equal to the scans they replace (no model) ---------------------------------------

_RANGES = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@given(_RANGES, st.integers(0, 50), st.integers(0, 10))
def test_intervals_answer_like_a_scan(ranges, start, length):
    """Intervals.contains/overlaps/holds give the answers of scanning every range."""
    index, end = Intervals(ranges), start + length
    assert index.contains(start, end) == any(s <= start and end <= e for s, e in ranges)
    assert index.overlaps(start, end) == any(s < end and start < e for s, e in ranges)
    assert index.holds(start) == any(s <= start < e for s, e in ranges)


def _claim(start: int, end: int, speaker: bool) -> ClaimSite:
    """A claim site holding only a quotation of ``x`` characters at ``start:end``."""
    text = "x" * 60
    content = Span.of(text, start, end)
    mention = quoteextract.Mention(0, 1, "x", entity=start) if speaker else None
    q = Quotation(content=content, kind="direct", fragments=(content,), speaker=mention, rule="handmade")
    return ClaimSite(None, None, q, None, None, (0, 0))  # type: ignore[arg-type]


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 15), st.booleans()), max_size=10))
def test_inner_quote_sweep_equals_pairwise_scan(claims):
    """sources.inner_quote finds, for each quotation, exactly the quotations whose words strictly hold it.

    Not a speaker's own words: an inner quotation whose speaker is the outer one's is relayed by nobody.
    """
    sites = [_claim(s, s + n, spoken) for s, n, spoken in claims]
    found = sorted((i, p.link.entity) for i, p in inner_quote(sites))
    expected = sorted(
        (i, outer.quote.speaker.entity)
        for i, inner in enumerate(sites)
        for j, outer in enumerate(sites)
        if i != j
        and outer.quote.speaker is not None
        and outer.quote.start <= inner.quote.start
        and inner.quote.end <= outer.quote.end
        and (outer.quote.start, outer.quote.end) != (inner.quote.start, inner.quote.end)
        and (inner.quote.speaker is None or inner.quote.speaker.entity != outer.quote.speaker.entity)
    )
    assert found == expected
