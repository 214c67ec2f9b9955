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

Markup: ``⟦key|text⟧`` marks a span and keeps ``text`` (spans nest). Keys: ``q<n>`` the content of item
n (several ``q<n>`` spans are its fragments), ``c<n>`` its cue, ``s<n>`` its source mention, ``n<n>`` a
non-quote (its reason in the article's ``non_quotes``).

Annotation decisions (a speech-only news annotator's, kept consistent):

- Speech only: quotations, split and partial quotations, reported speech with or without "that",
  "according to" and written words (statements, letters, posts, a study's authors "wrote"). Not
  beliefs, hopes, findings ("the study found"), plans or intentions.
- One record per cue. Conjoined clauses under one cue are one record. A quotation split around its
  attribution is one record with its pieces as ``fragments``; so is a quotation that goes on, in the
  same paragraph, after its attribution (``"A," she said. "B."``).
- A quotation that runs over paragraphs (an opening mark on each, the closing one at the end) is one
  record from its first opening mark to its last closing mark.
- A quoted paragraph with no cue of its own that continues the previous speaker is a record of its own
  without cue or source (it counts in the attribution scope only). So are the unlabelled answers of a
  question-and-answer interview and the turns of a transcript (their source is the speaker's label when
  there is one).
- Content spans include the quote marks, an introducing "that", and an em dash that opens a dialogue
  turn; a colon introduction is the cue.
- Kind comes from the marks (none: indirect; the whole content quoted: direct; some: mixed); an item
  whose content holds only apostrophes says ``kind="indirect"`` itself.
- ``source`` is the mention nearest the cue (a pronoun when the cue has one); ``speaker`` is the full
  name, or a descriptive phrase for unnamed speakers; translated words keep the speaker who said them.
"""

from __future__ import annotations

from _generate import sibling

_THIRD = sibling("make_news_speech3")
# The third suite's markup and record builder, unchanged (the data modules and the tests take them from here).
Article, Item, build_article, parse_markup = _THIRD.Article, _THIRD.Item, _THIRD.build_article, _THIRD.parse_markup
build, main = _THIRD.suite("news_speech4", *(f"news_speech4_articles_{part}" for part in "abcd"))

if __name__ == "__main__":
    main()
