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

Markup and annotation decisions are those of tests/data/make_news_speech4.py (and the third suite's
generator, whose record builder this one reuses unchanged).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from make_news_speech3 import Article, Item, build_article, dumps, parse_markup

__all__ = ["Article", "Item", "build", "build_article", "dumps", "parse_markup"]

OUT = Path(__file__).parent / "news_speech6.jsonl"


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order."""
    from news_speech6_articles_a import ARTICLES as A
    from news_speech6_articles_b import ARTICLES as B
    from news_speech6_articles_c import ARTICLES as C
    from news_speech6_articles_d import ARTICLES as D

    return [build_article(article) for article in [*A, *B, *C, *D]]


if __name__ == "__main__":
    OUT.write_text(dumps(build()), encoding="utf-8")
    print(f"wrote {OUT}")
