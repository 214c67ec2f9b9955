"""Write tests/data/news_speech5.jsonl: the fifth invented news suite, annotated for speech only.

Run ``python3 tests/data/make_news_speech5.py`` from the repository root after editing the articles in
tests/data/news_speech5_articles_*.py. Written in session 9 before the quotation rules were read. Every
article is invented (no corpus or seed text); genres and house styles the first four suites covered lightly:
US wire politics ("said Tuesday", "told The Associated Press", long titles before names), a parliamentary
sketch with a Hansard-style exchange, foreign correspondence with an interpreter and translated quotes, a
health story quoting doctors and patients, a tech keynote, an election-night live blog with timestamps, a
police crime brief, a celebrity interview, Indian, Australian and Irish English house styles, a long-form
profile with quotations paragraphs away from their speaker, an explainer quoting experts in turn, a
letters-to-the-editor round and a press conference with reporters' questions. Typographies: curly and
straight doubles, UK single quotes, guillemets, em-dash dialogue; quotations split once and twice, running
over paragraphs, after a colon, nested, partial; quotations whose speaker comes only in the next sentence
("..." the statement read); reported speech with and without "that"; "according to".

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

OUT = Path(__file__).parent / "news_speech5.jsonl"


def build() -> list[dict[str, Any]]:
    """Every article's gold record, in order."""
    from news_speech5_articles_a import ARTICLES as A
    from news_speech5_articles_b import ARTICLES as B
    from news_speech5_articles_c import ARTICLES as C
    from news_speech5_articles_d import ARTICLES as D

    return [build_article(article) for article in [*A, *B, *C, *D]]


if __name__ == "__main__":
    OUT.write_text(dumps(build()), encoding="utf-8")
    print(f"wrote {OUT}")
