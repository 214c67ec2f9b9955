"""Write tests/data/news_speech7.jsonl: the seventh invented news suite, annotated for speech only.

Run ``python3 tests/data/make_news_speech7.py`` from the repository root after editing the articles in
tests/data/news_speech7_articles_*.py. Written in session 14 before the quotation rules were read. Every article is
invented (no corpus or seed text); whole articles with what surrounds the body of a news story: headlines and
standfirsts, bylines, picture captions quoting the speaker, "READ MORE" teasers quoting other stories. Styles: a
local cup-final preview, a wire story on a port strike, a court report with the judge's remarks over three
paragraphs, a tabloid showbiz story, a US science story, a print Q&A, a local council story from a democracy
reporter, a tennis press conference, a wire earthquake story, a local human-interest feature, a wire story on
coalition talks and a local hospital story. Constructions: a quotation opening a paragraph whose speaker comes only
in the next sentence ("'We are ready.' That was the verdict of coach X", "So said ...", "Those were the words of
..."); the means of speaking after the cue ("said by phone", "told the Gazette by phone", "said in an email",
"Speaking by phone, ..."); quotations split around their attribution; quotations running over paragraphs; reported
speech with and without "that"; "according to".

Markup and annotation decisions are those of tests/data/make_news_speech3.py (written out in its docstring), whose
record builder this one reuses unchanged. Added here: a caption or teaser that quotes someone is a non-quote
(``caption``, ``teaser``), as a headline's quotation is; the opening quotation of "'...' That was the verdict of X"
is one record whose cue is the noun ("verdict", "words") or the verb of the next sentence ("So said X").
"""

from __future__ import annotations

from _generate import sibling

_THIRD = sibling("make_news_speech3")
# The third suite's markup and record builder, unchanged (the data modules and the tests take them from here).
Article, Item, build_article, parse_markup = _THIRD.Article, _THIRD.Item, _THIRD.build_article, _THIRD.parse_markup
build, main = _THIRD.suite("news_speech7", *(f"news_speech7_articles_{part}" for part in "abc"))

if __name__ == "__main__":
    main()
