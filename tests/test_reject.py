"""Pairings that are not quotations: scare quotes, titles, nicknames, words as words, headlines."""

from __future__ import annotations

import pytest

from quoteextract import find_quotes
from quoteextract.article import Article, Layout
from quoteextract.stages.attribution import attribute
from quoteextract.stages.attribution._context import Scene, setting_of
from quoteextract.stages.attribution._reject import is_headline, is_nickname, is_title_case, marker_reason


def _setting(text):
    quote = find_quotes(text).quotes[0]
    return setting_of(Layout.of(text), quote, None)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Good Evening Harbour Town", True),
        ("The Art of the Ferry", True),
        ("a disaster for workers", False),
        ("Meet the Voters.", True),
        ("Nobody Will Ever Beat Our Team Here Again.", False),
        ("Quiet", False),
    ],
)
def test_is_title_case(content, expected):
    """Capitalised words without a final full stop look like a title."""
    assert is_title_case(content) is expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The so-called “reform” passed on Tuesday.", "scare_quote"),
        ("The word “literally” is overused.", "word_as_word"),
        ("Critics mocked the slogan “Forward Together” all week.", "word_as_word"),
        ("She wrote the novel “Quiet Rivers” in two years.", "title"),
        ("His new book, “Hard Choices Ahead,” sold well.", "title"),
        ("The striker, nicknamed “The Rocket,” scored twice.", "nickname"),
        ("“We will rebuild,” she said.", None),
        ("He called the plan “a disaster for workers.”", None),
    ],
)
def test_marker_reason(text, reason):
    """A marker word right before the opening mark names the reason for rejecting it."""
    assert marker_reason(text, _setting(text)) == reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joe “The Hammer” Smith won the bout.", True),
        ("Voters want “real change” now.", False),
        ("The rival called him a Harbour “fraud.” Lee laughed.", False),
        ("Lee blamed Harbour “Insiders”\nOrtiz disagreed.", False),
    ],
)
def test_is_nickname(text, expected):
    """A short quotation between parts of a name is a nickname."""
    assert is_nickname(text, _setting(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Vows “No Retreat” On Budget\nThe mayor spoke on Monday.", True),
        ("The mayor vowed “no retreat” on the budget.", False),
    ],
)
def test_is_headline(text, expected):
    """A quotation in a short title-like line without final punctuation is in a headline."""
    assert is_headline(Scene(Article.build(text)), _setting(text)) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The so-called “reform” passed on Tuesday.", "scare_quote"),
        ("The “reforms” never reached the villages.", "scare_quote"),
        ("She wrote the novel “Quiet Rivers” in two years.", "title"),
        ("He appeared on “Meet the Voters” last night.", "title"),
        ("Joe “The Hammer” Smith won the bout.", "nickname"),
        ("The word “literally” is overused.", "word_as_word"),
    ],
)
def test_rejections_are_exposed(nlp, text, reason):
    """A rejected pairing is kept out of the quotations and reported with its reason."""
    quotes, rejected = attribute(Article.build(nlp(text)))
    assert not any(q.fragments for q in quotes)
    assert [r.reason for r in rejected] == [reason]
    assert rejected[0].span.text == find_quotes(text).quotes[0].content.text
