"""Write ``tests/data/hard_negatives6.jsonl``: a sixth, unseen suite of things that are not quotations.

The first five suites were fitted to rules after they were written (first honest speech-scope
figures 0.214, 0.257 and 0.135 for the third to fifth). This one was written in session 9 before
reading the rejection and layout rules and without reading the passages of the first five:
headlines ending with a quoted fragment and "inquest told" or "says", standfirsts, "Most read"
lists, alt text and video captions, result tables and race cards, recipes and tasting notes,
legal notices, grades, ratings and storm categories, operations, ships and horses, words
discussed as words, chants and banners, social-media embeds, transcripts and "Q&A with"
headers, refusals and negated or hypothetical speech in new phrasings, and the furniture of wire
copy, newsletters, live blogs and syndication footers (the full list is in docs/accuracy.md,
"A sixth suite"). The decisions the bench README does not settle are the fifth suite's (see
``make_hard_negatives5.py``).

Passages: ``hard_negatives6_passages.py``; gold format, markup and checks: ``make_hard_negatives2.py``.
"""

from __future__ import annotations

from _generate import sibling

_BASE = sibling("make_hard_negatives2")
render, record, build, main = _BASE.suite("hard_negatives6", "hn6")

if __name__ == "__main__":
    main()
