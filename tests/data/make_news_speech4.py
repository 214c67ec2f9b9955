"""Write tests/data/news_speech4.jsonl: the fourth invented news suite, annotated for speech only.

Run ``python3 tests/data/make_news_speech4.py`` from the repository root after editing the articles in
tests/data/news_speech4_articles_*.py. Written in session 8 before the quotation rules were read. Every
article is invented (no corpus or seed text); beats and house styles the first three suites covered lightly:
a court report, an inquest, a football match report with post-match quotes, an earnings story quoting
analysts and a statement, a science story quoting a paper and its authors, an obituary with tributes, a
council meeting, storm live updates with timestamps, a feature interview, a broadcast transcript turned into
prose, a press-release rewrite, an op-ed quoting others, and more. Typographies: curly doubles, straight
doubles, UK curly singles with nested doubles, straight singles, guillemets, em-dash dialogue; quotations
running over paragraphs, split once and twice, colon introductions, "In a statement," openings, reported
speech with and without "that", "according to".

Markup and annotation decisions are those of tests/data/make_news_speech3.py (written out in its
docstring), whose record builder this one reuses unchanged.
"""

from __future__ import annotations

from _generate import sibling

_THIRD = sibling("make_news_speech3")
# The third suite's markup and record builder, unchanged (the data modules and the tests take them from here).
Article, Item, build_article, parse_markup = _THIRD.Article, _THIRD.Item, _THIRD.build_article, _THIRD.parse_markup
build, main = _THIRD.suite("news_speech4", *(f"news_speech4_articles_{part}" for part in "abcd"))

if __name__ == "__main__":
    main()
