"""Write tests/data/news_speech6.jsonl: the sixth invented news suite, annotated for speech only.

Run ``python3 tests/data/make_news_speech6.py`` from the repository root after editing the articles in
tests/data/news_speech6_articles_*.py. Written in session 10 before the quotation rules were read. Every
article is invented (no corpus or seed text); genres and house styles the first five suites covered lightly:
an earnings call ("on a call with analysts", an analyst's note, a CEO's letter), a climate paper and its
authors, a football match report with post-match quotes and a player's post, a South African court report
("the court heard", testimony through an interpreter, a judge's warning), a Canadian council meeting, a New
Zealand flood rescue with eyewitnesses, an obituary quoting family, an arts interview translated from French,
a Singapore schools story, a rail strike (union against operator), a diplomatic communique with a ministry
spokesperson and state media, an opinion-poll story, a long human-interest feature whose quotations run over
paragraphs, a markets report built from analysts' notes, an em-dash dialogue feature and a South African
municipal water story. Typographies: curly and straight doubles, UK curly singles with nested doubles,
straight singles, guillemets, em-dash dialogue; quotations split once and twice, running over paragraphs, after
a colon, nested, partial; quotations whose speaker comes only in the next sentence; reported speech with and
without "that"; "according to"; speech through documents ("the statement said", "the communique read").

Markup and annotation decisions are those of tests/data/make_news_speech3.py (written out in its
docstring), whose record builder this one reuses unchanged.
"""

from __future__ import annotations

from _generate import sibling

_THIRD = sibling("make_news_speech3")
# The third suite's markup and record builder, unchanged (the data modules and the tests take them from here).
Article, Item, build_article, parse_markup = _THIRD.Article, _THIRD.Item, _THIRD.build_article, _THIRD.parse_markup
build, main = _THIRD.suite("news_speech6", *(f"news_speech6_articles_{part}" for part in "abcd"))

if __name__ == "__main__":
    main()
