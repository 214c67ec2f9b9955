"""Write tests/data/news_speech8.jsonl: the eighth invented news suite, annotated for speech only.

Run ``python3 tests/data/make_news_speech8.py`` from the repository root after editing the articles in
tests/data/news_speech8_articles_*.py. Written in session 17 before the quotation rules were read. Every article is
invented (no corpus or seed text); whole articles of 300 to 700 words in genres and typographies the earlier suites
are thin on: a rugby report built on the coaches' press conferences, a manslaughter trial (testimony, "the jury
heard", cross-examination, the judge's directions), a results story from an earnings call with analysts' notes, a
university press release on a study ("the study's lead author said"), an obituary with the family's words, a budget
live blog with time-stamped entries in the present tense, translated foreign news with [brackets], ellipses and
[sic], a present-tense feature ("says"), a UK politics story in single quotes with nested doubles and em-dash and
colon attributions, a report on an inspection (findings, beliefs and plans a speech annotator sets aside) and a US
police story built on court documents. Quotations run over several paragraphs with an opening mark on each and no
closing mark until the last.

Markup and annotation decisions are those of tests/data/make_news_speech3.py (written out in its docstring), whose
record builder this one reuses unchanged, with the caption and teaser non-quotes of make_news_speech7.py. Added
here: an em-dash attribution with no verb ("'...' — the verdict of X") takes its noun as the cue, as "That was the
verdict of X" does; a live blog's time stamps and key-point bullets are not part of any quotation; "[sic]" and
bracketed insertions belong to the quotation they sit in.
"""

from __future__ import annotations

from _generate import sibling

_THIRD = sibling("make_news_speech3")
# The third suite's markup and record builder, unchanged (the data modules and the tests take them from here).
Article, Item, build_article, parse_markup = _THIRD.Article, _THIRD.Item, _THIRD.build_article, _THIRD.parse_markup
build, main = _THIRD.suite("news_speech8", *(f"news_speech8_articles_{part}" for part in "abc"))

if __name__ == "__main__":
    main()
