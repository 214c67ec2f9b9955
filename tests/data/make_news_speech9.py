"""Write tests/data/news_speech9.jsonl: the ninth invented news suite, annotated for speech only.

Run ``python3 tests/data/make_news_speech9.py`` from the repository root after editing the articles in
tests/data/news_speech9_articles_*.py. Written in session 18 before the quotation rules were read. Every article is
invented (no corpus or seed text); whole articles of 300 to 600 words in genres and house styles the earlier suites
are thin on: a space-mission briefing, a local planning committee from a democracy reporter, a product recall with
the company's statement and the regulator's notice, a transfer-window football story built on agents and "sources
close to" the player, a bushfire evacuation with officials on the radio and on social media, a fashion review
quoting the designer backstage, a health-service strike (union against government), a US local TV station's story
("told KDLN 9 News", "said in a Facebook post"), a UK tabloid story ("told The Sun", "fumed", "slammed",
"blasted"), a US opinion-poll story and an obituary quoting family and colleagues. Typographies: curly doubles,
straight doubles, UK curly singles with nested doubles, straight singles with apostrophes beside them (plural
possessives, '90s, rock 'n' roll), US headlines in single quotes over double-quoted bodies; quotations split around
their attribution, running over paragraphs, after a colon; "said X, the ..." inversions; "according to"; partial
quotations inside reported speech. Hard negatives inside the articles: headlines, standfirst titles, captions,
teasers, scare quotes, titles of works, nicknames, slogans, findings, expectations and refusals.

Markup and annotation decisions are those of tests/data/make_news_speech3.py (written out in its docstring), whose
record builder this one reuses unchanged, with the caption and teaser non-quotes of make_news_speech7.py. Added
here: "X slammed/described Y as '...'" is a record whose content is "Y as '...'" (as "described" was in the eighth
suite); a post's caption quoted after "with the caption" is the post's words (``wrote``). A standfirst under the
headline without a final stop ("Regulators say the carafes can shatter") is a sub-heading even when it reports, as in
the hard-negative suites (the article says it again with its speaker); the suite first annotated three such lines as
speech, and they were mended to the project's convention after the first measurement.
"""

from __future__ import annotations

from _generate import sibling

_THIRD = sibling("make_news_speech3")
# The third suite's markup and record builder, unchanged (the data modules and the tests take them from here).
Article, Item, build_article, parse_markup = _THIRD.Article, _THIRD.Item, _THIRD.build_article, _THIRD.parse_markup
build, main = _THIRD.suite("news_speech9", *(f"news_speech9_articles_{part}" for part in "abc"))

if __name__ == "__main__":
    main()
