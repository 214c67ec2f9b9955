"""Write tests/data/quotes_unseen.jsonl: direct quotations across typographies and house styles, speech only.

Run ``python3 tests/data/make_quotes_unseen.py`` from the repository root after editing the articles in
tests/data/quotes_unseen_articles_a.py and quotes_unseen_articles_b.py. Written in session 18 before the quotation
rules were read; the first suite of a family about finding DIRECT quotations whatever their marks. Every article is
invented (no corpus or seed text); 12 articles of 250 to 450 words, each in one house style: AP/US wire (curly
doubles, "said Tuesday"), a US newspaper of record ("Mr."/"Ms."), a UK broadsheet (curly singles, doubles inside), a
UK tabloid (straight singles with plural possessives, elided years '08 and '90s, rock 'n' roll, goin'), French
guillemets « » and ‹ ›, German „…“ and ‚…‘, straight doubles beside inch marks (6'8"), em-dash dialogue
("— I agree, she said."), plain-text wire copy hard-wrapped inside its quotations with quotations over several
paragraphs (re-opened on each, closed on the last) and closing marks the copy forgot at a paragraph's end, bulleted
quotations and a tweet embedded as text, a question-and-answer transcript, and a court report with ellipses,
[brackets] and [sic]. Quotations split twice, nested quotations, questions ending '?” asked X'. Scare quotes, titles,
slogans and nicknames are ``non_quotes``.

Markup and annotation decisions are those of tests/data/make_news_speech3.py (written out in its docstring), whose
record builder this one reuses unchanged. Added here: words quoted inside a quotation (a stranger's words inside the
witness's) are a quotation of their own, nested in the outer one, with the speaker who said them and the outer speaker
as a ``reported_by`` link; a quotation whose closing mark is missing ends at the end of its paragraph unless the next
paragraph re-opens it; a tweet's text embedded without marks is a direct quotation of its author, and its "— Name
(@handle) date" line is a non-quote (a byline); the labelled turns of a transcript are direct quotations with the label
as their source; a bullet credited only by "— Name" has that name as its source and no cue.
"""

from __future__ import annotations

from _generate import sibling

_THIRD = sibling("make_news_speech3")
# The third suite's markup and record builder, unchanged (the data modules and the tests take them from here).
Article, Item, build_article, parse_markup = _THIRD.Article, _THIRD.Item, _THIRD.build_article, _THIRD.parse_markup
build, main = _THIRD.suite("quotes_unseen", "quotes_unseen_articles_a", "quotes_unseen_articles_b")

if __name__ == "__main__":
    main()
