"""Write ``tests/data/hard_negatives4.jsonl``: a fourth, unseen suite of things that are not quotations.

The first three suites were written alongside, or before, rules that were then fitted to
them (the third suite's first, honest speech-scope figure was 0.214; after fitting, 0.059).
This one was written before reading the rejection and layout rules and without reading the
passages of the first three suites, aiming at what they did little of: words as words and
translations ("the Welsh word ..."), proverbs and sayings, generic or habitual sayings
("people often say ...", "what nurses call ..."), labels, statuses and ratings ("marked
'urgent'", "an 'amber' warning", "a 'buy' rating"), names of operations, storms, ships,
horses, bands and apps, text on screens, tickets, packaging, menus and tattoos, mottos and
taglines, "so-called", "alleged" and ironic quotes, survey questions and answers, web
furniture (share buttons, tags, newsletter and cookie notices, author bios, "Additional
reporting by", amendment notes, timestamps, results, market and weather tables), headlines
and captions, ordinary senses of cue verbs ("the sign says", "the law states", "needless to
say", "all told", "truth be told") and refusals or negated speech in new phrasings.

Decisions the bench README does not settle, taken as a speech-only news annotator would:

- A term a person coined, used by the writer ("what she calls 'paper parks'"), is
  ``words_as_words`` (category ``coinage``), not a mixed quotation.
- A law, contract, rulebook or guideline that "states" or "says" something is a document,
  not speech: ``non_reporting`` (PolNeAR would annotate it; a speech-only annotator does not).
- Text on a screen, ticket, package, menu, receipt or tattoo is ``non_reporting``; survey
  questions, statements and answers are ``non_reporting`` too (nobody speaks them).
- Names of ships, bands, apps and chants are ``title``; operations, storms, code names and
  animals are ``nickname``.
- Results lines and table rows (scores, markets, weather) are ``subheading`` (category
  ``results``/``table``); author bios, "Additional reporting by", "Updated ..." and live-blog
  timestamps are ``byline``; share, tag, newsletter, cookie, "Follow us", amendment, related
  and "most read" lines are ``teaser``.

Passages: ``hard_negatives4_passages.py``; gold format, markup and checks: ``make_hard_negatives2.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render, record, build, main = _BASE.suite("hard_negatives4", "hn4")

if __name__ == "__main__":
    main()
