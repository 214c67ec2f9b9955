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

Markup and annotation decisions are those of tests/data/make_news_speech3.py (written out in its
docstring), whose record builder this one reuses unchanged.
"""

from __future__ import annotations

from _generate import sibling

_THIRD = sibling("make_news_speech3")
# The third suite's markup and record builder, unchanged (the data modules and the tests take them from here).
Article, Item, build_article, parse_markup = _THIRD.Article, _THIRD.Item, _THIRD.build_article, _THIRD.parse_markup
build, main = _THIRD.suite("news_speech5", *(f"news_speech5_articles_{part}" for part in "abcd"))

if __name__ == "__main__":
    main()
