"""Property tests for speaker resolution's string logic: any text, no crash, valid offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quoteextract.stages.speakers._anonymous import describe
from quoteextract.stages.speakers._clustering import cluster_names, place_name
from quoteextract.stages.speakers._credits import credit_ranges
from quoteextract.stages.speakers._groups import NameMention
from quoteextract.stages.speakers._names import acronym_of, parse_name

NAMEY = st.lists(
    st.one_of(
        st.sampled_from(["Mr.", "Sen.", "’s", "Kim", "Jo", "KC", "Ann", " ", "-", ".", ","]), st.text(max_size=4)
    ),
    max_size=8,
).map("".join)
"""Name-like text: honorifics, possessives, capitalised words and noise."""


@given(NAMEY)
def test_parse_name_tokens_come_from_the_text(text: str) -> None:
    """Every name word parse_name returns is written in the input."""
    name = parse_name(text)
    assert all(token in text for token in name.tokens)
    assert isinstance(acronym_of(name.tokens), str)


@given(st.text(max_size=300))
def test_credit_ranges_are_valid_lines(text: str) -> None:
    """Credit ranges are in order, inside the text and never span a line break."""
    last = -1
    for start, end in credit_ranges(text):
        assert last <= start < end <= len(text)
        assert "\n" not in text[start:end] and "\r" not in text[start:end]
        last = end


@given(st.text(max_size=120), st.text(max_size=120))
def test_describe_never_fails(phrase: str, context: str) -> None:
    """Describing any phrase gives a non-negative count or none."""
    found = describe(phrase, context)
    assert found.count is None or found.count >= 0


@given(st.lists(NAMEY, max_size=12))
def test_every_mention_lands_in_one_group(names: list[str]) -> None:
    """Clustering places every mention in exactly one of the groups it returns."""
    mentions = [NameMention(i * 100, i * 100 + len(n), parse_name(n), "PERSON") for i, n in enumerate(names)]
    groups, placed = cluster_names(mentions)
    assert len(placed) == len(mentions)
    assert all(any(g is p for g in groups) for p in placed)
    assert sum(len(g.mentions) for g in groups) == len(mentions)


SURNAMEY = st.lists(
    st.sampled_from(["Ann Lee", "Lee", "Bo Lee", "Ann", "Korea News Agency", "KNA", "Mr. Lee", "Lee’s", "Ann B. Lee"]),
    max_size=14,
)
"""Names that share words, surnames and acronyms: the hard cases for grouping."""


@given(st.lists(st.one_of(NAMEY, SURNAMEY.map(" ".join)), max_size=14), st.sampled_from(["PERSON", "ORG"]))
def test_name_index_changes_nothing(names: list[str], label: str) -> None:
    """Placing names through the word index groups them exactly as scanning every group does."""
    mentions = [NameMention(i * 100, i * 100 + len(n), parse_name(n), label) for i, n in enumerate(names)]
    _, placed = cluster_names(mentions)
    groups: list = []
    scanned = [place_name(groups, m) for m in mentions]
    assert [[placed.index(g) for g in placed]] == [[scanned.index(g) for g in scanned]]
    assert [sorted(g.mentions) for g in placed] == [sorted(g.mentions) for g in scanned]
    assert [g.ambiguous for g in placed] == [g.ambiguous for g in scanned]
